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
(tests/data/heldout/quotes.src): the held-out builder is loaded by its file path and reused unchanged (its
parsing, its per-document validation, its report). Only two things differ, and neither needs an edit of that
file:

- ids look like ``dv-001`` (the held-out builder insists on ``ho-NNN``): each document's id line is checked
  here against ``dv-\\d{3}``, handed to the held-out validator under the matching ``ho-NNN`` id, and the id
  is put back in the result and in any error message;
- documents run 200-800 words (the held-out builder allows 150-900).

Each document's header may also carry a comment line ``# focus: pronoun, told, statement, multi, varied``
naming the hard shapes it was written to exercise (comment lines are skipped by the held-out parser, so the
JSON does not change with them). The report ends with the number of documents per focus; a focus the
document's labels cannot bear out (no pronoun source, no cue with "told", no statement-family or
spokesperson quote, no quote running over paragraphs and no transcript label) is reported as a warning.

The output is deterministic: the same .src always gives byte-identical JSON.
"""

from __future__ import annotations

import importlib.util
import re
import sys
import tomllib
from collections import Counter
from pathlib import Path

sys.dont_write_bytecode = True  # set before loading, so no __pycache__ appears next to the other builders

HERE = Path(__file__).resolve().parent
DATA = HERE.parent
SRC = HERE / "quotes.src"
OUT = HERE / "quotes.json"
ID_PATTERN = r"dv-\d{3}"
WORDS_MIN, WORDS_MAX = 200, 800
FOCI = ("pronoun", "told", "statement", "multi", "varied")
FOCUS_HELP = {
    "pronoun": "a he/she/they credit whose antecedent stands in an earlier sentence or paragraph",
    "told": "told in its forms (told reporters, told the Ledger, told lawmakers that, was told)",
    "statement": "press statements, statements of organisations, spokespeople",
    "multi": "quotes over several paragraphs, interview transcripts",
    "varied": "split quotes, cue before, inverted cues, titles, organisations and descriptions, partial and "
              "scare quotes",
}


def _load_heldout_builder():
    name = "build_heldout"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, DATA / "heldout" / "build_heldout.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


hb = _load_heldout_builder()
SrcError = hb.SrcError
hb.WORDS_MIN, hb.WORDS_MAX = WORDS_MIN, WORDS_MAX  # read by build_document at call time


def _to_dev_ids(message: str) -> str:
    return re.sub(r"\bho-(\d{3})\b", r"dv-\1", message)


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


def build(src: Path = SRC) -> tuple[dict, list[dict], list[list[str]]]:
    watch = tomllib.loads(hb.WATCHLIST.read_text(encoding="utf-8"))
    topics = {t["id"] for t in watch.get("topics", [])} | set(hb.EXTRA_TOPICS)
    people = {p["id"]: p["name"] for p in watch.get("people", [])}
    documents, facts, foci, seen = [], [], [], set()
    for line_no, lines in hb.split_documents(src.read_text(encoding="utf-8")):
        doc_id = lines[0][4:].strip()
        if not re.fullmatch(ID_PATTERN, doc_id):
            raise SrcError(f"{doc_id} (line {line_no}): ids look like dv-001")
        alias = "ho-" + doc_id[3:]
        try:
            document, fact = hb.build_document(line_no, [f"### {alias}"] + lines[1:], topics, people)
        except SrcError as error:
            raise SrcError(_to_dev_ids(str(error))) from None
        document["id"] = doc_id
        if doc_id in seen:
            raise SrcError(f"{doc_id}: duplicate id")
        seen.add(doc_id)
        documents.append(document)
        facts.append(fact)
        foci.append(_focus(lines, f"{doc_id} (line {line_no})"))
    expected = [f"dv-{i:03d}" for i in range(1, len(documents) + 1)]
    if [d["id"] for d in documents] != expected:
        raise SrcError("ids must run dv-001, dv-002, ... in order without gaps")
    return {"watchlist": hb.WATCHLIST_REF, "documents": documents}, facts, foci


def report_foci(data: dict, foci: list[list[str]]) -> list[str]:
    counts = Counter(f for doc_foci in foci for f in set(doc_foci))
    print("focus       " + ", ".join(f"{f} {counts[f]}" for f in FOCI) + " (documents written for each)")
    warnings = []
    for document, doc_foci in zip(data["documents"], foci):
        for focus in doc_foci:
            if not _borne_out(document, focus):
                warnings.append(f"{document['id']}: focus {focus} ({FOCUS_HELP[focus]}) not borne out by the labels")
    return warnings


def main(argv: list[str]) -> int:
    try:
        data, facts, foci = build()
    except SrcError as error:
        print(f"{SRC.name}: {error}", file=sys.stderr)
        return 1
    if "--show" in argv:
        hb.show(data, [a for a in argv if a != "--show"])
        return 0
    output = hb.compact(data)
    if "--check" in argv:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != output:
            print(f"{OUT.name} is stale: run {Path(__file__).name}", file=sys.stderr)
            return 1
    else:
        OUT.write_text(output, encoding="utf-8")
    hb.report(data, facts)
    warnings = report_foci(data, foci)
    for warning in dict.fromkeys(hb.WARNINGS):  # one line per distinct warning
        print(f"check: {_to_dev_ids(warning)}", file=sys.stderr)
    for warning in warnings:
        print(f"check: {warning}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
