"""One article against one release: how much of the release it contains, which sentences it copied,
which release quotes it ran (and how they were changed), or whether it only mentions the release's
organisation or spokesperson on its topic.

Containment, not resemblance: an article can be five times longer than the release and still carry all
of it. Quotes are aligned word by word (difflib) inside a window found through shared word 3-grams, so a
trimmed quote, or one interrupted by its attribution, still matches, and each changed word is named.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from difflib import Match as Match_
from difflib import SequenceMatcher
from functools import cached_property

from . import text as t
from .fingerprint import Fingerprint

VERBATIM = 0.7  # share of the release's body found in the article: a repost
PARTIAL = 0.2  # share of its narrative (the quotes aside): partial reuse, as Churnalism counted it
PARTIAL_SENTENCES = 2  # or this many of its sentences copied
SENTENCE_COPIED = 0.8  # share of a sentence's 5-grams present for it to count as copied
QUOTE_SIMILARITY = 0.75  # matched words / words of the used part of a quote
QUOTE_MIN_WORDS = 6  # fewer matched words than this is a phrase, not a quote (unless the quote is shorter)
MAX_GAP = 3  # words changed in a row inside a quote: more, and it is two different passages
MAX_ARTICLE_GAP = 14  # words between two parts of a quote in the article ("...," said the deputy director, "...")
EDGE_WORDS = 3  # words changed at the very start or end of a used quote that are still checked
UNQUOTED_RUN = 8  # words in a row a quote needs where the article has no quotation marks (common phrasing aside)
KINDS = ("verbatim", "partial", "quote", "mention", "none")


@dataclass(frozen=True)
class QuoteMatch:
    index: int  # the release's quote, 1-based
    verbatim: bool  # no word changed (trimming at either end is not a change)
    altered: list[str]  # "old→new", "old→" (dropped), "→new" (added), in order
    start: int  # where the used part is in the article
    end: int
    similarity: float


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    what: str  # "sentence" | "quote"


@dataclass(frozen=True)
class Match:
    kind: str  # one of KINDS
    reuse: float  # share of the release's body 5-grams found in the article
    narrative_reuse: float  # the same, its quotes left out
    sentences: int  # release sentences copied, quotes aside
    quotes: list[QuoteMatch] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    mentioned: list[str] = field(default_factory=list)  # organisation or spokespeople named


class Article:
    """An article's text prepared once for comparing with every release: its words and 5-grams at once (every
    check needs them); offsets, the 3-gram index and quotation marks only when a comparison gets that far."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = t.tokens(text)
        self.gram_list = t.grams(self.tokens)
        self.grams = set(self.gram_list)

    @cached_property
    def words(self) -> list[t.Word]:
        return t.words(self.text)

    @cached_property
    def gram_positions(self) -> dict[int, list[int]]:
        found: dict[int, list[int]] = defaultdict(list)
        for position, gram in enumerate(self.gram_list):
            found[gram].append(position)
        return found

    @cached_property
    def trigrams(self) -> dict[tuple[str, str, str], list[int]]:
        found: dict[tuple[str, str, str], list[int]] = defaultdict(list)
        for i, trigram in enumerate(zip(self.tokens, self.tokens[1:], self.tokens[2:])):
            found[trigram].append(i)
        return found

    @cached_property
    def quotes(self) -> list[int]:
        """Per word: the number of the quotation it stands in, 0 outside any. Curly marks open and close by
        direction, straight ones by alternation; a line break closes what is open (a quote continued in the
        next paragraph reopens with a new mark)."""
        number, inside, found = 0, False, []
        marks = list(_MARK.finditer(self.text))
        position = 0
        for word in self.words:
            while position < len(marks) and marks[position].start() < word.start:
                mark = marks[position].group()
                opens = mark in _OPENING or (mark == '"' and not inside)
                if opens and not inside:
                    number += 1
                inside = opens
                position += 1
            found.append(number if inside else 0)
        return found

    @cached_property
    def quoted(self) -> list[bool]:
        return [number > 0 for number in self.quotes]

    @cached_property
    def token_set(self) -> set[str]:
        return set(self.tokens)

    @cached_property
    def bases(self) -> list[str]:
        """Words without a possessive 's: "the Sheriffs' Association's advice" names the association."""
        return [_base(token) for token in self.tokens]

    def contains(self, phrase: list[str]) -> bool:
        """Does the article say this phrase (its words as `Release.names` holds them)?"""
        words = self.token_set
        if not phrase or any(word not in words and word + "'s" not in words for word in phrase):
            return False  # the usual answer, without looking at the article word by word
        first, bases, size = phrase[0], self.bases, len(phrase)
        return any(bases[i:i + size] == phrase for i, token in enumerate(bases) if token == first)


