"""Find watched topics and people in a Doc: phrase matching plus the rules that keep it honest.

A topic term either matches unconditionally, or (an ambiguous acronym like "ICE") only when its
document spells out the topic's long form or its surrounding words say which sense it is. A watched
person matches by full name or alias anywhere, and by surname alone once the full name is in the
document and no other first name stands before it ("Andrew Morton" is not John Morton).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..config import Watchlist
from ..config.query_syntax import Term as QueryTerm
from ..config.query_syntax import anchors, parse_query
from ..records import PersonHit, Rejected, TopicHit
from .query import CompiledQuery

TOPICS_KEY = "monitor_topics"
PEOPLE_KEY = "monitor_people"
TITLES = frozenset(
    "Mr. Mrs. Ms. Miss Dr. Prof. Sen. Rep. Gov. Lt. Gen. Col. Sgt. Capt. Det. Officer Sheriff Director "
    "Secretary Senator Representative Governor Mayor President Chief Judge Justice Commissioner "
    "Deputy Attorney Ambassador Rev. Father Sister Brother Doña Tía Tío Padre Pastor Imam".split()
)

if not Span.has_extension("monitor_reason"):
    Span.set_extension("monitor_reason", default=None)
if not Doc.has_extension("monitor_rejected"):
    Doc.set_extension("monitor_rejected", default=None)  # list[Rejected]: the matches turned down, with why


@dataclass(frozen=True)
class Term:
    """One compiled way a topic can match (see TermConfig)."""

    topic: str
    text: str
    case_sensitive: bool
    require_any: tuple[str, ...] = ()
    reject_any: tuple[str, ...] = ()
    window: int = 40

    @property
    def has_context_rules(self) -> bool:
        return bool(self.require_any or self.reject_any)


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    aliases: tuple[str, ...] = ()
    evidence: tuple[str, ...] = ()  # words that show a story is about this person, when no topic does

    @property
    def surname(self) -> str:
        return self.name.split()[-1]


class WatchlistMatcher:
    """The `monitor_watchlist` component: sets doc.spans["monitor_topics"] and doc.spans["monitor_people"]."""

    def __init__(
        self,
        nlp: Language,
        terms: list[dict[str, Any]],
        people: list[dict[str, Any]],
        queries: list[dict[str, str]] | None = None,
        *,
        nearest: bool = True,  # name the nearest context word in a reason (the preview asks only where it shows it)
    ) -> None:
        self._say_nearest = nearest
        self.terms = [
            Term(**{**t, "require_any": tuple(t.get("require_any", ())), "reject_any": tuple(t.get("reject_any", ()))})
            for t in terms
        ]
        self.queries = [(q["topic"], q["query"], CompiledQuery(nlp, parse_query(q["query"]))) for q in queries or []]
        self.people = [
            Person(p["id"], p["name"], tuple(p.get("aliases", ())), tuple(p.get("evidence", ()))) for p in people
        ]
        self._names_by_id = {person.id: person.name for person in self.people}
        self._exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._folded = PhraseMatcher(nlp.vocab, attr="LOWER")
        for index, term in enumerate(self.terms):
            matcher = self._exact if term.case_sensitive else self._folded
            matcher.add(f"t{index}", [nlp.make_doc(term.text)])
        self._name_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        for index, person in enumerate(self.people):
            self._name_matcher.add(f"p{index}", [nlp.make_doc(n) for n in (person.name, *person.aliases)])
            self._name_matcher.add(f"s{index}", [nlp.make_doc(person.surname)])

    def __call__(self, doc: Doc) -> Doc:
        doc._.monitor_rejected = []
        doc.spans[TOPICS_KEY] = self._topics(doc)
        doc.spans[PEOPLE_KEY] = self._people(doc)
        return doc

    def topic_spans(self, doc: Doc) -> list[Span]:
        """This matcher's topics in the doc, setting nothing but the rejections (the editor's preview compares
        two matchers' answers on one doc)."""
        if doc._.monitor_rejected is None:
            doc._.monitor_rejected = []
        return self._topics(doc)

    def people_spans(self, doc: Doc, topics: list[Span]) -> list[Span]:
        """This matcher's people in the doc, given the topics found in it (all of them: a person named on no
        topic needs their context)."""
        if doc._.monitor_rejected is None:
            doc._.monitor_rejected = []
        doc.spans[TOPICS_KEY] = topics
        return self._people(doc)

    def _topics(self, doc: Doc) -> list[Span]:
        found = [
            (self.terms[int(doc.vocab.strings[key][1:])], start, end)
            for matcher in (self._exact, self._folded)
            for key, start, end in matcher(doc)
        ]
        # Exact case says nothing in a line written in capitals ("ICE STORM CLOSES SCHOOLS") or, for a
        # multi-word name, in a title-case headline: such a match needs the story to confirm the topic.
        blind = [(t, s, e) for t, s, e in found if t.case_sensitive and _uninformative(doc[s:e])]
        plain = [(t, s, e) for t, s, e in found if (t, s, e) not in blind]
        spelled_out = {term.topic: doc[start:end].text for term, start, end in plain if not term.has_context_rules}
        repeats = Counter(term for term, _, _ in plain if term.case_sensitive)
        spans = []
        for term, start, end in plain:
            reason = self._accept(doc, term, start, end, spelled_out.get(term.topic), self._say_nearest, repeats[term])
            if reason.startswith(_NOT):
                _reject(doc, term.topic, start, end, reason.removeprefix(_NOT))
            else:
                spans.append(_labelled(doc, start, end, term.topic, reason))
        for topic, query, compiled in self.queries:
            reason = f"query {' '.join(query.split())!r}"
            spans += [_labelled(doc, start, end, topic, reason) for start, end in compiled.spans(doc)]
        confirmed = {span.label_ for span in spans}
        for term, start, end in blind:
            if term.topic in confirmed:
                reason = f"{term.text!r} in a headline in capitals, confirmed by the story"
                spans.append(_labelled(doc, start, end, term.topic, reason))
            else:
                why = f"{term.text!r} in a headline in capitals, not confirmed by the story"
                _reject(doc, term.topic, start, end, why)
        return _longest_per_label(spans)

    @staticmethod
    def _accept(
        doc: Doc, term: Term, start: int, end: int, long_form: str | None, say_nearest: bool = True, repeats: int = 1
    ) -> str:
        """Why this match counts, or (starting with _NOT) why its context says it is another sense of the word.
        `repeats`: how many times the story has the term in exact case outside lines in capitals."""
        if not term.has_context_rules:
            if term.case_sensitive and _part_of_a_longer_name(doc, start, end):
                return f"{_NOT}{term.text!r} is part of a longer name"  # "Secure Communities Housing Grant"
            return f"phrase {term.text!r}" + (" (exact case)" if term.case_sensitive else "")
        if long_form:
            return f"{term.text!r} with the long form {long_form!r} in the document"
        if collocation := _collocation(doc, term, start, end):  # "ICE Director", "ice age": settled where it stands
            return collocation
        window = _span_text(doc, max(0, start - term.window), min(len(doc), end + term.window)).lower()
        against = _present(window, _in_story(doc, term.reject_any))
        support = _present(window, _in_story(doc, term.require_any))
        if support and len(support) > len(against):
            nearest = _nearest(doc, start, end, term.window, support) if say_nearest else ""
            return f"{term.text!r} near " + ", ".join(repr(w) for w in support) + nearest
        if (
            support
            and len(support) == len(against)
            and (near := _closest(doc, start, end, term.window, support)) is not None
            and near[0] <= _RIGHT_BY
            and (far := _closest(doc, start, end, term.window, against)) is not None
            and near[0] < far[0]
        ):  # "federal immigration authorities, including ICE, …" a sentence after the "Motor Vehicle" division
            return f"{term.text!r} right by {near[1]!r} ({near[0]} words away), nearer than {far[1]!r}"
        if not against:
            in_story = _present_in_story(doc, term.require_any)
            if in_story and not (elsewhere := _present_in_story(doc, term.reject_any)):
                return f"{term.text!r} in a story about " + ", ".join(repr(w) for w in in_story[:4])
            if in_story and term.case_sensitive and len(elsewhere) <= len(in_story):
                # "have watched ICE pick up two fathers" in a letter about "immigration" that names a "utility bill"
                # far from it: in exact case, with as many words for it in the story as against it (unless the story
                # spells the letters out as something else: "the county’s independent cost estimate, or ICE")
                if (other := _spelled_otherwise(doc, term.text)) is not None:
                    return f"{_NOT}{term.text!r} spelled out as {other!r}"
                return (
                    f"{term.text!r} in a story about "
                    + ", ".join(repr(w) for w in in_story[:4])
                    + ", as much as about "
                    + ", ".join(repr(w) for w in elsewhere[:4])
                )
            if term.case_sensitive and repeats >= _REPEATED and not _present_in_story(doc, term.reject_any):
                # a letter "not a tip line for ICE" that names no immigration word, and no other sense either
                if (other := _spelled_otherwise(doc, term.text)) is not None:
                    return f"{_NOT}{term.text!r} spelled out as {other!r}"
                return f"{term.text!r} {repeats} times in exact case, in a story with none of its reject_any words"
        if against:
            return f"{_NOT}{term.text!r} near " + ", ".join(repr(w) for w in against[:4]) + _outweighing(support)
        return f"{_NOT}{term.text!r} with none of its require_any words near it or in a story free of reject_any ones"

    def _people(self, doc: Doc) -> list[Span]:
        full: list[Span] = []
        surnames: list[Span] = []
        for key, start, end in self._name_matcher(doc):
            label = doc.vocab.strings[key]
            person = self.people[int(label[1:])]
            span = Span(doc, start, end, label=person.id)
            (full if label[0] == "p" else surnames).append(span)
        named = {span.label_ for span in full}
        surnames = [s for s in surnames if s.label_ in named and not _other_first_name(doc, s)]
        about_a_topic = bool(doc.spans.get(TOPICS_KEY))
        namesakes = {
            p.id
            for p in self.people
            if p.id in named and not about_a_topic and not _mentions_any(_text(doc), p.evidence)
        }
        said: set[str] = set()
        for span in full:
            if span.label_ in namesakes and span.label_ not in said:  # one line per person is enough
                said.add(span.label_)
                why = f"{span.text!r} named, but no watched topic, nor the person's organisation, role or context"
                _reject(doc, span.label_, span.start, span.end, why)
        return filter_spans([s for s in full + surnames if s.label_ not in namesakes])

    def topic_hits(self, doc: Doc) -> list[TopicHit]:
        return [
            TopicHit(s.label_, s.text, s.start_char, s.end_char, sentence_of(s), s._.monitor_reason)
            for s in doc.spans[TOPICS_KEY]
        ]

    def person_hits(self, doc: Doc) -> list[PersonHit]:
        return [
            PersonHit(s.label_, self._names_by_id[s.label_], s.text, s.start_char, s.end_char, sentence_of(s))
            for s in doc.spans[PEOPLE_KEY]
        ]


