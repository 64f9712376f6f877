"""link-external: fetch each unique http(s) URL once, concurrently, politely per host.

HEAD first (no body to download); a refused HEAD (405, 501, or any other 4xx/5xx, since many
servers answer HEAD wrongly) is retried as GET before anything is reported. 5xx and 429 are
retried, honouring ``Retry-After`` up to a cap. 429 after retries and 999 (LinkedIn's answer
to bots) are warnings: the link may well work in a browser. The HTTP machinery is shared with
the source watcher (:mod:`sitetools.http_client`); this module judges the answers.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Literal

from sitetools.check.cache import ResultCache
from sitetools.http_client import (
    BOT_REFUSED,
    FAILURES,
    LOOP_VISITS,
    REASON_LIMIT,
    TOO_MANY_REQUESTS,
    USER_AGENT,
    Fetcher,
    HttpSettings,
    describe_failure,
    open_fetcher,
    phrase,
    retry_after,
)

__all__ = [
    "BOT_REFUSED",
    "CACHED",
    "LOOP_VISITS",
    "REASON_LIMIT",
    "TOO_MANY_REQUESTS",
    "USER_AGENT",
    "Checker",
    "HttpSettings",
    "Outcome",
    "Progress",
    "UrlResult",
    "check_urls",
    "retry_after",
    "verdict",
]

# Waits between attempts go through this name, so tests can record them instead of waiting.
_sleep = asyncio.sleep

Outcome = Literal["ok", "warning", "error"]
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class UrlResult:
    """The verdict on one URL: ``status`` is the HTTP code, or a word like TIMEOUT."""

    outcome: Outcome
    status: str
    reason: str


CACHED = UrlResult("ok", "200", "cached")


def verdict(status: int, attempts: int) -> UrlResult:
    """What a final HTTP status means for a link."""
    code = str(status)
    if status < 400:
        return UrlResult("ok", code, phrase(status))
    if status == BOT_REFUSED:
        return UrlResult("warning", code, "999: the site refuses automated requests")
    tries = f" after {attempts} attempts" if attempts > 1 else ""
    if status == TOO_MANY_REQUESTS:
        return UrlResult("warning", code, f"{phrase(status)}{tries}: rate limited")
    return UrlResult("error", code, f"{phrase(status)}{tries}")


async def _wait(delay: float) -> None:
    """Looks ``_sleep`` up at each call, so that a test's replacement is the one used."""
    await _sleep(delay)


class Checker:
    """Judges URLs fetched through a shared :class:`~sitetools.http_client.Fetcher`."""

    def __init__(self, fetcher: Fetcher, settings: HttpSettings) -> None:
        self._fetcher = fetcher
        self._settings = settings

    async def check(self, url: str) -> UrlResult:
        """Fetch ``url`` (HEAD first, retrying 5xx and 429) and judge the answer."""
        try:
            answer = await self._fetcher.request(url, head_first=True, read_body=False)
        except FAILURES as error:
            code, reason = describe_failure(error, self._settings)
            return UrlResult("error", code, reason)
        return verdict(answer.status, answer.attempts)


async def _check_all(
    urls: list[str], settings: HttpSettings, progress: Progress | None, done: int, total: int
) -> dict[str, UrlResult]:
    results: dict[str, UrlResult] = {}
    async with open_fetcher(settings, _wait) as fetcher:
        checker = Checker(fetcher, settings)

        async def one(url: str) -> None:
            results[url] = await checker.check(url)
            if progress is not None:
                progress(done + len(results), total)

        await asyncio.gather(*(one(url) for url in urls))
    return results


def check_urls(
    urls: Iterable[str],
    settings: HttpSettings,
    cache: ResultCache | None = None,
    progress: Progress | None = None,
) -> dict[str, UrlResult]:
    """Each unique URL's verdict; fresh cached successes are not fetched again."""
    unique = list(dict.fromkeys(urls))
    results = {url: CACHED for url in unique if cache is not None and cache.fresh(url)}
    todo = [url for url in unique if url not in results]
    if todo:
        results.update(asyncio.run(_check_all(todo, settings, progress, len(results), len(unique))))
    if cache is not None:
        for url in todo:
            if results[url].outcome == "ok":
                cache.record_ok(url)
        cache.save()
    return results
