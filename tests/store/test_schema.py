"""A database made by an older version gains the new columns and indexes when opened, keeping its rows."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import select

from monitor.store import Access, connect
from monitor.store.db import open_database
from monitor.store.schema import upgrade
from monitor.store.tables import Feed


def test_an_older_database_is_brought_up_to_date(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    open_database(url).dispose()
    with sqlite3.connect(tmp_path / "old.db") as db:  # make it look like the first release's feed table
        db.execute("DROP INDEX ix_feed_next_check_at")
        for column in ("next_check_at", "poll_interval", "moved_at", "configured_url", "ignore_http_cache"):
            db.execute(f"ALTER TABLE feed DROP COLUMN {column}")
        db.execute(
            "INSERT INTO feed (name, url, full_text, enabled, error_count, created_at) "
            "VALUES ('Old feed', 'https://example.org/rss', 0, 1, 2, '2026-01-01 00:00:00.000000')"
        )
    engine = open_database(url)
    try:
        assert upgrade(engine) == []  # opening did it; a second look finds nothing to do
    finally:
        engine.dispose()
    with connect(url) as session:
        feed = session.execute(select(Feed)).scalars().one()
    assert (feed.name, feed.error_count, feed.next_check_at, feed.configured_url, feed.ignore_http_cache) == (
        "Old feed",
        2,
        None,
        "",
        False,
    )
    with sqlite3.connect(tmp_path / "old.db") as db:
        assert "ix_feed_next_check_at" in {row[1] for row in db.execute("PRAGMA index_list(feed)")}


def test_an_older_database_gains_the_outlet_menu_and_the_history_indexes(tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from bench.generators import store_rows
    from monitor.store import hits
    from monitor.store.db import upgrade_database

    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = open_database(url)
    store_rows.fill(engine, 60, 7, datetime.now(UTC), today_hits=10, days=10)
    engine.dispose()
    with sqlite3.connect(tmp_path / "old.db") as db:  # as the version before issue 17 left it
        db.execute("DROP TABLE hitoutlet")
        db.execute("DROP TABLE prunedarticle")
        db.execute("DROP INDEX ix_article_dated")
        db.execute("DROP INDEX ix_article_feed_fetched")
        outlets = [
            o for (o,) in db.execute("SELECT DISTINCT outlet FROM article JOIN mention ON article_id = article.id")
        ]
    changes = upgrade_database(url)
    assert {"added table hitoutlet", "added table prunedarticle"} <= set(changes)
    assert {"added index ix_article_dated", "added index ix_article_feed_fetched"} <= set(changes)
    with connect(url, Access.READ) as session:  # up to date now: a reading command accepts it
        assert hits.hit_outlets(session) == sorted(outlets) and outlets
