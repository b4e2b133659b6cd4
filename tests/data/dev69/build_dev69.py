"""Build tests/data/dev69/quotes.json from the hand-written tests/data/dev69/quotes.src.

    python tests/data/dev69/build_dev69.py   # from the repository root: validate, write, print counts
    python tests/data/dev69/build_dev69.py --check   # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev69/build_dev69.py --show fq-004   # print documents with their labels marked inline

A sixty-ninth labelled development (tuning) set for the quotation tagger, written blind (without sight of the
tagger or of the texts of the held-out set and the earlier labelled sets): sixteen documents in the mix an
immigration advocacy group's press monitor sees, on subjects other than dev60's to dev68's, weighted to no shape.
ICE officers arresting a groom at a county clerk's marriage license window (the bride's last "she said" with three
other women quoted since, a spokesman described before he is named, the bride's mother sharing her surname); wire
copy in straight marks of Janet Napolitano telling college international officers that ICE will inspect every school
that enrolls foreign students (a question and her "replied:", "Added Lindqvist:", Frank Sharry's "called" and
"warned" partials); America's Voice's release on a housekeeper arrested before she could testify in a wage-theft case
(a headline quote, John Morton's memo "wrote that", "Frank Sharry ... issued the following statement:", "Lynn
Tramonte ... added:"); a court report of a protective order for a wife whose husband threatened to call ICE
("testified", "argued", "told the court", "She ruled that", relatives sharing a surname); a funeral director's op-ed
(a widow never named, his father's "used to say", Morton's "has said", his own "As I told"); a podcast transcript
with a Mam interpreter whose labelled turns are not quotes; a council committee hearing on a plate-reader contract
(a vendor's letter read aloud, "you told this committee"); a present-tense feature on a mariachi band outside a
detention center ("turns ... and says:", speakers in turn); a Q-and-A with a credit union manager (a member never
named, quoted twice); a live blog of a library board refusing ICE's request for sign-in logs ("ICE issued a
statement ...:", a shout credited to nobody); a state auditor's report on ICE transport overtime (a pull quote,
"according to the report", "It recommended", ICE's statement over two paragraphs); a business association's
newsletter on a baker held by ICE ("As we wrote", a daughter by first name, a pull quote); an editorial on ICE
searching driver's license photos (Morton's letter, "Asked ..., Strand said:"); local TV copy of a sheriff's Facebook
post on a man held on a detainer after a Secure Communities match (posts and comments quoted). Two confounders that
hit no watched topic: a high school's ICE program, Introduction to Culinary Entrepreneurship, in straight marks, and
Frank Sharry the carousel painter, a namesake. Speakers are people, organisations and descriptions; cues go beyond
said (told, added, wrote, posted, testified, argued, replied, asked, warned, recalled, according to, in a statement);
beside them stand non-quotes (titles, signs, slogans, scare quotes, nicknames, words as words, terms).
It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out
builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what
differs: ids look like ``fq-001`` and documents run 200-1100 words. Its conventions beyond the earlier sets'
are in the header of quotes.src.

Like the builders of dev4 to dev68 it reads each document's comment line ``# focus: ...``, reports the number
of documents per focus, and warns about a focus the document's labels cannot bear out.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # set before the import below, so no __pycache__ appears next to the builders
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/data

from foci import HARD_SHAPES, focused_set  # noqa: E402
from labelled_sets import main  # noqa: E402

DEV69 = focused_set(__file__, id_prefix="fq", words=(200, 1100), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV69, sys.argv[1:]))
