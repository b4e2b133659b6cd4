"""Build tests/data/dev39/quotes.json from the hand-written tests/data/dev39/quotes.src.

    python tests/data/dev39/build_dev39.py   # from the repository root: validate, write, print counts
    python tests/data/dev39/build_dev39.py --check   # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev39/build_dev39.py --show ek-004   # print documents with their labels marked inline

A thirty-ninth labelled development (tuning) set for the quotation tagger, written blind (without sight of
the tagger or of the texts of the earlier labelled sets): sixteen documents about immigration enforcement and
its neighbourhood, weighted to FAST AND STRUCTURED FORMATS: live blogs with timestamped entries (a speaker named
in one entry and credited by a pronoun in the next, a shout from the room, a colon with no verb), Q&A interviews
printed as Q:/A: or with name labels (the turns are transcript and never quotes; quotes in marks inside them,
the intro and the narrative around them are), social posts quoted or embedded ("wrote on X", "posted to
Facebook", "— Name (@handle)"), with speakers given by handle, by account name and by an organisation's
account, text-message, group-chat and email exchanges quoted in stories (speakers by first name only), a
fact-check that quotes a claim and then the record, a "what they said" roundup of bullets, an advocacy
newsletter's quick hits in the first person plural, an explainer with a FAQ, a press release with a "what people
are saying" section, a trade paper with a five-questions sidebar, and two confounders (an ice-storm live blog with
a weather service alert in capitals, and a student paper's Q&A with John Morton the ice-arena manager, a namesake
of a watched person).
It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out
builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what
differs: ids look like ``ek-001`` and documents run 250-1200 words. Its conventions beyond the earlier sets'
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

DEV39 = focused_set(__file__, id_prefix="ek", words=(250, 1200), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV39, sys.argv[1:]))
