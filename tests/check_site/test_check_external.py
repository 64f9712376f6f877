"""link-external against a server on 127.0.0.1: every answer a real site may give."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest

from sitetools.check import external
from sitetools.check.cache import ResultCache
from sitetools.check.external import HttpSettings, UrlResult, check_urls, retry_after

FAST = HttpSettings(timeout=3, retries=2, backoff=0.01, retry_after_cap=0.05, per_host=4)


@pytest.fixture
def waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The delays the checker waits between attempts (recorded, not slept)."""
    recorded: list[float] = []

    async def record(delay: float) -> None:
        recorded.append(delay)

    monkeypatch.setattr(external, "_sleep", record)
    return recorded


def verdict(server, path: str, settings: HttpSettings = FAST) -> UrlResult:
    url = server.url(path)
    return check_urls([url], settings)[url]


def test_200_is_ok(server):
    assert verdict(server, "/ok") == UrlResult("ok", "200", "200 OK")
    assert server.traffic.methods == [("HEAD", "/ok")]


def test_redirect_to_a_working_page_is_ok(server):
    assert verdict(server, "/moved").outcome == "ok"
    assert server.traffic.methods == [("HEAD", "/moved"), ("HEAD", "/ok")]


def test_404_is_an_error_confirmed_by_get(server):
    assert verdict(server, "/missing") == UrlResult("error", "404", "404 Not Found")
    # Some servers answer HEAD wrongly: a failed HEAD is tried again as GET before reporting.
    assert server.traffic.methods == [("HEAD", "/missing"), ("GET", "/missing")]


def test_head_refused_falls_back_to_get(server):
    assert verdict(server, "/no-head") == UrlResult("ok", "200", "200 OK")
    assert server.traffic.methods == [("HEAD", "/no-head"), ("GET", "/no-head")]


def test_500_then_200_is_retried(server, waits):
    assert verdict(server, "/flaky").outcome == "ok"
    assert server.traffic.methods == [("HEAD", "/flaky"), ("GET", "/flaky"), ("HEAD", "/flaky")]
    assert waits == [0.01]


def test_5xx_every_time_is_an_error_after_retries(server, waits):
    result = verdict(server, "/always-broken")
    assert result == UrlResult("error", "503", "503 Service Unavailable after 3 attempts")
    assert waits == [0.01, 0.02]  # exponential backoff
    assert server.traffic.requests["/always-broken"] == 6  # HEAD and GET, three times


def test_429_honours_retry_after_then_succeeds(server, waits):
    settings = HttpSettings(timeout=3, retry_after_cap=5)
    assert verdict(server, "/limited", settings).outcome == "ok"
    assert waits == [1.0]  # Retry-After: 1
    assert server.traffic.requests["/limited"] == 2


def test_429_forever_is_a_warning_and_retry_after_is_capped(server, waits):
    result = verdict(server, "/always-limited")
    reason = "429 Too Many Requests after 3 attempts: rate limited"
    assert result == UrlResult("warning", "429", reason)
    assert server.traffic.requests["/always-limited"] == 3
    assert waits == [0.05, 0.05]  # Retry-After: 3600, capped


def test_999_is_a_warning_without_retry(server):
    result = verdict(server, "/bot")
    assert result == UrlResult("warning", "999", "999: the site refuses automated requests")
    assert server.traffic.methods == [("HEAD", "/bot"), ("GET", "/bot")]


def test_redirect_loop(server):
    result = verdict(server, "/loop-a")
    assert result.outcome == "error"
    assert result.status == "LOOP"
    assert result.reason.startswith("redirect loop through http://127.0.0.1:")


def test_too_many_redirects(server):
    settings = HttpSettings(timeout=3, max_redirects=3)
    result = verdict(server, "/chain/1", settings)
    assert result == UrlResult("error", "REDIRECTS", "too many redirects (more than 3)")
    assert server.traffic.requests["/chain/4"] == 1
    assert server.traffic.requests["/chain/5"] == 0


