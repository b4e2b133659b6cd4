"""Does one place of a changed context term surely count under both versions? Found without reading the story
whole (the editor's preview, see `excerpts.py`), for an edit of one topic whose only rules are one single-word
term's. Then the story is on the topic either way and the edit changes nothing in it.

A place is settled when no reject_any word of either version stands within reach of it (so nothing is against it
in either window) and a require_any word of both stands within the narrower window (so both accept it, "near"):
the distance is counted on the tokens of the few stretches between the two, which are the whole story's (see
`excerpts.py`). Places in a line in capitals are the caller's to leave out (the story must confirm those).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from spacy.language import Language

from ..config import TermConfig
from .watchlist import _needle, _wordy

_SPACES = re.compile(r"\s+")


class Settler:
    """Built once per preview from the two versions of the term."""

    def __init__(
        self, nlp: Language, before: TermConfig, after: TermConfig, *, first: str, reach: int, special: int
    ) -> None:
        self._nlp = nlp
        self._first = first  # the term's only token, as the text holds it (lower case if matched in any case)
        self._folded = not before.case_sensitive
        self._reach = reach
        self._special = special
        self._window = min(before.window, after.window)
        self._support = [w for w in before.require_any if w in after.require_any]
        self._against = sorted({w.lower() for w in (*before.reject_any, *after.reject_any)})
        # Words are found where they start and end; one that starts or ends with a space is left to a whole reading
        self._usable = all(w.strip() == w != "" for w in (*self._against, *self._support))

    def any_settled(self, text: str, lower: str, places: list[int]) -> bool:
        """Is one of these places (none in a line in capitals) accepted by both versions, whatever else the story
        holds?"""
        if not self._usable:
            return False
        against = [at for word in self._against for at in find_all(lower, word)]
        support = self._support_at(lower)
        number = _stretch_numbers(text, [*places, *against, *(at for at, _ in support)])
        against_numbers = sorted(number[at] for at in against)
        for place in places:
            here = number[place]
            first = bisect_left(against_numbers, here - self._reach)
            if first < len(against_numbers) and against_numbers[first] <= here + self._reach:
                continue  # something could be against it
            near = sorted(
                (abs(number[at] - here), at, end) for at, end in support if abs(number[at] - here) <= self._window
            )
            if any(self._within(text, place, at, end) for _, at, end in near[:2]):
                return True
        return False

    def _support_at(self, lower: str) -> list[tuple[int, int]]:
        """(start, end) of each require_any word where it counts as one in any window holding it."""
        found = []
        for word in self._support:
            needle, phrase = _needle(word)
            for at in find_all(lower, needle):
                end = at + len(needle)
                if (at == 0 or not _wordy(lower[at - 1])) and not (phrase and end < len(lower) and _wordy(lower[end])):
                    found.append((at, end))
        return found

    def _within(self, text: str, place: int, at: int, end: int) -> bool:
        """Is the word at..end within the narrower window of the term at `place`, counted in tokens?"""
        low = stretch_of(text, min(place, at), -(self._special + 1))
        high = stretch_of(text, max(place, end - 1), self._special + 1)
        doc = self._nlp.tokenizer(text[low:high])
        offsets = [token.idx for token in doc]
        term = bisect_left(offsets, place - low)
        if term == len(offsets) or offsets[term] != place - low:
            return False
        if (doc[term].lower_ if self._folded else doc[term].text) != self._first:
            return False  # not a match of the term after all
        first = bisect_right(offsets, at - low) - 1
        last = bisect_right(offsets, end - 1 - low) - 1
        return first >= term - self._window and last <= term + self._window


def _stretch_numbers(text: str, places: list[int]) -> dict[int, int]:
    """The number of the stretch each place (none of them whitespace) is in, counted from wherever: only their
    differences count (the stretches between two places)."""
    numbers, count, last = {}, 0, 0
    for place in sorted(set(places)):
        count += len(_SPACES.findall(text, last, place))
        numbers[place] = count
        last = place
    return numbers


def stretch_of(text: str, place: int, count: int) -> int:
    """Where the stretch `count` stretches after (before, if negative) the one holding `place` ends (starts); the
    text's end (start) if there are not so many."""
    at, length = place, len(text)
    if count >= 0:
        while at < length and not text[at].isspace():
            at += 1
        for _ in range(count):
            while at < length and text[at].isspace():
                at += 1
            while at < length and not text[at].isspace():
                at += 1
        return at if at < length else length
    for _ in range(-count):
        while at > 0 and not text[at - 1].isspace():
            at -= 1
        while at > 0 and text[at - 1].isspace():
            at -= 1
        if at == 0:
            return 0
    while at > 0 and not text[at - 1].isspace():
        at -= 1
    return at


def find_all(text: str, word: str) -> list[int]:
    """Every offset where `word` starts in `text` (overlapping ones too)."""
    found, at = [], text.find(word)
    while at != -1:
        found.append(at)
        at = text.find(word, at + 1)
    return found
