"""A release quote in an article: found by aligning words (difflib) inside a window located through shared word
3-grams, so a trimmed quote, or one interrupted by its attribution, still matches, and each changed word is named:
`evidence→research` (replaced), `really→` (dropped), `→not` (added).

Trimming at either end is not a change. A change at an end is told from trimming by the article's quotation
marks: where the article's quote goes on past the part that matches (inside its marks) while the release's
quote goes on too, the next words are compared; where the release's quote has ended and the article's goes on
for a word or three, they were added; where it goes on longer, it is another sentence joined on.
"""

from __future__ import annotations

import difflib
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import prose

if TYPE_CHECKING:
    from .match import Article

QUOTE_SIMILARITY = 0.75  # matched words / words of the used part of a quote
QUOTE_MIN_WORDS = 6  # fewer matched words than this is a phrase, not a quote (unless the quote is shorter)
QUOTE_PLACES = 3  # places in the article (sharing the most 3-grams with a quote) where it is aligned
QUOTE_LEAD = 5  # words before a quote's expected place that are aligned too (a trimmed or reordered start)
QUOTE_TAIL = 25  # words after its expected end that are aligned too (room for "...," said X of Y, "...")
MAX_GAP = 3  # words changed in a row inside a quote: more, and it is two different passages
MAX_ARTICLE_GAP = 14  # words between two parts of a quote in the article ("...," said the deputy director, "...")
EDGE_WORDS = 3  # words at a used quote's start or end, inside the article's marks, that are changes, not trimming
UNQUOTED_RUN = 8  # words in a row a quote needs where the article has no quotation marks (common phrasing aside)
SPLIT_PART = 3  # words each part of a quote split over two quotations needs (a lone "a" there is another quote's)


@dataclass(frozen=True)
class QuoteMatch:
    index: int  # the release's quote, 1-based
    verbatim: bool  # no word changed (trimming at either end is not a change)
    altered: list[str]  # "old→new", "old→" (dropped), "→new" (added), in order
    start: int  # where the used part is in the article
    end: int
    similarity: float


def find_quote(index: int, wanted: list[str], article: Article) -> QuoteMatch | None:
    """The release quote (its words) in the article, verbatim, trimmed or lightly edited; None when absent."""
    n = len(wanted)
    if n < 3:  # it is located by its word 3-grams
        return None
    diagonals = Counter(p - i for i in range(n - 2) for p in article.trigrams.get(tuple(wanted[i : i + 3]), ()))
    best: QuoteMatch | None = None
    for diagonal, _ in diagonals.most_common(QUOTE_PLACES):
        low, high = max(0, diagonal - QUOTE_LEAD), min(len(article.tokens), diagonal + n + QUOTE_TAIL)
        candidate = _align(index, wanted, article, low, high)
        if candidate and (best is None or candidate.similarity > best.similarity):
            best = candidate
    return best


def _align(index: int, wanted: list[str], article: Article, low: int, high: int) -> QuoteMatch | None:
    """The quote aligned in the article's words `low` to `high`: its used part, widened where the article shows a
    change at an end, then its changed words; None when too little of it is there or too much was changed."""
    window = _Window(article, low, high)
    blocks = cluster(
        _quoted_parts(
            [
                b
                for b in difflib.SequenceMatcher(None, wanted, window.tokens, autojunk=False).get_matching_blocks()
                if b.size
            ],
            window.quoted,
        ),
        window.numbers,
    )
    if not _long_enough(blocks, len(wanted), window.marked):
        return None
    part = _with_added_words(_carried_on(_Part.spanning(blocks), len(wanted), window), len(wanted), window)
    altered = _changes(wanted, part, window)
    similarity = _similarity(part.quote_end - part.quote_start, altered)
    if similarity < QUOTE_SIMILARITY:
        return None
    words = article.words
    return QuoteMatch(
        index, not altered, altered, words[low + part.start].start, words[low + part.end - 1].end, round(similarity, 3)
    )


class _Window:
    """The stretch of an article a quote is aligned in (its words `low` to `high`), with its words, which of them
    stand inside quotation marks and in which quotation; positions in the window count from `low`."""

    def __init__(self, article: Article, low: int, high: int) -> None:
        self.low = low
        self.tokens = article.tokens[low:high]
        self.quoted = article.quoted[low:high]
        self.numbers = article.quotes[low:high]
        self.marked = any(self.quoted)
        self.article_numbers = article.quotes  # the whole article's, for quotations that go on past the window


@dataclass(frozen=True)
class _Part:
    """The used part of a quote: its words `quote_start` to `quote_end`, standing at `start` to `end` in the window."""

    quote_start: int
    quote_end: int
    start: int
    end: int

    @classmethod
    def spanning(cls, blocks: list[difflib.Match]) -> _Part:
        return cls(blocks[0].a, blocks[-1].a + blocks[-1].size, blocks[0].b, blocks[-1].b + blocks[-1].size)


def _long_enough(blocks: list[difflib.Match], quote_words: int, marked: bool) -> bool:
    """Enough matched words to be the quote rather than a phrase, and at least one run of words as long as a 5-gram
    (so the candidate index, which looks for shared 5-grams, never misses a quote this finds), or a longer one
    where the article uses no quotation marks at all."""
    return (
        bool(blocks)
        and sum(b.size for b in blocks) >= min(quote_words, QUOTE_MIN_WORDS)
        and max(b.size for b in blocks) >= min(quote_words, prose.GRAM if marked else UNQUOTED_RUN)
    )


