"""Build tests/data/dev18/quotes.json from the hand-written tests/data/dev18/quotes.src.

    python tests/data/dev18/build_dev18.py   # from the repository root: validate, write, print counts
    python tests/data/dev18/build_dev18.py --check   # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev18/build_dev18.py --show dh-004   # print documents with their labels marked inline

An eighteenth labelled development (tuning) set for the quotation tagger, written blind (without sight of the
tagger or of the texts of the earlier labelled sets): twelve stories in the style of US political news
(Congress, campaigns, the White House, governors, statehouses, courts, budgets, agencies), immigration
enforcement the subject of about half and one subject of several in the rest, weighted to short partial quotes
woven into reported speech beside scare quotes, coined terms, nicknames, titles, slogans and signs that are not
quotes; organisations, offices, campaigns and unnamed descriptions as speakers ("the White House said", "two
officials familiar with the talks", "aides", "Republicans"); cues beyond "said" (told reporters, wrote on X,
argued, quipped, conceded, in a floor speech, in a letter to); titles before names after the cue, middle
initials and "Jr."; quotes from letters, rulings, bills and posts; quotes of quotes; long quotes over
paragraphs; and one confounder (an ice storm and a namesake of a watched person).
It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out
builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what
differs: ids look like ``dh-001`` and documents run 600-1100 words. Its conventions beyond the seventeenth
set's are in the header of quotes.src.

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

DEV18 = focused_set(__file__, id_prefix="dh", words=(600, 1100), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV18, sys.argv[1:]))
