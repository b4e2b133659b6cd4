"""Build tests/data/dev27/quotes.json from the hand-written tests/data/dev27/quotes.src.

    python tests/data/dev27/build_dev27.py   # from the repository root: validate, write, print counts
    python tests/data/dev27/build_dev27.py --check   # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev27/build_dev27.py --show di-004   # print documents with their labels marked inline

A twenty-seventh labelled development (tuning) set for the quotation tagger, written blind (without sight of
the tagger or of the texts of the earlier labelled sets): fourteen FEATURES AND PROFILES CARRIED BY PRONOUNS AND
DESCRIPTIONS, about immigration enforcement and its neighbourhood (a restaurant whose cook is held on a
detainer, a day with a jail chaplain, an obituary, a family's year after a deportation, a courtroom sketch, a
day with a public defender, a sheriff's profile, brothers whose dairy lost its foreman, a girl reading her
father's letters, a church sanctuary, a press call of families, a hospital ward) and two confounders (a rink's
ice-maker, a namesake of a watched person). It weights: he/she/they credits whose antecedent stands one to
three paragraphs back with people of both sexes named or described in between; speakers described first and
named later, or never named, and credited by a description ("the chaplain", "the older brother", "the woman at
the counter", "her lawyer"); relatives sharing a surname told apart by first name, "the elder" / "the younger"
or pronoun; remembered speech ("used to tell her"), words read from letters and texts, a child's words relayed
by a parent, Spanish quotes with and without translation; split quotes and quote-only paragraphs that continue
the last speaker beside conversations whose turns switch speaker.
It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out
builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what
differs: ids look like ``di-001`` and documents run 400-800 words. Its conventions beyond the earlier sets'
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

DEV27 = focused_set(__file__, id_prefix="di", words=(400, 800), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV27, sys.argv[1:]))
