"""`monitor feeds add / import / export` against a real loopback server and real config folders.

feeds.toml is a file people edit by hand: every change must keep its comments, refuse duplicates,
and leave the file as it was when something goes wrong.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import Result
from typer.testing import CliRunner

from monitor.cli import app
from monitor.config import FeedConfig, load_config
from monitor.errors import ConfigError
from monitor.subscriptions.feeds_file import add_feeds, read_feeds
from tests.conftest import ROOT, SAMPLES
from tests.server import LoopbackServer, Route

OPML = ROOT / "tests" / "data" / "opml"
HEADER = """\
# The feeds `monitor run` reads. One [[feeds]] entry per feed.
#   name       unique label shown in reports
# Keep this header: the comms team relies on it.

[[feeds]]
name = "Capitol Wire"   # the wire service
url = "https://wire.example.com/capitol.rdf"
tags = ["wire"]
"""
runner = CliRunner()


def html(head: str) -> Route:
    body = f"<!DOCTYPE html><html><head><title>Desk</title>{head}</head><body><p>News</p></body></html>"
    return Route(200, body.encode(), {"Content-Type": "text/html; charset=utf-8"})


def rss_link(href: str, title: str = "") -> str:
    return f'<link rel="alternate" type="application/rss+xml" title="{title}" href="{href}">'


@pytest.fixture
def site() -> Iterator[LoopbackServer]:
    """The bundled sample feeds under /feeds/, plus pages that link to them (or to nothing usable)."""
    with LoopbackServer(SAMPLES) as server:
        server.routes["/desk/"] = html(rss_link("../feeds/harbor-city-tribune.xml", "Tribune local"))
        server.routes["/based/page.html"] = html(
            '<base href="/feeds/"><link rel="alternate" type="application/atom+xml" href="valley-ledger.atom">'
        )
        server.routes["/two/"] = html(
            rss_link("/missing.xml", "Old feed")
            + rss_link("/plain/", "Not a feed")
            + rss_link("/feeds/borderlands-radio.xml", "Radio")
            + rss_link("/feeds/metro-business-daily.xml", "Business")
        )
        server.routes["/plain/"] = html('<link rel="stylesheet" href="site.css">')
        server.routes["/wire/"] = html(rss_link("https://wire.example.com/capitol.rdf"))
        yield server


@pytest.fixture
def feeds_dir(config_dir: Path) -> Path:
    """The config folder with a hand-written feeds.toml; pages on the loopback server may name loopback feeds."""
    (config_dir / "feeds.toml").write_text(HEADER)
    settings = config_dir / "settings.toml"
    if "page_allowed_networks" not in settings.read_text():
        settings.write_text(settings.read_text() + 'page_allowed_networks = ["127.0.0.0/8"]\n')
    return config_dir


def feeds(*args: str) -> Result:
    return runner.invoke(app, ["feeds", *args])


def said(result: Result) -> str:
    """Output with rich's line wrapping undone, for looking for phrases."""
    return " ".join(result.output.split())


def entries(config_dir: Path) -> dict[str, FeedConfig]:
    return {feed.name: feed for feed in load_config(config_dir).feeds}


# --- monitor feeds add ---------------------------------------------------------------------------------------


def test_add_a_feed_url_keeps_comments_and_writes_only_what_differs(feeds_dir: Path, site: LoopbackServer) -> None:
    url = site.url("/feeds/valley-ledger.atom")
    result = feeds("add", url, "--config", str(feeds_dir))
    assert result.exit_code == 0, result.output
    assert "is a feed: The Valley Ledger" in said(result) and "Added The Valley Ledger" in said(result)
    text = (feeds_dir / "feeds.toml").read_text()
    assert text.startswith(HEADER)
    assert text[len(HEADER) :] == f'\n[[feeds]]\nname = "The Valley Ledger"\nurl = "{url}"\n'
    assert entries(feeds_dir)["The Valley Ledger"].url == url


def test_add_with_name_outlet_and_full_text(feeds_dir: Path, site: LoopbackServer) -> None:
    result = feeds(
        "add",
        site.url("/feeds/capitol-wire.rdf"),
        "--name",
        "Wire [local copy]",
        "--outlet",
        "Capitol Wire",
        "--full-text",
        "--config",
        str(feeds_dir),
    )
    assert result.exit_code == 0, result.output
    feed = entries(feeds_dir)["Wire [local copy]"]
    assert feed.outlet == "Capitol Wire" and feed.full_text and feed.tags == [] and feed.enabled


