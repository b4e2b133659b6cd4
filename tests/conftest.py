"""Shared fixtures: a loopback HTTP server, a temporary config folder and database, one loaded tagger."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from monitor.config import load_watchlist
from tests.server import LoopbackServer

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "data" / "samples"


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with LoopbackServer(SAMPLES) as running:
        yield running


@pytest.fixture
def config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A config folder with the real watchlist and settings pointing at a temporary database, lock and log."""
    directory = tmp_path / "config"
    directory.mkdir()
    shutil.copy(ROOT / "config" / "watchlist.toml", directory / "watchlist.toml")
    (directory / "settings.toml").write_text(
        "[settings]\n"
        f'database_url = "sqlite:///{tmp_path / "monitor.db"}"\n'
        f'lock_file = "{tmp_path / "monitor.lock"}"\n'
        f'log_file = "{tmp_path / "monitor.log"}"\n'
        "connect_timeout = 2.0\nread_timeout = 2.0\ntotal_timeout = 4.0\n"
    )
    (directory / "feeds.toml").write_text("")
    monkeypatch.delenv("MONITOR_DATABASE_URL", raising=False)
    monkeypatch.setenv("MONITOR_CONFIG_DIR", str(directory))
    return directory


@pytest.fixture(scope="session")
def tagger():
    """The real tagger on the trained model, loaded once for the whole session."""
    from monitor.tag import Tagger

    return Tagger(load_watchlist(ROOT / "config" / "watchlist.toml"), "en_core_web_sm")
