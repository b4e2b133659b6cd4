"""Build tests/data/dev80/quotes.json from the hand-written tests/data/dev80/quotes.src.

    python tests/data/dev80/build_dev80.py   # from the repository root: validate, write, print counts
    python tests/data/dev80/build_dev80.py --check   # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev80/build_dev80.py --show gb-004   # print documents with their labels marked inline

An eightieth labelled development (tuning) set for the quotation tagger, written blind (without sight of
the tagger or of the texts of the held-out set and the earlier labelled sets): sixteen documents in the mix an
immigration advocacy group's press monitor sees, on subjects other than dev60's to dev79's, weighted to no shape,
509-610 words each, with many people quoted in each, people described and never named, organisations as speakers,
relatives sharing a surname, people named by first name only, pronouns reaching back across paragraphs and quotes
credited in the sentence after them.
TV web copy of ICE arresting a wedding DJ at a banquet hall's loading dock (a spokesman's "said in an email" and "He
said" partials, "asked Tomás", a guest from Omaha, "said by phone" and a continuation, "she told KCRD 7"); wire copy in
straight marks of John Morton telling 911 dispatch directors that ICE will not seek callers' recordings ("told the
directors", "called", a directive's "says", "According to", "asked:" and "Morton replied:", a dispatcher credited by a
nominal, Frank Sharry's "called" and "said"); America's Voice's release on ICE arresting a father outside a children's
dance recital after a Secure Communities match (a headline quote, Lynn Tramonte's "issued the following statement:"
over two paragraphs, "told the Lakeview Ledger", ICE's two partials, "wrote on Facebook", Sharry's "added:" and a
continuation); a court report of a judge throwing out a plea deal that traded a theft charge for deportation, the man
held in the county jail on an ICE detainer ("wrote that", "She called", "told the judge", "argued", Janet Napolitano's
words cited by the prosecutor, the sheriff's office's "said in a statement", a bailiff); a locksmith's op-ed on
customers buying peepholes ("She asked me", "her son asked", ICE's "said in a statement" and "insisted", "I told the
city council", Morton's "has said", "asked Rigoberto", "My grandfather ... used to say"); a letters page on an assessor
handing homestead files to ICE (the paper's editorial cited, "She told the Courier", Napolitano's "has said", "told
me", "As I said" and a continuation); a state Senate hearing on making jails call a lawyer before handing anyone to
ICE, with a transcript excerpt ("He told the committee:", "testified", "a deputy told me,", Tramonte's written
testimony, an association's statement and a continuation); a present-tense feature at an upholstery shop (a quote
credited in the next sentence and a continuation, "says in an email", "asks Daniela"); a Q-and-A with a mobile home
park manager ("You told", Morton's "has said" in a question, "One resident ... asked me,", "As I tell", "told me,");
a live blog of a hospital board vote keeping ICE out of patient areas ("He says:", a shout credited to nobody,
"tweets:", Napolitano's letter read out, "cautions", "issues a statement"); an obituary of a guitarist who sang
outside a detention center ("he told the Lorain Courier-Star:" over two paragraphs, Tramonte's "said in a
statement"); a sports story on a runner whose brother is held on an ICE detainer (a headline quote credited by its
colon, "called it ...:", a brother's words relayed, a college's statement, Sharry's "tweeted ...:"); a podcast's
show notes on 287(g) agreements (a pull quote, "asks Fairweather", Sharry's "argues", "ICE told the show:", a
listener); a carpenters' union local's bulletin on a member held on an ICE detainer ("told the bulletin" and a
continuation, Morton's "wrote in a 2011 memo that", the sheriff's office's "said in an email", "asked Luis", a
foreman). Two confounders that hit no watched topic: local TV web copy in straight marks on half marathon runners
cooled in ice baths, and Frank Sharry the retiring square-dance caller, a namesake, on public-radio web copy.
Speakers are people, organisations and descriptions; cues go beyond said (told, tells, added, wrote, testified,
asked, replied, called, argued, argues, insisted, cautions, recalled, tweeted, tweets, according to, in a statement,
in an email, issued the following statement, issues a statement); beside them stand non-quotes (titles, signs,
slogans, nicknames, terms, scare quotes).
It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out
builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what
differs: ids look like ``gb-001`` and documents run 450-900 words. Its conventions beyond the earlier sets'
are in the header of quotes.src.

Like the builders of dev4 to dev79 it reads each document's comment line ``# focus: ...``, reports the number
of documents per focus, and warns about a focus the document's labels cannot bear out.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # set before the import below, so no __pycache__ appears next to the builders
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/data

from foci import HARD_SHAPES, focused_set  # noqa: E402
from labelled_sets import main  # noqa: E402

DEV80 = focused_set(__file__, id_prefix="gb", words=(450, 900), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV80, sys.argv[1:]))
