"""The monitor's own state in numbers, for /healthz and /metrics: the last pass, feeds by state, stored
articles and hits, the last digest. A few aggregate queries, cheap enough for a scrape every 15 seconds: the
article and hit counts are the ones the writer keeps (`store.counts`), not a count of the whole history."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, literal_column, select
from sqlalchemy.orm import Session

from . import counts
from .tables import DigestRun, Feed, Run, RunStatus


@dataclass(frozen=True)
class LastPass:
    id: int
    status: str  # ok | partial | failed | aborted
    started_at: datetime
    finished_at: datetime
    counts: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Status:
    last_pass: LastPass | None  # the latest finished pass
    running: bool  # a pass is under way now
    feeds: dict[str, int]  # ok | failing | paused -> count
    articles: int
    hits: int
    last_digest_at: datetime | None  # when the last digest went out (or may have: unconfirmed)
    unconfirmed_digests: int


def status(session: Session) -> Status:
    run = session.execute(
        select(Run).where(Run.finished_at.is_not(None)).order_by(Run.id.desc()).limit(1)
    ).scalar_one_or_none()
    last = None
    if run is not None and run.id is not None and run.finished_at is not None:
        last = LastPass(run.id, RunStatus(run.status).value, run.started_at, run.finished_at, dict(run.counts))
    running = session.execute(select(func.count(Run.id)).where(Run.status == RunStatus.RUNNING)).scalar_one() > 0
    feeds = {"ok": 0, "failing": 0, "paused": 0}
    failing = Feed.error_count > literal_column("0")  # a literal, so PostgreSQL sees one expression in both places
    for enabled, is_failing, count in session.execute(
        select(Feed.enabled, failing, func.count(Feed.id)).group_by(Feed.enabled, failing)
    ):
        feeds["paused" if not enabled else "failing" if is_failing else "ok"] += count
    last_digest_at = session.execute(
        select(func.max(DigestRun.started_at)).where(DigestRun.status.in_(("sent", "unconfirmed")))
    ).scalar_one()
    unconfirmed = session.execute(
        select(func.count(DigestRun.id)).where(DigestRun.status == "unconfirmed")
    ).scalar_one()
    articles, hits = counts.stored(session)
    return Status(
        last_pass=last,
        running=running,
        feeds=feeds,
        articles=articles,
        hits=hits,
        last_digest_at=last_digest_at,
        unconfirmed_digests=unconfirmed,
    )
