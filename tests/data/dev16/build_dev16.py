"""Build tests/data/dev16/quotes.json from the hand-written tests/data/dev16/quotes.src.

    python tests/data/dev16/build_dev16.py   # from the repository root: validate, write, print counts
    python tests/data/dev16/build_dev16.py --check   # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev16/build_dev16.py --show dp-004   # print documents with their labels marked inline

A sixteenth labelled development (tuning) set for the quotation tagger, written blind (without sight of the
tagger or of the texts of the earlier labelled sets): fourteen stories about immigration enforcement drawn as a
mixed monitoring day (America's Voice press statements, wire rewrites of releases in straight marks, local TV
and weekly copy, an op-ed, a letters page, a hearing report with a transcript excerpt, a radio transcript, a
vigil feature, a court ruling), with pronoun credits a paragraph or more from their antecedent, split and
continued quotes, partial quotes credited to people, organisations and descriptions, two people of one surname,
people named but never quoted, scare quotes, titles, slogans and signs that are not quotes, and two confounders
(black ice on a highway, a namesake of a watched person).
It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out
builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what
differs: ids look like ``dp-001`` and documents run 350-650 words. Its conventions beyond the fifteenth set's
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

DEV16 = focused_set(__file__, id_prefix="dp", words=(350, 650), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV16, sys.argv[1:]))
