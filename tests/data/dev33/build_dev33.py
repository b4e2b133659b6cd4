"""Build tests/data/dev33/quotes.json from the hand-written tests/data/dev33/quotes.src.

    python tests/data/dev33/build_dev33.py   # from the repository root: validate, write, print counts
    python tests/data/dev33/build_dev33.py --check   # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev33/build_dev33.py --show ed-004   # print documents with their labels marked inline

A thirty-third labelled development (tuning) set for the quotation tagger, written blind (without sight of
the tagger or of the texts of the earlier labelled sets): WHAT ORGANISATIONS SEND OUT AND HOW IT IS QUOTED.
Nineteen documents: advocacy groups' and agencies' press releases and statements in every family ("Statement
of X on Y" headings, "The following is a statement from", "X issued the following statement:", "The following
statement is attributable to", joint statements, a statement read "in part", a statement's words quoted back
through "the statement said" and "It reads"), a union's member alert in its own "we", a sheriff's office's
Facebook posts and their comments quoted by a TV station, a company's, a church council's, a diocese's, a
school district's, a cooperative's, a police department's and a private detention company's statements, a
congresswoman's release with floor remarks printed without marks, a reaction roundup, and the news stories,
wire copy, trade, student and public-radio pieces that quote those releases in part. It weights organisations
and descriptions as speakers (about a third of the quotes), statement families and their later stretches,
partial quotes lifted from releases, pronoun credits ("it", "they", "we", "she"), cues beyond "said", and
non-quotes (titles of releases and reports, slogans, hashtags, terms, a nickname), with two confounders (an ice
rink's closing under an all-caps headline, and John Morton the water district manager, a namesake of a watched
person). It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out
builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what
differs: ids look like ``ed-001`` and documents run 300-800 words. Its conventions beyond the earlier sets' are
in the header of quotes.src.

Like the builders of dev4 to dev31 it reads each document's comment line ``# focus: ...``, reports the number
of documents per focus, and warns about a focus the document's labels cannot bear out.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # set before the import below, so no __pycache__ appears next to the builders
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/data

from foci import HARD_SHAPES, focused_set  # noqa: E402
from labelled_sets import main  # noqa: E402

DEV33 = focused_set(__file__, id_prefix="ed", words=(300, 800), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV33, sys.argv[1:]))
