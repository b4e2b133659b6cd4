"""Scale-out on a real PostgreSQL queue: `monitor schedule` queues one fetch per due feed, `monitor worker` drains
it against loopback feeds (pages and tagging as jobs of their own) and stores what `monitor run` stores, once,
however many workers run; workers never pause feeds, `monitor feeds sync` does."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner, Result

from monitor.cli import app
from monitor.config import load_config
from monitor.store import connect
from monitor.store.tables import Article, Feed, Mention
from tests.conftest import SAMPLES, write_config_dir
from tests.e2e.test_full_text import ARTICLE, PAYWALL, feed
from tests.sample_feeds import feeds_toml
from tests.server import LoopbackServer, Route

pytestmark = pytest.mark.postgresql_only("the job queue lives in PostgreSQL (procrastinate); SQLite uses cron")
MONITOR = Path(sys.executable).parent / "monitor"


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    """The sample feeds, plus a full-text feed whose article pages are on the same server."""
    with LoopbackServer(SAMPLES) as running:
        running.routes["/gazette.xml"] = Route(200, feed(running), {"Content-Type": "application/rss+xml"})
        running.routes["/story-1"] = Route(200, ARTICLE.encode(), {"Content-Type": "text/html; charset=utf-8"})
        running.routes["/story-2"] = Route(200, PAYWALL.encode(), {"Content-Type": "text/html"})
        yield running


def _feeds(server: LoopbackServer) -> str:
    gazette = f'[[feeds]]\nname = "Gazette"\nurl = "{server.url("/gazette.xml")}"\nfull_text = true\n\n'
    return feeds_toml(server) + gazette


def _ready(config: Path, server: LoopbackServer) -> Path:
    (config / "feeds.toml").write_text(_feeds(server))
    upgraded = cli("db", "upgrade", "--config", str(config))
    assert "job queue tables (procrastinate" in upgraded.output
    assert "job queue" not in cli("db", "upgrade", "--config", str(config)).output  # made once
    assert "added" in cli("feeds", "sync", "--config", str(config)).output
    return config


@pytest.fixture
def queue_config(tmp_path: Path, server: LoopbackServer, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("MONITOR_DATABASE_URL", raising=False)
    return _ready(write_config_dir(tmp_path / "config", tmp_path), server)


def cli(*args: str, code: int = 0) -> Result:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == code, result.output
    return result


def jobs(config: Path) -> list[tuple[str, str, int]]:
    """(task, status, attempts) of every job the queue holds."""
    import psycopg

    url = load_config(config).settings.database_url.replace("+psycopg", "")
    with psycopg.connect(url) as connection:
        rows = connection.execute("SELECT task_name, status::text, attempts FROM procrastinate_jobs ORDER BY id")
        return [(task, status, attempts) for task, status, attempts in rows]


def stored(config: Path) -> tuple[dict[str, str], int]:
    """Each stored article's identity with where its text came from, and how many mentions there are."""
    with connect(load_config(config).settings.database_url) as session:
        articles = {a.url: a.text_source for a in session.execute(select(Article)).scalars()}
        return articles, len(session.execute(select(Mention)).scalars().all())


def test_schedule_twice_queues_one_fetch_per_due_feed(queue_config: Path) -> None:
    feeds = len(load_config(queue_config).feeds)
    assert f"{feeds} feed(s) queued, 0 already waiting" in cli("schedule", "--config", str(queue_config)).output
    assert f"0 feed(s) queued, {feeds} already waiting" in cli("schedule", "--config", str(queue_config)).output
    assert jobs(queue_config) == [("monitor.fetch_feed", "todo", 0)] * feeds


def test_a_worker_stores_what_a_pass_stores_once_with_pages_and_tagging_as_jobs(
    queue_config: Path, server: LoopbackServer, tmp_path: Path
) -> None:
    cli("schedule", "--config", str(queue_config))
    requests = len(server.requests)
    cli("worker", "--until-idle", "--config", str(queue_config))
    assert jobs(queue_config) == []  # every job done: none failed, none left waiting
    pages = [path for path, _ in server.requests[requests:] if path.startswith("/story-")]
    assert sorted(pages) == [f"/story-{n}" for n in range(1, 6)]  # the Gazette's five pages, one read each
    by_worker, mentions = stored(queue_config)
    assert by_worker[server.url("/story-1")] == "page" and by_worker[server.url("/story-2")] == "feed"

    one_pass = write_config_dir(tmp_path / "pass", tmp_path / "pass")  # the same feeds through `monitor run`
    (one_pass / "feeds.toml").write_text(_feeds(server))
    cli("run", "--config", str(one_pass))
    assert stored(one_pass) == (by_worker, mentions)

    again = cli("schedule", "--config", str(queue_config)).output  # every feed just fetched: none due
    assert f"0 feed(s) queued, 0 already waiting, {len(load_config(queue_config).feeds)} not due" in again
    cli("schedule", "--all", "--config", str(queue_config))
    cli("worker", "--until-idle", "--config", str(queue_config))
    assert stored(queue_config) == (by_worker, mentions)  # a second round over the same feeds adds nothing


