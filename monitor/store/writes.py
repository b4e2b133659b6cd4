"""Every write, each one idempotent: unique keys decide, so re-running a pass changes nothing.

An article is written with its mentions and quotes in one transaction: after a crash it is either
all there or not there at all, and the next run picks it up again.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import datetime, timedelta

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session

from ..config import FeedConfig
from ..errors import StoreError
from ..records import ArticleText, Entry, Fetched, Outcome, Tags
from .tables import Article, Feed, Mention, MentionKind, Quote, Review, ReviewStatus, Run, RunStatus
from .types import utcnow


def sync_feeds(session: Session, feeds: Iterable[FeedConfig]) -> dict[str, Feed]:
    """Make the feed rows match feeds.toml (by name).

    A URL changed in the file starts afresh (no validators, due now); a URL changed by a permanent
    redirect is kept while the file still names the old one. Feeds no longer in the file are kept
    (their articles point at them) but paused.
    """
    rows = {feed.name: feed for feed in session.execute(select(Feed)).scalars()}
    feeds = list(feeds)
    listed = {config.name for config in feeds}
    for name, row in rows.items():
        if name not in listed:
            row.enabled = False
    for config in feeds:
        row = rows.get(config.name) or Feed(name=config.name, url=config.url, configured_url=config.url)
        if row.configured_url != config.url:
            row.url, row.configured_url, row.moved_at = config.url, config.url, None
            row.etag, row.last_modified, row.next_check_at = None, None, None
        row.outlet, row.full_text, row.enabled = config.outlet, config.full_text, config.enabled
        row.ignore_http_cache = config.ignore_http_cache
        session.add(row)
        rows[config.name] = row
    session.commit()
    return rows


def known_urls(session: Session, urls: Iterable[str]) -> set[str]:
    """Which of these normalised URLs are already stored (so their pages are not fetched again)."""
    wanted = list(set(urls))
    found: set[str] = set()
    for chunk in range(0, len(wanted), 500):
        part = wanted[chunk: chunk + 500]
        found.update(session.execute(select(Article.url).where(Article.url.in_(part))).scalars())
    return found


def save_article(session: Session, *, feed_id: int, entry: Entry, text: ArticleText, outlet: str, tags: Tags) -> Outcome:
    """Store a new article (and, if it is a hit, its mentions and quotes) in one transaction."""
    article = Article(
        url=entry.url, link=entry.link, guid=entry.guid, feed_id=feed_id, outlet=outlet, title=entry.title,
        author=text.author or entry.author, published_at=entry.published_at or text.published_at,
        summary=entry.summary, text=text.text, text_source=text.source, text_note=text.note,
        canonical_url=text.canonical_url, content_hash=content_hash(text.text),
    )
    session.add(article)
    try:
        session.flush()
        if tags.is_hit:
            session.add_all(_mentions(article.id, tags) + _quotes(article.id, tags))
        session.commit()
    except IntegrityError as exc:
        session.rollback()
        if known_urls(session, [entry.url]):
            return Outcome.DUPLICATE  # stored meanwhile: the unique URL did its job
        raise StoreError(f"{entry.url}: could not store the article: {exc.orig}") from exc
    except SQLAlchemyError as exc:
        session.rollback()
        raise StoreError(f"{entry.url}: could not store the article: {exc}") from exc
    return Outcome.HIT if tags.is_hit else Outcome.STORED


def _mentions(article_id: int | None, tags: Tags) -> list[Mention]:
    topics = [Mention(article_id=article_id, kind=MentionKind.TOPIC, key=t.id, text=t.text, start=t.start,
                      end=t.end, sentence=t.sentence, reason=t.reason) for t in tags.topics]
    people = [Mention(article_id=article_id, kind=MentionKind.PERSON, key=p.id, text=p.text, start=p.start,
                      end=p.end, sentence=p.sentence) for p in tags.people]
    return topics + people


def _quotes(article_id: int | None, tags: Tags) -> list[Quote]:
    return [Quote(article_id=article_id, text=q.text, start=q.start, end=q.end, speaker=q.speaker,
                  person_key=q.speaker_id, cue=q.cue, role=q.role, confidence=q.confidence) for q in tags.quotes]


def replace_tags(session: Session, article_id: int, tags: Tags) -> None:
    """Swap an article's mentions and quotes for new ones in one transaction; its review is left alone."""
    try:
        session.execute(delete(Mention).where(Mention.article_id == article_id))
        session.execute(delete(Quote).where(Quote.article_id == article_id))
        if tags.is_hit:
            session.add_all(_mentions(article_id, tags) + _quotes(article_id, tags))
        session.commit()
    except SQLAlchemyError as exc:
        session.rollback()
        raise StoreError(f"article {article_id}: could not replace its tags: {exc}") from exc


def content_hash(text: str) -> str:
    """Same words, same hash: case and white space do not make a story new."""
    return hashlib.sha256(" ".join(text.lower().split()).encode()).hexdigest()


def record_feed_success(session: Session, feed_id: int, fetched: Fetched, *, next_check_at: datetime,
                        interval: timedelta, remember: bool = True) -> None:
    """Called only after the feed's articles are stored, so a crash before it leaves the validators unsent.

    With remember=False the validators are cleared and the feed is due at once: the next pass fetches
    the whole feed again. A permanent redirect moves the feed to its new address.
    """
    now = utcnow()
    values: dict[str, object] = dict(
        last_status=fetched.status, last_checked_at=now, last_success_at=now, error_count=0, last_error_key=None,
        last_error=None, next_check_at=next_check_at, poll_interval=int(interval.total_seconds()))
    if not remember:
        values.update(etag=None, last_modified=None, next_check_at=None)
    elif not fetched.not_modified:
        values.update(etag=fetched.etag, last_modified=fetched.last_modified)
    if fetched.moved_to:
        values.update(url=fetched.moved_to, moved_at=now)
    session.execute(update(Feed).where(Feed.id == feed_id).values(**values))
    session.commit()


def record_feed_failure(session: Session, feed_id: int, *, key: str, message: str, next_check_at: datetime,
                        status: int | None = None) -> None:
    """Count the failure and say when to try again; the feed stays enabled and keeps its validators."""
    now = utcnow()
    session.execute(
        update(Feed).where(Feed.id == feed_id).values(
            last_status=status, last_checked_at=now, error_count=Feed.error_count + 1,
            last_error_key=key, last_error=message, last_error_at=now, next_check_at=next_check_at,
        )
    )
    session.commit()


def start_run(session: Session) -> int:
    """Open a Run row; runs still 'running' belong to a process that died (the lock says so): mark them aborted."""
    session.execute(update(Run).where(Run.status == RunStatus.RUNNING).values(status=RunStatus.ABORTED))
    run = Run()
    session.add(run)
    session.commit()
    assert run.id is not None
    return run.id


def finish_run(session: Session, run_id: int, *, status: RunStatus, counts: dict[str, int],
               errors: list[dict[str, str]]) -> None:
    session.execute(update(Run).where(Run.id == run_id).values(
        status=status, finished_at=utcnow(), counts=counts, errors=errors))
    session.commit()


def save_review(session: Session, article_id: int, *, status: ReviewStatus, note: str | None = None,
                reviewer: str | None = None) -> Review:
    """The single write path for a reviewer's decision (the review site and the CLI both call it)."""
    review = session.execute(select(Review).where(Review.article_id == article_id)).scalars().first()
    review = review or Review(article_id=article_id)
    review.status, review.reviewer, review.updated_at = status, reviewer, utcnow()
    if note is not None:
        review.note = note
    session.add(review)
    session.commit()
    return review
