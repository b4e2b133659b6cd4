"""`monitor backup` while a real pass writes, and `monitor restore` of what it made: every copy is a whole,
consistent database, the pass is never held up (it finishes, not stuck at RUNNING), and a restore brings the
copy back exactly."""

from __future__ import annotations

import sqlite3
import threading
from contextlib import closing
from pathlib import Path

import pytest
from typer.testing import CliRunner

from monitor.cli import app
from monitor.config import load_config
from monitor.pipeline import run_pass
from monitor.pipeline.run import RunReport
from tests.databases import sqlite_back_to_0001
from tests.sample_feeds import feeds_toml
from tests.server import LoopbackServer

pytestmark = pytest.mark.sqlite_only("SQLite's online backup API and file restore (PostgreSQL: pg_dump)")

runner = CliRunner()


def counts(database: Path) -> dict[str, int]:
    with closing(sqlite3.connect(database)) as db, db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        orphans = db.execute("SELECT count(*) FROM mention WHERE article_id NOT IN (SELECT id FROM article)")
        assert orphans.fetchone()[0] == 0  # an article and its mentions are in a copy together, or neither
        return {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("article", "mention", "run")}


def test_backups_taken_while_a_pass_writes_are_whole_and_restore_exactly(
    config_dir: Path,
    server: LoopbackServer,
    tagger,  # noqa: ANN001
    tmp_path: Path,
) -> None:
    (config_dir / "feeds.toml").write_text(feeds_toml(server))
    config = load_config(config_dir)
    assert runner.invoke(app, ["db", "init", "--config", str(config_dir)]).exit_code == 0
    finished: list[RunReport] = []
    writer = threading.Thread(target=lambda: finished.append(run_pass(config, tagger=tagger, force=True)))
    writer.start()
    copies: list[Path] = []
    while writer.is_alive() or not copies:
        target = tmp_path / f"copy-{len(copies)}.db"
        result = runner.invoke(app, ["backup", str(target), "--config", str(config_dir)])
        assert result.exit_code == 0, result.output
        assert f"to {target}" in result.output
        copies.append(target)
    writer.join()
    (report,) = finished
    assert report.status in ("ok", "partial") and report.counts["hit"] > 0  # the pass went its whole way
    live = tmp_path / "monitor.db"
    seen = [counts(copy) for copy in copies]
    assert len(copies) >= 2 and seen[0]["article"] < counts(live)["article"], seen  # copies taken mid-pass
    assert all(a["article"] <= b["article"] for a, b in zip(seen, seen[1:]))
    with closing(sqlite3.connect(live)) as db, db:
        assert db.execute("SELECT status FROM run").fetchall() == [(report.status.name,)]

    restored = runner.invoke(app, ["restore", str(copies[0]), "--yes", "--config", str(config_dir)])
    assert restored.exit_code == 0, restored.output
    assert counts(live) == seen[0]


def test_backup_refuses_to_overwrite_and_restore_refuses_what_is_no_backup(config_dir: Path, tmp_path: Path) -> None:
    assert runner.invoke(app, ["db", "init", "--config", str(config_dir)]).exit_code == 0
    taken = tmp_path / "taken.db"
    assert runner.invoke(app, ["backup", str(taken), "--config", str(config_dir)]).exit_code == 0
    again = runner.invoke(app, ["backup", str(taken), "--config", str(config_dir)])
    assert again.exit_code == 1 and "already exists" in again.output
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 100)
    refused = runner.invoke(app, ["restore", str(junk), "--yes", "--config", str(config_dir)])
    assert refused.exit_code == 1 and "not a usable monitor backup" in refused.output
    assert "nothing was changed" in refused.output
    assert counts(tmp_path / "monitor.db")["run"] == 0


def test_restore_puts_back_a_damaged_database_and_an_old_one_is_backed_up_as_it_is(
    config_dir: Path, tmp_path: Path
) -> None:
    live = tmp_path / "monitor.db"
    assert runner.invoke(app, ["db", "init", "--config", str(config_dir)]).exit_code == 0
    sqlite_back_to_0001(live)  # a database of the release before revisions (0001's tables, no alembic_version),
    with closing(sqlite3.connect(live)) as db, db:  # from before message ids: backed up as it is
        db.execute("ALTER TABLE digestrun DROP COLUMN message_id")
        db.execute("DROP TABLE alembic_version")
        db.execute("INSERT INTO run (started_at, status, counts, errors) VALUES ('2026-01-01', 'OK', '{}', '[]')")
    taken = tmp_path / "old.db"
    backed = runner.invoke(app, ["backup", str(taken), "--config", str(config_dir)])
    assert backed.exit_code == 0, backed.output
    with closing(sqlite3.connect(taken)) as db, db:
        assert "message_id" not in {row[1] for row in db.execute("PRAGMA table_info(digestrun)")}
    for extra in ("-wal", "-shm"):
        Path(f"{live}{extra}").unlink(missing_ok=True)
    live.write_bytes(b"\0garbage" * 4096)  # damaged: the reason to restore
    damaged = runner.invoke(app, ["feeds", "--config", str(config_dir)])
    assert damaged.exit_code == 1 and "damaged" in damaged.output
    restored = runner.invoke(app, ["restore", str(taken), "--yes", "--config", str(config_dir)])
    assert restored.exit_code == 0, restored.output
    assert counts(live)["run"] == 1
    with closing(sqlite3.connect(live)) as db, db:  # and brought up to this version on the way back
        assert "message_id" in {row[1] for row in db.execute("PRAGMA table_info(digestrun)")}
    assert runner.invoke(app, ["feeds", "--config", str(config_dir)]).exit_code == 0
