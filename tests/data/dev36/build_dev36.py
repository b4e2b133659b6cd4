"""Build tests/data/dev36/quotes.json from the hand-written tests/data/dev36/quotes.src.

    python tests/data/dev36/build_dev36.py   # from the repository root: validate, write, print counts
    python tests/data/dev36/build_dev36.py --check   # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev36/build_dev36.py --show eh-004   # print documents with their labels marked inline

A thirty-sixth labelled development (tuning) set for the quotation tagger, written blind (without sight of
the tagger or of the texts of the earlier labelled sets): fifteen stories (172 quotes) from community, bilingual
and ethnic-press coverage written in English -- the English editions of Spanish-language, Haitian, Vietnamese and
Somali papers and stations, neighbourhood weeklies, a student paper, a trade paper, a coalition's press release,
wire copy, public radio, local TV and a metro daily -- about immigration enforcement (detainers, 287(g), Secure
Communities, ICE check-ins, a raid, an I-9 audit, a bond hearing, a deportation flight) and its neighbourhood.
It weights quotes translated from another language and credited through interpreters, a few words quoted in
the original language with the English after them, people with two surnames, particles and family-name-first
names, honorifics and nicknames, relatives sharing a surname, clergy, shop owners and a radio host, and sayings
and prayers that are nobody's quote; two confounders (an ice storm, a namesake of a watched person).
It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out
builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what
differs: ids look like ``eh-001`` and documents run 400-1000 words. Its conventions beyond the earlier sets'
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

DEV36 = focused_set(__file__, id_prefix="eh", words=(400, 1000), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV36, sys.argv[1:]))
