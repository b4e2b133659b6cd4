"""Build tests/data/dev6/quotes.json from the hand-written tests/data/dev6/quotes.src.

    python tests/data/dev6/build_dev6.py                  # from the repository root: validate, write, print counts
    python tests/data/dev6/build_dev6.py --check          # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev6/build_dev6.py --show dx-004    # print documents with their labels marked inline

A sixth labelled development (tuning) set for the quotation tagger, written blind (without sight of the tagger
or of the texts of the earlier labelled sets) after the fifth had been tuned on, and weighted to the same hard
shapes: pronoun credits whose antecedent stands sentences or paragraphs back (groups as "they", agencies as "it",
a newsletter's "we"), press statements and organisations as speakers, cues other than said/says ("Wrote X in a
reply dated ...:", "Posted on Facebook by X:", "X's verdict, delivered to ...:"), "told" in its forms, and quotes
after a name with long appositives and clauses. It is in exactly the format of the held-out set
(tests/data/heldout/quotes.src), built by the held-out builder's code (tests/data/heldout/build_heldout.py and
tests/data/labelled_sets.py). This wrapper sets what differs: ids look like ``dx-001`` and documents run 200-800
words. Its conventions beyond the fifth set's are in the header of quotes.src.

Like dev4's and dev5's builders it reads each document's comment line ``# focus: ...``, reports the number of
documents per focus, and warns about a focus the document's labels cannot bear out.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # set before the import below, so no __pycache__ appears next to the builders
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/data

from foci import HARD_SHAPES, focused_set  # noqa: E402
from labelled_sets import main  # noqa: E402


DEV6 = focused_set(__file__, id_prefix="dx", words=(200, 800), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV6, sys.argv[1:]))
