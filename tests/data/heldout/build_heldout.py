"""Build tests/data/heldout/quotes.json from the hand-written tests/data/heldout/quotes.src.

    python -m tests.data.heldout.build_heldout            # from the repository root: validate, write, print counts
    python tests/data/heldout/build_heldout.py            # the same
    python -m tests.data.heldout.build_heldout --check    # validate and compare, write nothing (exit 1 if stale)
    python -m tests.data.heldout.build_heldout --show ho-004 ho-017   # print documents with labels marked

A blind, held-out evaluation set for the quotation tagger, written without sight of the tagger or of the
development set's texts. The .src format is the development set's (see the header of
tests/data/tagging_dev.src), extended as follows:

- document ids look like ``ho-001``;
- a quote header line has a fifth field, the speaker's kind, and an optional sixth, ``pronoun``:
      qN: shape | speaker | speaker_id | role | kind [| pronoun]
  kind is ``person`` (a named person: the fullest form of the name in the document), ``org`` (an
  organisation speaks: its fullest name as written in the document), ``description`` (an unnamed person
  described: the description as written, without a leading article: "DHS spokesperson", "officials") or
  ``none`` (nobody a careful reader can credit: speaker "-");
- new shapes: statement, partial, headline, organisation, description, other_cue (see SHAPE_HELP);
- the pronoun flag also covers "it", "you", "I" and "we" sources (an agency that "said in a statement"
  and then "it said"; a hearing witness told "as you wrote"; a speaker quoting their own words);
- ``note:`` lines are exported as the document's "notes" (a list), for the scorer's reader.

Validation is at least as strict as the development set's: every double quote mark is accounted for,
content offsets sit inside the marks, cues and sources stand where the shape says, topic and people labels
agree with config/watchlist.toml (ICE, Secure Communities, the local-enforcement boolean query with its
tokenization margin, full names of watched people), plus checks for the new kinds and shapes.

This file holds what is particular to the held-out format (the quote header line, kinds, the new shapes,
their checks, the report). What it shares with the development set's builder (reading the .src, the checks
both formats make, the JSON and the command line) is in tests/data/labelled_sets.py. The development sets
written in this format are built by the same code: dev2/build_dev2.py, dev3/build_dev3.py and
dev4/build_dev4.py call labelled_set() with their own folder, id prefix and word range (this set: ``ho-NNN``,
150-900 words).

The output is deterministic: the same .src always gives byte-identical JSON.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent
sys.dont_write_bytecode = True  # set before the import below, so no __pycache__ appears next to the builders
if str(DATA) not in sys.path:
    sys.path.insert(0, str(DATA))  # tests/data, where labelled_sets.py stands

import labelled_sets  # noqa: E402
from labelled_sets import (  # noqa: E402
    CLOSE_MARKS, LabelledSet, SrcError, check_content, check_credit, check_labels, check_marks, check_shape,
    check_watched, credited_source, labelled_spans, main, namesake_surnames, paragraph_bounds, quotes_line,
    read_document, record, report_people_and_non_quotes,
)

NEW_SHAPES = ("statement", "partial", "headline", "organisation", "description", "other_cue")
SHAPES = labelled_sets.SHAPES + NEW_SHAPES
SHAPE_HELP = {
    "statement": "the 'following statement' family or a 'Statement of X on Y' title; the quote opens a later "
                 "paragraph; cue contains the word 'statement', source names the speaker",
    "partial": "a short quoted phrase inside reported speech (called, described ... as, said); cue and source "
               "in the same paragraph, the quote does not open its sentence",
    "headline": "a quote credited in the headline ('X On Y: \u201c...\u201d'); content, cue and source all in "
                "the first paragraph",
    "organisation": "an organisation speaks in the quote's own sentence ('ICE said', 'the Post wrote')",
    "description": "an unnamed, described person speaks in the quote's own sentence ('a DHS spokesperson said')",
    "other_cue": "a cue that is not said/says where no positional shape fits (e.g. 'Wrote Sharry: ...')",
}
KINDS = ("person", "org", "description", "none")
PRONOUNS = labelled_sets.PRONOUNS | {"it", "its", "you", "i", "we"}
SAID = {"said", "says", "say"}
ARTICLES = ("a ", "an ", "the ")
PARTIAL_MAX_WORDS = 30
TITLE_WORDS = {"mr", "mrs", "ms", "dr", "rev", "sen", "rep", "gov", "sgt", "col", "lt", "capt", "gen", "sister",
               "sheriff", "chief", "director", "secretary", "judge", "commissioner", "supervisor", "mayor",
               "captain", "president", "governor", "criminologist", "strategist", "whip", "majority", "minority", "leader", "speaker", "by", "from", "with", "of", "for", "to", "at", "both", "that", "said", "says", "wrote", "when", "as", "in", "on", "after", "asked", "but", "and", "then", "later", "ice director", "coach", "goaltender", "deputies", "nominee", "principal", "even", "republican", "democrat", "businessman", "host", "analyst", "rev.", "sen.", "rep.", "gov.", "sgt.", "col.", "dr.", "mr.", "ms.", "mrs.", "undersheriff", "deputy", "officer", "attorney", "general",
               "county", "police", "executive", "council", "member", "host", "coach", "state", "the", "former",
               "u.s.", "district", "ice", "homeland", "security", "chairman", "chairwoman", "sergeant"}


# --------------------------------------------------------------------------------------------- parsing

def parse_quote_meta(value: str, where: str) -> dict:
    fields = [f.strip() for f in value.split("|")]
    if len(fields) not in (5, 6):
        raise SrcError(f"{where}: want 'shape | speaker | speaker_id | role | kind [| pronoun]', got {value!r}")
    shape, speaker, speaker_id, role = (None if f == "-" else f for f in fields[:4])
    kind = fields[4]
    if shape not in SHAPES:
        raise SrcError(f"{where}: unknown shape {shape!r}")
    if kind not in KINDS:
        raise SrcError(f"{where}: unknown kind {kind!r} (want one of {', '.join(KINDS)})")
    if len(fields) == 6 and fields[5] != "pronoun":
        raise SrcError(f"{where}: the sixth field can only be 'pronoun'")
    return {"shape": shape, "speaker": speaker, "speaker_id": speaker_id, "role": role, "kind": kind,
            "pronoun": len(fields) == 6}


# ------------------------------------------------------------------------------------------ validation

def paragraph_index(text: str, position: int) -> int:
    for index, (start, end) in enumerate(paragraph_bounds(text)):
        if start <= position <= end:
            return index
    raise ValueError(position)


def _initials(name: str) -> str:
    """Capital initials of a name's capitalised words ("U.S. Immigration and Customs Enforcement" -> "USICE")."""
    out = []
    for word in re.findall(r"[A-Za-z][A-Za-z.'\u2019-]*", name):
        if word[0].isupper():
            out.append(word.replace(".", "") if word.replace(".", "").isupper() else word[0])
    return "".join(out)


