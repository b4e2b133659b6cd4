"""Build tests/data/dev58/quotes.json from the hand-written tests/data/dev58/quotes.src.

    python tests/data/dev58/build_dev58.py   # from the repository root: validate, write, print counts
    python tests/data/dev58/build_dev58.py --check   # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev58/build_dev58.py --show ff-004   # print documents with their labels marked inline

A fifty-eighth labelled development (tuning) set for the quotation tagger, written blind (without sight of
the tagger or of the texts of the held-out set and the earlier labelled sets) as a fair proxy for the held-out
set: sixteen documents of the kinds an immigration advocacy group's press monitor sees, in the mix of shapes
ordinary news copy has, weighted to none. Wire copy of a DHS inspector general's audit of 287(g) oversight (with
John Morton's response letter and Lynn Tramonte's statement and tweet) and America's Voice's own release on it
("Tramonte on ...: “...”", "The following is a statement from Lynn Tramonte, ...:", "As Morton wrote when
announcing ...:", "Tramonte continued:"); a county ending its contract to hold ICE detainees at its jail; an arrest
in a courthouse hallway and a chief judge's letter answered by Janet Napolitano; a parish hall after a worksite raid;
a news conference with Napolitano and Morton turned into prose (questions asked and answered); a legal-aid
newsletter; a TV programme's transcript excerpt with speaker labels (Frank Sharry and a sheriff, Morton quoted by the
host); a letters-to-the-editor page; a county budget hearing on a jail's 287(g) unit; a wire roundup of editorials
on Secure Communities; "Statement of Frank Sharry ... on ..." on a mandatory E-Verify bill; a weekly column (with
Napolitano's speech); a state E-Verify law at orchards and landscapers; and two confounders that hit no watched
topic (an ice-carving festival; John Morton the beekeeper, a namesake). Speakers are people, organisations ("ICE
said in a statement", "the report said", newspapers' editorials, a county, a company, a union local) and
descriptions ("an ICE spokesperson", "one clerk", "a neighbor"); quotes are positional, split, partial inside
reported speech, continued and multi-paragraph, credited by pronouns across paragraphs with people of the same
sex between, by cues other than said (wrote, testified, tweeted, posted, argued, added, noted, warned, asked,
answered, recalled, described, called, says, told in its forms, "Wrote X:"), with titles before names after the
cue, beside non-quotes (titles, signs, slogans, chants, scare quotes, words as words, terms, nicknames).
It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out
builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what
differs: ids look like ``ff-001`` and documents run 200-1100 words. Its conventions beyond the earlier sets'
are in the header of quotes.src.

Like the builders of dev4 to dev57 it reads each document's comment line ``# focus: ...``, reports the number
of documents per focus, and warns about a focus the document's labels cannot bear out.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # set before the import below, so no __pycache__ appears next to the builders
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/data

from foci import HARD_SHAPES, focused_set  # noqa: E402
from labelled_sets import main  # noqa: E402

DEV58 = focused_set(__file__, id_prefix="ff", words=(200, 1100), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV58, sys.argv[1:]))
