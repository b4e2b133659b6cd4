"""Feeds on the site, in a real browser, against a real local HTTP server: an admin adds a feed by pasting a web
page's address (the page's <link rel="alternate"> is followed), pauses and resumes one, exports the list as OPML
and imports it back; bad input (not a web address, a page with no feed, a host that does not answer, a broken
OPML file) is a message on the page. feeds.toml stays the truth, its comments kept, and every change is audited."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from bench.generators.feeds import Item, rss
from monitor.store import connect
from monitor.store.tables import AuditEvent, Feed
from monitor.subscriptions.feeds_file import read_feeds
from tests.review_site import Site
from tests.server import LoopbackServer, Route
from tests.web.browsing import OpenPage, need_chromium

need_chromium()

from playwright.sync_api import Page, expect  # noqa: E402

pytestmark = pytest.mark.browser

PAGE = b"""<!doctype html><html><head><title>Metro Desk</title>
<link rel="alternate" type="application/rss+xml" title="Metro immigration" href="/immigration/feed.xml">
</head><body><h1>Immigration news</h1></body></html>"""
NO_FEED = b"<!doctype html><html><head><title>About us</title></head><body><p>Nothing to follow.</p></body></html>"
COMMENT = "# The team's feeds: keep this comment"


@pytest.fixture
def publisher() -> Iterator[LoopbackServer]:
    """A news site on 127.0.0.1: a section page that links to its feed, the feed, and a page with no feed."""
    feed = rss(
        [Item("Sheriff ends ICE detainers", link="https://metro.example.org/a", published=datetime.now(UTC))],
        title="Metro Daily: Immigration",
    )
    with LoopbackServer() as server:
        server.routes["/immigration/"] = Route(200, PAGE, {"Content-Type": "text/html; charset=utf-8"})
        server.routes["/immigration/feed.xml"] = Route(200, feed.encode(), {"Content-Type": "application/rss+xml"})
        server.routes["/about/"] = Route(200, NO_FEED, {"Content-Type": "text/html; charset=utf-8"})
        yield server


@pytest.fixture
def feeds_file(site: Site) -> Path:
    path = site.folder / "config" / "feeds.toml"
    path.write_text(COMMENT + "\n" + path.read_text())
    return path


def trail(site: Site) -> list[tuple[str, str, str, str]]:
    with connect(site.config.settings.database_url) as session:
        rows = session.execute(select(AuditEvent).order_by(AuditEvent.id)).scalars()
        return [(e.actor, e.kind, e.target, e.summary) for e in rows]


def row(page: Page, name: str):  # noqa: ANN201
    return page.locator(f'tr[data-feed="{name}"]')


def test_an_admin_adds_a_feed_by_a_web_page_address(
    open_page: OpenPage, site: Site, publisher: LoopbackServer, feeds_file: Path
) -> None:
    page = open_page("ana", "/admin/feeds", error_pages=True)
    page.get_by_label("Feed or web page address").fill(publisher.url("/immigration/"))
    page.get_by_label("Outlet").fill("Metro Daily")
    page.get_by_role("button", name="Add feed").click()
    expect(page.get_by_role("status").filter(has_text="Added")).to_contain_text(
        f"Added 'Metro Daily: Immigration' ({publisher.url('/immigration/feed.xml')}, found on "
        f"{publisher.url('/immigration/')}). The next pass reads it."
    )
    expect(row(page, "Metro Daily: Immigration").locator("td.state")).to_have_text("not fetched yet")
    added = [f for f in read_feeds(feeds_file) if f.name == "Metro Daily: Immigration"]
    assert [(f.url, f.outlet) for f in added] == [(publisher.url("/immigration/feed.xml"), "Metro Daily")]
    assert feeds_file.read_text().startswith(COMMENT)  # written through feeds_file.py: comments kept
    assert trail(site)[-1][:3] == ("ana", "feed.add", "Metro Daily: Immigration")
    page.get_by_label("Feed or web page address").fill(publisher.url("/immigration/feed.xml"))
    page.get_by_role("button", name="Add feed").click()
    expect(page.get_by_role("alert")).to_contain_text("is already listed, as 'Metro Daily: Immigration'")


@pytest.mark.parametrize(
    "address,words",
    [
        ("/about/", "a web page that links to no feed"),
        ("unreachable", "Could not add http://127.0.0.1:9/feed.xml"),
        ("not a web address", "'not a web address' is not a web address: paste one that starts with http://"),
        ("file:/etc/passwd", "is not a web address"),
    ],
)
def test_bad_addresses_get_a_message_on_the_page(
    open_page: OpenPage, site: Site, publisher: LoopbackServer, feeds_file: Path, address: str, words: str
) -> None:
    before = feeds_file.read_text()
    page = open_page("ana", "/admin/feeds", error_pages=True)
    url = {"/about/": publisher.url("/about/"), "unreachable": "http://127.0.0.1:9/feed.xml"}.get(address, address)
    box = page.get_by_label("Feed or web page address")
    box.evaluate("input => input.type = 'text'")  # what the browser would refuse to send, the server must refuse
    box.fill(url)
    page.get_by_role("button", name="Add feed").click()
    expect(page.get_by_role("alert")).to_contain_text(words)
    expect(page.get_by_label("Feed or web page address")).to_have_value(url)  # the form keeps what was typed
    assert feeds_file.read_text() == before and trail(site) == []


def test_pause_and_resume_write_feeds_toml_and_show_at_once(open_page: OpenPage, site: Site, feeds_file: Path) -> None:
    name = "Valley Ledger"
    page = open_page("ana", "/admin/feeds")
    row(page, name).get_by_role("button", name=f"Pause {name}").click()
    expect(page.get_by_role("status").filter(has_text="Paused")).to_have_text(f"Paused '{name}'.")
    expect(row(page, name).locator("td.state")).to_have_text("paused")
    assert [f.enabled for f in read_feeds(feeds_file) if f.name == name] == [False]
    assert feeds_file.read_text().startswith(COMMENT)
    with connect(site.config.settings.database_url) as session:
        assert session.execute(select(Feed.enabled).where(Feed.name == name)).scalar_one() is False
    page.goto("/health")
    expect(page.locator("table.feeds tr.paused")).to_contain_text(name)
    page.goto("/admin/feeds")
    row(page, name).get_by_role("button", name=f"Resume {name}").click()
    expect(row(page, name).locator("td.state")).not_to_have_text("paused")
    assert [f.enabled for f in read_feeds(feeds_file) if f.name == name] == [True]
    assert "enabled" not in feeds_file.read_text()  # back to the entry as it was written
    assert [t[1:] for t in trail(site)] == [
        ("feed.pause", name, "running → paused"),
        ("feed.resume", name, "paused → running"),
    ]


def test_each_feed_shows_its_health(open_page: OpenPage, site: Site) -> None:
    page = open_page("ana", "/admin/feeds")
    broken = row(page, "Courier home page (not a feed, on purpose)")
    expect(broken.locator("td.state")).to_contain_text("failing ×1")
    expect(broken).to_contain_text("an HTML page, not a feed")
    healthy = row(page, "Harbor City Tribune")
    expect(healthy.locator("td.state")).to_have_text("ok")
    recent = int(healthy.locator("td").nth(4).inner_text())
    assert recent > 0  # the pass stored its articles just now


WEB_FEEDS = (
    COMMENT
    + """