def _is_subsequence(small: str, big: str) -> bool:
    it = iter(big)
    return all(c in it for c in small)


def _plain_words(value: str) -> list[str]:
    return value.replace("\u2019", "'").split()


def check_source(m: dict, source_text: str | None, is_pronoun: bool, where: str) -> None:
    """The source mention must be a form of the speaker, per kind."""
    if not source_text or is_pronoun or m["speaker"] is None:
        return
    lowered = source_text.lower()
    nominal = lowered.startswith(ARTICLES) or lowered.startswith(("its ", "their ", "his ", "her "))
    if m["kind"] == "person":
        if not nominal and not all(w in _plain_words(m["speaker"]) for w in _plain_words(source_text)):
            raise SrcError(f"{where}: source {source_text!r} is not a form of speaker {m['speaker']!r}")
    elif m["kind"] == "org":
        words_ok = all(w.strip("'s") in " ".join(_plain_words(m["speaker"])) for w in _plain_words(source_text))
        acronym = source_text.replace(".", "").isupper() and _is_subsequence(
            source_text.replace(".", "").replace(" ", ""), _initials(m["speaker"]))
        if not (nominal or words_ok or acronym):
            raise SrcError(f"{where}: source {source_text!r} is not a form of organisation {m['speaker']!r}")
    elif m["kind"] == "description":
        if m["speaker"].lower() not in lowered and not nominal:
            raise SrcError(f"{where}: description source {source_text!r} does not contain {m['speaker']!r}")


