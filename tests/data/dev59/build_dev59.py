"""Build tests/data/dev59/quotes.json from the hand-written tests/data/dev59/quotes.src.

    python tests/data/dev59/build_dev59.py   # from the repository root: validate, write, print counts
    python tests/data/dev59/build_dev59.py --check   # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev59/build_dev59.py --show fg-004   # print documents with their labels marked inline

A fifty-ninth labelled development (tuning) set for the quotation tagger, written blind (without sight of
the tagger or of the texts of the held-out set and the earlier labelled sets) as a fair proxy for the held-out
set: sixteen documents of the kinds an immigration advocacy group's press monitor sees, in the mix of shapes
ordinary news copy has, weighted to none, on subjects other than dev57's and dev58's. A sheriff's election debate
over the jail's 287(g) agreement written up as news; a Kansas attorney general's formal opinion on detainers ("The
14-page opinion ... says"); a meatpacking town a year after a raid, in the present tense, with a pastor's sermon over
three paragraphs and a pull quote; a federal appeals argument over a three-day detainer hold (judges asking, lawyers
answering, "Replied Pettit:", John Morton's memo read from the bench); a House race's ad fight over Secure Communities
(the PAC's ad, a sheriff on camera, a paper's fact-check); ICE's quarterly removal statistics and the reaction (Morton's
statement, "According to the release", "Wrote Sharry on Twitter:"); a university's response to a student's detention
(the president's letter, "The letter went on:"); wire copy from the border with Janet Napolitano and several officials
(straight marks); a public-radio interview with Frank Sharry written up in Q-and-A (a headline quote, labelled turns,
Morton's memo read by the host); an obituary of an activist with her old words and Lynn Tramonte's statement and post;
business wire copy on a detention contractor's results (straight marks); a school board meeting on keeping immigration
agents off campus (ICE's letter read aloud, a shout from the back rows, "issued a statement"); America's Voice's release
on a Missouri bill ("Tramonte: ... “...”", "issued the following statement:", "As ICE Director John Morton wrote
when announcing ...:", "Tramonte continued:") and a statehouse story that picks it up with reworded and partial
quotes (and Napolitano "told reporters"); and two confounders that hit no watched topic (a sheriff's patrol cars with
an internal combustion engine, "ICE"; Lynn Tramonte the rink manager, a namesake). Speakers are people (titles before
names after the cue, middle initials and "Jr."), organisations ("ICE said in a statement", "the Register wrote", a
school district, a company, a union local, a university, a student paper, a PAC, a campaign, a governor's office)
and descriptions ("an ICE spokesperson", "one deputy", "the woman"); quotes are positional, split, partial inside
reported speech, continued and multi-paragraph, credited by pronouns across paragraphs with people of the same sex
between (about three in ten), by cues other than said (wrote, tweeted, called, asked, answered, interjected, shot back,
added, noted, urged, recalled, described, continued, went on, read, put, says, told in its forms, "Wrote X on
Twitter:", "Replied X:", "Recalled X:"), beside non-quotes (titles, signs, slogans, chants, a scare quote, words as
words, terms, nicknames).
It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out
builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what
differs: ids look like ``fg-001`` and documents run 200-1100 words. Its conventions beyond the earlier sets'
are in the header of quotes.src.

Like the builders of dev4 to dev58 it reads each document's comment line ``# focus: ...``, reports the number
of documents per focus, and warns about a focus the document's labels cannot bear out.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # set before the import below, so no __pycache__ appears next to the builders
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/data

from foci import HARD_SHAPES, focused_set  # noqa: E402
from labelled_sets import main  # noqa: E402

DEV59 = focused_set(__file__, id_prefix="fg", words=(200, 1100), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV59, sys.argv[1:]))
