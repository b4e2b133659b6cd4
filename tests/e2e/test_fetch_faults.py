"""Feeds that misbehave, all in one `monitor run --all` on a real loopback server, next to feeds that do not.

One module-scoped pass serves every case at once: slow, 404, 500, 429 with Retry-After, a redirect loop,
a body over the cap (with and without Content-Length), truncated XML, an HTML page, an empty body; and
feeds that are odd but good: a 301 and a 302, lying charsets, an empty feed, 5,000 entries, repeated
GUIDs, entries without links or dates, a full-text feed whose pages are a paywall stub, a real article
and private addresses. Each bad feed must be reported with its reason while every good feed is stored
completely; a second `--all` run must ask conditionally and store nothing new; a third run without
`--all` must fetch nothing, because nothing is due yet.

All outlets, people and stories here are invented.
"""

from __future__ import annotations

import json
import re
import traceback
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner, Result

from bench.generators.feeds import Item, atom, html_page, numbered_items, rss
from monitor.cli import app
from monitor.config import load_settings
from monitor.store import connect
from monitor.store.reads import count_rows
from monitor.store.tables import Article, Feed, Mention, Run
from tests.conftest import write_config_dir
from tests.server import LoopbackServer, Route

runner = CliRunner()

# The body cap for this module. The 5,000-entry feed is about 660 kB, so the cap sits above it and the
# over-cap routes serve a little more than the cap.
CAP = 1_000_000
RSS = {"Content-Type": "application/rss+xml"}
TEXT = {"Content-Type": "text/plain"}
MIN_POLL = timedelta(minutes=15)  # settings.min_poll_interval's default
MAX_BACKOFF = timedelta(hours=24)  # settings.max_backoff's default


@dataclass(frozen=True)
class Bad:
    path: str  # the URL path feeds.toml points at
    key: str  # the failure class stored on the feed
    says: str | None = None  # words the stored message must contain


BAD = {
    "fault-slow": Bad("/slow", "timeout"),
    "fault-404": Bad("/missing", "http_404"),
    "fault-500": Bad("/broken", "http_500"),
    "fault-429": Bad("/busy", "http_429"),
    "fault-redirect-loop": Bad("/loop-a", "redirect_loop"),
    "fault-too-large": Bad("/huge", "too_large"),
    "fault-stream-too-large": Bad("/huge-stream", "too_large"),
    "fault-garbled": Bad("/garbled.xml", "malformed", "line"),  # nothing at all to recover
    "fault-html-page": Bad("/html-page", "not_a_feed", "/good/harbor.xml"),  # "an HTML page ...; it links to: ..."
    "fault-empty-body": Bad("/empty-body", "not_a_feed", "empty"),
}


@dataclass(frozen=True)
class Good:
    path: str
    articles: int  # exactly how many articles the first run stores for it
    full_text: bool = False


GOOD = {
    "harbor-ledger": Good("/good/harbor.xml", 3),
    "valley-courier": Good("/good/valley.atom", 2),
    "plains-post": Good("/good/plains.xml", 4),
    "moved-301": Good("/old-feed", 2),
    "temporary-302": Good("/temp-feed", 2),
    "charset-declared-latin1": Good("/charset/declared-latin1.xml", 2),
    "charset-cp1252-says-utf8": Good("/charset/cp1252", 2),
    "empty-feed": Good("/empty-feed.xml", 0),
    "bulk-5000": Good("/bulk.xml", 5000),
    "repeated-guids": Good("/repeats.xml", 3),
    "linkless-undated": Good("/linkless.xml", 3),
    "paywall-full-text": Good("/paywall-feed.xml", 4, full_text=True),
    "truncated-read-anyway": Good("/truncated.xml", 2),  # cut off mid-item: what came is kept, even "Sec"
}
# Feed documents served as static files, with ETag and Last-Modified: a second run must ask for each conditionally.
STATIC_FEEDS = {
    "/good/harbor.xml",
    "/good/valley.atom",
    "/good/plains.xml",
    "/moved/new-feed.xml",
    "/temp/target.xml",
    "/charset/declared-latin1.xml",
    "/empty-feed.xml",
    "/bulk.xml",
    "/repeats.xml",
    "/linkless.xml",
    "/paywall-feed.xml",
}

