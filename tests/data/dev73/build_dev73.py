"""Build tests/data/dev73/quotes.json from the hand-written tests/data/dev73/quotes.src.

    python tests/data/dev73/build_dev73.py   # from the repository root: validate, write, print counts
    python tests/data/dev73/build_dev73.py --check   # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev73/build_dev73.py --show fu-004   # print documents with their labels marked inline

A seventy-third labelled development (tuning) set for the quotation tagger, written blind (without sight of the
tagger or of the texts of the held-out set and the earlier labelled sets): sixteen documents in the mix an
immigration advocacy group's press monitor sees, on subjects other than dev60's to dev72's, weighted to no shape.
ICE officers arresting a beekeeper at his farmers market honey stand (his wife Inés Villaseñor "told the Brell Park
Sentinel", a field office spokeswoman described and then named, "said in an email" and "wrote", a retired schoolteacher
never named, a last "she said" with three other women quoted since); wire copy in straight marks of Janet Napolitano
telling homeless shelter directors that ICE will make no arrests at shelters ("told the National Alliance of Shelter
Providers", "asked:" and "Napolitano replied:", Frank Sharry's "called" and "said" partials, an ICE spokesman's "he
added", a said_that); America's Voice's release on an arrest at a children's hospital pharmacy counter (a headline
quote, "The following is a statement from Lynn Tramonte ...:" over two paragraphs, John Morton's memo, "Frank Sharry
... added:" and a continuation); a court report of a judge freeing a crab fisherman held on an ICE detainer in a county
jail ("calling", "wrote", "testified", "argued", "replied,", "told reporters", the sheriff's office "said in a
statement"); a pediatric dentist's op-ed on children missing appointments after arrests at a bus shelter (a mother
"told me", her daughter's "she asked me,", Morton's "has said", her own "As I told", her hygienist by first name); a
letters page on a transit authority giving ICE fare card records (the paper's editorial cited by a letter, the
authority's statement, a grandmother and a son never named); a state Senate committee hearing on warrants for ICE at
farmworker housing, with an edited excerpt whose labelled turns are not quotes (a grower's words, Napolitano's phrase
in a senator's turn, a growers' league's "issued a statement"); a present-tense feature at a highway tire shop run by
a son since ICE took his father ("says" split, "sets his coffee on the hood and says:" and a continuation); a Q-and-A
with a school nurse after a factory raid ("asked me,", "told me,", "You told", "As I tell", Napolitano's words in a
question); a live blog of county supervisors ending the jail's holds on ICE detainers without a warrant ("Asked
Supervisor Dale Whitcomb:", a shout credited to nobody, Tramonte's "said in a statement", a deputies' association's
"issues a statement"); a rural health institute's report on farmworkers avoiding heat-illness care (a pull quote, "The
report found", "according to the report", "It warned", ICE "said in a statement"); a community garden's newsletter
("As we wrote", "told us", "wrote on a seed packet"); an editorial on a state parks department sending ICE campers'
reservations (Morton's letter "wrote that", "warned", "She then asked"); local radio web copy of a rideshare driver
arrested in an airport's cell phone lot ("issued the following statement:", commenters never named, Frank Sharry's
"tweeted:"). Two confounders that hit no watched topic: a curling club whose ice plant failed, with a sign reading ICE
CLOSED, in straight marks, and Lynn Tramonte the retiring high school band director, a namesake. Speakers are people,
organisations and descriptions; cues go beyond said (told, added, wrote, tweeted, testified, argued, replied, asked,
warned, recalled, found, according to, in a statement); beside them stand non-quotes (titles, signs, slogans, scare
quotes, nicknames, words as words, a term).
It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out
builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what
differs: ids look like ``fu-001`` and documents run 200-1100 words. Its conventions beyond the earlier sets'
are in the header of quotes.src.

Like the builders of dev4 to dev72 it reads each document's comment line ``# focus: ...``, reports the number
of documents per focus, and warns about a focus the document's labels cannot bear out.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # set before the import below, so no __pycache__ appears next to the builders
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/data

from foci import HARD_SHAPES, focused_set  # noqa: E402
from labelled_sets import main  # noqa: E402

DEV73 = focused_set(__file__, id_prefix="fu", words=(200, 1100), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV73, sys.argv[1:]))
