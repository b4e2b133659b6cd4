"""The tables. Unique keys make every write idempotent: a re-run or a crash never duplicates a row.

Feed 1─* Article 1─* Mention      (topic or person found in the article)
                  1─* Quote        (direct quotation, with speaker)
                  1─1 Review       (what a reviewer decided)
                  1─* ReviewChange (each decision's before-state: what Undo restores)
                  1─* StoryShingle (its story sketch: copies of one story across outlets share values)
                  *─* Label        (the team's own labels, through ArticleLabel: "op-ed", "win")
HitOutlet                          (every outlet that has had a hit: the filter's outlet menu, kept by the writer)
PrunedArticle                      (what `monitor prune` removed, so a feed still carrying it never brings it back)
Run                                (one cron pass, with its counts and errors)
User 1─* UserSession               (people who sign in to the review site, and their sign-ins)
AuditEvent                         (who changed which shared setting, when, from what to what)
WatchlistVersion                   (each save of watchlist.toml on the site: the text it replaced, for roll back)
RetagJob                           (the site's background re-tag after a watchlist save, with its progress)
Release 1─* ReleaseMatch *─1 Article  (press releases, and the articles that picked them up)
DigestRun 1─* DigestItem, DigestRecipient   (each digest, its articles, and recipients the server refused at first)
AlertDelivery *─1 Article          (each instant alert: rule, story, channel and recipient, and how it went)
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, BigInteger, Column, Index, Text, UniqueConstraint, func, text
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
    # Read, but the document had faults (not well-formed XML, undefined entities, a wrong charset): shown to
    # the admin, never counted as a failure.
    last_warning: str | None = Field(default=None, sa_column=Column(Text))
    moved_at: datetime | None = _when(default=None)  # when a permanent redirect last changed `url`
    next_check_at: datetime | None = _when(default=None, index=True)  # None: due now
    poll_interval: int | None = None  # seconds, as last scheduled
    created_at: datetime = _when(default_factory=utcnow)


class Article(SQLModel, table=True):
    """One story, stored once however many feeds carry it: the normalised URL is its identity."""

    __table_args__ = (
        Index("ix_article_fetched_at", "fetched_at"),
        Index("ix_article_content_hash", "content_hash"),
        # Everything the review site's lists filter, group and count by, so they read this index and not the
        # rows (which hold the whole text): ten times faster at 50,000 articles (bench/web.py).
        Index("ix_article_list", "fetched_at", "published_at", "story_id", "outlet"),
        # The date a story is shown and counted under (`hits._DATED`), as an expression index (SQLite and
        # PostgreSQL both have them), with the outlet: trends and date ranges read a year's history by range.
        Index("ix_article_dated", func.coalesce(text("published_at"), text("fetched_at")), "outlet"),
        # Health's per-feed counts over a recent window (`reads.feed_health`), not over every article ever stored.
        Index("ix_article_feed_fetched", "feed_id", "fetched_at"),
    )

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
    text_capped: bool = False  # the text was longer than writes.MAX_STORED_CHARS and is stored cut there
    canonical_url: str | None = None  # the page's own canonical address, when the page was fetched
    content_hash: str
    story_id: int | None = Field(default=None, index=True)  # id of the first stored copy of the same story


class HitOutlet(SQLModel, table=True):
    """An outlet that has had a hit: the outlet menu reads these few rows, not the whole article table. Written
    with each hit (`writes.save_article`, `replace_tags`); an outlet stays listed after its hits are pruned."""

    outlet: str = Field(primary_key=True)


class StoreCount(SQLModel, table=True):
    """A running count for /metrics (`store.counts`): `value` of them among the articles with ids up to
    `through_id`; those stored since are counted on each read, a range of the primary key. Two rows, "articles"
    and "hits", kept by the writer in its own transactions (a pass rolls them on, a prune and a re-tag adjust
    them), so a scrape never counts the whole history (issue 17)."""

    name: str = Field(primary_key=True)
    value: int = Field(default=0, sa_column=Column(BigInteger, nullable=False, server_default="0"))
    through_id: int = Field(default=0, sa_column=Column(BigInteger, nullable=False, server_default="0"))


class PrunedArticle(SQLModel, table=True):
    """An article `monitor prune` deleted: its identity, GUID and headline, the three things a pass uses to tell
    "seen before" (`writes.stored_identities`), so an entry still in its feed is not stored again as new."""

    url: str = Field(primary_key=True)
    guid: str | None = None
    title: str = Field(default="", sa_column=Column(Text, nullable=False))
    pruned_at: datetime = _when(default_factory=utcnow)


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


class StoryShingle(SQLModel, table=True):
    """One value of an article's story sketch (`store/story_sketch.py`): looked up by value to find earlier copies."""

    __table_args__ = (Index("ix_storyshingle_value", "value"),)

    article_id: int = Field(foreign_key="article.id", ondelete="CASCADE", primary_key=True)
    value: int = Field(sa_type=BigInteger, primary_key=True)


