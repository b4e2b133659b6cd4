"""A seeded filler for the review-site benchmark (bench/web.py): a store holding N fictional articles.

The articles' text comes from bench/generators/news.py (headline, blank line, 4-8 paragraphs, 250-600 words); on-topic
stories there are about what config/watchlist.toml watches, the rest span many other beats. Here they are
given what the pipeline would have stored around them:

  * ~20 outlets, each with its feed; the articles spread over the last `days` days (90 by default), each
    outlet carrying its share, a few undated (published_at NULL);
  * wire copies: about one story in twelve runs at 2-5 outlets, each copy a few minutes to hours after the
    first, sharing its story_id (the id of the first stored copy) and its text;
  * hits (every copy of an on-topic story, ~20% of the articles): 1-4 Mention rows each, found by pattern in
    `title + "\\n\\n" + text` so their offsets point at the words (Secure Communities / S-Comm, ICE /
    Immigration and Customs Enforcement, detainer / 287(g) / immigration hold, watched people by name), with
    the sentence around each; the article's quotations as Quote rows, attributed to a watched person when
    the paragraph names one;
  * reviews: ~10% of hit stories decided (every copy), mostly relevant, some starred, some with a note;
  * `today_hits` hit articles (300 by default) first stored in the last 24 hours, so the Today page has a
    realistic size; the other hits and every non-hit spread evenly over the whole span;
  * a cron pass every 15 minutes over the span (Run rows), so the health page has history.

Rows are written with SQLAlchemy Core bulk inserts (`session.execute(insert(Table), rows)`), one transaction
per batch, through `monitor.store.db.open_database` (the real schema, indexes and FTS triggers, which index
each article as it is inserted). StoryShingle rows are not written: no page reads them.

The same seed and N give the same database, except for the timestamps, which are relative to `now`.

    fill(engine, n=50_000, seed=7, now=..., today_hits=300, days=90) -> dict of counts and timings
"""

from __future__ import annotations

import hashlib
import random
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import Any

from . import news

OUTLETS = [
    ("Lakeside Courier", "lakeside-courier.example.org"),
    ("Plains Herald", "plains-herald.example.com"),
    ("Harbor Ledger", "harborledger.example.net"),
    ("Granite Valley Times", "gvtimes.example.org"),
    ("Copper County Record", "coppercountyrecord.example.com"),
    ("The Willow Sentinel", "willowsentinel.example.org"),
    ("River City Dispatch", "rivercitydispatch.example.com"),
    ("Northfield Gazette", "northfieldgazette.example.net"),
    ("Sugar Creek Observer", "sugarcreekobserver.example.org"),
    ("The Birchport Daily", "birchportdaily.example.com"),
    ("Mill Town Press", "milltownpress.example.org"),
    ("Cedar Ridge Journal", "cedarridgejournal.example.com"),
    ("State Capitol Wire", "capitolwire.example.net"),
    ("Foxmont Tribune", "foxmonttribune.example.org"),
    ("Silver Falls Chronicle", "silverfallschronicle.example.com"),
    ("Westbrook Post", "westbrookpost.example.net"),
    ("Redwood Bulletin", "redwoodbulletin.example.org"),
    ("Oakdale Citizen", "oakdalecitizen.example.com"),
    ("Stonehaven Register", "stonehavenregister.example.net"),
    ("Public Radio Southwest", "prsw.example.org"),
]
# Relative volume: a few big papers carry most of the articles, as in a real feed list.
OUTLET_WEIGHTS = [9, 7, 7, 6, 5, 5, 5, 4, 4, 4, 3, 3, 8, 3, 3, 2, 2, 2, 2, 6]

WIRE_SHARE = 0.08  # stories run by 2-5 outlets
UNDATED_SHARE = 0.04  # feed items without a date: the site dates them by when they were first stored
REVIEWED_SHARE = 0.10  # of hit stories