HIT_TITLE = "County jail to leave Secure Communities program"
CHARSET_TITLES = {
    "charset-declared-latin1": ["Café owner says “no” to rent rise", "Señora Ibáñez opens a crêperie on Dock Street"],
    "charset-cp1252-says-utf8": ["Café owner says “no” again", "Zoë’s bakery wins the county prize — twice"],
}
REPEAT_LINKS = [
    "https://news.example.org/repeats/pilots",
    "https://news.example.org/repeats/fish-market",
    "https://news.example.org/repeats/lighthouse-grant",
]
GUID_ONLY_DATE = datetime(2026, 3, 1, 8, 30, tzinfo=UTC)
STUB_SUMMARY = "The harbor commission approved higher slip fees for the summer season."
PRIVATE_LINKS = {
    "Budget memo circulates among staff": "http://10.255.255.1/x",
    "Cloud metadata explained": "http://169.254.169.254/latest",
}
LONG_PAGE = [
    "The Saltmarsh Point lighthouse logbooks, kept by six keepers between 1891 and 1962, went online on Monday "
    "after a two-year project by the Eastharbor Historical Society.",
    "Volunteers photographed more than nine thousand pages, from storm reports and supply lists to a keeper's "
    "note about a whale that followed the supply boat into the cove for three days.",
    "“People assume the keepers were lonely, but the logbooks are full of visitors, weddings and arguments about "
    "the price of lamp oil,” said Marguerite Osei-Lindqvist, who led the project.",
    "The society plans evening talks at the library this spring and has asked families with letters or "
    "photographs from the keepers to lend them for scanning before the autumn exhibition.",
]
PAYWALL = (
    "<!DOCTYPE html><html><head><title>Subscribe</title></head><body><article><h1>Subscribe</h1>"
    "<p>Subscribe to keep reading.</p><p>Already a subscriber? Log in.</p></article></body></html>"
)


# ---------------------------------------------------------------------------------------------------------------
# The site: static feed files under `root` plus misbehaving routes


def _write(root: Path, path: str, content: str | bytes) -> None:
    target = root / path.lstrip("/")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)


def _news(slug: str, titles: list[str], *, host: str = "https://news.example.org") -> list[Item]:
    day = datetime(2026, 3, 2, 7, 0, tzinfo=UTC)
    return [
        Item(
            title,
            link=f"{host}/{slug}/{n}",
            description=f"{title}. More details to follow from our reporters.",
            published=day + timedelta(hours=n),
        )
        for n, title in enumerate(titles, start=1)
    ]