_NOT = "not: "  # marks _accept's answer as a refusal, with its reason after it


def _outweighing(support: list[str]) -> str:
    return (" (outweighing " + ", ".join(repr(w) for w in support) + ")") if support else ""


def _reject(doc: Doc, label: str, start: int, end: int, reason: str) -> None:
    span = doc[start:end]
    doc._.monitor_rejected.append(Rejected(label, span.text, span.start_char, span.end_char, reason))


def rejected(doc: Doc) -> list[Rejected]:
    """The matches the watchlist component turned down in this doc, with why (see `Rejected`)."""
    return list(doc._.monitor_rejected or [])


_NAME_GOES_ON = frozenset("Program Programme Initiative".split())


def _part_of_a_longer_name(doc: Doc, start: int, end: int) -> bool:
    """A multi-word name followed by another capitalised word on the same line ("Secure Communities Housing
    Grant"), or joined to one by "and" ("Safe and Secure Communities"), is a different, longer name."""
    if end - start < 2:
        return False
    if (
        end < len(doc)
        and doc[end].is_title
        and doc[end].text not in _NAME_GOES_ON
        and "\n" not in doc[end - 1].whitespace_
    ):
        return True
    if start >= 3 and doc[start - 1].lower_ in ("and", "&") and doc[start - 2].is_title:
        before = doc[start - 3]  # capitalised because a sentence starts there? then it says nothing
        return not (before.is_punct or before.is_space)
    return False


