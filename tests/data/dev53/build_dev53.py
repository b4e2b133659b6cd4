"""Build tests/data/dev53/quotes.json from the hand-written tests/data/dev53/quotes.src.

    python tests/data/dev53/build_dev53.py   # from the repository root: validate, write, print counts
    python tests/data/dev53/build_dev53.py --check   # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev53/build_dev53.py --show fa-004   # print documents with their labels marked inline

A fifty-third labelled development (tuning) set for the quotation tagger, written blind (without sight of
the tagger or of the texts of the held-out set and the earlier labelled sets): sixteen documents on
organisations speaking, the ways news credits words to bodies rather than people: wire copy built on ICE's
and DHS's news releases, a state attorney general's office's letter to sheriffs, a city's statement after
arrests outside its city hall, a county sheriff's office's statement over several paragraphs, a paper
built on another paper's report and editorials and on a TV station's, an advocacy group's report on a
detention center, an inspector general's audit of Secure Communities with the ICE director's response
letter, an appeals-court ruling (the panel, the majority judge, the dissent), a meatpacker, a union and an
employers' association after a worksite raid, a House committee's letter to a detention contractor, an
America's Voice press release ("The following is a statement from Lynn Tramonte ...", "Frank Sharry ...
issued the following statement:"), a university's and a school district's emailed statements, a
governor's office and a builders' association and a trades council on an E-Verify law, a local TV host's
Sunday programme with a sheriff, and two confounders that hit no watched topic (ICE the grain futures
exchange; an ice storm and an electric cooperative).
It weights organisations and unnamed descriptions as speakers, also when referred back to with "it",
"they", "the agency", "the office", "the paper", "the company", "the station"; an organisation and its
named spokesperson in the same story; statements over several paragraphs, statements introduced by a colon
paragraph, "said in a statement", "said in an email", "wrote in an editorial", "said in a news release",
headline quotes; short partial quotes from reports, rulings, letters and editorials inside reported speech;
split quotes and he/she credits with several people of the same sex in play; "told" in its forms; cues
other than said (wrote, stated, argued, warned, noted, added, countered, acknowledged, calls, describes,
concludes, ends); a quote shouted by nobody in particular; and non-quotes (titles of reports and
programmes, names of operations and products, policy phrases and jargon).
It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out
builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what
differs: ids look like ``fa-001`` and documents run 200-1100 words. Its conventions beyond the earlier sets'
are in the header of quotes.src.

Like the builders of dev4 to dev52 it reads each document's comment line ``# focus: ...``, reports the number
of documents per focus, and warns about a focus the document's labels cannot bear out.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # set before the import below, so no __pycache__ appears next to the builders
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/data

from foci import HARD_SHAPES, focused_set  # noqa: E402
from labelled_sets import main  # noqa: E402

DEV53 = focused_set(__file__, id_prefix="fa", words=(200, 1100), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV53, sys.argv[1:]))
