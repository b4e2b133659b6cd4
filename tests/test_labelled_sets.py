"""Every hand-labelled set's JSON is what its .src builds (so nobody scores or tunes on a stale file)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BUILDERS = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "tests" / "data").rglob("build_*.py"))


def test_the_builders_are_found() -> None:
    assert {"tests/data/heldout/build_heldout.py", "tests/data/dev5/build_dev5.py"} <= set(BUILDERS)


@pytest.mark.parametrize("builder", BUILDERS)
def test_labelled_set_is_built_from_its_source(builder: str) -> None:
    done = subprocess.run([sys.executable, builder, "--check"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
