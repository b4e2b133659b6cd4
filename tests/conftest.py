"""Shared fixtures: a loopback HTTP server, a temporary config folder and database, one loaded tagger; and the
review site over a real pass (tests/review_site.py), for the site's and the digest's tests."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from monitor.config import load_watchlist
from tests.server import LoopbackServer

if TYPE_CHECKING:
    from monitor.tag import Tagger

pytest_plugins = ["tests.databases", "tests.review_site"]

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "data" / "samples"


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with LoopbackServer(SAMPLES) as running:
        yield running


def write_config_dir(directory: Path, tmp: Path) -> Path:
    """A config folder with the real watchlist and wire list, and settings pointing at a temporary database (a
    SQLite file in `tmp`, or a fresh PostgreSQL database with --database=postgresql), lock and log."""
    from tests.databases import database_url  # a plugin (pytest_plugins), imported once pytest has registered it

    directory.mkdir(exist_ok=True)
    shutil.copy(ROOT / "config" / "watchlist.toml", directory / "watchlist.toml")
    shutil.copy(ROOT / "config" / "wire.toml", directory / "wire.toml")
    (directory / "settings.toml").write_text(
        "[settings]\n"
        f'database_url = "{database_url(tmp)}"\n'
        f'lock_file = "{tmp / "monitor.lock"}"\n'
        f'log_file = "{tmp / "monitor.log"}"\n'
        "connect_timeout = 2.0\nread_timeout = 2.0\ntotal_timeout = 4.0\n"
        "per_host_gap = 0.0\n"  # every test server is one host, 127.0.0.1
        'page_allowed_networks = ["127.0.0.0/8"]\n'  # article pages on the test server are not an intranet probe
    )
    (directory / "feeds.toml").write_text("")
    return directory


@pytest.fixture
def config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("MONITOR_DATABASE_URL", raising=False)
    monkeypatch.setenv("MONITOR_CONFIG_DIR", str(tmp_path / "config"))
    return write_config_dir(tmp_path / "config", tmp_path)


@pytest.fixture(scope="session")
def tagger() -> Tagger:
    """The real tagger on the trained model, loaded once for the whole session."""
    from monitor.tag import Tagger

    return Tagger(load_watchlist(ROOT / "config" / "watchlist.toml"), "en_core_web_sm")
