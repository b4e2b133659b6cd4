"""Build tests/data/dev9/quotes.json from the hand-written tests/data/dev9/quotes.src.

    python tests/data/dev9/build_dev9.py                  # from the repository root: validate, write, print counts
    python tests/data/dev9/build_dev9.py --check          # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev9/build_dev9.py --show dn-004    # print documents with their labels marked inline

A ninth labelled development (tuning) set for the quotation tagger, written blind (without sight of the
tagger or of the texts of the earlier labelled sets) and weighted to the shapes a blind evaluation found the
tagger weakest on: pronoun credits whose antecedent stands sentences or paragraphs back with other people in
between, "told" in its forms, press and organisational statements, quotes after long introductions of their
speaker, quotes over several paragraphs and transcripts, and varied split, partial and scare quotes; about
seven confounders. It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by
the held-out builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This
wrapper sets what differs: ids look like ``dn-001`` and documents run 250-700 words. Its conventions beyond
the eighth set's are in the header of quotes.src.

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

DEV9 = focused_set(__file__, id_prefix="dn", words=(250, 700), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV9, sys.argv[1:]))
