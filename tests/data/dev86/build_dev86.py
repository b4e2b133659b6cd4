"""Build tests/data/dev86/quotes.json from the hand-written tests/data/dev86/quotes.src.

    python tests/data/dev86/build_dev86.py   # from the repository root: validate, write, print counts
    python tests/data/dev86/build_dev86.py --check   # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev86/build_dev86.py --show gh-004   # print documents with their labels marked inline

An eighty-sixth labelled development (tuning) set for the quotation tagger, written blind (without sight of
the tagger or of the texts of the held-out set and the earlier labelled sets): sixteen documents in the mix an
immigration advocacy group's press monitor sees, on subjects other than dev60's to dev85's, weighted to the hard
cases (pronouns reaching back across paragraphs with several people of the same sex in one story, split quotes
credited by a pronoun, partial quotes inside reported speech, relatives sharing a surname, people described and
never named, organisations as speakers, people named by first name only, quotes credited in the sentence after
them, words relayed by one person from another, words of memos, letters, notices, statements and tweets credited
to their writers, cues beyond "said", a quote with no creditable speaker, and quoted strings that are not
quotations).
Local news of ICE arresting a nursing home's night cook as residents wait to sing to a 100-year-old; wire copy in
straight marks of John Morton telling senior center directors that ICE will make no arrests at their doors;
America's Voice's release on ICE arresting a father at a Special Olympics track meet after a Secure Communities
match and a jail detainer; a court report of a judge ordering a jail to take a man held on an immigration detainer
to his mother's funeral; a music store owner's op-ed on band instruments returned after ICE arrests at an apartment
complex; a letters page on a school district scanning field-trip chaperones' licenses; a county commission hearing
on ending in-person visits at a jail that holds people on ICE detainers, with a transcript excerpt; a present-tense
feature at a carniceria whose butcher ICE arrested; a Q-and-A with a notary who prepares powers of attorney for
parents facing deportation; a live blog of a state House debate on a bill making it a crime to transport
undocumented immigrants; an obituary of a grocer who kept a bond jar by the register; a sports story on a point
guard's buzzer-beater while his brother is held in the county jail on an ICE detainer; a fact-check of a
congressman's claim that green card holders cannot be deported for a misdemeanor; business news of a linen company
losing a third of its workers after an ICE audit. Two confounders that hit no watched topic: local news in straight
marks on a seafood festival's broken ice machine, and Frank Sharry, a retiring pharmacist closing his soda
fountain, a namesake.
It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out
builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what
differs: ids look like ``gh-001`` and documents run 500-900 words. Its conventions beyond the earlier sets'
are in the header of quotes.src.

Like the builders of dev4 to dev85 it reads each document's comment line ``# focus: ...``, reports the number
of documents per focus, and warns about a focus the document's labels cannot bear out.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # set before the import below, so no __pycache__ appears next to the builders
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/data

from foci import HARD_SHAPES, focused_set  # noqa: E402
from labelled_sets import main  # noqa: E402

DEV86 = focused_set(__file__, id_prefix="gh", words=(500, 900), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV86, sys.argv[1:]))
