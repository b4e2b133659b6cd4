"""Build tests/data/dev32/quotes.json from the hand-written tests/data/dev32/quotes.src.

    python tests/data/dev32/build_dev32.py   # from the repository root: validate, write, print counts
    python tests/data/dev32/build_dev32.py --check   # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev32/build_dev32.py --show ec-004   # print documents with their labels marked inline

A thirty-second labelled development (tuning) set for the quotation tagger, written blind (without sight of
the tagger or of the texts of the earlier labelled sets): sixteen documents weighted to BROADCAST AND SPOKEN
WORD WRITTEN UP: public-radio and TV web write-ups of interviews, a Sunday interview program and call-in shows
(a host's or an anchor's questions and a guest's answers quoted turn by turn, callers known by first name or
by ordinal, listeners' texts and emails read on the air, transcript excerpts with speaker labels, which are
never quotes, and the marked words of others inside them, which are), county-board, city-council, state Senate
committee and House subcommittee write-ups that alternate several speakers turn by turn, two podcast episode
pages (present-tense recaps with a time-stamped highlights list and a pull quote), a debate recap with an
interruption, a press-call release with a statement over two paragraphs, a Spanish-language call-in show with
translations, and two confounders (an ice-storm call-in under an all-caps ICE headline, a debate coach who is a
namesake of a watched person). Pronouns, nominals and descriptions carry many of the turns ("she asked", "he
said", "the chairwoman told the girl", "the caller said", "the sheriff replied", "it asked").
It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out
builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what
differs: ids look like ``ec-001`` and documents run 400-900 words. Its conventions beyond the earlier sets'
are in the header of quotes.src.

Like the builders of dev4 to dev31 it reads each document's comment line ``# focus: ...``, reports the number
of documents per focus, and warns about a focus the document's labels cannot bear out.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # set before the import below, so no __pycache__ appears next to the builders
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/data

from foci import HARD_SHAPES, focused_set  # noqa: E402
from labelled_sets import main  # noqa: E402

DEV32 = focused_set(__file__, id_prefix="ec", words=(400, 900), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV32, sys.argv[1:]))
