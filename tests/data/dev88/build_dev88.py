"""Build tests/data/dev88/quotes.json from the hand-written tests/data/dev88/quotes.src.

    python tests/data/dev88/build_dev88.py   # from the repository root: validate, write, print counts
    python tests/data/dev88/build_dev88.py --check   # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev88/build_dev88.py --show gj-004   # print documents with their labels marked inline

An eighty-eighth labelled development (tuning) set for the quotation tagger, written blind (without sight of
the tagger or of the texts of the held-out set and the earlier labelled sets): sixteen documents in the mix an
immigration advocacy group's press monitor sees, on subjects other than dev60's to dev87's, weighted to the hard
cases (pronouns reaching back across paragraphs with several people of the same sex in one story, split quotes
credited by a pronoun, partial quotes inside reported speech, relatives sharing a surname, people described and
never named, organisations as speakers and called by a description, people named by first name only, quotes
credited in the sentence after them, words relayed by one person from another, words of memos, letters, forms,
statements, newsletters and tweets credited to their writers, cues beyond "said", a quote with no creditable
speaker, and quoted strings that are not quotations).
Local news of ICE arresting a Ferris wheel operator at a parish festival; wire copy in straight marks of Janet
Napolitano telling Head Start directors that ICE will stay away from centers and bus stops; America's Voice's
release on ICE arresting a father at a county spelling bee after a Secure Communities match and a jail detainer; a
court report of a judge ordering a jail to take a man held on an immigration detainer to donate bone marrow to his
brother; an audiologist's op-ed on hearing aids left unclaimed after ICE arrests at a bus shelter; a letters page
on a food truck permit form asking immigration status; a state Senate hearing on making emergency rooms ask it, with
a transcript excerpt; a present-tense feature at a cider mill whose press operator ICE arrested; a Q-and-A with a
hospital chaplain; a TV news transcript on a folklorico troupe after ICE arrests; an ambulance corps' newsletter on
an EMT held on an ICE detainer; a sports story on a barrel racer whose father is held on one; a live blog of a
transit board barring drivers from calling ICE; an editorial on a jail's commissary deposit fee. Two confounders
that hit no watched topic: a class drilling ice cores on a frozen reservoir, and Lynn Tramonte, a lighthouse docent
taking her last tour, a namesake.
It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out
builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what
differs: ids look like ``gj-001`` and documents run 500-900 words. Its conventions beyond the earlier sets'
are in the header of quotes.src.

Like the builders of dev4 to dev87 it reads each document's comment line ``# focus: ...``, reports the number
of documents per focus, and warns about a focus the document's labels cannot bear out.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # set before the import below, so no __pycache__ appears next to the builders
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/data

from foci import HARD_SHAPES, focused_set  # noqa: E402
from labelled_sets import main  # noqa: E402

DEV88 = focused_set(__file__, id_prefix="gj", words=(500, 900), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV88, sys.argv[1:]))
