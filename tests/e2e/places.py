"""A place for a real `monitor run` in its own process: a config folder and a data folder its user may write,
shared by the tests of a machine's faults (test_fault_matrix.py, test_disk_full.py)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from tests.conftest import ROOT, SAMPLES

MONITOR = Path(sys.executable).parent / "monitor"
AS_ROOT = os.geteuid() == 0
SETPRIV = shutil.which("setpriv")
FEED = SAMPLES / "feeds" / "harbor-city-tribune.xml"
ARTICLES = 8  # what FEED holds


@dataclass
class Place:
    """A config folder and a data folder that the pass's user may write, as an admin would set them up."""

    root: Path

    @property
    def config(self) -> Path:
        return self.root / "config"

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def database(self) -> Path:
        return self.data / "monitor.db"

    @property
    def lock(self) -> Path:
        return self.data / "monitor.lock"

    def settings(self, **paths: Path) -> None:
        values = {
            "database_url": f"sqlite:///{paths.get('database', self.database)}",
            "lock_file": str(paths.get("lock", self.lock)),
            "log_file": str(paths.get("log", self.data / "logs" / "monitor.log")),
        }
        (self.config / "settings.toml").write_text(
            "[settings]\n" + "".join(f'{k} = "{v}"\n' for k, v in values.items())
        )

    def run(self) -> subprocess.CompletedProcess[str]:
        """`monitor run --all` in its own process, subject to file permissions even when the tests run as root."""
        command = [str(MONITOR), "run", "--all", "--config", str(self.config)]
        if AS_ROOT:
            command = [str(SETPRIV), "--bounding-set", "-dac_override,-dac_read_search,-fowner", *command]
        env = {"PATH": os.environ.get("PATH", ""), "HOME": str(self.root), "COLUMNS": "200"}
        return subprocess.run(command, capture_output=True, text=True, env=env, timeout=300, cwd=self.root)

    def articles(self) -> int:
        with sqlite3.connect(self.database) as db:
            return db.execute("SELECT count(*) FROM article").fetchone()[0]


def make_place() -> Place:
    """A fresh place in /tmp, its folders writable by the pass's user, with the sample config."""
    root = Path(tempfile.mkdtemp(prefix="monitor-faults-", dir="/tmp"))
    place = Place(root)
    for folder in (root, place.config, place.data):
        folder.mkdir(exist_ok=True)
        folder.chmod(0o777)
    shutil.copy(ROOT / "config" / "watchlist.toml", place.config)
    shutil.copy(ROOT / "config" / "wire.toml", place.config)
    (place.config / "feeds.toml").write_text(f'[[feeds]]\nname = "Tribune"\nurl = "file:{FEED}"\n')
    place.settings()
    return place


def remove_place(place: Place) -> None:
    subprocess.run(["chmod", "-R", "u+rwX", str(place.root)], check=False)
    shutil.rmtree(place.root, ignore_errors=True)
