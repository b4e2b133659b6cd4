"""The tables. Unique keys make every write idempotent: a re-run or a crash never duplicates a row.

    Feed 1─* Article 1─* Mention      (topic or person found in the article)
                      1─* Quote        (direct quotation, with speaker)
                      1─1 Review       (what a reviewer decided)
    Run                                (one cron pass, with its counts and errors)
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, Column, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from .types import UTCDateTime, utcnow


def _when(**kwargs: Any) -> Any:
    return Field(sa_type=UTCDateTime, **kwargs)


class Feed(SQLModel, table=True):
    """A configured feed and its fetch state: validators for conditional GET, last failure as key + message,
    and when it is next due (adaptive polling on success, backoff with jitter on failure).

    `url` is where it is fetched from now; it differs from `configured_url` (feeds.toml) after a permanent redirect.
    """

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    url: str
    configured_url: str = ""
    outlet: str | None = None
    full_text: bool = False
    ignore_http_cache: bool = False
    enabled: bool = True
    etag: str | None = None
    last_modified: str | None = None
    last_status: int | None = None
    last_checked_at: datetime | None = _when(default=None)
    last_success_at: datetime | None = _when(default=None)
    error_count: int = 0
    last_error_key: str | None = None
    last_error: str | None = Field(default=None, sa_column=Column(Text))
    last_error_at: datetime | None = _when(default=None)
    moved_at: datetime | None = _when(default=None)  # when a permanent redirect last changed `url`
    next_check_at: datetime | None = _when(default=None, index=True)  # None: due now
    poll_interval: int | None = None  # seconds, as last scheduled
    created_at: datetime = _when(default_factory=utcnow)


class Article(SQLModel, table=True):
    """One story, stored once however many feeds carry it: the normalised URL is its identity."""

    __table_args__ = (Index("ix_article_fetched_at", "fetched_at"), Index("ix_article_content_hash", "content_hash"))

    id: int | None = Field(default=None, primary_key=True)
    url: str = Field(unique=True)
    link: str
    guid: str | None = None
    feed_id: int | None = Field(default=None, foreign_key="feed.id", index=True)
    outlet: str
    title: str = Field(sa_column=Column(Text, nullable=False))
    author: str | None = None
    published_at: datetime | None = _when(default=None)
    fetched_at: datetime = _when(default_factory=utcnow)
    summary: str = Field(default="", sa_column=Column(Text, nullable=False))
    text: str = Field(default="", sa_column=Column(Text, nullable=False))
    text_source: str = "feed"  # "feed" | "page"
    text_note: str | None = None  # why the page text was not used, when it was not
    canonical_url: str | None = None  # the page's own canonical address, when the page was fetched
    content_hash: str


class MentionKind(StrEnum):
    TOPIC = "topic"
    PERSON = "person"


class Mention(SQLModel, table=True):
    """A watched topic or person found in an article; offsets point into `records.document_text`."""

    __table_args__ = (UniqueConstraint("article_id", "kind", "key", "start"), Index("ix_mention_key", "kind", "key"))

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="article.id", ondelete="CASCADE", index=True)
    kind: MentionKind
    key: str  # topic id or person id from watchlist.toml
    text: str
    start: int
    end: int
    sentence: str = Field(default="", sa_column=Column(Text, nullable=False))
    reason: str | None = None  # why a topic hit was accepted


class Quote(SQLModel, table=True):
    """A direct quotation in an article, with its speaker as written and the watched person, if any."""

    __table_args__ = (UniqueConstraint("article_id", "start"),)

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="article.id", ondelete="CASCADE", index=True)
    text: str = Field(sa_column=Column(Text, nullable=False))
    start: int
    end: int
    speaker: str | None = None
    person_key: str | None = Field(default=None, index=True)
    cue: str | None = None
    role: str | None = None  # the speaker's role as the story gives it
    confidence: float | None = None  # how sure the attribution is, 0..1


class ReviewStatus(StrEnum):
    NEW = "new"
    RELEVANT = "relevant"
    IRRELEVANT = "irrelevant"
    STARRED = "starred"


class Review(SQLModel, table=True):
    """A reviewer's decision on an article; one per article, the latest wins."""

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="article.id", ondelete="CASCADE", unique=True)
    status: ReviewStatus = ReviewStatus.NEW
    note: str | None = Field(default=None, sa_column=Column(Text))
    reviewer: str | None = None
    updated_at: datetime = _when(default_factory=utcnow)


class RunStatus(StrEnum):
    RUNNING = "running"
    OK = "ok"  # every feed fetched
    PARTIAL = "partial"  # finished, some feeds failed
    FAILED = "failed"  # could not finish
    ABORTED = "aborted"  # found still 'running' by a later pass: the process died


class Run(SQLModel, table=True):
    """One `monitor run` pass: when, how it ended, outcome counts and per-feed errors."""

    id: int | None = Field(default=None, primary_key=True)
    started_at: datetime = _when(default_factory=utcnow)
    finished_at: datetime | None = _when(default=None)
    status: RunStatus = RunStatus.RUNNING
    counts: dict[str, int] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    errors: list[dict[str, str]] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