def _labelled(doc: Doc, start: int, end: int, label: str, reason: str) -> Span:
    span = Span(doc, start, end, label=label)
    span._.monitor_reason = reason
    return span


def _text(doc: Doc) -> str:
    """`doc.text`, joined from the tokens once per document rather than at every use (it is not stored)."""
    found = doc.user_data.get("monitor_text")
    length = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    if not isinstance(found, str) or len(found) != length:  # not made for this doc (a Doc joined from parts)
        found = doc.user_data["monitor_text"] = doc.text
        doc.user_data.pop("monitor_lower", None)
    return found


@dataclass(frozen=True)
class StoryFacts:
    """The whole story behind a Doc that holds only stretches of it (the editor's preview tokenizes only the text
    around a changed term, see `excerpts.py`): what the matcher reads of the story as a whole (its words in lower
    case, the line a match is in) is read here."""

    text: str
    lower: str
    starts: tuple[int, ...]  # where each stretch starts in the Doc's text, in order
    shifts: tuple[int, ...]  # what to add to a character offset in that stretch for the story's

    def story_offset(self, char: int) -> int:
        return char + self.shifts[bisect_right(self.starts, char) - 1]


STORY_KEY = "monitor_story"  # doc.user_data[STORY_KEY]: the StoryFacts of a Doc made of excerpts


