"""Build tests/data/dev47/quotes.json from the hand-written tests/data/dev47/quotes.src.

    python tests/data/dev47/build_dev47.py   # from the repository root: validate, write, print counts
    python tests/data/dev47/build_dev47.py --check   # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev47/build_dev47.py --show et-004   # print documents with their labels marked inline

A forty-seventh labelled development (tuning) set for the quotation tagger, written blind (without sight of
the tagger or of the texts of the earlier labelled sets): seventeen documents of AGGREGATED AND SECOND-HAND
NEWS about immigration enforcement and its neighbourhood: a morning newsletter and a weekly column that
summarize other outlets ("told the Times", "according to the Post", "in an interview with a local station"),
a wire roundup quoting member papers' quotes, a blog post quoting a podcast and a thread on X, a public-radio
recap of a call-in hour (callers by first name and town), a press-review column comparing editorials, an
advocacy group's newsletter quoting its own staff, an explainer quoting officials from earlier years, local
TV, trade-paper, student-paper, diocesan and Spanish-language-press roundups, a viral-quote check with a
correction, a "week in quotes" list, and two confounders (an ice-storm briefing, a namesake of a watched
person at an outdoor rink). It weights speakers credited through intermediaries (outlets, letters,
recordings, posts, editorials, other people), the same words quoted from two outlets, partial quotes inside
reported speech, pronouns across paragraphs, organisations and descriptions as speakers, and dash credits.
It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out
builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what
differs: ids look like ``et-001`` and documents run 200-1100 words. Its conventions beyond the earlier sets'
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

DEV47 = focused_set(__file__, id_prefix="et", words=(200, 1100), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV47, sys.argv[1:]))