# What the tagger would find, as patterns: (kind, key, pattern, reason when accepted through context).
TOPIC_PATTERNS = [
    ("topic", "secure-communities", re.compile(r"\bSecure Communities\b"), None),
    ("topic", "secure-communities", re.compile(r"\bS-Comm\b"), "context: detain, immigra"),
    ("topic", "ice", re.compile(r"\bImmigration and Customs Enforcement\b", re.IGNORECASE), None),
    ("topic", "ice", re.compile(r"\bICE\b"), "context: deport, detain"),
    (
        "topic",
        "local-enforcement",
        re.compile(r"\b(?:detainers?|287\(g\)|immigration holds?)", re.IGNORECASE),
        "query: near sheriff/jail/police",
    ),
]
PEOPLE = {
    "lynn-tramonte": ("Lynn Tramonte", "Tramonte"),
    "frank-sharry": ("Frank Sharry", "Sharry"),
    "john-morton": ("John Morton", "Morton"),
    "janet-napolitano": ("Janet Napolitano", "Napolitano"),
}
PERSON_PATTERNS = [
    ("person", key, re.compile(rf"\b{re.escape(full)}\b|\b{re.escape(last)}\b"), None)
    for key, (full, last) in PEOPLE.items()
]
QUOTE = re.compile(r"“([^”\n]{8,})”?")
NAME = re.compile(r"\b(?:Mr\.|Ms\.|Sheriff|Director|Secretary)?\s?([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b")
NOTES = [
    "Good local angle.",
    "Send to the policy team.",
    "Wire copy; the Herald's version is fuller.",
    "Quote from Tramonte worth using.",
    "Not about the program: the word is used loosely.",
    "Follow up with the county for the numbers.",
]


@dataclass
class Copy:
    outlet: int
    fetched_at: datetime
    published_at: datetime | None
    id: int = 0


@dataclass
class Story:
    index: int
    on_topic: bool
    copies: list[Copy] = field(default_factory=list)
    reviewed: bool = False

    @property
    def story_id(self) -> int:
        return min(copy.id for copy in self.copies)


def plan(
    n: int, seed: int, now: datetime, *, today_hits: int = 300, days: int = 90, hit_share: float = 0.2
) -> tuple[list[Story], list[tuple[Story, Copy]]]:
    """Stories and their copies with outlets and times, and every copy in id order (the order they were stored)."""
    rng = random.Random(f"{seed}:web-plan:{n}")
    stories: list[Story] = []
    total = 0
    while total < n:
        copies = rng.randint(2, 5) if rng.random() < WIRE_SHARE else 1
        copies = min(copies, n - total)
        stories.append(Story(len(stories), rng.random() < hit_share, [Copy(0, now, None)] * copies))
        total += copies
    span = timedelta(days=days)
    day = timedelta(hours=24)
    # Which hit stories fall in the last 24 hours: drawn in a seeded order until `today_hits` copies are there.
    hit_stories = [s for s in stories if s.on_topic]
    rng.shuffle(hit_stories)
    recent: set[int] = set()
    placed = 0
    for story in hit_stories:
        if placed >= today_hits:
            break
        if placed + len(story.copies) <= today_hits:
            recent.add(story.index)
            placed += len(story.copies)
    for story in stories:
        if story.index in recent:
            first = now - day + (day - timedelta(minutes=10)) * rng.random()
        elif story.on_topic:  # not in the last 24 hours: the Today figure stays what was asked for
            first = now - span + (span - day - timedelta(hours=8)) * rng.random()
        else:
            first = now - span + (span - timedelta(minutes=5)) * rng.random()
        outlets = (
            rng.sample(range(len(OUTLETS)), k=len(story.copies))
            if len(story.copies) > 1
            else rng.choices(range(len(OUTLETS)), weights=OUTLET_WEIGHTS)
        )
        made = []
        for number, outlet in enumerate(outlets):
            fetched = first if number == 0 else first + timedelta(minutes=rng.uniform(5, 8 * 60))
            fetched = min(fetched, now - timedelta(minutes=1))
            published = None if rng.random() < UNDATED_SHARE else fetched - timedelta(minutes=rng.uniform(2, 180))
            made.append(Copy(outlet, fetched, published))
        story.copies = made
        story.reviewed = story.on_topic and rng.random() < REVIEWED_SHARE
    ordered = sorted(((s, c) for s in stories for c in s.copies), key=lambda sc: (sc[1].fetched_at, sc[0].index))
    for number, (_, copy) in enumerate(ordered, start=1):
        copy.id = number
    return stories, ordered


