"""Direct quotations and who said them.

Quote marks are paired per paragraph (curly by direction, straight by alternation, inch marks skipped;
an unclosed mark runs to the paragraph's end, the news convention for a quote that continues in the
next paragraph). A candidate is attributed by the words around it, in every shape news uses:

    “...,” said X          “...,” X said / told reporters       X said: “...”   X said that “...”
    X continued:¶“...”     According to X, “...”                “...” — X       “...,” she said
    “...,” said a spokesperson for the sheriff (a role, no name)

then the rest: the second half of a split quote takes its paragraph's speaker, and a quote-only
paragraph after an attributed one takes that speaker unless someone else was named in between.
Short unattributed strings (scare quotes, titles) are dropped. Speakers resolve to the fullest name
in the document, with a role and a confidence (see speakers.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from ..records import QuoteHit
from .speakers import Mention, NameBook, is_person_name, strip_name, title_role
from .watchlist import TITLES

if not Doc.has_extension("monitor_quotes"):
    Doc.set_extension("monitor_quotes", default=None)

VERBS = ("said", "says", "added", "adds", "stated", "explained", "noted", "wrote", "writes", "asked", "asks",
         "argued", "insisted", "warned", "continued", "recalled", "testified", "declared", "replied", "responded",
         "acknowledged", "admitted", "conceded", "cautioned", "urged", "predicted", "announced", "emphasized",
         "emphasised", "stressed", "complained", "recounted", "remarked", "observed", "concluded", "countered",
         "maintained", "contended", "claimed", "posted", "tweeted", "pointed out", "went on")
# "told reporters", "told The Harbor Ledger", "told the board", "told a crowd": told plus its audience.
_TOLD = r"told\s+(?:(?:the|a|an)\s+[\w’'-]+(?:\s+[A-Z][\w’'.&-]*)*|[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*)*|[a-z]+)"
_CUE = "(?P<cue>" + _TOLD + "|" + "|".join(re.escape(v) for v in sorted(VERBS, key=len, reverse=True)) + \
       r")(?:\s+in\s+an?\s+(?:statement|interview|email|e-mail|post))?"
_NAME_WORD = r"[A-Z][\w’'.\-]*"
_NAME = rf"(?P<name>{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|de|del|da|van|von|der|la|le|bin|al))*)"
# ", deputy director of America's Voice," — lower-case words somewhere in it, so "In Linden Bay, Napolitano
# said" is not read as a name with a role. "3,000" may stand inside.
_APPOSITIVE = r"(?:,\s+(?P<role>(?=[^,“”\"]*\b[a-z])(?:[^,“”\"]|(?<=\d),(?=\d)){3,100}?),)?,?"
# A role in lower case before the name: "said coach Lyle Besserman", "general manager Harriet Lundquist said".
_PREROLE = (r"(?:(?P<prerole>(?!(?:a|an|the|one)\s)[a-z][\w’'-]*(?:\s+(?:of\s+)?[a-z][\w’'-]*){0,3}"
            r"(?<!\bthe)(?<!\bfor)(?<!\bof)(?<!\bat)(?<!\bto)(?<!\bby)(?<!\ba)(?<!\ban))\s+)?")
_LEAD = r"^\s*[,.!?]?\s*"  # what may stand between the closing mark and the attribution
_OF_PLACE = r"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)?"  # "Sheriff Wade Pollard of Linden County"

AFTER = [
    ("according_to", re.compile(rf"{_LEAD}(?P<cue>according\s+to)\s+{_PREROLE}{_NAME}")),
    ("said_after_name", re.compile(rf"{_LEAD}{_CUE}\s+{_PREROLE}{_NAME}")),
    # “...,” the developer, Victor Szabo, told the Falls Register.
    ("name_said_after", re.compile(rf"{_LEAD}(?P<role>(?:the|a|an)\s+[a-z][^,“”\"]*?),\s+{_NAME},?\s+{_CUE}\b")),
    ("name_said_after", re.compile(rf"{_LEAD}{_PREROLE}{_NAME}{_OF_PLACE}{_APPOSITIVE}\s+{_CUE}\b")),
    ("dash", re.compile(rf"^\s*[,.!?]?\s*(?:[—–]|--)\s*{_NAME}")),
]
AFTER_PRONOUN = [re.compile(rf"{_LEAD}(?P<pron>he|she|they)\s+{_CUE}\b"),
                 re.compile(rf"{_LEAD}{_CUE}\s+(?P<pron>he|she|they)\b")]
AFTER_ROLE = [re.compile(rf"{_LEAD}{_CUE}\s+(?P<role>(?:a|an|the|one)\s+[^,.“”\"]+)"),
              re.compile(rf"{_LEAD}(?P<role>(?:a|an|the|one)\s+[a-z][^,.“”\"]*?)\s+{_CUE}\b")]
AFTER_ANY = re.compile(rf"{_LEAD}(?:[\w’'.-]+\s+){{0,4}}?{_CUE}\b")

_TAIL = r"(?:\s+that)?\s*[,:]?\s*$"
BEFORE = [
    ("according_to", re.compile(rf"(?P<cue>[Aa]ccording\s+to)\s+{_NAME}(?:,\s+(?P<role>[^,“”\"]{{3,100}}))?,?\s*$")),
    ("name_said_before", re.compile(rf"{_NAME}{_OF_PLACE}{_APPOSITIVE}\s+{_CUE}{_TAIL}")),
]
BEFORE_PRONOUN = re.compile(rf"\b(?P<pron>[Hh]e|[Ss]he|[Tt]hey)\s+{_CUE}{_TAIL}")
BEFORE_ROLE = re.compile(rf"(?P<role>\b(?:[Tt]he|[Aa]n?|[Oo]ne)\s+[a-z][^,“”\"]*?)\s+{_CUE}{_TAIL}")
BEFORE_ANY = re.compile(rf"\b{_CUE}{_TAIL}")
# Words that make the quoted words a name, not speech: the report “Dying in Detention”.
TITLE_BEFORE = re.compile(r"\b(?:so-called|titled|entitled|called|named|dubbed|nicknamed|report|film|book|documentary|"
                          r"song|album|novel|play|series|slogan|headline|hashtag|campaign|sign|signs|banner|motto|"
                          r"bill|act|program|programme|policy|label|phrase|term|word|words)\s*$", re.IGNORECASE)

OPENERS, CLOSERS = "“\"", "”\""
MIN_ATTRIBUTED_WORDS = 2
MIN_UNATTRIBUTED_WORDS = 6
FILLS_PARAGRAPH = 0.8
CONFIDENCE = {"named": 0.95, "colon": 0.9, "paragraph": 0.85, "continuation": 0.7, "pronoun": 0.6, "title": 0.6,
              "context": 0.5}


@dataclass
class _Candidate:
    start: int  # content start (after the opening mark)
    end: int  # content end (before the closing mark)
    mark_start: int
    mark_end: int
    paragraph: tuple[int, int]
    previous_paragraph: tuple[int, int] | None  # the non-empty paragraph before this one, if any
    name: str | None = None  # as written near the quote, titles removed
    source: tuple[int, int] | None = None
    cue: str | None = None
    cue_span: tuple[int, int] | None = None
    role: str | None = None
    shape: str | None = None
    how: str | None = None  # key of CONFIDENCE
    speaker: str | None = None  # resolved

    @property
    def attributed(self) -> bool:
        return self.name is not None or self.speaker is not None

    @property
    def after_source(self) -> int:
        """Where the attribution ends: later names are not this quote's speaker."""
        return max(self.mark_end, self.source[1] if self.source else 0, self.cue_span[1] if self.cue_span else 0)


