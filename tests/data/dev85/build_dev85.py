"""Build tests/data/dev85/quotes.json from the hand-written tests/data/dev85/quotes.src.

    python tests/data/dev85/build_dev85.py   # from the repository root: validate, write, print counts
    python tests/data/dev85/build_dev85.py --check   # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev85/build_dev85.py --show gg-004   # print documents with their labels marked inline

An eighty-fifth labelled development (tuning) set for the quotation tagger, written blind (without sight of
the tagger or of the texts of the held-out set and the earlier labelled sets): sixteen documents in the mix an
immigration advocacy group's press monitor sees, on subjects other than dev60's to dev84's, weighted to no shape,
513-638 words each, with many people quoted in each, people described and never named, organisations as speakers,
relatives sharing a surname, several people of the same sex in one story, people named by first name only,
pronouns reaching back across paragraphs, words relayed by one person from another and quotes credited in the
sentence after them.
Local news of ICE arresting a Christmas tree lot's worker as families pick out firs (the owner's splits and "she
said", an ICE spokesman's two partials, her husband's name_said_before, a father introduced by a description and
credited as "the father", the worker's daughter by first name, a pastor's quote credited in the next sentence, the
police department's statement); wire copy in straight marks of Janet Napolitano telling vital records registrars
that ICE will not use birth certificate requests to find parents (John Morton's memo "According to the memo", a
deputy registrar's "asked", Frank Sharry's "called" and "said", "answered Vandenberg"); America's Voice's release on
ICE arresting a grandmother on a church's steps after a baptism, after a Secure Communities match and a jail
detainer (a headline quote, Lynn Tramonte's "The following is a statement from" over two paragraphs, the
grandmother's question relayed by her daughter, ICE's two partials, Sharry's "added:" and a continuation); a court
report of a judge barring questions about a robbery victim's immigration status ("calling", "wrote" that, "She
called", "argued", "testified", "told the court", sisters sharing a surname, a coalition's statement, a quote
credited in the next sentence); an insurance agent's op-ed on customers canceling car insurance ("She asked me",
ICE's "calls" and "says", Morton's "has said", "He told me", "As I told"); a letters page on a city hall sign-in
register (the paper's editorial, Napolitano's "said in a speech", a door notice's "says", "He asked the council:",
a council member's own "I said" and a continuation, an editor's note); a House committee hearing on work release
for people held on ICE detainers with a transcript excerpt ("He told the committee:", "testified", Tramonte's
written testimony, a husband's words relayed by his wife, a sergeant's words inside a turn); a present-tense
feature at a garden center whose head grower ICE arrested ("says", a quote credited in the next sentence and a
continuation, spouses sharing a surname, "writes Caleb in a text message"); a Q-and-A with a motel owner sheltering
families after an ICE raid (a headline quote handed to a description, a pull quote, "You told the county housing
board", "I tell", "said to me", "said in a letter"); a live blog of a Senate confirmation hearing for a state
police nominee weighing a 287(g) agreement ("asks", "insists", a shout credited to nobody, Napolitano's letter,
Sharry's "tweets", a troopers' association's "issues a statement"); an obituary of a soccer coach who kept a
coffee can for his players' parents' lawyers (an unclosed quote over two paragraphs, "Julio recalled", Tramonte's
"said in a statement that"); a sports story on a softball shortstop's walk-off home run while her mother is held in
the county jail on an ICE detainer (a headline quote, her mother's words relayed by her); a fact-check of a mayor's
claim that ICE cannot by law arrest people in schools, hospitals and churches (two partials, Morton's memo "says",
"According to ICE", a school district's statement); an explainer on ICE check-ins (Morton's memo, Napolitano's
"told senators", "added Voss", Sharry's "called" and "argued"). Two confounders that hit no watched topic: local
news in straight marks on a lake's ice-out contest, and Lynn Tramonte, a retiring volunteer fire chief, a namesake.
Speakers are people, organisations and descriptions; cues go beyond said (told, tells, says, added, wrote, writes,
testified, asked, asks, answered, argued, called, calls, insists, urged, recalled, put, tweets, has said, according
to, in a statement, in an email, in a letter, in a speech, in a resolution, in testimony, on Facebook, the following
statement, issues a statement); beside them stand non-quotes (titles, signs, slogans, nicknames, terms, a word, a
scare quote).
It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out
builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what
differs: ids look like ``gg-001`` and documents run 500-900 words. Its conventions beyond the earlier sets'
are in the header of quotes.src.

Like the builders of dev4 to dev84 it reads each document's comment line ``# focus: ...``, reports the number
of documents per focus, and warns about a focus the document's labels cannot bear out.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # set before the import below, so no __pycache__ appears next to the builders
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/data

from foci import HARD_SHAPES, focused_set  # noqa: E402
from labelled_sets import main  # noqa: E402

DEV85 = focused_set(__file__, id_prefix="gg", words=(500, 900), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV85, sys.argv[1:]))
