"""Two cron passes must never overlap: the second one sees the lock and leaves at once."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

from ..errors import AlreadyRunning, Unwritable


@contextmanager
def run_lock(path: str | Path) -> Iterator[None]:
    """Hold an OS-level lock on `path` (released by the OS even if the process is killed)."""
    path = Path(path)
    lock = FileLock(path, timeout=0)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        lock.acquire()
    except Timeout:
        raise AlreadyRunning(
            f"another monitor run is in progress (lock {path} is held); not starting a second one"
        ) from None
    except OSError as exc:
        raise Unwritable(
            f"{path}: cannot take the run lock ({exc.strerror or exc}): make the file and its folder "
            "writable for the user that runs monitor, or set lock_file in settings.toml"
        ) from exc
    try:
        yield
    finally:
        lock.release()