def _lower(doc: Doc) -> str:
    story = doc.user_data.get(STORY_KEY)
    if isinstance(story, StoryFacts):
        return story.lower
    text = _text(doc)
    found = doc.user_data.get("monitor_lower")
    if not isinstance(found, str) or len(found) != len(text):
        found = doc.user_data["monitor_lower"] = text.lower()
    return found


def _in_story(doc: Doc, words: tuple[str, ...]) -> tuple[str, ...]:
    """The context words that occur in the story at all (in order): no window of it can hold the others. (Lower
    case of a part is the same part of the lower case, but for a final sigma: with a Σ, all of them.)"""
    lower = _lower(doc)
    cache = doc.user_data.get("monitor_in_story")
    if not (isinstance(cache, tuple) and cache[0] == len(lower)):
        cache = doc.user_data["monitor_in_story"] = (len(lower), {}, "σ" in lower or "ς" in lower)
    found = cache[1].get(words)
    if found is None:
        found = cache[1][words] = words if cache[2] else tuple(w for w in words if w.lower() in lower)
    return found


def _present_in_story(doc: Doc, words: tuple[str, ...]) -> list[str]:
    """`_present` over the whole story, read once per story and word list (a story may name the term thousands of
    times)."""
    lower = _lower(doc)
    found = _memo(doc, "monitor_present", len(lower))
    if words not in found:
        found[words] = _present(lower, _in_story(doc, words))
    return found[words]


def _memo(doc: Doc, key: str, size: int) -> dict[Any, Any]:
    """A dict kept in the doc for facts of its story, read once each; emptied when the story it was made for (of
    this length) is not the doc's (a Doc joined from parts)."""
    cache = doc.user_data.get(key)
    if not (isinstance(cache, tuple) and cache[0] == size):
        cache = doc.user_data[key] = (size, {})
    return cache[1]


def _line_kind_at(doc: Doc, start: int, end: int) -> str | None:
    """The kind (`line_kind`) of the line the characters start..end of the doc are in; None when they are not in
    one line. Only the lines that hold a match are looked at, each once per doc."""
    story = doc.user_data.get(STORY_KEY)
    if isinstance(story, StoryFacts):
        text, shift = story.text, story.story_offset(start) - start
        start, end = start + shift, end + shift
    else:
        text = _text(doc)
    if start >= len(text) or text[start] == "\n":
        return None
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", start)
    last = len(text) if last == -1 else last
    if end > last:
        return None
    kinds = _memo(doc, "monitor_lines", len(text))
    if first not in kinds:
        kinds[first] = line_kind(text[first:last])
    return kinds[first]


def line_kind(line: str) -> str | None:
    """ "caps" for a line (no newline in it) written in capitals, "title" for one in title case (and shorter than
    200 characters), like headlines; else None."""
    words = _LINE_WORD.findall(line)  # as [^\W\d_][\w’'-]* keeping those longer than a letter, but faster
    if len(words) < 3:
        return None
    if sum(map(str.isupper, words)) >= 0.6 * len(words):
        return "caps"
    if len(line) < 200:
        proper = [w for w in words if w.lower() not in _SMALL_WORDS]
        if sum(w[0].isupper() for w in proper) >= 0.8 * len(proper):
            return "title"
    return None


_LINE_WORD = re.compile(r"[^\W\d_][\w’'-]+")
# Words title case leaves in lower case ("Board Votes to End the Program").
_SMALL_WORDS = frozenset("a an the and or but nor of in on at to for by with from as vs via".split())


