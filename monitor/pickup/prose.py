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
# that reprints only "About America's Voice" or the contact line is not a pickup. A release fetched from its
# web page, or reposted by a wire, carries different packaging (page furniture, "Notes to editors", "SOURCE
# ...", "Continued on page 2"): none of it may count against a full repost's containment.
_BOILERPLATE = re.compile(
    r"""^\s*(?:
        for\s+immediate\s+release | embargoed | \#\s?\#\s?\# | -\s*30\s*- | share\s+this:? | tags?: |
        (?:press|media)?\s*contacts?\b | for\s+more\s+information | ends?\s*$ | -+\s*end\s*-+ |
        editor'?s?['’]?\s+note | media\s+inquiries | follow\s+us\b | photo\s*(?:credit)?: | source: |
        related(?:\s+(?:posts|stories|articles))?:?\s*$ | advertisement\s*$ | (?:story\s+)?continues?\s+below |
        continued\s+on\s+(?:the\s+)?(?:next\s+)?page | page\s+\d+\s+of\s+\d+ | posted\s+(?:on|by|in)\b |
        (?-i:SOURCE\s)
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# A section after which everything is packaging, like "About ...".
_SECTION_END = re.compile(r"^\s*(?:notes?\s+(?:to|for)\s+editors?|background\s+for\s+editors)\b", re.IGNORECASE)
_LINK_LINE = re.compile(r"\b(?:go|click)\s+here\b|https?://|www\.", re.IGNORECASE)
_CONTACT = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b")
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DATE_LINE = re.compile(
    r"^\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?" + _MONTH + r"\s+\d{1,2},?\s+\d{4}\s*$", re.IGNORECASE
)
_DATE = re.compile(r"\b(" + _MONTH + r")\s+(\d{1,2}),?\s+(\d{4})\b", re.IGNORECASE)
# An organisation's name: capitalised words, joined by "of", "for", "and" ("City of Port Alder", "Center for
# Immigrant Rights").
_NAME = r"[A-Z][\w'\u2019.&-]*(?:[ \t]+(?:(?:of|for|and|on|in|the|de|del|la|&)[ \t]+)*[A-Z][\w'\u2019.&-]*)*"
# "About America's Voice", alone on its line or opening the paragraph ("About the City of Port Alder: ...").
_ABOUT = re.compile(r"^\s*[Aa]bout\s+(?:[Tt]he\s+)?(" + _NAME + r")\s*(?:$|:|[\u2013\u2014]|\s-\s)")
# The end of the release ("###", "-30-", "-END-"): what follows is packaging, often "<Organisation> is a ...".
_END_MARK = re.compile(r"^\s*(?:\#\s?\#\s?\#|-\s*30\s*-|-+\s*end\s*-+)\s*$", re.IGNORECASE)
_IS_A = re.compile(
    r"^\s*(?:[Tt]he\s+)?(" + _NAME + r")\s*(?:\([A-Z]+\)\s*)?,?\s+"
    r"(?:is|are|was|represents|provides|works|has|serves|advocates)\b"
)
# "said Lynn Tramonte, deputy director of America's Voice": the speaker's organisation.
_AFFILIATION = r",\s+(?:[\w'\u2019-]+\s+){0,5}?(?:of|at|with|for)\s+(?:the\s+)?(" + _NAME + r")"
# "Washington, DC – " / "WASHINGTON (Nov. 4, 2026) — " / "Lakeport, Mich., March 2, 2027 /Wire/ -- " opening the
# first paragraph.
_DATELINE = re.compile(r"^[A-Z][A-Za-z0-9 .,'()/]{2,80}?\s[\u2013\u2014-]{1,2}\s")
# A headline or sub-headline: a short line that does not end as a sentence does. Reposts retitle the release
# (and a feed keeps the title apart from the text), so the release's titles are not part of what is measured.
TITLE_WORDS = 30
_SENTENCE_CLOSE = re.compile(r"[.!?:;\"'\u201d\u2019)]\s*$")


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
_MULTIPLIERS = np.array(
    [0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93, 0xFF51AFD7ED558CCD],
    dtype=np.uint64,
)
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
        mixed += codes[k : k + count] * _MULTIPLIERS[k]
    mixed ^= mixed >> np.uint64(31)
    mixed *= _MIX
    mixed ^= mixed >> np.uint64(29)
    return mixed.view(np.int64)


def gram_hash(words: list[str]) -> int:
    """The hash of one 5-gram (or of a text shorter than that)."""
    return grams(words[:GRAM])[0]


_OPENING = "\u201c\u201e\u00ab"
_MARK = re.compile('[\u201c\u201e\u00ab\u201d\u00bb"\n]')


def quotations(text: str, found_words: list[Word]) -> list[int]:
    """Per word: the number of the quotation it stands in, 0 outside any. Curly marks open and close by
    direction, straight ones by alternation; a line break closes what is open (a quote continued in the
    next paragraph reopens with a new mark)."""
    number, inside, found = 0, False, []
    marks = list(_MARK.finditer(text))
    position = 0
    for word in found_words:
        while position < len(marks) and marks[position].start() < word.start:
            mark = marks[position].group()
            opens = mark in _OPENING or (mark == '"' and not inside)
            if opens and not inside:
                number += 1
            inside = opens
            position += 1
        found.append(number if inside else 0)
    return found


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
        if _ABOUT.match(line) or _SECTION_END.match(line) or _END_MARK.match(line):
            after_about = True
        short = len(line) < 200
        junk = (
            after_about
            or bool(_BOILERPLATE.match(line))
            or bool(_DATE_LINE.match(line))
            or (short and bool(_LINK_LINE.search(line) or _CONTACT.search(line)))
        )
        found.append(Paragraph(line, match.start(), junk))
    return found


def organisation(text: str, speakers: list[str] = ()) -> str | None:  # type: ignore[assignment]
    """The organisation a release is from: as its "About ..." line names it, or the "<Organisation> is a ..."
    paragraph after its end mark, or else as its first speaker's affiliation ("Lynn Tramonte, deputy director
    of America's Voice")."""
    for line in text.splitlines():
        if found := _ABOUT.match(line):
            return found.group(1).strip().rstrip(".")
    ended = False
    for line in text.splitlines():
        if _END_MARK.match(line):
            ended = True
        elif ended and (found := _IS_A.match(line)):
            return found.group(1).strip().rstrip(".")
    for speaker in speakers:
        if found := re.search(re.escape(speaker) + _AFFILIATION, text):
            return found.group(1).strip().rstrip(".")
    return None


def body(text: str, *, titles: bool = True) -> list[tuple[str, int]]:
    """The release's non-boilerplate paragraphs with their offsets, the opening dateline cut off; without its
    headline and sub-headlines (the short lines before the first paragraph of prose) when `titles` is False."""
    kept = []
    opening = True
    for paragraph in paragraphs(text):
        if paragraph.boilerplate:
            continue
        line, start = paragraph.text, paragraph.start
        if opening and is_title(line):
            if titles:
                kept.append((line, start))
            continue
        opening = False
        if (dateline := _DATELINE.match(line)) and len(line) > 120:
            line, start = line[dateline.end() :], start + dateline.end()
        kept.append((line, start))
    return kept


def opening(text: str) -> str:
    """The release's headlines and its first paragraph of prose: what it is about, in its own words."""
    kept = []
    for paragraph, _ in body(text):
        kept.append(paragraph)
        if not is_title(paragraph):
            break
    return "\n".join(kept)


def is_title(line: str) -> bool:
    """A headline: short, and not ended as a sentence is."""
    return len(tokens(line)) <= TITLE_WORDS and not _SENTENCE_CLOSE.search(line)


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def release_date(text: str) -> str | None:
    """The date a release gives itself (its date line or dateline, "November 4, 2026") as YYYY-MM-DD."""
    for found in _DATE.finditer(text[:DATE_SEARCH_CHARS]):
        month, day, year = found.groups()
        if 1 <= int(day) <= 31:
            return f"{year}-{_MONTHS.index(month[:3].lower()) + 1:02d}-{int(day):02d}"
    return None


DATE_SEARCH_CHARS = 600  # a release dates itself at its top: the date line, the dateline


def sentences(paragraph: str, offset: int = 0) -> list[tuple[str, int]]:
    """Sentences of one paragraph, with offsets: enough for finding copied ones, no parser needed."""
    found, start = [], 0
    for cut in _SENTENCE_END.finditer(paragraph):
        found.append((paragraph[start : cut.start()], offset + start))
        start = cut.end()
    if paragraph[start:].strip():
        found.append((paragraph[start:], offset + start))
    return found
