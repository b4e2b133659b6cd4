"""Build tests/data/dev57/quotes.json from the hand-written tests/data/dev57/quotes.src.

    python tests/data/dev57/build_dev57.py   # from the repository root: validate, write, print counts
    python tests/data/dev57/build_dev57.py --check   # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev57/build_dev57.py --show fe-004   # print documents with their labels marked inline

A fifty-seventh labelled development (tuning) set for the quotation tagger, written blind (without sight of
the tagger or of the texts of the held-out set and the earlier labelled sets) as a fair proxy for the held-out
set: sixteen documents of the kinds an immigration advocacy group's press monitor sees, in the mix of shapes
ordinary news copy has, weighted to none. America's Voice's own releases ("The following is a statement from Lynn
Tramonte, Deputy Director of America's Voice, ..." with a headline quote; "Statement of Frank Sharry ... on ...");
wire copy of a sheriff signing a 287(g) agreement (with John Morton's statement); local news of a federal ruling
on a detainer hold at a county jail, a city council barring detainer holds without a warrant, a school after an
arrest near a bus stop, an I-9 audit at an egg plant, a hunger strike in a county jail's ICE unit, and a family
after a Secure Communities match (TV web copy); an op-ed by a former district attorney (with Janet Napolitano and
a Morton memo); a House hearing with the ICE director turned into prose; a public-radio hour with a sheriff and
Frank Sharry; a profile of a hotline organiser; a live blog of a state Senate's enforcement bill (with Napolitano
and Tramonte); and two confounders that hit no watched topic (thin ice on a lake under an all-caps headline that
writes ICE; Frank Sharry the retiring wrestling coach, a namesake). Speakers are people, organisations ("ICE said
in a statement", "the Post reported", a governor's office) and descriptions ("an ICE spokesperson", "One
deputy"); quotes are positional, split, partial inside reported speech, continued and multi-paragraph, credited
by pronouns across paragraphs with people of the same sex between, by cues other than said (wrote, testified,
tweeted, argued, added, asked, says, told in its forms, "As X wrote when announcing ...:"), with titles before
names after the cue ("said Secretary of Homeland Security ..."), beside non-quotes (titles, signs, slogans, scare
quotes, terms).
It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out
builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what
differs: ids look like ``fe-001`` and documents run 200-1100 words. Its conventions beyond the earlier sets'
are in the header of quotes.src.

Like the builders of dev4 to dev56 it reads each document's comment line ``# focus: ...``, reports the number
of documents per focus, and warns about a focus the document's labels cannot bear out.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # set before the import below, so no __pycache__ appears next to the builders
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/data

from foci import HARD_SHAPES, focused_set  # noqa: E402
from labelled_sets import main  # noqa: E402

DEV57 = focused_set(__file__, id_prefix="fe", words=(200, 1100), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV57, sys.argv[1:]))
