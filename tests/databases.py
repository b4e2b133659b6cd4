"""The database the tests run on: SQLite files (the default), or with `--database=postgresql` (`make test-postgres`)
a real PostgreSQL cluster the session starts in a temporary folder (Debian's `postgresql` binaries, as a non-root
user, on a free loopback port). Each test gets a fresh database copied from one migrated template database, and
drops it afterwards; tests that are about SQLite itself carry `@pytest.mark.sqlite_only("why")`.
"""

from __future__ import annotations

import itertools
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest

_DEBIAN_SERVERS = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parts[-3]))
PG_BIN = Path(os.environ.get("MONITOR_PG_BIN") or (_DEBIAN_SERVERS[-1].parent if _DEBIAN_SERVERS else "/nonexistent"))
TEMPLATE = "monitor_template"
RUN_AS = "nobody"  # initdb and postgres refuse to run as root


@dataclass
class Cluster:
    """A running PostgreSQL cluster of this session, and the databases made on it so far."""

    folder: Path
    port: int
    made: list[str] = field(default_factory=list)
    names: Iterator[int] = field(default_factory=itertools.count)

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def admin(self, statement: str) -> None:
        import psycopg

        with psycopg.connect(self.url("postgres").replace("+psycopg", ""), autocommit=True) as connection:
            connection.execute(statement)

    def copy(self, template: str = TEMPLATE) -> str:
        """A new database copied from `template` (by default: migrated, empty); its URL."""
        name = f"test_{os.getpid()}_{next(self.names)}"
        self.admin(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        self.made.append(name)
        return self.url(name)

    def empty(self) -> str:
        """A new database with no table at all; its URL."""
        name = f"test_{os.getpid()}_{next(self.names)}"
        self.admin(f'CREATE DATABASE "{name}"')
        self.made.append(name)
        return self.url(name)

    def drop(self, name: str) -> None:
        self.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


_cluster: Cluster | None = None


def database_url(folder: Path, name: str = "monitor.db") -> str:
    """Where a test's database lives: a SQLite file in `folder`, or a fresh PostgreSQL database."""
    if _cluster is None:
        return f"sqlite:///{folder / name}"
    return _cluster.copy()


def empty_database_url(folder: Path, name: str = "monitor.db") -> str:
    """A database with no table yet: a SQLite file not made yet, or a new empty PostgreSQL database."""
    if _cluster is None:
        return f"sqlite:///{folder / name}"
    return _cluster.empty()


def copy_database(url: str) -> str:
    """A copy of the PostgreSQL database at `url` (SQLite files are copied with their folder); its URL."""
    if _cluster is None or not url.startswith("postgresql"):
        return url
    return _cluster.copy(template=url.rsplit("/", 1)[1])


def on_postgresql() -> bool:
    return _cluster is not None


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--database",
        choices=("sqlite", "postgresql"),
        default=os.environ.get("MONITOR_TEST_DATABASE", "sqlite"),
        help="run the tests on SQLite files (default) or on a PostgreSQL cluster started for the session",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only(reason): about SQLite itself; skipped on PostgreSQL")
    config.addinivalue_line("markers", "postgresql_only(reason): about PostgreSQL itself; skipped on SQLite")


# Tests that never open a database (the tagger, the feed parser, fetching, the pickup matcher, what pages present,
# the labelled sets, the benchmarks' smoke runs on their own SQLite files, the docs and layering checks): the same
# code runs whatever --database says, so `make test` runs them once and the PostgreSQL run leaves them out.
ENGINE_FREE = (
    "tests/tag/",
    "tests/parse/",
    "tests/fetch/",
    "tests/pickup/",
    "tests/present/",
    "tests/test_benchmarks.py",
    "tests/test_labelled_sets.py",
    "tests/test_scoring.py",
    "tests/test_layering.py",
    "tests/test_docs.py",
)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    on = config.getoption("--database")
    if on == "postgresql":
        root = Path(str(config.rootpath))
        free = [i for i in items if Path(str(i.path)).relative_to(root).as_posix().startswith(ENGINE_FREE)]
        if free:
            config.hook.pytest_deselected(items=free)
            items[:] = [i for i in items if i not in set(free)]
    for item in items:
        if on == "postgresql" and (mark := item.get_closest_marker("sqlite_only")):
            item.add_marker(pytest.mark.skip(reason=f"SQLite only: {mark.args[0] if mark.args else ''}"))
        if on == "sqlite" and (mark := item.get_closest_marker("postgresql_only")):
            item.add_marker(pytest.mark.skip(reason=f"PostgreSQL only: {mark.args[0] if mark.args else ''}"))


@pytest.fixture(scope="session", autouse=True)
def test_database(request: pytest.FixtureRequest) -> Iterator[str]:
    """The engine this session runs on; with PostgreSQL, the cluster is started here and stopped at the end."""
    global _cluster
    if request.config.getoption("--database") != "postgresql":
        yield "sqlite"
        return
    with started_cluster() as cluster:
        _cluster = cluster
        try:
            from monitor.store.db import open_database

            cluster.admin(f'CREATE DATABASE "{TEMPLATE}"')
            open_database(cluster.url(TEMPLATE)).dispose()
            yield "postgresql"
        finally:
            _cluster = None


@pytest.fixture(autouse=True)
def _drop_test_databases(test_database: str) -> Iterator[None]:
    """Databases a test made are dropped when it ends (the session's own, made before, stay)."""
    cluster = _cluster
    before = len(cluster.made) if cluster else 0
    yield
    if cluster is not None:
        for name in cluster.made[before:]:
            cluster.drop(name)
        del cluster.made[before:]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _as_owner(command: list[str]) -> list[str]:
    return ["runuser", "-u", RUN_AS, "--", *command] if os.geteuid() == 0 else command


@contextmanager
def started_cluster() -> Iterator[Cluster]:
    """initdb in a new temporary folder, the server on a free port (no durability: a test cluster), stopped and
    removed at the end."""
    if not (PG_BIN / "initdb").exists():
        pytest.exit(
            "--database=postgresql needs PostgreSQL's server (/usr/lib/postgresql/N/bin): apt-get install postgresql", 2
        )
    folder = Path(tempfile.mkdtemp(prefix="monitor-pg-"))
    if os.geteuid() == 0:
        shutil.chown(folder, RUN_AS)
    data, port = folder / "data", _free_port()
    quiet = {"check": True, "stdout": subprocess.DEVNULL, "stderr": subprocess.PIPE, "cwd": folder}
    subprocess.run(
        _as_owner(
            [
                str(PG_BIN / "initdb"),
                "-D",
                str(data),
                "-U",
                "postgres",
                "--auth=trust",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
            ]
        ),
        **quiet,
    )
    options = (
        f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off "
        "-c full_page_writes=off -c max_connections=300"
    )
    subprocess.run(
        _as_owner([str(PG_BIN / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(folder / "log"), "-w", "start"]),
        **quiet,
    )
    try:
        yield Cluster(folder, port)
    finally:
        subprocess.run(_as_owner([str(PG_BIN / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]), **quiet)
        time.sleep(0.1)
        shutil.rmtree(folder, ignore_errors=True)


def sqlite_back_to_0001(path: Path) -> None:
    """Make a SQLite database at the head look as the release before revision 0002 left it (no roles, audit,
    labels, alerts, digest recipients, outlet menu, tombstones or history indexes, nor what later revisions
    added: watchlist versions, re-tag jobs, store counts), stamped 0001."""
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(path)) as db, db:  # closed, not only committed: an open one keeps the old pages
        db.execute('ALTER TABLE "user" DROP COLUMN role')
        for table in ("auditevent", "articlelabel", "label", "alertdelivery", "digestrecipient", "hitoutlet"):
            db.execute(f"DROP TABLE {table}")
        db.execute("DROP TABLE prunedarticle")
        for table in ("watchlistversion", "retagjob", "storecount"):  # revisions 0003 and 0004
            db.execute(f"DROP TABLE {table}")
        db.execute("DROP INDEX ix_article_dated")
        db.execute("DROP INDEX ix_article_feed_fetched")
        db.execute("UPDATE alembic_version SET version_num = '0001'")
