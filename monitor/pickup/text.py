"""The text side of pickup: words with their offsets, what counts as boilerplate, sentences, 5-grams.

Case, punctuation, quote style and white space never decide a match, so words are casefolded `\\w+` runs
(with inner apostrophes: "America's").
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

import numpy as np

GRAM = 5
_WORD = re.compile(r"\w+(?:['\u2019]\w+)*")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)]*\s+(?=[\"'\u201c\u2018(]?[A-Z0-9])")

# Paragraphs that are the release's packaging, not its news: left out of the fingerprint, so a story
# that reprints only "About America's Voice" or the contact line is not a pickup.
_BOILERPLATE = re.compile(
    r"""^\s*(?:
        for\s+immediate\s+release | embargoed | \#{3} | -\s*30\s*- | share\s+this:? | tags?: |
        (?:press|media)?\s*contacts?\b | for\s+more\s+information | ends?\s*$
    )""", re.IGNORECASE | re.VERBOSE)
_LINK_LINE = re.compile(r"\b(?:go|click)\s+here\b|https?://|www\.", re.IGNORECASE)
_CONTACT = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b")
_DATE_LINE = re.compile(
    r"^\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\s*$", re.IGNORECASE)
_ABOUT = re.compile(r"^\s*[Aa]bout\s+(?:[Tt]he\s+)?([A-Z][\w'\u2019.&-]*(?:\s+[A-Z][\w'\u2019.&-]*)*)\s*:?\s*$")
# "Washington, DC – " / "WASHINGTON (Nov. 4) — " opening the first paragraph.
_DATELINE = re.compile(r"^[A-Z][A-Za-z .,'()]{2,60}?\s[\u2013\u2014-]{1,2}\s")


@dataclass(frozen=True)
class Word:
    text: str  # casefolded, NFKC-normalised
    start: int  # offsets into the text as given (normalising one word never shifts the others)
    end: int


def _norm(token: str) -> str:
    token = token.casefold()
    return token if token.isascii() else unicodedata.normalize("NFKC", token.replace("\u2019", "'"))


_BEYOND_PUNCTUATION = re.compile("[^\x00-\x7f\u00a0\u2010-\u2015\u2018-\u201f\u2026\u2032\u2033]")


def tokens(text: str) -> list[str]:
    """The words of `text`, normalised as `words` does, without their offsets: what every comparison reads,
    done for the whole text at once (an article is tokenised for every release check)."""
    if text.isascii() or not _BEYOND_PUNCTUATION.search(text):
        # Plain text, or text whose only non-ASCII characters are typographic punctuation (curly quotes,
        # dashes, ellipses, no-break spaces): lowering it whole changes no word boundary.
        return _WORD.findall(text.lower().replace("\u2019", "'"))
    found = _WORD.findall(text)
    joined = unicodedata.normalize("NFKC", " ".join(found).casefold().replace("\u2019", "'"))
    parts = joined.split(" ")
    return parts if len(parts) == len(found) else [_norm(token) for token in found]


def words(text: str, offset: int = 0) -> list[Word]:
    return [Word(_norm(m.group()), offset + m.start(), offset + m.end()) for m in _WORD.finditer(text)]


# 5-gram hashes: each distinct word is hashed once with blake2b (cached), and a 5-gram's hash combines its
# five word hashes with fixed odd multipliers and a final mix, all in 64-bit unsigned arithmetic (numpy,
# one vector operation per text). Stable across processes and Python versions, unlike hash().
_CODES: dict[str, int] = {}
_MULTIPLIERS = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93,
                         0xFF51AFD7ED558CCD], dtype=np.uint64)
_MIX = np.uint64(0xC4CEB9FE1A85EC53)


def _codes(words: list[str]) -> np.ndarray:
    if len(_CODES) > 1_000_000:  # a long-running process reading endless new words
        _CODES.clear()
    codes = list(map(_CODES.get, words))
    if None in codes:
        for position, word in enumerate(words):
            if codes[position] is None:
                code = int.from_bytes(hashlib.blake2b(word.encode(), digest_size=8).digest(), "big")
                codes[position] = _CODES[word] = code
    return np.array(codes, dtype=np.uint64)


def grams(words: list[str]) -> list[int]:
    """Hashed word 5-grams in order, as signed 64-bit ints (a text shorter than 5 words: one gram of all)."""
    return gram_array(words).tolist()


def gram_array(words: list[str]) -> np.ndarray:
    """`grams` as a numpy int64 array: what an index looks up in one vector operation."""
    if not words:
        return np.zeros(0, dtype=np.int64)
    codes = _codes(words)
    if len(codes) < GRAM:
        codes = np.concatenate([codes, np.zeros(GRAM - len(codes), dtype=np.uint64)])
    count = len(codes) - GRAM + 1
    mixed = np.zeros(count, dtype=np.uint64)
    for k in range(GRAM):
        mixed += codes[k:k + count] * _MULTIPLIERS[k]
    mixed ^= mixed >> np.uint64(31)
    mixed *= _MIX
    mixed ^= mixed >> np.uint64(29)
    return mixed.view(np.int64)


def gram_hash(words: list[str]) -> int:
    """The hash of one 5-gram (or of a text shorter than that)."""
    return grams(words[:GRAM])[0]


@dataclass(frozen=True)
class Paragraph:
    text: str
    start: int
    boilerplate: bool


def paragraphs(text: str) -> list[Paragraph]:
    """The release's paragraphs (blank-line or line separated), each marked boilerplate or not.

    Everything after an "About <Organisation>" line is boilerplate, as are contact lines, "###", date
    lines, "go here" link lines and the "FOR IMMEDIATE RELEASE" banner.
    """
    found: list[Paragraph] = []
    after_about = False
    for match in re.finditer(r"[^\n]+", text):
        line = match.group()
        if not line.strip():
            continue
        if _ABOUT.match(line):
            after_about = True
        short = len(line) < 200
        junk = (after_about or bool(_BOILERPLATE.match(line)) or bool(_DATE_LINE.match(line))
                or (short and bool(_LINK_LINE.search(line) or _CONTACT.search(line))))
        found.append(Paragraph(line, match.start(), junk))
    return found


def organisation(text: str) -> str | None:
    """The organisation a release is from, as its "About ..." line names it."""
    for line in text.splitlines():
        if found := _ABOUT.match(line):
            return found.group(1).strip()
    return None


def body(text: str) -> list[tuple[str, int]]:
    """The release's non-boilerplate paragraphs with their offsets, the opening dateline cut off."""
    kept = []
    for paragraph in paragraphs(text):
        if paragraph.boilerplate:
            continue
        line, start = paragraph.text, paragraph.start
        if (dateline := _DATELINE.match(line)) and len(line) > 120:
            line, start = line[dateline.end():], start + dateline.end()
        kept.append((line, start))
    return kept


def sentences(paragraph: str, offset: int = 0) -> list[tuple[str, int]]:
    """Sentences of one paragraph, with offsets: enough for finding copied ones, no parser needed."""
    found, start = [], 0
    for cut in _SENTENCE_END.finditer(paragraph):
        found.append((paragraph[start:cut.start()], offset + start))
        start = cut.end()
    if paragraph[start:].strip():
        found.append((paragraph[start:], offset + start))
    return found
