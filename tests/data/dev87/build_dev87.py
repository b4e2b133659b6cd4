"""Build tests/data/dev87/quotes.json from the hand-written tests/data/dev87/quotes.src.

    python tests/data/dev87/build_dev87.py   # from the repository root: validate, write, print counts
    python tests/data/dev87/build_dev87.py --check   # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev87/build_dev87.py --show gi-004   # print documents with their labels marked inline

An eighty-seventh labelled development (tuning) set for the quotation tagger, written blind (without sight of
the tagger or of the texts of the held-out set and the earlier labelled sets): sixteen documents in the mix an
immigration advocacy group's press monitor sees, on subjects other than dev60's to dev86's, weighted to the hard
cases (pronouns reaching back across paragraphs with several people of the same sex in one story, split quotes
credited by a pronoun, partial quotes inside reported speech, relatives sharing a surname, people described and
never named, organisations as speakers, people named by first name only, quotes credited in the sentence after
them, words relayed by one person from another, words of memos, letters, notices, statements and tweets credited
to their writers, cues beyond "said", a quote with no creditable speaker, and quoted strings that are not
quotations).
Local news of ICE arresting a zoo's night keeper as children line up for a Halloween walk; wire copy in straight
marks of Janet Napolitano telling youth camp directors that ICE will stay away from camp drop-offs; America's
Voice's release on ICE arresting a father at a planetarium show after a Secure Communities match and a jail
detainer; a court report of a judge opening a jail's GED classes to people held on immigration detainers; a bridal
shop owner's op-ed on gowns left on layaway after ICE arrests at a bus station; a letters page on ICE check-ins in a
police station's community room; a state House hearing on making jails notify consulates of ICE detainers, with a
transcript excerpt; a present-tense feature at a recording studio whose engineer ICE arrested; a Q-and-A with an
occupational therapist whose home visits fell after ICE arrests; a live blog of a city council vote to keep crash
reports from ICE; an obituary of a nun who taught English to men held on ICE detainers; a sports story on a pole
vaulter's state record while his father is held on an ICE detainer; a fact-check of a senator's claim that jails
are paid for every detainer; a TV news transcript on a flea market after ICE arrests at its gate. Two confounders
that hit no watched topic: a polar plunge through a pond's ice, and John Morton, an auctioneer calling his last
farm sale, a namesake.
It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out
builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what
differs: ids look like ``gi-001`` and documents run 500-900 words. Its conventions beyond the earlier sets'
are in the header of quotes.src.

Like the builders of dev4 to dev86 it reads each document's comment line ``# focus: ...``, reports the number
of documents per focus, and warns about a focus the document's labels cannot bear out.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # set before the import below, so no __pycache__ appears next to the builders
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/data

from foci import HARD_SHAPES, focused_set  # noqa: E402
from labelled_sets import main  # noqa: E402

DEV87 = focused_set(__file__, id_prefix="gi", words=(500, 900), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV87, sys.argv[1:]))
