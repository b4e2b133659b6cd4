"""Build tests/data/dev2/quotes.json from the hand-written tests/data/dev2/quotes.src.

    python tests/data/dev2/build_dev2.py                  # from the repository root: validate, write, print counts
    python tests/data/dev2/build_dev2.py --check          # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev2/build_dev2.py --show dv-004    # print documents with their labels marked inline

A second labelled development (tuning) set for the quotation tagger, in exactly the format of the held-out
set (tests/data/heldout/quotes.src), and built by the held-out builder's code: its parsing, validation and
report are in tests/data/heldout/build_heldout.py, what every builder shares (reading the .src, the common
checks, the command line) in tests/data/labelled_sets.py. This wrapper sets what differs: ids look like
``dv-001`` and documents run 150-800 words (the held-out set's 150-900).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # set before the import below, so no __pycache__ appears next to the builders
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/data

from heldout.build_heldout import labelled_set, main  # noqa: E402

DEV2 = labelled_set(__file__, id_prefix="dv", words=(150, 800))

if __name__ == "__main__":
    sys.exit(main(DEV2, sys.argv[1:]))
