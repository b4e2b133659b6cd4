"""Build tests/data/dev24/quotes.json from the hand-written tests/data/dev24/quotes.src.

    python tests/data/dev24/build_dev24.py   # from the repository root: validate, write, print counts
    python tests/data/dev24/build_dev24.py --check   # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev24/build_dev24.py --show de-004   # print documents with their labels marked inline

A twenty-fourth labelled development (tuning) set for the quotation tagger, written blind (without sight of
the tagger or of the texts of the earlier labelled sets): fourteen documents weighted to STATEMENTS,
ORGANISATIONS AND THE COVERAGE OF RELEASES, the work of an advocacy group's communications team seen from both
sides: press releases and statements of an advocacy group, a sheriff's office, ICE, a coalition of employers,
a union and churches ("The following is a statement from", "issued the following statement", "Statement of X
on Y" as a title line, "The following statement is attributable to", a joint statement of three signers,
statements printed partly with and partly without quote marks, a headline quote, "###", "About" paragraphs and
media contacts), and the news copy that covers them (wire, metro, local TV, public radio, a trade paper, a
student paper, a community weekly): "said in a statement", "according to a statement from", "the group said
in a news release", "the statement said", organisations, papers' editorial boards and spokespeople as
speakers, described and anonymous officials, letters, posts, court filings, a deposition read aloud, a
spokesman speaking for a sheriff and a sheriff speaking through a spokesman, quotes of one person cited
inside another's statement, partial quotes beside scare quotes, terms, titles and slogans, cues beyond
"said"; and two confounders (an ice storm, a namesake of a watched person who manages an ice arena).
It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out
builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what
differs: ids look like ``de-001`` and documents run 400-900 words. Its conventions beyond the earlier sets'
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

DEV24 = focused_set(__file__, id_prefix="de", words=(400, 900), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV24, sys.argv[1:]))
