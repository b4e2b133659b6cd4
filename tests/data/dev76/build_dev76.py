"""Build tests/data/dev76/quotes.json from the hand-written tests/data/dev76/quotes.src.

    python tests/data/dev76/build_dev76.py   # from the repository root: validate, write, print counts
    python tests/data/dev76/build_dev76.py --check   # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev76/build_dev76.py --show fx-004   # print documents with their labels marked inline

A seventy-sixth labelled development (tuning) set for the quotation tagger, written blind (without sight of the
tagger or of the texts of the held-out set and the earlier labelled sets): sixteen documents in the mix an
immigration advocacy group's press monitor sees, on subjects other than dev60's to dev75's, weighted to no shape,
496-659 words each, with many people quoted in each, people described and never named, relatives sharing a surname,
pronouns reaching back across paragraphs and quotes credited in the sentence after them.
Immigration officers arresting a mother in a middle school parking lot during her daughter's science fair (the
daughter "told the Castleford Courier", a spokesman credited only by "he", the principal's letter "calling", the
mother's "she told him:" relayed by her husband, a last "he said" with six speakers quoted since); wire copy in
straight marks of John Morton telling state prison officials that ICE will meet deportable inmates at the gate
instead of asking county jails to hold them on detainers ("told state corrections officials", "asked:" and "Morton
replied:", an ICE spokesman's "he added", Frank Sharry's "called" and "said" partials, "According to", a sheriff's
quote credited in the next sentence); America's Voice's release on ICE arresting a youth pastor at a church camp (a
headline quote, "According to Frank Sharry ...:", a boy's note on a whiteboard, John Morton's memo, "Lynn Tramonte
... added:" over two paragraphs); a court report of an appeals court barring a county from charging its jail fee
for nights held on detainers ("wrote that", "testified", a continuation, "called" and "warned", "The opinion
ordered"); a nurse-midwife's op-ed on mothers avoiding a hospital after arrests in its garage (a patient's "she told
me", Morton's "has said", her own "As I told", her apprentice's "put it more plainly ...:", a father's "asked me");
a letters page on a town's welcoming resolution (the paper's editorial cited by a letter, Janet Napolitano's "has
said", a father in detention, a council member's "As I said" and a continuation); a state Senate committee hearing
on a bill barring private detention centers, with an edited excerpt whose labelled turns are not quotes ("He told
the committee:", "testified", a guard's "told me,", Napolitano's phrase in a senator's turn, a company's "issued a
statement"); a present-tense feature on a muralist painting a detained corn vendor ("says" splits, the vendor by
phone over two paragraphs, an ICE spokeswoman "in an email, says"); a Q-and-A with a high school counselor ("You
told", "As I tell", Tramonte's "has written" in a question); a live blog of a state supreme court argument on a
sheriff's detainer holds after a Secure Communities match ("asks Justice Nwosu", "answers:", a shout credited to
nobody, Tramonte's statement, a sheriff's office's "issues a statement:", "she told reporters"); an obituary of a
Spanish-language publisher ("he wrote:", "explained:" over two paragraphs, Morton's "told him"); public-radio web
copy of an interview on ICE detaining older Vietnamese refugees (ICE's statement read by the host, "My father used
to say,", Napolitano's words in a question); a literacy program's newsletter on a student arrested on her way to
class ("told us", "Her essay ... ends this way:", "One classmate wrote:", "It said:"); local TV web copy of
restaurants closing for a day after ICE raids ("wrote on Facebook ...:", "Wrote one commenter:", "told KBRT 9", ICE
"said in a statement", Sharry's "called"). Two confounders that hit no watched topic: ice carvers before a warm
festival day, under a FIRE & ICE banner, in straight marks, and Frank Sharry the retiring drive-in owner, a namesake.
Speakers are people, organisations and descriptions; cues go beyond said (told, added, wrote, testified, asked,
replied, answered, explained, called, warned, ordered, according to, in a statement); beside them stand non-quotes
(titles, signs, nicknames, a term, a word, a scare quote).
It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out
builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what
differs: ids look like ``fx-001`` and documents run 450-900 words. Its conventions beyond the earlier sets'
are in the header of quotes.src.

Like the builders of dev4 to dev75 it reads each document's comment line ``# focus: ...``, reports the number
of documents per focus, and warns about a focus the document's labels cannot bear out.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # set before the import below, so no __pycache__ appears next to the builders
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/data

from foci import HARD_SHAPES, focused_set  # noqa: E402
from labelled_sets import main  # noqa: E402

DEV76 = focused_set(__file__, id_prefix="fx", words=(450, 900), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV76, sys.argv[1:]))
