"""Build tests/data/dev49/quotes.json from the hand-written tests/data/dev49/quotes.src.

    python tests/data/dev49/build_dev49.py   # from the repository root: validate, write, print counts
    python tests/data/dev49/build_dev49.py --check   # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev49/build_dev49.py --show ev-004   # print documents with their labels marked inline

A forty-ninth labelled development (tuning) set for the quotation tagger, written blind (without sight of
the tagger or of the texts of the earlier labelled sets): seventeen stories from RURAL WEEKLIES AND SMALL-TOWN
PAPERS and the outlets around them (a county commission meeting, a church and community notes column, a farm
bureau meeting and dairy farmers who depend on immigrant workers, a county fair's 4-H show, a high-school
sports page, a sheriff's weekly column, a letters page, a community-college night class in a student paper,
local TV and public-radio web copy, a dairy trade paper, an advocacy press release, wire copy and a
congressman's town hall), and two confounders (an ice storm on the dairies, a small-town librarian who shares
a watched person's name). It weights what small-town copy makes hard: people called by first name or
nickname after the first mention ("Bud", "Miss Alma", "Coach"), fathers and sons and spouses sharing a
surname (which "Garza" is speaking now?), "Jr." and "Sr.", plain-spoken quotes that run over several
paragraphs, pronoun credits across paragraphs, columnists' and letter writers' own words (never quotes)
around the words they quote, and splits, partials, nicknames, signs and titles in marks.
It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out
builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what
differs: ids look like ``ev-001`` and documents run 200-1100 words. Its conventions beyond the earlier sets'
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

DEV49 = focused_set(__file__, id_prefix="ev", words=(200, 1100), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV49, sys.argv[1:]))
