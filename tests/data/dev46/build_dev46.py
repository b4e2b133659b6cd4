"""Build tests/data/dev46/quotes.json from the hand-written tests/data/dev46/quotes.src.

    python tests/data/dev46/build_dev46.py   # from the repository root: validate, write, print counts
    python tests/data/dev46/build_dev46.py --check   # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev46/build_dev46.py --show es-004   # print documents with their labels marked inline

A forty-sixth labelled development (tuning) set for the quotation tagger, written blind (without sight of
the tagger or of the texts of the earlier labelled sets): seventeen stories about Congress and state
legislatures at work on immigration enforcement, weighted to the way legislative coverage credits its
speakers: hearing write-ups in which a chair, a ranking member and witnesses trade lines ("the gentlewoman
from Ohio", "the witness replied", "the director said"), floor debates with members quoted by title, party
and state ("Rep. Ignacio Salcedo, D-Texas", "the Florida Republican"), a markup, a senator's town hall, a
committee report with its dissenting and additional views, testimony quoted where the story says so beside a
printed exchange with turn labels that is not quoted speech, a governor's veto message, a statehouse
reporter's notebook with a Q&A box, a member's press release and an advocacy statement; titles that change
(Sen., the senator, the Alaska Republican, the chairwoman), members who share a surname (two Salcedos, two
Ashworths, two Marshes, two Bealles, two Mortons) or a title, and pronouns that cross paragraphs; in wire
copy, a metro daily, local TV web copy, public radio, trade papers, a student paper and press releases; and
two confounders (an ice-storm hearing chaired by a namesake of a watched person, and a hearing on ICE
vehicles, internal-combustion engines).
It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out
builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what
differs: ids look like ``es-001`` and documents run 200-1100 words. Its conventions beyond the earlier sets'
are in the header of quotes.src.

Like the builders of dev4 to dev23 it reads each document's comment line ``# focus: ...``, reports the
number of documents per focus, and warns about a focus the document's labels cannot bear out.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # set before the import below, so no __pycache__ appears next to the builders
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/data

from foci import HARD_SHAPES, focused_set  # noqa: E402
from labelled_sets import main  # noqa: E402

DEV46 = focused_set(__file__, id_prefix="es", words=(200, 1100), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV46, sys.argv[1:]))
