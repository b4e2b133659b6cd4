"""Build tests/data/dev83/quotes.json from the hand-written tests/data/dev83/quotes.src.

    python tests/data/dev83/build_dev83.py   # from the repository root: validate, write, print counts
    python tests/data/dev83/build_dev83.py --check   # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev83/build_dev83.py --show ge-004   # print documents with their labels marked inline

An eighty-third labelled development (tuning) set for the quotation tagger, written blind (without sight of
the tagger or of the texts of the held-out set and the earlier labelled sets): sixteen documents in the mix an
immigration advocacy group's press monitor sees, on subjects other than dev60's to dev82's, weighted to no shape,
451-590 words each, with many people quoted in each, people described and never named, organisations as speakers,
relatives sharing a surname, people named by first name only, pronouns reaching back across paragraphs, words
relayed by one person from another and quotes credited in the sentence after them.
Local news of ICE arresting a pumpkin patch's tractor driver while second-graders wait on a hay wagon (the owner's
splits and a quote credited in the next sentence, her husband in full, an ICE spokeswoman's two partials, a parent
chaperone never named, the daughter by first name, the school district's statement); wire copy in straight marks of
John Morton telling adult education directors that ICE will make no arrests at GED testing centers (his directive
"According to the directive", a student's "asked", Frank Sharry's "called" and "said"); America's Voice's release on
ICE arresting a father outside his son's Eagle Scout court of honor after a Secure Communities match and a jail
detainer (a headline quote, "The following is a statement from Lynn Tramonte" over two paragraphs, a mother's
question relayed by her son, Sharry's "added:" and a continuation); a court report of a small claims judge ordering
a jail's commissary vendor to refund a man handed to ICE on a detainer ("wrote that", "She called", "testified",
"told the court", "argued", a sheriff's office's "said in a statement", a clerk, a quote credited in the next
sentence); a dry cleaner's op-ed on clothes nobody picks up after ICE arrests in her plaza ("She asked me", ICE's
"calls" and "says", Morton's "has said", "As I told", "He told me"); a letters page on a school district sharing its
bus app's records with ICE (the paper's editorial, Janet Napolitano's "said in a speech", "She asked the board:", a
board member's own "I said" and a continuation); a state Senate hearing on keeping ICE out of highway rest areas
with a transcript excerpt ("told the committee:", Tramonte's written testimony, a trucking association's statement,
"A driver ... told me"); a present-tense feature at a goat dairy ("says", a quote credited in the next sentence and
a continuation, "writes in a text message"); a Q-and-A with a courthouse wedding photographer (a headline quote
handed to a description, "You told", "One groom asked me", "I tell every couple"); a live blog of a council vote on
a tenants' rights notice (a shout credited to nobody, Morton's memo, "insists", "cautions", "tweets", "issues a
statement"); an obituary of a taxi dispatcher who ran a telephone tree (an unclosed quote over two paragraphs,
Tramonte's "said in a statement that"); a sports story on a bowler's perfect game while his father is held in the
county jail on an ICE detainer (a headline quote, his father's words relayed by him, Sharry's "tweeted:"); local TV
copy of a school play about a deported grandmother ("posted on Facebook", "answered", "said by video call"); a
janitors' union newsletter on a janitor arrested by ICE at a bus stop (a dash pull quote, "recalled", a management
company's "issued a statement", "According to ICE"). Two confounders that hit no watched topic: local news in
straight marks on a hand-cranked ice cream contest at a senior center, and John Morton, a retired dairy farmer
switching on his Christmas light display for the last time, a namesake.
Speakers are people, organisations and descriptions; cues go beyond said (told, tells, added, wrote, writes,
testified, asked, answered, argued, called, insists, cautions, recalled, posted, tweeted, tweets, according to,
in a statement, in an email, in a letter, in a text message, issued a statement, issues a statement); beside them
stand non-quotes (titles, signs, slogans, nicknames, terms, a scare quote).
It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out
builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what
differs: ids look like ``ge-001`` and documents run 450-900 words. Its conventions beyond the earlier sets'
are in the header of quotes.src.

Like the builders of dev4 to dev82 it reads each document's comment line ``# focus: ...``, reports the number
of documents per focus, and warns about a focus the document's labels cannot bear out.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # set before the import below, so no __pycache__ appears next to the builders
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/data

from foci import HARD_SHAPES, focused_set  # noqa: E402
from labelled_sets import main  # noqa: E402

DEV83 = focused_set(__file__, id_prefix="ge", words=(450, 900), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV83, sys.argv[1:]))
