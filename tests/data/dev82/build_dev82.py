"""Build tests/data/dev82/quotes.json from the hand-written tests/data/dev82/quotes.src.

    python tests/data/dev82/build_dev82.py   # from the repository root: validate, write, print counts
    python tests/data/dev82/build_dev82.py --check   # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev82/build_dev82.py --show gd-004   # print documents with their labels marked inline

An eighty-second labelled development (tuning) set for the quotation tagger, written blind (without sight of
the tagger or of the texts of the held-out set and the earlier labelled sets): sixteen documents in the mix an
immigration advocacy group's press monitor sees, on subjects other than dev60's to dev81's, weighted to no shape,
452-644 words each, with many people quoted in each, people described and never named, organisations as speakers,
relatives sharing a surname, people named by first name only, pronouns reaching back across paragraphs, words
relayed by one person from another and quotes credited in the sentence after them.
Local news of ICE arresting a hot-air balloon crew chief on a festival's launch field (a pilot's splits, an ICE
spokeswoman's two partials, the wife's "she said" and a continuation, the son by first name, a spectator never
named); wire copy in straight marks of Janet Napolitano telling food bank directors that ICE will make no arrests at
food distribution sites (John Morton's directive "According to the directive", a volunteer's "asked", Frank Sharry's
"called" and "said"); America's Voice's release on ICE arresting a father after his daughter's kindergarten
graduation after a Secure Communities match and a jail detainer (a headline quote, Sharry's "issued the following
statement:" over two paragraphs, a girl's question relayed by her mother, Lynn Tramonte's "added:" and a
continuation); a court report of a judge ordering a county to pay a dishwasher its jail kept on an ICE detainer after
his bail was paid ("wrote that", "She called", "testified", "told the court", "argued", a sheriff's office's "said in a
statement", a clerk, a quote credited in the next sentence); an optometrist's op-ed on eyeglasses nobody picks up
after ICE arrests in her lot ("She asked me", ICE's "calls" and "says", "As I told", Morton's "has said", "told me"); a
letters page on a parking office sending ICE its ticket records (the paper's editorial, Napolitano's "said in a
speech", "She asked:", a council member's own "I said" and a continuation); a county board hearing on ICE video
hearings from the jail with a transcript excerpt ("told the commission:", Tramonte's written testimony, a Teamsters
local's statement, "A mother in the waiting room told me"); a present-tense feature at a tattoo shop ("says", a quote
credited in the next sentence and a continuation, "writes ... in a text message"); a Q-and-A with a band director
after an arrest at a marching contest (a headline quote handed to a description, "You told", "he asked me", "Kofi
told me"); a live blog of a mayoral debate on checkpoints (a shout credited to nobody, Morton's letter, "tweets",
"insists Dupree", "issues a statement"); an obituary of a bus driver who drove families to an ICE detention center
(a split running on unclosed over two paragraphs, Tramonte's "said in a statement that"); a sports story on a
cross-country champion whose father is held in the county jail on an ICE detainer (a headline quote, her father's
words relayed by her, Sharry's "tweeted:"); a radio call-in summary on a sheriff's 287(g) agreement (callers by
first name, "According to ICE", Morton's "has said", "began Pat"); a hospital workers' union flyer on a cook arrested
by ICE in the employee garage (the hospital's "issued a statement", a dash pull quote, a chant). Two confounders that
hit no watched topic: local news in straight marks on thin lake ice pushing back a sled dog derby, and a weekly's
"week in review" whose lead item is Frank Sharry, a retired grain elevator manager calling his last bingo game, a
namesake.
Speakers are people, organisations and descriptions; cues go beyond said (told, tells, added, wrote, writes,
testified, asked, answers, argued, called, insists, began, promised, tweeted, tweets, according to,
in a statement, in an email, in a letter, issued a statement, issues a statement); beside them stand non-quotes
(titles, signs, slogans, nicknames, a term, a scare quote).
It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out
builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what
differs: ids look like ``gd-001`` and documents run 450-900 words. Its conventions beyond the earlier sets'
are in the header of quotes.src.

Like the builders of dev4 to dev81 it reads each document's comment line ``# focus: ...``, reports the number
of documents per focus, and warns about a focus the document's labels cannot bear out.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # set before the import below, so no __pycache__ appears next to the builders
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/data

from foci import HARD_SHAPES, focused_set  # noqa: E402
from labelled_sets import main  # noqa: E402

DEV82 = focused_set(__file__, id_prefix="gd", words=(450, 900), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV82, sys.argv[1:]))
