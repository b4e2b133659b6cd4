"""Reading by id a batch at a time: every row once, in order, whatever is written between batches."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from monitor.config import FeedConfig
from monitor.store import connect, paging, writes
from monitor.store.tables import Feed
from tests.databases import database_url


def test_batches_cover_every_row_once_even_when_rows_are_added_between_them(tmp_path: Path) -> None:
    with connect(database_url(tmp_path, "paging.db")) as session:
        writes.sync_feeds(session, [FeedConfig(name=f"feed {n}", url=f"https://example.org/{n}") for n in range(7)])
        seen: list[list[str]] = []
        for rows in paging.by_id(session, select(Feed.id, Feed.name).where(Feed.name != "feed 3"), Feed.id, 3):
            seen.append([name for _, name in rows])
            if len(seen) == 1:  # a row written behind the reader is read in its turn
                writes.sync_feeds(session, [FeedConfig(name="late", url="https://example.org/late")])
    assert seen == [["feed 0", "feed 1", "feed 2"], ["feed 4", "feed 5", "feed 6"], ["late"]]
