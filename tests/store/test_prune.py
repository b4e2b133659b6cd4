"""Retention (`store/prune.py`) on a real SQLite store filled by the benchmarks' generator: old articles go with
every row that hangs on them (search entries included), what people used stays, and a dry run counts exactly
what a real run then deletes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, insert, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from bench.generators import store_rows
from monitor.store import prune as store_prune
from monitor.store import writes
from monitor.store.db import open_database
from monitor.store.tables import (
    Article,
    ArticleLabel,
    DigestItem,
    DigestRun,
    Label,
    Mention,
    PrunedArticle,
    Quote,
    ReleaseMatch,
    Review,
    ReviewChange,
    ReviewStatus,
    StoryShingle,
)
from tests.databases import database_url

NOW = datetime(2026, 12, 1, 12, tzinfo=UTC)
CUTOFF = NOW - timedelta(days=30)
CHILDREN = (Mention, Quote, StoryShingle, Review, ReviewChange, ReleaseMatch, DigestItem, ArticleLabel)


@pytest.fixture
def store(tmp_path: Path) -> Engine:
    """400 articles over 60 days; the old ones given sketch values and undo history, and four old articles each
    given one thing that keeps it: a verdict, a star only, a note only, a release match, a digest, a label."""
    engine = open_database(database_url(tmp_path, "prune.db"))
    store_rows.fill(engine, 400, 7, NOW, today_hits=20, days=60, batch=200)
    release_id = store_rows.add_release(engine, NOW, age_days=200)  # out before the history: no match yet
    with Session(engine) as session, session.begin():
        old = list(session.scalars(select(Article.id).where(Article.fetched_at < CUTOFF).order_by(Article.id)))
        session.execute(insert(StoryShingle), [{"article_id": i, "value": i * 7 + k} for i in old for k in range(3)])
        session.execute(
            insert(ReviewChange), [{"batch": f"b{i}", "article_id": i, "reviewer": "ana", "action": "x"} for i in old]
        )
        session.execute(Review.__table__.delete())  # the generator's reviews: only the ones below keep anything
        session.execute(
            insert(Review),
            [
                {"article_id": old[0], "status": ReviewStatus.RELEVANT},
                {"article_id": old[1], "status": ReviewStatus.NEW, "starred": True},
                {"article_id": old[2], "status": ReviewStatus.NEW, "note": "ask the desk"},
                {"article_id": old[3], "status": ReviewStatus.NEW},  # cleared: reviewed by nobody now
            ],
        )
        match = dict(release_id=release_id, article_id=old[4], kind="quote", reuse=0.1)
        session.execute(insert(ReleaseMatch), [{**match, "quotes": [], "spans": [], "mentioned": []}])
        digest = session.execute(
            insert(DigestRun).values(started_at=NOW, period_start=NOW, period_end=NOW, status="sent", recipients=[])
        ).inserted_primary_key[0]
        session.execute(insert(DigestItem), [{"article_id": old[5], "digest_id": digest}])
        label = session.execute(insert(Label).values(name="Win", key="win", created_at=NOW)).inserted_primary_key[0]
        session.execute(insert(ArticleLabel), [{"article_id": old[6], "label_id": label, "applied_at": NOW}])
    return engine


def _count(session: Session, table: type) -> int:
    return session.execute(select(func.count()).select_from(table)).scalar_one()


def _orphans(engine: Engine) -> dict[str, int]:
    """Rows left pointing at a deleted article, per child table; on SQLite the search index is checked too."""
    with engine.connect() as connection:
        if engine.dialect.name == "sqlite":  # FTS5's own check raises when the index and the table disagree
            connection.exec_driver_sql("INSERT INTO article_search(article_search) VALUES ('integrity-check')")
        return {
            table.__tablename__: connection.execute(
                select(func.count()).select_from(table).where(table.article_id.not_in(select(Article.id)))
            ).scalar_one()
            for table in CHILDREN
        }


def test_old_articles_go_with_their_rows_and_what_people_used_stays(store: Engine) -> None:
    with Session(store) as session:
        old = set(session.execute(select(Article.id).where(Article.fetched_at < CUTOFF)).scalars())
        kept = sorted(old)[:3] + sorted(old)[4:7]  # verdict, star, note, release match, digest, label
        assert session.execute(select(Mention.id).where(Mention.article_id.in_(old - set(kept)))).first() is not None
        report = store_prune.prune(session, CUTOFF)
        left = set(session.execute(select(Article.id)).scalars())
        assert report.articles == len(old) - len(kept)
        assert left & old == set(kept)
        assert session.get(PrunedArticle, f"{session.get(Article, kept[0]).url}") is None
        assert _count(session, PrunedArticle) == report.articles
        assert report.kept == {"reviewed": 4, "release-matched": 1, "sent in a digest": 1}
        assert report.removed["story sketch values"] == 3 * report.articles
        assert report.removed["review history rows"] == report.articles
        assert report.removed["mentions"] > 0 and report.removed["quotes"] > 0
    assert _orphans(store) == {table.__tablename__: 0 for table in CHILDREN}
    words = store_prune.describe(report)
    assert words.startswith(f"deleted {report.articles:,} articles first stored before 2026-11-01 12:00 UTC with ")
    assert "kept 4 reviewed, 1 release-matched, 1 sent in a digest" in words


def test_a_dry_run_changes_nothing_and_counts_what_a_real_run_deletes(store: Engine) -> None:
    with Session(store) as session:
        before = {table.__tablename__: _count(session, table) for table in (Article, *CHILDREN)}
        dry = store_prune.prune(session, CUTOFF, dry_run=True)
        assert {table.__tablename__: _count(session, table) for table in (Article, *CHILDREN)} == before
        assert _count(session, PrunedArticle) == 0
        real = store_prune.prune(session, CUTOFF)
    assert (dry.articles, dry.removed, dry.kept) == (real.articles, real.removed, real.kept)
    assert store_prune.describe(dry).startswith(f"would delete {real.articles:,} articles")


def test_asked_to_the_reviewed_matched_and_digested_go_too_but_never_the_newest(store: Engine) -> None:
    with Session(store) as session:
        newest = session.execute(select(func.max(Article.id))).scalar_one()
        report = store_prune.prune(session, NOW + timedelta(days=1), store_prune.Keep(False, False, False))
        assert set(session.execute(select(Article.id)).scalars()) == {newest}
        assert report.kept == {}
        assert report.removed["release matches"] == 1 and report.removed["digest items"] == 1
    assert _orphans(store) == {table.__tablename__: 0 for table in CHILDREN}


def test_a_pruned_identity_is_seen_before_unless_stored_again(store: Engine) -> None:
    with Session(store) as session:
        oldest_first = select(Article.url, Article.guid, Article.title).where(Article.fetched_at < CUTOFF)
        url, guid, title = session.execute(oldest_first.order_by(Article.id.desc())).first()
        store_prune.prune(session, CUTOFF, store_prune.Keep(False, False, False))
        assert session.execute(select(Article.id).where(Article.url == url)).first() is None
        assert writes.stored_identities(session, [url, "https://elsewhere.example/new"]) == {url: (guid, title)}
