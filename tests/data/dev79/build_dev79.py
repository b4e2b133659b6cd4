"""Build tests/data/dev79/quotes.json from the hand-written tests/data/dev79/quotes.src.

    python tests/data/dev79/build_dev79.py   # from the repository root: validate, write, print counts
    python tests/data/dev79/build_dev79.py --check   # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev79/build_dev79.py --show ga-004   # print documents with their labels marked inline

A seventy-ninth labelled development (tuning) set for the quotation tagger, written blind (without sight of
the tagger or of the texts of the held-out set and the earlier labelled sets): sixteen documents in the mix an
immigration advocacy group's press monitor sees, on subjects other than dev60's to dev78's, weighted to no shape,
455-537 words each, with many people quoted in each, people described and never named, organisations as speakers,
relatives sharing a surname, people named by first name only, pronouns reaching back across paragraphs and quotes
credited in the sentence after them.
TV web copy of ICE arresting a Zumba instructor as her class waited (a spokesman's "said in an email" and "He said"
partials, a woman in the second row, "asked Lupita", a quote credited in the next sentence and a continuation, "told
KQRV 5"); wire copy in straight marks of John Morton telling a House subcommittee that ICE will stay away from crisis
hotlines ("told the subcommittee", "called", "asked:" and "Morton replied:", "According to", a caller's question
relayed, "She added", Frank Sharry's "said" and "urged"); America's Voice's "Statement of Lynn Tramonte ..." on ICE
arresting a volunteer builder at a home dedication (a statement over three paragraphs, "told the Harlow Courier",
Morton's memo "wrote", ICE's two partials, Sharry's "added:" and a continuation); a court report of a judge ordering
a county to refund the bail of a son the jail handed to ICE on a detainer ("wrote that", "She called", Janet
Napolitano's testimony cited by a lawyer, "testified", a bondsman never named, the sheriff's office's "said in a
statement"); a veterinarian's op-ed on pets left behind ("he asked me", "she said", "As I told the Oster County
Commission", Morton's "has said", "said Marisela"); a letters page on a hospital form asking immigration status (the
paper's editorial cited, "told the Sentinel", "asked me,", Napolitano's "has said", "my husband asked me,", "As I said"
and a continuation, "told me"); a school board's minutes on moving summer meal sites ("told the board:", Tramonte's
written comments, "Asked Amsel:", "replied,", a sophomore never named); a present-tense feature at a shoe repair shop
(a quote credited in the next sentence, "says the mail carrier", "asks Joaquín", "says in an email"); a Q-and-A with
a self-storage manager ("You told", Sharry's "has said" in a question, "One tenant ... asked me,", "As I tell", "told
me,"); a live blog of a council vote keeping ICE out of city garages ("Siebert says:", "Asked Wes Dunleavy ...:", a
shout credited to nobody, "tweets:", Napolitano's letter, "issues a statement"); an obituary of a Spanish teacher who
ran a forms clinic ("she told the Gazette in 2009:" over two paragraphs, Tramonte's "said in a statement"); a sports
story on a setter whose mother is held on an ICE detainer (a headline quote credited by its colon, "called it as the
ball landed:", a mother's words relayed, a district's statement, Sharry's "tweeted:"); an editorial on a pothole app's
reports sent to ICE (Morton's "told a congressional panel", "told this newspaper:", "warned", "She then asked
Ostrowski:"); public-radio web copy of parish volunteers at ICE check-ins ("said Ignacio", a volunteer never named, a
bishop's letter, ICE's "said in a statement", "told WVPR"). Two confounders that hit no watched topic: a parish
bulletin in straight marks on a fish fry served with the hall's ice machine broken, and Janet Napolitano the retiring
host of a radio swap show, a namesake, with a transcript excerpt.
Speakers are people, organisations and descriptions; cues go beyond said (told, tells, added, wrote, testified,
asked, replied, called, warned, urged, tweeted, tweets, according to, in a statement, in an email, issues a
statement, the heading "Statement of"); beside them stand non-quotes (titles, signs, slogans, nicknames, a term,
scare quotes).
It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out
builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what
differs: ids look like ``ga-001`` and documents run 450-900 words. Its conventions beyond the earlier sets'
are in the header of quotes.src.

Like the builders of dev4 to dev78 it reads each document's comment line ``# focus: ...``, reports the number
of documents per focus, and warns about a focus the document's labels cannot bear out.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # set before the import below, so no __pycache__ appears next to the builders
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/data

from foci import HARD_SHAPES, focused_set  # noqa: E402
from labelled_sets import main  # noqa: E402

DEV79 = focused_set(__file__, id_prefix="ga", words=(450, 900), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV79, sys.argv[1:]))
