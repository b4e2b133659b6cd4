"""Build tests/data/dev62/quotes.json from the hand-written tests/data/dev62/quotes.src.

    python tests/data/dev62/build_dev62.py   # from the repository root: validate, write, print counts
    python tests/data/dev62/build_dev62.py --check   # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev62/build_dev62.py --show fj-004   # print documents with their labels marked inline

A sixty-second labelled development (tuning) set for the quotation tagger, written blind (without sight of the
tagger or of the texts of the held-out set and the earlier labelled sets) as a fair proxy for the held-out set:
sixteen documents of the kinds an immigration advocacy group's press monitor sees, in the mix of shapes ordinary news
copy has, weighted to none, on subjects other than dev60's and dev61's. A worksite raid at an Iowa poultry plant (a
deboner split and "she said" across paragraphs, an ICE spokesman's "He said" partial, the company's statement, a
priest's "he said" with the plant manager named between, the mayor, "told the Orvale Dispatch"); wire copy of a state
appeals court ruling on a U.S.-born welder held on a detainer (straight marks: the majority's judge "wrote for the
majority", the dissent's partial and "he wrote", the welder, his lawyer "told Great Lakes Wire", the sheriff's
statement, an unnamed ICE spokeswoman "said in an email"); America's Voice's release on a record year of
deportations (a headline quote, John Morton's "called", "The following is a statement from Frank Sharry ...:" over
two paragraphs, Janet Napolitano's partial, "According to a review", "Sharry continued:", "Sharry added:") and a
Washington story that picks it up with reworded and partial quotes (Morton "told reporters" split, Sharry's two
partials after one verb, a restrictionist's "argued" and continued paragraph); a public-radio transcript with a
sheriff seeking 287(g) (labelled turns; inside them a commissioner, ICE's letter "says", "As I told the
commissioners", a pseudonymous client, Morton's memo, a listener's email, a caller's son); an editorial on in-state
tuition (no watched topic); a present-tense quinceañera feature (a father's letter read aloud over two paragraphs,
"he asks"); arrests near a school bus stop (the superintendent's letter, an unnamed bus driver, ICE's two partials,
"said that"); a law clinic's report on children in immigration court (a pull quote, "It warns", "According to the
report", a court agency's spokeswoman); wire copy of DHS ending a sheriff's 287(g) agreement (straight marks:
Napolitano "said in a statement that", the Civil Rights Division's letter, Lynn Tramonte's two partials after two
verbs); a city council limiting detainer holds ("answered" split, an uncredited shout of kind none); a crime victim
held after a Secure Communities match (a prosecutor's letter and continued paragraph); a Q-and-A with Tramonte; a
House hearing with Napolitano ("testified", "she answered", "Replied Napolitano:"); and two confounders that hit no
watched topic (a coffee roaster and arabica futures on ICE Futures U.S.; Lynn Tramonte the girls' basketball coach,
a namesake). Speakers are people, organisations and descriptions; quotes are positional, split, partial inside
reported speech, continued and multi-paragraph, credited by pronouns across paragraphs with people of the same sex
between, by cues other than said; beside non-quotes (titles, signs, slogans, scare quotes, nicknames, words as
words).
It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out
builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what
differs: ids look like ``fj-001`` and documents run 200-1100 words. Its conventions beyond the earlier sets'
are in the header of quotes.src.

Like the builders of dev4 to dev61 it reads each document's comment line ``# focus: ...``, reports the number
of documents per focus, and warns about a focus the document's labels cannot bear out.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # set before the import below, so no __pycache__ appears next to the builders
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/data

from foci import HARD_SHAPES, focused_set  # noqa: E402
from labelled_sets import main  # noqa: E402

DEV62 = focused_set(__file__, id_prefix="fj", words=(200, 1100), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV62, sys.argv[1:]))
