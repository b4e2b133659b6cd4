"""Named reads behind the review site, the CSV export and (later) the digest: hits under a filter, one
article in full, mentions per day. Pages are counted in stories, so copies of one story never straddle
two pages.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from operator import itemgetter
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, false, func, literal, or_, select, true
from sqlalchemy.orm import Session, aliased

from . import dialect
from .labels import labels_of
from .tables import Article, ArticleLabel, HitOutlet, Mention, MentionKind, Quote, Review, ReviewStatus

# What a reviewer can narrow the list to, beside the verdicts themselves.
STATUS_FILTERS = ("new", "relevant", "irrelevant", "starred", "reviewed")

# Stories the hit list counts exactly; past this, it says "more than 5,000 stories" and stops counting, so its
# reads stay the same however long the history grows (issue 17).
COUNT_UP_TO = 5_000

# The newest stretch of time the hit list reads first (`_newest_stories` sizes the next ones by what it found).
FIRST_WINDOW = timedelta(days=7)

# Row ids are 64-bit signed integers (SQLite's INTEGER, PostgreSQL's bigint); a larger number from a URL or a
# form is no row's id, and the database driver would overflow on it.
ROW_ID_MAX = dialect.ROW_ID_MAX


def is_row_id(value: int) -> bool:
    """Whether `value` can be the id of a stored row: positive and within the id columns' range."""
    return 0 < value <= ROW_ID_MAX


@dataclass(frozen=True)
class HostFilter:
    """Articles published on these domains (or their subdomains), but not on the `carved` ones under them: an
    outlet tier, as `config.Outlets.domains_of_tier` gives it. No `domains` means any domain outside `carved`
    (the "unlisted" tier)."""

    domains: tuple[str, ...] = ()
    carved: tuple[str, ...] = ()


@dataclass(frozen=True)
class HitFilter:
    """Everything the hit list can be narrowed by; each field is one URL parameter of the review site."""

    seen_since: datetime | None = None  # first stored at or after (the Today page: since the last visit)
    # Stored after / up to these article ids: the digest's window, in commit order (store/digests.py says why)
    id_above: int | None = None
    id_through: int | None = None
    start: datetime | None = None  # dated (published, or first seen when undated) at or after
    end: datetime | None = None  # ... and before
    topic: str | None = None
    person: str | None = None
    outlet: str | None = None
    status: str | None = None  # one of STATUS_FILTERS
    text: str = ""  # web-search syntax: words, "phrases", -excluded, OR
    label: int | None = None  # carries this label of the team's
    hosts: HostFilter | None = None  # published on an outlet tier's domains


@dataclass(frozen=True)
class Span:
    kind: str  # "topic" | "person" | "quote"
    key: str | None  # topic or person id; for a quote, the watched speaker's id
    start: int
    end: int
    text: str = ""
    reason: str | None = None


@dataclass(frozen=True)
class QuoteView:
    text: str
    start: int
    end: int
    speaker: str | None
    person: str | None
    role: str | None
    confidence: float | None


@dataclass(frozen=True)
class ReviewView:
    status: str = ReviewStatus.NEW.value
    starred: bool = False
    note: str | None = None
    reviewer: str | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True)
class HitRow:
    """One stored article that mentions something watched, with what the list and export show of it."""

    id: int
    story_id: int
    outlet: str
    title: str
    link: str
    author: str | None
    published_at: datetime | None
    fetched_at: datetime
    title_text: str  # headline + body, the string mention offsets point into
    topics: list[str]
    people: list[str]
    mentions: list[Span]
    quotes: list[QuoteView]
    review: ReviewView
    labels: tuple[tuple[int, str], ...] = ()  # the team's labels on it: (id, name), by name

    @property
    def dated(self) -> datetime:
        return self.published_at or self.fetched_at


@dataclass(frozen=True)
class HitPage:
    rows: list[HitRow]  # newest story first; copies of a story next to each other, earliest copy first
    stories: int  # stories matching the filter, on every page; the cap when `more`
    articles: int | None  # articles matching the filter; None when `more` (not counted)
    more: bool = False  # more than `stories` match: counting stopped at the cap (find_hits' count_up_to)
    later: bool = False  # a page after this one has stories


@dataclass(frozen=True)
class ArticleView:
    row: HitRow
    text_source: str
    text_note: str | None
    canonical_url: str | None
    text_capped: bool = False  # stored cut at writes.MAX_STORED_CHARS (tagged whole before)
    copies: list[HitRow] = field(default_factory=list)  # other outlets' copies of the story


