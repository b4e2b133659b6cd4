"""The audit trail: every change to what the team shares, with who made it and when.

`note` adds an event to the caller's transaction without committing, so a change and its record are saved
together (or neither is); `record` is for changes made outside the database (feeds.toml), saved right after.
Review decisions have their own history (`ReviewChange`) and are not repeated here.
"""

from __future__ import annotations

import getpass
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .tables import AuditEvent

# Every kind of event, with what the audit page calls it.
KINDS = {
    "user.add": "account added",
    "user.role": "role changed",
    "user.password": "password changed",
    "user.remove": "account removed",
    "feed.add": "feed added",
    "feed.pause": "feed paused",
    "feed.resume": "feed resumed",
    "release.add": "release added",
    "release.edit": "release edited",
    "release.delete": "release deleted",
    "watchlist.save": "watchlist saved",
    "watchlist.rollback": "watchlist rolled back",
}
PAGE_SIZE = 50
SUMMARY_LIMIT = 500


def note(session: Session, actor: str, kind: str, target: str, summary: str = "") -> None:
    """Add an event to the session's transaction; the caller's commit saves it with the change it describes."""
    assert kind in KINDS, kind
    session.add(AuditEvent(actor=actor, kind=kind, target=target[:200], summary=summary[:SUMMARY_LIMIT]))


def record(session: Session, actor: str, kind: str, target: str, summary: str = "") -> None:
    """Save an event at once: for a change already made elsewhere (feeds.toml)."""
    note(session, actor, kind, target, summary)
    session.commit()


def command_line_actor() -> str:
    """Who ran a command in a shell: the system account's name, marked as such."""
    try:
        return f"{getpass.getuser()} (command line)"
    except (OSError, KeyError):  # no USER variable and no password entry (a bare container)
        return "someone (command line)"


@dataclass(frozen=True)
class AuditPage:
    events: list[AuditEvent]
    total: int
    page: int
    pages: int


def events(session: Session, *, actor: str | None = None, kind: str | None = None, page: int = 1) -> AuditPage:
    """One page of events, newest first, of one person and/or one kind when given."""
    query = select(AuditEvent)
    if actor:
        query = query.where(AuditEvent.actor == actor)
    if kind:
        query = query.where(AuditEvent.kind == kind)
    total = session.execute(select(func.count()).select_from(query.subquery())).scalar_one()
    pages = max(1, -(-total // PAGE_SIZE))
    page = min(max(page, 1), pages)
    rows = session.execute(query.order_by(AuditEvent.id.desc()).offset((page - 1) * PAGE_SIZE).limit(PAGE_SIZE))
    return AuditPage(list(rows.scalars()), total, page, pages)


def actors(session: Session) -> list[str]:
    """Everyone who has changed something, for the page's filter."""
    return list(session.execute(select(AuditEvent.actor).distinct().order_by(AuditEvent.actor)).scalars())
