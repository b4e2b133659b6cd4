"""Build tests/data/dev25/quotes.json from the hand-written tests/data/dev25/quotes.src.

    python tests/data/dev25/build_dev25.py   # from the repository root: validate, write, print counts
    python tests/data/dev25/build_dev25.py --check   # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev25/build_dev25.py --show df-004   # print documents with their labels marked inline

A twenty-fifth labelled development (tuning) set for the quotation tagger, written blind (without sight of
the tagger or of the texts of the earlier labelled sets): thirteen stories about immigration enforcement and its
neighbourhood (227 quotes) weighted to MANY VOICES IN ONE STORY, the way local and regional news covers a
meeting after a raid, a legislative hearing, a vigil outside a jail, a school-board meeting, a civil jury
trial, an orchard short of pickers, a jail administrators' panel, a county budget night, a press call, a
congressional hearing and a clinic after raids: six to nine speakers of both sexes per document, introduced
with a title or a job and later called by surname, by title alone, by a description ("the 62-year-old", "the
mother of three", "the younger Montaño") or by a pronoun with others named in between; relatives sharing a
surname; split quotes, quotes continued after a closing mark, multi-paragraph quotes, quotes after the
speaker's name and cue; partial quotes beside scare quotes and terms; quoted exchanges and hecklers; speakers
quoting or recalling others; cues beyond "said" (asked, replied, answered, added, shouted, recalled,
explained, told, testified, according to). In wire copy, a metro daily, local TV and public-radio web copy, a
trade paper, a student paper and a press release, with two confounders (an ice rink under an all-caps "ICE"
headline, and a school board led by a namesake of a watched person).
It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out
builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what
differs: ids look like ``df-001`` and documents run 500-1000 words. Its conventions beyond the earlier sets'
are in the header of quotes.src.

Like the builders of dev4 to dev23 it reads each document's comment line ``# focus: ...``, reports the number
of documents per focus, and warns about a focus the document's labels cannot bear out.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # set before the import below, so no __pycache__ appears next to the builders
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/data

from foci import HARD_SHAPES, focused_set  # noqa: E402
from labelled_sets import main  # noqa: E402

DEV25 = focused_set(__file__, id_prefix="df", words=(500, 1000), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV25, sys.argv[1:]))
