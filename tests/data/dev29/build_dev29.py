"""Build tests/data/dev29/quotes.json from the hand-written tests/data/dev29/quotes.src.

    python tests/data/dev29/build_dev29.py   # from the repository root: validate, write, print counts
    python tests/data/dev29/build_dev29.py --check   # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev29/build_dev29.py --show do-004   # print documents with their labels marked inline

A twenty-ninth labelled development (tuning) set for the quotation tagger, written blind (without sight of
the tagger or of the texts of the earlier labelled sets): twenty SHORT LOCAL ITEMS about immigration enforcement
and its neighbourhood, the way small outlets write them: local TV and radio web copy written fast (one-sentence
paragraphs, "officials say", "according to police", the station's reporter named inside the copy), wire briefs,
a weekly's police blotter and council notes, a school district's release, a church bulletin item, a college
paper's short news, an advocacy group's alert and a sheriff's Facebook post quoted by a station, with two
confounders (an ice storm under an all-caps headline, a namesake of a watched person at a hockey rink). It
weights the traps of short copy: quotes that open the story before anyone is named and are credited in the next
paragraph, reporters and anchors who are not the speaker, unnamed officials and police, people sharing a
surname, photo captions and "Related:" lines, a sentence of reported speech followed by an uncued quote, and a
"she said" after someone else's social-media post. 20 documents, 131 quotes (30 pronoun credits), 6 non-quotes,
200-266 words each.
It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out
builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what
differs: ids look like ``do-001`` and documents run 200-550 words. Its conventions beyond the earlier sets'
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

DEV29 = focused_set(__file__, id_prefix="do", words=(200, 550), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV29, sys.argv[1:]))
