"""Open the database: engine with the dialect's settings, tables created or brought up to date by the revisions in
`migrations/` (automatically on SQLite; on PostgreSQL a new database is built, an older one waits for
`monitor db upgrade`, the admin's step on a server several machines may share)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum

from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session
from sqlmodel import create_engine

from ..errors import DatabaseUnavailable, StoreError
from . import dialect, migrations, tables  # noqa: F401  (tables registers the models on SQLModel.metadata)

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
        with engine.connect() as connection:
            changes = migrations.pending(connection)
        if changes and (
            access is Access.READ
            or (changes != ["new database"] and not dialect.upgrades_by_itself(engine.dialect.name))
        ):
            _refuse_out_of_date(url, changes, access)
        if changes:
            _upgrade(engine, url, fresh=changes == ["new database"])
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
        return migrations.upgrade(engine)
    except SQLAlchemyError as exc:
        raise _unusable(url, exc) from exc
    finally:
        engine.dispose()


@contextmanager
def migrating(url: str) -> Iterator[None]:
    """The migration lock on the database at `url`, held for the block: what else builds tables in the same
    database (the job queue's, on PostgreSQL) takes turns with the monitor's own migrations and other first runs."""
    engine = _engine(url)
    try:
        with dialect.migration_lock(engine):
            yield
    except SQLAlchemyError as exc:
        raise _unusable(url, exc) from exc
    finally:
        engine.dispose()


def _upgrade(engine: Engine, url: str, *, fresh: bool) -> None:
    for change in migrations.upgrade(engine):
        if fresh:
            log.info("%s: %s (new database)", _safe(url), change)
        else:
            log.warning("%s: %s (database brought up to date)", _safe(url), change)


def _engine(url: str) -> Engine:
    try:
        engine = create_engine(dialect.engine_url(url), **dialect.engine_options(url))
    except ImportError as exc:
        raise dialect.missing_driver(url, exc) from exc
    except SQLAlchemyError as exc:
        raise _unusable(url, exc) from exc
    dialect.configure(engine)
    return engine


def _unusable(url: str, exc: SQLAlchemyError) -> StoreError:
    if advice := dialect.environment_fault(exc):
        return DatabaseUnavailable(f"{_safe(url)}: {advice} ({getattr(exc, 'orig', exc)})")
    return StoreError(f"{_safe(url)}: cannot open the database: {getattr(exc, 'orig', None) or exc}")


def _refuse_out_of_date(url: str, changes: list[str], access: Access) -> None:
    if changes == ["new database"]:
        raise StoreError(
            f"{_safe(url)}: the database holds no tables yet: create them with `monitor db init` (or `monitor run`)"
        )
    more = f" and {len(changes) - 1} more" if len(changes) > 1 else ""
    upgrades = access is Access.READ and dialect.upgrades_by_itself(make_url(url).get_backend_name())
    also = " (or let the next `monitor run` do it)" if upgrades else ""
    raise StoreError(
        f"{_safe(url)}: the database is older than this version of monitor (needs: {changes[0]}{more}): "
        f"run `monitor db upgrade`{also}, then try again"
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
    return make_url(url).render_as_string(hide_password=True)
