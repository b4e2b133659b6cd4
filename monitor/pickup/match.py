"""One article against one release: how much of the release it contains, which sentences it copied,
which release quotes it ran (and how they were changed, `quotes.py`), or whether it only mentions the
release's organisation or spokesperson on its subject (`mentions.py`).

Containment, not resemblance: an article can be five times longer than the release and still carry all
of it. Copied text is measured on the release's narrative: its body less its quotes and the names of its
organisation and spokespeople (running a quote with "said Lynn Tramonte, deputy director of ..." copies no
narrative), and less the sentences it shares with other releases of its organisation (`common`), which are
that organisation's boilerplate, evidence for none of them.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import cached_property

from . import mentions, prose
from . import quotes as q
from .fingerprint import Fingerprint
from .quotes import QuoteMatch, find_quote

VERBATIM = 0.7  # share of the release's body (titles aside) found in the article: a repost
PARTIAL = 0.2  # share of its narrative (quotes and names aside): partial reuse, as Churnalism counted it
PARTIAL_MIN_GRAMS = 6  # and at least this many narrative 5-grams (a 10-word run): a statement's narrative is small
PARTIAL_SENTENCES = 2  # or this many of its narrative sentences copied
SENTENCE_COPIED = 0.8  # share of a sentence's 5-grams present for it to count as copied
SENTENCE_SIMILARITY = 0.8  # or its words found in order, lightly edited ("today"→"on Monday"): aligned / its words
FUZZY_SENTENCE_WORDS = 10  # words a sentence needs to be recognised through edits (a shorter one must be exact)
KINDS = ("verbatim", "partial", "quote", "mention", "none")

__all__ = ["KINDS", "Article", "Match", "QuoteMatch", "Release", "Span", "compare", "find_quote", "is_mentioned"]


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    what: str  # "sentence" | "quote"


@dataclass(frozen=True)
class Match:
    kind: str  # one of KINDS
    reuse: float  # share of the release's body 5-grams found in the article
    narrative_reuse: float  # the same, its quotes, names and shared boilerplate left out
    sentences: int  # release narrative sentences copied
    quotes: list[QuoteMatch] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    mentioned: list[str] = field(default_factory=list)  # organisation or spokespeople named


class Article:
    """An article's text prepared once for comparing with every release: its words and 5-grams at once (every
    check needs them); offsets, the 3-gram index and quotation marks only when a comparison gets that far."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = prose.tokens(text)
        self.gram_list = prose.grams(self.tokens)
        self.grams = set(self.gram_list)

    @cached_property
    def words(self) -> list[prose.Word]:
        return prose.words(self.text)

    @cached_property
    def gram_positions(self) -> dict[int, list[int]]:
        found: dict[int, list[int]] = defaultdict(list)
        for position, gram in enumerate(self.gram_list):
            found[gram].append(position)
        return found

    @cached_property
    def trigrams(self) -> dict[tuple[str, ...], list[int]]:
        found: dict[tuple[str, ...], list[int]] = defaultdict(list)
        for i, trigram in enumerate(zip(self.tokens, self.tokens[1:], self.tokens[2:])):
            found[trigram].append(i)
        return found

    @cached_property
    def quotes(self) -> list[int]:
        """Per word: the number of the quotation it stands in, 0 outside any (`text.quotations`)."""
        return prose.quotations(self.text, self.words)

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
        return bool(self.positions(phrase, first_only=True))

    def positions(self, phrase: list[str], *, first_only: bool = False) -> list[int]:
        """Where the article says this phrase (word positions), possessives aside."""
        words = self.token_set
        if not phrase or any(word not in words and word + "'s" not in words for word in phrase):
            return []  # the usual answer, without looking at the article word by word
        first, bases, size = phrase[0], self.bases, len(phrase)
        found = []
        for i, token in enumerate(bases):
            if token == first and bases[i : i + size] == phrase:
                found.append(i)
                if first_only:
                    break
        return found

    @cached_property
    def stems(self) -> list[str]:
        return [mentions.stem(token) for token in self.tokens]

    @cached_property
    def stem_set(self) -> frozenset[str]:
        return frozenset(self.stems)

    def contains_stems(self, phrase: list[str]) -> bool:
        """Does the article say this phrase, plurals and possessives folded (`mentions.stem`)?"""
        stems, size = self.stems, len(phrase)
        return bool(phrase) and any(stems[i : i + size] == phrase for i, word in enumerate(stems) if word == phrase[0])

    @cached_property
    def _sentence_spans(self) -> list[tuple[int, int]]:
        found = []
        for line in re.finditer(r"[^\n]+", self.text):
            found += [(start, start + len(sentence)) for sentence, start in prose.sentences(line.group(), line.start())]
        return found

    def sentence_at(self, position: int) -> str:
        """The sentence holding the word at this position."""
        offset = self.words[min(position, len(self.words) - 1)].start
        spans = self._sentence_spans
        at = max(0, bisect.bisect_right([start for start, _ in spans], offset) - 1)
        start, end = spans[at] if spans else (0, len(self.text))
        return self.text[start:end]