def check_kind(m: dict, text: str, people: dict[str, str], header: dict, where: str) -> None:
    kind, speaker = m["kind"], m["speaker"]
    if kind == "none":
        if speaker is not None or m["speaker_id"] is not None:
            raise SrcError(f"{where}: kind none wants speaker '-' and speaker_id '-'")
        return
    if speaker is None:
        raise SrcError(f"{where}: kind {kind} wants a speaker")
    if kind != "person" and m["speaker_id"] is not None:
        raise SrcError(f"{where}: only a person can be a watched speaker")
    if kind == "description":
        if speaker.lower().startswith(ARTICLES):
            raise SrcError(f"{where}: a description speaker is written without its leading article")
        if speaker.lower() not in text.lower():
            raise SrcError(f"{where}: description {speaker!r} is not written in the text")
    elif speaker not in text:
        raise SrcError(f"{where}: speaker {speaker!r} is not written in the text")
    if kind == "org" and m["role"] is not None:
        raise SrcError(f"{where}: an organisation has no role")


def check_new_shape(text: str, m: dict, content: tuple[int, int], cue, source, where: str) -> None:
    shape = m["shape"]
    cue_text = text[slice(*cue)] if cue else ""
    q_para = paragraph_index(text, content[0])
    if shape in ("organisation",) and m["kind"] != "org":
        raise SrcError(f"{where}: shape organisation wants kind org")
    if shape == "description" and m["kind"] != "description":
        raise SrcError(f"{where}: shape description wants kind description")
    if shape in ("organisation", "description", "other_cue", "partial"):
        if paragraph_index(text, cue[0]) != q_para or paragraph_index(text, source[0]) != q_para:
            raise SrcError(f"{where}: shape {shape} wants cue and source in the quote's paragraph")
    if shape == "other_cue" and cue_text.lower().split()[0] in SAID:
        raise SrcError(f"{where}: other_cue wants a cue other than said/says")
    if shape == "statement":
        if "statement" not in cue_text.lower():
            raise SrcError(f"{where}: a statement's cue contains the word 'statement': {cue_text!r}")
        if paragraph_index(text, cue[0]) >= q_para or paragraph_index(text, source[0]) >= q_para:
            raise SrcError(f"{where}: a statement's cue and source stand in an earlier paragraph")
    if shape == "headline":
        if q_para != 0 or paragraph_index(text, cue[0]) != 0 or paragraph_index(text, source[0]) != 0:
            raise SrcError(f"{where}: a headline quote, its cue and source are in the first paragraph")
    if shape == "partial":
        para_start = paragraph_bounds(text)[q_para][0]
        if content[0] - 1 == para_start:
            raise SrcError(f"{where}: a partial quote does not open its paragraph")
        before = text[para_start:content[0] - 1].rstrip()
        if before.endswith((":", ".", "?", "!")) and not before.endswith(("Jr.", "Sr.", "St.", "U.S.")):
            raise SrcError(f"{where}: a partial quote sits inside a sentence, not after {before[-15:]!r}")
        if len(text[slice(*content)].split()) > PARTIAL_MAX_WORDS:
            raise SrcError(f"{where}: a partial quote is short (at most {PARTIAL_MAX_WORDS} words)")


def _name_forms(text: str, surname: str) -> set[str]:
    """Name sequences in the text that end with the surname: the capitalised words (and name particles) just
    before it, stopping at a title or any other word."""
    particles = {"de", "la", "del", "van", "von", "da", "di", "le"}
    forms = set()
    for match in re.finditer(rf"\b{re.escape(surname)}\b", text):
        para_start = text.rfind("\n\n", 0, match.start()) + 1
        before = re.findall(r"\S+", text[max(para_start, match.start() - 80):match.start()])
        words = [surname]
        for word in reversed(before):
            if word.endswith((",", ";", ":", ".\u201d", "\u201d", '"')) and not re.fullmatch(r"[A-Z]\.", word):
                break
            if word.lower() in TITLE_WORDS or word.endswith(("\u2019s", "'s")):
                break
            if not (word[:1].isupper() or word in particles):
                break
            words.insert(0, word)
        forms.add(" ".join(words))
    return forms