class ReviewStatus(StrEnum):
    NEW = "new"
    RELEVANT = "relevant"
    IRRELEVANT = "irrelevant"


class Review(SQLModel, table=True):
    """A reviewer's decision on an article; one per article, the latest wins. A star is kept apart from the
    verdict (as in Miniflux): "relevant and starred" is the usual case."""

    __table_args__ = (Index("ix_review_status", "status", "starred"),)

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="article.id", ondelete="CASCADE", unique=True)
    status: ReviewStatus = ReviewStatus.NEW
    starred: bool = False
    note: str | None = Field(default=None, sa_column=Column(Text))
    reviewer: str | None = None
    updated_at: datetime = _when(default_factory=utcnow)


class ReviewChange(SQLModel, table=True):
    """One article's review as it was before one decision: Undo puts it back. A bulk decision is one `batch`
    (every article it touched); `before_status` None means the article had no review at all."""

    __table_args__ = (Index("ix_reviewchange_batch", "batch"),)

    id: int | None = Field(default=None, primary_key=True)
    batch: str
    article_id: int = Field(foreign_key="article.id", ondelete="CASCADE", index=True)
    reviewer: str
    action: str
    made_at: datetime = _when(default_factory=utcnow)
    before_status: ReviewStatus | None = None
    before_starred: bool = False
    before_note: str | None = Field(default=None, sa_column=Column(Text))
    before_reviewer: str | None = None
    before_updated_at: datetime | None = _when(default=None)
    undone_at: datetime | None = _when(default=None)


class Label(SQLModel, table=True):
    """A label of the team's own ("op-ed", "needs response", "win"). Names are unique whatever their case
    (`key` is the name folded), so "Win" and "win" are one label."""

    id: int | None = Field(default=None, primary_key=True)
    name: str
    key: str = Field(unique=True)
    created_by: str | None = None
    created_at: datetime = _when(default_factory=utcnow)


class ArticleLabel(SQLModel, table=True):
    """A label on an article. Labelling a story labels every copy of it, as a verdict does."""

    __table_args__ = (Index("ix_articlelabel_label", "label_id"),)

    article_id: int = Field(foreign_key="article.id", ondelete="CASCADE", primary_key=True)
    label_id: int = Field(foreign_key="label.id", ondelete="CASCADE", primary_key=True)
    applied_by: str | None = None
    applied_at: datetime = _when(default_factory=utcnow)


class RunStatus(StrEnum):
    RUNNING = "running"
    OK = "ok"  # every feed that was due fetched, every new article stored
    PARTIAL = "partial"  # finished; some due feeds or articles failed (each on record), the rest are fine
    FAILED = "failed"  # nothing could be done: could not finish, or every working feed due failed at once
    ABORTED = "aborted"  # found still 'running' by a later pass: the process died


class Run(SQLModel, table=True):
    """One `monitor run` pass: when, how it ended, outcome counts and per-feed errors."""

    id: int | None = Field(default=None, primary_key=True)
    started_at: datetime = _when(default_factory=utcnow)
    finished_at: datetime | None = _when(default=None)
    status: RunStatus = RunStatus.RUNNING
    counts: dict[str, int] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    errors: list[dict[str, str]] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))


class Role(StrEnum):
    """What an account may change on the site; each role may also do everything the roles before it may.

    viewer: read and triage (verdicts, stars, notes); editor: also releases (and the watchlist and labels);
    admin: also accounts, feeds and settings, and the audit page.
    """

    VIEWER = "viewer"
    EDITOR = "editor"
    ADMIN = "admin"

    def allows(self, needed: Role) -> bool:
        order = list(Role)
        return order.index(self) >= order.index(needed)


