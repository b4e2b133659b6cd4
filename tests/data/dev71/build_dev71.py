"""Build tests/data/dev71/quotes.json from the hand-written tests/data/dev71/quotes.src.

    python tests/data/dev71/build_dev71.py   # from the repository root: validate, write, print counts
    python tests/data/dev71/build_dev71.py --check   # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev71/build_dev71.py --show fs-004   # print documents with their labels marked inline

A seventy-first labelled development (tuning) set for the quotation tagger, written blind (without sight of the
tagger or of the texts of the held-out set and the earlier labelled sets): sixteen documents in the mix an
immigration advocacy group's press monitor sees, on subjects other than dev60's to dev70's, weighted to no shape.
ICE officers arresting a tow truck driver on a highway shoulder as he hooked up a stranded minivan (its driver's last
"she said" with three others quoted since, a spokeswoman described before she is named, relatives sharing the surname
Ibarra); wire copy in straight marks of Janet Napolitano telling community clinic directors that ICE will make no
arrests in waiting rooms ("told the National Association of Neighborhood Clinics", "asked:" and "Napolitano replied:",
Frank Sharry's "called" and "said" partials, an ICE spokesman's "he said"); America's Voice's release on a father
arrested on a federal building's steps during his daughter's citizenship oath (a headline quote, "Lynn Tramonte
released this statement ...:" over two paragraphs, John Morton's memo, "Frank Sharry ... added:"); a court report of a
family court judge letting a mother in ICE detention keep custody ("calling", "testified", "argued", "told the court",
"replied:", "wrote that", relatives sharing the surname Carrasco); a wrestling coach's op-ed on his captain (a first
name, a mother never named, Morton's "has said", his own "As I told"); a letters page on a university sharing student
housing records with ICE (the paper's editorial cited by a letter, the university's statement, a son never named); a
state House subcommittee hearing on recording students' immigration status, with an edited excerpt whose labelled turns
are not quotes (the agency's letter read out, Napolitano's words in a legislator's turn); a present-tense feature at a
boxing gym ("stops ... and says:", a continuation); a Q-and-A with a hospital social worker ("The officer told me",
"You told", "As I tell"); a live blog of a county commission ending the sheriff's 287(g) agreement ("Asked Pettaway:",
a shout credited to nobody, "issued a statement ...:", Lynn Tramonte's statement); a child welfare ombudsman's report on
children left alone after ICE arrests (a pull quote, "The report found", "according to the report", "It recommended",
"said in a statement:" over two paragraphs); a nurses' union newsletter ("As we wrote", "told us", the hospital's
statement, a patient's card); an editorial on a health department giving ICE Medicaid applicants' addresses (Morton's
letter "wrote that"); local TV copy of a council member's tweets from an ICE raid at a car wash ("wrote on Twitter",
"tweeted:", users never named, Frank Sharry's post). Two confounders that hit no watched topic: thin lake ice under a
headline in capitals, in straight marks, and Janet Napolitano the rural mail carrier, a namesake. Speakers are people,
organisations and descriptions; cues go beyond said (told, added, wrote, tweeted, testified, argued, replied, asked,
warned, recalled, according to, in a statement); beside them stand non-quotes (titles, signs, slogans, scare quotes,
nicknames, words as words, terms).
It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out
builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what
differs: ids look like ``fs-001`` and documents run 200-1100 words. Its conventions beyond the earlier sets'
are in the header of quotes.src.

Like the builders of dev4 to dev70 it reads each document's comment line ``# focus: ...``, reports the number
of documents per focus, and warns about a focus the document's labels cannot bear out.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # set before the import below, so no __pycache__ appears next to the builders
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/data

from foci import HARD_SHAPES, focused_set  # noqa: E402
from labelled_sets import main  # noqa: E402

DEV71 = focused_set(__file__, id_prefix="fs", words=(200, 1100), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV71, sys.argv[1:]))
