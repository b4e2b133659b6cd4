"""Build tests/data/dev28/quotes.json from the hand-written tests/data/dev28/quotes.src.

    python tests/data/dev28/build_dev28.py   # from the repository root: validate, write, print counts
    python tests/data/dev28/build_dev28.py --check   # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev28/build_dev28.py --show dl-004   # print documents with their labels marked inline

A twenty-eighth labelled development (tuning) set for the quotation tagger, written blind (without sight of
the tagger or of the texts of the earlier labelled sets): ONE DAY OF A MONITORING FEED, fourteen documents as a
communications team's morning feed would bring them in, each from a different kind of source (an advocacy
group's press statement and a sheriff's office release, two wire stories, a metro daily, local TV web copy, a
public-radio piece with interview excerpts, an op-ed in the first person, a Q&A interview, a write-up of a
Sunday show, a news analysis, a court story, a newsletter and a community paper's feature), two of them
confounders (an ice storm, a namesake of a watched person). It mixes every shape as such a day does:
statements, partial quotes inside reported speech, split quotes, pronouns across paragraphs, organisations and
descriptions as speakers, cues beyond said, quotes after the name and cue, multi-paragraph quotes, transcripts
(never quotes), scare quotes, titles, slogans, signs and nicknames.
It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out
builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what
differs: ids look like ``dl-001`` and documents run 350-900 words. Its conventions beyond the earlier sets'
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

DEV28 = focused_set(__file__, id_prefix="dl", words=(350, 900), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV28, sys.argv[1:]))