def _base(token: str) -> str:
    return token[:-2] if token.endswith("'s") else token


class Release:
    """A fingerprint with what every comparison needs worked out once: narrative and sentence 5-grams, names.

    `common`: 5-grams the release shares with other releases of its organisation (see `index.releases_of`):
    its boilerplate, left out of its narrative and of the sentences that count as copied. `subject`: the words
    of its headline and lede that say what it is about, less those its siblings use (default: all of them).
    `stock`: 5-grams it shares with any other release; a sentence with one of them is recognised only whole,
    never through edits (it may be another release's sentence, written from the same template)."""

    def __init__(
        self,
        fingerprint: Fingerprint,
        common: frozenset[int] = frozenset(),
        subject: frozenset[str] | None = None,
        stock: frozenset[int] = frozenset(),
    ) -> None:
        self.fp = fingerprint
        self.grams = set(fingerprint.grams)
        self.quote_words = {q.index: prose.tokens(q.text) for q in fingerprint.quotes}
        self.quote_grams = {g for words in self.quote_words.values() for g in prose.grams(words)}
        own = set(fingerprint.narrative) if fingerprint.narrative is not None else self.grams - self.quote_grams
        self.common = frozenset(common)
        self.stock = frozenset(stock) | self.common
        self.narrative = (own & self.grams) - self.common
        self.sentence_words = [prose.tokens(s) for s in fingerprint.sentences]
        self.sentence_grams = [prose.grams(words) for words in self.sentence_words]
        # The sentences `compare` counts as copied text: mostly narrative (not quotes, names or boilerplate).
        self.copyable = [
            number
            for number, grams in enumerate(self.sentence_grams)
            if grams and sum(g in self.narrative for g in grams) * 2 >= len(grams)
        ]
        # ... and those of them that may be recognised through light edits: long enough, and no stock phrasing.
        self.editable = {
            number
            for number in self.copyable
            if len(self.sentence_words[number]) >= FUZZY_SENTENCE_WORDS
            and not any(gram in self.stock for gram in self.sentence_grams[number])
        }
        self._sentences_of: dict[int, list[int]] = defaultdict(list)
        for number in self.copyable:
            for gram in self.sentence_grams[number]:  # a 5-gram twice in a sentence counts twice, as in `compare`
                self._sentences_of[gram].append(number)
        self.names = [
            (name, [_base(w) for w in prose.tokens(name)])
            for name in [fingerprint.organisation, *fingerprint.spokespeople]
            if name
        ]
        self.topics = set(fingerprint.topics)
        self.subject = frozenset(fingerprint.subject) if subject is None else subject
        self.dated = (int(fingerprint.dated[:4]), int(fingerprint.dated[5:7])) if fingerprint.dated else None

    def could_be_copied(self, shared: set[int]) -> bool:
        """Could `compare` find copied text or a quote in an article sharing these 5-grams with the release?
        Decided from the shared 5-grams alone, never saying no where `compare` would find something, so when
        the answer is no, only a mention is left to check (`is_mentioned`)."""
        if not shared:
            return False
        if shared & self.quote_grams or len(shared) >= VERBATIM * len(self.grams):
            return True
        if self.narrative and _enough_narrative(len(shared & self.narrative), len(self.narrative)):
            return True
        present: Counter[int] = Counter(number for gram in shared for number in self._sentences_of.get(gram, ()))
        could = sum(1 for number, count in present.items() if self._could_be_copied(number, count))
        return could >= PARTIAL_SENTENCES

    def _could_be_copied(self, number: int, present: int) -> bool:
        """Could sentence `number`, `present` of whose 5-grams the article has, count as copied?"""
        return present / len(self.sentence_grams[number]) >= SENTENCE_COPIED or number in self.editable