_DATED = func.coalesce(Article.published_at, Article.fetched_at)
_STORY = func.coalesce(Article.story_id, Article.id)  # articles stored before stories were kept: their own story
_IS_HIT = exists(select(Mention.id).where(Mention.article_id == Article.id))


def _conditions(session: Session, where: HitFilter, *, search_finds_rows: bool = True) -> list[ColumnElement[bool]]:
    def mentions(kind: MentionKind, key: str) -> ColumnElement[bool]:
        return exists(
            select(Mention.id).where(Mention.article_id == Article.id, Mention.kind == kind, Mention.key == key)
        )

    conditions = [_IS_HIT]
    if where.seen_since is not None:
        conditions.append(Article.fetched_at >= where.seen_since)
    if where.id_above is not None:
        conditions.append(Article.id > where.id_above)
    if where.id_through is not None:
        conditions.append(Article.id <= where.id_through)
    if where.start is not None:
        conditions.append(_DATED >= where.start)
    if where.end is not None:
        conditions.append(_DATED < where.end)
    if where.topic:
        conditions.append(mentions(MentionKind.TOPIC, where.topic))
    if where.person:
        conditions.append(mentions(MentionKind.PERSON, where.person))
    if where.outlet:
        conditions.append(Article.outlet == where.outlet)
    if where.status:
        conditions.append(_status_condition(where.status))
    if where.label is not None:
        labelled = select(ArticleLabel.article_id).where(
            ArticleLabel.article_id == Article.id, ArticleLabel.label_id == where.label
        )
        conditions.append(exists(labelled))
    if where.hosts is not None:
        conditions.append(host_condition(session.get_bind().dialect.name, where.hosts))
    if where.text.strip():
        found = dialect.search_condition(
            session.get_bind().dialect.name,
            Article.id,
            Article.title,
            Article.text,
            where.text,
            finds_rows=search_finds_rows,
        )
        if found is not None:
            conditions.append(found)
    return conditions


def host_condition(dialect_name: str, hosts: HostFilter) -> ColumnElement[bool]:
    """Published on one of `hosts.domains` (or a subdomain), and on none of `hosts.carved`."""
    host = dialect.url_host(dialect_name, Article.url)

    def on(domains: tuple[str, ...]) -> ColumnElement[bool]:
        return or_(false(), *(or_(host == d, host.like(f"%.{_escape_like(d)}", escape="\\")) for d in domains))

    inside = on(hosts.domains) if hosts.domains else true()
    return and_(inside, ~on(hosts.carved)) if hosts.carved else inside


def _escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _status_condition(status: str) -> ColumnElement[bool]:
    review = aliased(Review)  # the list's own query joins Review too; an alias keeps this one separate
    reviewed = select(review.id).where(review.article_id == Article.id)
    if status == "new":
        return ~exists(reviewed.where(review.status != ReviewStatus.NEW))
    if status == "starred":
        return exists(reviewed.where(review.starred.is_(True)))
    if status == "reviewed":
        return exists(reviewed.where(review.status != ReviewStatus.NEW))
    return exists(reviewed.where(review.status == ReviewStatus(status)))


def find_hits(
    session: Session, where: HitFilter, *, limit: int = 50, offset: int = 0, count_up_to: int = COUNT_UP_TO
) -> HitPage:
    """One page of `limit` stories, newest first, with every matching copy of each, and the totals counted up
    to `count_up_to` stories (`HitPage.more` beyond). SearchError when the filter's search is more than the
    index takes.

    Paging is by offset, not by keyset: a page number is a link a reader can share or come back to, and the
    pager numbers pages. What a page costs grows with the page asked for (the stories before it are walked
    too), never with the history: page 2 reads as much at 200,000 articles as at 2,000. Past the cap the list
    still pages on ("Older"), each page a little dearer; a date range is the way to old stories."""
    wanted = max(offset + limit, count_up_to) + 1
    with dialect.search_refusals():
        if _few_fetched_since(session, where, 2 * wanted):
            walked = _all_sorted_here(session, _conditions(session, where, search_finds_rows=False))
        elif _few_found_by_search(session, where, 2 * wanted):
            walked = _all_sorted_here(session, _conditions(session, where))
        else:
            walked = _newest_stories(session, _conditions(session, where, search_finds_rows=False), wanted)
        chosen = walked.stories[offset : offset + limit]
        order = {story: position for position, story in enumerate(chosen)}
        by_story = _conditions(session, where, search_finds_rows=False)  # found by story; the search only checks
        ids = list(session.execute(select(Article.id).where(*by_story, _in_stories(chosen))).scalars())
    rows = _rows(session, ids)
    rows.sort(key=lambda row: (order[row.story_id], row.dated, row.id))
    more = len(walked.stories) > count_up_to
    return HitPage(
        rows=rows,
        stories=count_up_to if more else len(walked.stories),
        articles=None if more else walked.articles,
        more=more,
        later=len(walked.stories) > offset + limit,
    )


