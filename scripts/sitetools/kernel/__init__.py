"""The kernel every checker of ``scripts/`` stands on: one definition of each shared piece.

``config`` reads mkdocs.yml with MkDocs' own loader, ``pages`` names each Markdown page and its
language, ``frontmatter`` reads a page's front matter as MkDocs does (the build plugin reads it
there too), ``markdown`` parses a page with positions, ``model`` is the vocabulary of findings,
``report`` writes them as text, JSON or GitHub annotations, ``cli`` gives every command the same
exit codes and one-line errors. The validator (:mod:`sitetools.check`), the content rules,
spelling, translations and source watch are its clients; none of them defines these again.
"""