class QuoteFinder:
    """The `monitor_quotes` component: sets doc._.monitor_quotes to a list of QuoteHit."""

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        candidates = [c for c in _candidates(text) if c.end > c.start]
        pronouns: list[tuple[_Candidate, str]] = []
        for cand in candidates:
            pronoun = _attribute(text, cand)
            if pronoun:
                pronouns.append((cand, pronoun))
        speakers = [Mention(c.name, *c.source) for c in candidates if c.name and c.source]
        names = NameBook(doc, speakers)
        for cand in candidates:
            if cand.name:
                cand.speaker = names.fullest(cand.name, near=cand.mark_start)
        for cand, pronoun in pronouns:
            cand.speaker = names.pronoun(pronoun, cand.mark_start)
            cand.how = "pronoun" if cand.speaker else None
        for cand in candidates:  # "the sheriff said" → the sheriff named earlier
            if cand.shape == "role_only" and cand.role and re.match(r"(?i)the\s+\w+$", cand.role.strip()):
                cand.speaker = names.titled(cand.role, cand.mark_start)
                cand.how = "title" if cand.speaker else None
        _mark_split(candidates)
        kept = _keep(text, candidates, names)
        doc._.monitor_quotes = [_hit(text, c, names) for c in kept]
        return doc


def _hit(text: str, cand: _Candidate, names: NameBook) -> QuoteHit:
    role = cand.role or names.role(cand.speaker)
    return QuoteHit(text[cand.start:cand.end], cand.start, cand.end, cand.speaker, names.person_id(cand.speaker),
                    cand.cue, source=cand.source, cue_span=cand.cue_span, role=_clean_role(role),
                    confidence=CONFIDENCE.get(cand.how or "", 0.0) if cand.speaker else 0.0, shape=cand.shape)


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in re.finditer(r"\n", text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _candidates(text: str):
    """Pair quote marks within each paragraph; odd counts never spill into the next paragraph."""
    previous: tuple[int, int] | None = None
    for para in _paragraphs(text):
        opened: int | None = None
        for pos in range(*para):
            char = text[pos]
            if char == '"' and opened is None and _inch_mark(text, pos):
                continue
            if opened is None and char in OPENERS:
                opened = pos
            elif opened is not None and char in CLOSERS and (char == text[opened] or char == "”"):
                yield _trimmed(text, opened, pos + 1, para, previous)
                opened = None
            elif opened is not None and char == "“" and text[opened] == "“":
                opened = pos  # a curly opener without its closer: the later one starts the quote
        if opened is not None:
            yield _trimmed(text, opened, para[1], para, previous)
        previous = para


def _inch_mark(text: str, pos: int) -> bool:
    """6'2" or a 12" pipe: a straight double mark right after a digit cannot open a quote."""
    return pos > 0 and text[pos - 1].isdigit() and (pos + 1 == len(text) or not text[pos + 1].isalpha())


def _trimmed(text: str, mark_start: int, mark_end: int, para: tuple[int, int],
             previous: tuple[int, int] | None) -> _Candidate:
    start = mark_start + 1
    end = mark_end - 1 if text[mark_end - 1] in CLOSERS and mark_end - 1 > mark_start else mark_end
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return _Candidate(start, end, mark_start, mark_end, para, previous)


def _attribute(text: str, cand: _Candidate) -> str | None:
    """Attribute from the words after, then before, the quote; returns a pronoun still to resolve, if any."""
    after_at = cand.mark_end
    after = text[after_at: cand.paragraph[1]]
    for shape, pattern in AFTER:
        match = pattern.match(after)
        if match and _named(cand, match, after_at, shape):
            return None
    for pattern in AFTER_PRONOUN:
        if match := pattern.match(after):
            _set(cand, match, after_at, "pronoun")
            cand.source = (after_at + match.start("pron"), after_at + match.end("pron"))
            return match.group("pron")
    before_at, before = _before(text, cand)
    for shape, pattern in BEFORE:
        match = pattern.search(before)
        if match and _named(cand, match, before_at, shape):
            if before_at < cand.paragraph[0]:
                cand.shape, cand.how = "colon_paragraph", "colon"
            elif re.search(r"\bthat\s*$", before):
                cand.shape = "said_that"
            return None
    if match := BEFORE_PRONOUN.search(before):
        _set(cand, match, before_at, "pronoun")
        cand.source = (before_at + match.start("pron"), before_at + match.end("pron"))
        return match.group("pron")
    for pattern in AFTER_ROLE:
        if match := pattern.match(after):
            _set(cand, match, after_at, "role_only")
            cand.role = match.group("role")
            return None
    if match := BEFORE_ROLE.search(before):
        _set(cand, match, before_at, "role_only")
        cand.role = match.group("role")
        return None
    if match := AFTER_ANY.match(after):
        _set(cand, match, after_at, "cue_only")
    elif match := BEFORE_ANY.search(before):
        _set(cand, match, before_at, "cue_only")
    return None


def _before(text: str, cand: _Candidate) -> tuple[int, str]:
    """The sentence before the opening mark; for a quote opening its paragraph after one ending in a colon,
    the end of that paragraph ("Tramonte continued:" ¶ “...”)."""
    para_start = cand.paragraph[0]
    if not text[para_start: cand.mark_start].strip():
        previous = text[:para_start].rstrip()
        if previous.endswith(":"):
            start = _sentence_start(text, previous.rfind("\n") + 1, len(previous))
            return start, previous[start:]
    start = _sentence_start(text, para_start, cand.mark_start)
    return start, text[start: cand.mark_start]


def _sentence_start(text: str, low: int, high: int) -> int:
    """Where the sentence holding `high` starts (not after "Ms." or "Sen.": titles end in a period too)."""
    start = low
    for match in _SENTENCE_END.finditer(text, low, high):
        word = text[low: match.start() + 1].split()[-1:]
        if not word or word[0] not in _ABBREVIATIONS:
            start = match.end()
    return start


_SENTENCE_END = re.compile(r"[.?!][”\"’]?\s+")
# Words ending in a period that do not end a sentence: titles, and a few other abbreviations.
_ABBREVIATIONS = frozenset(t for t in TITLES if t.endswith(".")) | frozenset("St. Jr. Sr. U.S. Mt. No.".split())


def _named(cand: _Candidate, match: re.Match[str], offset: int, shape: str) -> bool:
    raw = match.group("name")
    name, title = strip_name(raw)
    if not is_person_name(name):
        return False
    name_start = offset + match.start("name") + max(raw.find(name), 0)
    _set(cand, match, offset, shape)
    cand.name, cand.source, cand.how = name, (name_start, name_start + len(name)), "named"
    if "role" in match.re.groupindex and match.group("role"):
        cand.role = match.group("role")
    elif "prerole" in match.re.groupindex and match.group("prerole"):
        cand.role = match.group("prerole")
    else:
        cand.role = title_role(title)
    return True


def _set(cand: _Candidate, match: re.Match[str], offset: int, shape: str) -> None:
    cand.shape = shape
    if "cue" in match.re.groupindex and match.group("cue"):
        cand.cue = match.group("cue")
        cand.cue_span = (offset + match.start("cue"), offset + match.end("cue"))
    elif shape == "dash":
        dash = re.search(r"[—–]|--", match.group(0))
        cand.cue = dash.group(0) if dash else "—"
        if dash:
            cand.cue_span = (offset + dash.start(), offset + dash.end())


def _keep(text: str, candidates: list[_Candidate], names: NameBook) -> list[_Candidate]:
    """Attributed quotes; split-quote halves; quote-only paragraphs that continue a speaker; long quotes alone."""
    kept: list[_Candidate] = []
    for cand in candidates:
        words = len(text[cand.start:cand.end].split())
        if not cand.attributed and cand.shape is None:
            _from_paragraph(cand, candidates)
        fills = _fills(text, cand)
        titled = TITLE_BEFORE.search(text[cand.paragraph[0]: cand.mark_start]) is not None
        if not cand.attributed and cand.shape is None and fills and not titled:
            _continue(text, cand, kept, names)
        if not cand.attributed and cand.shape is None and words >= MIN_UNATTRIBUTED_WORDS and not titled:
            _from_context(text, cand, names)
        if (cand.attributed or cand.cue) and words >= MIN_ATTRIBUTED_WORDS and not (titled and not cand.attributed):
            kept.append(cand)
        elif words >= MIN_UNATTRIBUTED_WORDS and (fills or cand.mark_end == cand.paragraph[1]) and not titled:
            kept.append(cand)  # fills its paragraph, or opens a quote that runs on into the next
    return kept


def _mark_split(candidates: list[_Candidate]) -> None:
    """“First part,” X said, “second part”: the second half borrowed the first's attribution words."""
    for first, second in zip(candidates, candidates[1:]):
        if (first.paragraph == second.paragraph and first.cue_span and second.cue_span == first.cue_span
                and second.shape == "name_said_before"):
            second.shape, second.how = "split", "paragraph"


def _from_paragraph(cand: _Candidate, candidates: list[_Candidate]) -> None:
    """The other half of a split quote: the nearest attributed quote in the same paragraph, earlier first."""
    same = [c for c in candidates if c.paragraph == cand.paragraph and c is not cand and c.attributed]
    earlier = [c for c in same if c.start < cand.start]
    source = earlier[-1] if earlier else (same[0] if same else None)
    if source is not None:
        cand.speaker, cand.name, cand.role = source.speaker, source.name, source.role
        cand.cue, cand.shape, cand.how = source.cue, "split", "paragraph"


def _continue(text: str, cand: _Candidate, kept: list[_Candidate], names: NameBook) -> None:
    """A quote-only paragraph: right after an attributed quote's paragraph it continues that speaker, unless
    another person was named after the attribution; right after a paragraph that names one person and quotes
    nobody, it is that person's ("His sister, Maribel Ferrer-Dunn, has collected..." ¶ “I write every month.”)."""
    if cand.previous_paragraph is None:
        return
    start, end = cand.previous_paragraph
    previous = kept[-1] if kept and kept[-1].paragraph[1] >= start else None
    if previous is not None and previous.speaker:
        if not names.introduced_between(previous.after_source, cand.mark_start, previous.speaker):
            cand.speaker, cand.name, cand.role = previous.speaker, previous.name, previous.role
            cand.shape = "multi_paragraph" if previous.mark_end == previous.paragraph[1] else "continuation"
            cand.how = "continuation"
        return
    if previous is None:
        named = names.people_between(start, end)
        last_sentence = text[_sentence_start(text, start, end): end]
        if len(named) == 1 and not _WRITTEN.search(last_sentence):
            cand.speaker, cand.shape, cand.how = named[0], "continuation", "context"


# A paragraph ending on a document ("A letter her department sent ... spells it out.") introduces its words,
# not the person's.
_WRITTEN = re.compile(r"\b(?:letter|memo|memorandum|statement|report|document|e-?mail|filing|ruling|order|notice|"
                      r"sign|post|release|guidance|text|transcript)s?\b", re.IGNORECASE)


def _from_context(text: str, cand: _Candidate, names: NameBook) -> None:
    """A long unattributed quote after a sentence about one person, in the same paragraph: theirs
    (Solheim walked her rows on Monday. “We lost maybe a fifth of the block...”)."""
    named = names.people_between(cand.paragraph[0], cand.mark_start)
    if len(named) == 1 and not re.search(r"[,:]\s*$", text[cand.paragraph[0]: cand.mark_start]):
        cand.speaker, cand.shape, cand.how = named[0], "context", "context"


def _fills(text: str, cand: _Candidate) -> bool:
    para_len = len(text[cand.paragraph[0]:cand.paragraph[1]].strip())
    return (cand.mark_end - cand.mark_start) >= FILLS_PARAGRAPH * para_len


def _clean_role(role: str | None) -> str | None:
    """Roles as written, without a leading article: "a spokesperson for the sheriff" → "spokesperson for the sheriff"."""
    if not role:
        return None
    role = re.sub(r"^(?:a|an|the)\s+", "", " ".join(role.split()).strip(" ,."), flags=re.IGNORECASE)
    return role or None