def test_add_a_page_finds_and_adds_the_feed_it_links_to(feeds_dir: Path, site: LoopbackServer) -> None:
    result = feeds("add", site.url("/desk/"), "--config", str(feeds_dir))
    assert result.exit_code == 0, result.output
    out = said(result)
    assert "links to 1 feed(s)" in out and "Tribune local" in out and "chosen" in out
    added = entries(feeds_dir)["Harbor City Tribune: Local News"]
    assert added.url == site.url("/feeds/harbor-city-tribune.xml")


def test_discovery_honours_base_href(feeds_dir: Path, site: LoopbackServer) -> None:
    result = feeds("add", site.url("/based/page.html"), "--config", str(feeds_dir))
    assert result.exit_code == 0, result.output
    assert entries(feeds_dir)["The Valley Ledger"].url == site.url("/feeds/valley-ledger.atom")


def test_the_first_candidate_that_parses_is_added_and_every_candidate_is_listed(
    feeds_dir: Path, site: LoopbackServer
) -> None:
    result = feeds("add", site.url("/two/"), "--config", str(feeds_dir))
    assert result.exit_code == 0, result.output
    out = said(result)
    assert "links to 4 feed(s)" in out and "HTTP 404" in out and "a web page, not a feed" in out
    assert "Business" in out and "not tried" in out
    added = [f for f in entries(feeds_dir).values() if f.name != "Capitol Wire"]
    assert [f.url for f in added] == [site.url("/feeds/borderlands-radio.xml")]


def test_title_already_used_gets_a_unique_name(feeds_dir: Path, site: LoopbackServer) -> None:
    feeds("add", site.url("/feeds/valley-ledger.atom"), "--config", str(feeds_dir))
    site.routes["/copy.atom"] = Route(
        200, (SAMPLES / "feeds" / "valley-ledger.atom").read_bytes(), {"Content-Type": "application/atom+xml"}
    )
    result = feeds("add", site.url("/copy.atom"), "--config", str(feeds_dir))
    assert result.exit_code == 0, result.output
    assert entries(feeds_dir)["The Valley Ledger (2)"].url == site.url("/copy.atom")


def test_a_url_already_listed_is_refused_before_fetching(feeds_dir: Path, site: LoopbackServer) -> None:
    before = (feeds_dir / "feeds.toml").read_text()
    result = feeds("add", "HTTPS://WIRE.example.com/capitol.rdf#top", "--config", str(feeds_dir))
    assert result.exit_code == 1
    assert "already in" in said(result) and "'Capitol Wire'" in said(result)
    assert (feeds_dir / "feeds.toml").read_text() == before


def test_a_page_whose_feed_is_already_listed_is_refused(feeds_dir: Path, site: LoopbackServer) -> None:
    site.routes["/wire/"] = html(rss_link(site.url("/feeds/capitol-wire.rdf")))
    feeds("add", site.url("/feeds/capitol-wire.rdf"), "--name", "Wire copy", "--config", str(feeds_dir))
    before = (feeds_dir / "feeds.toml").read_text()
    result = feeds("add", site.url("/wire/"), "--config", str(feeds_dir))
    assert result.exit_code == 1 and "already in" in said(result) and "'Wire copy'" in said(result)
    assert (feeds_dir / "feeds.toml").read_text() == before


def test_an_explicit_name_already_used_is_refused(feeds_dir: Path, site: LoopbackServer) -> None:
    result = feeds("add", site.url("/feeds/valley-ledger.atom"), "--name", "Capitol Wire", "--config", str(feeds_dir))
    assert result.exit_code == 1 and "already listed" in said(result)


@pytest.mark.parametrize(
    "path, reason",
    [
        ("/plain/", "a web page that links to no feed"),
        ("/nothing-here", "HTTP 404"),
        ("/garbled.xml", "malformed XML at line"),
    ],
)
def test_nothing_usable_is_refused_with_the_reason(
    feeds_dir: Path, site: LoopbackServer, path: str, reason: str
) -> None:
    # Not even feedparser or lxml can recover an entry from these bytes (a broken feed that can is read).
    site.routes["/garbled.xml"] = Route(
        200, b"<?xml version='1.0'?>\n<<<<\x00\x01 not a feed", {"Content-Type": "text/xml"}
    )
    before = (feeds_dir / "feeds.toml").read_text()
    result = feeds("add", site.url(path), "--config", str(feeds_dir))
    assert result.exit_code == 1
    assert reason in said(result) and site.url(path) in said(result)
    assert (feeds_dir / "feeds.toml").read_text() == before


