"""Build tests/data/tagging_dev.json from the hand-written tests/data/tagging_dev.src.

    .venv/bin/python tests/data/build_tagging_dev.py           # validate, write the JSON, print counts
    .venv/bin/python tests/data/build_tagging_dev.py --check   # validate and compare, write nothing (exit 1 if stale)

The .src format is described at the top of the .src file itself. In short: each document is a
`### <id>` line, `key: value` header lines, a `---` line, then the text with inline labels
`{qN:content}`, `{sN:source}`, `{cN:cue}` and `{n.KIND:not a quote}`; braces are reserved.

Labelling conventions (also what the validation below enforces):
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
- local-enforcement is labelled exactly when its boolean query holds (checked here, with a margin so
  that tokenizer details cannot flip a label).

The output is deterministic: the same .src always gives byte-identical JSON.
"""

from __future__ import annotations

import json
import re
import sys
import tomllib
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SRC = HERE / "tagging_dev.src"
OUT = HERE / "tagging_dev.json"
WATCHLIST = ROOT / "config" / "watchlist.toml"
WATCHLIST_REF = "config/watchlist.toml"

SHAPES = (
    "said_after_name", "name_said_after", "name_said_before", "colon_paragraph", "said_that", "split",
    "according_to", "dash", "continuation", "pronoun", "role_only", "told", "multi_paragraph",
)
NON_QUOTE_KINDS = ("scare", "title", "nickname", "word", "term", "slogan", "sign")
EXTRA_TOPICS = ("local-enforcement",)  # being added to the watchlist; known here either way
PRONOUNS = {"he", "she", "they", "him", "her", "them"}
OPEN_MARKS = "“\""
CLOSE_MARKS = "”\""
QUOTE_CHARS = "“”\""

TAG = re.compile(r"\{(?:(?P<kind>[qsc])(?P<ids>\d+(?:,\d+)*)|n\.(?P<nq>[a-z]+)):")


class SrcError(Exception):
    pass


# --------------------------------------------------------------------------------------------- parsing

def split_documents(src: str) -> list[tuple[int, list[str]]]:
    """(line number, lines) per `### id` block; lines before the first block are the file's preamble."""
    blocks: list[tuple[int, list[str]]] = []
    for number, line in enumerate(src.splitlines(), start=1):
        if line.startswith("### "):
            blocks.append((number, [line]))
        elif blocks:
            blocks[-1][1].append(line)
        elif line.strip() and not line.startswith("#"):
            raise SrcError(f"line {number}: text before the first '### <id>' line")
    return blocks


def parse_header(lines: list[str], where: str) -> tuple[dict, list[str]]:
    header: dict = {"quotes": {}}
    for index, line in enumerate(lines):
        if line.strip() == "---":
            return header, lines[index + 1:]
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, sep, value = line.partition(":")
        if not sep:
            raise SrcError(f"{where}: header line without ':': {line!r}")
        key, value = key.strip(), value.strip()
        if re.fullmatch(r"q\d+", key):
            header["quotes"][int(key[1:])] = parse_quote_meta(value, f"{where} {key}")
        elif key in ("confounder",):
            if value not in ("yes", "no"):
                raise SrcError(f"{where}: confounder must be yes or no")
            header[key] = value == "yes"
        elif key in ("topics", "people", "namesakes"):
            header[key] = [v.strip() for v in value.split(",") if v.strip()]
        elif key == "stray_marks":
            header[key] = int(value)
        elif key == "note":
            header.setdefault("notes", []).append(value)
        else:
            raise SrcError(f"{where}: unknown header key {key!r}")
    raise SrcError(f"{where}: no '---' line ends the header")


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


def body_text(lines: list[str]) -> str:
    """Paragraphs are separated by blank lines; lines inside a paragraph are joined with one space."""
    paragraphs, current = [], []
    for line in lines:
        if line.strip():
            current.append(line.strip())
        elif current:
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return "\n\n".join(paragraphs)


