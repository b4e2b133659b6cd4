"""The `# focus:` comment of the development sets written for hard shapes (dev4 to dev6), shared by their builders.

Each document's header may carry a comment line ``# focus: pronoun, told, ...`` naming the shapes it was
written to exercise. Comment lines are skipped by the header parser, so the JSON does not change with them;
the builder checks each focus is one the set knows, warns when the document's labels cannot bear it out,
and ends its report with the number of documents per focus.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from heldout import build_heldout
from labelled_sets import LabelledSet, SrcError

Check = Callable[[str, list[dict], Callable[[dict], str]], bool]  # (text, quotes, cue of a quote) -> borne out?
PLAIN_CUES = {"said", "says", "say", "told", "according", "\u2014", "\u2013", "--"}

CHECKS: dict[str, Check] = {  # what each focus asks of a document's labels (a focus not here asks nothing)
    "pronoun": lambda text, quotes, cue: any(q["pronoun"] for q in quotes),
    "told": lambda text, quotes, cue: any("told" in cue(q) for q in quotes),
    "statement": lambda text, quotes, cue: any(
        q["shape"] == "statement" or "statement" in cue(q) or q["kind"] in ("org", "description") for q in quotes
    ),
    "multi": lambda text, quotes, cue: any(q["shape"] in ("multi_paragraph", "continuation") for q in quotes)
    or bool(re.search(r"^(?:Q|A|[A-Z][A-Z .'-]+):", text, re.M)),
    "other_cue": lambda text, quotes, cue: any(
        cue(q) and cue(q).split()[0] not in PLAIN_CUES and "statement" not in cue(q) for q in quotes
    ),
    "name_said_before": lambda text, quotes, cue: any(q["shape"] == "name_said_before" for q in quotes),
}


# The foci of dev5 and dev6, in report order, with what each asks of a document.
HARD_SHAPES = {
    "pronoun": "a he/she/they/it/we credit whose antecedent stands in an earlier sentence or paragraph",
    "other_cue": "a cue other than said/says/told (wrote, testified, tweeted, argued, added, asked ...)",
    "told": "told in its forms (told reporters, told the Ledger, told lawmakers that, was told by)",
    "statement": "press statements, statements of organisations, spokespeople",
    "name_said_before": "a quote after its speaker's name and cue in the same sentence",
    "multi": "quotes over several paragraphs, interview transcripts",
    "varied": "split quotes, partial and scare quotes, quotes with no creditable speaker",
}


def focused_set(builder: str, id_prefix: str, words: tuple[int, int], focus_help: dict[str, str]) -> LabelledSet:
    """A set in the held-out format whose documents name their foci; `focus_help` lists them in report order."""
    foci = tuple(focus_help)

    def read_foci(lines: list[str], where: str) -> list[str]:
        found: list[str] = []
        for line in lines[1:]:
            if line.strip() == "---":
                break
            match = re.match(r"\s*#\s*focus:(.*)", line)
            if match:
                for value in (v.strip() for v in match.group(1).split(",")):
                    if value not in foci:
                        raise SrcError(f"{where}: unknown focus {value!r} (want one of {', '.join(foci)})")
                    found.append(value)
        return found

    def borne_out(document: dict, focus: str) -> bool:
        text = document["text"]
        check = CHECKS.get(focus)
        cue = lambda q: text[slice(*q["cue"])].lower() if q["cue"] else ""  # noqa: E731
        return check is None or check(text, document["quotes"], cue)

    def build_document(
        labelled: LabelledSet, line_no: int, lines: list[str], topics: set[str], people: dict[str, str]
    ) -> tuple[dict, dict]:
        """The held-out format's document, with its foci in the facts and a warning for each not borne out."""
        document, facts = build_heldout.build_document(labelled, line_no, lines, topics, people)
        facts["foci"] = read_foci(lines, f"{document['id']} (line {line_no})")
        facts["warnings"] += [
            f"{document['id']}: focus {focus} ({focus_help[focus]}) not borne out by the labels"
            for focus in facts["foci"]
            if not borne_out(document, focus)
        ]
        return document, facts

    def report(data: dict, facts: list[dict]) -> None:
        build_heldout.report(data, facts)
        counts = Counter(focus for fact in facts for focus in set(fact["foci"]))
        print("focus       " + ", ".join(f"{f} {counts[f]}" for f in foci) + " (documents written for each)")

    return build_heldout.labelled_set(
        builder, id_prefix=id_prefix, words=words, build_document=build_document, report=report
    )