@lru_cache(maxsize=4096)
def story_text(seed: int, index: int, on_topic: bool) -> tuple[str, str]:
    """(headline, body) of one story, from bench/generators/news.py."""
    title, _, body = news.article(seed, index, on_topic).partition("\n\n")
    return title, body


def _sentence(text: str, start: int, end: int) -> str:
    left = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1, 0)
    stops = [i for i in (text.find(". ", end), text.find("\n", end)) if i != -1]
    right = min(stops) + 1 if stops else len(text)
    return text[left:right].strip()[:500]


def mentions(document: str, rng: random.Random) -> list[dict[str, Any]]:
    """1-4 mentions the tagger could have stored, with offsets into `document` (title + blank line + text)."""
    found: dict[tuple[str, str], list[tuple[int, int, str | None]]] = {}
    for kind, key, pattern, reason in TOPIC_PATTERNS + PERSON_PATTERNS:
        for match in pattern.finditer(document):
            found.setdefault((kind, key), []).append((match.start(), match.end(), reason))
    if not found:
        return []
    keys = sorted(found)
    rng.shuffle(keys)
    keys.sort(key=lambda k: k[0] != "topic")  # a topic first, when there is one
    wanted = rng.randint(1, 4)
    chosen: list[tuple[str, str, int, int, str | None]] = []
    for kind, key in keys:  # one of each thing found first, then further occurrences
        if len(chosen) < wanted:
            start, end, reason = found[(kind, key)][0]
            chosen.append((kind, key, start, end, reason))
    spare = [(kind, key, *where) for (kind, key), places in found.items() for where in places[1:]]
    rng.shuffle(spare)
    chosen += spare[: wanted - len(chosen)]
    from monitor.store.tables import MentionKind

    return [
        dict(
            kind=MentionKind(kind),
            key=key,
            text=document[start:end],
            start=start,
            end=end,
            sentence=_sentence(document, start, end),
            reason=reason if kind == "topic" else None,
        )
        for kind, key, start, end, reason in sorted(chosen, key=lambda c: c[2])
    ]


def quotes(document: str) -> list[dict[str, Any]]:
    """The document's quotations, attributed to a watched person when their paragraph names one."""
    out = []
    for match in QUOTE.finditer(document):
        para_start = document.rfind("\n", 0, match.start()) + 1
        para_end = document.find("\n", match.end())
        paragraph = document[para_start : para_end if para_end != -1 else len(document)]
        person = next((key for key, (full, last) in PEOPLE.items() if last in paragraph), None)
        if person:
            speaker, confidence = PEOPLE[person][0], 0.9
        else:
            outside = paragraph.replace(match.group(0), " ")
            names = [m.group(1) for m in NAME.finditer(outside) if " " in m.group(1)]
            speaker, confidence = (names[0], 0.7) if names else (None, None)
        out.append(
            dict(
                text=match.group(1),
                start=match.start(1),
                end=match.start(1) + len(match.group(1)),
                speaker=speaker,
                person_key=person,
                cue="said" if speaker else None,
                role=None,
                confidence=confidence,
            )
        )
    return out[:8]


def _slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60]


def feed_rows(now: datetime) -> list[dict[str, Any]]:
    """One feed per outlet; two of them failing, as a real list usually has."""
    rows = []
    for number, (outlet, domain) in enumerate(OUTLETS, start=1):
        failing = number in (7, 15)
        rows.append(
            dict(
                id=number,
                name=_slug(outlet),
                url=f"https://{domain}/feed/",
                configured_url=f"https://{domain}/feed/",
                outlet=outlet,
                full_text=number % 3 == 0,
                enabled=True,
                etag=f'"{number:08x}"',
                last_status=200,
                last_checked_at=now - timedelta(minutes=number),
                last_success_at=now - timedelta(minutes=number),
                error_count=3 if failing else 0,
                last_error_key="http" if failing else None,
                last_error="HTTP 503 Service Unavailable" if failing else None,
                last_error_at=now - timedelta(minutes=number) if failing else None,
                next_check_at=now + timedelta(minutes=15 * (1 + number % 4)),
                poll_interval=900 * (1 + number % 4),
                created_at=now - timedelta(days=120),
            )
        )
    return rows


