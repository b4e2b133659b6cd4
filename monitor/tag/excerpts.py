"""The editor's preview reads a candidate story only as far as the changed terms need: often not at all, else the
stretches around them. Both shortcuts are exact: the preview gives what reading the whole story gives.

A topic's terms are decided by the tokens within their window and by two facts of the whole story (its words in
lower case; its lines in capitals or title case). spaCy's tokenizer cuts the text at whitespace first and
tokenizes each stretch between on its own, so the text around a term, cut at whitespace, gives the same tokens as
the whole text; and every stretch gives at least one token, so `window` tokens never reach past `window`
stretches. Hence:

* unchanged: a story where each changed topic is surely on the story under both versions (so nothing of it is
  added, dropped, or a confounder: what a version turns down is kept anyway) or has every match accepted by both
  whatever its window, changes nothing and is not tokenized. Surely on it: a term that nothing can turn down (no
  reject_any word anywhere, a require_any word somewhere) matching outside a line in capitals; the topic's long
  form spelled out; or one match with a require_any word of both versions within the narrower window and no
  reject_any word within reach (`settled.py`). Each is seen by tokenizing only a few stretches;
* excerpt: otherwise a Doc of the stretches around every place a changed term could match, each reaching past the
  widest window, with the whole story's facts attached (`StoryFacts`), gives the matcher the same spans, reasons
  and refusals.

Only edits of topics found by their terms take them (a changed query or person reads whole stories: queries and
people look at the whole story), and a story where a topic comes or goes is read again whole for its people
(see `Previewer`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from ..config import TermConfig, TopicConfig
from .settled import Settler, find_all, stretch_of
from .watchlist import STORY_KEY, StoryFacts, _holds, line_kind

_STRETCH = re.compile(r"\S+")  # what the tokenizer cuts at (it splits on str.isspace, as \s does)
SEPARATOR = "\n\n"  # between excerpts: a token of its own, which no term holds
# Tokens a term's rules read beyond its window: the three before a name and the one after (a longer name).
_NAME_REACH = 4
WORTH_IT = 0.75  # an excerpt covering more of the story than this is no cheaper: the story is read whole


@dataclass(frozen=True)
class _Pattern:
    """Where a term can match: its first token as the text holds it (lower-cased when matched in any case)."""

    first: str
    folded: bool
    tokens: int


@dataclass
class Story:
    """One candidate story, as the shortcuts look at it."""

    text: str
    lower: str
    places: dict[_Pattern, list[int]]  # where each pattern's first token could start
    kinds: dict[int, str | None] = field(default_factory=dict)  # line_kind of each line looked at, by its start

    def in_a_headline(self, places: list[int], *, title_too: bool) -> bool:
        """Is one of the places in a line in capitals (or, `title_too`, in title case)?"""
        kinds = ("caps", "title") if title_too else ("caps",)
        for place in places:
            start = self.text.rfind("\n", 0, place) + 1
            if start not in self.kinds:
                end = self.text.find("\n", place)
                self.kinds[start] = line_kind(self.text[start : end if end != -1 else len(self.text)])
            if self.kinds[start] in kinds:
                return True
        return False


class LocalReading:
    """Built once per preview from both versions of the changed topics; `usable` when their edit is one it can
    take (topics only, no queries, terms written on one line)."""

    def __init__(self, nlp: Language, old: Sequence[TopicConfig], new: Sequence[TopicConfig]) -> None:
        self._nlp = nlp
        self._versions = [
            [t for topic in old for t in topic.all_terms()],
            [t for topic in new for t in topic.all_terms()],
        ]
        terms = [t for version in self._versions for t in version]
        self.usable = bool(terms) and not any(topic.query for topic in (*old, *new))
        self.usable &= all(
            t.text.strip() == t.text != "" and not any(c.isspace() and c != " " for c in t.text) for t in terms
        )
        self._patterns = {(t.text, t.case_sensitive): self._pattern(t) for t in terms} if self.usable else {}
        # Only a change of rules (the same terms in each topic) leaves every match accepted by both alike.
        self._same_terms = _term_texts(old) == _term_texts(new)
        later = {t.id: t for t in new}
        pairs = [(t.all_terms(), later[t.id].all_terms()) for t in old if self._same_terms]
        # Per topic: its terms in each version, and its long forms (phrases without rules in both)
        self._pairs = [(before, after, sorted(_long_forms(before) & _long_forms(after))) for before, after in pairs]
        self._long_forms = PhraseMatcher(nlp.vocab, attr="LOWER")
        # A form's tokens stand with nothing or one space between (more makes a whitespace token): a story without
        # that in lower case holds no match of it, and is not tokenized for it.
        self._form_texts: dict[str, re.Pattern[str]] = {}
        for text in {text for _, _, forms in self._pairs for text in forms}:
            self._long_forms.add(text, [nlp.make_doc(text)])
            self._form_texts[text] = re.compile(" ?".join(re.escape(t.lower_) for t in nlp.make_doc(text)))
        self._special = _special_reach(nlp)
        windows = [t.window for t in terms if t.require_any or t.reject_any]
        self._reach = max(windows, default=0) + _NAME_REACH + self._special
        self._settler, self._term, self._skipped = self._settler_for() if self.usable else (None, None, ())

    def _settler_for(self) -> tuple[Settler | None, _Pattern | None, tuple[_Pattern, ...]]:
        """For one changed topic whose rules are one single-word term's (its other terms phrases in any case, its
        long forms): the Settler of that term, its pattern, and the long forms' patterns (which an excerpt can leave
        out: a story that needs one holds none of them, see `_settled`)."""
        if len(self._pairs) != 1:
            return None, None, ()
        before, after, forms = self._pairs[0]
        ruled = [[t for t in version if _has_rules(t)] for version in (before, after)]
        plain = [t for t in (*before, *after) if not _has_rules(t)]
        if any(len(r) != 1 for r in ruled) or any(t.case_sensitive or t.text not in forms for t in plain):
            return None, None, ()
        old, new = ruled[0][0], ruled[1][0]
        pattern = self._patterns[(old.text, old.case_sensitive)]
        if pattern.tokens != 1 or (old.text, old.case_sensitive) != (new.text, new.case_sensitive):
            return None, None, ()
        settler = Settler(self._nlp, old, new, first=pattern.first, reach=self._reach, special=self._special)
        skipped = tuple(self._patterns[(form, False)] for form in forms if self._patterns[(form, False)] != pattern)
        return settler, pattern, skipped

    def _pattern(self, term: TermConfig) -> _Pattern:
        tokens = self._nlp.make_doc(term.text)
        first = tokens[0].text if term.case_sensitive else tokens[0].lower_
        return _Pattern(first, not term.case_sensitive, len(tokens))

    def story(self, text: str) -> Story | None:
        """The story's places for the changed terms; None when lower case moves its characters or depends on the
        letters around (a final sigma): then it is read whole, as a token's lower case might not be found in the
        story's."""
        lower = text.lower()
        if len(lower) != len(text) or "Σ" in text:
            return None
        places = {p: find_all(lower if p.folded else text, p.first) for p in set(self._patterns.values())}
        return Story(text, lower, places)

    def unchanged(self, story: Story) -> bool:
        """Does the edit surely change nothing in this story: every changed topic either on the story under both
        versions (what either turns down of it is then no confounder) or with every match counted by both?"""
        return self._same_terms and all(self._settled(story, *pair) for pair in self._pairs)

    def _settled(self, story: Story, before: list[TermConfig], after: list[TermConfig], forms: list[str]) -> bool:
        """Is this topic on the story under both versions, or every match of it accepted by both? So it is where a
        term cannot be turned down (no reject_any word anywhere, a require_any word somewhere) and one match of it
        is not in a line in capitals, or none is; where the story spells out the topic's long form (a phrase
        without rules both versions have), which accepts them all; or where one match surely counts under both
        (`Settler`). A multi-word name in exact case can be part of a longer name: not settled here."""
        found = [(t, self._patterns[(t.text, t.case_sensitive)]) for t in (*before, *after)]
        found = [(t, pattern) for t, pattern in found if story.places[pattern]]
        if any(t.case_sensitive and pattern.tokens > 1 and not _has_rules(t) for t, pattern in found):
            return False
        rules = {(tuple(t.reject_any), tuple(t.require_any)) for t, _ in found if _has_rules(t)}  # often both alike
        doubtful = any(
            any(map(story.lower.__contains__, _lowered(against))) or not any(_holds(story.lower, w) for w in support)
            for against, support in rules
        )
        if not doubtful and (
            self._open_match(story)
            or not any(
                t.case_sensitive and story.in_a_headline(story.places[pattern], title_too=pattern.tokens > 1)
                for t, pattern in found
            )
        ):
            return True
        return self._spelled_out(story, forms) or self._surely_on_topic(story)

    def _open_match(self, story: Story) -> bool:
        """Is one place of the topic's term (`_settler_for`) a match not in a line in capitals? Its stretch and
        those around it are tokenized to see."""
        if self._term is None:
            return False
        for place in story.places[self._term]:
            if story.in_a_headline([place], title_too=False):
                continue
            low = stretch_of(story.text, place, -(self._special + 1))
            near = self._nlp.tokenizer(story.text[low : stretch_of(story.text, place, self._special + 1)])
            for token in near:
                if token.idx == place - low:
                    if (token.lower_ if self._term.folded else token.text) == self._term.first:
                        return True
                    break
        return False

    def _surely_on_topic(self, story: Story) -> bool:
        """Does one place of the topic's term surely count under both versions? Then the story is on the topic
        under both, and what either turns down of it is no confounder (the topic is kept anyway)."""
        if self._settler is None or self._term is None:
            return False
        term = story.places[self._term]
        open_places = [p for p in term if not story.in_a_headline([p], title_too=False)]
        if not open_places:
            return False
        return self._settler.any_settled(story.text, story.lower, open_places)

    def _spelled_out(self, story: Story, forms: list[str]) -> bool:
        """Does the story hold one of these long forms? Each place one could start is tokenized with the
        stretches around it, far enough that its tokens are the whole story's."""
        strings = self._nlp.vocab.strings
        for form in forms:
            pattern = self._patterns[(form, False)]
            for place in _starts(self._form_texts[form], story.lower):
                low = stretch_of(story.text, place, -(self._special + 1))
                high = stretch_of(story.text, place, pattern.tokens + self._special)
                near = self._nlp.tokenizer(story.text[low:high])
                found = self._long_forms(near)
                if any(strings[key] == form and near[start].idx == place - low for key, start, _ in found):
                    return True
        return False

    def excerpt(self, story: Story) -> Doc | None:
        """The stretches around every place a changed term could match, tokenized, with the story's facts; None
        when they would cover most of the story (it is cheaper read whole)."""
        starts, ends = [], []
        for found in _STRETCH.finditer(story.text):
            starts.append(found.start())
            ends.append(found.end())
        if not starts:
            return None
        last = len(starts) - 1
        places = [
            (place, pattern.tokens)
            for pattern, found in story.places.items()
            if pattern not in self._skipped
            for place in found
        ]
        merged = _merged(
            sorted(
                (max(0, at - self._reach), min(last, at + tokens - 1 + self._reach))
                for at, tokens in ((bisect_right(starts, place) - 1, tokens) for place, tokens in places)
            )
        )
        if sum(high - low + 1 for low, high in merged) > WORTH_IT * len(starts):
            return None
        pieces = [
            (0 if low == 0 else starts[low], len(story.text) if high == last else ends[high]) for low, high in merged
        ]
        return self._doc(story, pieces)

    def _doc(self, story: Story, pieces: list[tuple[int, int]]) -> Doc:
        parts, offsets, at = [], [], 0
        for start, end in pieces:
            offsets.append(at)
            parts.append(story.text[start:end])
            at += end - start + len(SEPARATOR)
        text = SEPARATOR.join(parts)
        doc = self._nlp.tokenizer(text)
        doc.user_data["monitor_text"] = text
        shifts = tuple(start - offset for (start, _), offset in zip(pieces, offsets))
        doc.user_data[STORY_KEY] = StoryFacts(story.text, story.lower, tuple(offsets), shifts)
        return doc


