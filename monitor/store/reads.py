"""Named reads for the command line, the review site's health page and sign-in: no `select()` outside store/.
Their writes are in `writes.py`.

The hit list behind the review site and its export is in `hits.py`; the digest's reads and writes in `digests.py`;
release pickup's reads in `releases.py`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from . import paging
from .labels import labels_of
from .tables import (
    AlertDelivery,
    Article,
    Feed,
    Mention,
    MentionKind,
    Quote,
    Release,
    ReleaseMatch,
    Review,
    ReviewStatus,
    Run,
    User,
    UserSession,
)
from .types import utcnow


@dataclass(frozen=True)
class QuoteRow:
    text: str
    speaker: str | None
    person: str | None
    cue: str | None
    role: str | None = None
    confidence: float | None = None


@dataclass(frozen=True)
class Hit:
    """An article that mentions something watched, with what it mentions, ready to show a reviewer."""

    article_id: int
    fetched_at: datetime
    published_at: datetime | None
    outlet: str
    title: str
    url: str
    topics: list[str]
    people: list[str]
    quotes: list[QuoteRow] = field(default_factory=list)
    status: str = ReviewStatus.NEW.value
    labels: list[str] = field(default_factory=list)  # the team's labels on it, by name


def hits_since(session: Session, since: datetime) -> list[Hit]:
    """Hits first seen at or after `since`, newest first."""
    has_mention = select(Mention.id).where(Mention.article_id == Article.id).exists()
    rows = session.execute(
        select(Article, Review.status)
        .outerjoin(Review, Review.article_id == Article.id)
        .where(Article.fetched_at >= since, has_mention)
        .order_by(Article.fetched_at.desc(), Article.published_at.desc(), Article.id.desc())
    ).all()
    ids = [article.id for article, _ in rows]
    mentions = _mentions_by_article(session, ids)
    quotes = _quotes_by_article(session, ids)
    labelled = labels_of(session, ids)
    return [
        Hit(
            article_id=a.id,
            fetched_at=a.fetched_at,
            published_at=a.published_at,
            outlet=a.outlet,
            title=a.title,
            url=a.link,
            topics=sorted(mentions[a.id][MentionKind.TOPIC]),
            people=sorted(mentions[a.id][MentionKind.PERSON]),
            quotes=quotes[a.id],
            status=str(status or ReviewStatus.NEW),
            labels=[name for _, name in labelled.get(a.id, [])],
        )
        for a, status in rows
    ]


def _mentions_by_article(session: Session, ids: list[int]) -> dict[int, dict[str, set[str]]]:
    found: dict[int, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    if ids:
        query = select(Mention.article_id, Mention.kind, Mention.key).where(Mention.article_id.in_(ids)).distinct()
        for article_id, kind, key in session.execute(query).all():
            found[article_id][kind].add(key)
    return found


def _quotes_by_article(session: Session, ids: list[int]) -> dict[int, list[QuoteRow]]:
    found: dict[int, list[QuoteRow]] = defaultdict(list)
    if ids:
        query = select(Quote).where(Quote.article_id.in_(ids)).order_by(Quote.article_id, Quote.start)
        for quote in session.execute(query).scalars():
            found[quote.article_id].append(
                QuoteRow(quote.text, quote.speaker, quote.person_key, quote.cue, quote.role, quote.confidence)
            )
    return found


@dataclass(frozen=True)
class StoredText:
    article_id: int
    title: str
    text: str
    was_hit: bool


def stored_texts(session: Session, since: datetime | None = None, batch: int = 500) -> Iterator[list[StoredText]]:
    """Stored articles (first seen at or after `since`), oldest first, in batches, for re-tagging."""
    has_mention = select(Mention.id).where(Mention.article_id == Article.id).exists()
    query = select(Article.id, Article.title, Article.text, has_mention)
    if since is not None:
        query = query.where(Article.fetched_at >= since)
    for rows in paging.by_id(session, query, Article.id, batch):
        yield [StoredText(*row) for row in rows]


@dataclass(frozen=True)
class FeedHealth:
    name: str
    url: str
    configured_url: str
    enabled: bool
    last_status: int | None
    last_checked_at: datetime | None
    last_success_at: datetime | None
    error_count: int
    last_error_key: str | None
    last_error: str | None
    moved_at: datetime | None
    next_check_at: datetime | None
    articles: int  # in the last HEALTH_WINDOW_DAYS days
    hits: int  # in the last HEALTH_WINDOW_DAYS days
    last_warning: str | None = None  # read despite faults in the document (see Feed.last_warning)

    @property
    def failing(self) -> bool:
        return self.error_count > 0


# Health and `monitor feeds` count each feed's articles and hits over this recent window: "is this feed bringing
# anything now" is the question, and a count over every article ever stored grew with the history (issue 17).
HEALTH_WINDOW_DAYS = 30


def feed_health(session: Session, now: datetime | None = None) -> list[FeedHealth]:
    """Each feed with its fetch state and how many articles and hits it brought in the last HEALTH_WINDOW_DAYS
    days: per feed, a range of the (feed_id, fetched_at) index, the same work however long the history."""
    since = (now or utcnow()) - timedelta(days=HEALTH_WINDOW_DAYS)
    recent = select(func.count(Article.id)).where(Article.feed_id == Feed.id, Article.fetched_at >= since)
    is_hit = exists(select(Mention.id).where(Mention.article_id == Article.id))
    rows = session.execute(
        select(Feed, recent.scalar_subquery(), recent.where(is_hit).scalar_subquery()).order_by(Feed.name)
    ).all()
    return [
        FeedHealth(
            f.name,
            f.url,
            f.configured_url,
            f.enabled,
            f.last_status,
            f.last_checked_at,
            f.last_success_at,
            f.error_count,
            f.last_error_key,
            f.last_error,
            f.moved_at,
            f.next_check_at,
            articles or 0,
            hits or 0,
            f.last_warning,
        )
        for f, articles, hits in rows
    ]


def feed_rows(session: Session) -> list[Feed]:
    """Every feed row, in the order they were added: what workers and `monitor schedule` go by (not feeds.toml)."""
    return list(session.execute(select(Feed).order_by(Feed.id)).scalars())


def feed_row(session: Session, feed_id: int) -> Feed | None:
    return session.get(Feed, feed_id)


def last_run(session: Session) -> Run | None:
    return session.execute(select(Run).order_by(Run.id.desc()).limit(1)).scalars().first()


@dataclass(frozen=True)
class HealthSummary:
    failing_feeds: int
    enabled_feeds: int
    last_run_at: datetime | None  # when the latest finished pass ended
    last_status: str | None
    failing_channels: int = 0  # alert channels with an alert that failed and waits for another try


def health_summary(session: Session) -> HealthSummary:
    """The few numbers behind the health badge every page shows: cheap enough to ask on every request."""
    enabled, failing = session.execute(
        select(func.count(Feed.id), func.count(Feed.id).filter(Feed.error_count > 0)).where(Feed.enabled.is_(True))
    ).one()
    run = (
        session.execute(select(Run).where(Run.finished_at.is_not(None)).order_by(Run.id.desc()).limit(1))
        .scalars()
        .first()
    )
    channels = session.execute(
        select(func.count(func.distinct(AlertDelivery.channel))).where(AlertDelivery.status == "failed")
    ).scalar_one()
    return HealthSummary(failing, enabled, run.finished_at if run else None, str(run.status) if run else None, channels)


def recent_runs(session: Session, limit: int = 20) -> list[Run]:
    """The latest passes, newest first, for the health page."""
    return list(session.execute(select(Run).order_by(Run.id.desc()).limit(limit)).scalars())


def user_named(session: Session, name: str) -> User | None:
    return session.execute(select(User).where(User.name == name)).scalars().first()


def list_users(session: Session) -> list[User]:
    return list(session.execute(select(User).order_by(User.name)).scalars())


def signed_in(session: Session, token_hash: str) -> tuple[User, UserSession] | None:
    """The enabled user behind a session token, if the session has not expired."""
    found = session.execute(
        select(User, UserSession)
        .join(UserSession, UserSession.user_id == User.id)
        .where(UserSession.token_hash == token_hash, UserSession.expires_at > utcnow(), User.enabled.is_(True))
    ).first()
    return (found[0], found[1]) if found else None


def count_rows(session: Session) -> dict[str, int]:
    """Row counts per table, to show that a re-run duplicated nothing."""
    return {
        table.__tablename__: session.execute(select(func.count()).select_from(table)).scalar_one()
        for table in (Feed, Article, Mention, Quote, Review, Run, Release, ReleaseMatch)
    }


def articles_per_feed_since(session: Session, since: datetime) -> dict[str, int]:
    """How many articles each feed (by name) brought since a moment: the feeds page's "last 7 days"."""
    rows = session.execute(
        select(Feed.name, func.count(Article.id))
        .join(Article, Article.feed_id == Feed.id)
        .where(Article.fetched_at >= since)
        .group_by(Feed.name)
    )
    return {name: count for name, count in rows}