def check_consistency(quotes: list[dict], text: str, where: str, warnings: list[str]) -> None:
    """One speaker, one speaker_id, one role and one kind per document; continuations inherit; person
    speakers are written in their fullest form. Doubts go to warnings, for the editor to look at (they do
    not stop the build)."""
    seen: dict[str, tuple] = {}
    for index, q in enumerate(quotes):
        if q["speaker"] is not None:
            key = (q["speaker_id"], q["role"], q["kind"])
            if seen.setdefault(q["speaker"], key) != key:
                raise SrcError(f"{where}: speaker {q['speaker']!r} has two labellings: {seen[q['speaker']]} vs {key}")
        if q["shape"] in ("continuation", "multi_paragraph") and q["cue"] is None and q["kind"] != "none":
            before = [o for o in quotes[:index] if o["content"][0] < q["content"][0]]
            if before and before[-1]["speaker"] != q["speaker"]:
                raise SrcError(f"{where}: uncredited stretch at {q['content']} does not continue the quote before "
                               f"it ({before[-1]['speaker']!r} vs {q['speaker']!r})")
        if q["kind"] == "org" and q["speaker"]:
            longer = re.search(rf"(?:U\.S\. |[A-Z][\w\u2019'.-]+ ){re.escape(q['speaker'])}", text)
            if longer and longer.group(0) != q["speaker"] and not q["speaker"].startswith(("The ", "U.S. ")) \
                    and not re.match(r"(?:The|In|At|But|And|After|When|Said|Asked|Officials|Officers|By|With|Of|For|From) ",
                                     longer.group(0)):
                warnings.append(f"{where}: organisation {q['speaker']!r} but the text also writes {longer.group(0)!r}")
        if q["kind"] == "person" and q["speaker"]:
            name = q["speaker"]
            surname = name.split()[-1] if not re.fullmatch(r"(Jr\.|Sr\.|II|III|IV)", name.split()[-1]) else name.split()[-2]
            for form in _name_forms(text, surname):
                if len(form) > len(name) and name in form and "\n" not in form:
                    raise SrcError(f"{where}: speaker {name!r} but the text writes {form!r}")


def build_document(labelled: LabelledSet, line_no: int, lines: list[str], topics: set[str],
                   people: dict[str, str]) -> tuple[dict, dict]:
    draft = read_document(line_no, lines, labelled.id_prefix, parse_quote_meta, topics, people, unique=True)
    text, header, where, contents = draft.text, draft.header, draft.where, draft.contents
    for n, span in list(draft.cues.items()) + list(draft.sources.items()):
        for m_, c in contents.items():
            if span[0] < c[1] and c[0] < span[1]:
                raise SrcError(f"{where}: a cue or source of q{n} lies inside the content of q{m_}")

    quotes = []
    for n in sorted(contents, key=lambda k: contents[k]):
        m, qwhere = header["quotes"][n], f"{where} q{n}"
        check_content(text, *contents[n], qwhere)
        cue, source = draft.cues.get(n), draft.sources.get(n)
        check_watched(m, people, header, qwhere)
        check_kind(m, text, people, header, qwhere)
        if m["role"] is not None and m["role"].lower() not in text.lower():
            raise SrcError(f"{qwhere}: role {m['role']!r} is not written in the text")
        if m["role"] is not None and m["role"].lower().startswith(ARTICLES):
            raise SrcError(f"{qwhere}: a role is written without its leading article")
        source_text, is_pronoun = credited_source(text, m, source, PRONOUNS, qwhere)
        check_source(m, source_text, is_pronoun, qwhere)
        check_credit(text, m, cue, source, is_pronoun, qwhere)
        shape = m["shape"]
        if shape == "pronoun" and paragraph_index(text, cue[0]) != paragraph_index(text, contents[n][0]):
            raise SrcError(f"{qwhere}: a pronoun credit stands in the quote's paragraph")
        check_shape(text, shape, contents[n], cue, source, qwhere)
        if shape in NEW_SHAPES:
            check_new_shape(text, m, contents[n], cue, source, qwhere)
        quotes.append({"content": list(contents[n]), "cue": list(cue) if cue else None,
                       "source": list(source) if source else None, "speaker": m["speaker"],
                       "speaker_id": m["speaker_id"], "role": m["role"], "shape": shape,
                       "pronoun": m["pronoun"], "kind": m["kind"]})

    # continuation / multi_paragraph stretches without a credit must follow an earlier quote
    for q in quotes:
        if q["shape"] in ("continuation", "multi_paragraph") and q["cue"] is None:
            if not any(o["content"][0] < q["content"][0] for o in quotes):
                raise SrcError(f"{where}: an uncredited {q['shape']} stretch with no earlier quote")

    check_marks(text, quotes, draft.non_quotes, header.get("stray_marks", 0), where)
    # A paragraph never mixes straight and curly double marks inside one labelled span's pair.
    for span in labelled_spans(quotes, draft.non_quotes):
        opener = text[span[0] - 1]
        closer = text[span[1]] if span[1] < len(text) else ""
        if closer == ",":
            closer = text[span[1] + 1]
        if closer in CLOSE_MARKS and (opener == '"') != (closer == '"'):
            raise SrcError(f"{where}: straight and curly marks mixed around {text[span[0]:span[1]][:40]!r}")

    # Document-level labels against the text: the development set's checks, and more.
    if "unlawful detainer" in text.lower():
        raise SrcError(f"{where}: 'unlawful detainer' is excluded by the watchlist query: the dev checks "
                       "do not model it, so keep it out of this set")
    results = check_labels(text, header, people, where)
    for pid in header.get("namesakes", []):
        if pid in header["people"]:
            raise SrcError(f"{where}: {pid} is both a watched person and a namesake")
    if header.get("namesakes") and not header["confounder"]:
        raise SrcError(f"{where}: a namesake is a planted trap: mark the document as a confounder")

    words = len(re.findall(r"\S+", text))
    words_min, words_max = labelled.words
    if not words_min <= words <= words_max:
        raise SrcError(f"{where}: {words} words; documents run {words_min}-{words_max} words")
    warnings: list[str] = []
    check_consistency(quotes, text, where, warnings)
    document = record(draft, quotes)
    if header.get("notes"):
        document["notes"] = header["notes"]
    facts = {"le_closest": results["split"][1], "words": words,
             "namesake_surname": namesake_surnames(text, header, people), "warnings": warnings}
    return document, facts


