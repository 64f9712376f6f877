"""Screenshots of the opt-out guide: illustrations rendered from HTML mockups, and real captures.

Both end as small WebP files without metadata under docs/assets/images/screens/<lang>/, the
language folder telling the validator which pages may show them.
"""
