"""Feeds and releases changed from the command line are in the audit trail, with the shell user as who; a feeds
file set up before any database exists still takes the feed, and says in one line that it was not recorded."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from monitor.cli import app
from monitor.config import load_config
from monitor.store import connect
from monitor.store.tables import AuditEvent
from tests.server import LoopbackServer

runner = CliRunner()
OPML = b"""<?xml version="1.0"?><opml version="2.0"><body>
<outline text="Valley Ledger" type="rss" xmlUrl="https://valley.example.org/feed.atom"/>
<outline text="Radio" type="rss" xmlUrl="https://radio.example.org/feed.xml"/>
</body></opml>"""


def trail(url: str) -> list[tuple[str, str, str, str]]:
    with connect(url) as session:
        rows = session.execute(select(AuditEvent).order_by(AuditEvent.id)).scalars()
        return [(e.actor, e.kind, e.target, e.summary) for e in rows]


def test_feeds_add_and_import_are_audited(config_dir: Path, tmp_path: Path, server: LoopbackServer) -> None:
    assert runner.invoke(app, ["db", "init"]).exit_code == 0
    url = load_config(config_dir).settings.database_url
    feed = server.url("/feeds/harbor-city-tribune.xml")
    added = runner.invoke(app, ["feeds", "add", feed, "--name", "Tribune"])
    assert added.exit_code == 0, added.output
    (tmp_path / "list.opml").write_bytes(OPML)
    imported = runner.invoke(app, ["feeds", "import", str(tmp_path / "list.opml")])
    assert imported.exit_code == 0, imported.output
    found = trail(url)
    assert [(kind, target) for _, kind, target, _ in found] == [
        ("feed.add", "Tribune"),
        ("feed.add", "Valley Ledger"),
        ("feed.add", "Radio"),
    ]
    assert all(actor.endswith("(command line)") for actor, *_ in found)
    assert found[0][3] == feed and found[1][3].endswith("imported from " + str(tmp_path / "list.opml"))
    assert runner.invoke(app, ["feeds", "import", str(tmp_path / "list.opml"), "--dry-run"]).exit_code == 0
    assert len(trail(url)) == 3  # a dry run changes nothing, so records nothing


@pytest.mark.sqlite_only("no database yet is a SQLite file not made yet (a PostgreSQL test database exists)")
def test_feeds_add_before_any_database_says_it_was_not_recorded(config_dir: Path, server: LoopbackServer) -> None:
    added = runner.invoke(app, ["feeds", "add", server.url("/feeds/harbor-city-tribune.xml")])
    assert added.exit_code == 0, added.output
    assert "note: not recorded in the audit trail" in added.output
    assert "Traceback" not in added.output
    assert "harbor-city-tribune.xml" in (config_dir / "feeds.toml").read_text()