def strip_markup(marked: str, where: str) -> tuple[str, list[tuple[str, str, tuple[int, int]]]]:
    """Plain text plus (kind, ids-or-nq-kind, (start, end)) for every label; `{{`/`}}` are literal braces."""
    out: list[str] = []
    length = 0
    stack: list[tuple[str, str, int]] = []
    spans: list[tuple[str, str, tuple[int, int]]] = []
    i = 0
    while i < len(marked):
        if marked.startswith("{{", i) or marked.startswith("}}", i):
            out.append(marked[i])
            length += 1
            i += 2
            continue
        char = marked[i]
        if char == "{":
            match = TAG.match(marked, i)
            if not match:
                raise SrcError(f"{where}: bad tag at {marked[i:i + 30]!r} (write {{{{ for a literal brace)")
            if match.group("nq"):
                if match.group("nq") not in NON_QUOTE_KINDS:
                    raise SrcError(f"{where}: unknown non-quote kind {match.group('nq')!r}")
                stack.append(("n", match.group("nq"), length))
            else:
                stack.append((match.group("kind"), match.group("ids"), length))
            i = match.end()
            continue
        if char == "}":
            if not stack:
                raise SrcError(f"{where}: '}}' with no open tag near {marked[max(0, i - 30):i + 1]!r}")
            kind, ids, start = stack.pop()
            spans.append((kind, ids, (start, length)))
            i += 1
            continue
        out.append(char)
        length += 1
        i += 1
    if stack:
        raise SrcError(f"{where}: unclosed tag {stack[-1][0]}{stack[-1][1]}")
    return "".join(out), spans


# ------------------------------------------------------------------------------ local-enforcement query

LE_LEFT = {"287(g)", "detainer", "detainers"}
LE_PHRASE = ("immigration", "hold")
LE_RIGHT = {"sheriff", "jail", "jails", "police", "deputies"}
NEAR = 15
STEMS = {"sheriffs": "sheriff", "holds": "hold", "deputy": "deputies", "jailers": "jail"}
MARGIN_LOW, MARGIN_HIGH = 10, 22  # a closest pair inside (10, 22] is too close to call: rewrite the text


def _tokens(text: str, variant: str) -> list[str]:
    lower = text.lower().replace("’", "'")
    if variant == "split":  # apostrophes split words: sheriff's -> sheriff, s
        return re.findall(r"\d+\([a-z]\)|[a-z0-9]+", lower)
    if variant == "keep":  # apostrophes stay inside words: sheriff's is not sheriff
        return re.findall(r"\d+\([a-z]\)|[a-z0-9]+(?:'[a-z]+)*", lower)
    words = re.findall(r"\d+\([a-z]\)|[a-z0-9]+(?:'[a-z]+)*", lower)  # "stem": sheriffs, sheriff's -> sheriff
    return [STEMS.get(re.sub(r"'s?$", "", w), re.sub(r"'s?$", "", w)) for w in words]


def local_enforcement(text: str, variant: str) -> tuple[bool, int | None]:
    """(query holds, closest distance between the two sides) under one tokenization."""
    tokens = _tokens(text, variant)
    blocked = "hockey" in tokens  # NOT hockey: the word anywhere in the document
    left = [i for i, t in enumerate(tokens) if t in LE_LEFT]
    left += [i for i in range(len(tokens) - 1) if tuple(tokens[i:i + 2]) == LE_PHRASE]
    left += [i + 1 for i in range(len(tokens) - 1) if tuple(tokens[i:i + 2]) == LE_PHRASE]
    right = [i for i, t in enumerate(tokens) if t in LE_RIGHT]
    closest = min((abs(a - b) for a in left for b in right), default=None)
    return (closest is not None and closest <= NEAR and not blocked), closest


# ------------------------------------------------------------------------------------------ validation

def paragraph_bounds(text: str) -> list[tuple[int, int]]:
    bounds, start = [], 0
    for match in re.finditer(r"\n\n", text):
        bounds.append((start, match.start()))
        start = match.end()
    bounds.append((start, len(text)))
    return bounds


def check_content(text: str, start: int, end: int, where: str) -> None:
    content = text[start:end]
    if not content or content != content.strip() or content.endswith(","):
        raise SrcError(f"{where}: content must not be empty or start/end with a space or comma: {content!r}")
    if any(c in content for c in QUOTE_CHARS):
        raise SrcError(f"{where}: content includes a double quote mark: {content!r}")
    if start == 0 or text[start - 1] not in OPEN_MARKS:
        raise SrcError(f"{where}: content does not start right after an opening quote mark: {content[:40]!r}")
    para_end = next(e for s, e in paragraph_bounds(text) if s <= start <= e)
    after = text[end:end + 2]
    if end > para_end:
        raise SrcError(f"{where}: content crosses a paragraph break")
    if not (end == para_end or after[:1] in CLOSE_MARKS or (after[:1] == "," and after[1:2] in CLOSE_MARKS)):
        raise SrcError(f"{where}: content does not end at a closing mark or its paragraph end: {content[-40:]!r}")