class User(SQLModel, table=True):
    """Someone who signs in to the review site. Only an Argon2 hash of the password is kept.

    `role` is a Role's value. Accounts made before roles existed get the server default, admin, on upgrade (a small
    team that had no roles keeps what it could do); new accounts always say their role.
    """

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    password_hash: str
    enabled: bool = True
    created_at: datetime = _when(default_factory=utcnow)
    last_seen_at: datetime | None = _when(default=None)  # latest request
    visit_started_at: datetime | None = _when(default=None)  # start of the current visit
    previous_visit_at: datetime | None = _when(default=None)  # start of the visit before: "since your last visit"
    compact: bool = False  # lists show headlines only (the reader's choice, kept across browsers)
    role: str = Field(default=Role.VIEWER.value, max_length=16, sa_column_kwargs={"server_default": Role.ADMIN.value})


class UserSession(SQLModel, table=True):
    """A signed-in browser. The cookie holds a random token; only its SHA-256 is stored, so a leaked
    database does not sign anyone in. Signing out deletes the row."""

    id: int | None = Field(default=None, primary_key=True)
    token_hash: str = Field(unique=True)
    user_id: int = Field(foreign_key="user.id", ondelete="CASCADE", index=True)
    csrf_token: str
    created_at: datetime = _when(default_factory=utcnow)
    expires_at: datetime = _when()
    user_agent: str | None = None


class AuditEvent(SQLModel, table=True):
    """One change to what the whole team shares (accounts and roles, feeds, releases, settings): who, when, what
    kind, which thing, and a short before → after. Review decisions are not here: `ReviewChange` keeps them."""

    __table_args__ = (Index("ix_auditevent_actor", "actor", "id"), Index("ix_auditevent_kind", "kind", "id"))

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = _when(default_factory=utcnow)
    actor: str  # the account's name on the site; "NAME (command line)" for a command run in a shell
    kind: str  # what was done, e.g. "user.role", "feed.pause", "release.edit" (store/audit.py KINDS)
    target: str  # which thing: the account's or the feed's name, "release 3"
    summary: str = Field(default="", sa_column=Column(Text, nullable=False))  # before → after, in words


class WatchlistVersion(SQLModel, table=True):
    """One save of `watchlist.toml` from the site's editor: who, when, what changed, and the whole text the save
    replaced, so the file can be put back as it was before it (a roll back is itself a save, so it can be undone)."""

    id: int | None = Field(default=None, primary_key=True)
    saved_at: datetime = _when(default_factory=utcnow)
    saved_by: str
    action: str = "save"  # "save" or "rollback"
    summary: str = Field(default="", sa_column=Column(Text, nullable=False))  # "topic 'ice' changed"
    before: str = Field(sa_column=Column(Text, nullable=False))  # the file's full text before this save


class RetagJob(SQLModel, table=True):
    """A re-tag of stored articles the site started in the background after a watchlist save: one at a time, its
    progress written as it goes so the page can show it (and a server restart shows where it stopped)."""

    id: int | None = Field(default=None, primary_key=True)
    started_at: datetime = _when(default_factory=utcnow)
    updated_at: datetime = _when(default_factory=utcnow)  # last progress: a "running" job silent for long is dead
    finished_at: datetime | None = _when(default=None)
    started_by: str
    since: datetime = _when()  # articles first stored since then are re-tagged
    status: str = "running"  # running, done, failed
    total: int = 0
    done: int = 0
    became_hits: int = 0
    stopped_being_hits: int = 0
    message: str = Field(default="", sa_column=Column(Text, nullable=False))


class Release(SQLModel, table=True):
    """A press release whose pickup is measured, fingerprinted once (`monitor.pickup.fingerprint`)."""

    id: int | None = Field(default=None, primary_key=True)
    title: str = Field(sa_column=Column(Text, nullable=False))
    source: str  # the file or URL it was added from
    url: str | None = None  # its own web address, when added from one
    text: str = Field(sa_column=Column(Text, nullable=False))
    published_at: datetime = _when()
    window_days: int = 30  # articles dated this long after publication are checked against it
    homes: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))  # its own sites
    fingerprint: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    algorithm: str = ""
    created_at: datetime = _when(default_factory=utcnow)


