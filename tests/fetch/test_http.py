"""The fetcher against a real loopback server: validators, failures classified, limits enforced."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from monitor.config import Settings
from monitor.errors import ConnectFailed, FetchError, FetchTimeout, HTTPStatusError, PrivateAddress, Refused, TooLarge
from monitor.fetch import Fetcher
from monitor.fetch.http import retry_after
from monitor.records import Fetched
from tests.server import LoopbackServer, Route

SETTINGS = Settings(
    connect_timeout=1, read_timeout=1, total_timeout=2, max_body_bytes=200_000, max_redirects=3, per_host_gap=0
)


def get(url: str, settings: Settings = SETTINGS, **kwargs: object) -> Fetched:
    """Fetch as for a configured feed (trusted: the loopback server is allowed) unless told otherwise."""
    kwargs.setdefault("trusted", True)

    async def go() -> Fetched:
        async with Fetcher(settings) as fetcher:
            return await fetcher.get(url, **kwargs)  # type: ignore[arg-type]

    return asyncio.run(go())


def test_feed_is_fetched_with_validators_and_user_agent(server: LoopbackServer) -> None:
    result = get(server.url("/feeds/harbor-city-tribune.xml"))
    assert result.status == 200 and result.body.startswith(b"<?xml")
    assert result.etag and result.last_modified
    assert server.requests[-1][1]["User-Agent"] == SETTINGS.user_agent


def test_conditional_get_answers_not_modified(server: LoopbackServer) -> None:
    first = get(server.url("/feeds/harbor-city-tribune.xml"))
    second = get(server.url("/feeds/harbor-city-tribune.xml"), etag=first.etag, last_modified=first.last_modified)
    assert second.not_modified and second.body == b""
    assert server.requests[-1][1]["If-None-Match"] == first.etag


@pytest.mark.parametrize("status", [404, 500, 429])
def test_http_errors_carry_their_status_as_key(server: LoopbackServer, status: int) -> None:
    server.routes["/broken"] = Route(status, b"nope")
    with pytest.raises(HTTPStatusError) as caught:
        get(server.url("/broken"))
    assert caught.value.key == f"http_{status}" and "/broken" in str(caught.value)


def test_slow_server_times_out(server: LoopbackServer) -> None:
    server.routes["/slow"] = Route(200, b"late", delay=3)
    with pytest.raises(FetchTimeout) as caught:
        get(server.url("/slow"))
    assert caught.value.key == "timeout"


def test_body_over_the_cap_is_refused_while_streaming(server: LoopbackServer) -> None:
    server.routes["/huge"] = Route(200, stream_bytes=2_000_000, headers={"Content-Type": "application/rss+xml"})
    with pytest.raises(TooLarge):
        get(server.url("/huge"))


def test_declared_length_over_the_cap_is_refused_before_reading(server: LoopbackServer) -> None:
    server.routes["/big"] = Route(200, b"x" * 300_000)
    with pytest.raises(TooLarge, match="300,000 bytes"):
        get(server.url("/big"))


def test_permanent_redirects_report_the_new_address(server: LoopbackServer) -> None:
    server.routes["/old"] = Route(301, headers={"Location": "/older"})
    server.routes["/older"] = Route(308, headers={"Location": server.url("/feeds/valley-ledger.atom")})
    result = get(server.url("/old"))
    assert result.url.endswith("/feeds/valley-ledger.atom") and result.status == 200
    assert result.moved_to == result.url


def test_a_temporary_hop_on_the_way_means_the_feed_has_not_moved(server: LoopbackServer) -> None:
    server.routes["/old"] = Route(301, headers={"Location": "/today"})
    server.routes["/today"] = Route(302, headers={"Location": "/feeds/valley-ledger.atom"})
    result = get(server.url("/old"))
    assert result.url.endswith("/feeds/valley-ledger.atom") and result.moved_to is None


@pytest.mark.parametrize(
    ("header", "seconds"), [("120", 120.0), ("Sun, 29 Nov 2026 13:00:00 GMT", 3600.0), ("soon", None), ("", None)]
)
def test_retry_after_is_read_as_seconds_or_a_date(header: str, seconds: float | None) -> None:
    assert retry_after(header, now=datetime(2026, 11, 29, 12, tzinfo=UTC)) == seconds


def test_429_carries_retry_after_and_cache_control_max_age_is_read(server: LoopbackServer) -> None:
    server.routes["/busy"] = Route(429, b"slow down", {"Retry-After": "7200"})
    server.routes["/fresh"] = Route(200, b"<rss/>", {"Cache-Control": "public, max-age=1800"})
    with pytest.raises(HTTPStatusError) as caught:
        get(server.url("/busy"))
    assert caught.value.key == "http_429" and caught.value.retry_after == 7200
    assert get(server.url("/fresh")).max_age == 1800


def test_requests_to_one_host_keep_the_gap_between_starts(server: LoopbackServer) -> None:
    settings = SETTINGS.model_copy(update={"per_host_gap": 0.3, "per_host_concurrency": 2})
    starts: list[float] = []
    server.routes["/t"] = lambda handler: (starts.append(time.monotonic()), Route(200, b"<rss/>"))[1]

    async def go() -> None:
        async with Fetcher(settings) as fetcher:
            await asyncio.gather(*(fetcher.get(server.url("/t"), trusted=True) for _ in range(4)))

    asyncio.run(go())
    gaps = [b - a for a, b in zip(sorted(starts), sorted(starts)[1:])]
    # seen from the server, whose threads a busy machine schedules late by tens of milliseconds (0.23 s was seen
    # with two test suites sharing two cores); without the gap the starts would be a few milliseconds apart
    assert len(starts) == 4 and min(gaps) >= 0.2, gaps


@pytest.mark.parametrize(
    "address", ["127.0.0.1", "10.255.255.1", "169.254.169.254", "192.168.1.1", "[::1]", "0.0.0.0", "100.64.0.1"]
)
def test_links_from_feeds_never_reach_private_addresses(server: LoopbackServer, address: str) -> None:
    before = len(server.requests)
    url = server.url("/feeds/valley-ledger.atom") if address == "127.0.0.1" else f"http://{address}/latest"
    with pytest.raises(PrivateAddress) as caught:
        get(url, trusted=False)
    assert caught.value.key == "private_address" and len(server.requests) == before


def test_a_redirect_into_the_private_network_is_refused_too(server: LoopbackServer) -> None:
    # The public-looking first hop is allowed here by listing only its address; the redirect target is not.
    settings = SETTINGS.model_copy(update={"page_allowed_networks": ["127.0.0.1/32"]})
    server.routes["/hop"] = Route(302, headers={"Location": "http://127.0.0.2:9/internal"})
    with pytest.raises(PrivateAddress, match="127.0.0.2"):
        get(server.url("/hop"), settings, trusted=False)


def test_allowed_networks_let_links_through(server: LoopbackServer) -> None:
    settings = SETTINGS.model_copy(update={"page_allowed_networks": ["127.0.0.0/8"]})
    assert get(server.url("/feeds/valley-ledger.atom"), settings, trusted=False).status == 200


def test_redirect_loop_is_classified(server: LoopbackServer) -> None:
    server.routes["/a"] = Route(302, headers={"Location": "/b"})
    server.routes["/b"] = Route(302, headers={"Location": "/a"})
    with pytest.raises(FetchError) as caught:
        get(server.url("/a"))
    assert caught.value.key == "redirect_loop"


def test_refused_connection_is_classified() -> None:
    with LoopbackServer() as gone:
        url = gone.url("/feed.xml")
    with pytest.raises(ConnectFailed):
        get(url)


def test_file_urls_only_when_allowed(tmp_path: Path) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_bytes(b"<rss/>")
    assert get(feed.as_uri(), trusted=True).body == b"<rss/>"
    with pytest.raises(Refused):
        get(feed.as_uri(), trusted=False)  # an article link from a feed may never read local files
    with pytest.raises(FetchError, match="cannot read file"):
        get((tmp_path / "missing.xml").as_uri(), trusted=True)


def test_gzip_is_asked_for_and_decoded_and_the_cap_counts_decoded_bytes(server: LoopbackServer) -> None:
    import gzip

    feed = b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>'
    server.routes["/gz"] = Route(200, gzip.compress(feed), {"Content-Encoding": "gzip"})
    bomb = gzip.compress(b" " * 2_000_000)  # ~2 kB on the wire, 2 MB once decoded: over the 200 kB cap
    server.routes["/bomb"] = Route(200, bomb, {"Content-Encoding": "gzip"})
    assert get(server.url("/gz")).body == feed
    assert "gzip" in server.requests[-1][1]["Accept-Encoding"]
    with pytest.raises(TooLarge):
        get(server.url("/bomb"))