def check_shape(text: str, shape: str, content: tuple[int, int], cue, source, where: str) -> None:
    """Where cue and source stand relative to the quote, per shape."""
    if not (cue and source):
        return
    para_start = text.rfind("\n\n", 0, content[0])
    between = text[cue[1]:content[0]]
    orders = {
        "said_after_name": content[1] <= cue[0] < source[0],
        "name_said_after": content[1] <= source[0] < cue[0],
        "name_said_before": source[0] < cue[0] < content[0] and cue[0] > para_start,
        "colon_paragraph": cue[1] < para_start and text[cue[1]:para_start].rstrip().endswith(":")
        and "\n" not in text[cue[1]:para_start].rstrip(),
        "said_that": cue[1] <= content[0] and between.split()[:1] == ["that"],
        "dash": content[1] <= cue[0],
    }
    if shape in orders and not orders[shape]:
        raise SrcError(f"{where}: cue/source do not stand where shape {shape} puts them")


def build_document(line_no: int, lines: list[str], topics: set[str], people: dict[str, str]) -> tuple[dict, dict]:
    doc_id = lines[0][4:].strip()
    where = f"{doc_id} (line {line_no})"
    if not re.fullmatch(r"dev-\d{3}", doc_id):
        raise SrcError(f"{where}: ids look like dev-001")
    header, body = parse_header(lines[1:], where)
    for key in ("confounder", "topics", "people"):
        if key not in header:
            raise SrcError(f"{where}: header needs '{key}:'")
    text, spans = strip_markup(body_text(body), where)
    if not text or "\n\n" not in text:
        raise SrcError(f"{where}: a document is a headline and at least one paragraph")
    for t in header["topics"]:
        if t not in topics:
            raise SrcError(f"{where}: unknown topic {t!r}")
    for p in header["people"] + header.get("namesakes", []):
        if p not in people:
            raise SrcError(f"{where}: unknown person {p!r}")

    contents: dict[int, tuple[int, int]] = {}
    cues: dict[int, tuple[int, int]] = {}
    sources: dict[int, tuple[int, int]] = {}
    non_quotes = []
    for kind, ids, span in spans:
        if span[0] >= span[1] or span[1] > len(text):
            raise SrcError(f"{where}: empty or out-of-range {kind}{ids} span")
        if kind == "n":
            check_content(text, *span, f"{where} non-quote")
            non_quotes.append({"span": list(span), "kind": ids})
            continue
        target = {"q": contents, "c": cues, "s": sources}[kind]
        for n in map(int, ids.split(",")):
            if n in target:
                raise SrcError(f"{where}: {kind}{n} labelled twice")
            if kind == "q" and "," in ids:
                raise SrcError(f"{where}: a content span belongs to one quote")
            target[n] = span
    meta = header["quotes"]
    if set(contents) != set(meta):
        raise SrcError(f"{where}: quotes in text {sorted(contents)} vs header {sorted(meta)}")
    for n in set(cues) | set(sources):
        if n not in contents:
            raise SrcError(f"{where}: cue/source for q{n}, which has no content")

    quotes = []
    for n in sorted(contents, key=lambda k: contents[k]):
        m, qwhere = meta[n], f"{where} q{n}"
        check_content(text, *contents[n], qwhere)
        cue, source = cues.get(n), sources.get(n)
        if m["speaker_id"] is not None:
            if m["speaker_id"] not in people:
                raise SrcError(f"{qwhere}: unknown speaker_id {m['speaker_id']!r}")
            if m["speaker"] != people[m["speaker_id"]]:
                raise SrcError(f"{qwhere}: speaker of {m['speaker_id']} must be {people[m['speaker_id']]!r}")
            if m["speaker_id"] not in header["people"]:
                raise SrcError(f"{qwhere}: {m['speaker_id']} speaks but is not in the document's people")
        elif m["speaker"] in people.values() and not any(
                people[pid] == m["speaker"] for pid in header.get("namesakes", [])):
            raise SrcError(f"{qwhere}: {m['speaker']} is watched; give the speaker_id (or list a namesake)")
        if m["speaker"] is not None and m["speaker"] not in text:
            raise SrcError(f"{qwhere}: speaker {m['speaker']!r} is not written in the text")
        if m["role"] is not None and m["role"].lower() not in text.lower():
            raise SrcError(f"{qwhere}: role {m['role']!r} is not written in the text")
        source_text = text[slice(*source)] if source else None
        is_pronoun = source_text is not None and source_text.lower() in PRONOUNS
        if m["pronoun"] != is_pronoun:
            raise SrcError(f"{qwhere}: pronoun flag says {m['pronoun']} but the source is {source_text!r}")
        if source_text and not is_pronoun and m["speaker"]:
            words = source_text.replace("’", "'").split()
            nominal = source_text.lower().startswith("the ")  # "the chief said": a nominal mention
            if not nominal and not all(w in m["speaker"].replace("’", "'").split() for w in words):
                raise SrcError(f"{qwhere}: source {source_text!r} is not a form of speaker {m['speaker']!r}")
        shape = m["shape"]
        if shape == "role_only" and (m["speaker"] is not None or not m["role"] or source_text is None):
            raise SrcError(f"{qwhere}: role_only wants speaker '-', a role and a source span")
        if shape == "pronoun" and not is_pronoun:
            raise SrcError(f"{qwhere}: shape pronoun wants a pronoun source")
        if shape == "continuation" and (cue or source):
            raise SrcError(f"{qwhere}: a continuation inherits its speaker: no cue or source")
        if shape not in ("continuation", "multi_paragraph") and not (cue and source):
            raise SrcError(f"{qwhere}: shape {shape} wants a cue and a source")
        if shape == "according_to" and text[slice(*cue)].lower() != "according to":
            raise SrcError(f"{qwhere}: according_to wants the cue 'according to'")
        if shape == "dash" and text[slice(*cue)] not in ("—", "–", "--"):
            raise SrcError(f"{qwhere}: dash wants the dash as its cue")
        if shape == "told" and not text[slice(*cue)].startswith("told"):
            raise SrcError(f"{qwhere}: told wants a cue starting with 'told'")
        check_shape(text, shape, contents[n], cue, source, qwhere)
        quotes.append({"content": list(contents[n]), "cue": list(cue) if cue else None,
                       "source": list(source) if source else None, "speaker": m["speaker"],
                       "speaker_id": m["speaker_id"], "role": m["role"], "shape": shape,
                       "pronoun": m["pronoun"]})

    # Every double quote mark opens or closes a labelled quote or non-quote, or is declared stray.
    accounted = set()
    for span in [tuple(q["content"]) for q in quotes] + [tuple(n["span"]) for n in non_quotes]:
        accounted.add(span[0] - 1)
        if span[1] < len(text) and text[span[1]] in CLOSE_MARKS:
            accounted.add(span[1])
        elif text[span[1]:span[1] + 1] == "," and text[span[1] + 1:span[1] + 2] in CLOSE_MARKS:
            accounted.add(span[1] + 1)
    stray = [i for i, c in enumerate(text) if c in QUOTE_CHARS and i not in accounted]
    if len(stray) != header.get("stray_marks", 0):
        shown = ", ".join(repr(text[max(0, i - 25):i + 10]) for i in stray)
        raise SrcError(f"{where}: {len(stray)} unlabelled quote marks (declare stray_marks: N if meant): {shown}")

    # Document-level labels against the text.
    labelled = set(header["topics"])
    ice_written = bool(re.search(r"\bICE\b", text)) or "immigration and customs enforcement" in text.lower()
    sc_written = "Secure Communities" in text or "S-Comm" in text or "S-COMM" in text
    for topic, written in (("ice", ice_written), ("secure-communities", sc_written)):
        if topic in labelled and not written:
            raise SrcError(f"{where}: labelled {topic} but its words are not in the text")
        if written and topic not in labelled and not header["confounder"]:
            raise SrcError(f"{where}: {topic} words appear unlabelled: mark the document as a confounder")
    results = {variant: local_enforcement(text, variant) for variant in ("split", "keep", "stem")}
    holds = {r[0] for r in results.values()}
    if len(holds) != 1:
        raise SrcError(f"{where}: local-enforcement depends on tokenization {results}: rewrite")
    for variant, (_, closest) in results.items():
        if closest is not None and MARGIN_LOW < closest <= MARGIN_HIGH and not re.search(r"\bhockey\b", text, re.I):
            raise SrcError(f"{where}: local-enforcement terms {closest} words apart ({variant}): too close to call")
    if holds.pop() != ("local-enforcement" in labelled):
        raise SrcError(f"{where}: local-enforcement label disagrees with its query {results}")
    for pid in header["people"]:
        if people[pid] not in text:
            raise SrcError(f"{where}: {pid} labelled but {people[pid]!r} is not in the text")
    for pid, name in people.items():
        if name in text and pid not in header["people"] and pid not in header.get("namesakes", []):
            raise SrcError(f"{where}: {name} is in the text but not labelled (or listed as a namesake)")

    document = {"id": doc_id, "confounder": header["confounder"], "text": text,
                "topics": sorted(header["topics"]), "people": sorted(header["people"]),
                "quotes": quotes, "non_quotes": sorted(non_quotes, key=lambda q: q["span"])}
    facts = {"le_closest": results["split"][1], "namesake_surname": [
        pid for pid, name in people.items()
        if pid not in header["people"] and re.search(rf"\b{re.escape(name.split()[-1])}\b", text)]}
    return document, facts