@dataclass(frozen=True)
class _Walk:
    stories: list[int]  # newest first, each story once
    articles: int | None  # articles matching, when the walk read them all


def _newest_stories(session: Session, conditions: list[ColumnElement[bool]], wanted: int) -> _Walk:
    """The first `wanted` stories matching, newest first, each story kept where its newest copy is (ties: the
    higher story id first, as the list has always ordered them).

    The matches are read a stretch of time at a time, newest first, until `wanted` stories are in hand or the
    oldest article is passed: first FIRST_WINDOW, then as far back as the stories found so far say the rest
    need (a quarter more), at most four times what was read. Each stretch is one range of `ix_article_dated`
    read in its order, so what a page reads is about what the cap needs, however long the history. (A LIMIT
    under ORDER BY the date did this on SQLite; PostgreSQL's planner, seeing a LIMIT of 10,000, read every
    article or every match of the search and sorted them.)"""
    ends = (select(func.max(_DATED)).scalar_subquery(), select(func.min(_DATED)).scalar_subquery())
    newest, oldest = session.execute(select(*ends)).one()  # each end one step of the index
    if newest is None:
        return _Walk([], 0)
    found = 0
    stories: dict[int, None] = {}
    query = select(_STORY).where(*conditions).order_by(_DATED.desc(), _STORY.desc())
    upper, span = None, FIRST_WINDOW
    while True:
        end = newest if upper is None else upper
        lower = oldest if span >= end - oldest else end - span  # never past the oldest (year 1 is a date too)
        window = [_DATED >= lower] if upper is None else [_DATED >= lower, _DATED < upper]
        rows = list(session.execute(query.where(*window)).scalars())
        found += len(rows)
        stories.update(dict.fromkeys(rows))
        if lower <= oldest:  # every match read: exact
            return _Walk(list(stories), found)
        if len(stories) >= wanted:
            return _Walk(list(stories)[:wanted], None)
        read = newest - lower
        further = min((wanted - len(stories)) / len(stories) * 1.25, 4.0) if stories else 4.0
        upper, span = lower, max(read * further, FIRST_WINDOW)


def _few_fetched_since(session: Session, where: HitFilter, most: int) -> bool:
    """Does the filter keep only articles fetched since a moment (Today: since the reader's last visit), and
    are those at most `most`? Counted on the fetched_at index, a range as long as the absence."""
    if where.seen_since is None:
        return False
    fetched = select(Article.id).where(Article.fetched_at >= where.seen_since).limit(most + 1).subquery()
    return int(session.execute(select(func.count()).select_from(fetched)).scalar_one()) <= most


def _few_found_by_search(session: Session, where: HitFilter, most: int) -> bool:
    """Does the filter search for words the search index holds in at most `most` articles? Then those are
    read and sorted; a common word is only checked on the articles the date ranges bring."""
    matches = dialect.search_matches(session, where.text) if where.text.strip() else None
    return matches is not None and matches <= most


def _all_sorted_here(session: Session, conditions: list[ColumnElement[bool]]) -> _Walk:
    """Every match, read in no order (so the planner takes the narrow range the filter gives: the fetch times
    since a visit, a rare word's matches) and ordered here exactly as `_newest_stories` orders them."""
    found = session.execute(select(_DATED, _STORY).where(*conditions)).all()
    found.sort(key=itemgetter(0, 1), reverse=True)  # the key is a plain tuple: Rows compare in Python
    return _Walk(list(dict.fromkeys(story for _, story in found)), len(found))


def iter_hits(session: Session, where: HitFilter, *, batch: int = 500, with_text: bool = False) -> Iterator[HitRow]:
    """Every article matching the filter, in the list's order: one ordered pass for the ids, then the rows a
    batch at a time, so memory stays flat. The CSV export leaves the text out; the digest's snippets need it.

    The ids are found at once, not when iteration starts, so a search the index refuses (SearchError) is
    raised here, before a streamed download has begun."""
    with dialect.search_refusals():
        conditions = _conditions(session, where)
        newest = func.max(_DATED).over(partition_by=_STORY)
        ordered = (
            select(Article.id, _STORY.label("story"), _DATED.label("dated"), newest.label("newest"))
            .where(*conditions)
            .subquery()
        )
        ids = list(
            session.execute(
                select(ordered.c.id).order_by(
                    ordered.c.newest.desc(), ordered.c.story.desc(), ordered.c.dated, ordered.c.id
                )
            ).scalars()
        )
    return _batches(session, ids, batch, with_text)


