"""Open the database: engine with the dialect's settings, tables created or brought up to date on first use."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session
from sqlmodel import create_engine

from ..errors import DatabaseUnavailable, StoreError
from . import dialect, schema, tables  # noqa: F401  (tables registers the models on SQLModel.metadata)

log = logging.getLogger(__name__)


def open_database(url: str) -> Engine:
    """An engine for `url` with every table present; StoreError names the URL when it cannot be opened."""
    dialect.prepare_location(url)
    try:
        engine = create_engine(url, **dialect.engine_options(url))
        dialect.configure(engine)
        for change in schema.upgrade(engine):
            log.warning("%s: %s (database brought up to date)", _safe(url), change)
    except SQLAlchemyError as exc:
        if advice := dialect.environment_fault(exc):
            raise DatabaseUnavailable(f"{_safe(url)}: {advice} ({exc.orig})") from exc  # type: ignore[attr-defined]
        raise StoreError(f"{_safe(url)}: cannot open the database: {exc}") from exc
    return engine


@contextmanager
def connect(url: str) -> Iterator[Session]:
    """A session on the database at `url`; the engine is closed when the block ends."""
    engine = open_database(url)
    try:
        with Session(engine) as session:
            yield session
    finally:
        engine.dispose()


def _safe(url: str) -> str:
    """The URL without its password, for messages and logs."""
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)