# ------------------------------------------------------------------------------------------------ main

def compact(data: dict) -> str:
    """Indented JSON with each [start, end] pair kept on one line."""
    raw = json.dumps(data, ensure_ascii=False, indent=1)
    return re.sub(r"\[\s+(\d+),\s+(\d+)\s+\]", r"[\1, \2]", raw) + "\n"


def build() -> tuple[dict, list[dict]]:
    watch = tomllib.loads(WATCHLIST.read_text(encoding="utf-8"))
    topics = {t["id"] for t in watch.get("topics", [])} | set(EXTRA_TOPICS)
    people = {p["id"]: p["name"] for p in watch.get("people", [])}
    documents, facts, seen = [], [], set()
    for line_no, lines in split_documents(SRC.read_text(encoding="utf-8")):
        document, fact = build_document(line_no, lines, topics, people)
        if document["id"] in seen:
            raise SrcError(f"{document['id']}: duplicate id")
        seen.add(document["id"])
        documents.append(document)
        facts.append(fact)
    return {"watchlist": WATCHLIST_REF, "documents": documents}, facts


def report(data: dict, facts: list[dict]) -> None:
    docs = data["documents"]
    quotes = [q for d in docs for q in d["quotes"]]
    shapes = Counter(q["shape"] for q in quotes)
    straight = sum(1 for d in docs if '"' in d["text"] and "“" not in d["text"])
    curly = sum(1 for d in docs if "“" in d["text"] and '"' not in d["text"])
    q_straight = sum(1 for d in docs for q in d["quotes"] if d["text"][q["content"][0] - 1] == '"')
    odd = sum(1 for d in docs if (d["text"].count('"') + d["text"].count("“") + d["text"].count("”")) % 2)
    topic_counts = Counter(t for d in docs for t in d["topics"])
    people_counts = Counter(p for d in docs for p in d["people"])
    nq = Counter(n["kind"] for d in docs for n in d["non_quotes"])
    le_near_miss = sum(1 for d, f in zip(docs, facts)
                       if "local-enforcement" not in d["topics"] and (f["le_closest"] is not None or
                       re.search(r"\b(detainers?|287\(g\)|sheriff|jail)\b", d["text"], re.I)))
    print(f"documents   {len(docs)} ({sum(d['confounder'] for d in docs)} confounders, "
          f"{sum(1 for d in docs if d['confounder'] and not d['topics'])} with no topic at all)")
    print(f"quotes      {len(quotes)} ({q_straight} in straight marks); documents: {straight} straight, "
          f"{curly} curly, {len(docs) - straight - curly} mixed or none; {odd} with an odd number of marks")
    print("shapes      " + ", ".join(f"{s} {shapes[s]}" for s in SHAPES))
    print(f"speakers    {sum(1 for q in quotes if q['speaker_id'])} watched, "
          f"{sum(1 for q in quotes if q['speaker'] and not q['speaker_id'])} other named, "
          f"{sum(1 for q in quotes if not q['speaker'])} null; pronoun sources {sum(q['pronoun'] for q in quotes)}")
    print("topics      " + ", ".join(f"{t} {n}" for t, n in sorted(topic_counts.items()))
          + f"; local-enforcement near-misses {le_near_miss}")
    print("people      " + ", ".join(f"{p} {n}" for p, n in sorted(people_counts.items()))
          + f"; documents with a namesake surname {sum(1 for f in facts if f['namesake_surname'])}")
    print("non-quotes  " + ", ".join(f"{k} {nq[k]}" for k in NON_QUOTE_KINDS) + f" (total {sum(nq.values())})")


def main(argv: list[str]) -> int:
    try:
        data, facts = build()
    except SrcError as error:
        print(f"{SRC.name}: {error}", file=sys.stderr)
        return 1
    output = compact(data)
    if "--check" in argv:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != output:
            print(f"{OUT.name} is stale: run {Path(__file__).name}", file=sys.stderr)
            return 1
    else:
        OUT.write_text(output, encoding="utf-8")
    report(data, facts)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
