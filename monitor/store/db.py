"""Open the database: engine with the dialect's settings, tables created or brought up to date on first use."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum

from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session
from sqlmodel import create_engine

from ..errors import DatabaseUnavailable, StoreError
from . import dialect, schema, tables  # noqa: F401  (tables registers the models on SQLModel.metadata)

log = logging.getLogger(__name__)


class Access(StrEnum):
    """What a command may do to the database it opens."""

    CREATE = "create"  # `monitor run`, `monitor db init`, restore: the folder, file and tables are made as needed
    WRITE = "write"  # other jobs: its folder must exist; its tables are made or brought up to date
    EXISTING = "existing"  # a note on the side (the audit of a feeds.toml change): it must exist; brought up to date
    READ = "read"  # commands that only read: it must exist and be up to date; nothing is changed


def open_database(url: str, access: Access = Access.CREATE) -> Engine:
    """An engine for `url` with every table present; StoreError names the URL when it cannot be opened, is
    missing (unless `access` creates), or is out of date for a reading command (`monitor db upgrade` fixes it)."""
    dialect.check_location(url, create=access is Access.CREATE, existing=access in (Access.READ, Access.EXISTING))
    engine = _engine(url)
    try:
        if access is Access.READ:
            _refuse_out_of_date(engine, url)
        else:
            for change in schema.upgrade(engine):
                log.warning("%s: %s (database brought up to date)", _safe(url), change)
    except SQLAlchemyError as exc:
        engine.dispose()
        raise _unusable(url, exc) from exc
    except StoreError:
        engine.dispose()
        raise
    return engine


def upgrade_database(url: str) -> list[str]:
    """Bring an existing database up to this version's tables (`monitor db upgrade`); a line per change made."""
    dialect.check_location(url, create=False, existing=True)
    engine = _engine(url)
    try:
        changes = schema.pending(engine)
        schema.upgrade(engine)
    except SQLAlchemyError as exc:
        raise _unusable(url, exc) from exc
    finally:
        engine.dispose()
    return changes


def _engine(url: str) -> Engine:
    try:
        engine = create_engine(url, **dialect.engine_options(url))
    except SQLAlchemyError as exc:
        raise _unusable(url, exc) from exc
    dialect.configure(engine)
    return engine


def _unusable(url: str, exc: SQLAlchemyError) -> StoreError:
    if advice := dialect.environment_fault(exc):
        return DatabaseUnavailable(f"{_safe(url)}: {advice} ({getattr(exc, 'orig', exc)})")
    return StoreError(f"{_safe(url)}: cannot open the database: {getattr(exc, 'orig', None) or exc}")


def _refuse_out_of_date(engine: Engine, url: str) -> None:
    changes = schema.pending(engine)
    if changes:
        more = f" and {len(changes) - 1} more" if len(changes) > 1 else ""
        raise StoreError(
            f"{_safe(url)}: the database is older than this version of monitor (needs: {changes[0]}{more}): "
            "run `monitor db upgrade` (or let the next `monitor run` do it), then try again"
        )


@contextmanager
def connect(url: str, access: Access = Access.CREATE) -> Iterator[Session]:
    """A session on the database at `url`; the engine is closed when the block ends."""
    engine = open_database(url, access)
    try:
        with Session(engine) as session:
            yield session
    finally:
        engine.dispose()


def _safe(url: str) -> str:
    """The URL without its password, for messages and logs."""
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)
