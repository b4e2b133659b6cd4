"""Faults of the machine a pass runs on, each through a real `monitor run` in its own process: the pass
ends with exit 1 and one line naming the file and what to do (never a traceback), stores nothing half
way, and once the fault is put right the next pass works and stores everything.

File permissions mean nothing to root, so when the tests run as root the pass runs without the
capabilities that override them (setpriv drops CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH and CAP_FOWNER from
its bounding set): then they hold, as they do for an admin's cron user.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.e2e.places import ARTICLES, AS_ROOT, SETPRIV, Place

pytestmark = pytest.mark.sqlite_only("faults of the SQLite file: read-only, damaged, its folder missing")

if AS_ROOT and not SETPRIV:
    pytest.skip(
        "as root, these tests need setpriv (util-linux) to make file permissions count", allow_module_level=True
    )


def one_line_error(result: subprocess.CompletedProcess[str], *words: str) -> str:
    said = result.stdout + result.stderr
    assert result.returncode == 1, said
    assert "Traceback" not in said and said.count("\n") <= 1, said
    assert said.startswith("error: ") and all(word in said for word in words), said
    return said


@dataclass(frozen=True)
class Fault:
    name: str
    make: Callable[[Place], None]  # after a good first pass
    says: tuple[str, ...]
    mend: Callable[[Place], None]


def _damage(place: Place, how: str) -> None:
    for extra in ("-wal", "-shm"):
        Path(f"{place.database}{extra}").unlink(missing_ok=True)
    if how == "garbage":
        place.database.write_bytes(os.urandom(4096))
    else:
        with place.database.open("r+b") as file:
            file.truncate(place.database.stat().st_size // 2)


def _move_aside(place: Place) -> None:
    place.database.rename(place.data / "monitor.db.damaged")


def _readonly_log_folder(place: Place) -> None:
    folder = place.data / "readonly-logs"
    folder.mkdir(mode=0o555)
    folder.chmod(0o555)
    place.settings(log=folder / "monitor.log")


def _uncreatable_database_folder(place: Place) -> None:
    locked = place.data / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    place.settings(database=locked / "new" / "monitor.db")


FAULTS = [
    Fault(
        "read-only database",
        lambda p: p.database.chmod(0o444),
        ("monitor.db", "read-only", "-wal and -shm"),
        lambda p: [f.chmod(0o666) for f in p.data.glob("monitor.db*")],
    ),
    Fault(
        "read-only data folder",
        lambda p: p.data.chmod(0o555),
        ("monitor.db", "write access", "folder"),
        lambda p: p.data.chmod(0o777),
    ),
    Fault(
        "database folder that cannot be created",
        _uncreatable_database_folder,
        ("cannot create its folder",),
        lambda p: p.settings(),
    ),
    Fault(
        "read-only log folder",
        _readonly_log_folder,
        ("monitor.log", "cannot write the log", "log_file"),
        lambda p: p.settings(),
    ),
    Fault(
        "unwritable lock file",
        lambda p: p.lock.chmod(0o444),
        ("monitor.lock", "run lock", "lock_file"),
        lambda p: p.lock.chmod(0o666),
    ),
    Fault(
        "database that is not a database",
        lambda p: _damage(p, "garbage"),
        ("monitor.db", "damaged", "backup"),
        _move_aside,
    ),
    Fault("malformed database", lambda p: _damage(p, "truncate"), ("monitor.db", "damaged", "backup"), _move_aside),
]


@pytest.mark.parametrize("fault", FAULTS, ids=[f.name for f in FAULTS])
def test_a_fault_is_one_line_and_the_next_pass_after_the_fix_works(place: Place, fault: Fault) -> None:
    first = place.run()
    assert first.returncode == 0, first.stdout + first.stderr
    fault.make(place)
    one_line_error(place.run(), *fault.says)
    fault.mend(place)
    fixed = place.run()
    assert fixed.returncode == 0, fixed.stdout + fixed.stderr
    assert place.articles() == ARTICLES  # all there, none twice
