"""Named reads for release pickup: the releases to check new articles against, the stored articles a
rescan goes through, and the placements a report is made of."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from . import paging
from .tables import Article, Mention, MentionKind, Release, ReleaseMatch

# An article dated this much before a release can still be its pickup: feeds' clocks and embargo times drift.
EARLY_SLACK = timedelta(hours=1)


@dataclass(frozen=True)
class ActiveRelease:
    id: int
    title: str
    published_at: datetime
    window_days: int
    homes: list[str]
    fingerprint: dict[str, Any]

    def covers(self, moment: datetime) -> bool:
        return self.published_at - EARLY_SLACK <= moment <= self.published_at + timedelta(days=self.window_days)


def active_releases(session: Session, now: datetime) -> list[ActiveRelease]:
    """Releases whose window is open at `now` (published, and not past their window)."""
    rows = session.execute(select(Release).where(Release.published_at <= now + EARLY_SLACK)).scalars()
    found = [_active(r) for r in rows]
    return [r for r in found if now <= r.published_at + timedelta(days=r.window_days)]


def _active(release: Release) -> ActiveRelease:
    assert release.id is not None
    return ActiveRelease(
        release.id,
        release.title,
        release.published_at,
        release.window_days,
        list(release.homes),
        dict(release.fingerprint),
    )


def get_release(session: Session, release_id: int) -> ActiveRelease | None:
    release = session.get(Release, release_id)
    return _active(release) if release else None


@dataclass(frozen=True)
class ReleaseSummary:
    id: int
    title: str
    published_at: datetime
    window_days: int
    counts: dict[str, int]  # placements by match kind, wire included


def list_releases(session: Session) -> list[ReleaseSummary]:
    counts: dict[int, dict[str, int]] = defaultdict(dict)
    for release_id, kind, count in session.execute(
        select(ReleaseMatch.release_id, ReleaseMatch.kind, func.count()).group_by(
            ReleaseMatch.release_id, ReleaseMatch.kind
        )
    ).all():
        counts[release_id][kind] = count
    releases = session.execute(select(Release).order_by(Release.published_at.desc())).scalars()
    return [
        ReleaseSummary(r.id, r.title, r.published_at, r.window_days, counts[r.id]) for r in releases if r.id is not None
    ]


@dataclass(frozen=True)
class StoredArticle:
    id: int
    url: str
    title: str
    text: str
    dated: datetime
    topics: set[str]
    people: set[str]


def articles_between(
    session: Session, start: datetime, end: datetime, batch: int = 500
) -> Iterator[list[StoredArticle]]:
    """Stored articles dated in [start, end] (published, or first seen when undated), with their watched
    topics and people, in batches: what a rescan compares with a release."""
    dated = func.coalesce(Article.published_at, Article.fetched_at)
    query = select(Article.id, Article.url, Article.title, Article.text, dated).where(dated >= start, dated <= end)
    for rows in paging.by_id(session, query, Article.id, batch):
        tags: dict[int, tuple[set[str], set[str]]] = defaultdict(lambda: (set(), set()))
        ids = [row[0] for row in rows]
        for article_id, kind, key in session.execute(
            select(Mention.article_id, Mention.kind, Mention.key).where(Mention.article_id.in_(ids))
        ).all():
            tags[article_id][0 if kind == MentionKind.TOPIC else 1].add(key)
        yield [StoredArticle(i, url, title, text, when, *tags[i]) for i, url, title, text, when in rows]


@dataclass(frozen=True)
class Placement:
    """One article that picked up the release, as the report lists it."""

    article_id: int
    story_id: int
    outlet: str
    title: str
    link: str
    url: str
    published_at: datetime | None
    fetched_at: datetime
    document: str  # headline + body: the match's span offsets point into it
    kind: str
    reuse: float
    sentences: int
    quotes: list[dict[str, Any]]
    spans: list[dict[str, Any]]
    mentioned: list[str]
    wire: bool
    topics: list[str] = field(default_factory=list)  # the article's watched topics: why a mention is one

    @property
    def dated(self) -> datetime:
        return self.published_at or self.fetched_at


def placements(session: Session, release_id: int) -> list[Placement]:
    """Every stored match of the release, oldest placement first."""
    rows = session.execute(
        select(ReleaseMatch, Article)
        .join(Article, Article.id == ReleaseMatch.article_id)
        .where(ReleaseMatch.release_id == release_id)
    ).all()
    topics: dict[int, list[str]] = defaultdict(list)
    ids = [a.id for _, a in rows if a.id is not None]
    for start in range(0, len(ids), 500):
        for article_id, key in session.execute(
            select(Mention.article_id, Mention.key)
            .where(Mention.article_id.in_(ids[start : start + 500]), Mention.kind == MentionKind.TOPIC)
            .distinct()
        ).all():
            topics[article_id].append(key)
    found = [
        Placement(
            a.id,
            a.story_id or a.id,
            a.outlet,
            a.title,
            a.link,
            a.url,
            a.published_at,
            a.fetched_at,
            f"{a.title}\n\n{a.text}" if a.title else a.text,
            m.kind,
            m.reuse,
            m.sentences,
            list(m.quotes),
            list(m.spans),
            list(m.mentioned),
            m.wire,
            sorted(topics.get(a.id or 0, [])),
        )
        for m, a in rows
    ]
    return sorted(found, key=lambda p: (p.dated, p.article_id))
