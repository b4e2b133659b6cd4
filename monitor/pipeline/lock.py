"""Two cron passes must never overlap: the second one sees the lock and leaves at once."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

from ..errors import AlreadyRunning


@contextmanager
def run_lock(path: str | Path) -> Iterator[None]:
    """Hold an OS-level lock on `path` (released by the OS even if the process is killed)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(path, timeout=0)
    try:
        lock.acquire()
    except Timeout:
        raise AlreadyRunning(f"another monitor run is in progress (lock {path} is held); not starting a second one") from None
    try:
        yield
    finally:
        lock.release()