def _uninformative(span: Span) -> bool:
    """Is this exact-case match inside a line whose capitals say nothing about case?"""
    kind = _line_kind_at(span.doc, span.start_char, span.end_char)
    return kind == "caps" or (kind == "title" and len(span) > 1)


# How many times a story must name an acronym in exact case to stand for its watched sense with no context word
# either way
_REPEATED = 2
# How close a context word must stand to settle a tie between the words for and against a sense
_RIGHT_BY = 5


def _nearest(doc: Doc, start: int, end: int, window: int, words: list[str]) -> str:
    """ " ('deport' 3 words away)": the context word closest to the match, for the hit's reason."""
    best = _closest(doc, start, end, window, words)
    if best is None:
        return ""
    return f" ({best[1]!r} {best[0]} word{'s' if best[0] != 1 else ''} away)"


def _closest(doc: Doc, start: int, end: int, window: int, words: list[str]) -> tuple[int, str] | None:
    """How many words away the context word closest to the match stands, and which word it is."""
    best: tuple[int, str] | None = None
    context = doc[max(0, start - window) : min(len(doc), end + window)]
    base, text = context.start_char, _span_text(doc, context.start, context.end).lower()
    for word in words:
        for found in re.finditer(r"(?<![\w])" + re.escape(word.lower()), text):
            token = _token_at(doc, base + found.start())
            if token is None or start <= token < end:
                continue
            gap = token - end + 1 if token >= end else start - token  # 1: the next word
            if best is None or gap < best[0]:
                best = (gap, word)
    return best


def _spelled_otherwise(doc: Doc, acronym: str) -> str | None:
    """Capitalised words of the story whose initials spell this acronym ("the school's ICE program, short for
    Introduction to Culinary Entrepreneurship"), or words in lower case right before it ("the county’s independent
    cost estimate, or ICE"): another sense of it, as the watched one's long form is a term of its own and is found
    before this is asked. Read once per story and acronym."""
    pattern = _spelling(acronym)
    if pattern is None:
        return None
    story = doc.user_data.get(STORY_KEY)
    text = story.text if isinstance(story, StoryFacts) else _text(doc)
    spelled = _memo(doc, "monitor_spelled", len(text))
    if acronym not in spelled:
        found = pattern.search(text)
        before = None if found else _spelling_before(acronym).search(text)
        spelled[acronym] = found.group(0) if found else before.group("spelled") if before else None
    return spelled[acronym]


@lru_cache(maxsize=64)
def _spelling_before(acronym: str) -> re.Pattern[str]:
    """Words in lower case whose initials are the acronym's, set right before it: "the county’s independent cost
    estimate, or ICE,", "an internal combustion engine (ICE)"."""
    small = r"(?:(?:of|to|for|and|the|in|on|at|&)[^\S\n]+)*"
    words = (r"[^\S\n]+" + small).join(rf"{letter.lower()}[\w’'-]*" for letter in acronym)
    return re.compile(rf"\b(?P<spelled>{words}),?[^\S\n]+(?:or[^\S\n]+|\(){re.escape(acronym)}\b")


@lru_cache(maxsize=64)
def _spelling(acronym: str) -> re.Pattern[str] | None:
    """Capitalised words, small words allowed between them, whose initials are the acronym's letters."""
    if not (acronym.isalpha() and acronym.isupper() and 2 <= len(acronym) <= 6):
        return None
    small = r"(?:(?:of|to|for|and|the|in|on|at|&)[^\S\n]+)*"
    return re.compile(r"\b" + (r"[^\S\n]+" + small).join(rf"{letter}[\w’'-]*" for letter in acronym) + r"\b")


def _token_at(doc: Doc, char: int) -> int | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else None


def _collocation(doc: Doc, term: Term, start: int, end: int) -> str | None:
    """A context phrase that holds the term itself ("ice director", "ice agents"; "ice age") and stands on this
    very match settles its sense, whatever other words are near: "ICE Director John Morton" is the agency even
    in a paragraph where the FBI "shares" records and agencies are "training"."""
    own = term.text.lower()
    low, high = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
    around = _text(doc)[max(0, low - 40) : high + 40].lower()
    at = low - max(0, low - 40)
    for words, accept in ((term.reject_any, False), (term.require_any, True)):
        for phrase in words:
            needle = phrase.lower()
            if own not in needle.split():
                continue
            for found in re.finditer(re.escape(needle), around):
                whole = (found.start() == 0 or not _wordy(around[found.start() - 1])) and (
                    found.end() == len(around) or not _wordy(around[found.end()])
                )
                if whole and found.start() <= at < found.end():
                    return f"{term.text!r} in {phrase!r}" if accept else f"{_NOT}{term.text!r} in {phrase!r}"
    return None