def _batches(session: Session, ids: list[int], batch: int, with_text: bool) -> Iterator[HitRow]:
    for start in range(0, len(ids), batch):
        chunk = ids[start : start + batch]
        found = {row.id: row for row in _rows(session, chunk, with_text=with_text)}
        yield from (found[i] for i in chunk if i in found)


def rows_for(session: Session, article_ids: list[int]) -> list[HitRow]:
    """These articles (hits or not) as list rows in the list's order: newest story first, each story's copies
    together, earliest first. Ids no row has are left out."""
    rows = _rows(session, sorted({i for i in article_ids if is_row_id(i)}))
    newest: dict[int, datetime] = {}
    for row in rows:
        newest[row.story_id] = max(newest.get(row.story_id, row.dated), row.dated)
    return sorted(rows, key=lambda r: (-newest[r.story_id].timestamp(), -r.story_id, r.dated, r.id))


def _in_stories(stories: list[int]) -> ColumnElement[bool]:
    """Membership in these stories through the story_id index (coalesce() would hide it from the planner)."""
    return or_(Article.story_id.in_(stories), and_(Article.story_id.is_(None), Article.id.in_(stories)))


_LIST_COLUMNS = (
    Article.id,
    Article.story_id,
    Article.outlet,
    Article.title,
    Article.link,
    Article.author,
    Article.published_at,
    Article.fetched_at,
)


def _rows(session: Session, ids: list[int], *, with_text: bool = True) -> list[HitRow]:
    """The articles with these ids as list rows; plain columns rather than ORM objects, which cost more
    than the query at export sizes."""
    columns = (
        *_LIST_COLUMNS,
        Article.text if with_text else literal(""),
        Review.status,
        Review.starred,
        Review.note,
        Review.reviewer,
        Review.updated_at,
    )
    found = []
    for chunk in _chunks(ids):
        found += session.execute(
            select(*columns).outerjoin(Review, Review.article_id == Article.id).where(Article.id.in_(chunk))
        ).all()
    spans = _spans(session, ids)
    quotes = _quotes(session, ids)
    labels = labels_of(session, ids)
    return [_row(values, spans[values[0]], quotes[values[0]], labels.get(values[0], [])) for values in found]


def _row(values: Any, spans: list[Span], quotes: list[QuoteView], labels: list[tuple[int, str]]) -> HitRow:
    id, story_id, outlet, title, link, author, published_at, fetched_at, text, *review = values
    status, starred, note, reviewer, updated_at = review
    return HitRow(
        id=id,
        story_id=story_id or id,
        outlet=outlet,
        title=title,
        link=link,
        author=author,
        published_at=published_at,
        fetched_at=fetched_at,
        title_text=f"{title}\n\n{text}" if title else text,
        topics=sorted({s.key for s in spans if s.kind == MentionKind.TOPIC and s.key}),
        people=sorted({s.key for s in spans if s.kind == MentionKind.PERSON and s.key}),
        mentions=spans,
        quotes=quotes,
        review=ReviewView(str(status), bool(starred), note, reviewer, updated_at) if status else ReviewView(),
        labels=tuple(labels),
    )


def _spans(session: Session, ids: list[int]) -> dict[int, list[Span]]:
    found: dict[int, list[Span]] = defaultdict(list)
    columns = (Mention.article_id, Mention.kind, Mention.key, Mention.start, Mention.end, Mention.text, Mention.reason)
    for chunk in _chunks(ids):
        query = select(*columns).where(Mention.article_id.in_(chunk)).order_by(Mention.article_id, Mention.start)
        for article_id, kind, *rest in session.execute(query).all():
            found[article_id].append(Span(str(kind), *rest))
    return found


def _quotes(session: Session, ids: list[int]) -> dict[int, list[QuoteView]]:
    found: dict[int, list[QuoteView]] = defaultdict(list)
    columns = (
        Quote.article_id,
        Quote.text,
        Quote.start,
        Quote.end,
        Quote.speaker,
        Quote.person_key,
        Quote.role,
        Quote.confidence,
    )
    for chunk in _chunks(ids):
        query = select(*columns).where(Quote.article_id.in_(chunk)).order_by(Quote.article_id, Quote.start)
        for article_id, *rest in session.execute(query).all():
            found[article_id].append(QuoteView(*rest))
    return found


