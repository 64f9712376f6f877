"""The spelling check behind ``scripts/check_spelling.py``: ``words`` picks the words of a
page (through :mod:`sitetools.prose`), ``hunspell`` looks them up, ``run`` and ``cli`` report."""
