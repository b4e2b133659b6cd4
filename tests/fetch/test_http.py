"""The fetcher against a real loopback server: validators, failures classified, limits enforced."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from monitor.config import Settings
from monitor.errors import ConnectFailed, FetchError, FetchTimeout, HTTPStatusError, Refused, TooLarge
from monitor.fetch import Fetcher
from monitor.records import Fetched
from tests.server import LoopbackServer, Route

SETTINGS = Settings(connect_timeout=1, read_timeout=1, total_timeout=2, max_body_bytes=200_000, max_redirects=3)


def get(url: str, settings: Settings = SETTINGS, **kwargs: object) -> Fetched:
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


def test_redirect_is_followed_and_final_url_reported(server: LoopbackServer) -> None:
    server.routes["/old"] = Route(301, headers={"Location": server.url("/feeds/valley-ledger.atom")})
    result = get(server.url("/old"))
    assert result.url.endswith("/feeds/valley-ledger.atom") and result.status == 200


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
    assert get(feed.as_uri(), allow_file=True).body == b"<rss/>"
    with pytest.raises(Refused):
        get(feed.as_uri())  # an article link from a feed may never read local files
    with pytest.raises(FetchError, match="cannot read file"):
        get((tmp_path / "missing.xml").as_uri(), allow_file=True)
