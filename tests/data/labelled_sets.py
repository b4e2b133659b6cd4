"""What the builders of the hand-labelled quotation sets under tests/data/ share (standard library only).

Each set is a hand-written .src file that a small builder validates and writes out as deterministic JSON
(the same .src always gives byte-identical JSON):

    tests/data/build_tagging_dev.py       the first development set, in the first format (tagging_dev.src)
    tests/data/heldout/build_heldout.py   the blind held-out set, in the held-out format, which extends the
                                          first (a speaker's kind, more shapes, notes); it also builds
    tests/data/dev2/build_dev2.py         ... the development sets in the held-out format: wrappers that
    tests/data/dev3/build_dev3.py             give build_heldout.py their folder, id prefix and word range
    tests/data/dev4/build_dev4.py             (dev4 and dev5 add their `# focus:` comments to the report:
    tests/data/dev5/build_dev5.py              tests/data/foci.py)

This module holds what the two formats have in common:

- reading a .src file: `### <id>` blocks, `key: value` header lines ended by a `---` line, then the text
  (paragraphs separated by blank lines) with the inline labels `{qN:content}`, `{sN:source}`, `{cN:cue}`
  and `{n.KIND:not a quote}`; braces are reserved (`{{` and `}}` are literal braces);
- the checks both formats make: every content span sits inside its quote marks, cue and source stand where
  the shape puts them, watched speakers are given with their ids, every double quote mark is accounted for,
  and the topic and people labels agree with config/watchlist.toml (the local-enforcement query with a
  margin, so that tokenizer details cannot flip a label);
- the build loop (ids unique, and running PREFIX-001, PREFIX-002, ... where the set asks for it), the JSON,
  and the command line of every builder, run from the repository root:

      python BUILDER                     validate, write the JSON, print counts
      python BUILDER --check             validate and compare, write nothing (exit 1 if stale)
      python BUILDER --show ID [ID ...]  print documents with their labels marked inline (ids may also be
                                         given comma-separated; no ids: every document)

A builder describes its set with a LabelledSet and calls main().
"""

from __future__ import annotations

import json
import re
import sys
import tomllib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).resolve().parent
ROOT = DATA.parent.parent
WATCHLIST = ROOT / "config" / "watchlist.toml"
WATCHLIST_REF = "config/watchlist.toml"

SHAPES = (  # the first format's shapes; the held-out format adds its own
    "said_after_name", "name_said_after", "name_said_before", "colon_paragraph", "said_that", "split",
    "according_to", "dash", "continuation", "pronoun", "role_only", "told", "multi_paragraph",
)
NON_QUOTE_KINDS = ("scare", "title", "nickname", "word", "term", "slogan", "sign")
EXTRA_TOPICS = ("local-enforcement",)  # being added to the watchlist; known here either way
PRONOUNS = {"he", "she", "they", "him", "her", "them"}  # the held-out format adds more
OPEN_MARKS = "“\""
CLOSE_MARKS = "”\""
QUOTE_CHARS = "“”\""

TAG = re.compile(r"\{(?:(?P<kind>[qsc])(?P<ids>\d+(?:,\d+)*)|n\.(?P<nq>[a-z]+)):")


class SrcError(Exception):
    pass


@dataclass(frozen=True)
class LabelledSet:
    """One labelled set, as its builder sets it up."""

    src: Path
    out: Path
    builder: str  # the builder's file name, named when the JSON is stale
    id_prefix: str  # document ids look like PREFIX-001
    # (the set, line number, lines of a `### id` block, known topics, watched people) -> (document, facts);
    # facts feed the report, and facts["warnings"] (if any) are printed after it
    build_document: Callable[[LabelledSet, int, list[str], set[str], dict[str, str]], tuple[dict, dict]]
    report: Callable[[dict, list[dict]], None]  # prints the counts
    words: tuple[int, int] | None = None  # documents run MIN-MAX words (checked by the held-out format)
    ids_in_order: bool = True  # ids must run PREFIX-001, PREFIX-002, ... in order without gaps


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