def test_feeds_a_page_names_on_private_addresses_are_not_fetched(config_dir: Path, site: LoopbackServer) -> None:
    """The admin's URL is trusted; the feed links on its page are not (no page_allowed_networks here)."""
    (config_dir / "feeds.toml").write_text(HEADER)
    settings = config_dir / "settings.toml"
    kept = [line for line in settings.read_text().splitlines() if not line.startswith("page_allowed_networks")]
    settings.write_text("\n".join(kept) + "\n")
    result = feeds("add", site.url("/desk/"), "--config", str(config_dir))
    assert result.exit_code == 1
    assert "private" in said(result) and "none usable" in said(result)
    assert "/feeds/harbor-city-tribune.xml" not in [path for path, _ in site.requests]


def test_a_broken_feeds_file_is_reported_as_written_and_not_touched(config_dir: Path) -> None:
    (config_dir / "feeds.toml").write_text('[[feeds]]\nname = "Wire [draft]"\n')
    result = feeds("add", "https://wire.example.com/capitol.rdf", "--config", str(config_dir))
    assert result.exit_code == 1
    assert "[[feeds]] #1 'Wire [draft]': key 'url': Field required" in said(result)  # brackets are text, not markup
    assert (config_dir / "feeds.toml").read_text() == '[[feeds]]\nname = "Wire [draft]"\n'


def test_a_config_that_does_not_validate_is_left_exactly_as_it_was(feeds_dir: Path) -> None:
    path = feeds_dir / "feeds.toml"
    before = path.read_bytes()
    bad = FeedConfig.model_construct(
        name="Gopher",
        url="gopher://example.org/1/news",
        outlet=None,
        full_text=False,
        ignore_http_cache=False,
        tags=[],
        enabled=True,
    )
    with pytest.raises(ConfigError, match="gopher"):
        add_feeds(path, [bad])
    assert path.read_bytes() == before
    assert [p.name for p in feeds_dir.iterdir() if p.name.startswith(".feeds.toml")] == []


# --- monitor feeds import ------------------------------------------------------------------------------------


def test_import_adds_new_feeds_in_one_write_and_reports_the_rest(feeds_dir: Path) -> None:
    (feeds_dir / "feeds.toml").write_text(
        HEADER + '\n[[feeds]]\nname = "Tribune"\n'
        'url = "https://harbor-city.example.org/rss/local.xml?utm_medium=feed"\n'
    )
    result = feeds("import", str(OPML / "reader-export.opml"), "--config", str(feeds_dir))
    assert result.exit_code == 0, result.output
    out = said(result)
    assert "1 added, 2 already present, 3 skipped." in out
    assert "already present as 'Tribune'" in out and "already present as 'Capitol Wire'" in out  # utm_* ignored
    assert "skipped: not an http(s) URL (scheme 'gopher')" in out
    assert "skipped: a link to another subscription list" in out and "skipped: outline has no xmlUrl" in out
    text = (feeds_dir / "feeds.toml").read_text()
    assert text.startswith(HEADER + '\n[[feeds]]\nname = "Tribune"\n')
    assert text.endswith(
        '\n\n[[feeds]]\nname = "Valley Ledger: Courts"\n'
        'url = "https://valley-ledger.example.com/courts.atom"\ntags = ["legal", "Immigration/Courts"]\n'
    )
    assert sorted(entries(feeds_dir)) == ["Capitol Wire", "Tribune", "Valley Ledger: Courts"]


def test_import_makes_names_unique(feeds_dir: Path) -> None:
    (feeds_dir / "feeds.toml").write_text(
        '[[feeds]]\nname = "Café Río — noticias"\nurl = "https://other.example.org/"\n'
    )
    result = feeds("import", str(OPML / "special-characters.opml"), "--config", str(feeds_dir))
    assert result.exit_code == 0, result.output
    assert entries(feeds_dir)["Café Río — noticias (2)"].url == "https://cafe-rio.example.com/rss"
    assert entries(feeds_dir)['Smith & Sons "Weekly" <b>'].url == "https://smith.example.org/feed?a=1&b=2"


