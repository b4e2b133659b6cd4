"""Build tests/data/dev75/quotes.json from the hand-written tests/data/dev75/quotes.src.

    python tests/data/dev75/build_dev75.py   # from the repository root: validate, write, print counts
    python tests/data/dev75/build_dev75.py --check   # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev75/build_dev75.py --show fw-004   # print documents with their labels marked inline

A seventy-fifth labelled development (tuning) set for the quotation tagger, written blind (without sight of the
tagger or of the texts of the held-out set and the earlier labelled sets): sixteen documents in the mix an
immigration advocacy group's press monitor sees, on subjects other than dev60's to dev74's, weighted to no shape, and
longer than dev74's (482-729 words each, with more people quoted and pronouns reaching back across paragraphs).
ICE officers arresting a volunteer chess coach outside a recreation center as his team waited to leave for a
tournament (ICE's partial "In a statement, U.S. Immigration and Customs Enforcement said", a field office spokeswoman
and a retired bus mechanic never named, his wife Claudia Ybarra "told the Millbrook Ledger", a last "she said" with
five other women and girls quoted since); wire copy in straight marks of Janet Napolitano telling state court clerks
that ICE will make no arrests in traffic and small claims courtrooms ("told the clerks", "asked:" and "Napolitano
replied:", an ICE spokesman's "he added", Frank Sharry's "called" and "said" partials, "According to", a said_that);
America's Voice's release on an arrest in the audience at a naturalization ceremony (a headline quote, "The following
is a statement from Lynn Tramonte ...:" over two paragraphs, John Morton's memo, "Frank Sharry ... added:" and a
continuation); a court report of a judge ordering a sheriff's office to release its log of people held in the county
jail on ICE detainers in a newspaper's records suit ("calling", "wrote", "argued", "testified", "replied,", "told
reporters", the sheriff's office "said in a statement"); a pharmacist's op-ed on prescriptions left unclaimed after
arrests in her plaza's parking lot (a man's "he told me", a grandmother's "she asked", Morton's "has said", her own
"As I told", her technician by first name); a letters page on a jury office sending ICE the names of non-citizens
who answer its questionnaire (the paper's editorial cited by a letter, the court's statement, a neighbor and a
daughter never named, a commissioner's "he added"); a state House committee hearing on a bill keeping licensing
boards from asking about immigration status, with an edited excerpt whose labelled turns are not quotes (a licensing
board's "issued a statement", a nursing graduate's "she testified", Tramonte's phrase in a representative's turn); a
present-tense feature at a bicycle repair shop whose mechanic ICE took ("says" split, "sets his helmet on the counter
and says:" and a continuation); a Q-and-A with a driving school owner after arrests outside the license office ("asked
me,", "told me,", "You told", "As I tell", Napolitano's words in a question); a live blog of a county board of health
voting to keep ICE out of its vaccine clinics ("Asked Dr. Percival Ng, a board member from Eastbridge:", a shout
credited to nobody, Tramonte's "said in a statement", a medical society's "issues a statement", a state
representative's "tweets:"); a state bar foundation's report on people released from ICE detention without their
IDs, phones and money (a pull quote, "The report found", "according to the report", "It warned", ICE "said in a
statement" and "it added"); a community theater's newsletter on its set carpenter ("As we wrote", "told us", "wrote
on the back of a program"); an editorial on a wildlife department sending ICE fishing license buyers' addresses
(Morton's letter "wrote that", "warned", "She then asked"); local TV web copy of a doorbell camera video of ICE
officers at a family's door ("can be heard asking,", "One officer answers,", "issued the following statement:",
commenters never named, Frank Sharry's "tweeted:"). Two confounders that hit no watched topic: a historical society's
ice harvest on a mill pond, with ICE HARVEST TODAY on a roadside sign, in straight marks, and Janet Napolitano the
retiring piano teacher, a namesake. Speakers are people, organisations and descriptions; cues go beyond said (told,
added, wrote, tweeted, testified, argued, replied, asked, warned, recalled, found, according to, in a statement);
beside them stand non-quotes (titles, signs, slogans, scare quotes, nicknames, words as words, terms).
It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out
builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what
differs: ids look like ``fw-001`` and documents run 200-1100 words. Its conventions beyond the earlier sets'
are in the header of quotes.src.

Like the builders of dev4 to dev74 it reads each document's comment line ``# focus: ...``, reports the number
of documents per focus, and warns about a focus the document's labels cannot bear out.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # set before the import below, so no __pycache__ appears next to the builders
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/data

from foci import HARD_SHAPES, focused_set  # noqa: E402
from labelled_sets import main  # noqa: E402

DEV75 = focused_set(__file__, id_prefix="fw", words=(200, 1100), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV75, sys.argv[1:]))
