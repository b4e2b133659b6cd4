"""An article whose address is far longer than an index row can hold (a search page's link of 40 KB) is stored,
found again by its address, and never stored twice, on either engine (PostgreSQL refuses an index row over 8 KB)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from monitor.config import FeedConfig
from monitor.records import ArticleText, Entry, Outcome, Tags
from monitor.store import connect, writes
from monitor.store.tables import Article
from tests.databases import database_url

GIANT = "https://www.example.org/search?" + "&".join(f"f{n}=" + "x" * 30 for n in range(1300))


def entry(url: str, title: str) -> Entry:
    return Entry(url, url, None, title, None, None, "summary", "")


def test_a_giant_address_is_stored_found_and_never_twice(tmp_path: Path) -> None:
    with connect(database_url(tmp_path)) as session:
        feed = writes.sync_feeds(session, [FeedConfig(name="Search", url="https://www.example.org/rss")])["Search"]
        text = ArticleText("A page of search results.", "feed")
        first = writes.save_article(
            session, feed_id=feed.id, entry=entry(GIANT, "Results"), text=text, outlet="Example", tags=Tags()
        )
        other = GIANT[:-1] + "y"  # the same start, another address: another article
        second = writes.save_article(
            session, feed_id=feed.id, entry=entry(other, "Other results"), text=text, outlet="Example", tags=Tags()
        )
        again = writes.save_article(
            session, feed_id=feed.id, entry=entry(GIANT, "Results"), text=text, outlet="Example", tags=Tags()
        )
        assert (first, second, again) == (Outcome.STORED, Outcome.STORED, Outcome.DUPLICATE)
        assert writes.stored_identities(session, [GIANT, other, "https://www.example.org/none"]) == {
            GIANT: (None, "Results"),
            other: (None, "Other results"),
        }
        stored = session.execute(select(Article.url, Article.link).order_by(Article.id)).all()
        assert [link for _, link in stored] == [GIANT, other]  # the address itself is kept whole
        assert all(len(url.encode()) <= writes.MAX_URL_KEY_BYTES for url, _ in stored)


@given(st.text(min_size=0, max_size=3000), st.text(min_size=1, max_size=50))
@settings(max_examples=200, deadline=None)
def test_the_stored_identity_fits_an_index_row_and_keeps_addresses_apart(url: str, tail: str) -> None:
    """Any text (astral characters, lone surrogates aside: addresses are encodable), short ones unchanged, long ones
    bounded in bytes, and two different long addresses with the same start never share a key."""
    url = url.encode("utf-8", "ignore").decode("utf-8")
    key = writes.url_key(url)
    assert len(key.encode()) <= writes.MAX_URL_KEY_BYTES
    assert key == url or len(url.encode()) > writes.MAX_URL_KEY_BYTES
    long = "https://example.org/?" + "q" * writes.MAX_URL_KEY_BYTES
    other = long + tail.encode("utf-8", "ignore").decode("utf-8")
    assert other == long or writes.url_key(other) != writes.url_key(long)