def parse_header(lines: list[str], where: str, quote_meta: Callable[[str, str], dict],
                 unique: bool = False) -> tuple[dict, list[str]]:
    """The header up to its `---` line, and the lines after it. quote_meta reads a `qN:` line's value;
    with unique, a quote or a topics/people/namesakes line declared twice is an error."""
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
            if unique and int(key[1:]) in header["quotes"]:
                raise SrcError(f"{where}: {key} declared twice")
            header["quotes"][int(key[1:])] = quote_meta(value, f"{where} {key}")
        elif key == "confounder":
            if value not in ("yes", "no"):
                raise SrcError(f"{where}: confounder must be yes or no")
            header[key] = value == "yes"
        elif key in ("topics", "people", "namesakes"):
            if unique and key in header:
                raise SrcError(f"{where}: {key} declared twice")
            header[key] = [v.strip() for v in value.split(",") if v.strip()]
        elif key == "stray_marks":
            header[key] = int(value)
        elif key == "note":
            header.setdefault("notes", []).append(value)
        else:
            raise SrcError(f"{where}: unknown header key {key!r}")
    raise SrcError(f"{where}: no '---' line ends the header")


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


@dataclass
class Draft:
    """A document read from its `### id` block, its spans sorted out, before the format's own checks."""

    id: str
    where: str  # "<id> (line N)": how messages name the document
    header: dict
    text: str
    contents: dict[int, tuple[int, int]]  # quote number -> span
    cues: dict[int, tuple[int, int]]
    sources: dict[int, tuple[int, int]]
    non_quotes: list[dict]


def read_document(line_no: int, lines: list[str], id_prefix: str, quote_meta: Callable[[str, str], dict],
                  topics: set[str], people: dict[str, str], unique: bool = False) -> Draft:
    """Id, header, plain text and label spans of one `### id` block (see parse_header for the last two
    arguments), with the checks that need no quote metadata beyond its numbers."""
    doc_id = lines[0][4:].strip()
    where = f"{doc_id} (line {line_no})"
    if not re.fullmatch(rf"{re.escape(id_prefix)}-\d{{3}}", doc_id):
        raise SrcError(f"{where}: ids look like {id_prefix}-001")
    header, body = parse_header(lines[1:], where, quote_meta, unique)
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
    if set(contents) != set(header["quotes"]):
        raise SrcError(f"{where}: quotes in text {sorted(contents)} vs header {sorted(header['quotes'])}")
    for n in set(cues) | set(sources):
        if n not in contents:
            raise SrcError(f"{where}: cue/source for q{n}, which has no content")
    return Draft(doc_id, where, header, text, contents, cues, sources, non_quotes)


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


def check_watched(m: dict, people: dict[str, str], header: dict, where: str) -> None:
    """A watched speaker has its id and full name and is among the document's people; a speaker who only
    shares a watched name is listed as a namesake."""
    if m["speaker_id"] is not None:
        if m["speaker_id"] not in people:
            raise SrcError(f"{where}: unknown speaker_id {m['speaker_id']!r}")
        if m["speaker"] != people[m["speaker_id"]]:
            raise SrcError(f"{where}: speaker of {m['speaker_id']} must be {people[m['speaker_id']]!r}")
        if m["speaker_id"] not in header["people"]:
            raise SrcError(f"{where}: {m['speaker_id']} speaks but is not in the document's people")
    elif m["speaker"] in people.values() and not any(
            people[pid] == m["speaker"] for pid in header.get("namesakes", [])):
        raise SrcError(f"{where}: {m['speaker']} is watched; give the speaker_id (or list a namesake)")


def credited_source(text: str, m: dict, source, pronouns: set[str], where: str) -> tuple[str | None, bool]:
    """The source mention as written, and whether it is a pronoun (which the pronoun flag must say)."""
    source_text = text[slice(*source)] if source else None
    is_pronoun = source_text is not None and source_text.lower() in pronouns
    if m["pronoun"] != is_pronoun:
        raise SrcError(f"{where}: pronoun flag says {m['pronoun']} but the source is {source_text!r}")
    return source_text, is_pronoun


