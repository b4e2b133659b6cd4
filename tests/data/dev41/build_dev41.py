"""Build tests/data/dev41/quotes.json from the hand-written tests/data/dev41/quotes.src.

    python tests/data/dev41/build_dev41.py   # from the repository root: validate, write, print counts
    python tests/data/dev41/build_dev41.py --check   # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev41/build_dev41.py --show em-004   # print documents with their labels marked inline

A forty-first labelled development (tuning) set for the quotation tagger, written blind (without sight of the
tagger or of the texts of the earlier labelled sets): nineteen stories (206 quotes) about immigration
enforcement and its neighbourhood, weighted to BROADCAST COPY TURNED INTO WEB STORIES AND INTERNATIONAL WIRE:
local TV and public-radio web versions of on-air pieces ("told KVXR News 4", "said in an interview with WKTM
Public Radio", an anchor's question and then the answer, reporters' live stand-ups paraphrased, a reporter
answering her own station's host), a Sunday-show recap in which the host and two guests trade lines, wire copy
datelined Guatemala City, Mexico City, San Salvador and Tegucigalpa on deportation flights and returnees
(quotes "in Spanish", "according to a translation", consular officials, a foreign ministry's note, a
never-named president's remarks), a border-town story with officials on both sides of the river, a
podcast-episode write-up, a public-radio interview with a consul and its transcript excerpt, a trade paper, a
student paper and a station's press release, and two confounders (an ice storm under an all-caps headline, a
namesake of a watched person). Speakers change quickly, an official and a returnee share a surname in three
stories, and pronoun credits cross paragraphs.
It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out
builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what
differs: ids look like ``em-001`` and documents run 200-1100 words. Its conventions beyond the earlier sets'
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

DEV41 = focused_set(__file__, id_prefix="em", words=(200, 1100), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV41, sys.argv[1:]))
