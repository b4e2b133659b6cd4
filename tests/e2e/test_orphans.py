"""A pass killed with `kill -9` leaves no process behind: its parse workers die with it.

A real `monitor run --all` over 60 slow loopback feeds, parsing in two worker processes; once the workers
are up, the pass is killed outright, and none of its descendants may be alive 5 seconds later.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from bench.generators.feeds import numbered_items, rss
from tests.server import LoopbackServer, Route

MONITOR = Path(sys.executable).parent / "monitor"


def children(pid: int) -> set[int]:
    """Every live descendant of `pid`, from /proc."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if fields[0] != "Z":
                parents[int(entry.name)] = int(fields[1])
    found, frontier = set(), {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_killing_a_pass_leaves_no_worker_behind(config_dir: Path) -> None:
    (config_dir / "settings.toml").write_text((config_dir / "settings.toml").read_text() + "parse_processes = 2\n")
    body = rss(numbered_items(20)).encode()
    with LoopbackServer() as server:
        for n in range(60):
            server.routes[f"/feed-{n}.xml"] = Route(200, body, {"Content-Type": "application/rss+xml"}, delay=0.5)
        (config_dir / "feeds.toml").write_text(
            "".join(f'[[feeds]]\nname = "feed {n}"\nurl = "{server.url(f"/feed-{n}.xml")}"\n\n' for n in range(60))
        )
        process = subprocess.Popen(
            [str(MONITOR), "run", "--all", "--config", str(config_dir)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            deadline = time.monotonic() + 60
            while len(workers := children(process.pid)) < 2 and time.monotonic() < deadline:
                time.sleep(0.1)
            assert len(workers) >= 2, "the parse workers never started"
            os.kill(process.pid, signal.SIGKILL)
            process.wait(timeout=10)
            time.sleep(5)
            survivors = [pid for pid in workers if alive(pid)]
        finally:
            if process.poll() is None:
                process.kill()
    for pid in survivors:
        os.kill(pid, signal.SIGKILL)
    assert survivors == [], f"{len(survivors)} of {len(workers)} child processes outlived the killed pass"