# ---------------------------------------------------------------------------------------------- report

def report(data: dict, facts: list[dict]) -> None:
    docs = data["documents"]
    quotes = [q for d in docs for q in d["quotes"]]
    shapes = Counter(q["shape"] for q in quotes)
    kinds = Counter(q["kind"] for q in quotes)
    topic_counts = Counter(t for d in docs for t in d["topics"])
    watched = Counter(q["speaker_id"] for q in quotes if q["speaker_id"])
    watched_shapes = Counter(q["shape"] for q in quotes if q["speaker_id"])
    words = [f["words"] for f in facts]
    print(f"documents   {len(docs)} ({sum(d['confounder'] for d in docs)} confounders, "
          f"{sum(1 for d in docs if not d['topics'])} with no topic); words {min(words)}-{max(words)}, "
          f"total {sum(words)}")
    print(quotes_line(docs))
    print("shapes      " + ", ".join(f"{s} {shapes[s]}" for s in SHAPES))
    print("kinds       " + ", ".join(f"{k} {kinds[k]}" for k in KINDS))
    print(f"speakers    {sum(watched.values())} watched ("
          + ", ".join(f"{p} {n}" for p, n in sorted(watched.items())) + "); watched by shape: "
          + ", ".join(f"{s} {n}" for s, n in sorted(watched_shapes.items())))
    print(f"            {sum(1 for q in quotes if q['speaker'] and not q['speaker_id'] and q['kind'] == 'person')} "
          f"other named, {kinds['org'] + kinds['description']} organisation/description, "
          f"{sum(1 for q in quotes if not q['speaker'])} null; pronoun sources {sum(q['pronoun'] for q in quotes)}")
    family = 0
    for d in docs:
        in_statement = False
        for q in d["quotes"]:
            if q["shape"] == "statement":
                in_statement = True
            elif not (q["shape"] in ("multi_paragraph", "continuation") and q["cue"] is None):
                in_statement = False
            family += in_statement
    print(f"statement family {family} quotes ({shapes['statement']} statement stretches and "
          f"{family - shapes['statement']} later stretches of the same statements); "
          f"{sum(1 for q in quotes if q['shape'] in ('multi_paragraph', 'continuation'))} "
          f"continuation/multi_paragraph stretches in all")
    print("topics      " + ", ".join(f"{t} {n}" for t, n in sorted(topic_counts.items())))
    report_people_and_non_quotes(docs, facts)


# -------------------------------------------------------------------------------------------------- sets

def labelled_set(builder: str, id_prefix: str, words: tuple[int, int], **changes) -> LabelledSet:
    """A set in the held-out format: quotes.src beside the builder file (give it __file__), built into
    quotes.json beside it, with ids PREFIX-001, PREFIX-002, ... and documents of words[0]-words[1] words.
    changes replace other fields of the LabelledSet (dev4 adds to build_document and report)."""
    folder = Path(builder).resolve().parent
    fields = {"build_document": build_document, "report": report, **changes}
    return LabelledSet(src=folder / "quotes.src", out=folder / "quotes.json", builder=Path(builder).name,
                       id_prefix=id_prefix, words=words, **fields)


HELDOUT = labelled_set(__file__, id_prefix="ho", words=(150, 900))

if __name__ == "__main__":
    sys.exit(main(HELDOUT, sys.argv[1:]))
