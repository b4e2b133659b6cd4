"""On SQLite the queue commands answer in one line: cron and `monitor run` are the one-machine way."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from monitor.cli import app


@pytest.mark.sqlite_only("the job queue's commands refuse a SQLite database_url")
@pytest.mark.parametrize("command", ["worker", "schedule"])
def test_worker_and_schedule_need_postgresql(config_dir: Path, command: str) -> None:
    result = CliRunner().invoke(app, [command, "--config", str(config_dir)])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.output
    assert f"`monitor {command}` needs a PostgreSQL database_url" in lines[0]
    assert "run `monitor run` from cron instead" in lines[0]


@pytest.mark.sqlite_only("feeds sync and db upgrade on SQLite make no job queue")
def test_feeds_sync_and_db_upgrade_work_on_sqlite_without_a_queue(config_dir: Path) -> None:
    (config_dir / "feeds.toml").write_text('[[feeds]]\nname = "One"\nurl = "http://127.0.0.1:9/feed.xml"\n')
    synced = CliRunner().invoke(app, ["feeds", "sync", "--config", str(config_dir)])
    assert synced.exit_code == 0 and "1 feed(s) in feeds.toml; 1 added, 0 paused." in synced.output
    again = CliRunner().invoke(app, ["feeds", "sync", "--config", str(config_dir)])
    assert "0 added, 0 paused" in again.output
    upgraded = CliRunner().invoke(app, ["db", "upgrade", "--config", str(config_dir)])
    assert upgraded.exit_code == 0 and "job queue" not in upgraded.output
