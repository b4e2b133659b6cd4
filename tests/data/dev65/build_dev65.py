"""Build tests/data/dev65/quotes.json from the hand-written tests/data/dev65/quotes.src.

    python tests/data/dev65/build_dev65.py   # from the repository root: validate, write, print counts
    python tests/data/dev65/build_dev65.py --check   # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev65/build_dev65.py --show fm-004   # print documents with their labels marked inline

A sixty-fifth labelled development (tuning) set for the quotation tagger, written blind (without sight of the
tagger or of the texts of the held-out set and the earlier labelled sets): sixteen documents of the kinds an
immigration advocacy group's press monitor sees, on subjects other than dev60's to dev64's, weighted this time to the
shapes that are hardest for attribution in ordinary news copy. Long features and profiles in which several people of
the same sex speak in turn and are credited mostly by "he" or "she" across paragraphs: a tamale cooperative in a
parish kitchen after its founder was held on an ICE detainer (five women, a last "she said" after four others); a
retired pastor who is chaplain of a county jail's ICE unit (six men, a detainee through an interpreter); three women
who post immigration bonds from a church basement (present tense, "she says", "Oyelaran asks"); a taqueria across
from an ICE field office (six men, an unnamed deportation officer's "he says"). Split quotes whose second stretch
does not close and runs on over a paragraph break, twelve of them. Partial quotes inside reported speech in
sentences that name several people, credited to whoever first said the words (a trooper's "promised", a driver's
wife's "called", a police chief's "called" and a sheriff's "told him" relayed by a mayor, a sergeant's "told him" and
a deputy's "called" in a plaintiff's testimony, customers' "told her" and a city attorney's "he had told her").
Wire copy: truckers handed to ICE at a weigh station (straight marks), Janet Napolitano defending Secure Communities
to mayors ("told reporters", "replied", Frank Sharry's partials), John Morton expanding ankle monitors (straight
marks, "according to an ICE fact sheet", Lynn Tramonte's partials). Press statements: America's Voice's release on
ICE's crime victims memo (a headline quote, Morton's memo, "According to Frank Sharry, ...:", "Lynn Tramonte, ...,
added:"), a police chiefs' association's "issued the following statement:" and a sheriff's office's "said in a
statement:" in local news. A county board renewing its jail's ICE bed contract with an edited hearing transcript
(ICE's letter read out, an auditor's memo, Napolitano's words cited, a boy's question repeated by his mother); a
small-town mayor's op-ed ("he told me", "As I told the council", "has said", "has called", "put it more plainly:");
a federal jury's award to a U.S. citizen held on a detainer ("testified", "told jurors", "argued", "instructed", an
unnamed juror); a civil grand jury's report on ICE interviews in a jail ("the grand jury called", "It recommended",
the sheriff's written response); a zoning board and an ICE field office downtown. Two confounders that hit no
watched topic: Janet Napolitano the beekeeper, a namesake, and Team ICE, a middle school robotics team. Speakers
are people, organisations and descriptions; cues go beyond said (told, added, wrote, testified, argued, replied,
asks, called, instructed, recommended, according to); beside them stand non-quotes (titles, signs, a scare quote,
nicknames, words as words).
It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out
builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what
differs: ids look like ``fm-001`` and documents run 200-1100 words. Its conventions beyond the earlier sets'
are in the header of quotes.src.

Like the builders of dev4 to dev64 it reads each document's comment line ``# focus: ...``, reports the number
of documents per focus, and warns about a focus the document's labels cannot bear out.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # set before the import below, so no __pycache__ appears next to the builders
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/data

from foci import HARD_SHAPES, focused_set  # noqa: E402
from labelled_sets import main  # noqa: E402

DEV65 = focused_set(__file__, id_prefix="fm", words=(200, 1100), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV65, sys.argv[1:]))
