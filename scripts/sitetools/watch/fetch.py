"""Every watched address fetched once, concurrently, through the shared HTTP client.

GET with the body (HTML or PDF), redirects followed hop by hop so that a permanent move is
seen, 5xx and 429 retried, 999 not: see :mod:`sitetools.http_client`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sitetools.http_client import FAILURES, Hop, HttpSettings, describe_failure, open_fetcher

USER_AGENT = "Mozilla/5.0 (compatible; watch_sources/1.0; checks the pages a site cites)"

# Waits between attempts go through this name, so tests can record them instead of waiting.
_sleep = asyncio.sleep

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Fetched:
    """What one address answered: a status and body, or a failure (code, reason)."""

    url: str
    status: int | None = None
    final_url: str | None = None
    hops: tuple[Hop, ...] = ()
    body: bytes = b""
    content_type: str = ""
    attempts: int = 1
    failure: tuple[str, str] | None = None


async def _wait(delay: float) -> None:
    await _sleep(delay)


async def _fetch_all(
    urls: list[str], settings: HttpSettings, progress: Progress | None
) -> dict[str, Fetched]:
    results: dict[str, Fetched] = {}
    async with open_fetcher(settings, _wait) as fetcher:

        async def one(url: str) -> None:
            try:
                answer = await fetcher.request(url)
            except FAILURES as error:
                results[url] = Fetched(url, failure=describe_failure(error, settings))
            else:
                results[url] = Fetched(
                    url,
                    status=answer.status,
                    final_url=answer.url,
                    hops=answer.hops,
                    body=answer.body,
                    content_type=answer.headers.get("content-type", ""),
                    attempts=answer.attempts,
                )
            if progress is not None:
                progress(len(results), len(urls))

        await asyncio.gather(*(one(url) for url in urls))
    return results


def fetch_all(
    urls: Iterable[str], settings: HttpSettings, progress: Progress | None = None
) -> dict[str, Fetched]:
    """Each unique URL's answer."""
    unique = list(dict.fromkeys(urls))
    if not unique:
        return {}
    return asyncio.run(_fetch_all(unique, settings, progress))