def _enough_narrative(shared: int, narrative: int) -> bool:
    return shared >= PARTIAL * narrative and shared >= PARTIAL_MIN_GRAMS


def compare(
    release: Release,
    article: Article,
    *,
    topics: set[str] = frozenset(),  # type: ignore[assignment]
    people: set[str] = frozenset(),  # type: ignore[assignment]
) -> Match:
    """One release against one article; `topics`/`people` are the watched ids the article was tagged with."""
    if not release.grams:
        return Match("none", 0.0, 0.0, 0)
    reuse = len(release.grams & article.grams) / len(release.grams)
    narrative = release.narrative
    shared_narrative = len(narrative & article.grams)
    narrative_reuse = shared_narrative / len(narrative) if narrative else 0.0
    spans, copied = _copied_sentences(release, article)
    quotes = [match for index, words in release.quote_words.items() if (match := find_quote(index, words, article))]
    spans += [Span(q.start, q.end, "quote") for q in quotes]
    enough = bool(narrative) and _enough_narrative(shared_narrative, len(narrative))
    if reuse >= VERBATIM and (enough or not narrative):  # a repost carries the narrative, not only the quotes
        kind = "verbatim"
    elif enough or copied >= PARTIAL_SENTENCES:
        kind = "partial"
    elif quotes:
        kind = "quote"
    else:
        kind = "none"
    found = mentions.mentioned(release, article, topics=topics, people=people) if kind == "none" else []
    if found:
        kind = "mention"
    return Match(kind, round(reuse, 4), round(narrative_reuse, 4), copied, quotes, sorted(spans, key=_start), found)


def _copied_sentences(release: Release, article: Article) -> tuple[list[Span], int]:
    """Where the release's sentences stand in the article, and how many narrative ones were copied: whole (most
    of their 5-grams present) or, for a longer sentence, lightly edited (most of its words, in order)."""
    spans: list[Span] = []
    copied = 0
    copyable = set(release.copyable)
    for number, sentence_grams in enumerate(release.sentence_grams):
        present = [g for g in sentence_grams if g in article.grams]
        if sentence_grams and len(present) / len(sentence_grams) >= SENTENCE_COPIED:
            spans.append(_span_of(article, present))
            copied += number in copyable
        elif present and number in release.editable:
            anchor = next(i for i, gram in enumerate(sentence_grams) if gram in article.grams)
            if span := _edited_sentence(release.sentence_words[number], anchor, sentence_grams[anchor], article):
                spans.append(span)
                copied += 1
    return spans, copied


def _edited_sentence(words: list[str], offset: int, gram: int, article: Article) -> Span | None:
    """The sentence, lightly edited, around where the article has its 5-gram `gram` (its word `offset` on)."""
    best = None
    for where in article.gram_positions[gram]:
        # As much room either side as a quote may have words changed in a row ("today" → "on Monday afternoon").
        low = max(0, where - offset - q.MAX_GAP)
        region = article.tokens[low : where - offset + len(words) + q.MAX_GAP]
        blocks = q.cluster(
            [b for b in SequenceMatcher(None, words, region, autojunk=False).get_matching_blocks() if b.size],
            [0] * len(region),
        )
        matched = sum(b.size for b in blocks)
        if blocks and matched / max(len(words), blocks[-1].b + blocks[-1].size - blocks[0].b) >= SENTENCE_SIMILARITY:
            first, last = low + blocks[0].b, low + blocks[-1].b + blocks[-1].size - 1
            best = Span(article.words[first].start, article.words[last].end, "sentence")
            break
    return best


def _start(span: Span) -> int:
    return span.start


def _span_of(article: Article, present: list[int]) -> Span:
    """Where a copied sentence stands in the article: the tightest pair of its first and last 5-grams (a
    headline may repeat the sentence's opening words elsewhere)."""
    starts, ends = article.gram_positions[present[0]], article.gram_positions[present[-1]]
    first, last = min(
        ((s, e) for s in starts for e in ends if e >= s),
        key=lambda pair: pair[1] - pair[0],
        default=(starts[0], starts[0]),
    )
    end_word = min(len(article.words) - 1, last + prose.GRAM - 1)
    return Span(article.words[first].start, article.words[end_word].end, "sentence")


def is_mentioned(release: Release, article: Article, *, topics: set[str], people: set[str]) -> bool:
    """Does the article name the release's organisation or a spokesperson, on its subject, now?"""
    return bool(mentions.mentioned(release, article, topics=topics, people=people))