_OPENING = "\u201c\u201e\u00ab"
_MARK = re.compile('[\u201c\u201e\u00ab\u201d\u00bb"\n]')


def _base(token: str) -> str:
    return token[:-2] if token.endswith("'s") else token


class Release:
    """A fingerprint with what every comparison needs worked out once: sentence and quote 5-grams, names."""

    def __init__(self, fingerprint: Fingerprint) -> None:
        self.fp = fingerprint
        self.grams = set(fingerprint.grams)
        self.quote_words = {q.index: t.tokens(q.text) for q in fingerprint.quotes}
        self.quote_grams = {g for words in self.quote_words.values() for g in t.grams(words)}
        self.narrative = self.grams - self.quote_grams
        self.sentence_grams = [t.grams(t.tokens(s)) for s in fingerprint.sentences]
        self.names = [(name, [_base(w) for w in t.tokens(name)])
                      for name in [fingerprint.organisation, *fingerprint.spokespeople] if name]
        self.topics = set(fingerprint.topics)
        # The sentences `compare` counts as copied text (mostly outside the quotes), by 5-gram.
        self._sentences_of: dict[int, list[int]] = defaultdict(list)
        for number, grams in enumerate(self.sentence_grams):
            if grams and sum(g in self.quote_grams for g in grams) * 2 < len(grams):
                for gram in grams:  # a 5-gram twice in a sentence counts twice, as in `compare`
                    self._sentences_of[gram].append(number)

    def could_be_copied(self, shared: set[int]) -> bool:
        """Could `compare` find copied text or a quote in an article sharing these 5-grams with the release?
        Decided from the shared 5-grams alone, exactly as `compare` decides, so when the answer is no, only a
        mention is left to check (`is_mentioned`)."""
        if not shared:
            return False
        if shared & self.quote_grams or len(shared) >= VERBATIM * len(self.grams):
            return True
        if self.narrative and len(shared & self.narrative) >= PARTIAL * len(self.narrative):
            return True
        present: Counter[int] = Counter(number for gram in shared for number in self._sentences_of.get(gram, ()))
        copied = sum(1 for number, count in present.items()
                     if count / len(self.sentence_grams[number]) >= SENTENCE_COPIED)
        return copied >= PARTIAL_SENTENCES


def compare(release: Release, article: Article, *, topics: set[str] = frozenset(),  # type: ignore[assignment]
            people: set[str] = frozenset()) -> Match:  # type: ignore[assignment]
    """One release against one article; `topics`/`people` are the watched ids the article was tagged with."""
    if not release.grams:
        return Match("none", 0.0, 0.0, 0)
    reuse = len(release.grams & article.grams) / len(release.grams)
    narrative = release.narrative
    narrative_reuse = len(narrative & article.grams) / len(narrative) if narrative else 0.0
    spans: list[Span] = []
    copied = 0
    for sentence_grams in release.sentence_grams:
        present = [g for g in sentence_grams if g in article.grams]
        if sentence_grams and len(present) / len(sentence_grams) >= SENTENCE_COPIED:
            spans.append(_span_of(article, present))
            if sum(g in release.quote_grams for g in sentence_grams) * 2 < len(sentence_grams):
                copied += 1
    quotes = [match for index, words in release.quote_words.items() if (match := find_quote(index, words, article))]
    spans += [Span(q.start, q.end, "quote") for q in quotes]
    if reuse >= VERBATIM:
        kind = "verbatim"
    elif narrative_reuse >= PARTIAL or copied >= PARTIAL_SENTENCES:
        kind = "partial"
    elif quotes:
        kind = "quote"
    else:
        kind = "none"
    mentioned = _mentioned(release, article, people) if kind == "none" and release.topics & topics else []
    if mentioned:
        kind = "mention"
    return Match(kind, round(reuse, 4), round(narrative_reuse, 4), copied, quotes, sorted(spans, key=_start),
                 mentioned)


def _start(span: Span) -> int:
    return span.start


def _span_of(article: Article, present: list[int]) -> Span:
    """Where a copied sentence stands in the article: the tightest pair of its first and last 5-grams (a
    headline may repeat the sentence's opening words elsewhere)."""
    starts, ends = article.gram_positions[present[0]], article.gram_positions[present[-1]]
    first, last = min(((s, e) for s in starts for e in ends if e >= s), key=lambda pair: pair[1] - pair[0],
                      default=(starts[0], starts[0]))
    end_word = min(len(article.words) - 1, last + t.GRAM - 1)
    return Span(article.words[first].start, article.words[end_word].end, "sentence")


def _mentioned(release: Release, article: Article, people: set[str]) -> list[str]:
    names = [name for name, words in release.names if article.contains(words)]
    return names + [person for person in release.fp.people if person in people and person not in names]


