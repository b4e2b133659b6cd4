"""Build tests/data/dev40/quotes.json from the hand-written tests/data/dev40/quotes.src.

    python tests/data/dev40/build_dev40.py   # from the repository root: validate, write, print counts
    python tests/data/dev40/build_dev40.py --check   # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev40/build_dev40.py --show el-004   # print documents with their labels marked inline

A fortieth labelled development (tuning) set for the quotation tagger, written blind (without sight of the
tagger or of the texts of the earlier labelled sets): stories from the BUSINESS, LABOUR AND FARM TRADE PRESS
about immigration enforcement at work: a worksite raid at a poultry processing plant and its aftermath (wire
copy, a meat-and-poultry industry newsletter, a union local's own news page, a business journal, an earnings
call, public radio, local TV web copy, a metro daily, a court case), E-Verify and I-9 audits, H-2A and H-2B
guest-worker visas in an agricultural trade paper, a construction-trade weekly and a student paper, a dairy
cooperative's labour shortage, a chamber of commerce letter to Congress in a press release, an industry
survey, and two confounders (an ice-glaze rule for frozen seafood and poultry under an all-caps ICE, and a
dairy cooperative's chairman who is a namesake of a watched person). It weights what this press is full of:
organisations and spokespeople as speakers ("the union said in a statement", "a company spokeswoman", "the
federation's letter reads"), documents credited through their writers ("the complaint states", "the company
argued in its motion", "according to the survey", "wrote one respondent"), executives by title and surname,
an analyst's question and an executive's answer, growers and workers named by first name only or described
for their safety, quotes translated from Spanish, statements and counter-statements, partial quotes inside
reported speech, splits, pronoun credits and multi-paragraph quotes.
It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out
builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what
differs: ids look like ``el-001`` and documents run 150-1000 words. Its conventions beyond the earlier sets'
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

DEV40 = focused_set(__file__, id_prefix="el", words=(150, 1000), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV40, sys.argv[1:]))
