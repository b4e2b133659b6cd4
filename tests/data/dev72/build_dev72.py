"""Build tests/data/dev72/quotes.json from the hand-written tests/data/dev72/quotes.src.

    python tests/data/dev72/build_dev72.py   # from the repository root: validate, write, print counts
    python tests/data/dev72/build_dev72.py --check   # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev72/build_dev72.py --show ft-004   # print documents with their labels marked inline

A seventy-second labelled development (tuning) set for the quotation tagger, written blind (without sight of the
tagger or of the texts of the held-out set and the earlier labelled sets): sixteen documents in the mix an
immigration advocacy group's press monitor sees, on subjects other than dev60's to dev71's, weighted to no shape.
ICE officers arresting a piano tuner in a church sanctuary before a Sunday recital (his wife Marta Arredondo "told the
Calloway Ledger", a field office spokeswoman described and never named, the pastor after a sentence of paraphrase, a
last "she said" with three others quoted since); wire copy in straight marks of John Morton telling blood bank
directors that ICE will make no arrests at blood drives ("told the Association of Regional Blood Centers", "asked:" and
"Morton replied:", Frank Sharry's "called" and "said" partials, an ICE spokeswoman's "she said"); America's Voice's
release on an umpire arrested in a ballpark parking lot (a headline quote, "The following is a statement from Frank
Sharry ...:" over two paragraphs, Morton's memo, "Lynn Tramonte ... added:" and a continuation); a court report of a
judge cutting a county jail's phone rates for ICE detainees ("calling", "wrote", "testified", "replied,", "argued",
"told reporters"); a school bus driver's op-ed on her route after ICE arrests (a second-grader never named, Janet
Napolitano's "has said", her own "As I told", a mother by first name); a letters page on a water department giving ICE
customer addresses (the paper's editorial cited by a letter, the department's statement, a daughter never named); a
state Senate committee hearing on ICE arrests near polling places, with an edited excerpt whose labelled turns are not
quotes (a precinct captain's words, Tramonte's phrase in a senator's turn, the agency's letter read out); a
present-tense feature at a roadside peach stand ("adds Yesenia", "stops ... and says:", a continuation); a Q-and-A with
a school cafeteria manager ("asked me,", "A mother told me,", "You told", "As I tell", Napolitano's words in a
question); a live blog of a city council ending police work on ICE detainers ("Asked Finch:", a shout credited to
nobody, "issued a statement ...:", Tramonte's statement); a law clinic's report on ICE arrests at probation offices (a
pull quote, "a practice it called", "according to the report", "It recommended that", "said in a statement:" over two
paragraphs); a youth orchestra parents' newsletter ("As we wrote", "told us", a program's back page); an editorial on a
county jail handing people to ICE at 2 a.m. (Morton's letter "wrote that", "warned", "She asked"); local TV copy of a
viral video of an ICE arrest at a car dealership's service desk ("issued the following statement:", commenters never
named, Frank Sharry's "tweeted:"). Two confounders that hit no watched topic: an ice sculpture festival whose banner
reads FIRE & ICE, in straight marks, and Frank Sharry the retiring farrier, a namesake. Speakers are people,
organisations and descriptions; cues go beyond said (told, added, wrote, tweeted, testified, argued, replied, asked,
warned, recalled, recommended, according to, in a statement); beside them stand non-quotes (titles, signs, slogans,
scare quotes, nicknames, words as words).
It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out
builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what
differs: ids look like ``ft-001`` and documents run 200-1100 words. Its conventions beyond the earlier sets'
are in the header of quotes.src.

Like the builders of dev4 to dev71 it reads each document's comment line ``# focus: ...``, reports the number
of documents per focus, and warns about a focus the document's labels cannot bear out.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # set before the import below, so no __pycache__ appears next to the builders
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/data

from foci import HARD_SHAPES, focused_set  # noqa: E402
from labelled_sets import main  # noqa: E402

DEV72 = focused_set(__file__, id_prefix="ft", words=(200, 1100), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV72, sys.argv[1:]))
