"""The polite HTTP client shared by the link checker and the source watcher.

One ``httpx.AsyncClient`` (certifi's CA bundle, loaded once), a global and a per-host
concurrency limit, redirects followed by hand so that every hop is known (loops and overlong
chains are caught), and retries of 5xx and 429 with exponential backoff, honouring
``Retry-After`` up to a cap. LinkedIn's 999 is never retried: it means "no robots".

Callers choose what a request needs: the link checker asks HEAD first and never reads a body;
the watcher asks GET and reads it. Network failures are left to the caller as httpx errors or
:class:`ChainError`; :func:`describe_failure` turns any of them into a short code and reason.
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
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass

import certifi
import httpx

USER_AGENT = "Mozilla/5.0 (compatible; check_site/1.0; link checker of a documentation site)"
TOO_MANY_REQUESTS = 429
BOT_REFUSED = 999  # LinkedIn
PERMANENT_REDIRECTS = frozenset({301, 308})
REASON_LIMIT = 120
# A URL met this many times in one redirect chain is a loop (twice is a cookie handshake).
LOOP_VISITS = 2

Sleep = Callable[[float], Awaitable[None]]


@dataclass(frozen=True)
class HttpSettings:
    """Timeouts, retries and concurrency of every outgoing request."""

    timeout: float = 10.0
    retries: int = 2
    backoff: float = 0.5
    retry_after_cap: float = 10.0
    per_host: int = 8
    max_connections: int = 64
    max_redirects: int = 10
    user_agent: str = USER_AGENT
    # Bodies larger than this are cut (a PDF of a regulator fits many times over).
    max_body_bytes: int = 20 * 1024 * 1024


@dataclass(frozen=True)
class Hop:
    """One redirect of a chain: who answered, with which status, sending where."""

    url: str
    status: int
    location: str


@dataclass(frozen=True)
class Answer:
    """The final answer after redirects; ``body`` is empty unless it was asked for."""

    status: int
    headers: httpx.Headers
    url: str
    hops: tuple[Hop, ...] = ()
    body: bytes = b""
    attempts: int = 1


class ChainError(Exception):
    """A failure decided while following redirects: ``code`` is LOOP or REDIRECTS."""

    def __init__(self, code: str, reason: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason


def phrase(status: int) -> str:
    """'404 Not Found', or 'HTTP 999' for codes outside the standard."""
    try:
        return f"{status} {http.HTTPStatus(status).phrase}"
    except ValueError:
        return f"HTTP {status}"


def short(error: BaseException) -> str:
    """An exception in one line of at most REASON_LIMIT characters."""
    text = " ".join(str(error).split()) or type(error).__name__
    return text if len(text) <= REASON_LIMIT else text[: REASON_LIMIT - 3] + "..."


def describe_failure(error: BaseException, settings: HttpSettings) -> tuple[str, str]:
    """(code, reason) of a request that got no usable answer: TIMEOUT, LOOP, ERR..."""
    if isinstance(error, ChainError):
        return error.code, error.reason
    if isinstance(error, httpx.TimeoutException):
        return "TIMEOUT", f"timeout: no answer within {settings.timeout:g} s"
    if isinstance(error, httpx.ConnectError):
        return "ERR", f"connection failed: {short(error)}"
    if isinstance(error, httpx.RemoteProtocolError | httpx.DecodingError):
        return "ERR", f"invalid HTTP answer: {short(error)}"
    if isinstance(error, httpx.InvalidURL | httpx.UnsupportedProtocol):
        return "ERR", f"invalid URL: {short(error)}"
    return "ERR", f"request failed: {short(error)}"


# What callers catch around :meth:`Fetcher.request`.
FAILURES: tuple[type[Exception], ...] = (ChainError, httpx.HTTPError, httpx.InvalidURL)


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


def retryable(status: int) -> bool:
    """5xx and 429 may pass on a later attempt; 999 never does."""
    return status != BOT_REFUSED and (status >= 500 or status == TOO_MANY_REQUESTS)


class Fetcher:
    """Requests through one client, with a global and a per-host concurrency limit."""

    def __init__(self, client: httpx.AsyncClient, settings: HttpSettings, sleep: Sleep) -> None:
        self._client = client
        self._settings = settings
        self._sleep = sleep
        self._all = asyncio.Semaphore(settings.max_connections)
        self._hosts: dict[str, asyncio.Semaphore] = {}

    @contextlib.asynccontextmanager
    async def _slot(self, host: str) -> AsyncIterator[None]:
        limit = self._hosts.setdefault(host, asyncio.Semaphore(self._settings.per_host))
        async with limit, self._all:
            yield

    async def _send(self, method: str, url: str, read_body: bool) -> Answer:
        request = self._client.build_request(method, url)
        body = bytearray()
        async with self._slot(request.url.host):
            response = await self._client.send(request, stream=True)
            try:
                if read_body and not 300 <= response.status_code < 400:
                    async for chunk in response.aiter_bytes():
                        body.extend(chunk)
                        if len(body) >= self._settings.max_body_bytes:
                            break
            finally:
                await response.aclose()
        return Answer(response.status_code, response.headers, url, body=bytes(body))

    async def _follow(self, url: str, head_first: bool, read_body: bool) -> Answer:
        """The final answer after redirects; with ``head_first``, GET only when HEAD fails."""
        visits = {url: 1}
        hops: list[Hop] = []
        current = url
        for _ in range(self._settings.max_redirects + 1):
            if head_first:
                answer = await self._send("HEAD", current, read_body=False)
                if answer.status >= 400 and answer.status != TOO_MANY_REQUESTS:
                    answer = await self._send("GET", current, read_body)
            else:
                answer = await self._send("GET", current, read_body)
            location = answer.headers.get("location")
            if not (300 <= answer.status < 400 and location):
                return Answer(answer.status, answer.headers, current, tuple(hops), answer.body)
            target = str(httpx.URL(current).join(location))
            hops.append(Hop(current, answer.status, target))
            current = target
            visits[current] = visits.get(current, 0) + 1
            if visits[current] > LOOP_VISITS:
                raise ChainError("LOOP", f"redirect loop through {current}")
        reason = f"too many redirects (more than {self._settings.max_redirects})"
        raise ChainError("REDIRECTS", reason)

    def _delay(self, answer: Answer, attempt: int) -> float:
        settings = self._settings
        asked = retry_after(answer.headers.get("retry-after"))
        if asked is not None:
            return min(asked, settings.retry_after_cap)
        return float(settings.backoff * 2**attempt)

    async def request(
        self, url: str, *, head_first: bool = False, read_body: bool = True
    ) -> Answer:
        """Fetch ``url``, retrying 5xx and 429; raises one of :data:`FAILURES`."""
        attempts = self._settings.retries + 1
        for attempt in range(1, attempts + 1):
            answer = await self._follow(url, head_first, read_body)
            if not retryable(answer.status) or attempt == attempts:
                return Answer(
                    answer.status, answer.headers, answer.url, answer.hops, answer.body, attempt
                )
            await self._sleep(self._delay(answer, attempt - 1))
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


@contextlib.asynccontextmanager
async def open_fetcher(settings: HttpSettings, sleep: Sleep) -> AsyncIterator[Fetcher]:
    """A :class:`Fetcher` over a fresh client, closed on exit."""
    limits = httpx.Limits(
        max_connections=settings.max_connections,
        max_keepalive_connections=settings.max_connections,
    )
    headers = {"User-Agent": settings.user_agent, "Accept": "*/*"}
    _fail_fast_sniffio()
    async with httpx.AsyncClient(
        timeout=httpx.Timeout(settings.timeout), limits=limits, headers=headers, verify=_tls()
    ) as client:
        yield Fetcher(client, settings, sleep)
