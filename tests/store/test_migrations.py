"""The revisions: they build what the models describe, upgrade a database of the previous release keeping every
row, take turns when two processes migrate one database at once, and a missing driver is one line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect, select, text
from sqlmodel import SQLModel

from monitor.errors import StoreError
from monitor.store import connect, dialect, migrations
from monitor.store.db import Access, open_database, upgrade_database
from monitor.store.tables import Article
from tests.databases import empty_database_url

DATA = Path(__file__).parent / "data"
WHEN = "2026-11-04 09:00:00"
# A row for every table of the previous release, as its code wrote them (booleans as the engine keeps them).
OLD_ROWS = {
    "feed": "INSERT INTO feed (id, name, url, configured_url, outlet, full_text, ignore_http_cache, enabled, "
    "error_count, created_at) VALUES (1, 'Tribune', 'https://t.example/rss', 'https://t.example/rss', 'Tribune', "
    "{true}, {false}, {true}, 2, '{when}')",
    "article": "INSERT INTO article (id, url, link, feed_id, outlet, title, fetched_at, summary, text, text_source, "
    "text_capped, content_hash, story_id) VALUES (1, 'https://t.example/a', 'https://t.example/a', 1, 'Tribune', "
    "'Deportations rise', '{when}', '', 'Deportations rose again, said the sheriff.', 'feed', {false}, 'h1', 1)",
    "mention": 'INSERT INTO mention (id, article_id, kind, key, text, start, "end", sentence) VALUES '
    "(1, 1, 'TOPIC', 'deportation', 'Deportations', 0, 12, 'Deportations rise')",
    "quote": "INSERT INTO quote (id, article_id, text, start, \"end\", speaker) VALUES (1, 1, 'x', 5, 6, 'Sheriff')",
    "storyshingle": "INSERT INTO storyshingle (article_id, value) VALUES (1, 9007199254740993)",
    "review": "INSERT INTO review (id, article_id, status, starred, note, reviewer, updated_at) VALUES "
    "(1, 1, 'RELEVANT', {true}, 'keep', 'ana', '{when}')",
    "reviewchange": "INSERT INTO reviewchange (id, batch, article_id, reviewer, action, made_at, before_starred) "
    "VALUES (1, 'b1', 1, 'ana', 'relevant', '{when}', {false})",
    "run": "INSERT INTO run (id, started_at, status, counts, errors) "
    "VALUES (1, '{when}', 'OK', '{{\"hit\": 3}}', '[]')",
    "user": 'INSERT INTO "user" (id, name, password_hash, enabled, created_at, compact) VALUES '
    "(1, 'ana', 'argon2-hash', {true}, '{when}', {false})",
    "usersession": "INSERT INTO usersession (id, token_hash, user_id, csrf_token, created_at, expires_at) VALUES "
    "(1, 'th', 1, 'csrf', '{when}', '{when}')",
    "release": "INSERT INTO release (id, title, source, text, published_at, window_days, homes, fingerprint, "
    "algorithm, created_at) VALUES (1, 'R', 'r.txt', 'Body', '{when}', 30, '[]', '{{}}', 'a1', '{when}')",
    "releasematch": "INSERT INTO releasematch (id, release_id, article_id, kind, reuse, narrative_reuse, sentences, "
    "quotes, spans, mentioned, wire, algorithm, matched_at) VALUES (1, 1, 1, 'quote', 0.5, 0.1, 2, '[]', '[]', "
    "'[]', {true}, 'a1', '{when}')",
    "digestrun": "INSERT INTO digestrun (id, started_at, period_start, period_end, status, through_article_id, "
    "message_id, recipients, items) VALUES (1, '{when}', '{when}', '{when}', 'sent', 1, '<m@x>', '[\"a@x\"]', 1)",
    "digestitem": "INSERT INTO digestitem (article_id, digest_id) VALUES (1, 1)",
}


def _old_database(url: str) -> None:
    """A database exactly as the previous release's code made it (frozen SQL), with a row in every table."""
    engine = create_engine(dialect.engine_url(url))
    name = engine.dialect.name
    script = (DATA / f"schema-0.1-{name}.sql").read_text()
    truth = {"true": "1", "false": "0"} if name == "sqlite" else {"true": "true", "false": "false"}
    with engine.begin() as connection:
        raw = connection.connection.driver_connection
        if name == "sqlite":
            raw.executescript(script)  # type: ignore[union-attr]
        else:
            raw.execute(script)  # type: ignore[union-attr]
        for insert in OLD_ROWS.values():
            connection.exec_driver_sql(insert.format(when=WHEN, **truth).replace("%", "%%"))
    engine.dispose()


def _rows(url: str) -> dict[str, list[tuple[object, ...]]]:
    engine = create_engine(dialect.engine_url(url))
    with engine.connect() as connection:
        found = {
            table: [tuple(row) for row in connection.execute(text(f'SELECT * FROM "{table}" ORDER BY 1'))]
            for table in OLD_ROWS
        }
    engine.dispose()
    return found


