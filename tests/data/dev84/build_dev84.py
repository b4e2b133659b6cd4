"""Build tests/data/dev84/quotes.json from the hand-written tests/data/dev84/quotes.src.

    python tests/data/dev84/build_dev84.py   # from the repository root: validate, write, print counts
    python tests/data/dev84/build_dev84.py --check   # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev84/build_dev84.py --show gf-004   # print documents with their labels marked inline

An eighty-fourth labelled development (tuning) set for the quotation tagger, written blind (without sight of
the tagger or of the texts of the held-out set and the earlier labelled sets): sixteen documents in the mix an
immigration advocacy group's press monitor sees, on subjects other than dev60's to dev83's, weighted to no shape,
503-679 words each, with many people quoted in each, people described and never named, organisations as speakers,
relatives sharing a surname, people named by first name only, pronouns reaching back across paragraphs, words
relayed by one person from another and quotes credited in the sentence after them.
Local news of ICE arresting a school photographer's assistant in an elementary school parking lot on picture day
(the studio owner's splits, an ICE spokeswoman's two partials, the principal's "wrote in a note", the son's words
relayed by his mother, a father in the drop-off line never named, the district's statement); wire copy in straight
marks of Janet Napolitano telling child support directors that ICE will make no arrests at child support offices
(John Morton's memo "According to the memo", a caseworker's "asked" and "He added", Frank Sharry's "called" and
"said", "answered Jeffries"); America's Voice's release on ICE arresting a father after his daughter's spelling bee
after a Secure Communities match and a jail detainer (a headline quote, Sharry's "issued the following statement:"
over three paragraphs, a mother's question relayed by her daughter, Lynn Tramonte's "added:" and a continuation); a
court report of a judge dismissing a county's suit against a state law on jail detainers ("wrote" that, "She
called", a sheriff and his son the jail administrator, "testified", "argued", "told the court", "answered", the
attorney general's "said in a statement", a quote credited in the next sentence); a family physician's op-ed on
letters for immigration judges ("She asked me", ICE's "calls" and "says", Morton's "has said", "I told", "He told
me"); a letters page on a sheriff's background checks for shelter volunteers (the paper's editorial, Napolitano's
"said in a speech", "He asked the board:", a board member's own "I said" and a continuation, an editor's note); a
county commission hearing on selling a juvenile center to an ICE contractor with a transcript excerpt ("told the
commission:", Tramonte's written testimony, a trades council's statement, a grandmother's words inside a turn); a
present-tense feature at a racetrack barn ("says", a quote credited in the next sentence and a continuation,
brothers sharing a surname, "writes ... in a text message"); a Q-and-A with a middle school librarian whose club
writes to detained parents (a headline quote handed to a description, "You told the school board", "I tell", a
student's "asked me"); a live blog of a council vote renaming a park for a deported veteran ("insists", a shout
credited to nobody, Sharry's "tweets", the parks department's "issues a statement"); an obituary of a printer who
gave away know-your-rights cards (an unclosed quote over two paragraphs, Tramonte's "said in a statement that"); a
sports story on a golfer's regional title while her father is held in the county jail on an ICE detainer (a
headline quote, her father's words relayed by her, Sharry's "tweeted"); a fact-check of a sheriff candidate's
mailer on released detainees (the mailer's "says", "told us", "According to ICE", Morton's "has said"); an
explainer on prosecutorial discretion (Morton's memo, Napolitano's "told senators", "added Lindqvist", Tramonte's
"called" and "argued"). Two confounders that hit no watched topic: local news in straight marks on a warm December
keeping a park's outdoor rink from opening, and Janet Napolitano, an 84-year-old fiddler playing her last contest
tune on the radio, a namesake.
Speakers are people, organisations and descriptions; cues go beyond said (told, tells, added, wrote, writes,
testified, asked, answered, argued, called, calls, insists, tweeted, tweets, has said, according to, in a statement,
in an email, in a letter, in a note, in a speech, in its program, in a text message, issued the following statement,
issues a statement); beside them stand non-quotes (titles, signs, a slogan, nicknames, terms, words, a scare quote).
It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out
builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what
differs: ids look like ``gf-001`` and documents run 450-900 words. Its conventions beyond the earlier sets'
are in the header of quotes.src.

Like the builders of dev4 to dev83 it reads each document's comment line ``# focus: ...``, reports the number
of documents per focus, and warns about a focus the document's labels cannot bear out.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # set before the import below, so no __pycache__ appears next to the builders
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/data

from foci import HARD_SHAPES, focused_set  # noqa: E402
from labelled_sets import main  # noqa: E402

DEV84 = focused_set(__file__, id_prefix="gf", words=(450, 900), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV84, sys.argv[1:]))
