"""Which commands may create or change the database: only `monitor run` and `monitor db init` create one (a
mistyped path is an error naming it), and a command that only reads never alters an older database's tables."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from monitor.cli import app
from tests.databases import sqlite_back_to_0001

pytestmark = pytest.mark.sqlite_only("which commands create a SQLite file and its folder")

runner = CliRunner()


def monitor(*args: str):  # noqa: ANN201
    return runner.invoke(app, list(args))


def one_line(result) -> str:  # noqa: ANN001
    said = " ".join(result.output.split())
    assert result.exit_code == 1, result.output
    assert result.output.count("\n") == 1 and "Traceback" not in result.output, result.output
    return said


@pytest.mark.parametrize(
    "command",
    [["feeds"], ["hits"], ["users", "list"], ["digest", "--to", "a@example.org"], ["release", "list"]],
    ids=" ".join,
)
def test_a_database_in_a_folder_that_does_not_exist_is_an_error_and_nothing_is_made(
    config_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str]
) -> None:
    missing = tmp_path / "nonexistent" / "dir"
    monkeypatch.setenv("MONITOR_DATABASE_URL", f"sqlite:///{missing / 'x.db'}")
    said = one_line(monitor(*command, "--config", str(config_dir)))
    assert f"its folder {missing} does not exist" in said and "monitor db init" in said
    assert not missing.exists() and not missing.parent.exists()


def test_db_init_and_run_create_the_database_and_its_folder(config_dir: Path, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    where = tmp_path / "new" / "data" / "x.db"
    monkeypatch.setenv("MONITOR_DATABASE_URL", f"sqlite:///{where}")
    created = monitor("db", "init", "--config", str(config_dir))
    assert created.exit_code == 0 and where.is_file(), created.output
    assert monitor("feeds", "--config", str(config_dir)).exit_code == 0
    elsewhere = tmp_path / "other" / "y.db"
    monkeypatch.setenv("MONITOR_DATABASE_URL", f"sqlite:///{elsewhere}")
    assert monitor("run", "--config", str(config_dir)).exit_code == 0 and elsewhere.is_file()


def columns(database: Path, table: str) -> set[str]:
    with sqlite3.connect(database) as db:
        return {row[1] for row in db.execute(f"PRAGMA table_info({table})")}


def test_reading_commands_leave_an_older_database_alone_and_db_upgrade_brings_it_up(
    config_dir: Path, tmp_path: Path
) -> None:
    database = tmp_path / "monitor.db"
    assert monitor("db", "init", "--config", str(config_dir)).exit_code == 0
    sqlite_back_to_0001(database)  # as the release before roles left it
    for command in (["feeds"], ["hits"], ["users", "list"]):
        said = one_line(monitor(*command, "--config", str(config_dir)))
        assert "older than this version" in said and "monitor db upgrade" in said
        assert "role" not in columns(database, "user")  # not altered, and nothing said about altering
    upgraded = monitor("db", "upgrade", "--config", str(config_dir))
    assert upgraded.exit_code == 0 and "revision 0002" in upgraded.output, upgraded.output
    assert "role" in columns(database, "user")
    assert monitor("db", "upgrade", "--config", str(config_dir)).output.strip() == "The database is up to date."
    listed = monitor("feeds", "--config", str(config_dir))
    assert listed.exit_code == 0 and "warning" not in listed.output
