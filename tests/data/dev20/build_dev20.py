"""Build tests/data/dev20/quotes.json from the hand-written tests/data/dev20/quotes.src.

    python tests/data/dev20/build_dev20.py   # from the repository root: validate, write, print counts
    python tests/data/dev20/build_dev20.py --check   # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev20/build_dev20.py --show da-003   # print documents with their labels marked inline

A twentieth labelled development (tuning) set for the quotation tagger, written blind (without sight of the
tagger or of the texts of the earlier labelled sets): documents in the style of US political news (Congress,
campaigns, city councils, county boards, statehouses, courts, budgets, agencies, advocacy groups' reports, op-eds
and analysis), immigration enforcement the subject of about half of them and one subject of several in the rest,
weighted to short partial quotes woven into reported speech beside scare quotes, coined terms, nicknames, titles,
slogans and signs that are not quotes; organisations, campaigns, aides, officials and anonymous sources as
speakers; cues beyond "said"; titles before names, middle initials and "Jr."; quotes from letters, rulings, bills
and posts; quotes of quotes and long quotes over paragraphs; and one confounder that hits no watched topic.
It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out
builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what
differs: ids look like ``da-001`` and documents run 600-1100 words. Its conventions beyond the nineteenth set's
are in the header of quotes.src.

Like the builders of dev4 to dev7 it reads each document's comment line ``# focus: ...``, reports the number
of documents per focus, and warns about a focus the document's labels cannot bear out.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # set before the import below, so no __pycache__ appears next to the builders
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/data

from foci import HARD_SHAPES, focused_set  # noqa: E402
from labelled_sets import main  # noqa: E402

DEV20 = focused_set(__file__, id_prefix="da", words=(600, 1100), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV20, sys.argv[1:]))