def is_mentioned(release: Release, article: Article, *, topics: set[str], people: set[str]) -> bool:
    """Does the article name the release's organisation or a spokesperson, on one of its topics?"""
    return bool(release.topics & topics) and bool(_mentioned(release, article, people))


def find_quote(index: int, wanted: list[str], article: Article) -> QuoteMatch | None:
    """The release quote (its words) in the article, verbatim, trimmed or lightly edited; None when absent."""
    n = len(wanted)
    if n < 3:
        return None
    diagonals = Counter(p - i for i in range(n - 2) for p in article.trigrams.get(tuple(wanted[i:i + 3]), ()))
    best: QuoteMatch | None = None
    for diagonal, _ in diagonals.most_common(3):
        low, high = max(0, diagonal - 5), min(len(article.tokens), diagonal + n + 25)  # room for "she said"
        candidate = _align(index, wanted, article, low, high)
        if candidate and (best is None or candidate.similarity > best.similarity):
            best = candidate
    return best


def _align(index: int, wanted: list[str], article: Article, low: int, high: int) -> QuoteMatch | None:
    region = article.tokens[low:high]
    quoted = article.quoted[low:high]
    numbers = article.quotes[low:high]
    blocks = _cluster(_quoted_parts([b for b in SequenceMatcher(None, wanted, region, autojunk=False)
                                     .get_matching_blocks() if b.size], quoted), quoted)
    if not blocks:
        return None
    q_start, q_end = blocks[0].a, blocks[-1].a + blocks[-1].size
    a_start, a_end = blocks[0].b, blocks[-1].b + blocks[-1].size
    if sum(b.size for b in blocks) < min(len(wanted), QUOTE_MIN_WORDS):
        return None
    # At least one run of words as long as a 5-gram (so the candidate index, which looks for shared 5-grams,
    # never misses a quote this finds), and a longer one where the article uses no quotation marks at all.
    if max(b.size for b in blocks) < min(len(wanted), t.GRAM if any(quoted) else UNQUOTED_RUN):
        return None
    # A change at either end of the used part looks like trimming; it is a change when the article's quote
    # goes on (still inside its marks) where the release's quote also goes on.
    for _ in range(EDGE_WORDS):
        if not (q_end < len(wanted) and _inside_same_quote(numbers, a_end - 1, a_end)):
            break
        q_end, a_end = q_end + 1, a_end + 1
    for _ in range(EDGE_WORDS):
        if not (q_start > 0 and _inside_same_quote(numbers, a_start - 1, a_start)):
            break
        q_start, a_start = q_start - 1, a_start - 1
    altered: list[str] = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, wanted[q_start:q_end], region[a_start:a_end],
                                              autojunk=False).get_opcodes():
        if op == "equal":
            continue
        # Words outside quotation marks are the article's own ("...," Tramonte said, "..."), not a change.
        added = [region[a_start + j] for j in range(j1, j2) if quoted[a_start + j] or not any(quoted)]
        removed = wanted[q_start + i1:q_start + i2]
        altered += _pairs(removed, added)
    used = q_end - q_start
    changed = sum(1 for change in altered if not change.startswith("→"))
    similarity = (used - changed) / (used + sum(1 for change in altered if change.startswith("→")))
    if similarity < QUOTE_SIMILARITY:
        return None
    words = article.words
    return QuoteMatch(index, not altered, altered, words[low + a_start].start, words[low + a_end - 1].end,
                      round(similarity, 3))


def _inside_same_quote(numbers: list[int], left: int, right: int) -> bool:
    """Both words inside the same quotation (the article's quote goes on from one to the other)."""
    return 0 <= left < len(numbers) and 0 <= right < len(numbers) and numbers[left] > 0 and \
        numbers[left] == numbers[right]


def _quoted_parts(blocks: list[Match_], quoted: list[bool]) -> list[Match_]:
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
                parts.append(Match_(block.a + run, block.b + run, k - run))
                run = None
    return parts


def _cluster(blocks: list[Match_], quoted: list[bool]) -> list[Match_]:
    """The run of matching blocks around the longest one, joined across small gaps only: common words
    ("the", "that") matched far away would otherwise stretch a trimmed quote into a mangled one."""
    if not blocks:
        return []
    core = max(range(len(blocks)), key=lambda i: blocks[i].size)
    kept = [blocks[core]]

    def close(left: Match_, right: Match_) -> bool:
        gap_q = right.a - (left.a + left.size)
        between = range(left.b + left.size, right.b)
        gap_quoted = sum(1 for j in between if quoted[j]) if any(quoted) else len(between)
        return gap_q <= MAX_GAP and gap_quoted <= MAX_GAP and len(between) <= MAX_ARTICLE_GAP

    for block in blocks[core + 1:]:
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
    pairs += [f"{old}→" for old in removed[len(added):]]
    pairs += [f"→{new}" for new in added[len(removed):]]
    return pairs
