"""Build tests/data/dev3/quotes.json from the hand-written tests/data/dev3/quotes.src.

    python tests/data/dev3/build_dev3.py                  # from the repository root: validate, write, print counts
    python tests/data/dev3/build_dev3.py --check          # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev3/build_dev3.py --show dx-004    # print documents with their labels marked inline

A third labelled development (tuning) set for the quotation tagger, written in styles other than the wire
story (magazine features, translated community papers, TV and radio web copy, live blogs, court and hearing
reports, op-eds, newsletters, business wire, social-media stories, Q&A interviews), in exactly the format of
the held-out set (tests/data/heldout/quotes.src). The held-out builder is loaded by its file path and
reused unchanged: its parsing, its per-document validation and its report. Only two things differ, and
neither needs an edit of that file:

- ids look like ``dx-001`` (the held-out builder insists on ``ho-NNN``): each document's id line is checked
  here against ``dx-\\d{3}``, handed to the held-out validator under the matching ``ho-NNN`` id, and the id
  is put back in the result and in any error message;
- documents run 200-800 words (the held-out builder allows 150-900).

The output is deterministic: the same .src always gives byte-identical JSON.
"""

from __future__ import annotations

import importlib.util
import re
import sys
import tomllib
from pathlib import Path

sys.dont_write_bytecode = True  # set before loading, so no __pycache__ appears next to the other builders

HERE = Path(__file__).resolve().parent
DATA = HERE.parent
SRC = HERE / "quotes.src"
OUT = HERE / "quotes.json"
ID_PATTERN = r"dx-\d{3}"
WORDS_MIN, WORDS_MAX = 200, 800


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
    return re.sub(r"\bho-(\d{3})\b", r"dx-\1", message)


def build(src: Path = SRC) -> tuple[dict, list[dict]]:
    watch = tomllib.loads(hb.WATCHLIST.read_text(encoding="utf-8"))
    topics = {t["id"] for t in watch.get("topics", [])} | set(hb.EXTRA_TOPICS)
    people = {p["id"]: p["name"] for p in watch.get("people", [])}
    documents, facts, seen = [], [], set()
    for line_no, lines in hb.split_documents(src.read_text(encoding="utf-8")):
        doc_id = lines[0][4:].strip()
        if not re.fullmatch(ID_PATTERN, doc_id):
            raise SrcError(f"{doc_id} (line {line_no}): ids look like dx-001")
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
    expected = [f"dx-{i:03d}" for i in range(1, len(documents) + 1)]
    if [d["id"] for d in documents] != expected:
        raise SrcError("ids must run dx-001, dx-002, ... in order without gaps")
    return {"watchlist": hb.WATCHLIST_REF, "documents": documents}, facts


def main(argv: list[str]) -> int:
    try:
        data, facts = build()
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
    for warning in dict.fromkeys(hb.WARNINGS):  # one line per distinct warning
        print(f"check: {_to_dev_ids(warning)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