class ReleaseMatch(SQLModel, table=True):
    """An article that picked up a release, with the evidence: scores, matched spans (offsets into
    `records.document_text`), quotes with their changed words, and the algorithm that decided."""

    __table_args__ = (UniqueConstraint("release_id", "article_id"),)

    id: int | None = Field(default=None, primary_key=True)
    release_id: int = Field(foreign_key="release.id", ondelete="CASCADE", index=True)
    article_id: int = Field(foreign_key="article.id", ondelete="CASCADE", index=True)
    kind: str  # verbatim | partial | quote | mention
    reuse: float  # share of the release's body found in the article
    narrative_reuse: float = 0.0
    sentences: int = 0  # release sentences copied, quotes aside
    quotes: list[dict[str, Any]] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    spans: list[dict[str, Any]] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    mentioned: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    wire: bool = False  # the article is on a wire or syndication host (paid distribution, not earned)
    algorithm: str = ""
    matched_at: datetime = _when(default_factory=utcnow)


class DigestRun(SQLModel, table=True):
    """One `monitor digest`: the period it covered and how it ended. The next digest takes the hits stored after
    `through_article_id` (commit order, not clock time: see store/digests.py); a failed one is kept with the
    server's reply, and its items wait for the next.

    Its items are claimed ("sending", with the message's Message-ID) before the mail server sees it, so a
    digest accepted by the server but not recorded as sent is never sent again ("unconfirmed")."""

    id: int | None = Field(default=None, primary_key=True)
    started_at: datetime = _when(default_factory=utcnow)
    period_start: datetime = _when()
    period_end: datetime = _when()
    status: str  # sending | sent | failed | unconfirmed
    through_article_id: int | None = None  # every article up to this id was committed when the digest read them
    message_id: str | None = None
    recipients: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    items: int = 0
    error: str | None = Field(default=None, sa_column=Column(Text))


class DigestItem(SQLModel, table=True):
    """An article a digest has sent: the unique key keeps it from ever being sent twice."""

    article_id: int = Field(foreign_key="article.id", ondelete="CASCADE", primary_key=True)
    digest_id: int = Field(foreign_key="digestrun.id", ondelete="CASCADE", index=True)


class DigestRecipient(SQLModel, table=True):
    """A recipient the mail server refused while it accepted the digest for others: the digest is sent to them
    again, unchanged (`message`), at the next `monitor digest`, until it goes through. "sending" is recorded
    before each try, so a try that a crash interrupts is never repeated ("unconfirmed")."""

    __table_args__ = (UniqueConstraint("digest_id", "address"),)

    id: int | None = Field(default=None, primary_key=True)
    digest_id: int = Field(foreign_key="digestrun.id", ondelete="CASCADE", index=True)
    address: str
    status: str = "waiting"  # waiting | sending | sent | unconfirmed
    attempts: int = 1
    error: str | None = Field(default=None, sa_column=Column(Text))
    message: str = Field(default="", sa_column=Column(Text, nullable=False))  # the digest as first sent
    updated_at: datetime = _when(default_factory=utcnow)


class AlertDelivery(SQLModel, table=True):
    """One instant alert to one channel (and, for email, one recipient): at most one per rule, subject (a story,
    or a release for first placements), channel and recipient, which the unique key guarantees.

    Recorded "pending" when a pass finds it; "sending" just before it is handed over; then "sent", or "failed"
    with the reason and `next_attempt_at` (growing waits). A row found "sending" by a later pass was cut short by
    a crash: it becomes "unconfirmed" and is never sent again. `message` is what the alert says, fixed when it is
    found, so a held or retried alert says the same thing."""

    __table_args__ = (
        UniqueConstraint("rule", "subject", "channel", "recipient"),
        Index("ix_alertdelivery_due", "status", "next_attempt_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    rule: str  # the rule's id in alerts.toml
    subject: str  # "story:<story id>" or "release:<release id>"
    article_id: int | None = Field(default=None, foreign_key="article.id", ondelete="SET NULL")
    channel: str  # the channel's name in alerts.toml
    recipient: str = ""  # the address, for email channels
    status: str = "pending"  # pending | sending | sent | failed | unconfirmed
    attempts: int = 0
    last_error: str | None = Field(default=None, sa_column=Column(Text))
    message: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    created_at: datetime = _when(default_factory=utcnow)
    next_attempt_at: datetime | None = _when(default=None)
    sent_at: datetime | None = _when(default=None)