def _carried_on(part: _Part, quote_words: int, window: _Window) -> _Part:
    """A change at either end of the used part looks like trimming; it is a change when the article's quote goes
    on (still inside its marks) where the release's quote also goes on: up to EDGE_WORDS more words each end."""
    numbers, low = window.article_numbers, window.low
    quote_end, end = part.quote_end, part.end
    for _ in range(EDGE_WORDS):
        if not (quote_end < quote_words and _inside_same_quote(numbers, low + end - 1, low + end)):
            break
        quote_end, end = quote_end + 1, end + 1
    quote_start, start = part.quote_start, part.start
    for _ in range(EDGE_WORDS):
        if not (quote_start > 0 and _inside_same_quote(numbers, low + start - 1, low + start)):
            break
        quote_start, start = quote_start - 1, start - 1
    return _Part(quote_start, quote_end, start, end)


def _with_added_words(part: _Part, quote_words: int, window: _Window) -> _Part:
    """Where the release's quote has ended (or not yet begun) and the article's goes on for a word or three and
    closes, those words were added: the used part takes them in."""
    numbers, low = window.article_numbers, window.low
    start, end = part.start, part.end
    if part.quote_end == quote_words and 0 < (after := _rest_of_quote(numbers, low + end - 1, +1)) <= EDGE_WORDS:
        end = min(len(window.tokens), end + after)
    if part.quote_start == 0 and 0 < (before := _rest_of_quote(numbers, low + start, -1)) <= EDGE_WORDS:
        start = max(0, start - before)
    return _Part(part.quote_start, part.quote_end, start, end)


def _changes(wanted: list[str], part: _Part, window: _Window) -> list[str]:
    """The used part's changed words, in order ("old→new", "old→", "→new")."""
    region, quoted = window.tokens, window.quoted
    altered: list[str] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(
        None, wanted[part.quote_start : part.quote_end], region[part.start : part.end], autojunk=False
    ).get_opcodes():
        if op == "equal":
            continue
        # Words outside quotation marks are the article's own ("...," Tramonte said, "..."), not a change.
        added = [region[part.start + j] for j in range(j1, j2) if quoted[part.start + j] or not window.marked]
        removed = wanted[part.quote_start + i1 : part.quote_start + i2]
        altered += _pairs(removed, added)
    return altered


def _similarity(used: int, altered: list[str]) -> float:
    """Words kept of the used part, over its words and the words added to it."""
    changed = sum(1 for change in altered if not change.startswith("→"))
    return (used - changed) / (used + sum(1 for change in altered if change.startswith("→")))


def _inside_same_quote(numbers: list[int], left: int, right: int) -> bool:
    """Both words inside the same quotation (the article's quote goes on from one to the other)."""
    return (
        0 <= left < len(numbers) and 0 <= right < len(numbers) and numbers[left] > 0 and numbers[left] == numbers[right]
    )


def _rest_of_quote(numbers: list[int], edge: int, step: int) -> int:
    """Words of the article's quotation beyond `edge` (a word inside it), going `step` (+1 on, -1 back), up to
    its closing (or opening) mark, counted up to EDGE_WORDS + 1; 0 when `edge` is outside quotation marks."""
    if not 0 <= edge < len(numbers) or numbers[edge] == 0:
        return 0
    count, position = 0, edge + step
    while count <= EDGE_WORDS and 0 <= position < len(numbers) and numbers[position] == numbers[edge]:
        count, position = count + 1, position + step
    return count


def _quoted_parts(blocks: list[difflib.Match], quoted: list[bool]) -> list[difflib.Match]:
    """Where the article uses quotation marks, only the words inside them can be the quote: `the Constitution
    “does not let us...”` matches from "does"."""
    if not any(quoted):
        return blocks
    parts = []
    for block in blocks:
        run = None
        for k in range(block.size + 1):
            inside = k < block.size and quoted[block.b + k]
            if inside and run is None:
                run = k
            elif not inside and run is not None:
                parts.append(difflib.Match(block.a + run, block.b + run, k - run))
                run = None
    return parts


def cluster(blocks: list[difflib.Match], numbers: list[int]) -> list[difflib.Match]:
    """The run of matching blocks around the longest one, joined across small gaps only: common words
    ("the", "that") matched far away would otherwise stretch a trimmed quote (or sentence) into a mangled one.
    `numbers`: per article word, the quotation it stands in (`Article.quotes`; all 0: every word counts in a
    gap). Two parts in different quotations ("...," she said, "...") are joined only if both are a few words."""
    if not blocks:
        return []
    core = max(range(len(blocks)), key=lambda i: blocks[i].size)
    kept = [blocks[core]]
    marked = any(numbers)

    def close(left: difflib.Match, right: difflib.Match) -> bool:
        gap_q = right.a - (left.a + left.size)
        between = range(left.b + left.size, right.b)
        gap_quoted = sum(1 for j in between if numbers[j]) if marked else len(between)
        if marked and numbers[left.b] != numbers[right.b] and min(left.size, right.size) < SPLIT_PART:
            return False
        return gap_q <= MAX_GAP and gap_quoted <= MAX_GAP and len(between) <= MAX_ARTICLE_GAP

    for block in blocks[core + 1 :]:
        if not close(kept[-1], block):
            break
        kept.append(block)
    for block in reversed(blocks[:core]):
        if not close(block, kept[0]):
            break
        kept.insert(0, block)
    return kept


def _pairs(removed: list[str], added: list[str]) -> list[str]:
    """Changed words paired one to one, in order; what is left over was dropped or added."""
    pairs = [f"{old}→{new}" for old, new in zip(removed, added)]
    pairs += [f"{old}→" for old in removed[len(added) :]]
    pairs += [f"→{new}" for new in added[len(removed) :]]
    return pairs
