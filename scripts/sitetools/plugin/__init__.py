"""The site's MkDocs plugin, ``sitetools`` in ``mkdocs.yml``: see :mod:`.plugin`."""