def build_site(root: Path, server: LoopbackServer) -> None:
    harbor = [
        Item(
            HIT_TITLE,
            link="https://ledger.example.org/jail-secure-communities",
            description="The Harbor County board voted to end the jail's part in the Secure Communities "
            "program after complaints from families.",
            published=datetime(2026, 3, 2, 6, 0, tzinfo=UTC),
        ),
        *_news("ledger", ["Ferry schedule changes for spring", "Library opens a new reading room"]),
    ]
    _write(root, "/good/harbor.xml", rss(harbor, title="Harbor City Ledger", link="https://ledger.example.org/"))
    _write(
        root,
        "/good/valley.atom",
        atom(
            _news(
                "courier",
                ["Orchard growers brace for a late frost", "School board picks a new superintendent"],
                host="https://courier.example.com",
            )
        ),
    )
    _write(
        root,
        "/good/plains.xml",
        rss(
            _news(
                "plains",
                [
                    "Grain elevator reopens after repairs",
                    "Robotics team wins the regional final",
                    "Council delays its vote on bike lanes",
                    "Farmers market moves to Saturdays",
                ],
            ),
            title="Plains Evening Post",
        ),
    )
    _write(
        root,
        "/moved/new-feed.xml",
        rss(_news("moved", ["Bridge repainting starts Monday", "Coastal trail reopens after storm repairs"])),
    )
    _write(
        root,
        "/temp/target.xml",
        rss(_news("temporary", ["Museum extends its winter hours", "Night market returns to the waterfront"])),
    )
    latin1 = [
        Item(title, link=f"https://news.example.org/charset/latin1-{n}", description=title)
        for n, title in enumerate(CHARSET_TITLES["charset-declared-latin1"])
    ]
    _write(root, "/charset/declared-latin1.xml", rss(latin1, encoding="iso-8859-1").encode("utf-8"))
    _write(root, "/empty-feed.xml", rss([], title="Quiet Bulletin"))
    _write(root, "/bulk.xml", rss(numbered_items(5000), title="Tide Notices"))
    pilots = Item(
        "Harbor pilots elect a new chief",
        link=REPEAT_LINKS[0],
        guid="harbor-news-pilots",
        guid_is_permalink=False,
        description="The pilots' association met on Friday.",
    )
    _write(
        root,
        "/repeats.xml",
        rss(
            [
                pilots,
                pilots,
                pilots,  # the same item three times
                Item(
                    "Fish market expands its hours",
                    link=REPEAT_LINKS[1],
                    guid="harbor-news",
                    guid_is_permalink=False,
                    description="Stalls will open at six.",
                ),
                Item(
                    "Lighthouse museum wins a grant",
                    link=REPEAT_LINKS[2],
                    guid="harbor-news",
                    guid_is_permalink=False,
                    description="The grant pays for a new roof.",
                ),  # same guid, another story
            ]
        ),
    )
    _write(
        root,
        "/linkless.xml",
        rss(
            [
                Item(
                    "Council notes: week 9",
                    description="Minutes of the Tuesday session, in brief.",
                    guid="ledger-brief-0009",
                    guid_is_permalink=False,
                    published=GUID_ONLY_DATE,
                ),
                Item("Fog advisory for the coast", description="Dense fog is expected along the coast until noon."),
                Item(),
                Item(
                    "Pier lights replaced",
                    link="https://news.example.org/linkless/pier-lights",
                    description="Crews replaced forty lamps on the old pier.",
                ),
            ]
        ),
    )
    _write(
        root,
        "/paywall-feed.xml",
        rss(
            [
                Item("Marina fees to rise next year", link=server.url("/pages/stub.html"), description=STUB_SUMMARY),
                Item(
                    "Lighthouse logbooks go online",
                    link=server.url("/pages/long.html"),
                    description="A historical society scanned the keepers' logbooks.",
                ),
                *(
                    Item(title, link=link, description=f"{title}: summary only.")
                    for title, link in PRIVATE_LINKS.items()
                ),
            ],
            title="Eastharbor Gazette",
        ),
    )
    _write(root, "/pages/stub.html", PAYWALL)
    _write(root, "/pages/long.html", html_page("Lighthouse logbooks go online", LONG_PAGE, author="Tobias Wren"))

    routes = server.routes
    small = rss(_news("slow", ["This answer comes too late"])).encode()
    routes["/slow"] = Route(200, small, RSS, delay=5.0)  # past total_timeout = 4 s
    routes["/missing"] = Route(404, b"not here", TEXT)
    routes["/broken"] = Route(500, b"internal error", TEXT)
    routes["/busy"] = Route(429, b"slow down", {**TEXT, "Retry-After": "7200"})
    routes["/loop-a"] = Route(302, b"", {"Location": server.url("/loop-b")})
    routes["/loop-b"] = Route(302, b"", {"Location": server.url("/loop-a")})
    routes["/huge"] = Route(200, small + b" " * (CAP + 200_000), RSS)  # says Content-Length
    routes["/huge-stream"] = Route(200, b"", RSS, stream_bytes=CAP + 300_000)  # no Content-Length
    whole = rss(_news("cut", ["First story is whole", "Second story is cut off", "Third never arrives"]))
    routes["/truncated.xml"] = Route(200, whole[: whole.index("<title>Second") + len("<title>Sec")].encode(), RSS)
    routes["/garbled.xml"] = Route(200, b"<?xml version='1.0'?>\n<<<<\x00\x01 not a feed", RSS)
    homepage = html_page("Welcome to the Example Gazette", ["Our news, on the web."]).replace(
        "</head>", '<link rel="alternate" type="application/rss+xml" href="/good/harbor.xml"></head>'
    )
    routes["/html-page"] = Route(200, homepage.encode(), {"Content-Type": "text/html; charset=utf-8"})
    routes["/empty-body"] = Route(200, b"", RSS)
    routes["/old-feed"] = Route(301, b"", {"Location": server.url("/moved/new-feed.xml")})
    routes["/temp-feed"] = Route(302, b"", {"Location": server.url("/temp/target.xml")})
    cp1252 = [
        Item(title, link=f"https://news.example.org/charset/cp1252-{n}", description=title)
        for n, title in enumerate(CHARSET_TITLES["charset-cp1252-says-utf8"])
    ]
    routes["/charset/cp1252"] = Route(
        200, rss(cp1252, encoding=None).encode("cp1252"), {"Content-Type": "application/rss+xml; charset=utf-8"}
    )


