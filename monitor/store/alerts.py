"""Named reads and writes for instant alerts: the stories a pass stored, as the rules see them; and each alert's
delivery record, which keeps every alert to at most one per rule, subject, channel and recipient.

The steps mirror the digest's (store/digests.py): a delivery is recorded "pending" when found, "sending" just
before it is handed over (committed first), then "sent" or "failed" with the reason and when to try again. A
pass that finds a row still "sending" knows a crash cut it short: it becomes "unconfirmed" and is never sent
again (the recipient may have it; a second copy is the one thing we promise not to send)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from ..errors import StoreError
from ..records import FirstPlacement, QuotedPerson, StoredStory, document_text
from . import dialect
from .tables import AlertDelivery, Article, Mention, MentionKind, Quote, Release, ReleaseMatch
from .types import utcnow

PLACEMENTS = ("verbatim", "partial", "quote")  # a release's text or quotes ran; a mention is not a placement


@dataclass(frozen=True)
class NewDelivery:
    rule: str
    subject: str
    article_id: int
    channel: str
    recipient: str
    message: dict[str, Any]


@dataclass(frozen=True)
class ChannelTrouble:
    """A channel with alerts that failed and wait for another try, for the Health page."""

    channel: str
    waiting: int
    attempts: int  # the most tries any of them has had
    last_error: str
    since: datetime  # the oldest of them was found then
    next_attempt_at: datetime | None


def last_article_id(session: Session) -> int:
    """The highest stored article id: a pass's new articles are those above the value read at its start."""
    return session.execute(select(func.max(Article.id))).scalar_one() or 0


def stories_after(session: Session, after_id: int) -> list[StoredStory]:
    """The stories stored with ids above `after_id`, with their topics, watched people's quotes and the releases
    they are the first placement of, oldest first."""
    columns = (Article.id, Article.story_id, Article.outlet, Article.link, Article.url, Article.title)
    articles = session.execute(select(*columns).where(Article.id > after_id).order_by(Article.id)).all()
    ids = [a.id for a in articles]
    if not ids:
        return []
    topics: defaultdict[int, list[str]] = defaultdict(list)
    for article_id, key in session.execute(
        select(Mention.article_id, Mention.key)
        .where(Mention.article_id.in_(ids), Mention.kind == MentionKind.TOPIC)
        .order_by(Mention.article_id, Mention.start)
    ):
        if key not in topics[article_id]:
            topics[article_id].append(key)
    quotes: defaultdict[int, list[QuotedPerson]] = defaultdict(list)
    for quote in session.execute(
        select(Quote).where(Quote.article_id.in_(ids), Quote.person_key.is_not(None)).order_by(Quote.start)
    ).scalars():
        quotes[quote.article_id].append(QuotedPerson(quote.person_key, quote.speaker or quote.person_key, quote.text))
    firsts = _first_placements(session, ids)
    stories = []
    for a in articles:
        number = a.id or 0
        stories.append(
            StoredStory(
                article_id=number,
                story_id=a.story_id or number,
                outlet=a.outlet,
                url=a.link or a.url,
                title=a.title,
                topics=tuple(topics[number]),
                quotes=tuple(quotes[number]),
                placements=tuple(firsts[number]),
            )
        )
    return stories


def _first_placements(session: Session, ids: list[int]) -> dict[int, list]:
    """For each new article, the releases it is the first placement of: no placement stored before this pass,
    and none earlier among the new articles. Only these articles' texts are read (for the quote they ran)."""
    found: defaultdict[int, list[FirstPlacement]] = defaultdict(list)
    rows = session.execute(
        select(ReleaseMatch, Release.title)
        .join(Release, Release.id == ReleaseMatch.release_id)
        .where(ReleaseMatch.article_id.in_(ids), ReleaseMatch.kind.in_(PLACEMENTS))
        .order_by(ReleaseMatch.article_id)
    ).all()
    for match, title in rows:
        earlier = session.execute(
            select(func.count(ReleaseMatch.id)).where(
                ReleaseMatch.release_id == match.release_id,
                ReleaseMatch.kind.in_(PLACEMENTS),
                ReleaseMatch.article_id < match.article_id,
            )
        ).scalar_one()
        if earlier:
            continue
        quote = None
        if match.quotes:
            first = match.quotes[0]
            article = session.get(Article, match.article_id)
            text = document_text(article.title, article.text) if article is not None else ""
            quote = text[first["start"] : first["end"]] or None
        found[match.article_id].append(FirstPlacement(match.release_id, title, match.kind, quote))
    return found


