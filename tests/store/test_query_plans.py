"""The reads behind Today's outlet menu, Trends and Health take a range of an index, never the whole article or
mention table (issue 17): each store function is called on a year of generated history, its statements are
caught as SQLite runs them, and SQLite's EXPLAIN QUERY PLAN of each is read."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from bench.generators import store_rows
from monitor.config.timespec import offset_segments
from monitor.store import counts, hits, prune, reads, status, writes
from monitor.store.db import open_database
from monitor.store.tables import MentionKind

pytestmark = pytest.mark.sqlite_only("SQLite's query plans (EXPLAIN QUERY PLAN)")

NOW = datetime(2026, 12, 1, 12, tzinfo=UTC)
# A whole scan of either big table, or a search of the mentions by kind alone (every topic mention ever stored).
WHOLE = ("SCAN article", "SCAN mention", "ix_mention_key (kind=?)")


@pytest.fixture(scope="module")
def year(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    """1,200 articles over 365 days, finished as a pass leaves a store: outlet menu listed, statistics taken."""
    path: Path = tmp_path_factory.mktemp("plans") / "year.db"
    engine = open_database(f"sqlite:///{path}")
    store_rows.fill(engine, 1200, 7, NOW, today_hits=30, days=365, batch=400)
    with Session(engine) as session:
        writes.fill_hit_outlets(session)
        assert prune.refresh_statistics(session)  # none yet: taken
        assert not prune.refresh_statistics(session)  # nothing changed since: not taken again
    return engine


def plans(engine: Engine, read: Callable[[Session], Any]) -> list[str]:
    """Every plan line of every statement `read` runs."""
    caught = statements(engine, read)
    raw = engine.raw_connection()
    try:
        lines = []
        for statement, parameters in caught:
            if statement.lstrip().upper().startswith("SELECT"):
                found = raw.cursor().execute("EXPLAIN QUERY PLAN " + statement, parameters).fetchall()
                lines += [row[-1] for row in found]
        return lines
    finally:
        raw.close()


def statements(engine: Engine, read: Callable[[Session], Any]) -> list[tuple[str, Any]]:
    """Every statement `read` runs, with its parameters."""
    caught: list[tuple[str, Any]] = []

    def catch(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        caught.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", catch)
    try:
        with Session(engine) as session:
            read(session)
    finally:
        event.remove(engine, "before_cursor_execute", catch)
    return caught


def whole_scans(lines: list[str]) -> list[str]:
    return [line for line in lines if any(line.startswith(w) or w in line for w in WHOLE)]


def test_the_outlet_menu_reads_no_article(year: Engine) -> None:
    lines = plans(year, hits.hit_outlets)
    assert lines and not any("article" in line or "mention" in line for line in lines), lines
    with Session(year) as session:
        assert hits.hit_outlets(session) == sorted({outlet for outlet, _ in store_rows.OUTLETS})


@pytest.mark.parametrize(
    "read",
    [
        lambda s, seg: hits.mentions_per_day(s, seg),
        lambda s, seg: hits.mentions_per_day(s, seg, MentionKind.PERSON),
        lambda s, seg: hits.hits_per_outlet_day(s, seg),
    ],
    ids=["by topic", "by person", "by outlet"],
)
def test_trends_read_a_range_of_the_dated_index(year: Engine, read: Callable[[Session, Any], Any]) -> None:
    segments = offset_segments(NOW - timedelta(days=90), NOW, "America/New_York")
    lines = plans(year, lambda session: read(session, segments))
    assert not whole_scans(lines), lines
    assert any("ix_article_dated (<expr>>? AND <expr><?)" in line for line in lines), lines


def test_health_counts_a_recent_range_of_each_feed(year: Engine) -> None:
    lines = plans(year, lambda session: reads.feed_health(session, NOW))
    assert not whole_scans(lines), lines
    assert any("ix_article_feed_fetched (feed_id=? AND fetched_at>?)" in line for line in lines), lines
    with Session(year) as session:
        health = {f.name: f for f in reads.feed_health(session, NOW)}
    assert 0 < sum(f.articles for f in health.values()) < 1200 / 4  # 30 days of the year, not the year
    assert all(f.hits <= f.articles for f in health.values()) and any(f.hits for f in health.values())


def test_the_hit_list_reads_ranges_of_the_dated_index_newest_first_and_stops(year: Engine) -> None:
    """The page and its totals come from ranges of `ix_article_dated`, newest first, until the cap is reached:
    no sort and no grouping of every hit (the count over all matches grew 4.3x with four times the history),
    and no whole scan."""
    everything = hits.HitFilter()
    lines = plans(year, lambda session: hits.find_hits(session, everything, limit=20, count_up_to=100))
    assert not any("GROUP BY" in line for line in lines) and not whole_scans(lines), lines
    walk = plans(year, lambda session: hits._newest_stories(session, hits._conditions(session, everything), 101))
    ranges = [line for line in walk if line.startswith("SEARCH article USING INDEX ix_article_dated (<expr>>?")]
    assert ranges and len(ranges) < 6, walk  # a few windows, not one per week of the year
    assert "USE TEMP B-TREE FOR ORDER BY" not in walk, walk  # each window is ordered in Python
    with Session(year) as session:
        found = hits.find_hits(session, everything, limit=20, count_up_to=100)
    assert found.more and found.stories == 100 and found.articles is None


def test_today_reads_the_range_fetched_since_the_last_visit(year: Engine) -> None:
    """Today (hits fetched since the reader's last visit) reads that range of fetch times and sorts it, never
    the date index from the newest down: that walk never fills its LIMIT from a day's hits, so it read the
    whole history (3.9x slower at 200,000 articles than at 50,000)."""
    today = hits.HitFilter(seen_since=NOW - timedelta(days=1))
    lines = plans(year, lambda session: hits.find_hits(session, today, limit=20, count_up_to=20))
    # The planner's statistics on a small store choose the range even for the walk; on 200,000 articles they
    # chose the date index. So the read must not offer it the walk: no ORDER BY the date under a LIMIT.
    ran = [s for s, _ in statements(year, lambda session: hits.find_hits(session, today, limit=20, count_up_to=20))]
    assert not any("ORDER BY coalesce(article.published_at" in s and "LIMIT" in s for s in ran), ran
    assert not whole_scans(lines) and not any("ix_article_dated" in line for line in lines), lines
    assert any("(fetched_at>?)" in line for line in lines), lines


def test_a_search_for_a_common_word_walks_the_dates_and_a_rare_one_reads_its_matches(year: Engine) -> None:
    """A word in many articles: the date index is walked and each article checked against the search index's
    matches (reading every match and sorting it grew 3.5x with the history); a word in few: its matches are
    read. The page's copies are then found by story, the search only checking them."""
    word = hits.HitFilter(text="detainer")
    with Session(year) as session:
        matches = hits.dialect.search_matches(session, "detainer")
    many, few = 10, matches  # caps: the walk reads up to 2 x (cap + 1) articles first
    assert matches > 2 * (many + 1) and matches <= 2 * (few + 1)
    walked = plans(year, lambda session: hits.find_hits(session, word, limit=10, count_up_to=many))
    assert any(line.startswith("SEARCH article USING INDEX ix_article_dated (<expr>>?") for line in walked), walked
    assert any("ix_article_story_id (story_id=?)" in line for line in walked), walked
    read = plans(year, lambda session: hits.find_hits(session, word, limit=10, count_up_to=few))
    assert not any("ix_article_dated" in line for line in read), read
    assert any("USING INTEGER PRIMARY KEY (rowid=?)" in line for line in read), read


def test_metrics_read_the_kept_counts_and_what_was_stored_since(year: Engine) -> None:
    """/metrics' article and hit counts: the writer's two rows and a range of ids above them, never a count of
    every article or mention (a scrape every 15 seconds)."""
    with Session(year) as session:
        counts.roll_forward(session)
        session.commit()
    lines = plans(year, status.status)
    assert not whole_scans(lines), lines
    assert any("USING INTEGER PRIMARY KEY (rowid>?)" in line for line in lines), lines
    assert any("ix_mention_article_id (article_id>?)" in line for line in lines), lines
    with Session(year) as session:
        assert status.status(session).articles == 1200
