"""Build tests/data/tagging_dev.json from the hand-written tests/data/tagging_dev.src.

    .venv/bin/python tests/data/build_tagging_dev.py           # validate, write the JSON, print counts
    .venv/bin/python tests/data/build_tagging_dev.py --check   # validate and compare, write nothing (exit 1 if stale)
    .venv/bin/python tests/data/build_tagging_dev.py --show dev-004   # print documents with their labels marked

The .src format is described at the top of the .src file itself. In short: each document is a
`### <id>` line, `key: value` header lines, a `---` line, then the text with inline labels
`{qN:content}`, `{sN:source}`, `{cN:cue}` and `{n.KIND:not a quote}`; braces are reserved. Reading the
.src, the checks it shares with the held-out format, the JSON and the command line are in
tests/data/labelled_sets.py; this file holds what is particular to the first format (ids ``dev-NNN``, quote
header lines ``qN: shape | speaker | speaker_id | role [| pronoun]``, the source check) and its report.

Labelling conventions (also what the validation enforces):
- content: the words between the quote marks, without the marks, surrounding spaces or the comma that
  hands over to the attribution (`“We stay,” she said` → `We stay`); terminal . ? ! are kept. An
  unclosed quote (the multi-paragraph convention) runs to the end of its paragraph.
- cue: the speech verb as written, with its recipient for `told` ("told reporters"), "according to",
  or the dash of a dash credit. source: the speaker mention nearest the quote: the name as written
  without titles ("Tramonte" in "Ms. Tramonte said", "Okafor" in "Sheriff Okafor said"), a pronoun,
  a nominal mention ("the chief said" after the chief was named), or for role-only credits the role.
  Both are null when the quote inherits its speaker from an earlier paragraph (continuation and the
  later paragraphs of a multi-paragraph quote); split quotes share one cue and one source.
- speaker: the fullest form of the speaker's name in the document; null for role-only credits and for
  quotes a careful reader cannot attribute. role: the speaker's position as the document states it.
- local-enforcement is labelled exactly when its boolean query holds (checked with a margin so that
  tokenizer details cannot flip a label).

The output is deterministic: the same .src always gives byte-identical JSON.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # set before the import below, so no __pycache__ appears next to the builders
sys.path.insert(0, str(HERE))  # tests/data, where labelled_sets.py stands

from labelled_sets import (  # noqa: E402
    PRONOUNS, SHAPES, LabelledSet, SrcError, check_content, check_credit, check_labels, check_marks, check_shape,
    check_watched, credited_source, main, namesake_surnames, quotes_line, read_document, record,
    report_people_and_non_quotes,
)


def parse_quote_meta(value: str, where: str) -> dict:
    fields = [f.strip() for f in value.split("|")]
    if len(fields) not in (4, 5):
        raise SrcError(f"{where}: want 'shape | speaker | speaker_id | role [| pronoun]', got {value!r}")
    shape, speaker, speaker_id, role = (None if f == "-" else f for f in fields[:4])
    if shape not in SHAPES:
        raise SrcError(f"{where}: unknown shape {shape!r}")
    if len(fields) == 5 and fields[4] != "pronoun":
        raise SrcError(f"{where}: the fifth field can only be 'pronoun'")
    return {"shape": shape, "speaker": speaker, "speaker_id": speaker_id, "role": role,
            "pronoun": len(fields) == 5}


def build_document(labelled: LabelledSet, line_no: int, lines: list[str], topics: set[str],
                   people: dict[str, str]) -> tuple[dict, dict]:
    draft = read_document(line_no, lines, labelled.id_prefix, parse_quote_meta, topics, people)
    text, header, where = draft.text, draft.header, draft.where
    quotes = []
    for n in sorted(draft.contents, key=lambda k: draft.contents[k]):
        m, qwhere = header["quotes"][n], f"{where} q{n}"
        check_content(text, *draft.contents[n], qwhere)
        cue, source = draft.cues.get(n), draft.sources.get(n)
        check_watched(m, people, header, qwhere)
        if m["speaker"] is not None and m["speaker"] not in text:
            raise SrcError(f"{qwhere}: speaker {m['speaker']!r} is not written in the text")
        if m["role"] is not None and m["role"].lower() not in text.lower():
            raise SrcError(f"{qwhere}: role {m['role']!r} is not written in the text")
        source_text, is_pronoun = credited_source(text, m, source, PRONOUNS, qwhere)
        if source_text and not is_pronoun and m["speaker"]:
            words = source_text.replace("’", "'").split()
            nominal = source_text.lower().startswith("the ")  # "the chief said": a nominal mention
            if not nominal and not all(w in m["speaker"].replace("’", "'").split() for w in words):
                raise SrcError(f"{qwhere}: source {source_text!r} is not a form of speaker {m['speaker']!r}")
        check_credit(text, m, cue, source, is_pronoun, qwhere)
        check_shape(text, m["shape"], draft.contents[n], cue, source, qwhere)
        quotes.append({"content": list(draft.contents[n]), "cue": list(cue) if cue else None,
                       "source": list(source) if source else None, "speaker": m["speaker"],
                       "speaker_id": m["speaker_id"], "role": m["role"], "shape": m["shape"],
                       "pronoun": m["pronoun"]})
    check_marks(text, quotes, draft.non_quotes, header.get("stray_marks", 0), where)
    results = check_labels(text, header, people, where)
    return record(draft, quotes), {"le_closest": results["split"][1],
                                   "namesake_surname": namesake_surnames(text, header, people)}


def report(data: dict, facts: list[dict]) -> None:
    docs = data["documents"]
    quotes = [q for d in docs for q in d["quotes"]]
    shapes = Counter(q["shape"] for q in quotes)
    odd = sum(1 for d in docs if (d["text"].count('"') + d["text"].count("“") + d["text"].count("”")) % 2)
    topic_counts = Counter(t for d in docs for t in d["topics"])
    le_near_miss = sum(1 for d, f in zip(docs, facts)
                       if "local-enforcement" not in d["topics"] and (f["le_closest"] is not None or
                       re.search(r"\b(detainers?|287\(g\)|sheriff|jail)\b", d["text"], re.I)))
    print(f"documents   {len(docs)} ({sum(d['confounder'] for d in docs)} confounders, "
          f"{sum(1 for d in docs if d['confounder'] and not d['topics'])} with no topic at all)")
    print(quotes_line(docs) + f"; {odd} with an odd number of marks")
    print("shapes      " + ", ".join(f"{s} {shapes[s]}" for s in SHAPES))
    print(f"speakers    {sum(1 for q in quotes if q['speaker_id'])} watched, "
          f"{sum(1 for q in quotes if q['speaker'] and not q['speaker_id'])} other named, "
          f"{sum(1 for q in quotes if not q['speaker'])} null; pronoun sources {sum(q['pronoun'] for q in quotes)}")
    print("topics      " + ", ".join(f"{t} {n}" for t, n in sorted(topic_counts.items()))
          + f"; local-enforcement near-misses {le_near_miss}")
    report_people_and_non_quotes(docs, facts)

TAGGING_DEV = LabelledSet(src=HERE / "tagging_dev.src", out=HERE / "tagging_dev.json", builder=Path(__file__).name,
                          id_prefix="dev", build_document=build_document, report=report, ids_in_order=False)

if __name__ == "__main__":
    sys.exit(main(TAGGING_DEV, sys.argv[1:]))
