"""The hit list counts stories up to a cap and no further (issue 17): exact below it, "more than" above it, the
pages still complete and in order past it, on either engine. The reference is `iter_hits` (the CSV export's
read, which takes every match) over the same generated history."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from bench.generators import store_rows
from monitor.store import hits
from monitor.store.db import open_database
from monitor.store.hits import HitFilter
from tests.databases import database_url

NOW = datetime(2026, 12, 1, 12, tzinfo=UTC)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    """400 articles over 60 days, some stories carried by several outlets."""
    folder: Path = tmp_path_factory.mktemp("totals")
    engine = open_database(database_url(folder, "totals.db"))
    store_rows.fill(engine, 400, 7, NOW, today_hits=10, days=60, batch=400)
    return engine


def everything(engine: Engine, where: HitFilter) -> tuple[list[int], int]:
    """The stories matching, in the list's order, and the articles: from the export's read."""
    with Session(engine) as session:
        rows = list(hits.iter_hits(session, where))
    return list(dict.fromkeys(row.story_id for row in rows)), len(rows)


def test_below_and_at_the_cap_the_totals_are_exact(store: Engine) -> None:
    stories, articles = everything(store, HitFilter())
    assert len(stories) < articles  # copies: stories and articles differ, so each is checked
    with Session(store) as session:
        for cap in (len(stories), len(stories) + 1, 10 * len(stories)):
            found = hits.find_hits(session, HitFilter(), limit=10, count_up_to=cap)
            assert (found.stories, found.articles, found.more) == (len(stories), articles, False), cap


def test_above_the_cap_the_list_says_more_than_the_cap(store: Engine) -> None:
    stories, _ = everything(store, HitFilter())
    with Session(store) as session:
        found = hits.find_hits(session, HitFilter(), limit=10, count_up_to=len(stories) - 1)
        small = hits.find_hits(session, HitFilter(), limit=10, count_up_to=10)
    assert (found.stories, found.articles, found.more, found.later) == (len(stories) - 1, None, True, True)
    assert (small.stories, small.articles, small.more) == (10, None, True)


def test_a_filter_under_the_cap_is_counted_exactly_while_everything_is_over_it(store: Engine) -> None:
    where = HitFilter(topic="ice")
    stories, articles = everything(store, where)
    assert 10 < len(stories) < everything(store, HitFilter())[0].__len__()
    with Session(store) as session:
        found = hits.find_hits(session, where, limit=5, count_up_to=len(stories))
    assert (found.stories, found.articles, found.more) == (len(stories), articles, False)
    assert all("ice" in row.topics for row in found.rows)


def test_pages_past_the_cap_cover_every_story_once_in_order(store: Engine) -> None:
    stories, articles = everything(store, HitFilter())
    seen: list[int] = []
    copies = 0
    with Session(store) as session:
        offset = 0
        while True:
            found = hits.find_hits(session, HitFilter(), limit=7, offset=offset, count_up_to=20)
            seen += list(dict.fromkeys(row.story_id for row in found.rows))
            copies += len(found.rows)
            assert found.more and found.stories == 20  # the same words on every page
            if not found.later:
                break
            offset += 7
        beyond = hits.find_hits(session, HitFilter(), limit=7, offset=offset + 7, count_up_to=20)
    assert seen == stories and copies == articles
    assert beyond.rows == [] and not beyond.later


def test_the_first_page_is_the_newest_stories(store: Engine) -> None:
    stories, _ = everything(store, HitFilter())
    with Session(store) as session:
        found = hits.find_hits(session, HitFilter(), limit=12, count_up_to=50)
    assert list(dict.fromkeys(row.story_id for row in found.rows)) == stories[:12]


@pytest.mark.parametrize("cap", [3, 5_000], ids=["walked", "read whole and sorted"])
@pytest.mark.parametrize(
    "where",
    [
        HitFilter(seen_since=datetime(2026, 11, 30, 12, tzinfo=UTC)),
        HitFilter(seen_since=datetime(2026, 11, 30, 12, tzinfo=UTC), text="detainer"),
        HitFilter(text="detainer"),
        HitFilter(text="detainer OR sheriff", topic="ice"),
    ],
    ids=["today", "today searched", "search", "search and topic"],
)
def test_each_way_of_finding_the_page_gives_the_export_s_order(store: Engine, where: HitFilter, cap: int) -> None:
    """Today (fetched since a moment) and searches are found two ways, by how many articles they can hold: a
    short range read whole and sorted here, or a walk of the date index cut at the cap (a small cap forces
    the walk). Either way the first page is the newest stories with every matching copy, as the export has
    them."""
    stories, articles = everything(store, where)
    assert len(stories) > 3  # so the small cap walks and stops
    with Session(store) as session:
        found = hits.find_hits(session, where, limit=3, count_up_to=cap)
    assert list(dict.fromkeys(row.story_id for row in found.rows)) == stories[:3]
    with Session(store) as session:
        copies = [r.id for r in hits.iter_hits(session, where) if r.story_id in stories[:3]]
    assert sorted(row.id for row in found.rows) == sorted(copies)
    expected = (len(stories), articles, False) if cap > len(stories) else (3, None, True)
    assert (found.stories, found.articles, found.more) == expected


def test_stories_dated_at_the_ends_of_time_are_walked_to(tmp_path: Path) -> None:
    """A feed's dates can be anything a datetime holds: year 1 and year 9999 bound the ranges the list reads
    (stepping past the oldest would leave the calendar), and those stories still take their places."""
    from sqlalchemy import select, update

    from monitor.store.tables import Article, Mention

    engine = open_database(database_url(tmp_path, "ends.db"))
    store_rows.fill(engine, 60, 7, NOW, today_hits=5, days=30, batch=60)
    with Session(engine) as session:
        hit_ids = sorted(set(session.execute(select(Mention.article_id)).scalars()))
        ends = (datetime(1, 1, 1, tzinfo=UTC), datetime(9999, 12, 31, tzinfo=UTC))
        for article_id, when in zip(hit_ids[:2], ends, strict=True):
            session.execute(update(Article).where(Article.id == article_id).values(published_at=when))
        session.commit()
    stories, _ = everything(engine, HitFilter())
    with Session(engine) as session:
        for cap in (2, 3, len(stories) - 1, 5_000):
            shown = min(cap, len(stories))
            found = hits.find_hits(session, HitFilter(), limit=shown, count_up_to=cap)
            assert list(dict.fromkeys(row.story_id for row in found.rows)) == stories[:shown], cap
        last = hits.find_hits(session, HitFilter(), limit=1, offset=len(stories) - 1)
    assert last.rows and last.rows[0].dated.year == 1
    engine.dispose()
