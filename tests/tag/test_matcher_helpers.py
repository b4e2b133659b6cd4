"""The matcher's faster helpers (monitor/tag/watchlist.py) say what the slower forms they replace said: a context
word found by str.find as the look-behind pattern finds it, the kind of the one line a match is in as the list of
every line in capitals or title case had it, the prefilter's needles held by every text it passes, and nothing
found in a text it turns away."""

from __future__ import annotations

import re

import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.config import Watchlist
from monitor.tag.watchlist import (
    TOPICS_KEY,
    Prefilter,
    WatchlistMatcher,
    _holds,
    _line_kind_at,
    _uninformative,
    compile_terms,
    line_kind,
)

LETTERS = st.sampled_from(list("aIcEe _-’'(g)78\n .ΣσİΣ") + ["ice", "ICE", "ice age", "STORM", "Deal", "x", "ĳ"])
text_of = st.lists(LETTERS, max_size=60).map("".join)
NLP = spacy.blank("en")


def old_context_word(word: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w])" + re.escape(word.lower()) + (r"(?![\w])" if " " in word.strip() else ""))


@settings(max_examples=500, deadline=None)
@given(text=text_of, word=st.sampled_from(["ice", "ice age", "e", "(g)", "287(g)", "ice ", " ice", "'", "σ", "_"]))
def test_a_context_word_is_found_as_the_pattern_finds_it(text: str, word: str) -> None:
    assert _holds(text, word) == bool(old_context_word(word).search(text))


def old_shouting_lines(text: str) -> list[tuple[int, int, str]]:
    found = []
    for match in re.finditer(r"[^\n]+", text):
        kind = line_kind(match.group())
        if kind is not None:
            found.append((match.start(), match.end(), kind))
    return found


def old_uninformative(start: int, end: int, tokens: int, lines: list[tuple[int, int, str]]) -> bool:
    for first, last, kind in lines:
        if first <= start and end <= last:
            return kind == "caps" or (kind == "title" and tokens > 1)
    return False


@settings(max_examples=300, deadline=None)
@given(text=text_of)
def test_the_line_a_match_is_in_is_judged_as_the_list_of_all_lines_judged_it(text: str) -> None:
    doc = NLP.make_doc(text)
    doc.user_data["monitor_text"] = text
    lines = old_shouting_lines(text)
    for start in range(len(doc)):
        for end in range(start + 1, min(len(doc), start + 3) + 1):
            span = doc[start:end]
            assert _uninformative(span) == old_uninformative(span.start_char, span.end_char, len(span), lines)
            assert _line_kind_at(doc, span.start_char, span.end_char) in (None, "caps", "title")


@settings(max_examples=400, deadline=None)
@given(text=text_of)
def test_every_text_the_prefilter_passes_holds_one_of_its_needles(text: str) -> None:
    terms = [
        {"text": "ICE", "case_sensitive": True, "require_any": ["ice age", "e"], "reject_any": []},
        {"text": "STORM", "case_sensitive": True},
    ]
    prefilter = Prefilter(terms, [{"id": "d", "name": "Deal x", "aliases": ["Σσ"]}], [], [])
    needles = prefilter.needles()
    assert needles == ["Deal x", "ICE", "STORM", "Σσ"]
    assert not prefilter.could_match(text) or any(n in text for n in needles)
    folded = Prefilter([{"text": "storm", "case_sensitive": False}], [], [], [])
    assert folded.needles() is None  # a word in any case: no needle a database could look for


EXACT = Watchlist.model_validate(
    {
        "topics": [
            {
                "id": "ice",
                "label": "ICE",
                "terms": [{"text": "ICE", "require_any": ["ice age", "e"], "reject_any": ["storm", "σ"]}],
            }
        ],
        "people": [],
    }
)


@settings(max_examples=400, deadline=None)
@given(
    text=st.lists(
        st.sampled_from(["ICE", " ", ".", "\n", "x", "e", "storm", "σ", "ice age", "In", "Case"]), max_size=12
    ).map("".join)
)
def test_a_text_the_prefilter_turns_away_has_no_topic(text: str) -> None:
    """Exact, whatever the text: with no require_any word, "ICE" named twice passes only where no reject_any word is."""
    terms = compile_terms(EXACT)
    if not Prefilter(terms, [], [], []).could_match(text):
        doc = WatchlistMatcher(NLP, terms, [], [])(NLP.make_doc(text))
        assert list(doc.spans[TOPICS_KEY]) == []