def feeds_toml(server: LoopbackServer) -> str:
    entries = [(name, good.path, good.full_text) for name, good in GOOD.items()]
    entries += [(name, bad.path, False) for name, bad in BAD.items()]
    return "".join(
        f'[[feeds]]\nname = "{name}"\nurl = "{server.url(path)}"\n' + ("full_text = true\n" if full_text else "") + "\n"
        for name, path, full_text in entries
    )


# ---------------------------------------------------------------------------------------------------------------
# Config, runs and what they leave behind


def add_settings(config_dir: Path, **values: object) -> None:
    """Set keys in the [settings] table of settings.toml, keeping every other line already there."""
    path = config_dir / "settings.toml"
    lines = path.read_text().splitlines()
    start = lines.index("[settings]")
    end = next((i for i in range(start + 1, len(lines)) if lines[i].lstrip().startswith("[")), len(lines))
    table = [line for line in lines[start + 1 : end] if line.split("=")[0].strip() not in values]
    added = [f"{key} = {json.dumps(value)}" for key, value in values.items()]
    path.write_text("\n".join(lines[: start + 1] + table + added + lines[end:]) + "\n")


def database_url(config_dir: Path) -> str:
    return load_settings(config_dir).database_url


def squeeze(text: str) -> str:
    """Text without white space or box-drawing characters: rich tables wrap long cells across lines."""
    return re.sub(r"[\s\u2500-\u257f]+", "", text)


def conditional(headers: dict[str, str]) -> bool:
    names = {name.lower() for name in headers}
    return "if-none-match" in names or "if-modified-since" in names


@dataclass
class Pass:
    """One `monitor run` as the outside world saw it."""

    result: Result
    started: datetime
    finished: datetime
    requests: list[tuple[str, dict[str, str]]]  # (path, headers) the server received during the run
    rows: dict[str, int]  # count_rows afterwards
    feeds: dict[str, Feed]  # feed rows afterwards

    @property
    def output(self) -> str:
        return self.result.output

    def explain(self) -> str:
        """The output and, if the command crashed, its traceback: for assertion messages."""
        crash = "".join(traceback.format_exception(*self.result.exc_info)) if self.result.exc_info else ""
        return f"exit code {self.result.exit_code}\n{self.output}\n{crash}"


def run_once(server: LoopbackServer, config_dir: Path, *args: str) -> Pass:
    server.requests.clear()
    started = datetime.now(UTC)
    result = runner.invoke(app, ["run", "--config", str(config_dir), *args])
    finished = datetime.now(UTC)
    requests = list(server.requests)
    with connect(database_url(config_dir)) as session:
        rows = count_rows(session)
        feeds = {feed.name: feed for feed in session.execute(select(Feed)).scalars()}
    return Pass(result, started, finished, requests, rows, feeds)


@dataclass
class Faults:
    base: str  # the server's http://127.0.0.1:port
    first: Pass  # monitor run --all
    second: Pass  # monitor run --all, again
    third: Pass  # monitor run (only what is due)
    health: Result  # monitor feeds, after the first run
    articles: list[Article]  # after the first run
    mentions: list[Mention]
    runs: list[Run]  # after all three, oldest first

    @property
    def feeds(self) -> dict[str, Feed]:
        return self.first.feeds

    def url(self, path: str) -> str:
        return self.base + path

    def articles_of(self, name: str) -> list[Article]:
        feed = self.feeds.get(name)
        return [a for a in self.articles if feed is not None and a.feed_id == feed.id]

    def by_title(self, name: str) -> dict[str, Article]:
        return {a.title: a for a in self.articles_of(name)}