def test_two_workers_at_once_store_each_article_once(queue_config: Path) -> None:
    cli("schedule", "--config", str(queue_config))
    command = [str(MONITOR), "worker", "--until-idle", "--concurrency", "2", "--config", str(queue_config)]
    workers = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True) for _ in range(2)]
    outputs = [worker.communicate(timeout=300)[0] for worker in workers]
    assert [worker.returncode for worker in workers] == [0, 0], outputs
    assert jobs(queue_config) == []
    articles, _ = stored(queue_config)
    with connect(load_config(queue_config).settings.database_url) as session:
        links = [a.link for a in session.execute(select(Article)).scalars()]
    assert len(links) == len(set(links)) == len(articles) > 20


def test_a_feed_and_a_page_that_fail_once_are_retried_and_read(
    queue_config: Path, server: LoopbackServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    from monitor.jobs import queue

    monkeypatch.setattr(queue, "RETRY_BASE_SECONDS", 0)
    answers = iter([Route(503, b"busy")])
    body = feed(server)
    server.routes["/gazette.xml"] = lambda _request: next(answers, Route(200, body, {"Content-Type": "text/xml"}))
    pages = iter([Route(504, b"gateway timeout")])
    page = Route(200, ARTICLE.encode(), {"Content-Type": "text/html; charset=utf-8"})
    server.routes["/story-1"] = lambda _request: next(pages, page)
    cli("schedule", "--config", str(queue_config))
    cli("worker", "--until-idle", "--config", str(queue_config))
    assert jobs(queue_config) == []  # the fetch that met a 503 was tried again, and done
    assert [path for path, _ in server.requests].count("/gazette.xml") == 2
    assert [path for path, _ in server.requests].count("/story-1") == 2  # the page too, and read from the page:
    assert stored(queue_config)[0][server.url("/story-1")] == "page"
    with connect(load_config(queue_config).settings.database_url) as session:
        gazette = session.execute(select(Feed).where(Feed.name == "Gazette")).scalar_one()
        assert gazette.error_count == 0 and gazette.last_status == 200
    assert server.url("/story-1") in stored(queue_config)[0]


def test_workers_never_pause_a_feed_feeds_sync_does(queue_config: Path, server: LoopbackServer) -> None:
    (queue_config / "feeds.toml").write_text(feeds_toml(server))  # the Gazette taken out of the file
    cli("schedule", "--config", str(queue_config))
    cli("worker", "--until-idle", "--config", str(queue_config))
    with connect(load_config(queue_config).settings.database_url) as session:
        assert session.execute(select(Feed.enabled).where(Feed.name == "Gazette")).scalar_one() is True
    assert server.url("/story-1") in stored(queue_config)[0]  # still fetched: the database lists it
    synced = cli("feeds", "sync", "--config", str(queue_config)).output
    assert "0 added, 1 paused" in synced and "paused: Gazette" in synced
    listed = len(load_config(queue_config).feeds)
    assert f"{listed} feed(s) queued" in cli("schedule", "--all", "--config", str(queue_config)).output
    with connect(load_config(queue_config).settings.database_url) as session:
        assert session.execute(select(Feed.enabled).where(Feed.name == "Gazette")).scalar_one() is False


def test_a_database_without_the_queue_says_to_run_db_upgrade(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MONITOR_DATABASE_URL", raising=False)
    config = write_config_dir(tmp_path / "config", tmp_path)  # the monitor's tables, not the queue's
    for command in ("schedule", "worker"):
        said = cli(command, "--until-idle" if command == "worker" else "--all", "--config", str(config), code=1)
        lines = said.output.strip().splitlines()
        assert len(lines) == 1 and "the job queue's tables are missing: run `monitor db upgrade` once" in lines[0]
    cli("db", "upgrade", "--config", str(config))
    nothing = cli("schedule", "--config", str(config)).output  # the queue is there, but no `feeds sync` yet
    assert "No enabled feed in the database: `monitor feeds sync` brings feeds.toml there." in nothing
