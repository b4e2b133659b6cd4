"""Highlighted text, computed from store rows without touching the database or HTTP: a snippet around the first
mention, an article's paragraphs, each cut into segments marked with what was found there. No HTML is built
from strings: templates escape every segment like anything else. Pure, so it is tested directly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..store.hits import HitRow, Span

SNIPPET_CHARS = 280


@dataclass(frozen=True)
class Segment:
    """A run of text and the highlights over it (empty: plain). Templates escape `text` like anything else."""

    text: str
    marks: tuple[str, ...] = ()
    title: str | None = None  # what the highlight is, shown on hover


def highlight(text: str, spans: list[Span], labels: dict[str, str], *, offset: int = 0) -> list[Segment]:
    """Split `text` (which starts at `offset` of the article's text) at every span edge, so mentions and
    quotes, even nested ones, are each marked without any HTML being built from strings."""
    end = offset + len(text)
    inside = [s for s in spans if s.end > offset and s.start < end and s.end > s.start]
    edges = sorted({offset, end, *(max(offset, min(end, e)) for s in inside for e in (s.start, s.end))})
    segments: list[Segment] = []
    for left, right in zip(edges, edges[1:]):
        covering = [s for s in inside if s.start <= left and s.end >= right]
        marks = tuple(sorted({s.kind for s in covering}))
        names = [labels.get(s.key or "", s.key or "") for s in covering if s.kind != "quote" and s.key]
        segments.append(Segment(text[left - offset : right - offset], marks, ", ".join(dict.fromkeys(names)) or None))
    return _merge(segments)


def _merge(segments: list[Segment]) -> list[Segment]:
    merged: list[Segment] = []
    for segment in segments:
        if merged and (merged[-1].marks, merged[-1].title) == (segment.marks, segment.title):
            merged[-1] = Segment(merged[-1].text + segment.text, segment.marks, segment.title)
        elif segment.text:
            merged.append(segment)
    return merged


def snippet(row: HitRow, labels: dict[str, str], width: int = SNIPPET_CHARS) -> list[Segment]:
    """About `width` characters of the body around the first mention, matched words highlighted."""
    body_start = len(row.title) + 2 if row.title else 0
    text = row.title_text
    shown = [s for s in row.mentions if s.kind != "quote" and s.start < len(text)]  # a capped text ends early
    mentions = [s for s in shown if s.start >= body_start] or shown
    focus = mentions[0].start if mentions else body_start
    start = _sentence_start(text, focus, earliest=focus - width // 2, body_start=body_start)
    if start is None:
        start = _word_edge(text, max(body_start, focus - width // 3), back=True)
    end = _word_edge(text, min(len(text), start + width), back=False)
    window = " ".join(text[start:end].split("\n"))
    segments = highlight(window, mentions, labels, offset=start)
    if start > body_start:
        segments.insert(0, Segment("… "))
    if end < len(text):
        segments.append(Segment(" …"))
    return segments


_SPACE = re.compile(r"\s")
_SENTENCE_END = re.compile(r"[.!?][\"”’')]?\s+|\n\n")


def _sentence_start(text: str, at: int, *, earliest: int, body_start: int) -> int | None:
    """Where the sentence holding `at` begins, if no further back than `earliest`: a snippet reads better
    from the start of a sentence than from the middle of one."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(earliest, body_start), at)]
    if ends:
        return ends[-1]
    return body_start if earliest <= body_start else None


def _word_edge(text: str, at: int, *, back: bool) -> int:
    """Move `at` to the nearest white space so the snippet never cuts a word in half."""
    if at <= 0 or at >= len(text):
        return max(0, min(at, len(text)))
    step = -1 if back else 1
    probe = at
    while 0 < probe < len(text) and not _SPACE.match(text[probe]) and abs(probe - at) < 30:
        probe += step
    return probe + (1 if back and _SPACE.match(text[probe]) else 0)


def paragraphs(text: str, spans: list[Span], labels: dict[str, str]) -> list[list[Segment]]:
    """The article's text as paragraphs of highlighted segments, for the article page."""
    found: list[list[Segment]] = []
    position = 0
    for block in text.split("\n\n"):
        if block.strip():
            found.append(highlight(block, spans, labels, offset=position))
        position += len(block) + 2
    return found