@pytest.fixture(scope="module")
def faults(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Faults]:
    tmp = tmp_path_factory.mktemp("faults")
    site, config_dir = tmp / "site", tmp / "config"
    site.mkdir()
    config_dir.mkdir()
    with pytest.MonkeyPatch.context() as env, LoopbackServer(site) as server:
        env.delenv("MONITOR_DATABASE_URL", raising=False)
        env.setenv("MONITOR_CONFIG_DIR", str(config_dir))
        write_config_dir(config_dir, tmp)
        add_settings(config_dir, max_body_bytes=CAP)
        build_site(site, server)
        (config_dir / "feeds.toml").write_text(feeds_toml(server))
        first = run_once(server, config_dir, "--all")
        with connect(database_url(config_dir)) as session:
            articles = list(session.execute(select(Article)).scalars())
            mentions = list(session.execute(select(Mention)).scalars())
        health = runner.invoke(app, ["feeds", "--config", str(config_dir)])
        second = run_once(server, config_dir, "--all")
        third = run_once(server, config_dir)
        with connect(database_url(config_dir)) as session:
            runs = list(session.execute(select(Run).order_by(Run.id)).scalars())
        yield Faults(server.base, first, second, third, health, articles, mentions, runs)


# ---------------------------------------------------------------------------------------------------------------
# The first run: bad feeds reported, good feeds stored completely


def test_first_run_is_partial_exits_zero_and_names_every_bad_feed_with_its_reason(faults: Faults) -> None:
    first = faults.first
    assert first.result.exit_code == 0, first.explain()
    run = faults.runs[0]
    assert run.status == "partial"
    assert run.counts.get("feeds_failed") == len(BAD) and run.counts.get("feeds_ok") == len(GOOD), run.counts
    stored = run.counts.get("hit", 0) + run.counts.get("stored", 0)
    assert stored == sum(good.articles for good in GOOD.values()), run.counts
    assert run.counts.get("hit", 0) >= 1
    assert {error["feed"] for error in run.errors} == set(BAD)
    output = squeeze(first.output)
    for name, bad in BAD.items():
        assert squeeze(name) in output and squeeze(f"FAILED ({bad.key})") in output, f"{name}\n{first.output}"


@pytest.mark.parametrize("name", list(BAD))
def test_a_bad_feed_is_recorded_with_its_reason_and_backed_off(faults: Faults, name: str) -> None:
    bad, feed = BAD[name], faults.feeds[name]
    assert (feed.last_error_key, feed.error_count) == (bad.key, 1), feed.last_error
    assert faults.url(bad.path) in (feed.last_error or ""), feed.last_error
    if bad.says:
        assert bad.says in feed.last_error
    if bad.key.startswith("http_"):
        assert feed.last_status == int(bad.key.removeprefix("http_"))
    assert feed.last_error_at is not None and faults.first.started <= feed.last_error_at <= faults.first.finished
    assert feed.last_success_at is None
    due, finished = feed.next_check_at, faults.first.finished
    assert due is not None and due > finished, f"due {due}, run finished {finished}"
    assert faults.articles_of(name) == []


def test_retry_after_is_honoured_up_to_the_maximum_backoff(faults: Faults) -> None:
    due, started, finished = faults.feeds["fault-429"].next_check_at, faults.first.started, faults.first.finished
    assert due is not None
    assert due >= started + timedelta(seconds=7200) - timedelta(minutes=1), f"due {due}, run started {started}"
    assert due <= finished + MAX_BACKOFF + timedelta(minutes=1), f"due {due}, run finished {finished}"


def test_feeds_command_shows_each_bad_feed_failing_with_its_key(faults: Faults) -> None:
    health = faults.health
    assert health.exit_code == 0, health.output
    assert health.output.count("FAILING") == len(BAD), health.output
    for name in BAD:
        assert squeeze(name) in squeeze(health.output), health.output
    keys = re.findall(r"FAILING ×1 \((\w+)\)", health.output)
    assert sorted(keys) == sorted(bad.key for bad in BAD.values()), health.output


