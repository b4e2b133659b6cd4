"""Build tests/data/dev5/quotes.json from the hand-written tests/data/dev5/quotes.src.

    python tests/data/dev5/build_dev5.py                  # from the repository root: validate, write, print counts
    python tests/data/dev5/build_dev5.py --check          # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev5/build_dev5.py --show dw-004    # print documents with their labels marked inline

A fifth labelled development (tuning) set for the quotation tagger, written blind (without sight of the tagger
or of the texts of the earlier labelled sets) and weighted towards the shapes that are hardest for speaker
attribution: pronoun credits whose antecedent stands sentences or paragraphs back, cues other than said/says
(wrote, testified, tweeted, argued, added, "Wrote X:", inverted cues with long titles), "told" in all its
forms, press statements and spokespeople, and quotes that follow a name and its cue in the same sentence. It is
in exactly the format of the held-out set (tests/data/heldout/quotes.src), and built by the held-out builder's
code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what differs:
ids look like ``dw-001`` and documents run 200-800 words.

Like dev4's builder it reads each document's comment line ``# focus: ...`` (dev4's foci plus other_cue and
name_said_before), reports the number of documents per focus, and warns about a focus the document's labels
cannot bear out.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # set before the import below, so no __pycache__ appears next to the builders
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/data

from foci import HARD_SHAPES, focused_set  # noqa: E402
from labelled_sets import main  # noqa: E402


DEV5 = focused_set(__file__, id_prefix="dw", words=(200, 800), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV5, sys.argv[1:]))
