"""Build tests/data/dev78/quotes.json from the hand-written tests/data/dev78/quotes.src.

    python tests/data/dev78/build_dev78.py   # from the repository root: validate, write, print counts
    python tests/data/dev78/build_dev78.py --check   # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev78/build_dev78.py --show fz-004   # print documents with their labels marked inline

A seventy-eighth labelled development (tuning) set for the quotation tagger, written blind (without sight of
the tagger or of the texts of the held-out set and the earlier labelled sets): sixteen documents in the mix an
immigration advocacy group's press monitor sees, on subjects other than dev60's to dev77's, weighted to no shape,
490-630 words each, with many people quoted in each, people described and never named, relatives sharing a surname,
people named by first name only, pronouns reaching back across paragraphs and quotes credited in the sentence after
them.
A cemetery groundskeeper arrested by ICE as a funeral procession arrived (officers' words relayed by the widow, a
spokeswoman's "said in an email" and "She said" partials, "he asked" and a continuation, "told the Alder Creek
Sentinel", "said Mateo"); wire copy in straight marks of John Morton telling dialysis clinic operators that ICE will
stay away from their clinics ("told the operators", "asked:" and "Morton replied:", a memo's phrase through "The
guidance says", "he added", "According to", a patient from Wichita, Frank Sharry's "called" and "said"); America's
Voice's release on ICE arresting a toy drive's Santa Claus after a Secure Communities match (a headline quote, "Frank
Sharry ... issued the following statement:" over two paragraphs, "said in a video", a parish's Facebook post, Lynn
Tramonte's "added:" and a continuation); a court report of a judge ordering a sheriff to return a truck kept while its
owner sat in jail on an ICE detainer ("wrote that", Janet Napolitano's words quoted by the opinion, "testified", a
quote after a paraphrase sentence); a pawnshop owner's op-ed on wedding rings pawned for ICE bonds ("She told me", a
daughter's "asked", "I told the city council", a father's "used to say", "asked Tomasa"); a letters page on ICE
officers riding along with sheriff's deputies (the paper's editorial cited by a letter, "told the Herald", a son's
questions, Napolitano's "has said", "As I said" and a continuation); a city council committee hearing on body camera
footage for ICE, with an edited excerpt whose labelled turns are not quotes ("He told the committee:", "testified",
"One neighbor told me,", Tramonte's written testimony, an officers' association's statement); a present-tense feature
at a paletería whose paleta maker ICE arrested (a quote credited in the next sentence, "asks Yadira", "in an email,
says", a man in a hard hat); a Q-and-A with a parish school principal ("You told", Morton's "has said" in a question,
"As I tell", "One mother told me,", "used to say:"); a live blog of a council vote to stop towing the cars of drivers
held on ICE detainers ("he says:", "Asked Len Porter ...:", a shout credited to nobody, "tweets:", "The letter
says"); an obituary of an immigration court interpreter ("she explained" over two paragraphs, Tramonte's "said in a
statement", "told the Ledger"); a sports story on a goalkeeper whose father is held on an ICE detainer (a headline
quote credited by its colon, "called it on the air:", a father's words relayed, Sharry's "tweeted"); an editorial
on a city renting its police firing range to ICE (Morton's letter "wrote that", "told this newspaper:", "warned",
"She then asked Beck:"); local TV web copy of dueling billboards over ICE ("told KWBV 8", "Wrote one commenter:", a
trucker never named). Two confounders that hit no watched topic: a hiking club's newsletter in straight marks on a
walk along the edge of the Ice Age, and John Morton the 88-year-old tractor restorer, a namesake.
Speakers are people, organisations and descriptions; cues go beyond said (told, added, wrote, testified, asked,
replied, called, warned, explained, tweeted, tweets, used to say, according to, in a statement, issued the following
statement); beside them stand non-quotes (titles, signs, nicknames, a term, a word, scare quotes).
It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out
builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what
differs: ids look like ``fz-001`` and documents run 450-900 words. Its conventions beyond the earlier sets'
are in the header of quotes.src.

Like the builders of dev4 to dev77 it reads each document's comment line ``# focus: ...``, reports the number
of documents per focus, and warns about a focus the document's labels cannot bear out.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # set before the import below, so no __pycache__ appears next to the builders
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/data

from foci import HARD_SHAPES, focused_set  # noqa: E402
from labelled_sets import main  # noqa: E402

DEV78 = focused_set(__file__, id_prefix="fz", words=(450, 900), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV78, sys.argv[1:]))
