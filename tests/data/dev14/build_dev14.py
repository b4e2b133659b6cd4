"""Build tests/data/dev14/quotes.json from the hand-written tests/data/dev14/quotes.src.

    python tests/data/dev14/build_dev14.py   # from the repository root: validate, write, print counts
    python tests/data/dev14/build_dev14.py --check   # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev14/build_dev14.py --show dt-004   # print documents with their labels marked inline

A fourteenth labelled development (tuning) set for the quotation tagger, written blind (without sight of the
tagger or of the texts of the earlier labelled sets): stories about immigration enforcement weighted to pronouns
and turn-taking: hearing, council-meeting and deposition transcripts where speakers alternate, reported hearings
where "he" and "she" pass between questioner and witness, he/she/they/it credits whose antecedent stands
paragraphs back with other people named in between, people introduced in a list after a colon, vocatives inside
quotes, speakers described first and named later, question-and-answer interviews, multi-paragraph quotes, and
two confounders (road ice before a county board, a namesake of a watched person).
It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out
builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what
differs: ids look like ``dt-001`` and documents run 350-650 words. Its conventions beyond the thirteenth set's
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

DEV14 = focused_set(__file__, id_prefix="dt", words=(350, 650), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV14, sys.argv[1:]))
