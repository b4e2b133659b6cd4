"""Build tests/data/dev48/quotes.json from the hand-written tests/data/dev48/quotes.src.

    python tests/data/dev48/build_dev48.py   # from the repository root: validate, write, print counts
    python tests/data/dev48/build_dev48.py --check   # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev48/build_dev48.py --show eu-004   # print documents with their labels marked inline

A forty-eighth labelled development (tuning) set for the quotation tagger, written blind (without sight of
the tagger or of the texts of the earlier labelled sets): sixteen long-form features and profiles about
immigration enforcement and its neighbourhood in which pronouns carry the story: a family profile with a
grandmother, a mother and a daughter all quoted, a magazine narrative following a deported father and his
brother, an obituary with relatives' memories, a student-paper profile of a professor and two students, a
day in the life of a public defender and her client, a reported essay in the first person, a sanctuary
story, a school after a raid, a farm and an orchard, a hospital, a sheriff's profile, a press release and a
bakery, and two confounders (an ice rink run by three generations of women, a namesake of a watched person).
It weights pronoun credits (he/she whose antecedent stands sentences or paragraphs back, several people of
the same sex in one scene, a pronoun that skips someone mentioned only in passing, a "she" that only the
sense of the quote settles) and split quotes ("...," she said, "..."), with quote-only paragraphs continuing
a speaker and quotes running over paragraphs.
It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out
builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what
differs: ids look like ``eu-001`` and documents run 200-1100 words. Its conventions beyond the earlier sets'
are in the header of quotes.src.

Like the builders of dev4 to dev23 it reads each document's comment line ``# focus: ...``, reports the number
of documents per focus, and warns about a focus the document's labels cannot bear out.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # set before the import below, so no __pycache__ appears next to the builders
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/data

from foci import HARD_SHAPES, focused_set  # noqa: E402
from labelled_sets import main  # noqa: E402

DEV48 = focused_set(__file__, id_prefix="eu", words=(200, 1100), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV48, sys.argv[1:]))
