"""link-external: fetch each unique http(s) URL once, concurrently, politely per host.

HEAD first (no body to download); a refused HEAD (405, 501, or any other 4xx/5xx, since many
servers answer HEAD wrongly) is retried as GET before anything is reported. 5xx and 429 are
retried, honouring ``Retry-After`` up to a cap. 429 after retries and 999 (LinkedIn's answer
to bots) are warnings: the link may well work in a browser.
"""

from __future__ import annotations

import asyncio
import contextlib
import email.utils
import functools
import http
import importlib.util
import ssl
import sys
import time
from collections.abc import AsyncIterator, Callable, Iterable
from dataclasses import dataclass
from typing import Literal

import certifi
import httpx

from sitetools.check.cache import ResultCache

USER_AGENT = "Mozilla/5.0 (compatible; check_site/1.0; link checker of a documentation site)"
TOO_MANY_REQUESTS = 429
BOT_REFUSED = 999  # LinkedIn
REASON_LIMIT = 120
# A URL met this many times in one redirect chain is a loop (twice is a cookie handshake).
LOOP_VISITS = 2

# Waits between attempts go through this name, so tests can record them instead of waiting.
_sleep = asyncio.sleep

Outcome = Literal["ok", "warning", "error"]
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class HttpSettings:
    """Timeouts, retries and concurrency of the external check."""

    timeout: float = 10.0
    retries: int = 2
    backoff: float = 0.5
    retry_after_cap: float = 10.0
    per_host: int = 8
    max_connections: int = 64
    max_redirects: int = 10
    user_agent: str = USER_AGENT


@dataclass(frozen=True)
class UrlResult:
    """The verdict on one URL: ``status`` is the HTTP code, or a word like TIMEOUT."""

    outcome: Outcome
    status: str
    reason: str


CACHED = UrlResult("ok", "200", "cached")


class _ChainError(Exception):
    """A failure decided while following redirects."""

    def __init__(self, result: UrlResult) -> None:
        super().__init__(result.reason)
        self.result = result


@dataclass(frozen=True)
class _Answer:
    status: int
    headers: httpx.Headers


def _phrase(status: int) -> str:
    try:
        return f"{status} {http.HTTPStatus(status).phrase}"
    except ValueError:
        return f"HTTP {status}"


def _short(error: BaseException) -> str:
    text = " ".join(str(error).split()) or type(error).__name__
    return text if len(text) <= REASON_LIMIT else text[: REASON_LIMIT - 3] + "..."


def retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delay or HTTP date), None if absent."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def verdict(status: int, attempts: int) -> UrlResult:
    """What a final HTTP status means for a link."""
    code = str(status)
    if status < 400:
        return UrlResult("ok", code, _phrase(status))
    if status == BOT_REFUSED:
        return UrlResult("warning", code, "999: the site refuses automated requests")
    tries = f" after {attempts} attempts" if attempts > 1 else ""
    if status == TOO_MANY_REQUESTS:
        return UrlResult("warning", code, f"{_phrase(status)}{tries}: rate limited")
    return UrlResult("error", code, f"{_phrase(status)}{tries}")


