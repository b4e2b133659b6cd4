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
spokesperson quote, no quote running over paragraphs and no transcript label) is reported as a warning.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

sys.dont_write_bytecode = True  # set before the import below, so no __pycache__ appears next to the builders
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/data

from heldout import build_heldout  # noqa: E402
from labelled_sets import LabelledSet, SrcError, main  # noqa: E402

FOCUS_HELP = {  # the foci, in report order, with what each asks of a document
    "pronoun": "a he/she/they credit whose antecedent stands in an earlier sentence or paragraph",
    "told": "told in its forms (told reporters, told the Ledger, told lawmakers that, was told)",
    "statement": "press statements, statements of organisations, spokespeople",
    "multi": "quotes over several paragraphs, interview transcripts",
    "varied": "split quotes, cue before, inverted cues, titles, organisations and descriptions, partial and "
              "scare quotes",
}
FOCI = tuple(FOCUS_HELP)


def _focus(lines: list[str], where: str) -> list[str]:
    """The `# focus:` comment of a document's header (before its `---` line)."""
    foci: list[str] = []
    for line in lines[1:]:
        if line.strip() == "---":
            break
        match = re.match(r"\s*#\s*focus:(.*)", line)
        if match:
            for value in (v.strip() for v in match.group(1).split(",")):
                if value not in FOCI:
                    raise SrcError(f"{where}: unknown focus {value!r} (want one of {', '.join(FOCI)})")
                foci.append(value)
    return foci


def _borne_out(document: dict, focus: str) -> bool:
    text, quotes = document["text"], document["quotes"]
    cue = lambda q: text[slice(*q["cue"])].lower() if q["cue"] else ""  # noqa: E731
    if focus == "pronoun":
        return any(q["pronoun"] for q in quotes)
    if focus == "told":
        return any("told" in cue(q) for q in quotes)
    if focus == "statement":
        return any(q["shape"] == "statement" or "statement" in cue(q) or q["kind"] in ("org", "description")
                   for q in quotes)
    if focus == "multi":
        return any(q["shape"] in ("multi_paragraph", "continuation") for q in quotes) or bool(
            re.search(r"^(?:Q|A|[A-Z][A-Z .'-]+):", text, re.M))
    return True


def build_document(labelled: LabelledSet, line_no: int, lines: list[str], topics: set[str],
                   people: dict[str, str]) -> tuple[dict, dict]:
    """The held-out format's document, with its foci in the facts and a warning for each not borne out."""
    document, facts = build_heldout.build_document(labelled, line_no, lines, topics, people)
    facts["foci"] = _focus(lines, f"{document['id']} (line {line_no})")
    facts["warnings"] += [f"{document['id']}: focus {focus} ({FOCUS_HELP[focus]}) not borne out by the labels"
                          for focus in facts["foci"] if not _borne_out(document, focus)]
    return document, facts


def report(data: dict, facts: list[dict]) -> None:
    build_heldout.report(data, facts)
    counts = Counter(focus for fact in facts for focus in set(fact["foci"]))
    print("focus       " + ", ".join(f"{f} {counts[f]}" for f in FOCI) + " (documents written for each)")


DEV4 = build_heldout.labelled_set(__file__, id_prefix="dv", words=(200, 800),
                                  build_document=build_document, report=report)

if __name__ == "__main__":
    sys.exit(main(DEV4, sys.argv[1:]))