def _chunks(ids: list[int], size: int = 500) -> Iterator[list[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def article_view(session: Session, article_id: int) -> ArticleView | None:
    """One stored article in full, whether or not it is a hit, with its story's other copies; None for an id
    no row can have."""
    if not is_row_id(article_id):
        return None
    article = session.get(Article, article_id)
    if article is None:
        return None
    row = _rows(session, [article_id])[0]
    others = session.execute(select(Article.id).where(_in_stories([row.story_id]), Article.id != article_id)).scalars()
    copies = sorted(_rows(session, list(others)), key=lambda copy: (copy.dated, copy.id))
    return ArticleView(
        row=row,
        text_source=article.text_source,
        text_note=article.text_note,
        canonical_url=article.canonical_url,
        text_capped=article.text_capped,
        copies=copies,
    )


def hit_outlets(session: Session) -> list[str]:
    """Outlets that have ever had a hit, for the filter's outlet list: the few rows of `HitOutlet`, which the
    writer keeps, since finding them among a year's articles cost most of the Today page (issue 17)."""
    return list(session.execute(select(HitOutlet.outlet).order_by(HitOutlet.outlet)).scalars())


def mentions_per_day(
    session: Session,
    segments: list[tuple[datetime, datetime, int]],
    kind: MentionKind = MentionKind.TOPIC,
    hosts: HostFilter | None = None,
) -> dict[tuple[str, date], int]:
    """Articles mentioning each topic (or person) per local day, counted in the database. `segments` cut the range
    where the team's UTC offset changes (`config.timespec.offset_segments`), so each piece has one fixed offset."""
    counts: dict[tuple[str, date], int] = defaultdict(int)
    dialect_name = session.get_bind().dialect.name
    for start, end, offset in segments:
        day = dialect.local_day(dialect_name, _DATED, offset)
        query = (
            select(Mention.key, day, func.count(func.distinct(Mention.article_id)))
            .join(Article, Article.id == Mention.article_id)
            .where(Mention.kind == kind, _DATED >= start, _DATED < end, *_hosts(dialect_name, hosts))
            .group_by(Mention.key, day)
        )
        for key, local, count in session.execute(query).all():
            counts[(key, date.fromisoformat(local))] += count
    return counts


def hits_per_outlet_day(
    session: Session, segments: list[tuple[datetime, datetime, int]], hosts: HostFilter | None = None
) -> dict[tuple[str, date], int]:
    """Articles with any watched mention (hits) per outlet per local day, cut by `segments` as above."""
    counts: dict[tuple[str, date], int] = defaultdict(int)
    dialect_name = session.get_bind().dialect.name
    hits = select(Mention.article_id)
    for start, end, offset in segments:
        day = dialect.local_day(dialect_name, _DATED, offset)
        query = (
            select(Article.outlet, day, func.count(Article.id))
            .where(Article.id.in_(hits), _DATED >= start, _DATED < end, *_hosts(dialect_name, hosts))
            .group_by(Article.outlet, day)
        )
        for outlet, local, count in session.execute(query).all():
            counts[(outlet, date.fromisoformat(local))] += count
    return counts


def _hosts(dialect_name: str, hosts: HostFilter | None) -> list[ColumnElement[bool]]:
    return [] if hosts is None else [host_condition(dialect_name, hosts)]


def article_ids_in_stories(session: Session, article_ids: list[int]) -> list[int]:
    """The given articles and every copy of their stories: a reviewer's decision on a story covers its copies.
    Ids no row can have are left out (the driver would overflow on them)."""
    article_ids = [i for i in article_ids if is_row_id(i)]
    if not article_ids:
        return []
    stories = select(_STORY).where(Article.id.in_(article_ids)).scalar_subquery()
    return list(
        session.execute(select(Article.id).where(or_(Article.id.in_(article_ids), _STORY.in_(stories)))).scalars()
    )


def reviews_since(session: Session, since: datetime, article_ids: list[int]) -> dict[int, ReviewView]:
    """Decisions on these articles made after `since`: how an open page learns of colleagues' work."""
    found: dict[int, ReviewView] = {}
    for chunk in _chunks(sorted({i for i in article_ids if is_row_id(i)})):
        query = select(Review).where(Review.article_id.in_(chunk), Review.updated_at > since)
        for r in session.execute(query).scalars():
            found[r.article_id] = ReviewView(str(r.status), r.starred, r.note, r.reviewer, r.updated_at)
    return found
