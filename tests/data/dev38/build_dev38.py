"""Build tests/data/dev38/quotes.json from the hand-written tests/data/dev38/quotes.src.

    python tests/data/dev38/build_dev38.py   # from the repository root: validate, write, print counts
    python tests/data/dev38/build_dev38.py --check   # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev38/build_dev38.py --show ej-004   # print documents with their labels marked inline

A thirty-eighth labelled development (tuning) set for the quotation tagger, written blind (without sight of
the tagger or of the texts of the earlier labelled sets): nineteen LOCAL-BEAT stories from small-town and
suburban papers, local TV and public-radio sites, a student paper, a trade paper, a wire and a health
department's release: police blotters and crime briefs (a traffic stop that ends in an ICE detainer, "police
said", "according to the report", a deputy's report, a crash report, a criminal complaint), school-board and
city-council meetings with public comment (many speakers each quoted once, some only described: "one
parent", "a man who did not give his name", "a man in a gray work jacket who did not give his name"), a
community clinic, a health-department notice, an obituary with relatives and friends quoted, a high-school
sports feature, a flash flood with first responders, a court brief and short briefs of two or three
paragraphs. It weights people sharing surnames (spouses, siblings, parents and children), ranks and titles
standing in for names ("the sergeant", "the undersheriff", "the superintendent", "the fire chief", "the
athletic director", "the director"), described speakers never named, quotes run across paragraphs and
quote-only paragraphs after a paragraph that only sets up a new speaker, and two confounders (an ice storm
under an all-caps headline, and Janet Napolitano the retiring crossing guard, a namesake of a watched person).
It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out
builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what
differs: ids look like ``ej-001`` and documents run 150-900 words. Its conventions beyond the earlier sets'
are in the header of quotes.src.

Like the builders of dev4 to dev23 it reads each document's comment line ``# focus: ...``, reports the number
of documents per focus, and warns about a focus the document's labels cannot bear out.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # set before the import below, so no __pycache__ appears next to the builders
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/data

from foci import HARD_SHAPES, focused_set  # noqa: E402
from labelled_sets import main  # noqa: E402

DEV38 = focused_set(__file__, id_prefix="ej", words=(150, 900), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV38, sys.argv[1:]))
