"""The share kit: what a reader can post on LinkedIn itself, in each language.

LinkedIn favours native posts over links, and in autumn 2025 the opt-out spread as carousels of
screenshots, many with wrong or truncated labels. The kit gives sharers a verified, dated copy:
a ready-to-post text, a carousel as a PDF document (4:5 slides), a square and a story image.
Every asset is drawn at build time, offline, from the same sources as the pages (the words of
``data/share-kit.yml``, LinkedIn's labels of ``glossary/ui-labels.yml``, the review date of the
Share page, the site's address), so that changing a label in the glossary changes every asset.

Modules: :mod:`.inputs` (what an asset is drawn from), :mod:`.words` (the words, labels filled
in), :mod:`.text` (the post and its limits), :mod:`.fonts`, :mod:`.qr`, :mod:`.pdf`,
:mod:`.images`, :mod:`.kit` (every asset, cached) and :mod:`.site` (the build's side).
"""
