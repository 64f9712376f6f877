"""The content rules that CONTRIBUTING.md states, one module each, checked before the build.

``front_matter`` (keys and their limits, also imported by the build hook), ``typography``
(French spaces, with a fix), ``labels`` (LinkedIn's labels quoted or bold); ``run`` applies
them to the pages and ``cli`` is ``scripts/check_content.py``.
"""