def _present(window: str, words: tuple[str, ...]) -> list[str]:
    """Which context words occur in the window: a single word as a word start ("deport" finds "deportations"),
    a phrase as whole words ("ice age" does not find "ice agents")."""
    return [w for w in words if _holds(window, w)]


def _holds(text: str, word: str) -> bool:
    """Does `word` (lower case) occur in `text` with no word character (\\w: alphanumeric or "_") just before it,
    nor, for a phrase, just after? Found with str.find: a pattern that starts with a look-behind is tried at every
    character, many times slower on a whole story."""
    needle, phrase = _needle(word)
    at = text.find(needle)
    while at != -1:
        after = at + len(needle)
        if (at == 0 or not _wordy(text[at - 1])) and not (phrase and after < len(text) and _wordy(text[after])):
            return True
        at = text.find(needle, at + 1)
    return False


@lru_cache(maxsize=4096)
def _needle(word: str) -> tuple[str, bool]:
    return word.lower(), " " in word.strip()


def _wordy(char: str) -> bool:
    return char.isalnum() or char == "_"  # what \\w matches in a str pattern


def _span_text(doc: Doc, start: int, end: int) -> str:
    """`doc[start:end].text`, sliced from the doc's text instead of joined from its tokens."""
    span = doc[start:end]
    return _text(doc)[span.start_char : span.end_char]


def _mentions_any(text: str, phrases: tuple[str, ...]) -> bool:
    """True when no phrases are configured, or one occurs (acronyms like "ICE" in exact case, others in any case)."""
    if not phrases:
        return True
    lowered = text.lower()
    return any(
        re.search(r"(?<!\w)" + re.escape(p if p.isupper() else p.lower()) + r"(?!\w)", text if p.isupper() else lowered)
        for p in phrases
    )


def _other_first_name(doc: Doc, surname: Span) -> bool:
    """True for "Andrew Morton" when we watch John Morton: a different capitalised name right before."""
    if surname.start == 0:
        return False
    before = doc[surname.start - 1]
    return before.is_title and before.text not in TITLES and before.pos_ == "PROPN"


def _longest_per_label(spans: list[Span]) -> list[Span]:
    by_label: dict[str, list[Span]] = {}
    for span in spans:
        by_label.setdefault(span.label_, []).append(span)
    kept = [s for group in by_label.values() for s in filter_spans(group)]
    return sorted(kept, key=lambda s: (s.start, s.label_))


def sentence_of(span: Span, limit: int = 600) -> str:
    """The sentence a span is in (the paragraph when the pipeline has no sentence boundaries)."""
    doc = span.doc
    if doc.has_annotation("SENT_START"):
        text = span.sent.text
    else:
        whole = _text(doc)
        start = whole.rfind("\n", 0, span.start_char) + 1
        end = whole.find("\n", span.end_char)
        text = whole[start : end if end != -1 else len(whole)]
    return text.strip()[:limit]


def compile_terms(watchlist: Watchlist) -> list[dict[str, Any]]:
    """watchlist.toml topics → plain dicts for the component's config (spaCy configs must be JSON-like)."""
    return [
        {
            "topic": topic.id,
            "text": term.text,
            "case_sensitive": term.case_sensitive,
            "require_any": list(term.require_any),
            "reject_any": list(term.reject_any),
            "window": term.window,
        }
        for topic in watchlist.topics
        for term in topic.all_terms()
    ]


def compile_people(watchlist: Watchlist) -> list[dict[str, Any]]:
    return [
        {"id": p.id, "name": p.name, "aliases": list(p.aliases), "evidence": p.evidence()} for p in watchlist.people
    ]


def compile_queries(watchlist: Watchlist) -> list[dict[str, str]]:
    return [{"topic": topic.id, "query": topic.query} for topic in watchlist.topics if topic.query]


