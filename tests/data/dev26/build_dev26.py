"""Build tests/data/dev26/quotes.json from the hand-written tests/data/dev26/quotes.src.

    python tests/data/dev26/build_dev26.py   # from the repository root: validate, write, print counts
    python tests/data/dev26/build_dev26.py --check   # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev26/build_dev26.py --show dg-004   # print documents with their labels marked inline

A twenty-sixth labelled development (tuning) set for the quotation tagger, written blind (without sight of
the tagger or of the texts of the earlier labelled sets): thirteen stories (222 quotes) of national political
news and analysis in which immigration enforcement is the fight (a Senate detention-funding bill, a governor's
race over 287(g), a House appropriations hearing with the ICE director, an appeals court's detainer ruling and
its fallout, an ad war, a think tank's report on Secure Communities, a poll, a news analysis, a
congresswoman's press release, a senator's campus town hall, a congressional candidate's farm tour) and two
confounders (an ice-storm aid fight in Congress under an all-caps headline, and John Morton the county party
chairman, a namesake of a watched person). It weights partial quotes woven into reported speech (about half
of the quotes), credited to named politicians, aides, offices, campaigns, ads, reports, rulings, polls and
described groups ("critics of the program", "two people familiar with the talks", "a senior Democratic
aide"), beside scare quotes, nicknames, titles, terms, slogans and signs that belong to nobody; speakers given
by party and state, by office and by description; quotes of ads, tweets, letters, memos, court opinions and
earlier remarks; attributions after long appositives and before colons; and he/she credits across paragraphs
with politicians of both sexes named in between.
It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out
builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what
differs: ids look like ``dg-001`` and documents run 600-1100 words. Its conventions beyond the earlier sets'
are in the header of quotes.src.

Like the builders of dev4 to dev25 it reads each document's comment line ``# focus: ...``, reports the number
of documents per focus, and warns about a focus the document's labels cannot bear out.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # set before the import below, so no __pycache__ appears next to the builders
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/data

from foci import HARD_SHAPES, focused_set  # noqa: E402
from labelled_sets import main  # noqa: E402

DEV26 = focused_set(__file__, id_prefix="dg", words=(600, 1100), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV26, sys.argv[1:]))
