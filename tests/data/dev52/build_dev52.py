"""Build tests/data/dev52/quotes.json from the hand-written tests/data/dev52/quotes.src.

    python tests/data/dev52/build_dev52.py   # from the repository root: validate, write, print counts
    python tests/data/dev52/build_dev52.py --check   # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev52/build_dev52.py --show ez-004   # print documents with their labels marked inline

A fifty-second labelled development (tuning) set for the quotation tagger, written blind (without sight of
the tagger or of the texts of the held-out set and the earlier labelled sets): sixteen documents on public
meetings, hearings and the press around them: a city council session on the city jail's contract with ICE
(public comment by several women in a row), a state Senate committee hearing with testimony and questions, a
sheriff's news conference with reporters' questions, a Senate hearing with the Homeland Security Secretary and
the ICE director answering senators, a wire story with a sheriff's office's and ICE's statements, a radio
station's web copy of a county commission hearing, an op-ed by a pastor quoting his congregants, a newspaper's
editorial quoting officials, a union hall meeting after a worksite raid, a feature on two brothers (one held on
a detainer), a federal court hearing told through the lawyers, a podcast transcript, an America's Voice press
release ("The following is a statement from Frank Sharry ...", "According to Lynn Tramonte ..."), a
congresswoman's town hall, and two confounders that hit no watched topic (the ice plant of a hockey rink; Lynn
Tramonte the planning commission chair, a namesake of a watched person).
It weights he/she credits whose person stands sentences or paragraphs back with several people of the same sex
in play (two councilwomen, a sheriff and his chief deputy, two brothers and their father, two women lawyers,
two sisters), people named in passing between speaker and pronoun, the one asked answering, relatives sharing a
surname referred to by first name; split quotes, also with narration between the stretches, continuations,
quotes over several paragraphs and "He went on:" paragraphs; "told" in its forms (told the council, told
reporters, told KVRN, told lawmakers that, was told by); cues other than said (testified, asked, answered,
replied, wrote, posted, argued, warned, insisted, recalled, conceded, countered, joked, shot back); press
statements and statements on behalf of a city, a sheriff's office, a company, ICE and DHS with organisations and
unnamed descriptions as speakers; short partial quotes inside reported speech; and non-quotes (scare quotes,
titles, signs, slogans, nicknames, terms).
It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out
builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what
differs: ids look like ``ez-001`` and documents run 200-1100 words. Its conventions beyond the earlier sets'
are in the header of quotes.src.

Like the builders of dev4 to dev51 it reads each document's comment line ``# focus: ...``, reports the number
of documents per focus, and warns about a focus the document's labels cannot bear out.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # set before the import below, so no __pycache__ appears next to the builders
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/data

from foci import HARD_SHAPES, focused_set  # noqa: E402
from labelled_sets import main  # noqa: E402

DEV52 = focused_set(__file__, id_prefix="ez", words=(200, 1100), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV52, sys.argv[1:]))
