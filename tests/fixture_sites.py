"""The mkdocs.yml of the small bilingual sites that tests build from strings."""

from __future__ import annotations


def bilingual_config(*extensions: str) -> str:
    """A French-first, English-second static-i18n site (folder layout) with ``extensions``."""
    listed = "".join(f"  - {name}\n" for name in extensions)
    return f"""\
site_name: Test
markdown_extensions:
{listed}plugins:
  - i18n:
      docs_structure: folder
      languages:
        - locale: fr
          name: Français
          default: true
        - locale: en
          name: English
"""
