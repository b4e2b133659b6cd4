"""Build tests/data/dev19/quotes.json from the hand-written tests/data/dev19/quotes.src.

    python3 tests/data/dev19/build_dev19.py   # from the repository root: validate, write, print counts
    python3 tests/data/dev19/build_dev19.py --check   # validate and compare, write nothing (exit 1 if stale)
    python3 tests/data/dev19/build_dev19.py --show dj-004   # print documents with their labels marked inline

A nineteenth labelled development (tuning) set for the quotation tagger, written blind (without sight of the
tagger or of the texts of the earlier labelled sets): fourteen stories about immigration enforcement weighted to
transcripts, interviews and wire copy: Q&A interviews and edited radio and hearing transcripts (turn labels,
quotes in marks inside the turns, a reporter's question quoted, "he" and "she" passing between two or three
people), hearings and town halls (a chair, witnesses and callers called by role, interruptions, split quotes),
wire copy (datelines, agency tags, straight marks in two documents, anonymous officials, credits two paragraphs
after the name, corrections and editor's notes), press statements (the "following statement" family, joint and
organisation statements, headline and pull quotes), people described first and named later, relatives sharing a
surname, people named by first name only, and two confounders (black ice on a road, a namesake of a watched
person in an ice-cream parlor).
It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out
builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what
differs: ids look like ``dj-001`` and documents run 350-650 words. Its conventions beyond the earlier sets'
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

DEV19 = focused_set(__file__, id_prefix="dj", words=(350, 650), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV19, sys.argv[1:]))
