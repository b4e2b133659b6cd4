"""Frozen records passed from one stage to the next; no I/O here.

fetch → `Fetched`, parse → `Entry`, extract → `ArticleText`, tag → `Tags`; the pipeline turns each
article into exactly one `Outcome`. Stages only share these types, never each other's code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


@dataclass(frozen=True)
class Fetched:
    """What came back for one URL: either a body, or 'not modified', never an error (errors are raised)."""

    url: str  # the URL finally answered, after redirects
    status: int  # HTTP status; 200 for local files
    body: bytes = b""
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False
    moved_to: str | None = None  # set when every redirect on the way was permanent (301/308): the new address
    max_age: int | None = None  # seconds the server says the answer stays fresh (Cache-Control max-age)


@dataclass(frozen=True)
class ParsedFeed:
    """A feed document, parsed: its entries plus what it says about itself and how often to ask again."""

    entries: list[Entry]
    title: str = ""
    site_url: str | None = None  # the feed's <link>: the publication's home page
    ttl: int | None = None  # seconds the publisher asks readers to wait (<ttl>, sy:updatePeriod)
    warnings: tuple[str, ...] = ()  # what was wrong with the document and read anyway (bozo, charset, entities)


@dataclass(frozen=True)
class Entry:
    """One feed item, cleaned: normalised URL, UTC dates, plain text."""

    url: str  # normalised link, the article's identity; "urn:monitor:entry:<sha1>" for an entry without one
    link: str  # as the feed gave it ("" when it gave none)
    guid: str | None
    title: str
    author: str | None
    published_at: datetime | None
    summary: str  # plain text
    content: str  # plain text of the fullest body the feed carried ("" if none)
    source_outlet: str | None = None  # e.g. the <source> of an aggregator item
    aliases: tuple[str, ...] = ()  # other identities it may have been stored under (see parse/identity.py)


@dataclass(frozen=True)
class ArticleText:
    """The text chosen for tagging, and where it came from (feed, page) with a reason when it fell back."""

    text: str
    source: str  # "feed" | "page"
    note: str | None = None
    author: str | None = None
    published_at: datetime | None = None  # from the page's metadata, when the feed gave no date
    canonical_url: str | None = None  # the page's own address (<link rel="canonical">, og:url), per trafilatura


@dataclass(frozen=True)
class TopicHit:
    id: str
    text: str
    start: int
    end: int
    sentence: str
    reason: str


@dataclass(frozen=True)
class Rejected:
    """A match the tagger turned down, and why ("'ICE' near 'hockey', 'rink'"): the confounders the watchlist's
    rules kept out, shown by the watchlist editor's preview. `id` is the topic's or person's."""

    id: str
    text: str
    start: int
    end: int
    reason: str


@dataclass(frozen=True)
class PersonHit:
    id: str
    name: str
    text: str
    start: int
    end: int
    sentence: str


@dataclass(frozen=True)
class QuoteHit:
    """A direct quotation: its words (without the marks), who said it, and how sure the attribution is."""

    text: str
    start: int
    end: int
    speaker: str | None  # the fullest form of the speaker's name in the document; None when unattributable
    speaker_id: str | None  # the watched person's id, when the speaker is one
    cue: str | None  # the attributing words as written ("said", "told reporters", "according to", "—")
    source: tuple[int, int] | None = None  # offsets of the speaker mention nearest the quote ("she", "Tramonte")
    cue_span: tuple[int, int] | None = None  # offsets of the cue
    role: str | None = None  # the speaker's role as the document gives it ("deputy director of America's Voice")
    confidence: float = 0.0  # 0..1: how sure the speaker is (a pronoun or an inherited speaker is less sure)
    shape: str | None = None  # which attribution pattern found it ("said_after_name", "dash", ...), for evaluation
    speaker_kind: str | None = None  # "person", "organisation" ("ICE said") or "description" ("a DHS spokesperson")


@dataclass(frozen=True)
class Tags:
    """What the tagger found in one document; offsets are character offsets into that document."""

    topics: list[TopicHit] = field(default_factory=list)
    people: list[PersonHit] = field(default_factory=list)
    quotes: list[QuoteHit] = field(default_factory=list)

    @property
    def is_hit(self) -> bool:
        return bool(self.topics or self.people)


class Outcome(StrEnum):
    """How one article ended in a run; each is counted on the run and the feed."""

    HIT = "hit"  # stored, mentions something watched
    STORED = "stored"  # stored, mentions nothing watched
    DUPLICATE = "duplicate"  # already stored (same normalised URL)
    EMPTY = "empty"  # the entry had no link, title or text: nothing to store
    FAILED = "failed"  # could not be stored; the run goes on


def document_text(title: str, text: str) -> str:
    """The one string an article is tagged as: headline, blank line, body. Mention offsets point into it."""
    return f"{title}\n\n{text}" if title else text


@dataclass(frozen=True)
class QuotedPerson:
    """A watched person quoted in a stored story: who, by their id and name as written, and the words."""

    person_id: str
    speaker: str
    text: str


@dataclass(frozen=True)
class FirstPlacement:
    """A press release whose first placement (verbatim, partial or quote) is this story."""

    release_id: int
    title: str
    kind: str  # verbatim | partial | quote
    quote: str | None = None  # a release quote the story ran, if it ran one


@dataclass(frozen=True)
class StoredStory:
    """A story a pass stored, as the instant alert rules see it (store → alerts)."""

    article_id: int
    story_id: int  # the first stored copy of the same story (its own id when it is the first)
    outlet: str
    url: str
    title: str
    topics: tuple[str, ...] = ()
    quotes: tuple[QuotedPerson, ...] = ()
    placements: tuple[FirstPlacement, ...] = ()