@pytest.mark.parametrize("name", list(GOOD))
def test_a_good_feed_in_the_same_run_is_stored_completely(faults: Faults, name: str) -> None:
    feed = faults.feeds[name]
    assert feed.error_count == 0 and feed.last_error_key is None, feed.last_error
    assert feed.last_success_at is not None
    assert len(faults.articles_of(name)) == GOOD[name].articles


def test_good_feeds_are_scheduled_at_least_the_minimum_interval_ahead(faults: Faults) -> None:
    started = faults.first.started
    for name in GOOD:
        due = faults.feeds[name].next_check_at
        assert due is not None and due >= started + MIN_POLL, f"{name}: due {due}, run started {started}"


def test_the_article_naming_secure_communities_is_a_hit(faults: Faults) -> None:
    article = faults.by_title("harbor-ledger")[HIT_TITLE]
    assert ("topic", "secure-communities") in {(m.kind, m.key) for m in faults.mentions if m.article_id == article.id}


# ---------------------------------------------------------------------------------------------------------------
# Redirects


def test_a_permanent_redirect_moves_the_feed_and_the_run_says_so(faults: Faults) -> None:
    feed = faults.feeds["moved-301"]
    new = faults.url("/moved/new-feed.xml")
    assert feed.url == new and feed.configured_url == faults.url("/old-feed")
    assert feed.moved_at is not None and faults.first.started <= feed.moved_at <= faults.first.finished
    assert "moved" in faults.first.output.lower() and squeeze(new) in squeeze(faults.first.output), faults.first.output


def test_a_moved_feed_is_fetched_from_its_new_address_next_time(faults: Faults) -> None:
    asked = [path for path, _ in faults.second.requests]
    assert "/moved/new-feed.xml" in asked and "/old-feed" not in asked
    feed = faults.second.feeds["moved-301"]
    assert feed.url == faults.url("/moved/new-feed.xml") and feed.configured_url == faults.url("/old-feed")


def test_a_temporary_redirect_does_not_change_the_feed_url(faults: Faults) -> None:
    feed = faults.feeds["temporary-302"]
    assert feed.url == faults.url("/temp-feed") and feed.moved_at is None
    assert feed.configured_url == faults.url("/temp-feed")


# ---------------------------------------------------------------------------------------------------------------
# Odd but good feeds


@pytest.mark.parametrize("name", list(CHARSET_TITLES))
def test_a_lying_charset_declaration_does_not_garble_titles(faults: Faults, name: str) -> None:
    assert sorted(faults.by_title(name)) == sorted(CHARSET_TITLES[name])


def test_a_truncated_feed_keeps_what_came_and_says_it_was_broken(faults: Faults) -> None:
    feed = faults.feeds["truncated-read-anyway"]
    assert feed.error_count == 0 and "not well-formed XML" in (feed.last_warning or ""), feed.last_warning
    assert sorted(faults.by_title("truncated-read-anyway")) == ["First story is whole", "Sec"]
    assert "read with warnings" in faults.health.output


def test_an_empty_feed_is_fine(faults: Faults) -> None:
    feed = faults.feeds["empty-feed"]
    assert feed.error_count == 0 and feed.last_error is None and feed.last_status == 200
    assert faults.articles_of("empty-feed") == []


def test_five_thousand_entries_are_all_stored_once(faults: Faults) -> None:
    links = [article.link for article in faults.articles_of("bulk-5000")]
    assert len(links) == 5000
    assert set(links) == {item.link for item in numbered_items(5000)}


def test_repeated_guids_store_each_story_once_and_count_the_repeats(faults: Faults) -> None:
    assert sorted(a.link for a in faults.articles_of("repeated-guids")) == sorted(REPEAT_LINKS)
    assert faults.runs[0].counts.get("duplicate") == 2, faults.runs[0].counts  # the two extra copies


