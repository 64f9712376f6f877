"""The translation checks behind ``scripts/check_translations.py``.

``structure`` compares a page with its translation (heading ids, front matter keys),
``history`` and ``freshness`` tell a translation that may be behind its source, ``glossary``
and ``labels`` hold pages and illustrations to LinkedIn's interface labels, ``run`` ties them
together and ``cli`` prints. Pages are read through :mod:`sitetools.prose` and the
validator's modules (config, pages, report).
"""
