"""Build tests/data/dev68/quotes.json from the hand-written tests/data/dev68/quotes.src.

    python tests/data/dev68/build_dev68.py   # from the repository root: validate, write, print counts
    python tests/data/dev68/build_dev68.py --check   # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev68/build_dev68.py --show fp-004   # print documents with their labels marked inline

A sixty-eighth labelled development (tuning) set for the quotation tagger, written blind (without sight of the
tagger or of the texts of the held-out set and the earlier labelled sets): sixteen documents in the mix an
immigration advocacy group's press monitor sees, on subjects other than dev60's to dev67's, weighted to no shape.
A church food pantry whose Saturday line shrank after an ICE arrest in its parking lot (an ICE spokeswoman's
partials, a diocese's statement, a last "she said" with three other women quoted since); wire copy in straight
marks of Janet Napolitano telling a sheriffs' conference that ICE will review traffic-only detainers (a sheriff's
question and her "replied", Frank Sharry's partials, a restrictionist, a woman sheriff); America's Voice's release
on a House bill making 287(g) mandatory (a headline quote, "Frank Sharry ... issued the following statement:",
John Morton's testimony, "Lynn Tramonte ... added:"); a federal judge freeing a man arrested at his own green card
interview ("testified", "argued", "told the court", relatives sharing a surname); a retired deportation officer's
op-ed (Morton's memo, Napolitano's "has called", his own "As I told ..."); a TV transcript with a labor commissioner
whose labelled turns are not quotes; a present-tense feature on a bus to an ICE detention center ("she says" in
turn); a Q-and-A with a bail bondsman; a live blog of a police review board hearing on an officer who called ICE
after a crash (a shout credited to nobody, "ICE issued a statement ...:"); an interfaith coalition's report on
detainee transfers (a pull quote, "It recommended", "according to the report", ICE's statement over two
paragraphs); a teachers' union newsletter on an aide held on a detainer ("As we wrote", a pull quote); an editorial
backing a sheriff's detainer policy (his order's "states that", "warned", "asked"); an obituary of a small-town
immigration lawyer ("Recalled X:", Tramonte's statement); local TV web copy of a graduation watched from ICE
detention. Two confounders that hit no watched topic: deputies seizing methamphetamine, "ice", under an all-caps
headline (in straight marks), and Lynn Tramonte the bookmobile driver, a namesake. Speakers are people,
organisations and descriptions; cues go beyond said (told, added, wrote, testified, argued, replied, asked, warned,
recalled, repeated, states, according to, in a statement); beside them stand non-quotes (titles, signs, slogans,
scare quotes, nicknames, words as words, terms).
It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out
builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what
differs: ids look like ``fp-001`` and documents run 200-1100 words. Its conventions beyond the earlier sets'
are in the header of quotes.src.

Like the builders of dev4 to dev67 it reads each document's comment line ``# focus: ...``, reports the number
of documents per focus, and warns about a focus the document's labels cannot bear out.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # set before the import below, so no __pycache__ appears next to the builders
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/data

from foci import HARD_SHAPES, focused_set  # noqa: E402
from labelled_sets import main  # noqa: E402

DEV68 = focused_set(__file__, id_prefix="fp", words=(200, 1100), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV68, sys.argv[1:]))
