"""Build tests/data/dev22/quotes.json from the hand-written tests/data/dev22/quotes.src.

    python tests/data/dev22/build_dev22.py   # from the repository root: validate, write, print counts
    python tests/data/dev22/build_dev22.py --check   # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev22/build_dev22.py --show dc-004   # print documents with their labels marked inline

A twenty-second labelled development (tuning) set for the quotation tagger, written blind (without sight of the
tagger or of the texts of the earlier labelled sets): US news analysis and accountability reporting (jail and
agency investigations, court rulings, an inspector general's audit, budget fights, campaign coverage, an
explainer and a fact-check), immigration enforcement the subject of about half of the documents and one subject
of several in the rest, weighted to short partial quotes woven into reported speech beside scare quotes, terms,
nicknames, titles, slogans and signs, organisations and unnamed descriptions as sources, cues beyond "said",
quotes from letters, rulings, reports and posts, quotes of quotes and quotes over several paragraphs; and one
confounder (an ice-storm audit with a namesake of a watched person).
It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out
builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what
differs: ids look like ``dc-001`` and documents run 600-1100 words. Its conventions beyond the earlier sets'
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

DEV22 = focused_set(__file__, id_prefix="dc", words=(600, 1100), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV22, sys.argv[1:]))
