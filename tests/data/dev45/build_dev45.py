"""Build tests/data/dev45/quotes.json from the hand-written tests/data/dev45/quotes.src.

    python tests/data/dev45/build_dev45.py   # from the repository root: validate, write, print counts
    python tests/data/dev45/build_dev45.py --check   # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev45/build_dev45.py --show er-004   # print documents with their labels marked inline

A forty-fifth labelled development (tuning) set for the quotation tagger, written blind (without sight of
the tagger or of the texts of the earlier labelled sets): seventeen stories about immigration enforcement and
its neighbourhood built on DOCUMENTS AND ANONYMOUS SOURCES: emails, text messages, group chats, memos, letters,
dispatch logs, court exhibits and depositions obtained through records requests and discovery, whose writers
must be read from "wrote to", "texted the group", "wrote back", "replied", "the memo, signed by", "His email
... reads in full:", "Its first sentence read:"; officials and employees speaking on condition of anonymity
("a senior ICE official who was not authorized to speak publicly", "the person", "the employee"); writers
whose names were redacted; a whistle-blower's complaint, inspector general's reports (federal and city), a
fact-check column with its rating, and a follow-up in which the agency answers a newspaper point by point.
The same official writes and is later interviewed, document writers and speakers alternate, and pronouns
cross paragraphs. Outlets: wire copy, metro dailies and a weekly, local TV and public-radio web copy, a trade
paper, a student paper, a nonprofit newsroom and a press release; two confounders (an ice storm under an
all-caps "ICE STORM" kicker, and John Morton the parks director and his ice rink, a namesake of a watched
person).
It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out
builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what
differs: ids look like ``er-001`` and documents run 200-1100 words. Its conventions beyond the earlier sets'
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

DEV45 = focused_set(__file__, id_prefix="er", words=(200, 1100), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV45, sys.argv[1:]))