[[feeds]]
name = "Metro Daily: Immigration"
url = "https://metro.example.org/immigration/feed.xml"
tags = ["local", "desk/immigration"]

[[feeds]]
name = "Capitol Wire"
url = "https://wire.example.com/capitol.rdf"
tags = ["wire"]

[[feeds]]
name = "Valley Ledger & Sons <b>"
url = "https://valley.example.org/feed.atom?a=1&b=2"
"""
)


def test_opml_export_and_import_round_trip(open_page: OpenPage, site: Site, feeds_file: Path, tmp_path: Path) -> None:
    feeds_file.write_text(WEB_FEEDS)
    listed = read_feeds(feeds_file)
    page = open_page("ana", "/admin/feeds", error_pages=True)
    with page.expect_download() as info:
        page.get_by_role("link", name="Export every feed as OPML").click()
    exported = tmp_path / "feeds.opml"
    info.value.save_as(exported)
    assert exported.read_text().count("<outline") == len(listed)
    feeds_file.write_text(COMMENT + "\n")  # the list is lost; the export brings it back
    page.get_by_label("A feed reader's OPML export").set_input_files(str(exported))
    page.get_by_role("button", name="Import feeds").click()
    expect(page.get_by_role("status").filter(has_text="Imported")).to_contain_text(
        f"Imported {len(listed)} feed(s) from feeds.opml"
    )
    back = read_feeds(feeds_file)
    assert [(f.name, f.url, f.tags) for f in back] == [(f.name, f.url, f.tags) for f in listed]
    assert feeds_file.read_text().startswith(COMMENT)
    assert [t[1] for t in trail(site)] == ["feed.add"] * len(listed)
    page.get_by_label("A feed reader's OPML export").set_input_files(str(exported))
    page.get_by_role("button", name="Import feeds").click()
    expect(page.get_by_role("status").filter(has_text="Imported")).to_contain_text(
        f"Imported 0 feed(s) from feeds.opml, {len(listed)} already listed"
    )


def test_an_opml_file_of_local_paths_is_left_to_the_command_line(
    open_page: OpenPage, site: Site, feeds_file: Path, tmp_path: Path
) -> None:
    before = feeds_file.read_text()
    local = tmp_path / "local.opml"
    local.write_text(
        '<opml version="2.0"><body><outline text="Disk" type="rss" xmlUrl="file:/etc/passwd"/></body></opml>'
    )
    page = open_page("ana", "/admin/feeds")
    page.get_by_label("A feed reader's OPML export").set_input_files(str(local))
    page.get_by_role("button", name="Import feeds").click()
    expect(page.get_by_role("status").filter(has_text="Imported")).to_contain_text(
        "Imported 0 feed(s) from local.opml, skipped 1: Disk (a file on the server, not a web address"
    )
    assert feeds_file.read_text() == before and trail(site) == []


def test_a_broken_opml_file_is_a_message_and_nothing_changes(
    open_page: OpenPage, site: Site, feeds_file: Path, tmp_path: Path
) -> None:
    before = feeds_file.read_text()
    broken = tmp_path / "cut-short.opml"
    broken.write_text('<?xml version="1.0"?>\n<opml version="2.0"><body>\n<outline text="A" xmlUrl="https://a.example/')
    page = open_page("ana", "/admin/feeds", error_pages=True)
    page.get_by_label("A feed reader's OPML export").set_input_files(str(broken))
    page.get_by_role("button", name="Import feeds").click()
    expect(page.get_by_role("alert")).to_contain_text("Nothing was imported: cut-short.opml: malformed OPML")
    page.get_by_role("button", name="Import feeds").click()  # no file chosen at all
    expect(page.get_by_role("alert")).to_contain_text("Choose an OPML file to import")
    assert feeds_file.read_text() == before and trail(site) == []
