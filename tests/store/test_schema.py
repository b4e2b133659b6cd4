"""A database made by an older version gains the new columns and indexes when opened, keeping its rows."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import select

from monitor.store import connect
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