def queue(session: Session, deliveries: Iterable[NewDelivery], due: datetime) -> int:
    """Record each delivery "pending" (due at `due`) unless it is already on record: a re-run, or a second copy
    of the story, adds nothing. Returns how many were new."""
    added = 0
    insert = dialect.insert_missing(session.get_bind().dialect.name, AlertDelivery)  # the unique key decides
    try:
        for new in deliveries:
            added += len(
                session.execute(
                    insert.values(
                        rule=new.rule,
                        subject=new.subject,
                        article_id=new.article_id,
                        channel=new.channel,
                        recipient=new.recipient,
                        message=new.message,
                        status="pending",
                        attempts=0,
                        created_at=utcnow(),
                        next_attempt_at=due,
                    ).returning(AlertDelivery.id)
                ).all()
            )
        session.commit()
    except SQLAlchemyError as exc:
        session.rollback()
        raise StoreError(f"could not record the alerts found: {_reason(exc)}") from exc
    return added


def unconfirm_interrupted(session: Session) -> list[AlertDelivery]:
    """Deliveries left "sending" by a pass that stopped mid-send: marked "unconfirmed", never sent again."""
    stuck = list(session.execute(select(AlertDelivery).where(AlertDelivery.status == "sending")).scalars())
    if stuck:
        _commit_values(session, [d.id for d in stuck], {"status": "unconfirmed"}, "could not check earlier alerts")
    return stuck


def due(session: Session, now: datetime) -> list[AlertDelivery]:
    """Pending and failed deliveries whose time has come, oldest first."""
    return list(
        session.execute(
            select(AlertDelivery)
            .where(AlertDelivery.status.in_(("pending", "failed")), AlertDelivery.next_attempt_at <= now)
            .order_by(AlertDelivery.id)
        ).scalars()
    )


def held(session: Session) -> int:
    return session.execute(select(func.count(AlertDelivery.id)).where(AlertDelivery.status == "pending")).scalar_one()


def mark_sending(session: Session, ids: list[int]) -> None:
    """Committed before the channel sees the alert: see the module's docstring."""
    values = {"status": "sending", "attempts": AlertDelivery.attempts + 1}
    _commit_values(session, ids, values, "could not record the alert before sending it, so it was not sent")


def mark_sent(session: Session, ids: list[int]) -> None:
    values = {"status": "sent", "sent_at": utcnow(), "last_error": None}
    _commit_values(session, ids, values, "an alert went out but could not be recorded as sent")


def mark_failed(session: Session, ids: list[int], error: str, next_attempt_at: datetime) -> None:
    values = {"status": "failed", "last_error": error, "next_attempt_at": next_attempt_at}
    _commit_values(session, ids, values, f"an alert failed ({error}) and could not be recorded")


def failing_channels(session: Session) -> list[ChannelTrouble]:
    """Each channel with failed alerts waiting for another try: how many wait on it (those not tried yet
    included), the latest reason, since when."""
    rows = session.execute(
        select(AlertDelivery).where(AlertDelivery.status.in_(("failed", "pending"))).order_by(AlertDelivery.id)
    ).scalars()
    by_channel: defaultdict[str, list[AlertDelivery]] = defaultdict(list)
    for row in rows:
        by_channel[row.channel].append(row)
    failing = {name for name, found in by_channel.items() if any(d.status == "failed" for d in found)}
    return [
        ChannelTrouble(
            channel=name,
            waiting=len(found),
            attempts=max(d.attempts for d in found),
            last_error=[d.last_error for d in found if d.last_error][-1],
            since=min(d.created_at for d in found),
            next_attempt_at=min((d.next_attempt_at for d in found if d.next_attempt_at), default=None),
        )
        for name, found in sorted(by_channel.items())
        if name in failing
    ]


def deliveries(session: Session) -> list[AlertDelivery]:
    """Every delivery on record, oldest first (for tests and the admin's questions)."""
    return list(session.execute(select(AlertDelivery).order_by(AlertDelivery.id)).scalars())


def _commit_values(session: Session, ids: list[int | None], values: dict[str, Any], failure: str) -> None:
    try:
        session.execute(update(AlertDelivery).where(AlertDelivery.id.in_(ids)).values(**values))
        session.commit()
    except SQLAlchemyError as exc:
        session.rollback()
        raise StoreError(f"{failure}: {_reason(exc)}") from exc


def _reason(exc: SQLAlchemyError) -> str:
    return " ".join(str(getattr(exc, "orig", None) or exc).split())