def _starts(pattern: re.Pattern[str], text: str) -> list[int]:
    """Every place the pattern matches at, overlapping ones too."""
    found, match = [], pattern.search(text)
    while match is not None:
        found.append(match.start())
        match = pattern.search(text, match.start() + 1)
    return found


@lru_cache(maxsize=256)
def _lowered(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w.lower() for w in words)


def _merged(ranges: list[tuple[int, int]]) -> list[list[int]]:
    """Sorted ranges of stretches, those that overlap or touch joined."""
    merged: list[list[int]] = []
    for low, high in ranges:
        if merged and low <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], high)
        else:
            merged.append([low, high])
    return merged


def _has_rules(term: TermConfig) -> bool:
    return bool(term.require_any or term.reject_any)


def _long_forms(terms: list[TermConfig]) -> set[str]:
    return {t.text for t in terms if not (t.case_sensitive or _has_rules(t))}


def _term_texts(topics: Sequence[TopicConfig]) -> dict[str, list[tuple[str, bool]]]:
    return {topic.id: sorted((t.text, t.case_sensitive) for t in topic.all_terms()) for topic in topics}


def _special_reach(nlp: Language) -> int:
    """How many stretches one of the tokenizer's special cases could join. A special case replaces tokens whose
    text, spaces included, is the rule's, so only a rule holding whitespace can reach over a stretch's end (in
    English only single whitespace characters do). The excerpts reach this much further, so that no such join
    at their edges can touch a window."""
    rules = getattr(nlp.tokenizer, "rules", None) or {}
    return max((len(rule) for rule in rules if any(c.isspace() for c in rule)), default=0)
