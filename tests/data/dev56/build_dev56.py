"""Build tests/data/dev56/quotes.json from the hand-written tests/data/dev56/quotes.src.

    python tests/data/dev56/build_dev56.py   # from the repository root: validate, write, print counts
    python tests/data/dev56/build_dev56.py --check   # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev56/build_dev56.py --show fd-004   # print documents with their labels marked inline

A fifty-sixth labelled development (tuning) set for the quotation tagger, written blind (without sight of
the tagger or of the texts of the held-out set and the earlier labelled sets): sixteen stories of US local, regional
and wire copy on immigration enforcement (Secure Communities, ICE detainers, 287(g), E-Verify and an I-9 audit, a
worksite operation, detention, deportation cases, courts, a city council, a school board, churches, employers) in
mixed genres: wire copy of a county ending its 287(g) agreement, a city council barring detainer holds without a
warrant, a federal ruling on a detainer hold, an op-ed by a retired police chief on Secure Communities (with Janet
Napolitano), an America's Voice statement reposted under a news site's own lede (Lynn Tramonte's statement, Frank
Sharry's post), a public-radio hour turned into prose, a profile of an immigration lawyer, a letters roundup on an
E-Verify rule, a live blog of a worksite operation, a landscaping company after an audit, a church sheltering a
mother, a school board after a student's father is held, two deportation cases under John Morton's discretion memo,
a county renewing its ICE detention contract, and two confounders that hit no watched topic (cotton futures on ICE,
the Intercontinental Exchange; Lynn Tramonte the community-theater director, a namesake).
It weights the shapes in which quotes are hardest to credit in ordinary news copy: partial quotes inside reported
speech (about three in ten of its quotes), several speakers in one paragraph, partials after a pronoun ("She
described ... as", "what she called") and credited to organisations, documents and descriptions, words one person
relays from another, scare quotes and terms with no speaker (non-quotes); split quotes and continued or
multi-paragraph quotes with two or three speakers alternating, some of the same sex; press statements ("issued the
following statement:", "said in a statement:", "In a statement, ... said"), spokespeople and "according to"; cues
other than said (wrote, testified, argued, warned, insisted, recalled, posted, answered, conceded, told in its forms);
and pronoun credits across sentences and paragraphs, about three in ten, not the majority.
It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out
builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what
differs: ids look like ``fd-001`` and documents run 200-1100 words. Its conventions beyond the earlier sets'
are in the header of quotes.src.

Like the builders of dev4 to dev55 it reads each document's comment line ``# focus: ...``, reports the number
of documents per focus, and warns about a focus the document's labels cannot bear out.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # set before the import below, so no __pycache__ appears next to the builders
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/data

from foci import HARD_SHAPES, focused_set  # noqa: E402
from labelled_sets import main  # noqa: E402

DEV56 = focused_set(__file__, id_prefix="fd", words=(200, 1100), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV56, sys.argv[1:]))