class Checker:
    """Checks URLs with one client, a global and a per-host concurrency limit."""

    def __init__(self, client: httpx.AsyncClient, settings: HttpSettings) -> None:
        self._client = client
        self._settings = settings
        self._all = asyncio.Semaphore(settings.max_connections)
        self._hosts: dict[str, asyncio.Semaphore] = {}

    @contextlib.asynccontextmanager
    async def _slot(self, host: str) -> AsyncIterator[None]:
        limit = self._hosts.setdefault(host, asyncio.Semaphore(self._settings.per_host))
        async with limit, self._all:
            yield

    async def _send(self, method: str, url: str) -> _Answer:
        request = self._client.build_request(method, url)
        async with self._slot(request.url.host):
            response = await self._client.send(request, stream=True)
            await response.aclose()
        return _Answer(response.status_code, response.headers)

    async def _follow(self, url: str) -> _Answer:
        """The final answer after redirects; HEAD first, GET when HEAD is refused."""
        visits = {url: 1}
        current = url
        for _ in range(self._settings.max_redirects + 1):
            answer = await self._send("HEAD", current)
            if answer.status >= 400 and answer.status != TOO_MANY_REQUESTS:
                answer = await self._send("GET", current)
            location = answer.headers.get("location")
            if not (300 <= answer.status < 400 and location):
                return answer
            current = str(httpx.URL(current).join(location))
            visits[current] = visits.get(current, 0) + 1
            if visits[current] > LOOP_VISITS:
                raise _ChainError(UrlResult("error", "LOOP", f"redirect loop through {current}"))
        reason = f"too many redirects (more than {self._settings.max_redirects})"
        raise _ChainError(UrlResult("error", "REDIRECTS", reason))

    def _delay(self, answer: _Answer, attempt: int) -> float:
        settings = self._settings
        asked = retry_after(answer.headers.get("retry-after"))
        if asked is not None:
            return min(asked, settings.retry_after_cap)
        return float(settings.backoff * 2**attempt)

    async def check(self, url: str) -> UrlResult:
        """Fetch ``url`` (retrying 5xx and 429) and judge the answer."""
        attempts = self._settings.retries + 1
        for attempt in range(1, attempts + 1):
            try:
                answer = await self._follow(url)
            except _ChainError as failed:
                return failed.result
            except httpx.TimeoutException:
                reason = f"timeout: no answer within {self._settings.timeout:g} s"
                return UrlResult("error", "TIMEOUT", reason)
            except httpx.ConnectError as error:
                return UrlResult("error", "ERR", f"connection failed: {_short(error)}")
            except (httpx.RemoteProtocolError, httpx.DecodingError) as error:
                return UrlResult("error", "ERR", f"invalid HTTP answer: {_short(error)}")
            except (httpx.InvalidURL, httpx.UnsupportedProtocol) as error:
                return UrlResult("error", "ERR", f"invalid URL: {_short(error)}")
            except httpx.HTTPError as error:
                return UrlResult("error", "ERR", f"request failed: {_short(error)}")
            retryable = answer.status >= 500 or answer.status == TOO_MANY_REQUESTS
            if not retryable or answer.status == BOT_REFUSED or attempt == attempts:
                return verdict(answer.status, attempt)
            await _sleep(self._delay(answer, attempt - 1))
        raise AssertionError("unreachable")  # pragma: no cover


def _fail_fast_sniffio() -> None:
    """httpcore tries ``import sniffio`` on every request; when it is not installed each
    failed import searches sys.path again (a third of the CPU time on a loopback host).
    A ``None`` entry makes that import fail at once, exactly as before, only faster."""
    if "sniffio" not in sys.modules and importlib.util.find_spec("sniffio") is None:
        sys.modules["sniffio"] = None  # type: ignore[assignment]


@functools.cache
def _tls() -> ssl.SSLContext:
    """Loading the CA bundle takes a tenth of a second: once per process is enough."""
    return ssl.create_default_context(cafile=certifi.where())


async def _check_all(
    urls: list[str], settings: HttpSettings, progress: Progress | None, done: int, total: int
) -> dict[str, UrlResult]:
    timeout = httpx.Timeout(settings.timeout)
    limits = httpx.Limits(
        max_connections=settings.max_connections,
        max_keepalive_connections=settings.max_connections,
    )
    headers = {"User-Agent": settings.user_agent, "Accept": "*/*"}
    _fail_fast_sniffio()
    results: dict[str, UrlResult] = {}
    async with httpx.AsyncClient(
        timeout=timeout, limits=limits, headers=headers, verify=_tls()
    ) as client:
        checker = Checker(client, settings)

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
