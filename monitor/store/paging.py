"""Reading a large result a batch at a time, by id (keyset paging): each batch starts after the last id of the one
before, so memory stays flat and no row is read twice or skipped, whatever is written between batches."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import Row, Select
from sqlalchemy.orm import Session


def by_id(session: Session, query: Select[Any], id_column: Any, batch: int) -> Iterator[Sequence[Row[Any]]]:
    """The rows of `query`, whose first column is `id_column` (a table's integer key, `Article.id`), in order of
    it, `batch` rows at a time."""
    last = 0
    while True:
        rows = session.execute(query.where(id_column > last).order_by(id_column).limit(batch)).all()
        if not rows:
            return
        yield rows
        last = rows[-1][0]
