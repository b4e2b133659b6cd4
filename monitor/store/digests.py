"""Named reads and writes for the morning digest: where the last one ended, which hits are new and unsent, the
claim-send-record steps that keep any hit from being mailed twice, and feeds that have gone quiet.

The window is in commit order: a digest covers the articles with ids above the last digest's
`through_article_id` and up to `committed_through` (every article at or below it committed when read). A
clock stamp taken before commit would let a pass still writing at digest time fall behind the next digest's
start, its hits skipped for good."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from ..errors import StoreError
from . import dialect
from .tables import Article, DigestItem, DigestRecipient, DigestRun, Feed
from .types import utcnow

# Digests whose items are taken: never offered again.
CLAIMED = ("sending", "sent", "unconfirmed")


@dataclass(frozen=True)
class Window:
    """Where the next digest starts: after an article id (commit order), or, before any digest recorded one
    (databases from before 0.9), at a time."""

    after_id: int | None
    since: datetime | None


def next_window(session: Session) -> Window:
    """After the last digest that went out (or may have) over the regular window: its highest article id. A
    digest over a chosen `--since` records none, so it never moves the window past hits it did not cover.
    Before any digest recorded an id (databases from before ids were kept): the last one's end time."""
    claimed = select(DigestRun).where(DigestRun.status.in_(CLAIMED)).order_by(DigestRun.id.desc()).limit(1)
    last = session.execute(claimed.where(DigestRun.through_article_id.is_not(None))).scalar_one_or_none()
    if last is not None:
        return Window(last.through_article_id, None)
    legacy = session.execute(claimed).scalar_one_or_none()
    return Window(None, legacy.period_end if legacy is not None else None)


def last_period_end(session: Session) -> datetime | None:
    """Where the last digest that went out ended (the time shown as the next one's start)."""
    return session.execute(select(func.max(DigestRun.period_end)).where(DigestRun.status.in_(CLAIMED))).scalar_one()


def committed_through(session: Session) -> int:
    """The article id up to which every article is committed (see dialect.committed_id_watermark)."""
    return dialect.committed_id_watermark(session, Article.__tablename__)


def already_sent(session: Session, article_ids: list[int]) -> set[int]:
    if not article_ids:
        return set()
    return set(session.execute(select(DigestItem.article_id).where(DigestItem.article_id.in_(article_ids))).scalars())


def claim(
    session: Session,
    *,
    period_start: datetime,
    period_end: datetime,
    through_article_id: int | None,
    message_id: str,
    recipients: list[str],
    article_ids: list[int],
) -> int:
    """Record the digest as "sending" with its items, before the mail server sees it: whatever happens after,
    these items are never offered again unless `release` gives them back. StoreError if another digest
    claimed one of them meanwhile, or the database refuses."""
    try:
        run = DigestRun(
            period_start=period_start,
            period_end=period_end,
            status="sending",
            recipients=recipients,
            items=len(article_ids),
            through_article_id=through_article_id,
            message_id=message_id,
        )
        session.add(run)
        session.flush()
        assert run.id is not None
        session.add_all(DigestItem(article_id=article_id, digest_id=run.id) for article_id in article_ids)
        session.commit()
        return run.id
    except SQLAlchemyError as exc:
        session.rollback()
        raise StoreError(f"could not record the digest before sending it, so nothing was sent: {_reason(exc)}") from exc


def mark_sent(session: Session, digest_id: int) -> None:
    """The server accepted it."""
    _finish(session, digest_id, "sent", None, "the digest went out but could not be recorded as sent")


def release(session: Session, digest_id: int, error: str) -> None:
    """The server refused it: kept as failed with the reply, its items free for the next digest."""
    try:
        session.execute(delete(DigestItem).where(DigestItem.digest_id == digest_id))
    except SQLAlchemyError as exc:
        session.rollback()
        raise StoreError(f"the digest was refused ({error}) and could not be recorded: {_reason(exc)}") from exc
    _finish(session, digest_id, "failed", error, f"the digest was refused ({error}) and could not be recorded")


