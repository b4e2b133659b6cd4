"""The review history: what a decision overwrote, so it can be undone, and whose decisions a bulk change would
overwrite, so the site can ask first. `writes.save_reviews(..., batch=...)` writes the history; this reads it
and puts reviews back."""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import delete, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from ..errors import StoreError
from .tables import Review, ReviewChange, ReviewStatus
from .types import utcnow

CHUNK = 500


def new_batch() -> str:
    """A name for one decision's history rows: unguessable, so an undo names only what its page was told."""
    return secrets.token_urlsafe(12)


@dataclass(frozen=True)
class Overwrite:
    """A colleague's verdict a change would replace."""

    article_id: int
    status: str
    reviewer: str


def others_verdicts(session: Session, article_ids: Iterable[int], reviewer: str) -> list[Overwrite]:
    """Verdicts (relevant or not relevant) that someone other than `reviewer` gave on these articles."""
    ids = sorted(set(article_ids))
    found: list[Overwrite] = []
    for start in range(0, len(ids), CHUNK):
        rows = session.execute(
            select(Review.article_id, Review.status, Review.reviewer).where(
                Review.article_id.in_(ids[start : start + CHUNK]),
                Review.status != ReviewStatus.NEW,
                Review.reviewer.is_not(None),
                Review.reviewer != reviewer,
            )
        ).all()
        found += [Overwrite(article_id, str(status), str(who)) for article_id, status, who in rows]
    return found


@dataclass(frozen=True)
class Restored:
    """One article's review after an undo (status "new", no reviewer, when it had none before)."""

    status: str
    starred: bool
    note: str | None
    reviewer: str | None


@dataclass
class Undone:
    """What an undo did: the reviews it put back, and the articles it left because someone changed them since."""

    restored: dict[int, Restored] = field(default_factory=dict)
    changed_since: list[int] = field(default_factory=list)
    found: bool = False  # the batch exists, was this reviewer's, and was not undone already


def undo(session: Session, batch: str, reviewer: str) -> Undone:
    """Put back every review the batch changed, unless a later decision changed it again (that one is kept and
    the article reported). One transaction; the batch is marked undone, so a second undo does nothing."""
    result = Undone()
    changes = (
        session.execute(
            select(ReviewChange).where(
                ReviewChange.batch == batch, ReviewChange.reviewer == reviewer, ReviewChange.undone_at.is_(None)
            )
        )
        .scalars()
        .all()
    )
    if not changes:
        return result
    result.found = True
    now = utcnow()
    try:
        reviews = {
            r.article_id: r
            for r in session.execute(
                select(Review).where(Review.article_id.in_([c.article_id for c in changes]))
            ).scalars()
        }
        for change in changes:
            review = reviews.get(change.article_id)
            if review is None or review.reviewer != reviewer or review.updated_at != change.made_at:
                result.changed_since.append(change.article_id)
            elif change.before_status is None:
                session.execute(delete(Review).where(Review.article_id == change.article_id))
                result.restored[change.article_id] = Restored(ReviewStatus.NEW.value, False, None, None)
            else:
                review.status = change.before_status
                review.starred = change.before_starred
                review.note = change.before_note
                review.reviewer = change.before_reviewer
                review.updated_at = change.before_updated_at or now
                session.add(review)
                result.restored[change.article_id] = Restored(
                    str(review.status), review.starred, review.note, review.reviewer
                )
            change.undone_at = now
            session.add(change)
        session.commit()
    except SQLAlchemyError as exc:
        session.rollback()
        raise StoreError(f"could not undo the decision on {len(changes)} articles: {exc}") from exc
    return result
