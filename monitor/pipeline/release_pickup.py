"""Press releases: added (read or fetched, tagged, fingerprinted, stored), checked against every article a
pass stores, and rescanned over articles stored before the release was added.

The wiring lives here, like the rest of the pipeline: fetch and extract for a release given by URL, the
tagger for its quotes, speakers and topics, `monitor.pickup` for the comparison, the store for the rest.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from ..config import Config, TopicConfig, Watchlist
from ..config.query_syntax import anchors, parse_query
from ..errors import ReleaseError
from ..extract.article import page_text
from ..fetch import Fetcher
from ..pickup import ALGORITHM_VERSION, prose, report
from ..pickup.fingerprint import Fingerprint, fingerprint
from ..pickup.index import ReleaseIndex
from ..pickup.match import Article, Match, Release, compare
from ..records import Tags, document_text
from ..store import Access, connect, writes
from ..store.releases import (
    ActiveRelease,
    ReleaseSummary,
    active_releases,
    articles_between,
    get_release,
    list_releases,
    placements,
)
from ..store.types import utcnow

if TYPE_CHECKING:
    from ..tag import Tagger

WINDOW_DAYS = 30


@dataclass(frozen=True)
class AddedRelease:
    id: int
    title: str
    published_at: datetime
    quotes: int
    sentences: int
    grams: int
    organisation: str | None
    spokespeople: list[str]
    topics: list[str]


def fingerprint_release(
    text: str, tags: Tags, *, watchlist: Watchlist | None = None, published: datetime | None = None
) -> Fingerprint:
    """The release's fingerprint, from its text and what the tagger found in it; with the watchlist, the words
    it uses for its topics too (what a mention of it may be recognised by)."""
    # A speaker the tagger calls a description ("a spokesperson for the group") names no one a story could name.
    quotes = [(q.text, None if getattr(q, "speaker_kind", None) == "description" else q.speaker) for q in tags.quotes]
    return fingerprint(
        text,
        quotes=quotes,
        topics=sorted({t.id for t in tags.topics}),
        people=sorted({p.id for p in tags.people}),
        terms=subject_terms(watchlist, tags) if watchlist else [],
        dated=published.date().isoformat() if published else None,
    )


def subject_terms(watchlist: Watchlist, tags: Tags) -> list[str]:
    """The watchlist's words for the release's topics that the release itself uses, spelled as the watchlist
    spells them: a topic's phrases and terms, and the words its query is anchored on ("detainers", not the
    "jail" it must stand near, which names no subject)."""
    spellings = {topic.id: _anchor_words(topic) for topic in watchlist.topics}
    found: dict[str, None] = {}
    for hit in tags.topics:
        for word in spellings.get(hit.id, []):
            if hit.text.casefold() == word.casefold():
                found[word] = None
    return list(found)


def _anchor_words(topic: TopicConfig) -> list[str]:
    words = [*topic.phrases, *topic.case_sensitive, *(term.text for term in topic.terms)]
    if topic.query:
        words += [term.text for term in anchors(parse_query(topic.query)) if not term.label and not term.prefix]
    return words


def read_release(config: Config, source: str) -> tuple[str, str | None]:
    """(text, url) of a release given as a file or a web address."""
    if urlsplit(source).scheme in ("http", "https"):
        return asyncio.run(_fetch_release(config, source)), source
    path = Path(source)
    try:
        return path.read_text(encoding="utf-8-sig"), None
    except (OSError, UnicodeDecodeError) as exc:
        raise ReleaseError(f"{source}: cannot read the release: {exc}") from exc


async def _fetch_release(config: Config, url: str) -> str:
    async with Fetcher(config.settings) as fetcher:
        fetched = await fetcher.get(url, trusted=True)
    found = page_text(fetched.body, fetched.url)
    if found is None:
        raise ReleaseError(f"{url}: no main text found on the page")
    return found.text


def default_title(text: str) -> str:
    """The first line that is not packaging ("FOR IMMEDIATE RELEASE", a date): the headline."""
    for paragraph in prose.paragraphs(text):
        if not paragraph.boilerplate:
            return paragraph.text.strip()[:300]
    return "Untitled release"


def add_release(
    config: Config,
    source: str,
    *,
    title: str | None = None,
    published: datetime | None = None,
    homes: list[str] = (),  # type: ignore[assignment]
    tagger: Tagger | None = None,
    window_days: int = WINDOW_DAYS,
    actor: str | None = None,
) -> AddedRelease:
    """Read, fingerprint and store a release; `actor` (who added it) goes to the audit trail."""
    text, url = read_release(config, source)
    if not text.strip():
        raise ReleaseError(f"{source}: the release is empty")
    if tagger is None:
        from ..tag import Tagger

        tagger = Tagger(config.watchlist, config.settings.spacy_model)
    fp = fingerprint_release(text, tagger.tag(text), watchlist=config.watchlist, published=published)
    if not fp.grams:
        raise ReleaseError(f"{source}: nothing but boilerplate was found in the release")
    homes = [h.lower().strip() for h in homes] + ([urlsplit(url).hostname or ""] if url else [])
    homes = [h.removeprefix("www.") for h in homes]  # www.example.org's home is example.org and all below
    with connect(config.settings.database_url, Access.WRITE) as session:
        release = writes.add_release(
            session,
            actor=actor,
            title=title or default_title(text),
            source=source,
            url=url,
            text=text,
            published_at=published or utcnow(),
            window_days=window_days,
            homes=sorted({h for h in homes if h}),
            fingerprint=fp.to_json(),
            algorithm=ALGORITHM_VERSION,
        )
        assert release.id is not None
        return AddedRelease(
            release.id,
            release.title,
            release.published_at,
            len(fp.quotes),
            len(fp.sentences),
            len(fp.grams),
            fp.organisation,
            fp.spokespeople,
            fp.topics,
        )


def on_host(host: str, path: str, entries: list[str] | tuple[str, ...]) -> bool:
    """Is `host` (with `path`) one of `entries`: a host and its subdomains, or a host and path prefix?"""
    for entry in entries:
        where, _, prefix = entry.partition("/")
        if (host == where or host.endswith("." + where)) and path.lstrip("/").startswith(prefix):
            return True
    return False


def match_fields(release_id: int, match: Match, *, wire: bool) -> dict[str, Any]:
    """A match as the store keeps it (ReleaseMatch's columns, the article aside)."""
    return dict(
        release_id=release_id,
        kind=match.kind,
        reuse=match.reuse,
        narrative_reuse=match.narrative_reuse,
        sentences=match.sentences,
        wire=wire,
        algorithm=ALGORITHM_VERSION,
        mentioned=match.mentioned,
        quotes=[
            dict(
                index=q.index, verbatim=q.verbatim, altered=q.altered, start=q.start, end=q.end, similarity=q.similarity
            )
            for q in match.quotes
        ],
        spans=[dict(start=s.start, end=s.end, what=s.what) for s in match.spans],
    )


class Pickups:
    """The active releases of one pass, indexed once; `check` is called for every article stored."""

    def __init__(self, releases: list[ActiveRelease], wire_hosts: tuple[str, ...]) -> None:
        self.releases = {r.id: r for r in releases}
        self.index = ReleaseIndex((r.id, Fingerprint.from_json(r.fingerprint)) for r in releases)
        self.wire_hosts = wire_hosts

    def check(
        self, url: str, document: str, dated: datetime, *, topics: set[str], people: set[str]
    ) -> list[dict[str, Any]]:
        """The releases this article picked up, as ReleaseMatch fields; its own homes and dates outside a
        release's window excluded. `topics`/`people`: the watched ids it was tagged with."""
        if not self.releases:
            return []
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        found = []
        for release_id, match in self.index.check(document, topics=topics, people=people):
            release = self.releases[release_id]
            if release.covers(dated) and not on_host(host, parts.path, release.homes):
                found.append(match_fields(release_id, match, wire=on_host(host, parts.path, self.wire_hosts)))
        return found


def load_pickups(config: Config, session: Any) -> Pickups:
    return Pickups(active_releases(session, utcnow()), config.wire_hosts)


@dataclass(frozen=True)
class RescanReport:
    release_id: int
    checked: int
    matched: dict[str, int]


def rescan(config: Config, release_id: int) -> RescanReport:
    """Check the articles stored within the release's window (stored before it was added, say) against it,
    replacing what was found before; tags are read from the store, nothing is re-tagged."""
    with connect(config.settings.database_url, Access.WRITE) as session:
        release = get_release(session, release_id)
        if release is None:
            raise ReleaseError(f"no release {release_id} (see: monitor release list)")
        # The releases open when it went out come along: what it shares with those of its own organisation is
        # their boilerplate, as in a pass (index.releases_of).
        others = [r for r in active_releases(session, release.published_at) if r.id != release.id]
        pickups = Pickups([release, *others], config.wire_hosts)
        checked, matched = 0, dict[str, int]()
        start = release.published_at - timedelta(hours=1)
        for batch in articles_between(session, start, release.published_at + timedelta(days=release.window_days)):
            results: dict[int, dict[str, Any] | None] = {}
            for article in batch:
                found = [
                    match
                    for match in pickups.check(
                        article.url,
                        document_text(article.title, article.text),
                        article.dated,
                        topics=article.topics,
                        people=article.people,
                    )
                    if match["release_id"] == release_id
                ]
                results[article.id] = found[0] if found else None
                if found:
                    matched[found[0]["kind"]] = matched.get(found[0]["kind"], 0) + 1
            writes.replace_release_matches(session, release_id, results)
            checked += len(batch)
    return RescanReport(release_id, checked, matched)


def match_documents(
    config: Config, release_file: str, documents: Iterable[tuple[Any, str]], tagger: Tagger | None = None
) -> Iterator[dict[str, Any]]:
    """`monitor release match`: each document against a release file, no database. One dict per document,
    in the public JSON-lines contract: id, match, reuse, quotes (index, verbatim, altered)."""
    text, _ = read_release(config, release_file)
    if tagger is None:
        from ..tag import Tagger

        tagger = Tagger(config.watchlist, config.settings.spacy_model)
    release = Release(fingerprint_release(text, tagger.tag(text), watchlist=config.watchlist))
    for doc_id, document in documents:
        tags = tagger.tag_many([document], only_candidates=True)[0]
        match = compare(
            release, Article(document), topics={t.id for t in tags.topics}, people={p.id for p in tags.people}
        )
        yield {
            "id": doc_id,
            "match": match.kind,
            "reuse": round(match.reuse, 4),
            "quotes": [{"index": q.index, "verbatim": q.verbatim, "altered": q.altered} for q in match.quotes],
        }


def release_report(config: Config, release_id: int) -> report.Report:
    with connect(config.settings.database_url, Access.READ) as session:
        release = get_release(session, release_id)
        if release is None:
            raise ReleaseError(f"no release {release_id} (see: monitor release list)")
        return report.build(
            release,
            placements(session, release_id),
            release.fingerprint.get("quotes", []),
            config.outlets.tier_of,
        )


def releases(config: Config) -> list[ReleaseSummary]:
    with connect(config.settings.database_url, Access.READ) as session:
        return list_releases(session)
