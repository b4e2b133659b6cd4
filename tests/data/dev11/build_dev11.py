"""Build tests/data/dev11/quotes.json from the hand-written tests/data/dev11/quotes.src.

    python tests/data/dev11/build_dev11.py                  # from the repository root: validate, write, print counts
    python tests/data/dev11/build_dev11.py --check          # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev11/build_dev11.py --show dk-004    # print documents with their labels marked inline

An eleventh labelled development (tuning) set for the quotation tagger, written blind (without sight of the
tagger or of the texts of the earlier labelled sets) and weighted to no one shape: a realistic mix of news
writing, with the shapes in the proportions real reporting has them (quotes after "said" with the name before
or after, split and partial quotes, quotes over paragraphs, pronoun credits in stories with several people,
spokespeople and statements, hearing and podcast transcripts, op-eds, a letter to the editor, a live blog, a
fact-check, a Q&A and newsletters), stories with several people in them, and about five confounders. It is in
exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out builder's code
(tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets
what differs: ids look like ``dk-001`` and documents run 300-700 words. Its conventions beyond the tenth set's
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

DEV11 = focused_set(__file__, id_prefix="dk", words=(300, 700), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV11, sys.argv[1:]))
