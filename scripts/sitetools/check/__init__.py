"""The link-and-screenshot validator behind ``scripts/check_site.py``.

One module per job: ``config`` reads mkdocs.yml, ``pages`` maps files to languages and
resolves links, ``markdown`` finds links, ``anchors`` finds ids, ``links``, ``external``,
``images`` and ``translations`` check, ``report`` prints, ``cli`` ties them together.
"""
