"""Build tests/data/dev34/quotes.json from the hand-written tests/data/dev34/quotes.src.

    python tests/data/dev34/build_dev34.py   # from the repository root: validate, write, print counts
    python tests/data/dev34/build_dev34.py --check   # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev34/build_dev34.py --show ef-004   # print documents with their labels marked inline

A thirty-fourth labelled development (tuning) set for the quotation tagger, written blind (without sight of
the tagger or of the texts of the earlier labelled sets): COURT AND LEGAL REPORTING on immigration enforcement.
Sixteen stories: immigration-court bond hearings, habeas petitions, a class action over detainers, a 287(g)
contract challenged in state court, an appeals-court ruling with a dissent, a civil jury verdict, a sentencing
with a defendant's statement issued through his lawyer, a criminal trial with a transcript excerpt, a docket
column of briefs, a trade-paper feature, a student paper, an advocacy group's press release and a courthouse
feature, plus two confounders (a skater's verdict against an ice arena under an all-caps headline; a school
"detention" lawsuit with a namesake of a watched person). It weights judges' rulings and opinions quoted in
part ("wrote that the policy was ..."), briefs, complaints, petitions and orders credited through the document
to whoever wrote them, courtroom exchanges in which the one asked answers, lawyers, clerks and jurors,
unnamed officials on condition of anonymity, organisations and descriptions as speakers, and partial quotes
beside terms, titles, nicknames and scare quotes that are not quotes.
It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out
builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what
differs: ids look like ``ef-001`` and documents run 400-1000 words. Its conventions beyond the earlier sets'
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

DEV34 = focused_set(__file__, id_prefix="ef", words=(400, 1000), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV34, sys.argv[1:]))
