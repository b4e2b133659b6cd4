"""Build tests/data/dev64/quotes.json from the hand-written tests/data/dev64/quotes.src.

    python tests/data/dev64/build_dev64.py   # from the repository root: validate, write, print counts
    python tests/data/dev64/build_dev64.py --check   # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev64/build_dev64.py --show fl-004   # print documents with their labels marked inline

A sixty-fourth labelled development (tuning) set for the quotation tagger, written blind (without sight of the
tagger or of the texts of the held-out set and the earlier labelled sets) as a fair proxy for the held-out set:
sixteen documents of the kinds an immigration advocacy group's press monitor sees, in the mix of shapes ordinary news
copy has, weighted to none, on subjects other than dev60's, dev61's, dev62's and dev63's. A taco truck owner held on
a detainer after a vendor-permit citation (his wife's splits and a last "she said" after three other women, a
daughter by first name, a woman sheriff's "she said" split, "told the Record", an ICE spokeswoman's partial and "Soto
wrote", a bail bondsman's partial in his own appositive); wire copy of an airport board keeping ICE deportation
flights (straight marks: the chairman's splits and a last "he said", an ICE spokesman's two partials after one "said
in a statement", a pastor's "who wrote that", "told Mountain West Wire", a shout from a man near the doors);
America's Voice's release on ICE's case review (a headline quote, "The agency called", Janet Napolitano's "told a
Senate committee", John Morton's memo, "Frank Sharry, ..., issued the following statement:" over two paragraphs,
"According to", "Sharry continued:", "Lynn Tramonte, ..., added:"); a former deputy sentenced for extorting
immigrant drivers ("told Pettigrew" split, "argued", "money he called", "testified", "told the judge", "stood ...
and said:" before a quote-only paragraph and a continued one, a "she said" partial after another woman); a
university center's survey on calling the police ("The study found", "It notes ... and warns", a pull quote, "told
the Dunmore Courier-Ledger", an unnamed home health aide, "In a statement, ICE said", "It added"); a present-tense
feature on volunteers visiting men held for ICE ("says", "she asks", "says in an email", a last "she says" after two
other women, "she says what she says ...:"); a district attorney's op-ed ("told me", Morton's "he wrote", Napolitano's
"has called", "he told me:", Sharry's "calls", "As I told the Benning County Commission", "put it more plainly:"); an
edited TV transcript of a sheriff's race on a 287(g) unit (a viewer's "He wrote:", "As I told the Rotary Club", "you've
called", "used to tell every rookie,", "the letter from ICE said", Morton's visit and memo); a Q-and-A with Napolitano
(a headline quote, "As I told the governors", "told us", "has called", "put it well ...:", "wrote that", "you told a
House panel"); a live blog of a school board vote ("Replied Pell:", a shout of several people, "the letter says",
"the statement said", a chant); wire copy of an ICE nationwide operation (straight marks: Morton's "told reporters"
split and a last "he said" after two other men, Tramonte's partials after "said in a statement" and "called", "told
Capitol Wire", an unnamed senior ICE official); local TV web copy of a volunteer firefighter held on a detainer
("told WMBK", a "She said" partial, an unnamed sheriff's office spokesman, ICE's "said in a statement"); a letters page
("The Ledger's editorial called", "told me", "put it to me this way:", "asked me at recess,"); an editorial on a bill
making jails hold people on detainers ("told this board", "testified" split, "warned in a letter to lawmakers",
"estimated", "has said that"); and two confounders that hit no watched topic (a high school auto shop pulling a
pickup's ICE, its internal combustion engine; Lynn Tramonte the retiring large-animal veterinarian, a namesake, with
"Recalled Ahlquist:", "Hazel asked" and a last "she said" after two other women). Speakers are people, organisations
and descriptions; quotes are positional, split, partial inside reported speech, continued and multi-paragraph,
credited by pronouns across paragraphs with people of the same sex between, by cues other than said; beside
non-quotes (titles, signs, slogans, scare quotes, nicknames, words as words, terms).
It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out
builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what
differs: ids look like ``fl-001`` and documents run 200-1100 words. Its conventions beyond the earlier sets'
are in the header of quotes.src.

Like the builders of dev4 to dev63 it reads each document's comment line ``# focus: ...``, reports the number
of documents per focus, and warns about a focus the document's labels cannot bear out.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # set before the import below, so no __pycache__ appears next to the builders
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/data

from foci import HARD_SHAPES, focused_set  # noqa: E402
from labelled_sets import main  # noqa: E402

DEV64 = focused_set(__file__, id_prefix="fl", words=(200, 1100), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV64, sys.argv[1:]))
