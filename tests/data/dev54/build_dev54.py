"""Build tests/data/dev54/quotes.json from the hand-written tests/data/dev54/quotes.src.

    python tests/data/dev54/build_dev54.py   # from the repository root: validate, write, print counts
    python tests/data/dev54/build_dev54.py --check   # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev54/build_dev54.py --show fb-004   # print documents with their labels marked inline

A fifty-fourth labelled development (tuning) set for the quotation tagger, written blind (without sight of
the tagger or of the texts of the held-out set and the earlier labelled sets): sixteen long stories carried by
"he" and "she", US local, regional and wire copy on immigration enforcement (Secure Communities, ICE
detainers, 287(g), E-Verify, a worksite raid, detention, deportation cases, courts): a family feature after a
detainer at a county jail, an immigration-court bond hearing, a county commission's 287(g) vote, a long-form
narrative of a meatpacking raid, an obituary-like profile of a sheriff who stopped honoring detainers, a
public defender's Q-and-A turned into prose, a reporter's notebook from a detention center's visitors' lot, a
public-radio report on an E-Verify bill turned into a story, wire copy of a deported veteran's mother and the
Homeland Security Secretary, a sheriff, a governor's spokeswoman and America's Voice on Secure Communities, a
federal judge and two lawyers on a detainer lawsuit, a deported father's family, a profile of a sheriff who
ended 287(g), a detainee's hunger strike told through his lawyer, and two confounders that hit no watched
topic (S-Comm the rural internet provider; John Morton the retiring basketball referee, a namesake).
It weights quotes credited by a pronoun ("he said", "she added", "she told the board", "they said", "it
says") whose person stands in an earlier sentence or paragraphs back: several people of the same sex in one
story, the person in object or possessive position, the one asked answering, a man and a woman alternating,
a pair and a family, a lawyer speaking for a client, a judge and two lawyers; pronoun credits in splits,
before the quote ("She said: ..."), at a paragraph's start and after a dateline; people called by surname,
first name, title and description; with some quotes credited by name, by organisations and by nobody, and
non-quotes (a nickname, titles, a term, a sign, a scare quote).
It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out
builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what
differs: ids look like ``fb-001`` and documents run 200-1100 words. Its conventions beyond the earlier sets'
are in the header of quotes.src.

Like the builders of dev4 to dev53 it reads each document's comment line ``# focus: ...``, reports the number
of documents per focus, and warns about a focus the document's labels cannot bear out.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # set before the import below, so no __pycache__ appears next to the builders
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/data

from foci import HARD_SHAPES, focused_set  # noqa: E402
from labelled_sets import main  # noqa: E402

DEV54 = focused_set(__file__, id_prefix="fb", words=(200, 1100), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV54, sys.argv[1:]))
