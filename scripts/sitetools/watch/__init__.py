"""The source watcher (``scripts/watch_sources.py``): does each cited page still say what we
cite it for?

``sources`` lists what to watch (the Sources page, or a file of URLs), ``citations`` finds the
pages and lines that cite each source, ``quotes`` what the site quotes from it, ``fetch`` gets
each page through the shared HTTP client, ``extract`` keeps its main text, ``normalise``
removes what changes without meaning (dates, spacing), ``store`` keeps one snapshot per source,
``compare`` decides each status, ``report`` writes it for people and tools, ``run`` ties them
together and ``cli`` is the command line.
"""