def check_credit(text: str, m: dict, cue, source, is_pronoun: bool, where: str) -> None:
    """The cue and source each shape of the first format wants (or does without)."""
    shape = m["shape"]
    if shape == "role_only" and (m["speaker"] is not None or not m["role"] or source is None):
        raise SrcError(f"{where}: role_only wants speaker '-', a role and a source span")
    if shape == "pronoun" and not is_pronoun:
        raise SrcError(f"{where}: shape pronoun wants a pronoun source")
    if shape == "continuation" and (cue or source):
        raise SrcError(f"{where}: a continuation inherits its speaker: no cue or source")
    if shape not in ("continuation", "multi_paragraph") and not (cue and source):
        raise SrcError(f"{where}: shape {shape} wants a cue and a source")
    if shape == "according_to" and text[slice(*cue)].lower() != "according to":
        raise SrcError(f"{where}: according_to wants the cue 'according to'")
    if shape == "dash" and text[slice(*cue)] not in ("—", "–", "--"):
        raise SrcError(f"{where}: dash wants the dash as its cue")
    if shape == "told" and not text[slice(*cue)].startswith("told"):
        raise SrcError(f"{where}: told wants a cue starting with 'told'")


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


def labelled_spans(quotes: list[dict], non_quotes: list[dict]) -> list[tuple[int, int]]:
    return [tuple(q["content"]) for q in quotes] + [tuple(n["span"]) for n in non_quotes]


def check_marks(text: str, quotes: list[dict], non_quotes: list[dict], stray_marks: int, where: str) -> None:
    """Every double quote mark opens or closes a labelled quote or non-quote, or is declared stray."""
    accounted = set()
    for span in labelled_spans(quotes, non_quotes):
        accounted.add(span[0] - 1)
        if span[1] < len(text) and text[span[1]] in CLOSE_MARKS:
            accounted.add(span[1])
        elif text[span[1]:span[1] + 1] == "," and text[span[1] + 1:span[1] + 2] in CLOSE_MARKS:
            accounted.add(span[1] + 1)
    stray = [i for i, c in enumerate(text) if c in QUOTE_CHARS and i not in accounted]
    if len(stray) != stray_marks:
        shown = ", ".join(repr(text[max(0, i - 25):i + 10]) for i in stray)
        raise SrcError(f"{where}: {len(stray)} unlabelled quote marks (declare stray_marks: N if meant): {shown}")


def check_labels(text: str, header: dict, people: dict[str, str], where: str) -> dict:
    """Document-level labels against the text; returns the local-enforcement query per tokenization."""
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
    return results


def record(draft: Draft, quotes: list[dict]) -> dict:
    """The document as the JSON holds it."""
    return {"id": draft.id, "confounder": draft.header["confounder"], "text": draft.text,
            "topics": sorted(draft.header["topics"]), "people": sorted(draft.header["people"]),
            "quotes": quotes, "non_quotes": sorted(draft.non_quotes, key=lambda q: q["span"])}


def namesake_surnames(text: str, header: dict, people: dict[str, str]) -> list[str]:
    """Watched people not labelled in the document whose surname it writes, for the report."""
    return [pid for pid, name in people.items()
            if pid not in header["people"] and re.search(rf"\b{re.escape(name.split()[-1])}\b", text)]


# ---------------------------------------------------------------------------------------------- report

def quotes_line(docs: list[dict]) -> str:
    """The report's quotes line: how many, how many in straight marks, documents by the marks they use."""
    quotes = [q for d in docs for q in d["quotes"]]
    straight = sum(1 for d in docs if '"' in d["text"] and "“" not in d["text"])
    curly = sum(1 for d in docs if "“" in d["text"] and '"' not in d["text"])
    q_straight = sum(1 for d in docs for q in d["quotes"] if d["text"][q["content"][0] - 1] == '"')
    return (f"quotes      {len(quotes)} ({q_straight} in straight marks); documents: {straight} straight, "
            f"{curly} curly, {len(docs) - straight - curly} mixed or none")