def test_a_database_of_the_previous_release_upgrades_keeping_every_row(tmp_path: Path) -> None:
    url = empty_database_url(tmp_path)
    _old_database(url)
    before = _rows(url)
    assert upgrade_database(url) == [
        f"revision 0001: {_baseline_title()}",
        f"revision 0002: {_second_title()}",
        "revision 0003: watchlist versions and background re-tag jobs",
        "revision 0004: store counts for /metrics",
    ]
    after = _rows(url)
    for table, rows in before.items():
        assert [row[: len(rows[0])] for row in after[table]] == rows, table  # every row, every old column
    with create_engine(dialect.engine_url(url)).connect() as connection:  # what 0002 gives the rows already there
        assert connection.execute(text('SELECT name, role FROM "user"')).all() == [("ana", "admin")]
        assert connection.execute(text("SELECT outlet FROM hitoutlet")).scalars().all() == ["Tribune"]
    assert upgrade_database(url) == []  # nothing left to do
    with connect(url) as session:  # the old rows are searchable, and the models read them
        condition = dialect.search_condition(
            session.get_bind().dialect.name, Article.id, Article.title, Article.text, "deported sheriff"
        )
        assert session.execute(select(Article.title).where(condition)).scalars().all() == ["Deportations rise"]


def _baseline_title() -> str:
    return "baseline: the tables of version 0.1.0 and its unreleased changes, with the search index"


def _second_title() -> str:
    return (
        "roles, audit trail, labels, instant alerts, digest recipients, outlet menu, prune's tombstones, "
        "history indexes"
    )


def test_the_models_and_the_migrated_tables_agree(tmp_path: Path) -> None:
    """A change to store/tables.py without its revision fails here: add one (README, "Changing the tables")."""
    engine = open_database(empty_database_url(tmp_path))
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(
                connection,
                opts={"include_object": dialect.include_in_schema_comparison, "compare_type": True},
            )
            assert compare_metadata(context, SQLModel.metadata) == []
            assert migrations.pending(connection) == []
    finally:
        engine.dispose()


def test_the_upgraded_previous_release_agrees_with_the_models_too(tmp_path: Path) -> None:
    url = empty_database_url(tmp_path)
    _old_database(url)
    upgrade_database(url)
    engine = create_engine(dialect.engine_url(url))
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"include_object": dialect.include_in_schema_comparison, "compare_type": True}
        )
        assert compare_metadata(context, SQLModel.metadata) == []
    engine.dispose()


def test_two_processes_creating_one_database_at_once_both_succeed(tmp_path: Path) -> None:
    url = empty_database_url(tmp_path)
    env = {**os.environ, "MONITOR_DATABASE_URL": url, "MONITOR_CONFIG_DIR": str(tmp_path)}
    (tmp_path / "settings.toml").write_text(f'[settings]\nlog_file = "{tmp_path / "monitor.log"}"\n')
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", "from monitor.cli import app; app()", "db", "init"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(3)
    ]
    results = [(run.wait(timeout=120), run.stdout.read(), run.stderr.read()) for run in runs]  # type: ignore[union-attr]
    assert all(code == 0 for code, _, _ in results), results
    engine = create_engine(dialect.engine_url(url))
    with engine.connect() as connection:
        assert migrations.pending(connection) == []
        assert "article" in inspect(connection).get_table_names()
    engine.dispose()


def test_a_missing_postgresql_driver_is_one_line_saying_what_to_install(tmp_path: Path) -> None:
    blocked = "import sys; sys.modules['psycopg'] = None; from monitor.cli import app; app()"
    env = {
        **os.environ,
        "MONITOR_DATABASE_URL": "postgresql://monitor@127.0.0.1:1/monitor",
        "MONITOR_CONFIG_DIR": str(tmp_path),
    }
    done = subprocess.run([sys.executable, "-c", blocked, "db", "upgrade"], env=env, capture_output=True, text=True)
    assert done.returncode == 1, done
    assert "Traceback" not in done.stderr, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "pip install 'monitor[postgres]'" in lines[0], done.stderr


def test_a_plain_postgresql_url_means_psycopg_3() -> None:
    assert dialect.engine_url("postgresql://u:p@h/db") == "postgresql+psycopg://u:p@h/db"
    assert dialect.engine_url("sqlite:///x.db") == "sqlite:///x.db"


@pytest.mark.sqlite_only("on PostgreSQL an older database waits for `monitor db upgrade` (the next test)")
def test_an_older_sqlite_database_is_brought_up_to_date_by_a_command_that_writes(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    url = empty_database_url(tmp_path)
    _old_database(url)
    before = _rows(url)
    open_database(url, Access.WRITE).dispose()
    assert any("database brought up to date" in record.getMessage() for record in caplog.records)
    assert {table: rows[:1] for table, rows in _rows(url).items()}.keys() == before.keys()


@pytest.mark.postgresql_only("SQLite databases upgrade themselves (the test before)")
def test_an_older_postgresql_database_waits_for_db_upgrade(tmp_path: Path) -> None:
    url = empty_database_url(tmp_path)
    _old_database(url)
    with pytest.raises(StoreError, match="older than this version.*run `monitor db upgrade`"):
        open_database(url, Access.WRITE)
