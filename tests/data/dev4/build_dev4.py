"""Build tests/data/dev4/quotes.json from the hand-written tests/data/dev4/quotes.src.

    python tests/data/dev4/build_dev4.py                  # from the repository root: validate, write, print counts
    python tests/data/dev4/build_dev4.py --check          # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev4/build_dev4.py --show dv-004    # print documents with their labels marked inline

A fourth labelled development (tuning) set for the quotation tagger, written without sight of the tagger and
weighted towards the shapes that are hardest for speaker attribution: pronoun credits whose antecedent stands
sentences or paragraphs back, "told" in all its forms (including the passive "he was told", which never
credits its subject), press statements and spokespeople, quotes running over several paragraphs and
interview transcripts, split quotes, inverted cues, titles before names, organisations and descriptions as
speakers, partial quotes and scare quotes. It is in exactly the format of the held-out set
(tests/data/heldout/quotes.src), and built by the held-out builder's code: its parsing, validation and report
are in tests/data/heldout/build_heldout.py, what every builder shares (reading the .src, the common checks,
the command line) in tests/data/labelled_sets.py. This wrapper sets what differs: ids look like ``dv-001``
(as in dev2, in a set of its own) and documents run 200-800 words (the held-out set's 150-900).

It also reads each document's comment line ``# focus: pronoun, told, statement, multi, varied``, naming the
hard shapes the document was written to exercise (comment lines are skipped by the header parser, so the
JSON does not change with them). The report ends with the number of documents per focus; a focus the
document's labels cannot bear out (no pronoun source, no cue with "told", no statement-family or
spokesperson quote, no quote running over paragraphs and no transcript label) is reported as a warning
(tests/data/foci.py, shared with dev5).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # set before the import below, so no __pycache__ appears next to the builders
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/data

from foci import focused_set  # noqa: E402
from labelled_sets import main  # noqa: E402

FOCUS_HELP = {  # the foci, in report order, with what each asks of a document
    "pronoun": "a he/she/they credit whose antecedent stands in an earlier sentence or paragraph",
    "told": "told in its forms (told reporters, told the Ledger, told lawmakers that, was told)",
    "statement": "press statements, statements of organisations, spokespeople",
    "multi": "quotes over several paragraphs, interview transcripts",
    "varied": "split quotes, cue before, inverted cues, titles, organisations and descriptions, partial and "
              "scare quotes",
}


DEV4 = focused_set(__file__, id_prefix="dv", words=(200, 800), focus_help=FOCUS_HELP)

if __name__ == "__main__":
    sys.exit(main(DEV4, sys.argv[1:]))
