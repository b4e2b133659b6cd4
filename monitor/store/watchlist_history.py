"""The watchlist editor's records: the versions saved on the site (for roll back) and the background re-tag's
progress; and the stored texts its preview and re-tag read."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import false, func, or_, select, update
from sqlalchemy.orm import Session

from . import dialect, paging
from .tables import Article, RetagJob, WatchlistVersion
from .types import utcnow

HISTORY_SHOWN = 30
# A job that has written no progress for this long died with its server: another may start.
SILENT_JOB = timedelta(minutes=10)


def add_version(session: Session, *, by: str, action: str, summary: str, before: str) -> int:
    """Record a save (the text it replaced) and commit; returns the version's number."""
    version = WatchlistVersion(saved_by=by, action=action, summary=summary[:500], before=before)
    session.add(version)
    session.commit()
    assert version.id is not None
    return version.id


def versions(session: Session, limit: int = HISTORY_SHOWN) -> list[WatchlistVersion]:
    """The latest saves, newest first."""
    query = select(WatchlistVersion).order_by(WatchlistVersion.id.desc()).limit(limit)
    return list(session.execute(query).scalars())


def version(session: Session, version_id: int) -> WatchlistVersion | None:
    return session.get(WatchlistVersion, version_id)


@dataclass(frozen=True)
class StoredText:
    id: int
    title: str
    text: str
    outlet: str


def texts_since(
    session: Session, since: datetime, batch: int = 2000, *, holding: Sequence[str] | None = None
) -> Iterator[list[StoredText]]:
    """The articles first stored since `since`, oldest first, in batches (the preview keeps only its candidates);
    with `holding`, only those whose title or text holds one of these strings, exactly as written (the others
    are never read: the preview's change test would turn them away)."""
    query = select(Article.id, Article.title, Article.text, Article.outlet).where(Article.fetched_at >= since)
    if holding is not None:
        name = session.get_bind().dialect.name
        held = [dialect.holds_text(name, column, x) for x in holding for column in (Article.title, Article.text)]
        query = query.where(or_(false(), *held))
    for rows in paging.by_id(session, query, Article.id, batch):
        yield [StoredText(*row) for row in rows]


def count_since(session: Session, since: datetime) -> int:
    return int(session.execute(select(func.count()).where(Article.fetched_at >= since)).scalar_one())


def start_job(session: Session, *, by: str, since: datetime, total: int) -> int | None:
    """A new re-tag job, or None while another is running (one at a time)."""
    running = latest_job(session)
    if running is not None and running.status == "running" and utcnow() - running.updated_at < SILENT_JOB:
        return None
    if running is not None and running.status == "running":
        _end(session, running.id, "failed", "stopped: the server ended while it ran")
    job = RetagJob(started_by=by, since=since, total=total)
    session.add(job)
    session.commit()
    assert job.id is not None
    return job.id


def progress(session: Session, job_id: int, *, done: int, became: int, stopped: int) -> None:
    values = {"done": done, "became_hits": became, "stopped_being_hits": stopped, "updated_at": utcnow()}
    session.execute(update(RetagJob).where(RetagJob.id == job_id).values(**values))
    session.commit()


def finish(session: Session, job_id: int | None, status: str, message: str = "") -> None:
    if job_id is not None:
        _end(session, job_id, status, message)


def _end(session: Session, job_id: int | None, status: str, message: str) -> None:
    now = utcnow()
    values = {"status": status, "message": message[:1000], "finished_at": now, "updated_at": now}
    session.execute(update(RetagJob).where(RetagJob.id == job_id).values(**values))
    session.commit()


def latest_job(session: Session) -> RetagJob | None:
    return session.execute(select(RetagJob).order_by(RetagJob.id.desc()).limit(1)).scalar_one_or_none()
