"""Build tests/data/dev3/quotes.json from the hand-written tests/data/dev3/quotes.src.

    python tests/data/dev3/build_dev3.py                  # from the repository root: validate, write, print counts
    python tests/data/dev3/build_dev3.py --check          # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev3/build_dev3.py --show dx-004    # print documents with their labels marked inline

A third labelled development (tuning) set for the quotation tagger, written in styles other than the wire
story (magazine features, translated community papers, TV and radio web copy, live blogs, court and hearing
reports, op-eds, newsletters, business wire, social-media stories, Q&A interviews), in exactly the format of
the held-out set (tests/data/heldout/quotes.src), and built by the held-out builder's code: its parsing,
validation and report are in tests/data/heldout/build_heldout.py, what every builder shares (reading the
.src, the common checks, the command line) in tests/data/labelled_sets.py. This wrapper sets what differs:
ids look like ``dx-001`` and documents run 200-800 words (the held-out set's 150-900).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # set before the import below, so no __pycache__ appears next to the builders
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/data

from heldout.build_heldout import labelled_set, main  # noqa: E402

DEV3 = labelled_set(__file__, id_prefix="dx", words=(200, 800))

if __name__ == "__main__":
    sys.exit(main(DEV3, sys.argv[1:]))
