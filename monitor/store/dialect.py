"""Everything specific to one database engine lives here, so PostgreSQL can be added in one place.

SQLite: WAL so readers (the review site) never block the cron writer, a busy timeout so a writer
waits for a lock instead of failing, and foreign keys on (SQLite leaves them off by default).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine, make_url

SQLITE_BUSY_TIMEOUT_MS = 15_000


def engine_options(url: str) -> dict[str, Any]:
    """Keyword arguments for `create_engine` that suit the URL's dialect."""
    if make_url(url).get_backend_name() == "sqlite":
        return {"connect_args": {"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}}
    return {"pool_pre_ping": True}


def prepare_location(url: str) -> None:
    """Create the folder of a SQLite file, so a fresh checkout runs without set-up."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)


def configure(engine: Engine) -> None:
    """Per-connection settings (SQLite pragmas)."""
    if engine.dialect.name != "sqlite":
        return

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()