def test_import_dry_run_writes_nothing(feeds_dir: Path) -> None:
    before = (feeds_dir / "feeds.toml").read_bytes()
    result = feeds("import", str(OPML / "special-characters.opml"), "--dry-run", "--config", str(feeds_dir))
    assert result.exit_code == 0, result.output
    assert "2 would be added" in said(result) and "dry run" in said(result)
    assert (feeds_dir / "feeds.toml").read_bytes() == before


def test_import_malformed_opml_names_the_file(feeds_dir: Path) -> None:
    before = (feeds_dir / "feeds.toml").read_bytes()
    result = feeds("import", str(OPML / "truncated.opml"), "--config", str(feeds_dir))
    assert result.exit_code == 1
    assert "truncated.opml: malformed OPML" in said(result) and "line 9" in said(result)
    assert (feeds_dir / "feeds.toml").read_bytes() == before


def test_import_of_a_missing_file_is_a_clear_error(feeds_dir: Path) -> None:
    result = feeds("import", str(feeds_dir / "nope.opml"), "--config", str(feeds_dir))
    assert result.exit_code == 1 and "nope.opml: cannot read" in said(result)


# --- monitor feeds export ------------------------------------------------------------------------------------


def test_export_then_import_into_an_empty_list_round_trips(config_dir: Path, tmp_path: Path) -> None:
    (config_dir / "feeds.toml").write_text(
        "# hand-written\n\n"
        '[[feeds]]\nname = "Smith & Sons \\"Weekly\\" <b>"\nurl = "https://smith.example.org/feed?a=1&b=2"\n'
        'tags = ["desk", "Immigration/Courts"]\n\n'
        '[[feeds]]\nname = "Sample ledger"\nurl = "file:feeds/valley-ledger.atom"\nenabled = false\n\n'
        '[[feeds]]\nname = "Café Río"\nurl = "https://cafe-rio.example.com/rss"\n'
    )
    exported = tmp_path / "out.opml"
    result = feeds("export", "--config", str(config_dir), "-o", str(exported))
    assert result.exit_code == 0, result.output
    assert "Wrote 3 feeds" in said(result)
    assert "Smith &amp; Sons &quot;Weekly&quot; &lt;b&gt;" in exported.read_text()

    other = tmp_path / "other"
    other.mkdir()
    for name in ("settings.toml", "watchlist.toml"):
        (other / name).write_text((config_dir / name).read_text())
    (other / "feeds.toml").write_text("")
    result = feeds("import", str(exported), "--config", str(other))
    assert result.exit_code == 0, result.output
    assert "3 added, 0 already present, 0 skipped." in said(result)
    original = [(f.name, f.url, f.tags) for f in read_feeds(config_dir / "feeds.toml")]
    assert [(f.name, f.url, f.tags) for f in read_feeds(other / "feeds.toml")] == original


def test_export_to_standard_output_is_opml(feeds_dir: Path) -> None:
    result = feeds("--config", str(feeds_dir), "export")  # --config may also be given to `feeds` itself
    assert result.exit_code == 0, result.output
    root = ET.fromstring(result.stdout.encode())
    assert [o.attrib for o in root.iter("outline")] == [
        {
            "type": "rss",
            "text": "Capitol Wire",
            "title": "Capitol Wire",
            "xmlUrl": "https://wire.example.com/capitol.rdf",
            "category": "/wire",
        }
    ]


# --- monitor feeds (no subcommand) ---------------------------------------------------------------------------


def test_feeds_alone_still_shows_the_health_table(feeds_dir: Path) -> None:
    from tests.databases import on_postgresql

    if not on_postgresql():  # a PostgreSQL test database exists already (made by the tests from the template)
        before = feeds("--config", str(feeds_dir))  # reading never creates a database file: it says how to
        assert before.exit_code == 1 and "no database there yet" in before.output and "monitor db init" in before.output
    assert runner.invoke(app, ["db", "init", "--config", str(feeds_dir)]).exit_code == 0
    result = feeds("--config", str(feeds_dir))
    assert result.exit_code == 0, result.output
    assert "No run yet" in result.output and "Last success" in result.output and "Feed" in result.output
