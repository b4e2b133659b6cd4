"""Build tests/data/dev51/quotes.json from the hand-written tests/data/dev51/quotes.src.

    python tests/data/dev51/build_dev51.py   # from the repository root: validate, write, print counts
    python tests/data/dev51/build_dev51.py --check   # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev51/build_dev51.py --show ex-004   # print documents with their labels marked inline

A fifty-first labelled development (tuning) set for the quotation tagger, written blind (without sight of
the tagger or of the texts of the held-out set and the earlier labelled sets): sixteen documents (199 quotes)
on schools, congregations and families where immigration enforcement meets them: a K-12 school board meeting, a
news story built on a principal's letter to parents, a high-school paper's account of a walkout, a Catholic
parish sheltering a father (a sermon quoted, a diocese's statement), a mosque's board statement, a synagogue
hosting a family, a feature following a mother and her three children over many paragraphs, an
immigration-court bond hearing told through the relatives in the gallery, a wire story with the Homeland
Security Secretary and the ICE director, a local TV station's web copy from its broadcast, a Q&A interview
with a school counselor, an America's Voice press release ("The following is a statement from ..."), a
parents' rights night in a school cafeteria, a graduation speech given with the valedictorian's father
watching from detention, and two confounders that hit no watched topic (ice on a school gym's roof; Frank
Sharry the crossing guard, a namesake of a watched person).
It weights he/she credits whose person stands sentences or paragraphs back with people of both sexes and
relatives in play (the one asked answers; "her mother said"; two or three people sharing a surname), quotes
over several paragraphs and "X went on:" paragraphs, "told" in its forms (told reporters, told the court,
told parents that, the passive "was told by"), cues other than said (wrote, recalled, preached, testified,
asked, answered, insisted, texted, joked), split quotes, also with a sentence of narration between the
stretches, continuations, short partial quotes inside reported speech, statements on behalf of a district, a
diocese, a congregation, ICE and DHS with organisations and unnamed descriptions as speakers, and non-quotes
(scare quotes, titles, signs, slogans, nicknames, terms).
It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out
builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what
differs: ids look like ``ex-001`` and documents run 200-1100 words. Its conventions beyond the earlier sets'
are in the header of quotes.src.

Like the builders of dev4 to dev50 it reads each document's comment line ``# focus: ...``, reports the number
of documents per focus, and warns about a focus the document's labels cannot bear out.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # set before the import below, so no __pycache__ appears next to the builders
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/data

from foci import HARD_SHAPES, focused_set  # noqa: E402
from labelled_sets import main  # noqa: E402

DEV51 = focused_set(__file__, id_prefix="ex", words=(200, 1100), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV51, sys.argv[1:]))