class Prefilter:
    """A cheap test any document mentioning something watched passes; most news does not, and skips spaCy.

    It is exact, not a guess: whatever it turns away, the full pipeline would find nothing in either.
    Unconditional terms, full names, aliases and the anchors of queries (terms every matching document
    holds one of) are one regular expression. Surnames are left out: they count only after the full
    name. A term with context rules ("ICE") passes only with one of its `require_any` words somewhere
    in the text or, in exact case, named `_REPEATED` times, as the matcher can accept it in no other way (its long
    form is a term of its own).
    """

    def __init__(
        self,
        terms: list[dict[str, Any]],
        people: list[dict[str, Any]],
        queries: Sequence[dict[str, str]] = (),
        query_terms: Sequence[QueryTerm] = (),  # query words to look for as they are (the editor's narrower test)
    ) -> None:
        plain = [t for t in terms if not (t.get("require_any") or t.get("reject_any"))]
        exact = [t["text"] for t in plain if t["case_sensitive"]]
        exact += [n for p in people for n in (p["name"], *p["aliases"])]
        folded = [t["text"] for t in plain if not t["case_sensitive"]]
        anchored = [term for q in queries for term in anchors(parse_query(q["query"]))] + list(query_terms)
        exact += [a.text for a in anchored if a.exact and not a.prefix]
        folded += [a.text for a in anchored if not a.exact and not a.prefix]
        parts = [re.escape(x) for x in sorted(set(exact), key=len, reverse=True)]
        parts += ["(?i:" + re.escape(x) + ")" for x in sorted(set(folded), key=len, reverse=True)]
        parts += [
            ("" if a.exact else "(?i:") + re.escape(a.text) + r"\w*" + ("" if a.exact else ")")
            for a in anchored
            if a.prefix
        ]
        self._plain = _words(parts)
        # What a text must hold, as plain substrings, before a pattern can match it: a substring test is many times
        # cheaper than a regular expression that starts with a look-behind at every character. Folded by casefold,
        # which equates at least what the patterns' (?i:) does ("ſ" and "s", "K" and "k").
        self._plain_exact = sorted({*exact, *(a.text for a in anchored if a.prefix and a.exact)})
        self._plain_folded = sorted(
            {x.casefold() for x in folded} | {a.text.casefold() for a in anchored if a.prefix and not a.exact}
        )
        self._conditional = [
            (
                _words([re.escape(t["text"]) if t["case_sensitive"] else "(?i:" + re.escape(t["text"]) + ")"]),
                t["text"] if t["case_sensitive"] else None,
                None if t["case_sensitive"] else t["text"].casefold(),
                tuple(t.get("require_any", ())),
                # the words that keep a term named twice out (see `_REPEATED`), for a term in exact case; None where
                # that does not apply (the editor's test of a changed word list: a text without the changed words
                # counts the same under both versions, however often it names the term)
                tuple(t.get("reject_any", ()))
                if t["case_sensitive"] and not t.get("changed_words_only", False)
                else None,
            )
            for t in terms
            if t.get("require_any") or t.get("reject_any")
        ]

    def needles(self) -> list[str] | None:
        """Strings, in exact case, of which every text `could_match` passes holds one (so a database can pick the
        texts to read); None when it can pass a text by a word in any case, or by one spanning lines."""
        if self._plain_folded or any(loose is not None for _, _, loose, _, _ in self._conditional):
            return None
        found = sorted({*self._plain_exact, *(exact for _, exact, _, _, _ in self._conditional if exact is not None)})
        return None if any("\n" in x or not x for x in found) else found

    def could_match(self, text: str) -> bool:
        starts = [found for x in self._plain_exact if (found := text.find(x)) != -1]
        if starts and self._plain.search(text, min(starts)):  # the look-behind still sees the character before
            return True
        folded: str | None = None
        if self._plain_folded:
            folded = text.casefold()
            if any(x in folded for x in self._plain_folded) and self._plain.search(text):
                return True
        lowered: str | None = None
        for pattern, exact, loose, support, against in self._conditional:
            start = 0
            if exact is not None:
                start = text.find(exact)
                if start == -1:
                    continue
            if loose is not None:
                folded = folded if folded is not None else text.casefold()
                if loose not in folded:
                    continue
            if pattern.search(text, start):
                lowered = lowered if lowered is not None else text.lower()
                if any(_holds(lowered, w) for w in support):
                    return True
                if (
                    against is not None
                    and not any(_holds(lowered, w) for w in against)
                    and len(pattern.findall(text, start)) >= _REPEATED
                ):
                    return True
        return False


def _words(parts: list[str]) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(parts or ["(?!)"]) + r")(?!\w)")