def run_rows(now: datetime, days: int) -> list[dict[str, Any]]:
    from monitor.store.tables import RunStatus

    rows = []
    moment = now - timedelta(days=days)
    while moment < now:
        rows.append(
            dict(
                started_at=moment,
                finished_at=moment + timedelta(seconds=41),
                status=RunStatus.OK,
                counts={"feeds": len(OUTLETS), "fetched": 12, "not_modified": 8, "stored": 9, "hit": 2},
                errors=[],
            )
        )
        moment += timedelta(minutes=15)
    return rows


def _batches(ordered: list[tuple[Story, Copy]], size: int) -> Iterator[list[tuple[Story, Copy]]]:
    for start in range(0, len(ordered), size):
        yield ordered[start : start + size]


def fill(
    engine: Any,
    n: int = 50_000,
    seed: int = 7,
    now: datetime | None = None,
    *,
    today_hits: int = 300,
    days: int = 90,
    batch: int = 1000,
    ids: range | None = None,
    setup: bool = True,
) -> dict[str, Any]:
    """Write the whole store, or with `ids` only the articles whose ids are in it (bench/scale.py writes the newest
    50,000 of a year first, then the older ones); `setup` writes the feeds and passes too. Returns counts (of what
    was written) and how long generating and inserting took."""
    from sqlalchemy import insert
    from sqlalchemy.orm import Session

    from monitor.store.tables import Article, Feed, Mention, Quote, Review, ReviewStatus, Run

    now = now or datetime.now(UTC)
    stories, ordered = plan(n, seed, now, today_hits=today_hits, days=days)
    if ids is not None:
        ordered = [(story, copy) for story, copy in ordered if copy.id in ids]
    counts = dict(
        articles=0,
        hits=0,
        mentions=0,
        quotes=0,
        quotes_watched=0,
        reviews=0,
        starred=0,
        runs=0,
        stories=len(stories),
        wire_stories=sum(len(s.copies) > 1 for s in stories),
        hits_last_24h=sum(1 for s, c in ordered if s.on_topic and c.fetched_at >= now - timedelta(hours=24)),
        first_stored=min((c.fetched_at for _, c in ordered), default=now).isoformat(),
        words_min=10**9,
        words_max=0,
        words=0,
    )
    generate = insert_time = 0.0
    if setup:
        with Session(engine) as session, session.begin():
            session.execute(insert(Feed), feed_rows(now))
            runs = run_rows(now, days)
            session.execute(insert(Run), runs)
            counts["runs"] = len(runs)
    for part in _batches(ordered, batch):
        clock = time.perf_counter()
        articles, mention_rows, quote_rows, review_rows = [], [], [], []
        for story, copy in part:
            title, body = story_text(seed, story.index, story.on_topic)
            outlet, domain = OUTLETS[copy.outlet]
            slug = _slug(title)
            words = len(news.WORD.findall(title)) + len(news.WORD.findall(body))
            counts["words"] += words
            counts["words_min"], counts["words_max"] = min(counts["words_min"], words), max(counts["words_max"], words)
            articles.append(
                dict(
                    id=copy.id,
                    url=f"https://{domain}/news/{slug}-{copy.id}",
                    link=f"https://{domain}/news/{slug}-{copy.id}",
                    guid=f"{domain}:{copy.id}",
                    feed_id=copy.outlet + 1,
                    outlet=outlet,
                    title=title,
                    author=None
                    if copy.id % 5 == 0
                    else f"{news.WOMEN[copy.id % len(news.WOMEN)]} {news.SURNAMES[copy.id % len(news.SURNAMES)]}",
                    published_at=copy.published_at,
                    fetched_at=copy.fetched_at,
                    summary=body[:280],
                    text=body,
                    text_source="page" if copy.outlet % 3 == 0 else "feed",
                    text_note=None,
                    canonical_url=None,
                    content_hash=hashlib.sha256(body.lower().encode()).hexdigest(),
                    story_id=story.story_id,
                )
            )
            if not story.on_topic:
                continue
            document = f"{title}\n\n{body}"
            rng = random.Random(f"{seed}:tags:{copy.id}")
            found = mentions(document, rng)
            if not found:
                continue  # nothing a watched word would find: stored, not a hit
            counts["hits"] += 1
            mention_rows += [dict(article_id=copy.id, **m) for m in found]
            said = quotes(document)
            quote_rows += [dict(article_id=copy.id, **q) for q in said]
            counts["quotes_watched"] += sum(q["person_key"] is not None for q in said)
            if story.reviewed:
                decide = random.Random(f"{seed}:review:{story.index}")
                status = decide.choices(["relevant", "irrelevant", "new"], weights=[70, 25, 5])[0]
                starred = status == "relevant" and decide.random() < 0.3
                review_rows.append(
                    dict(
                        article_id=copy.id,
                        status=ReviewStatus(status),
                        starred=starred,
                        note=decide.choice(NOTES) if decide.random() < 0.2 else None,
                        reviewer=decide.choice(["ana", "ben"]),
                        updated_at=min(now, copy.fetched_at + timedelta(hours=decide.uniform(0.5, 30))),
                    )
                )
                counts["starred"] += starred
        counts["articles"] += len(articles)
        counts["mentions"] += len(mention_rows)
        counts["quotes"] += len(quote_rows)
        counts["reviews"] += len(review_rows)
        writing = time.perf_counter()
        generate += writing - clock
        with Session(engine) as session, session.begin():
            session.execute(insert(Article), articles)
            for table, rows in ((Mention, mention_rows), (Quote, quote_rows), (Review, review_rows)):
                if rows:
                    session.execute(insert(table), rows)
        insert_time += time.perf_counter() - writing
    counts["generate_s"], counts["insert_s"] = generate, insert_time
    return counts


