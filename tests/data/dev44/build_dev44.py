"""Build tests/data/dev44/quotes.json from the hand-written tests/data/dev44/quotes.src.

    python tests/data/dev44/build_dev44.py   # from the repository root: validate, write, print counts
    python tests/data/dev44/build_dev44.py --check   # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev44/build_dev44.py --show eq-004   # print documents with their labels marked inline

A forty-fourth labelled development (tuning) set for the quotation tagger, written blind (without sight of
the tagger or of the texts of the earlier labelled sets): seventeen stories of LOCAL GOVERNMENT MEETINGS AND
CAMPAIGNS around immigration enforcement: county commission and city council meetings with long public-comment
periods (many residents in quick succession, some named only by a neighbourhood, a street or a trade, speakers
cut off by the chair, applause lines, shouts from the floor), minutes-style briefs ("X moved ...; Y seconded,
saying ..."), candidate forums and debates where moderators and candidates trade lines and audience cards are
read aloud, a mayor's news conference with reporters' questions, a school board vote, sheriff's races with attack
ads quoted, an editorial-board interview with transcript turns, a coalition's press release, a trade paper's
feature on public-comment rules, and two confounders (an ice rink under an all-caps headline, a namesake of a
watched person running for county commission). It weights credits by title alone after a first mention (the
chairwoman, the mayor, the vice chairwoman, the pastor), several people sharing a title or a surname, pronouns
across paragraphs, described and never-named speakers, and cut-off and interrupted quotes.
It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out
builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what
differs: ids look like ``eq-001`` and documents run 200-1100 words. Its conventions beyond the earlier sets'
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

DEV44 = focused_set(__file__, id_prefix="eq", words=(200, 1100), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV44, sys.argv[1:]))
