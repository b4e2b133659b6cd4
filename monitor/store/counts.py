"""How many articles and hits are stored, for /metrics, without counting the whole history on every scrape
(issue 17). `StoreCount` holds each count up to an article id, `through_id`; a read adds what lies above it, a
range of the article's primary key (or of the mentions' article_id index), which is what was stored since the
last pass. The writer keeps the rows true, each change in the transaction that makes it:

- `roll_forward`, after each pass: the counts move up to the ids every one of which is committed
  (`dialect.committed_id_watermark`), in one UPDATE per row whose subquery counts only the ids in between, and
  only when no other process moved them meanwhile;
- `forget`, in each batch of a prune, before its articles go: those the counts held come off;
- `retagged`, in a re-tag: an article the hit count held that stops being a hit (or becomes one) moves it by one.

New articles need nothing: their ids are above `through_id` (ids only grow, and none below the watermark is
still to commit), so the next read counts them."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table, func, select, update
from sqlalchemy.orm import Session
from sqlmodel import SQLModel

from . import dialect
from .tables import Article, Mention, StoreCount

ARTICLES, HITS = "articles", "hits"
_KEPT: Table = SQLModel.metadata.tables[StoreCount.__tablename__]  # type: ignore[index]  # as columns, for mypy


def stored(session: Session) -> tuple[int, int]:
    """(articles, hits) stored now: the kept counts plus what was stored above them."""
    kept = {name: (value, through) for name, value, through in session.execute(select(_KEPT))}
    found = []
    for name in (ARTICLES, HITS):
        value, through = kept.get(name, (0, 0))  # no row (a store the writer has not kept yet): count it all
        found.append(int(value) + int(session.execute(select(_counted(name, through))).scalar_one()))
    return found[0], found[1]


def roll_forward(session: Session) -> None:
    """Move both counts up to the committed watermark, in the caller's transaction (committed by it)."""
    top = dialect.committed_id_watermark(session, "article")
    dialect.committed_id_watermark(session, "mention")  # waits out re-tags still writing mentions
    for name in (ARTICLES, HITS):
        session.execute(
            update(_KEPT)
            .where(_KEPT.c.name == name, _KEPT.c.through_id < top)
            .values(value=_KEPT.c.value + _counted(name, _KEPT.c.through_id, top), through_id=top)
        )


def forget(session: Session, article_ids: list[int]) -> None:
    """Take these articles (about to be deleted, in the caller's transaction) off the counts that hold them."""
    for name in (ARTICLES, HITS):
        column = _column(name)
        held = _counted(name, None, _KEPT.c.through_id, column.in_(article_ids))
        session.execute(update(_KEPT).where(_KEPT.c.name == name).values(value=_KEPT.c.value - held))


def retagged(session: Session, article_id: int, was_hit: bool, is_hit: bool) -> None:
    """An article's tags were replaced (in the caller's transaction): move the hit count if it held it."""
    if was_hit != is_hit:
        session.execute(
            update(_KEPT)
            .where(_KEPT.c.name == HITS, _KEPT.c.through_id >= article_id)
            .values(value=_KEPT.c.value + (1 if is_hit else -1))
        )


def _column(name: str) -> Any:
    return Article.id if name == ARTICLES else Mention.article_id


def _counted(name: str, above: Any, through: Any = None, *more: Any) -> Any:
    """Articles (or hits: articles with a mention) with ids above `above` and up to `through`, as a subquery."""
    column = _column(name)
    query = select(func.count(column) if name == ARTICLES else func.count(func.distinct(column))).where(*more)
    if above is not None:
        query = query.where(column > above)
    if through is not None:
        query = query.where(column <= through)
    return query.scalar_subquery()