RELEASE_QUOTE = "Secure Communities never made our towns safer; it made families afraid to call for help"


def add_release(engine: Any, now: datetime, *, age_days: int = 20, every: int = 12) -> int:
    """One press release out `age_days` ago and its pickups: every `every`-th hit dated in its 30-day window, as
    verbatim, partial, quote and mention matches in turn (a few on wire hosts), for the release report page.
    Returns the release's id."""
    from sqlalchemy import func, insert, select
    from sqlalchemy.orm import Session

    from monitor.store.tables import Article, Mention, Release, ReleaseMatch

    published = now - timedelta(days=age_days)
    dated = func.coalesce(Article.published_at, Article.fetched_at)
    with Session(engine) as session, session.begin():
        release_id = session.execute(
            insert(Release).values(
                title="Sheriffs should end Secure Communities detainers",
                source="bench/generators/store_rows.py",
                text=f"“{RELEASE_QUOTE},” said Lynn Tramonte.",
                published_at=published,
                window_days=30,
                homes=["americasvoice.example"],
                fingerprint={
                    "topics": ["secure-communities"],
                    "quotes": [{"index": 1, "text": RELEASE_QUOTE, "speaker": "Lynn Tramonte"}],
                },
                algorithm="bench",
            )
        ).inserted_primary_key[0]
        hits = select(Mention.article_id)
        found = session.execute(
            select(Article.id, Article.title, Article.outlet)
            .where(Article.id.in_(hits), dated >= published, dated <= published + timedelta(days=30))
            .order_by(Article.id)
        ).all()
        kinds = ["verbatim", "partial", "quote", "mention"]
        rows = []
        for number, (article_id, title, outlet) in enumerate(found[::every]):
            kind = kinds[number % len(kinds)]
            quoted = kind in ("verbatim", "quote")
            rows.append(
                dict(
                    release_id=release_id,
                    article_id=article_id,
                    kind=kind,
                    reuse={"verbatim": 0.82, "partial": 0.31, "quote": 0.11, "mention": 0.0}[kind],
                    sentences=2 if kind == "partial" else 0,
                    quotes=[{"index": 1, "verbatim": number % 3 != 0, "altered": [] if number % 3 else ["never→not"]}]
                    if quoted
                    else [],
                    spans=[{"start": 0, "end": min(len(title), 60)}] if kind != "mention" else [],
                    mentioned=["lynn-tramonte"] if kind == "mention" else [],
                    wire=outlet == "State Capitol Wire",
                    algorithm="bench",
                    matched_at=now,
                )
            )
        if rows:
            session.execute(insert(ReleaseMatch), rows)
    return int(release_id)
