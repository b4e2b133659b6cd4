"""Feeds with full_text = true: article pages fetched through the same client, extracted, or fallen back from."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from typer.testing import CliRunner

from bench.generators.feeds import html_page
from monitor.cli import app
from monitor.config import load_config
from monitor.store import connect
from monitor.store.tables import Article, Mention
from tests.server import LoopbackServer, Route

PARAGRAPHS = "".join(
    f"<p>{text}</p>"
    for text in [
        "The county board voted six to one on Tuesday night to stop honoring ICE detainers, ending the jail's "
        "part in the Secure Communities program after two years of complaints from immigrant families.",
        "Board members said the jail had held people for days past their release dates so that agents could "
        "pick them up, even when the charges against them had been dropped or were minor traffic offenses.",
        "“Our deputies are here to keep the peace, not to run a deportation pipeline,” said Rosa Quintero, "
        "who chairs the board and wrote the measure with two colleagues over the summer.",
        "The sheriff's office said it would follow the new policy starting next month and would publish "
        "monthly figures on requests it receives from federal immigration authorities.",
    ]
)
ARTICLE = f"""<!DOCTYPE html><html><head><title>Board ends detainer holds</title>
<meta name="author" content="Nadia Oyelaran"><meta property="article:published_time" content="2026-11-20T09:30:00Z">
<link rel="canonical" href="https://gazette.example.org/news/board-ends-detainer-holds"></head><body><nav>Home | News | Sports</nav>
<article><h1>Board ends detainer holds</h1>{PARAGRAPHS}</article><footer>© Example Gazette</footer></body></html>"""
PAYWALL = """<!DOCTYPE html><html><body><article><h1>Subscribe</h1><p>Subscribe to keep reading.</p>
</article></body></html>"""
# A brief the newsroom really published: 370 characters, under min_article_chars, yet far more than the teaser.
SHORT_STORY = (
    "The Millbrook County jail will stop holding people on ICE detainers without a judge's warrant, Sheriff "
    "Ana Whitcombe told the county board on Thursday. The change follows a state appeals court ruling in a "
    "neighboring county. Whitcombe said her deputies would still notify federal agents of release dates "
    "when the law requires it. The board took no vote on the policy change."
)
LONG_WALL = (
    "<!DOCTYPE html><html><body><article><h1>Members only</h1><p>This story is for subscribers. Already a "
    "subscriber? Sign in to continue reading, or create a free account to continue with three free "
    "articles a month from the Gazette newsroom.</p></article></body></html>"
)


def feed(server: LoopbackServer) -> bytes:
    items = "".join(
        f"<item><title>{title}</title><link>{server.url(path)}</link><description>{summary}</description></item>"
        for title, path, summary in [
            ("Board ends detainer holds", "/story-1", "The county board voted on the jail's detainer policy."),
            ("Jail policy debate continues", "/story-2", "ICE agents and detainers were debated again at the jail."),
            ("Budget vote delayed", "/story-3", "The board delayed its budget vote to next week."),
            ("Jail ends warrantless holds", "/story-4", "Sheriff changes detainer policy."),
            ("Members-only detainer story", "/story-5", "Read the detainer story."),
        ]
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Gazette</title>{items}</channel></rss>'.encode()


def test_full_text_uses_the_page_or_says_why_not(config_dir: Path) -> None:
    with LoopbackServer() as server:
        server.routes["/feed.xml"] = Route(200, feed(server), {"Content-Type": "application/rss+xml"})
        server.routes["/story-1"] = Route(200, ARTICLE.encode(), {"Content-Type": "text/html; charset=utf-8"})
        server.routes["/story-2"] = Route(200, PAYWALL.encode(), {"Content-Type": "text/html"})
        server.routes["/story-3"] = Route(404, b"gone")
        server.routes["/story-4"] = Route(
            200,
            html_page("Jail ends warrantless holds", [SHORT_STORY]).encode(),
            {"Content-Type": "text/html; charset=utf-8"},
        )
        server.routes["/story-5"] = Route(200, LONG_WALL.encode(), {"Content-Type": "text/html; charset=utf-8"})
        (config_dir / "feeds.toml").write_text(
            f'[[feeds]]\nname = "Gazette"\nurl = "{server.url("/feed.xml")}"\nfull_text = true\n'
        )
        result = CliRunner().invoke(app, ["run", "--config", str(config_dir)])
        assert result.exit_code == 0, result.output
        pages = {path for path, _ in server.requests}
    assert {"/story-1", "/story-2", "/story-3", "/story-4", "/story-5"} <= pages
    with connect(load_config(config_dir).settings.database_url) as session:
        articles = {a.title: a for a in session.execute(select(Article)).scalars()}
        keys = {
            (articles_by_id.title, m.key)
            for m in session.execute(select(Mention)).scalars()
            for articles_by_id in [session.get(Article, m.article_id)]
        }
    page = articles["Board ends detainer holds"]
    assert page.text_source == "page" and page.text_note is None
    assert "Rosa Quintero" in page.text and "Home | News" not in page.text and page.author == "Nadia Oyelaran"
    assert page.canonical_url == "https://gazette.example.org/news/board-ends-detainer-holds"
    assert page.published_at is not None and page.published_at.date().isoformat() == "2026-11-20"  # feed had no date
    assert ("Board ends detainer holds", "secure-communities") in keys  # found only in the page, not the feed
    paywalled = articles["Jail policy debate continues"]
    assert paywalled.text_source == "feed" and "shorter than the feed's" in paywalled.text_note
    brief = articles["Jail ends warrantless holds"]  # the page is short, but it is the article: it beats the teaser
    assert brief.text_source == "page" and SHORT_STORY in brief.text, brief.text_note
    walled = articles["Members-only detainer story"]  # longer than the teaser, but only a paywall's words
    assert walled.text_source == "feed" and "paywall" in walled.text_note and walled.text == "Read the detainer story."
    assert ("Jail policy debate continues", "ice") in keys
    missing = articles["Budget vote delayed"]
    assert missing.text_source == "feed" and "http_404" in missing.text_note
