"""Build tests/data/dev17/quotes.json from the hand-written tests/data/dev17/quotes.src.

    python tests/data/dev17/build_dev17.py   # from the repository root: validate, write, print counts
    python tests/data/dev17/build_dev17.py --check   # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev17/build_dev17.py --show ds-004   # print documents with their labels marked inline

A seventeenth labelled development (tuning) set for the quotation tagger, written blind (without sight of the
tagger or of the texts of the earlier labelled sets): stories about immigration enforcement (a detainer at a
county jail, a vigil outside a detention center, a 287(g) budget hearing, an immigration court, a Senate
hearing, a statehouse bill, a workplace raid, the homeland security budget, an America's Voice release) weighted
to pronoun credits whose antecedent stands one to three paragraphs back with people of both sexes named in
between, speakers introduced by a description and named later (or never), descriptions with neutral nouns
credited across sentences, split quotes credited by pronoun or description, partial quotes inside reported
speech with a pronoun, description or organisation as subject, quotes after a paragraph that only describes
their speaker, multi-paragraph quotes, relatives sharing a surname and titles that change, and two confounders
(road ice, a namesake of a watched person at an ice-cream shop).
It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out
builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what
differs: ids look like ``ds-001`` and documents run 350-650 words. Its conventions beyond the earlier sets'
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

DEV17 = focused_set(__file__, id_prefix="ds", words=(350, 650), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV17, sys.argv[1:]))
