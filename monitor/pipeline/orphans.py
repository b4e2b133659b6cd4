"""Child processes that end when their parent does, however the parent ends (even `kill -9`).

A cron pass that is killed must not leave parse workers behind: cron would start the next pass beside
them, and nothing would ever reap them. Linux can signal a child when its parent dies
(`prctl(PR_SET_PDEATHSIG)`); elsewhere, and as a second line, a thread in the child watches for its
parent to change.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
import time

_PR_SET_PDEATHSIG = 1
_WATCH_SECONDS = 1.0


def die_with_parent(parent_pid: int) -> None:
    """Run in a new child (a pool initializer): exit when the process `parent_pid` is gone."""
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent_pid:  # the parent died before the signal was armed
        os._exit(1)
    threading.Thread(target=_watch, args=(parent_pid,), name="watch-parent", daemon=True).start()


def _watch(parent_pid: int) -> None:
    while os.getppid() == parent_pid:
        time.sleep(_WATCH_SECONDS)
    os._exit(1)
