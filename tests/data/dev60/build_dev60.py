"""Build tests/data/dev60/quotes.json from the hand-written tests/data/dev60/quotes.src.

    python tests/data/dev60/build_dev60.py   # from the repository root: validate, write, print counts
    python tests/data/dev60/build_dev60.py --check   # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev60/build_dev60.py --show fh-004   # print documents with their labels marked inline

A sixtieth labelled development (tuning) set for the quotation tagger, written blind (without sight of the tagger or
of the texts of the held-out set and the earlier labelled sets) as a fair proxy for the held-out set: sixteen
documents of the kinds an immigration advocacy group's press monitor sees, in the mix of shapes ordinary news copy
has, weighted to none, on subjects other than dev58's and dev59's. A woman who called 911 and was held on an ICE
detainer after a Secure Communities match (her split quotes, a shelter director, one hotline volunteer, the police
chief, a woman sheriff, ICE's statement, her lawyer by "he", a district attorney's spokeswoman); wire copy of DHS
promising no enforcement at hurricane shelters (straight marks: Janet Napolitano "said Secretary of Homeland
Security ...", "told reporters", ICE's two partials, a county judge, a Border Patrol spokesman, evacuees); America's
Voice's release on ICE switching Secure Communities on across Colorado (a headline quote, "The following is a
statement from Lynn Tramonte ...:" over two paragraphs, John Morton's "has said", a sheriff's letter "As ... wrote
to ICE", "Tramonte continued:", "Tramonte added:") and a Denver story that picks it up with reworded and partial
quotes; an editorial board's Q-and-A with John Morton (labelled turns, a sheriff's and Frank Sharry's words inside
the questions, his own memo "As I wrote"); an op-ed by a retired immigration judge; local TV web copy of a taillight
stop that ended in a detainer at the county jail; a present-tense feature at a day laborers' corner ("says", "Said
one volunteer", "according to"); wire copy of members of Congress touring a family detention center (straight marks,
Sharry's statement); a statehouse hearing on driver's licenses ("testified", "asked", "Replied ...:", "Said
Tennant:" before a quote-only paragraph); a youth soccer tournament called off over a false rumour of an ICE
checkpoint; a smuggling driver's sentencing (the judge "told" him, a letter read aloud, a special agent in charge's
statement); a deported Army veteran by phone ("recalled", a three-paragraph quote); clergy's letter to Napolitano
("the letter reads", "It asks", the department's statement); and two confounders that hit no watched topic (a county
jail running out of ice in a heat wave under an all-caps headline; Janet Napolitano the community theater director,
a namesake). Speakers are people, organisations and descriptions; quotes are positional, split, partial inside
reported speech, continued and multi-paragraph, credited by pronouns across paragraphs with people of the same sex
between, by cues other than said; beside non-quotes (titles, signs, slogans, scare quotes, nicknames, terms, words
as words).
It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out
builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what
differs: ids look like ``fh-001`` and documents run 200-1100 words. Its conventions beyond the earlier sets'
are in the header of quotes.src.

Like the builders of dev4 to dev59 it reads each document's comment line ``# focus: ...``, reports the number
of documents per focus, and warns about a focus the document's labels cannot bear out.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # set before the import below, so no __pycache__ appears next to the builders
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/data

from foci import HARD_SHAPES, focused_set  # noqa: E402
from labelled_sets import main  # noqa: E402

DEV60 = focused_set(__file__, id_prefix="fh", words=(200, 1100), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV60, sys.argv[1:]))
