"""Build tests/data/dev30/quotes.json from the hand-written tests/data/dev30/quotes.src.

    python tests/data/dev30/build_dev30.py   # from the repository root: validate, write, print counts
    python tests/data/dev30/build_dev30.py --check   # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev30/build_dev30.py --show ea-004   # print documents with their labels marked inline

A thirtieth labelled development (tuning) set for the quotation tagger, written blind (without sight of the
tagger or of the texts of the earlier labelled sets): OPINION AND ANALYSIS THAT QUOTES OTHERS, about
immigration enforcement and its neighbourhood. Fifteen documents: a metro daily's editorial, op-eds by an
advocate and a sheriff, a letters page, a wire news analysis, a weekly's column, a public-radio explainer, a
student paper's op-ed, a trade paper's legal column, a TV station's editorial, an advocacy group's release
answering an editorial, an editorial roundup, a public-radio commentary printed as a transcript, and two
confounders (an ice-storm editorial under an all-caps "ICE" headline, a school-board column with a namesake of
a watched person). The writers' own text, the paper's "we" and the columnist's "I" are never quotes; they
weave in speeches, testimony, rulings, reports, memos, letters, forms, resolutions, posts and earlier
editorials, mostly as short partial quotes credited by names, nominals, pronouns and organisations, beside
the writers' scare quotes and echoes, titles, terms, nicknames, words, slogans and signs (non-quotes).
200 quotes (91 partial, 63 pronoun sources), 36 non-quotes, 527-713 words each.
It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out
builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what
differs: ids look like ``ea-001`` and documents run 500-1000 words. Its conventions beyond the earlier sets'
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

DEV30 = focused_set(__file__, id_prefix="ea", words=(500, 1000), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV30, sys.argv[1:]))
