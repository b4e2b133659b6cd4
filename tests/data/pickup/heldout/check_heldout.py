"""Self-check for the held-out press-release pickup set (standard library only).

    python3 tests/data/pickup/heldout/check_heldout.py

Runs exactly the checks of tests/data/pickup/check_labeled.py (loaded by path, so the two cannot drift apart),
pointed at this folder's labeled.json and releases/. Prints the release list, the articles by strongest match,
the labelled (article, release) pairs per match type and the verbatim/altered quote-label counts; exits 1,
listing every problem, if anything is inconsistent.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CHECKER = HERE.parent / "check_labeled.py"


def main() -> int:
    spec = importlib.util.spec_from_file_location("check_labeled", CHECKER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.HERE = HERE                      # `file` paths in labeled.json are relative to this folder
    module.LABELS = HERE / "labeled.json"
    return module.main()


if __name__ == "__main__":
    sys.exit(main())
