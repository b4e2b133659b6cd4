"""Build tests/data/dev37/quotes.json from the hand-written tests/data/dev37/quotes.src.

    python tests/data/dev37/build_dev37.py   # from the repository root: validate, write, print counts
    python tests/data/dev37/build_dev37.py --check   # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev37/build_dev37.py --show ei-004   # print documents with their labels marked inline

A thirty-seventh labelled development (tuning) set for the quotation tagger, written blind (without sight of
the tagger or of the texts of the earlier labelled sets): fifteen documents, 186 quotes, on politics in
Washington and the statehouse: congressional and campaign coverage of immigration enforcement bills and
funding (a Senate markup, a House floor fight over 287(g) grants, an appropriations hearing with the ICE
director, a stalled Senate deal with anonymous aides, a House letter and the posts answering it), a governor
signing a detainer law, an attorney general suing a sheriff, a town hall, a press gaggle, a debate, a poll with
respondents quoted, a fundraising email and an America's Voice release, in wire, metro, local TV, public radio,
trade, student and press-release styles, and two confounders (an ice storm and a statehouse relief bill; a
state lawmaker who is a namesake of a watched person). It weights the credits political copy is full of: party
and state tags written every which way, lawmakers named once and then credited by title alone ("the chairman",
"the ranking member", "the majority leader") or by description ("the Arizona Democrat", "the freshman
lawmaker"), unnamed aides and spokespeople, campaigns and agencies as organisations, documents speaking for
their writers, split and partial quotes and pronouns.
It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out
builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what
differs: ids look like ``ei-001`` and documents run 400-1000 words. Its conventions beyond the earlier sets'
are in the header of quotes.src.

Like the builders of dev4 onwards it reads each document's comment line ``# focus: ...``, reports the number
of documents per focus, and warns about a focus the document's labels cannot bear out.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # set before the import below, so no __pycache__ appears next to the builders
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/data

from foci import HARD_SHAPES, focused_set  # noqa: E402
from labelled_sets import main  # noqa: E402

DEV37 = focused_set(__file__, id_prefix="ei", words=(400, 1000), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV37, sys.argv[1:]))
