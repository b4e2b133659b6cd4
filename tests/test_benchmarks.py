"""Every benchmark runs, in its --smoke size, so that no change can leave one broken (figures not checked)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS = sorted(p.name for p in (ROOT / "bench").glob("*.py") if p.name not in ("__init__.py", "feedserver.py"))
# What each prints once it has measured everything (so a benchmark that stops early fails here).
LAST_WORDS = {
    "fetching.py": "equal work:",
    "pickup.py": "identical",
    "tagging.py": "typical day",
    "pages.py": "equal work:",
    "parsing.py": "reading only",
    "tagging_corpus.py": "identical",
    "web.py": "CSV export",
    "scale.py": "the largest ratio",
    "workers.py": "two workers vs one:",
    "watchlist_preview.py": "slowest preview",
}


def test_every_benchmark_is_listed() -> None:
    assert BENCHMARKS == sorted(LAST_WORDS)


@pytest.mark.parametrize("name", BENCHMARKS)
def test_benchmark_runs_in_smoke_size(name: str) -> None:
    smoke(name)


def test_scale_runs_on_a_private_postgresql_in_smoke_size() -> None:
    smoke("scale.py", "--postgresql")


def smoke(name: str, *options: str) -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / name), "--smoke", *options],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert LAST_WORDS[name] in done.stdout, done.stdout[-3000:]
