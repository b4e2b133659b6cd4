"""The article and hit counts /metrics reads (`store.counts`) stay exact through what changes them: a pass's new
articles, rolling the counts forward, a prune, a re-tag that makes or unmakes a hit; on either engine. The
reference is a count of the whole tables."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from bench.generators import store_rows
from monitor.records import Tags, TopicHit
from monitor.store import counts, prune, status, writes
from monitor.store.db import open_database
from monitor.store.tables import Article, Mention, StoreCount
from tests.databases import database_url

NOW = datetime(2026, 12, 1, 12, tzinfo=UTC)


def exact(session: Session) -> tuple[int, int]:
    articles = session.execute(select(func.count(Article.id))).scalar_one()
    hits = session.execute(select(func.count(func.distinct(Mention.article_id)))).scalar_one()
    return articles, hits


def kept(session: Session) -> dict[str, tuple[int, int]]:
    return {row.name: (row.value, row.through_id) for row in session.execute(select(StoreCount)).scalars()}


def store(tmp_path: Path) -> Engine:
    engine = open_database(database_url(tmp_path, "counts.db"))
    store_rows.fill(engine, 300, 7, NOW, today_hits=10, days=60, batch=300, ids=range(1, 201))
    return engine


def test_the_counts_stay_exact_through_passes_prunes_and_retags(tmp_path: Path) -> None:
    engine = store(tmp_path)
    with Session(engine) as session:
        assert kept(session) == {"articles": (0, 0), "hits": (0, 0)}  # as the migration leaves them: count it all
        assert counts.stored(session) == exact(session)
        counts.roll_forward(session)
        session.commit()
        top = session.execute(select(func.max(Article.id))).scalar_one()
        assert kept(session) == {"articles": (exact(session)[0], top), "hits": (exact(session)[1], top)}
    store_rows.fill(engine, 300, 7, NOW, today_hits=10, days=60, batch=300, ids=range(201, 301), setup=False)
    with Session(engine) as session:
        assert counts.stored(session) == exact(session) and exact(session)[0] == 300  # the new ones, above
        hit, plain = (
            session.execute(select(Article.id).where(Article.id <= top, has).order_by(Article.id).limit(1)).scalar_one()
            for has in (Article.id.in_(select(Mention.article_id)), Article.id.not_in(select(Mention.article_id)))
        )
    with Session(engine) as session:  # a re-tag: one hit no more, one article a hit now, both among those counted
        writes.replace_tags(session, hit, Tags())
        writes.replace_tags(session, plain, Tags(topics=[TopicHit("ice", "ICE", 0, 3, "ICE.", "named")]))
        writes.replace_tags(session, plain, Tags(topics=[TopicHit("ice", "ICE", 0, 3, "ICE.", "named")]))  # again
        assert counts.stored(session) == exact(session)
        report = prune.prune(session, NOW - timedelta(days=30))
        assert report.articles > 10
        assert counts.stored(session) == exact(session)
        counts.roll_forward(session)
        session.commit()
        counts.roll_forward(session)  # nothing new: nothing moves
        session.commit()
        assert counts.stored(session) == exact(session) and kept(session)["articles"][1] == 300
        found = status.status(session)
        assert (found.articles, found.hits) == exact(session)


def test_a_pass_s_upkeep_rolls_the_counts_forward(tmp_path: Path) -> None:
    engine = store(tmp_path)
    with Session(engine) as session:
        prune.upkeep(session, None, NOW)
        assert kept(session)["articles"] == (200, 200) and counts.stored(session) == exact(session)
