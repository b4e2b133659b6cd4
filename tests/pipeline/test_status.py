"""A pass's status is judged on the feeds that were due: real passes over the samples on a loopback server."""

from __future__ import annotations

import re
import socket
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update
from typer.testing import CliRunner

from monitor.cli import app
from monitor.config import load_config
from monitor.pipeline.lock import run_lock
from monitor.store import connect
from monitor.store.tables import Feed, Run
from monitor.store.types import utcnow
from tests.sample_feeds import feeds_toml
from tests.server import LoopbackServer

runner = CliRunner()


@pytest.fixture
def sample_config(config_dir: Path, server: LoopbackServer) -> Path:
    (config_dir / "feeds.toml").write_text(feeds_toml(server))
    return config_dir


def run(config_dir: Path, *args: str):  # noqa: ANN201
    return runner.invoke(app, ["run", "--config", str(config_dir), *args])


def last_run(config_dir: Path) -> Run:
    with connect(load_config(config_dir).settings.database_url) as session:
        return session.execute(select(Run).order_by(Run.id.desc()).limit(1)).scalar_one()


def make_due(config_dir: Path, name: str) -> None:
    """The feed's retry time has come (as it does after its backoff)."""
    with connect(load_config(config_dir).settings.database_url) as session:
        session.execute(update(Feed).where(Feed.name == name).values(next_check_at=utcnow() - timedelta(minutes=1)))
        session.commit()


def test_a_pass_where_only_a_failing_feed_was_due_is_partial_not_failed(sample_config: Path) -> None:
    assert run(sample_config).exit_code == 0
    assert last_run(sample_config).status == "partial"  # six feeds read, the page that is no feed failed
    failing = next(name for name in feeds_toml_names(sample_config) if "courier-home" in name)
    make_due(sample_config, failing)
    result = run(sample_config, "--quiet")
    assert result.exit_code == 0
    again = last_run(sample_config)
    assert again.status == "partial", "one failing feed due, six fine and not due: the pass did all it could"
    assert again.counts["feeds_due"] == 1 and again.counts["feeds_failed"] == 1 and again.counts["feeds_not_due"] == 6
    assert [error["feed"] for error in again.errors] == [failing]  # what failed stays on record, per feed


def test_a_pass_where_every_working_feed_failed_at_once_failed(config_dir: Path) -> None:
    with socket.socket() as probe:  # a port nobody listens on: the machine's network is down, as far as it knows
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    (config_dir / "feeds.toml").write_text(
        "".join(f'[[feeds]]\nname = "Feed {n}"\nurl = "http://127.0.0.1:{closed}/{n}.xml"\n\n' for n in range(3))
    )
    assert run(config_dir).exit_code == 0
    assert last_run(config_dir).status == "failed"


def test_cron_mail_of_a_pass_with_a_failing_feed_fits_80_columns(sample_config: Path) -> None:
    result = run(sample_config, "--quiet")
    lines = result.output.splitlines()
    assert lines and all(len(line) <= 80 for line in lines), result.output
    assert not re.search("[\u2500-\u257f]", result.output)  # no box drawing
    assert "courier-home.html: FAILED (not_a_feed)" in result.output
    assert "harbor-city-tribune.xml" not in result.output


def test_an_overlapping_pass_is_silent_with_quiet_and_says_why_without(sample_config: Path) -> None:
    settings = load_config(sample_config).settings
    with run_lock(settings.lock_file):
        quiet = run(sample_config, "--quiet")
        loud = run(sample_config)
    assert quiet.exit_code == 75 and quiet.output == ""
    assert loud.exit_code == 75 and "another monitor run is in progress" in loud.output
    assert "another monitor run is in progress" in Path(settings.log_file).read_text()


def feeds_toml_names(config_dir: Path) -> list[str]:
    return [feed.name for feed in load_config(config_dir).feeds]
