"""Build tests/data/dev55/quotes.json from the hand-written tests/data/dev55/quotes.src.

    python tests/data/dev55/build_dev55.py   # from the repository root: validate, write, print counts
    python tests/data/dev55/build_dev55.py --check   # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev55/build_dev55.py --show fc-004   # print documents with their labels marked inline

A fifty-fifth labelled development (tuning) set for the quotation tagger, written blind (without sight of
the tagger or of the texts of the held-out set and the earlier labelled sets): sixteen stories about who "he" and
"she" are in everyday local news, US local, regional and wire copy on immigration enforcement (Secure
Communities, ICE detainers, 287(g), I-9 audits and E-Verify, a worksite raid, detention, deportation cases,
courts, schools, churches, farms, businesses) written as ordinary stories: a city council's vote on holding people
for ICE, a family's day in immigration court, a school board after an arrest at a bus stop, a police-log item about
a driver held on a detainer, a family restaurant closing after an audit, a state-court hearing on a detainer hold,
wire copy of three officials on Secure Communities (Janet Napolitano among them), a sports-page profile of an
immigrant soccer coach, a letters-to-the-editor roundup on a sheriff's 287(g) plan (with Frank Sharry's letter), a
public-radio hour turned into prose (with Lynn Tramonte), a live blog of a poultry-plant raid, a church and a
mosque's joint vigil at a detention center, a walkout after an immigration audit, a dairy farm's auction, and two
confounders that hit no watched topic (Janet Napolitano the county-fair rabbit judge, a namesake; an ice plant under
the word ICE on its chimney).
It weights quotes credited by a pronoun ("he said", "she said", "he added", "she told the judge", "she asked", "he
answered", "she wrote", "he says"), about seven in ten of its quotes, whose person stands in an earlier sentence or
paragraph or several paragraphs back: two or three people of the same sex in one story, the person introduced in
narration or in object or possessive position, a quote after someone else's, the one asked answering; relatives
sharing a surname called by first name, people called by title ("the judge", "the coach") and description ("the
owner", "the teenager", "her mother"); split quotes, pronoun sentences before the quote, "told" in its forms and
cues other than said in past and present tense; with some quotes credited by name, by organisations, by
descriptions and by nobody, partial quotes inside reported speech, and non-quotes (titles, nicknames, terms, signs,
slogans, a scare quote).
It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out
builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what
differs: ids look like ``fc-001`` and documents run 200-1100 words. Its conventions beyond the earlier sets'
are in the header of quotes.src.

Like the builders of dev4 to dev54 it reads each document's comment line ``# focus: ...``, reports the number
of documents per focus, and warns about a focus the document's labels cannot bear out.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # set before the import below, so no __pycache__ appears next to the builders
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/data

from foci import HARD_SHAPES, focused_set  # noqa: E402
from labelled_sets import main  # noqa: E402

DEV55 = focused_set(__file__, id_prefix="fc", words=(200, 1100), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV55, sys.argv[1:]))
