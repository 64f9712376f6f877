"""The link-and-screenshot validator behind ``scripts/check_site.py``.

It checks the site MkDocs builds, not a re-reading of the Markdown. A client of the checkers'
kernel (:mod:`sitetools.kernel`: config, pages, findings, reports, exit codes), it adds:
``preflight`` refuses what would crash the build, ``build`` runs MkDocs in-process into a
temporary folder, ``rendered`` reads the built pages, ``links``, ``external`` and ``images``
check (page parity is the kernel's :mod:`sitetools.kernel.parity`), ``locate`` points each
finding back at its source line, ``cli`` ties them together.
"""