def test_entries_without_links_or_dates_are_stored_and_an_empty_item_is_counted(faults: Faults) -> None:
    stored = faults.by_title("linkless-undated")
    assert set(stored) == {"Council notes: week 9", "Fog advisory for the coast", "Pier lights replaced"}
    guid_only, words_only = stored["Council notes: week 9"], stored["Fog advisory for the coast"]
    assert guid_only.url.startswith("urn:monitor:entry:") and guid_only.link == ""
    assert guid_only.guid == "ledger-brief-0009" and guid_only.published_at == GUID_ONLY_DATE
    assert words_only.url.startswith("urn:monitor:entry:") and words_only.link == ""
    assert words_only.published_at is None and words_only.url != guid_only.url
    undated = stored["Pier lights replaced"]
    assert undated.link == "https://news.example.org/linkless/pier-lights" and undated.published_at is None
    assert faults.runs[0].counts.get("empty") == 1, faults.runs[0].counts


def test_full_text_falls_back_to_the_feed_for_a_paywall_stub_and_private_addresses(faults: Faults) -> None:
    stored = faults.by_title("paywall-full-text")
    stub = stored["Marina fees to rise next year"]
    assert stub.text_source == "feed" and stub.text == STUB_SUMMARY
    assert stub.text_note and ("shorter than the feed's" in stub.text_note or "paywall" in stub.text_note), (
        stub.text_note
    )
    page = stored["Lighthouse logbooks go online"]
    assert page.text_source == "page" and page.text_note is None
    assert "Marguerite Osei-Lindqvist" in page.text and "Obituaries" not in page.text
    for title in PRIVATE_LINKS:
        article = stored[title]
        assert article.text_source == "feed" and "private_address" in (article.text_note or ""), article.text_note
    assert {"/pages/stub.html", "/pages/long.html"} <= {path for path, _ in faults.first.requests}


# ---------------------------------------------------------------------------------------------------------------
# The second and third runs


def test_second_run_asks_conditionally_and_stores_nothing_new(faults: Faults) -> None:
    first, second = faults.first, faults.second
    assert second.result.exit_code == 0, second.explain()
    assert "not modified" in second.output
    assert second.rows == first.rows | {"run": first.rows["run"] + 1}
    for path in sorted(STATIC_FEEDS):
        asked = [headers for requested, headers in second.requests if requested == path]
        assert asked, f"{path} was not requested by the second run"
        assert all(conditional(headers) for headers in asked), f"{path} was fetched without validators"
    assert faults.runs[1].counts.get("feeds_not_modified") == len(STATIC_FEEDS), faults.runs[1].counts


def test_second_run_counts_the_failures_again(faults: Faults) -> None:
    for name, bad in BAD.items():
        feed = faults.second.feeds[name]
        assert (feed.last_error_key, feed.error_count) == (bad.key, 2), name


def test_a_run_without_all_fetches_nothing_that_is_not_due(faults: Faults) -> None:
    second, third = faults.second, faults.third
    assert third.result.exit_code == 0, third.explain()
    assert third.requests == []
    assert {k: v for k, v in third.rows.items() if k != "run"} == {k: v for k, v in second.rows.items() if k != "run"}


# ---------------------------------------------------------------------------------------------------------------
# ignore_http_cache


def test_ignore_http_cache_fetches_in_full_every_time_and_stores_nothing_new(config_dir: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    _write(site, "/liar.xml", rss(_news("liar", ["Pottery fair draws a record crowd", "New bus shelter opens"])))
    _write(site, "/honest.xml", rss(_news("honest", ["Choir concert on Sunday"])))
    add_settings(config_dir, per_host_gap=0.0)
    with LoopbackServer(site) as server:
        (config_dir / "feeds.toml").write_text(
            f'[[feeds]]\nname = "cache-ignored"\nurl = "{server.url("/liar.xml")}"\nignore_http_cache = true\n\n'
            f'[[feeds]]\nname = "cache-honoured"\nurl = "{server.url("/honest.xml")}"\n'
        )
        first = run_once(server, config_dir, "--all")
        assert first.result.exit_code == 0, first.explain()
        assert first.rows["article"] == 3
        second = run_once(server, config_dir, "--all")
    assert second.result.exit_code == 0, second.explain()
    ignored = [headers for path, headers in second.requests if path == "/liar.xml"]
    honoured = [headers for path, headers in second.requests if path == "/honest.xml"]
    assert ignored and not any(conditional(headers) for headers in ignored)
    assert honoured and all(conditional(headers) for headers in honoured)
    assert second.rows == first.rows | {"run": first.rows["run"] + 1}
