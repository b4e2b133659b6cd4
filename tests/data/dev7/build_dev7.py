"""Build tests/data/dev7/quotes.json from the hand-written tests/data/dev7/quotes.src.

    python tests/data/dev7/build_dev7.py                  # from the repository root: validate, write, print counts
    python tests/data/dev7/build_dev7.py --check          # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev7/build_dev7.py --show dy-004    # print documents with their labels marked inline

A seventh labelled development (tuning) set for the quotation tagger, written blind (without sight of the
tagger or of the texts of the earlier labelled sets) and weighted to the same hard shapes as dev5 and dev6:
pronoun credits whose antecedent stands sentences or paragraphs back with other people of both sexes in between
(groups as "they" after "we asked them", agencies and courts as "it", a newsletter's "we", an op-ed author's
"I"), press statements, unnamed spokespeople and organisations as speakers, cues other than said/says, "told" in
its forms, interview transcripts, and ten confounders. It is in exactly the format of the held-out set
(tests/data/heldout/quotes.src), built by the held-out builder's code (tests/data/heldout/build_heldout.py and
tests/data/labelled_sets.py). This wrapper sets what differs: ids look like ``dy-001`` and documents run 200-800
words. Its conventions beyond the sixth set's are in the header of quotes.src.

Like the builders of dev4 to dev6 it reads each document's comment line ``# focus: ...``, reports the number
of documents per focus, and warns about a focus the document's labels cannot bear out.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # set before the import below, so no __pycache__ appears next to the builders
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/data

from foci import HARD_SHAPES, focused_set  # noqa: E402
from labelled_sets import main  # noqa: E402

DEV7 = focused_set(__file__, id_prefix="dy", words=(200, 800), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV7, sys.argv[1:]))
