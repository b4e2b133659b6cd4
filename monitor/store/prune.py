"""Retention: delete the articles first stored before a cutoff, with every row that hangs on them.

What people used is kept unless asked: articles with a verdict, star or note, articles that picked up a press
release (the pickup reports are built from them) and articles a digest sent (its record lists them). Each batch
of articles goes in one transaction with its mentions, quotes, story sketch, review rows, release matches, digest
items and (through the FTS triggers) search entries, so a crash never leaves an orphan.

A pruned article leaves a tombstone (`PrunedArticle`: its identity, GUID and headline), which a pass reads as
"seen before": a feed that still carries the entry does not bring it back as new. The newest article is never
pruned: SQLite hands out ids above the highest row, and the digest's window relies on ids never being reused
(`dialect.committed_id_watermark`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, delete, exists, func, or_, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from ..errors import StoreError
from . import counts, dialect
from .tables import (
    Article,
    ArticleLabel,
    DigestItem,
    Mention,
    PrunedArticle,
    Quote,
    ReleaseMatch,
    Review,
    ReviewChange,
    ReviewStatus,
    StoryShingle,
)

# Articles deleted per transaction: small enough that the review site's reads and a pass's writes wait little.
BATCH = 500

# The rows that hang on an article, deleted with it (in this order, children first), by the name the report uses.
_DEPENDENTS: list[tuple[str, type]] = [
    ("mentions", Mention),
    ("quotes", Quote),
    ("story sketch values", StoryShingle),
    ("review rows", Review),
    ("review history rows", ReviewChange),
    ("release matches", ReleaseMatch),
    ("digest items", DigestItem),
    ("label uses", ArticleLabel),
]


@dataclass(frozen=True)
class Keep:
    """What is kept however old: each True by default, off with `--include-reviewed` and the like."""

    reviewed: bool = True  # a verdict (relevant, not relevant), a star, a note or one of the team's labels
    matched: bool = True  # picked up a press release
    digested: bool = True  # sent in a digest


@dataclass
class PruneReport:
    cutoff: datetime
    dry_run: bool
    articles: int = 0
    removed: dict[str, int] = field(default_factory=dict)  # dependent rows by _DEPENDENTS name
    kept: dict[str, int] = field(default_factory=dict)  # old articles kept, by reason (one may have several)


def _reviewed() -> ColumnElement[bool]:
    return exists(
        select(Review.id).where(
            Review.article_id == Article.id,
            or_(Review.status != ReviewStatus.NEW, Review.starred.is_(True), Review.note.is_not(None)),
        )
    )


def _reasons() -> dict[str, ColumnElement[bool]]:
    return {
        "reviewed": _reviewed() | exists(select(ArticleLabel.label_id).where(ArticleLabel.article_id == Article.id)),
        "release-matched": exists(select(ReleaseMatch.id).where(ReleaseMatch.article_id == Article.id)),
        "sent in a digest": exists(select(DigestItem.digest_id).where(DigestItem.article_id == Article.id)),
    }


def _old(cutoff: datetime) -> list[ColumnElement[bool]]:
    newest = select(func.max(Article.id)).scalar_subquery()
    return [Article.fetched_at < cutoff, Article.id < newest]


def _prunable(cutoff: datetime, keep: Keep) -> list[ColumnElement[bool]]:
    reasons = _reasons()
    kept = [
        reasons["reviewed"] if keep.reviewed else None,
        reasons["release-matched"] if keep.matched else None,
        reasons["sent in a digest"] if keep.digested else None,
    ]
    return _old(cutoff) + [~reason for reason in kept if reason is not None]


def prune(session: Session, cutoff: datetime, keep: Keep | None = None, *, dry_run: bool = False) -> PruneReport:
    """Delete (or with `dry_run` only count) the articles first stored before `cutoff` that `keep` does not keep
    (by default: reviewed, release-matched and digested ones are kept)."""
    keep = keep or Keep()
    report = PruneReport(cutoff, dry_run)
    report.kept = _kept(session, cutoff, keep)
    conditions = _prunable(cutoff, keep)
    if dry_run:
        chosen = select(Article.id).where(*conditions)
        report.articles = session.execute(select(func.count()).select_from(chosen.subquery())).scalar_one()
        for name, table in _DEPENDENTS:
            count = select(func.count()).select_from(table).where(table.article_id.in_(chosen))
            report.removed[name] = session.execute(count).scalar_one()
        return report
    report.removed = {name: 0 for name, _ in _DEPENDENTS}
    while ids := list(
        session.execute(select(Article.id).where(*conditions).order_by(Article.id).limit(BATCH)).scalars()
    ):
        _delete_batch(session, ids, report)
    return report


def _kept(session: Session, cutoff: datetime, keep: Keep) -> dict[str, int]:
    wanted = {"reviewed": keep.reviewed, "release-matched": keep.matched, "sent in a digest": keep.digested}
    return {
        reason: session.execute(select(func.count(Article.id)).where(*_old(cutoff), condition)).scalar_one()
        for reason, condition in _reasons().items()
        if wanted[reason]
    }


def _delete_batch(session: Session, ids: list[int], report: PruneReport) -> None:
    """One batch in one transaction: tombstones first, then the dependent rows, then the articles."""
    try:
        tombstones = select(Article.url, Article.guid, Article.title).where(Article.id.in_(ids))
        session.execute(
            dialect.insert_missing(session.get_bind().dialect.name, PrunedArticle).from_select(
                ["url", "guid", "title"], tombstones
            )
        )
        counts.forget(session, ids)  # before the mentions go: the hit count reads them
        for name, table in _DEPENDENTS:
            gone = session.execute(delete(table).where(table.article_id.in_(ids)))
            report.removed[name] += gone.rowcount or 0
        report.articles += session.execute(delete(Article).where(Article.id.in_(ids))).rowcount or 0
        session.commit()
    except BaseException:
        session.rollback()
        raise


def describe(report: PruneReport) -> str:
    """The report in words, for the command line and the log: what went (or would go) and what was kept."""
    verb = "would delete" if report.dry_run else "deleted"
    parts = [f"{n:,} {name}" for name, n in report.removed.items() if n]
    removed = f" with {', '.join(parts)}" if parts else ""
    kept = [f"{n:,} {reason}" for reason, n in report.kept.items() if n]
    kept_text = f"; kept {', '.join(kept)}" if kept else ""
    when = report.cutoff.strftime("%Y-%m-%d %H:%M UTC")
    return f"{verb} {report.articles:,} articles first stored before {when}{removed}{kept_text}"


def refresh_statistics(session: Session, *, after_prune: bool = False) -> bool:
    """Fresh statistics for the query planner when they are due (`dialect.refresh_statistics`): after a pass and
    after a prune. True when they were taken."""
    taken = dialect.refresh_statistics(session.connection(), after_prune=after_prune)
    session.commit()
    return taken


def upkeep(session: Session, retention: timedelta | None, now: datetime) -> PruneReport | None:
    """What a pass does once its work is recorded: prune past `retention` (when set), then refresh the planner's
    statistics. StoreError, naming what failed, when the database refuses."""
    try:
        report = prune(session, now - retention) if retention is not None else None
        refresh_statistics(session, after_prune=bool(report and report.articles))
        counts.roll_forward(session)
        session.commit()
    except SQLAlchemyError as exc:
        session.rollback()
        raise StoreError(
            f"after the pass: {'pruning' if retention else 'refreshing statistics'} or keeping the counts failed: {exc}"
        ) from exc
    return report
