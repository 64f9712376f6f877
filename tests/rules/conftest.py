"""Fixtures of the content rules' tests (see rules_site.py)."""

from rules_site import check, site, write

__all__ = ["check", "site", "write"]