def test_hang_is_a_timeout(server):
    start = time.monotonic()
    result = verdict(server, "/hang", HttpSettings(timeout=0.2))
    assert result == UrlResult("error", "TIMEOUT", "timeout: no answer within 0.2 s")
    assert time.monotonic() - start < 5  # one attempt: timeouts are not retried


def test_garbage_is_an_invalid_http_answer(server):
    result = verdict(server, "/garbage")
    assert result.outcome == "error"
    assert result.reason.startswith("invalid HTTP answer: ")


def test_connection_refused(closed_port):
    url = f"http://127.0.0.1:{closed_port}/"
    result = check_urls([url], FAST)[url]
    assert result.outcome == "error"
    assert result.status == "ERR"
    assert result.reason.startswith("connection failed: ")


def test_each_unique_url_is_fetched_once(server):
    urls = [server.url("/ok")] * 5 + [server.url("/other-ok")] * 3
    results = check_urls(urls, FAST)
    assert set(results) == {server.url("/ok"), server.url("/other-ok")}
    assert server.traffic.requests == {"/ok": 1, "/other-ok": 1}


def test_per_host_concurrency_limit(server):
    urls = [server.url(f"/slow?of=12&n={n}") for n in range(12)]
    results = check_urls(urls, HttpSettings(timeout=server.slow_timeout, per_host=3))
    assert all(result.outcome == "ok" for result in results.values())
    assert server.traffic.max_in_flight == 3  # the /slow route waits for three at once


def test_without_a_tight_limit_requests_overlap(server):
    urls = [server.url(f"/slow?of=6&n={n}") for n in range(6)]
    check_urls(urls, HttpSettings(timeout=server.slow_timeout, per_host=6))
    assert server.traffic.max_in_flight >= 3


def test_progress_reports_each_url(server):
    seen: list[tuple[int, int]] = []
    check_urls(
        [server.url("/ok"), server.url("/other-ok")],
        FAST,
        progress=lambda d, t: seen.append((d, t)),
    )
    assert seen == [(1, 2), (2, 2)]


def test_cache_spares_the_second_run(server, tmp_path: Path):
    cache_file = tmp_path / "cache.json"
    urls = [server.url("/ok"), server.url("/missing")]
    check_urls(urls, FAST, ResultCache(cache_file))
    first = server.traffic.total()
    results = check_urls(urls, FAST, ResultCache(cache_file))
    # The working URL comes from the cache; the failure is checked afresh.
    assert server.traffic.total() - first == 2
    assert server.traffic.requests == {"/ok": 1, "/missing": 4}
    assert results[server.url("/ok")].outcome == "ok"
    assert results[server.url("/missing")].outcome == "error"


def test_cache_entries_expire(server, tmp_path: Path):
    cache_file = tmp_path / "cache.json"
    now = [1000.0]
    check_urls([server.url("/ok")], FAST, ResultCache(cache_file, max_age=60, clock=lambda: now[0]))
    now[0] += 59
    check_urls([server.url("/ok")], FAST, ResultCache(cache_file, max_age=60, clock=lambda: now[0]))
    assert server.traffic.requests["/ok"] == 1
    now[0] += 2
    check_urls([server.url("/ok")], FAST, ResultCache(cache_file, max_age=60, clock=lambda: now[0]))
    assert server.traffic.requests["/ok"] == 2


def test_a_corrupt_cache_is_an_empty_cache(server, tmp_path: Path):
    cache_file = tmp_path / "cache.json"
    cache_file.write_text("{not json", encoding="utf-8")
    check_urls([server.url("/ok")], FAST, ResultCache(cache_file))
    assert server.traffic.requests["/ok"] == 1
    assert ResultCache(cache_file).fresh(server.url("/ok"))


@pytest.mark.parametrize(
    ("header", "expected"),
    [(None, None), ("", None), ("7", 7.0), ("soon", None)],
)
def test_retry_after_values(header, expected):
    assert retry_after(header) == expected


def test_retry_after_http_date():
    now = datetime(2026, 1, 1, tzinfo=UTC)
    header = format_datetime(now + timedelta(seconds=30), usegmt=True)
    assert retry_after(header, now=now.timestamp()) == 30.0
