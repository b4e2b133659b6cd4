"""Build tests/data/dev23/quotes.json from the hand-written tests/data/dev23/quotes.src.

    python tests/data/dev23/build_dev23.py   # from the repository root: validate, write, print counts
    python tests/data/dev23/build_dev23.py --check   # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev23/build_dev23.py --show dd-004   # print documents with their labels marked inline

A twenty-third labelled development (tuning) set for the quotation tagger, written blind (without sight of
the tagger or of the texts of the earlier labelled sets): fourteen stories about immigration enforcement and its
neighbourhood weighted to pronouns across paragraphs and credits through descriptions: he/she/they/it credits
whose antecedent stands one to three paragraphs back with people of both sexes named in between, speakers
described first and named later or never named, split quotes credited by a pronoun or a description, partial
quotes inside reported speech, multi-paragraph quotes, relatives sharing a surname, in wire copy, TV and radio
write-ups, court and hearing coverage, features, community meetings, an obituary and a profile, and two
confounders (an ice-cream shop, a namesake of a watched person).
It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out
builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what
differs: ids look like ``dd-001`` and documents run 350-650 words. Its conventions beyond the earlier sets'
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

DEV23 = focused_set(__file__, id_prefix="dd", words=(350, 650), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV23, sys.argv[1:]))