def report_people_and_non_quotes(docs: list[dict], facts: list[dict]) -> None:
    """The report's last two lines, the same for every set."""
    people_counts = Counter(p for d in docs for p in d["people"])
    nq = Counter(n["kind"] for d in docs for n in d["non_quotes"])
    print("people      " + ", ".join(f"{p} {n}" for p, n in sorted(people_counts.items()))
          + f"; documents with a namesake surname {sum(1 for f in facts if f['namesake_surname'])}")
    print("non-quotes  " + ", ".join(f"{k} {nq[k]}" for k in NON_QUOTE_KINDS) + f" (total {sum(nq.values())})")


# ------------------------------------------------------------------------------------------------ main

def compact(data: dict) -> str:
    """Indented JSON with each [start, end] pair kept on one line."""
    raw = json.dumps(data, ensure_ascii=False, indent=1)
    return re.sub(r"\[\s+(\d+),\s+(\d+)\s+\]", r"[\1, \2]", raw) + "\n"


def build(labelled: LabelledSet) -> tuple[dict, list[dict]]:
    watch = tomllib.loads(WATCHLIST.read_text(encoding="utf-8"))
    topics = {t["id"] for t in watch.get("topics", [])} | set(EXTRA_TOPICS)
    people = {p["id"]: p["name"] for p in watch.get("people", [])}
    documents, facts, seen = [], [], set()
    for line_no, lines in split_documents(labelled.src.read_text(encoding="utf-8")):
        document, fact = labelled.build_document(labelled, line_no, lines, topics, people)
        if document["id"] in seen:
            raise SrcError(f"{document['id']}: duplicate id")
        seen.add(document["id"])
        documents.append(document)
        facts.append(fact)
    prefix = labelled.id_prefix
    expected = [f"{prefix}-{i:03d}" for i in range(1, len(documents) + 1)]
    if labelled.ids_in_order and [d["id"] for d in documents] != expected:
        raise SrcError(f"ids must run {prefix}-001, {prefix}-002, ... in order without gaps")
    return {"watchlist": WATCHLIST_REF, "documents": documents}, facts


def show(data: dict, ids: list[str]) -> None:
    """Print documents with their labels marked inline, for proofreading: ⟦n:quote⟧, ⟨kind:non-quote⟩."""
    for doc in data["documents"]:
        if ids and doc["id"] not in ids:
            continue
        text = doc["text"]
        marks = []
        for n, q in enumerate(doc["quotes"], 1):
            marks += [(q["content"][0], f"⟦{n}:"), (q["content"][1], "⟧")]
        for nq in doc["non_quotes"]:
            marks += [(nq["span"][0], f"⟨{nq['kind']}:"), (nq["span"][1], "⟩")]
        out = text
        for pos, mark in sorted(marks, key=lambda m: -m[0]):
            out = out[:pos] + mark + out[pos:]
        print(f"==== {doc['id']} confounder={doc['confounder']} topics={doc['topics']} people={doc['people']}")
        print(out)
        for n, q in enumerate(doc["quotes"], 1):
            cue = text[slice(*q["cue"])] if q["cue"] else None
            source = text[slice(*q["source"])] if q["source"] else None
            kind = f"{q['kind']:<11} " if "kind" in q else ""  # the first format has no kinds
            print(f"  {n}: {q['shape']:<16} {kind}speaker={q['speaker']!r} id={q['speaker_id']} "
                  f"role={q['role']!r} cue={cue!r} source={source!r}")


def main(labelled: LabelledSet, argv: list[str]) -> int:
    """The command line of every builder (see the top of this file)."""
    try:
        data, facts = build(labelled)
    except SrcError as error:
        print(f"{labelled.src.name}: {error}", file=sys.stderr)
        return 1
    if "--show" in argv:
        show(data, [i for a in argv if a != "--show" for i in a.split(",")])
        return 0
    output = compact(data)
    if "--check" in argv:
        if not labelled.out.exists() or labelled.out.read_text(encoding="utf-8") != output:
            print(f"{labelled.out.name} is stale: run {labelled.builder}", file=sys.stderr)
            return 1
    else:
        labelled.out.write_text(output, encoding="utf-8")
    labelled.report(data, facts)
    for warning in dict.fromkeys(w for fact in facts for w in fact.get("warnings", ())):  # each once
        print(f"check: {warning}", file=sys.stderr)
    return 0
