"""Build tests/data/dev31/quotes.json from the hand-written tests/data/dev31/quotes.src.

    python tests/data/dev31/build_dev31.py   # from the repository root: validate, write, print counts
    python tests/data/dev31/build_dev31.py --check   # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev31/build_dev31.py --show eb-004   # print documents with their labels marked inline

A thirty-first labelled development (tuning) set for the quotation tagger, written blind (without sight of
the tagger or of the texts of the earlier labelled sets): WIRE COPY AND HOW IT TRAVELS. Stories about
immigration enforcement and its neighbourhood as they move from a wire service to the papers, stations and
newsletters that carry them: a wire story and the local rewrites of it (a metro daily's new lede with local
voices added, local TV web copy whose updates were stacked on top of the original, "UPDATED at 4:10 p.m."), a
press release and the wire and public-radio copy made from it, a court ruling with a wire story, a reaction
roundup and a trade paper's pickup, a House hearing on the wire and in the home district's paper, a
roundup of statements on a House vote, a raid story updated three times, a student paper's pickup, a page of
wire briefs, a weekly's rewrite that corrects the wire's attribution, and two confounders (an ice storm
with a roundup of utilities' statements, an internet provider called S-Comm with a customer named John Morton).
It weights statements and the people and bodies who issue them: "X said in a statement", "issued the
following statement", spokespeople named and unnamed, unnamed officials, agencies, offices, companies,
dioceses and groups speaking as themselves ("it said"), reaction roundups with ten voices each, in
prose and as a list of "Name, title: “...”" entries; the wire and the reporters as recipients, never
speakers ("told the Larkspur News Service", "told KVRN's Ana Beltrán"); the same words credited anew in
each version; quotes after their speaker's name and cue, split and partial quotes, pronoun credits and
quotes over several paragraphs. 18 documents, 300-700 words each.
It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out
builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what
differs: ids look like ``eb-001`` and documents run 300-700 words. Its conventions beyond the earlier sets'
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

DEV31 = focused_set(__file__, id_prefix="eb", words=(300, 700), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV31, sys.argv[1:]))
