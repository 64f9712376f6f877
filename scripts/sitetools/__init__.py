"""Tooling of the LinkedIn AI opt-out site, one module per job.

Command-line entry points are the thin ``scripts/*.py`` files next to this package.
"""
