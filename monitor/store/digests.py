"""Named reads and writes for the morning digest: where the last one ended, which hits are new and unsent,
topic counts per day for spike alerts, and feeds that have gone quiet."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from ..errors import StoreError
from .tables import Article, DigestItem, DigestRun, Feed


def last_sent_end(session: Session) -> datetime | None:
    """Where the last digest that went out ended: the next one starts there."""
    return session.execute(select(func.max(DigestRun.period_end)).where(DigestRun.status == "sent")).scalar_one()


def already_sent(session: Session, article_ids: list[int]) -> set[int]:
    if not article_ids:
        return set()
    return set(session.execute(select(DigestItem.article_id).where(DigestItem.article_id.in_(article_ids))).scalars())


def record_digest(
    session: Session,
    *,
    period_start: datetime,
    period_end: datetime,
    status: str,
    recipients: list[str],
    article_ids: list[int],
    error: str | None = None,
) -> int:
    """The digest and, when it went out, its items, in one transaction: sent items are never sent again."""
    try:
        run = DigestRun(
            period_start=period_start,
            period_end=period_end,
            status=status,
            recipients=recipients,
            items=len(article_ids),
            error=error,
        )
        session.add(run)
        session.flush()
        assert run.id is not None
        if status == "sent":
            session.execute(delete(DigestItem).where(DigestItem.article_id.in_(article_ids)))
            session.add_all(DigestItem(article_id=article_id, digest_id=run.id) for article_id in article_ids)
        session.commit()
        return run.id
    except SQLAlchemyError as exc:
        session.rollback()
        raise StoreError(f"could not record the digest: {exc}") from exc


def quiet_feeds(session: Session, since: datetime) -> list[str]:
    """Enabled feeds that brought no article since `since` (a feed can answer 200 and still be dead)."""
    recent = select(Article.feed_id).where(Article.fetched_at >= since).distinct()
    return list(
        session.execute(
            select(Feed.name)
            .where(Feed.enabled.is_(True), Feed.id.not_in(recent), Feed.created_at < since)
            .order_by(Feed.name)
        ).scalars()
    )
