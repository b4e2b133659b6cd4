"""`monitor backup FILE` and `monitor restore FILE`: whole-database copies through SQLite's online backup API.

The copy is taken in one step, inside one read transaction: in WAL mode that is a consistent snapshot which never
blocks the pass writing meanwhile (a stepwise copy, like the sqlite3 shell's `.backup`, restarts or waits on every
write). It is written beside its destination and renamed into place once checked, so a crash leaves no half file.
PostgreSQL has its own tool for this: pg_dump.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url

from ..errors import DatabaseUnavailable, StoreError
from . import dialect
from .db import Access, open_database

PG_DUMP_ADVICE = "for PostgreSQL use its own tool: pg_dump --format=custom --file=FILE DATABASE (pg_restore to restore)"


@dataclass(frozen=True)
class Copied:
    path: Path
    size: int
    articles: int
    runs: int


def backup(url: str, target: Path) -> Copied:
    """Copy the database at `url` to `target` (which must not exist yet), checked before it is put in place."""
    source = _sqlite_path(url, "backup")
    if target.exists():
        raise StoreError(f"{target}: already exists: give a new file name (backups are never overwritten)")
    if not target.parent.is_dir():
        raise StoreError(f"{target}: its folder {target.parent} does not exist: create it or give another path")
    dialect.check_location(url, create=False, existing=True)  # an older version's database is backed up as it is
    partial = target.with_name(f".{target.name}.partial")
    try:
        with closing(_open(source)) as live, closing(sqlite3.connect(partial)) as copy:
            live.backup(copy)  # one step: a consistent snapshot, the writer never waits
            copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it
        copied = _check(partial)
        os.replace(partial, target)
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        raise _fault(f"{target}: could not write the backup", exc) from exc
    return Copied(target, target.stat().st_size, copied[0], copied[1])


def restore(url: str, source: Path) -> Copied:
    """Replace the database at `url` with the backup `source`, checked first; the caller holds the run lock, so
    no pass writes meanwhile. The restored database is then brought up to this version's tables."""
    target = _sqlite_path(url, "restore")
    if not source.is_file():
        raise StoreError(f"{source}: no such file: give the path of a file made by `monitor backup`")
    try:
        counts = _check(source)
    except sqlite3.Error as exc:
        raise StoreError(f"{source}: not a usable monitor backup ({exc}): nothing was changed") from exc
    dialect.check_location(url, create=True, existing=False)
    try:
        if _usable(target):
            with closing(sqlite3.connect(source)) as backup_copy, closing(_open(target)) as live:
                backup_copy.backup(live)  # page by page under SQLite's own locks: safe for any reader still open
        else:
            _replace(source, target)  # missing or damaged (why one restores): the file itself is put back
    except (sqlite3.Error, OSError) as exc:
        raise _fault(f"{target}: could not restore {source}", exc) from exc
    open_database(url, Access.WRITE).dispose()  # a backup from an older version gains the new tables
    return Copied(source, source.stat().st_size, counts[0], counts[1])


def _usable(path: Path) -> bool:
    if not path.exists():
        return False
    try:
        _check(path)
    except sqlite3.Error:
        return False
    return True


def _replace(source: Path, target: Path) -> None:
    """Put a copy of `source` where `target` was, with the damaged file's journal gone (its -wal belongs to it)."""
    partial = target.with_name(f".{target.name}.restoring")
    with closing(sqlite3.connect(source)) as backup_copy, closing(sqlite3.connect(partial)) as copy:
        backup_copy.backup(copy)
    for leftover in (Path(f"{target}-wal"), Path(f"{target}-shm"), Path(f"{target}-journal")):
        leftover.unlink(missing_ok=True)
    os.replace(partial, target)


def _sqlite_path(url: str, what: str) -> Path:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        raise StoreError(f"monitor {what} copies SQLite databases; {PG_DUMP_ADVICE}")
    if parsed.database in (None, "", ":memory:"):
        raise StoreError(f"{url}: an in-memory database has nothing to {what}")
    return Path(parsed.database)


def _open(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, timeout=dialect.SQLITE_BUSY_TIMEOUT_MS / 1000)
    connection.execute(f"PRAGMA busy_timeout={dialect.SQLITE_BUSY_TIMEOUT_MS}")
    return connection


def _check(path: Path) -> tuple[int, int]:
    """sqlite3.Error unless `path` is a whole SQLite database holding monitor's tables; its article and run
    counts otherwise."""
    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as copy:
        verdict = copy.execute("PRAGMA quick_check").fetchone()[0]
        if verdict != "ok":
            raise sqlite3.DatabaseError(f"damaged: {verdict}")
        articles = copy.execute("SELECT count(*) FROM article").fetchone()[0]
        runs = copy.execute("SELECT count(*) FROM run").fetchone()[0]
    return int(articles), int(runs)


def _fault(what: str, exc: BaseException) -> StoreError:
    """The disk or the file at fault, in one line with the remedy."""
    advice = dialect.environment_fault(exc)
    reason = getattr(exc, "strerror", None) or exc
    if advice:
        return DatabaseUnavailable(f"{what}: {advice} ({reason})")
    return StoreError(f"{what}: {reason}")
