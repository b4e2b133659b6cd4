"""Build tests/data/dev42/quotes.json from the hand-written tests/data/dev42/quotes.src.

    python tests/data/dev42/build_dev42.py   # from the repository root: validate, write, print counts
    python tests/data/dev42/build_dev42.py --check   # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev42/build_dev42.py --show en-004   # print documents with their labels marked inline

A forty-second labelled development (tuning) set for the quotation tagger, written blind (without sight of the
tagger or of the texts of the earlier labelled sets): OPINION AND COMMUNITY PAGES about immigration enforcement
and its neighbourhood. Guest columns and op-eds by named authors who quote others inside their own text, letters
to the editor (a letter-writer quoting a sheriff, a letter signed by several clergy, a reply to an earlier
letter), an editorial board's "we", a columnist's first person recalling conversations ("I asked her ...",
"she said, laughing"), the religious press (a diocesan paper with a bishop's pastoral letter and a homily, a
synagogue bulletin, a mosque newsletter, a faith-page sermon write-up, an interfaith press release; scripture
verses that are nobody's quotes), and the health and education beats (a hospital's interpreter service, a
clinic director, a nurse and a parent, a school board meeting on attendance after raids, a superintendent's
memo, a student paper), with two confounders (an ice storm and a church sanctuary; a school nurse who is a
namesake of a watched person). It weights speakers introduced by role long before they are quoted, documents
quoting documents, authors' "I" and boards' "we", and pronouns that cross paragraphs.
It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out
builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what
differs: ids look like ``en-001`` and documents run 200-1100 words. Its conventions beyond the earlier sets'
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

DEV42 = focused_set(__file__, id_prefix="en", words=(200, 1100), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV42, sys.argv[1:]))
