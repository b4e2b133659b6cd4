"""Build tests/data/dev66/quotes.json from the hand-written tests/data/dev66/quotes.src.

    python tests/data/dev66/build_dev66.py   # from the repository root: validate, write, print counts
    python tests/data/dev66/build_dev66.py --check   # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev66/build_dev66.py --show fn-004   # print documents with their labels marked inline

A sixty-sixth labelled development (tuning) set for the quotation tagger, written blind (without sight of the
tagger or of the texts of the held-out set and the earlier labelled sets): sixteen documents in the mix an
immigration advocacy group's press monitor sees, on subjects other than dev60's to dev65's, weighted to no shape.
A hospital cook held on an ICE detainer after a warrant for parking fines (his wife, the sheriff, his lawyer, an ICE
spokeswoman's partials); wire copy in straight marks of ICE ending its contract at a private detention center in a
small Texas town (the agency's statement, the mayor, the company's partials, a guard, a café owner); America's
Voice's release on ICE's directive on detained parents (a headline quote, John Morton's directive, "Frank Sharry
... issued the following statement:", a family court judge, "Lynn Tramonte ... added:"); an immigrant rights
alliance's statement on a federal ruling against a county's detainer holds (the ruling's partials, the woman held,
the alliance's legal director, the sheriff's office); wire copy in straight marks of Janet Napolitano ordering a
review of deaths in ICE custody ("told reporters", a widow, Morton's statement, Sharry's "called"); local TV web
copy of city ID cards the police take and the jail does not; a long feature on a hair salon keeping a chair for a
stylist in ICE detention, in which five women speak in turn and are credited by "she" across paragraphs; a former
jail medical director's op-ed ("told me", "has said", "As I told the county board"); a letters page on a sheriff
who posts the jail's ICE detainers online; a public-radio call-in transcript whose labelled turns are not quotes
(a caller's, a chief's and a memo's words inside them are); a newspaper's Q-and-A with a county's chief public
defender; the trial of a man who posed as an ICE agent ("testified", "argued", "told jurors"); a state jail
commission's report on ICE detainees' medical care ("the report found", "It recommended"); a live blog of a city
council vote on the police department's work with ICE (a chant, a shout from the back, kind none). Two confounders
that hit no watched topic: Frank Sharry the retiring harbor master, a namesake, and a college choir's tour on
Germany's ICE trains. Speakers are people, organisations and descriptions; cues go beyond said (told, added, wrote,
testified, argued, replied, asks, called, found, recommended, according to); beside them stand non-quotes (titles,
signs, slogans, scare quotes, nicknames, words as words, terms).
It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out
builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what
differs: ids look like ``fn-001`` and documents run 200-1100 words. Its conventions beyond the earlier sets'
are in the header of quotes.src.

Like the builders of dev4 to dev65 it reads each document's comment line ``# focus: ...``, reports the number
of documents per focus, and warns about a focus the document's labels cannot bear out.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # set before the import below, so no __pycache__ appears next to the builders
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/data

from foci import HARD_SHAPES, focused_set  # noqa: E402
from labelled_sets import main  # noqa: E402

DEV66 = focused_set(__file__, id_prefix="fn", words=(200, 1100), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV66, sys.argv[1:]))
