"""Build tests/data/dev43/quotes.json from the hand-written tests/data/dev43/quotes.src.

    python tests/data/dev43/build_dev43.py   # from the repository root: validate, write, print counts
    python tests/data/dev43/build_dev43.py --check   # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev43/build_dev43.py --show ep-004   # print documents with their labels marked inline

A forty-third labelled development (tuning) set for the quotation tagger, written blind (without sight of
the tagger or of the texts of the earlier labelled sets): seventeen stories weighted to SPANISH-LANGUAGE
OUTLETS IN ENGLISH TRANSLATION and COURTS-ONLY COVERAGE, with sports and culture pages: stories translated
from Spanish-language weeklies, a wire and a radio call-in show (speakers with two surnames written in full
and then by one or both, first names where relatives share both, "Doña" and "Padre" before first names,
nicknames that are not credits, quotes "said in Spanish" or "through an interpreter", Spanish originals next
to their English renderings, translator's notes glossing "dijo"); court coverage (an immigration-court bond
hearing with a transcript excerpt, a federal magistrate's order credited through "the court wrote", a dockets
roundup with an appeals panel and "the government argued", a federal detention hearing); a high-school soccer
story and a minor-league ballpark story with an immigration angle (coaches, players, a parent in the stands);
culture pages (a teatro's play about a deportation whose lines are spoken by characters, not by anyone
present; a mural with painted words; a corrido whose lyrics are sung, not said); a press release with an
English and a Spanish statement, a farm trade paper, a hospital-and-school story; and two confounders (a youth
hockey club at an ice rink under an all-caps headline with "ICE" and a "Deportes" section label, and Lynn
Tramonte the retiring court interpreter, a namesake of a watched person). Speakers change quickly, family
members share surnames, and pronouns cross paragraphs.
It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out
builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what
differs: ids look like ``ep-001`` and documents run 200-1100 words. Its conventions beyond the earlier sets'
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

DEV43 = focused_set(__file__, id_prefix="ep", words=(200, 1100), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV43, sys.argv[1:]))