def record_failed(
    session: Session, *, period_start: datetime, period_end: datetime, recipients: list[str], error: str
) -> None:
    """A digest that never reached the point of claiming its items (kept for the record, best effort)."""
    try:
        session.add(
            DigestRun(
                period_start=period_start, period_end=period_end, status="failed", recipients=recipients, error=error
            )
        )
        session.commit()
    except SQLAlchemyError:
        session.rollback()


def _finish(session: Session, digest_id: int, status: str, error: str | None, failure: str) -> None:
    try:
        session.execute(update(DigestRun).where(DigestRun.id == digest_id).values(status=status, error=error))
        session.commit()
    except SQLAlchemyError as exc:
        session.rollback()
        raise StoreError(f"{failure} (digest {digest_id}): {_reason(exc)}") from exc


def unconfirmed(session: Session, older_than: datetime) -> list[DigestRun]:
    """Digests left "sending" by a process that stopped between claiming and recording (killed, or the database
    refused the last write): now marked "unconfirmed". Their items stay taken, so nothing is sent twice; the
    caller tells the admin which Message-ID to look for."""
    stuck = list(
        session.execute(
            select(DigestRun).where(DigestRun.status == "sending", DigestRun.started_at < older_than)
        ).scalars()
    )
    if stuck:
        try:
            for run in stuck:
                run.status = "unconfirmed"
            session.commit()
        except SQLAlchemyError as exc:
            session.rollback()
            raise StoreError(f"could not check earlier digests: {_reason(exc)}") from exc
    return stuck


def record_refused(session: Session, digest_id: int, refused: dict[str, str], message: str) -> None:
    """The server took the digest for some recipients and refused these: each waits, with the message as sent,
    for the next `monitor digest` to try again."""
    try:
        session.add_all(
            DigestRecipient(digest_id=digest_id, address=address, error=reply, message=message)
            for address, reply in refused.items()
        )
        session.commit()
    except SQLAlchemyError as exc:
        session.rollback()
        raise StoreError(f"could not record the recipients the server refused: {_reason(exc)}") from exc


def waiting_recipients(session: Session) -> list[DigestRecipient]:
    """Refused recipients of earlier digests still to be tried again, oldest first. Any left "sending" (a run cut
    short between the try and its record) become "unconfirmed" first and are never tried again."""
    stuck = select(DigestRecipient.id).where(DigestRecipient.status == "sending")
    if session.execute(stuck).first() is not None:  # only then write: a pass writing meanwhile is not waited for
        try:
            session.execute(
                update(DigestRecipient).where(DigestRecipient.status == "sending").values(status="unconfirmed")
            )
            session.commit()
        except SQLAlchemyError as exc:
            session.rollback()
            raise StoreError(f"could not check earlier digests' recipients: {_reason(exc)}") from exc
    return list(
        session.execute(
            select(DigestRecipient).where(DigestRecipient.status == "waiting").order_by(DigestRecipient.id)
        ).scalars()
    )


def mark_recipient(session: Session, recipient_id: int, status: str, error: str | None = None) -> None:
    """Record "sending" before a try (committed before the server sees it), then "sent", or "waiting" with the reply."""
    values: dict = {"status": status, "updated_at": utcnow()}
    if status == "waiting":
        values |= {"error": error, "attempts": DigestRecipient.attempts + 1}
    try:
        session.execute(update(DigestRecipient).where(DigestRecipient.id == recipient_id).values(**values))
        session.commit()
    except SQLAlchemyError as exc:
        session.rollback()
        raise StoreError(f"could not record a digest recipient as {status}: {_reason(exc)}") from exc


def _reason(exc: SQLAlchemyError) -> str:
    """The driver's own words, without SQLAlchemy's statement dump: one line for the admin."""
    return " ".join(str(getattr(exc, "orig", None) or exc).split())


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
