"""Build tests/data/dev15/quotes.json from the hand-written tests/data/dev15/quotes.src.

    python tests/data/dev15/build_dev15.py   # from the repository root: validate, write, print counts
    python tests/data/dev15/build_dev15.py --check   # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev15/build_dev15.py --show du-004   # print documents with their labels marked inline

A fifteenth labelled development (tuning) set for the quotation tagger, written blind (without sight of the
tagger or of the texts of the earlier labelled sets): fourteen stories about immigration enforcement weighted to
press statements of every family (America's Voice's and others', "The following is a statement from X:", "X
issued the following statement:", "Statement of X on Y" headings, a joint statement, an organisation's statement
with no person named, statements over several paragraphs), wire and local copy rewriting statements under a new
lede ("said in a statement", "the department said in a news release", "it said"), organisations and unnamed
descriptions as speakers, split and multi-paragraph quotes, partial quotes inside reported speech beside scare
quotes, titles, slogans and signs, op-eds and letters quoting others, posts quoted from social media, a headline
crediting a quote, and two confounders (an ice-cream shop, a namesake of a watched person).
It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out
builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what
differs: ids look like ``du-001`` and documents run 350-650 words. Its conventions beyond the earlier sets'
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

DEV15 = focused_set(__file__, id_prefix="du", words=(350, 650), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV15, sys.argv[1:]))
