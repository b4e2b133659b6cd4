"""Build tests/data/dev74/quotes.json from the hand-written tests/data/dev74/quotes.src.

    python tests/data/dev74/build_dev74.py   # from the repository root: validate, write, print counts
    python tests/data/dev74/build_dev74.py --check   # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev74/build_dev74.py --show fv-004   # print documents with their labels marked inline

A seventy-fourth labelled development (tuning) set for the quotation tagger, written blind (without sight of the
tagger or of the texts of the held-out set and the earlier labelled sets): sixteen documents in the mix an
immigration advocacy group's press monitor sees, on subjects other than dev60's to dev73's, weighted to no shape.
ICE officers arresting a volunteer swim coach in a city pool's parking lot as his team watched (his wife Yesenia
Almanza "told the Merrivale Courier", ICE "said in a statement", a field office spokeswoman and a retired nurse never
named, a last "she said" with three other women quoted since); wire copy in straight marks of Janet Napolitano telling
public housing directors that ICE will not ask for tenant lists ("told the Western Conference of Public Housing
Directors", "asked:" and "Napolitano replied:", Frank Sharry's "called" and "said" partials, an ICE spokesman's "he
added", a said_that); America's Voice's release on an arrest in a WIC office's waiting room (a headline quote, "The
following is a statement from Frank Sharry ...:" over two paragraphs, John Morton's memo, "Lynn Tramonte ... added:"
and a continuation); a court report of a judge dismissing charges against nine people who sat in front of a bus
carrying men held on ICE detainers out of a county jail ("calling", "wrote", "testified", "had argued", "replied,",
"told reporters", the sheriff's office "said in a statement"); a tax preparer's op-ed on clients afraid to file after
arrests in her strip mall's parking lot (a house painter's "he told me", a young mother's "she asked", Morton's "has
said", her own "As I told", her receptionist by first name); a letters page on an animal services department giving
ICE dog license records (the paper's editorial cited by a letter, the department's statement, a neighbor and a son
never named, a council member's "she added"); a state House committee hearing on keeping unemployment claim records
from ICE, with an edited excerpt whose labelled turns are not quotes (Tramonte's phrase and a claimant's words in a
representative's turns, an employers' council's "issued a statement"); a present-tense feature at a tailor's shop run
by a daughter since ICE took her father ("says" split, "sets an envelope on the counter and says:" and a
continuation); a Q-and-A with a day care director after arrests at afternoon pickup ("asked me,", "told me,", "You
told", "As I tell", Napolitano's words in a question); a live blog of a state university's regents voting to stop the
campus police holding people on ICE detainers ("Asked Harold Veasey, a regent from Lamar:", a shout credited to
nobody, Tramonte's "said in a statement", a police officers' association's "issues a statement"); a deaf rights
alliance's report on deaf people in ICE detention waiting weeks for interpreters (a pull quote, "The report found",
"according to the report", "It warned", ICE "said in a statement" and "it added"); a running club's newsletter ("As we
wrote", "told us", "wrote on the back of a race bib"); an editorial on a lottery commission sending ICE prize winners'
addresses (Morton's letter "wrote that", "warned", "She then asked"); local TV web copy of a video of a father arrested
at his son's birthday party in a bowling alley ("issued the following statement:", commenters never named, Frank
Sharry's "tweeted:"). Two confounders that hit no watched topic: ice dams on roofs after a thaw, with NO ICE DAM TOO
BIG on a roofer's truck doors, in straight marks, and Frank Sharry the retiring barber, a namesake. Speakers are
people, organisations and descriptions; cues go beyond said (told, added, wrote, tweeted, testified, argued, replied,
asked, warned, recalled, found, according to, in a statement); beside them stand non-quotes (titles, signs, slogans,
scare quotes, nicknames, words as words, terms).
It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out
builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what
differs: ids look like ``fv-001`` and documents run 200-1100 words. Its conventions beyond the earlier sets'
are in the header of quotes.src.

Like the builders of dev4 to dev73 it reads each document's comment line ``# focus: ...``, reports the number
of documents per focus, and warns about a focus the document's labels cannot bear out.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # set before the import below, so no __pycache__ appears next to the builders
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/data

from foci import HARD_SHAPES, focused_set  # noqa: E402
from labelled_sets import main  # noqa: E402

DEV74 = focused_set(__file__, id_prefix="fv", words=(200, 1100), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV74, sys.argv[1:]))
