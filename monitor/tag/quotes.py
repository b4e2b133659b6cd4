"""Direct quotations and who said them.

Quote marks are paired per paragraph (curly or straight; an unclosed mark runs to the paragraph end,
the news convention for a quote that continues). A candidate counts as a quotation when a speech verb
attributes it, `"...," said X` / `"...," X said` / `X said: "..."`, when it shares a paragraph with an
attributed one, or when it fills its paragraph; short unattributed strings are scare quotes or titles.
Speakers are resolved to the fullest form of their name in the document ("Tramonte" → "Lynn Tramonte").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from ..records import QuoteHit
from .watchlist import PEOPLE_KEY, TITLES

if not Doc.has_extension("monitor_quotes"):
    Doc.set_extension("monitor_quotes", default=None)

CUES = ("said", "says", "added", "adds", "told reporters", "stated", "explained", "noted", "wrote",
        "writes", "asked", "argued", "insisted", "warned", "continued", "recalled", "testified")
_CUE = "(?P<cue>" + "|".join(re.escape(c) for c in CUES) + ")"
_NAME_WORD = r"[A-Z][\w’'.\-]*"
_NAME = rf"(?P<name>{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|de|del|da|van|von|der|la|le|bin|al))*)"
AFTER_CUE_NAME = re.compile(rf"^\s*,?\s*{_CUE}\s+{_NAME}")
AFTER_NAME_CUE = re.compile(rf"^\s*,?\s*{_NAME}\s+{_CUE}\b")
BEFORE = re.compile(rf"{_NAME}\s+{_CUE}(?:\s+that)?\s*[,:]?\s*$")
# A speech verb with a speaker we cannot name ("she said", "the sheriff added"): a quote, speaker unknown.
AFTER_ANY = re.compile(rf"^\s*,?\s*(?:[\w’'.-]+\s+){{0,4}}?{_CUE}\b")
BEFORE_ANY = re.compile(rf"\b{_CUE}(?:\s+that)?\s*[,:]?\s*$")
NOT_NAMES = frozenset(
    "He She They It We I You This That These Those There The A An His Her Their Its Officials Police Critics "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today Yesterday".split()
)
OPENERS = "“\""
CLOSERS = "”\""
MIN_ATTRIBUTED_WORDS = 2
MIN_UNATTRIBUTED_WORDS = 6
FILLS_PARAGRAPH = 0.8


@dataclass
class _Candidate:
    start: int  # content start (after the opening mark)
    end: int  # content end (before the closing mark)
    mark_start: int
    mark_end: int
    paragraph: tuple[int, int]
    speaker: str | None = None
    cue: str | None = None


class QuoteFinder:
    """The `monitor_quotes` component: sets doc._.monitor_quotes to a list of QuoteHit."""

    def __call__(self, doc: Doc) -> Doc:
        candidates = list(_candidates(doc.text))
        for cand in candidates:
            _attribute(doc, cand)
        quotes = _keep(doc.text, candidates)
        names = _NameBook(doc, [c.speaker for c in quotes if c.speaker])
        doc._.monitor_quotes = [
            QuoteHit(doc.text[c.start:c.end], c.start, c.end, names.fullest(c.speaker),
                     names.person_id(c.speaker), c.cue)
            for c in quotes
        ]
        return doc


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in re.finditer(r"\n", text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _candidates(text: str):
    """Pair quote marks within each paragraph; odd counts never spill into the next paragraph."""
    for para in _paragraphs(text):
        opened: int | None = None
        for pos in range(*para):
            char = text[pos]
            if opened is None and char in OPENERS:
                opened = pos
            elif opened is not None and char in CLOSERS:
                yield _trimmed(text, opened, pos + 1, para)
                opened = None
        if opened is not None:
            yield _trimmed(text, opened, para[1], para)


def _trimmed(text: str, mark_start: int, mark_end: int, para: tuple[int, int]) -> _Candidate:
    start = mark_start + 1
    end = mark_end - 1 if text[mark_end - 1] in CLOSERS and mark_end - 1 > mark_start else mark_end
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return _Candidate(start, end, mark_start, mark_end, para)


def _attribute(doc: Doc, cand: _Candidate) -> None:
    """Find `"...," said X`, `"...," X said` after the quote, or `X said: "..."` before it."""
    text = doc.text
    after = text[cand.mark_end: cand.paragraph[1]]
    for pattern in (AFTER_CUE_NAME, AFTER_NAME_CUE):
        match = pattern.match(after)
        # Mid-sentence after a quote, a capital letter already says "proper noun": trust it over the tagger.
        if match and _set_speaker(doc, cand, match, cand.mark_end, trust_capitals=True):
            return
    stop = text.rfind(". ", cand.paragraph[0], cand.mark_start)
    sentence_start = stop + 2 if stop != -1 else cand.paragraph[0]
    before = text[sentence_start: cand.mark_start]
    match = BEFORE.search(before)
    if match and _set_speaker(doc, cand, match, sentence_start):
        return
    unnamed = AFTER_ANY.match(after) or BEFORE_ANY.search(before)
    if unnamed:
        cand.cue = unnamed.group("cue")


def _set_speaker(doc: Doc, cand: _Candidate, match: re.Match[str], offset: int, *, trust_capitals: bool = False) -> bool:
    words = match.group("name").split()
    while words and words[0] in TITLES:
        words.pop(0)
    name = " ".join(words).rstrip(".")
    name = re.sub(r"[’']s?$", "", name)
    name_start = offset + match.start("name") + max(match.group("name").find(name), 0)
    if not name or words[0] in NOT_NAMES:
        return False
    if not trust_capitals and not _looks_like_name(doc, name_start, len(name)):
        return False
    cand.speaker, cand.cue = name, match.group("cue")
    return True


def _looks_like_name(doc: Doc, start: int, length: int) -> bool:
    span = doc.char_span(start, start + length, alignment_mode="expand")
    if span is None:
        return False
    if not doc.has_annotation("TAG") and not doc.has_annotation("ENT_IOB"):
        return True  # a blank pipeline has no tags: trust the capitals
    return any(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG") for t in span)


def _keep(text: str, candidates: list[_Candidate]) -> list[_Candidate]:
    """Attributed quotes; their unattributed neighbours in the same paragraph; quotes that fill a paragraph."""
    kept = []
    for cand in candidates:
        words = len(text[cand.start:cand.end].split())
        if cand.speaker is None:
            neighbour = next((c for c in candidates if c.paragraph == cand.paragraph and c.speaker), None)
            if neighbour and words >= MIN_ATTRIBUTED_WORDS:
                cand.speaker, cand.cue = neighbour.speaker, neighbour.cue
        para_len = len(text[cand.paragraph[0]:cand.paragraph[1]].strip())
        fills = (cand.mark_end - cand.mark_start) >= FILLS_PARAGRAPH * para_len
        if (cand.speaker or cand.cue) and words >= MIN_ATTRIBUTED_WORDS:
            kept.append(cand)
        elif words >= MIN_UNATTRIBUTED_WORDS and fills:
            kept.append(cand)
    return kept


def _name_runs(doc: Doc, surname: str) -> list[str]:
    """Capitalised runs ending in `surname` ("Maria Okafor", "Sheriff Dale Ruiz" → "Dale Ruiz"), for when NER misses a name."""
    tagged = doc.has_annotation("TAG")
    runs = []
    for token in doc:
        if token.text != surname:
            continue
        start = token.i
        while start > 0 and token.i - start < 3:
            before = doc[start - 1]
            if not before.is_title or before.text in NOT_NAMES or (
                    tagged and before.pos_ != "PROPN" and before.ent_type_ != "PERSON"):
                break
            start -= 1
        words = [t.text for t in doc[start: token.i + 1]]
        while words and words[0] in TITLES:
            words.pop(0)
        if len(words) >= 2:
            runs.append(" ".join(words))
    return runs


class _NameBook:
    """Every name form in a document, to turn a surname into the fullest name and a watched person's id."""

    def __init__(self, doc: Doc, speakers: list[str]) -> None:
        self._ids: dict[str, str] = {}
        forms: list[str] = []
        for span in doc.spans.get(PEOPLE_KEY, []):
            self._ids[span.text] = span.label_
            forms.append(span.text)
        forms += [ent.text for ent in doc.ents if ent.label_ == "PERSON"]
        forms += speakers
        forms += [run for speaker in speakers for run in _name_runs(doc, speaker.split()[-1])]
        self._forms = [re.sub(r"[’']s$", "", f).strip() for f in forms]

    def fullest(self, name: str | None) -> str | None:
        """The longest name form in the document that ends with this name's last word and starts with its first."""
        if not name:
            return None
        last, first = name.split()[-1], name.split()[0]
        matches = [f for f in self._forms
                   if f.split()[-1:] == [last] and (len(name.split()) == 1 or f.split()[0] == first)]
        return max(matches, key=lambda f: (len(f.split()), len(f)), default=name)

    def person_id(self, name: str | None) -> str | None:
        full = self.fullest(name)
        return self._ids.get(full or "") or self._ids.get(name or "")
