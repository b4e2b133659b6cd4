"""A full disk under a real `monitor run` in its own process: the database's file cannot grow (the kernel's
file-size limit, RLIMIT_FSIZE: every write past it fails as it does on a full disk) and the log is /dev/full
(every write fails with ENOSPC). The pass ends with exit 1 and one line, never a traceback or a `--- Logging
error ---` per record; once there is room again the next pass stores everything, nothing twice."""

from __future__ import annotations

import os
import resource
import signal
import sqlite3
import subprocess
from pathlib import Path

import pytest

from tests.conftest import SAMPLES
from tests.e2e.places import MONITOR, Place

pytestmark = pytest.mark.sqlite_only("the SQLite file on a full disk")

FIRST, SECOND = SAMPLES / "feeds" / "harbor-city-tribune.xml", SAMPLES / "feeds" / "valley-ledger.atom"


def run_with_a_full_disk(where: Place, limit: int) -> subprocess.CompletedProcess[str]:
    def full_disk() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG) instead of killing
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    env = {"PATH": os.environ.get("PATH", ""), "HOME": str(where.root), "PYTHONDONTWRITEBYTECODE": "1"}
    command = [str(MONITOR), "run", "--all", "--config", str(where.config)]
    return subprocess.run(
        command, capture_output=True, text=True, env=env, timeout=300, cwd=where.root, preexec_fn=full_disk
    )


def feeds(where: Place, *files: Path) -> None:
    (where.config / "feeds.toml").write_text(
        "".join(f'[[feeds]]\nname = "{f.stem}"\nurl = "file:{f}"\n\n' for f in files)
    )


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_disk_ends_the_pass_with_one_line_and_loses_nothing(place: Place) -> None:
    feeds(place, FIRST)
    assert place.run().returncode == 0
    with sqlite3.connect(place.database) as db:
        before = db.execute("SELECT count(*) FROM article").fetchone()[0]
    feeds(place, FIRST, SECOND)  # eight new articles to store, and no room for them
    place.settings(log=Path("/dev/full"))
    full = run_with_a_full_disk(place, limit=64 * 1024)
    said = full.stdout + full.stderr
    assert full.returncode == 1, said
    assert said.count("\n") == 1 and said.startswith("error: "), said
    assert "the disk is full or failing" in said and "monitor.db" in said, said
    assert "could not be written" in said and "/dev/full" in said, said  # the lost log, on the same line
    assert "Traceback" not in said and "Logging error" not in said
    place.settings()
    again = place.run()
    assert again.returncode == 0, again.stdout + again.stderr
    assert place.articles() == before + 8  # the second feed's eight, once each
