"""Build tests/data/dev50/quotes.json from the hand-written tests/data/dev50/quotes.src.

    python tests/data/dev50/build_dev50.py   # from the repository root: validate, write, print counts
    python tests/data/dev50/build_dev50.py --check   # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev50/build_dev50.py --show ew-004   # print documents with their labels marked inline

A fiftieth labelled development (tuning) set for the quotation tagger, written blind (without sight of
the tagger or of the texts of the earlier labelled sets): sixteen documents (174 quotes) on health, science and
universities where immigration meets them: a county public-health briefing, a hospital's statement after an
emergency-room arrest, a study of detention health care quoted from its report and from its authors by email,
a medical journal's unsigned editorial, a university president's letter, a faculty senate debate and a campus
raid rumor in student papers, a public-radio explainer quoting experts who disagree and an interview
transcript, a nurses' union release, a death in a county jail under a detainer, an advocacy release, an
orchard-town clinic, wire copy of the watched officials before health officials, and two confounders (an ice
core, a namesake of a watched person). It weights organisations and documents as speakers (reports,
editorials, resolutions, alerts, letters, statements on behalf of institutions), partial quotes from reports
and memos, experts named once and then called by their field or office ("the epidemiologist"), unnamed
speakers as descriptions, and pronoun credits.
It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out
builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what
differs: ids look like ``ew-001`` and documents run 200-1100 words. Its conventions beyond the earlier sets'
are in the header of quotes.src.

Like the builders of dev4 to dev7 it reads each document's comment line ``# focus: ...``, reports the number
of documents per focus, and warns about a focus the document's labels cannot bear out.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # set before the import below, so no __pycache__ appears next to the builders
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/data

from foci import HARD_SHAPES, focused_set  # noqa: E402
from labelled_sets import main  # noqa: E402

DEV50 = focused_set(__file__, id_prefix="ew", words=(200, 1100), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV50, sys.argv[1:]))
