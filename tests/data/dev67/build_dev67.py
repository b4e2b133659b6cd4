"""Build tests/data/dev67/quotes.json from the hand-written tests/data/dev67/quotes.src.

    python tests/data/dev67/build_dev67.py   # from the repository root: validate, write, print counts
    python tests/data/dev67/build_dev67.py --check   # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev67/build_dev67.py --show fo-004   # print documents with their labels marked inline

A sixty-seventh labelled development (tuning) set for the quotation tagger, written blind (without sight of the
tagger or of the texts of the held-out set and the earlier labelled sets): sixteen documents in the mix an
immigration advocacy group's press monitor sees, on subjects other than dev60's to dev66's, weighted to no shape.
An apartment manager who let ICE officers into a building with a master key (two tenants, the property company's
partials, an ICE spokeswoman, a council member); wire copy in straight marks of Janet Napolitano telling growers
that I-9 audits will go on (a convention speech, "Asked by a grower ..., Napolitano said:", Frank Sharry, a
growers' council's statement); America's Voice's release on an inspector general's report on opting out of Secure
Communities ("A report ... found", John Morton's letter, "Frank Sharry ... said in a statement:", "Lynn Tramonte
... noted:"); a newspaper's Q-and-A with an emergency department's medical director on guarded ICE detainees; a
civil jury's award against a landlord who threatened to call ICE ("told jurors", "testified", "argued", "ruled
that"); a retired Marine's op-ed on a Marine's wife held on an immigration hold ("has said", "told a Senate
committee", "As I told ..."); a public-radio transcript with Mexico's consul whose labelled turns are not quotes; a
live blog of a congressman's town hall (a shout credited to nobody, a chant, a 287(g) question); a present-tense
feature on a radio host who checks ICE sightings before he airs them; a human rights group's report on solitary
confinement in immigration detention (a pull quote, "It recommended", "according to the report", ICE's statement
over two paragraphs); wire copy in straight marks of Morton defending the detention bed requirement ("testified",
"replied", "warned", "He added:"); local TV web copy of an injured roofer held on a detainer after he filed for
workers' compensation; a university president's statement after ICE detains a doctoral student (a headline quote,
a statement over three paragraphs); a letters page after a storefront notario's sentencing. Two confounders that
hit no watched topic: a county bridge whose bids came in over its ICE, an independent cost estimate, and John
Morton the retiring ferryman, a namesake. Speakers are people, organisations and descriptions; cues go beyond said
(told, added, noted, wrote, testified, argued, replied, asked, warned, ruled, answered, put, countered, according
to, in a statement); beside them stand non-quotes (titles, signs, slogans, scare quotes, nicknames, words as words,
terms).
It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out
builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what
differs: ids look like ``fo-001`` and documents run 200-1100 words. Its conventions beyond the earlier sets'
are in the header of quotes.src.

Like the builders of dev4 to dev66 it reads each document's comment line ``# focus: ...``, reports the number
of documents per focus, and warns about a focus the document's labels cannot bear out.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # set before the import below, so no __pycache__ appears next to the builders
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/data

from foci import HARD_SHAPES, focused_set  # noqa: E402
from labelled_sets import main  # noqa: E402

DEV67 = focused_set(__file__, id_prefix="fo", words=(200, 1100), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV67, sys.argv[1:]))
