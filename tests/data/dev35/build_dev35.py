"""Build tests/data/dev35/quotes.json from the hand-written tests/data/dev35/quotes.src.

    python tests/data/dev35/build_dev35.py   # from the repository root: validate, write, print counts
    python tests/data/dev35/build_dev35.py --check   # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev35/build_dev35.py --show eg-004   # print documents with their labels marked inline

A thirty-fifth labelled development (tuning) set for the quotation tagger, written blind (without sight of
the tagger or of the texts of the earlier labelled sets): ten LONG investigative and narrative features (906-1,093
words each, 223 quotes) about immigration enforcement and its neighbourhood: a months-long investigation into a
detention contractor, a profile of a deported father and the family left behind, a magazine narrative of a
workplace raid told from five points of view, a wire data story with officials answering the findings, a local-TV
follow-up six months later, a trade paper's conference feature, a student paper's feature, an advocacy press
release, and two confounders (an ice storm with a hockey rink; a namesake of a watched person). It weights what
long copy makes hard: people introduced and reintroduced far apart (full name once, then surname, first name,
role or description), relatives sharing a surname, pronouns carried over paragraphs, people who appear only in
passing, quotes from records, emails, text and voice messages, a reporter's own questions, and section breaks
that change scene.
It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out
builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what
differs: ids look like ``eg-001`` and documents run 900-1800 words. Its conventions beyond the earlier sets'
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

DEV35 = focused_set(__file__, id_prefix="eg", words=(900, 1800), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV35, sys.argv[1:]))
