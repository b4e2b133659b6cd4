"""Every write, each one idempotent: unique keys decide, so re-running a pass changes nothing.

An article is written with its mentions and quotes in one transaction: after a crash it is either
all there or not there at all, and the next run picks it up again.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session

from ..config import FeedConfig
from ..errors import AccountError, StoreError
from ..records import ArticleText, Entry, Fetched, Outcome, PersonHit, Tags, TopicHit
from . import audit, counts, dialect, story_sketch
from .tables import (
    Article,
    Feed,
    HitOutlet,
    Mention,
    MentionKind,
    PrunedArticle,
    Quote,
    Release,
    ReleaseMatch,
    Review,
    ReviewChange,
    ReviewStatus,
    Role,
    Run,
    RunStatus,
    StoryShingle,
    User,
    UserSession,
)
from .types import utcnow

# Copies of a story are looked for among the articles stored this long before it.
STORY_WINDOW = timedelta(days=7)
# Sketch values an earlier article must share to be compared at all (of story_sketch.SKETCH_SIZE).
STORY_MIN_SHARED = 4
# How often a user's "last seen" time is written at most.
VISIT_TICK = timedelta(minutes=1)
# The longest text stored for one article, in characters (about 300,000 words: no news story is longer; a
# feed entry that is, is a feed fault). The whole text is tagged first, so no mention is lost; what is
# stored past this is cut, and the article says so (`text_capped`).
MAX_STORED_CHARS = 2_000_000


def sync_feeds(session: Session, feeds: Iterable[FeedConfig]) -> dict[str, Feed]:
    """Make the feed rows match feeds.toml (by name).

    A URL changed in the file starts afresh (no validators, due now); a URL changed by a permanent
    redirect is kept while the file still names the old one. Feeds no longer in the file are kept
    (their articles point at them) but paused.
    """
    rows = {feed.name: feed for feed in session.execute(select(Feed)).scalars()}
    feeds = list(feeds)
    listed = {config.name for config in feeds}
    for name, row in rows.items():
        if name not in listed:
            row.enabled = False
    for config in feeds:
        row = rows.get(config.name) or Feed(name=config.name, url=config.url, configured_url=config.url)
        if row.configured_url != config.url:
            row.url, row.configured_url, row.moved_at = config.url, config.url, None
            row.etag, row.last_modified, row.next_check_at = None, None, None
        row.outlet, row.full_text, row.enabled = config.outlet, config.full_text, config.enabled
        row.ignore_http_cache = config.ignore_http_cache
        session.add(row)
        rows[config.name] = row
    session.commit()
    return rows


def known_urls(session: Session, urls: Iterable[str]) -> set[str]:
    """Which of these article identities are already stored."""
    return set(stored_identities(session, urls))


# An index row holds a few kilobytes at most (PostgreSQL refuses one over 8 KB), and a feed can carry a link of
# 40 KB (a search page's address with a thousand parameters): an identity longer than this many bytes is stored as
# its start and a digest of the whole, on both engines, so it stays unique and fits. `link` keeps the address.
MAX_URL_KEY_BYTES = 2000


def url_key(url: str) -> str:
    """The stored form of an article's identity (Article.url, PrunedArticle.url): the URL itself, or for a very
    long one its first bytes and a SHA-256 of the whole."""
    raw = url.encode("utf-8")
    if len(raw) <= MAX_URL_KEY_BYTES:
        return url
    start = raw[: MAX_URL_KEY_BYTES - 100].decode("utf-8", "ignore")
    return f"{start}#sha256={hashlib.sha256(raw).hexdigest()}"


def stored_identities(session: Session, urls: Iterable[str]) -> dict[str, tuple[str | None, str]]:
    """The (GUID, headline) of each of these article identities that is stored (so pages are not fetched again),
    or was stored and pruned since (so an entry still in its feed is not new again)."""
    keys = {url_key(url): url for url in set(urls)}
    wanted = list(keys)
    found: dict[str, tuple[str | None, str]] = {}
    for chunk in range(0, len(wanted), 500):
        part = wanted[chunk : chunk + 500]
        for table in (PrunedArticle, Article):  # a stored article wins over a tombstone of the same URL
            rows = session.execute(select(table.url, table.guid, table.title).where(table.url.in_(part)))
            found.update((keys[key], (guid, title)) for key, guid, title in rows)
    return found


def save_article(
    session: Session,
    *,
    feed_id: int,
    entry: Entry,
    text: ArticleText,
    outlet: str,
    tags: Tags,
    pickups: Sequence[dict[str, Any]] = (),
) -> Outcome:
    """Store a new article (and, if it is a hit, its mentions and quotes; and the releases it picked up) in one
    transaction. `pickups` are ReleaseMatch fields without the article id."""
    article = Article(
        url=url_key(entry.url),
        link=entry.link,
        guid=entry.guid,
        feed_id=feed_id,
        outlet=outlet,
        title=entry.title,
        author=text.author or entry.author,
        published_at=entry.published_at or text.published_at,
        summary=entry.summary[:MAX_STORED_CHARS],
        text=text.text[:MAX_STORED_CHARS],
        text_source=text.source,
        text_note=text.note,
        text_capped=len(text.text) > MAX_STORED_CHARS,
        canonical_url=text.canonical_url,
        content_hash=content_hash(text.text),
    )
    session.add(article)
    try:
        session.flush()
        _join_story(session, article)
        if tags.is_hit:
            session.add_all(_mentions(article.id, tags) + _quotes(article.id, tags))
            note_hit_outlet(session, outlet)
        session.add_all(ReleaseMatch(article_id=article.id, **pickup) for pickup in pickups)
        session.commit()
    except IntegrityError as exc:
        session.rollback()
        if known_urls(session, [entry.url]):
            return Outcome.DUPLICATE  # stored meanwhile: the unique URL did its job
        raise StoreError(f"{entry.url}: could not store the article: {exc.orig}") from exc
    except SQLAlchemyError as exc:
        session.rollback()
        raise StoreError(f"{entry.url}: could not store the article: {exc}") from exc
    return Outcome.HIT if tags.is_hit else Outcome.STORED


def _join_story(session: Session, article: Article) -> None:
    """Give the article the story id of an earlier copy (another outlet's wire copy), or its own id.

    Candidates are recent articles sharing sketch values, found through the value index; the sketches
    themselves then decide. Runs inside the article's transaction, so a crash leaves no half story.
    """
    assert article.id is not None
    sketch = story_sketch.sketch(article.title, article.text)
    article.story_id = article.id
    if not sketch:
        return
    session.add_all(StoryShingle(article_id=article.id, value=value) for value in sketch)
    recent = article.fetched_at - STORY_WINDOW
    shared = func.count(StoryShingle.value)
    candidates = session.execute(
        select(StoryShingle.article_id, Article.story_id)
        .join(Article, Article.id == StoryShingle.article_id)
        .where(StoryShingle.value.in_(sketch), StoryShingle.article_id != article.id, Article.fetched_at >= recent)
        .group_by(StoryShingle.article_id, Article.story_id)
        .having(shared >= STORY_MIN_SHARED)
        .order_by(shared.desc(), StoryShingle.article_id)
        .limit(5)
    ).all()
    for other_id, story_id in candidates:
        theirs = session.execute(select(StoryShingle.value).where(StoryShingle.article_id == other_id)).scalars()
        if story_sketch.same_story(sketch, sorted(theirs)):
            article.story_id = story_id or other_id
            return


def _mentions(article_id: int | None, tags: Tags) -> list[Mention]:
    """The article's topic hits, then its person hits, as rows (only a topic hit says why it was accepted)."""
    topics = [_mention(article_id, MentionKind.TOPIC, t, t.reason) for t in tags.topics]
    return topics + [_mention(article_id, MentionKind.PERSON, p, None) for p in tags.people]


def _mention(article_id: int | None, kind: MentionKind, hit: TopicHit | PersonHit, reason: str | None) -> Mention:
    return Mention(
        article_id=article_id,
        kind=kind,
        key=hit.id,
        text=hit.text,
        start=hit.start,
        end=hit.end,
        sentence=hit.sentence,
        reason=reason,
    )


def _quotes(article_id: int | None, tags: Tags) -> list[Quote]:
    return [
        Quote(
            article_id=article_id,
            text=q.text,
            start=q.start,
            end=q.end,
            speaker=q.speaker,
            person_key=q.speaker_id,
            cue=q.cue,
            role=q.role,
            confidence=q.confidence,
        )
        for q in tags.quotes
    ]


def replace_tags(session: Session, article_id: int, tags: Tags) -> None:
    """Swap an article's mentions and quotes for new ones in one transaction; its review is left alone."""
    try:
        was_hit = (session.execute(delete(Mention).where(Mention.article_id == article_id)).rowcount or 0) > 0
        session.execute(delete(Quote).where(Quote.article_id == article_id))
        mentions = _mentions(article_id, tags) if tags.is_hit else []
        if tags.is_hit:
            session.add_all(mentions + _quotes(article_id, tags))
            outlet = session.execute(select(Article.outlet).where(Article.id == article_id)).scalar_one()
            note_hit_outlet(session, outlet)
        counts.retagged(session, article_id, was_hit, bool(mentions))
        session.commit()
    except SQLAlchemyError as exc:
        session.rollback()
        raise StoreError(f"article {article_id}: could not replace its tags: {exc}") from exc


def note_hit_outlet(session: Session, outlet: str) -> None:
    """Put the outlet on the outlet menu (`HitOutlet`), in the caller's transaction; once is enough."""
    session.execute(dialect.insert_missing(session.get_bind().dialect.name, HitOutlet).values(outlet=outlet))


def fill_hit_outlets(session: Session) -> int:
    """List every outlet with a hit among the stored articles (a database from before `HitOutlet`, a bulk load):
    one pass over the table, once. Returns the outlets listed."""
    hits = select(Mention.article_id)
    outlets = select(Article.outlet).where(Article.id.in_(hits)).distinct()
    session.execute(dialect.insert_missing(session.get_bind().dialect.name, HitOutlet).from_select(["outlet"], outlets))
    session.commit()
    return int(session.execute(select(func.count()).select_from(HitOutlet)).scalar_one())


def content_hash(text: str) -> str:
    """Same words, same hash: case and white space do not make a story new."""
    return hashlib.sha256(" ".join(text.lower().split()).encode()).hexdigest()


def record_feed_success(
    session: Session,
    feed_id: int,
    fetched: Fetched,
    *,
    next_check_at: datetime,
    interval: timedelta,
    remember: bool = True,
    warning: str | None = None,
    keep_warning: bool = False,
) -> None:
    """Called only after the feed's articles are stored, so a crash before it leaves the validators unsent.

    With remember=False the validators are cleared and the feed is due at once: the next pass fetches
    the whole feed again. A permanent redirect moves the feed to its new address. `warning` replaces the
    feed's last warning (None: the document was clean), unless `keep_warning` (a 304 said nothing new).
    """
    now = utcnow()
    values: dict[str, object] = dict(
        last_status=fetched.status,
        last_checked_at=now,
        last_success_at=now,
        error_count=0,
        last_error_key=None,
        last_error=None,
        next_check_at=next_check_at,
        poll_interval=int(interval.total_seconds()),
    )
    if not keep_warning:
        values["last_warning"] = warning
    if not remember:
        values.update(etag=None, last_modified=None, next_check_at=None)
    elif not fetched.not_modified:
        values.update(etag=fetched.etag, last_modified=fetched.last_modified)
    if fetched.moved_to:
        values.update(url=fetched.moved_to, moved_at=now)
    session.execute(update(Feed).where(Feed.id == feed_id).values(**values))
    session.commit()


def record_feed_failure(
    session: Session, feed_id: int, *, key: str, message: str, next_check_at: datetime, status: int | None = None
) -> None:
    """Count the failure and say when to try again; the feed stays enabled and keeps its validators."""
    now = utcnow()
    session.execute(
        update(Feed)
        .where(Feed.id == feed_id)
        .values(
            last_status=status,
            last_checked_at=now,
            error_count=Feed.error_count + 1,
            last_error_key=key,
            last_error=message,
            last_error_at=now,
            next_check_at=next_check_at,
        )
    )
    session.commit()


def start_run(session: Session) -> int:
    """Open a Run row; runs still 'running' belong to a process that died (the lock says so): mark them aborted."""
    session.execute(update(Run).where(Run.status == RunStatus.RUNNING).values(status=RunStatus.ABORTED))
    run = Run()
    session.add(run)
    session.commit()
    assert run.id is not None
    return run.id


def finish_run(
    session: Session, run_id: int, *, status: RunStatus, counts: dict[str, int], errors: list[dict[str, str]]
) -> None:
    session.execute(
        update(Run).where(Run.id == run_id).values(status=status, finished_at=utcnow(), counts=counts, errors=errors)
    )
    session.commit()


def save_reviews(
    session: Session,
    article_ids: Iterable[int],
    *,
    reviewer: str,
    status: ReviewStatus | None = None,
    starred: bool | None = None,
    note: str | None = None,
    batch: str | None = None,
    action: str = "",
) -> int:
    """The single write path for reviewers' decisions (review site, CLI, tests): set what is given, keep the rest.

    One transaction for the whole selection, so a bulk action is all done or not at all. Returns how many
    articles it touched; unknown ids are skipped. With `batch`, each article's review as it was is kept in the
    review history under that name, in the same transaction, so the decision can be undone
    (`review_history.undo`). A story is never "not relevant" and starred at once: marking it not relevant
    takes its star away, starring a not-relevant one makes it relevant.
    """
    ids = sorted(set(article_ids))
    known = set(session.execute(select(Article.id).where(Article.id.in_(ids))).scalars()) if ids else set()
    for attempt in (1, 2):  # a colleague may create the same review row between our read and our write
        existing = {
            r.article_id: r for r in session.execute(select(Review).where(Review.article_id.in_(known))).scalars()
        }
        now = utcnow()
        try:
            for article_id in sorted(known):
                found = existing.get(article_id)
                if batch is not None:
                    session.add(_before(batch, article_id, reviewer, action, now, found))
                review = found or Review(article_id=article_id)
                if status is not None:
                    review.status = status
                if starred is not None:
                    review.starred = starred
                if status == ReviewStatus.IRRELEVANT:
                    review.starred = False
                elif starred and review.status == ReviewStatus.IRRELEVANT:
                    review.status = ReviewStatus.RELEVANT
                if note is not None:
                    review.note = note.strip() or None
                review.reviewer, review.updated_at = reviewer, now
                session.add(review)
            session.commit()
            return len(known)
        except IntegrityError as exc:
            session.rollback()
            if attempt == 2:
                raise StoreError(f"could not save the review of {len(known)} articles: {exc.orig}") from exc
        except SQLAlchemyError as exc:
            session.rollback()
            raise StoreError(f"could not save the review of {len(known)} articles: {exc}") from exc
    return 0  # not reached


def _before(
    batch: str, article_id: int, reviewer: str, action: str, now: datetime, review: Review | None
) -> ReviewChange:
    """The history row that lets a decision be undone: the review as it was (None: there was none)."""
    change = ReviewChange(batch=batch, article_id=article_id, reviewer=reviewer, action=action, made_at=now)
    if review is not None:
        change.before_status = review.status
        change.before_starred = review.starred
        change.before_note = review.note
        change.before_reviewer = review.reviewer
        change.before_updated_at = review.updated_at
    return change


def add_user(
    session: Session, name: str, password_hash: str, role: Role = Role.VIEWER, *, actor: str | None = None
) -> User:
    """A new review-site user; StoreError when the name is taken. With `actor`, the audit trail says who added it."""
    user = User(name=name, password_hash=password_hash, role=Role(role).value)
    session.add(user)
    if actor:
        audit.note(session, actor, "user.add", name, f"new account, role {Role(role).value}")
    try:
        session.commit()
    except IntegrityError:
        session.rollback()
        raise StoreError(f"a user called {name!r} already exists") from None
    return user


def set_role(session: Session, user: User, role: Role, *, actor: str) -> bool:
    """Give an account another role, recorded in the audit trail; False when it already had it. AccountError when it
    would leave no admin (nobody could then manage accounts or feeds on the site)."""
    before = user.role
    if before == role.value:
        return False
    if before == Role.ADMIN.value and admins(session) <= 1:
        raise AccountError(f"{user.name} is the only admin: make someone else admin first")
    session.execute(update(User).where(User.id == user.id).values(role=role.value))
    audit.note(session, actor, "user.role", user.name, f"{before} → {role.value}")
    session.commit()
    session.refresh(user)
    return True


def admins(session: Session) -> int:
    return session.execute(select(func.count(User.id)).where(User.role == Role.ADMIN.value)).scalar_one()


def set_password(
    session: Session, user_id: int, password_hash: str, *, sign_out: bool, actor: str | None = None
) -> None:
    """Change a password; with sign_out, every browser signed in as the user is signed out. With `actor` (a person
    setting it, not a re-hash at sign-in), the audit trail records it, without the password."""
    session.execute(update(User).where(User.id == user_id).values(password_hash=password_hash))
    if sign_out:
        session.execute(delete(UserSession).where(UserSession.user_id == user_id))
    if actor:
        name = session.execute(select(User.name).where(User.id == user_id)).scalar_one()
        audit.note(session, actor, "user.password", name, "new password; signed out everywhere" if sign_out else "")
    session.commit()


def remove_user(session: Session, user_id: int, *, actor: str | None = None) -> None:
    """Delete the user and their sessions; their past decisions keep the name they were made under."""
    found = session.execute(select(User.name, User.role).where(User.id == user_id)).first()
    if found and found.role == Role.ADMIN.value and admins(session) <= 1:
        raise AccountError(f"{found.name} is the only admin: make someone else admin first")
    session.execute(delete(UserSession).where(UserSession.user_id == user_id))
    session.execute(delete(User).where(User.id == user_id))
    if actor and found:
        audit.note(session, actor, "user.remove", found.name, f"account removed (was {found.role})")
    session.commit()


def open_session(
    session: Session, user_id: int, *, token_hash: str, csrf_token: str, lifetime: timedelta, user_agent: str | None
) -> None:
    """Record a sign-in; expired sessions of anyone are cleared on the way."""
    now = utcnow()
    session.execute(delete(UserSession).where(UserSession.expires_at < now))
    session.add(
        UserSession(
            token_hash=token_hash,
            user_id=user_id,
            csrf_token=csrf_token,
            expires_at=now + lifetime,
            user_agent=(user_agent or "")[:200] or None,
        )
    )
    session.commit()


def close_session(session: Session, token_hash: str) -> None:
    session.execute(delete(UserSession).where(UserSession.token_hash == token_hash))
    session.commit()


def note_visit(session: Session, user: User, *, gap: timedelta) -> None:
    """Keep "since your last visit" true: a request after `gap` of silence starts a new visit."""
    now = utcnow()
    if user.last_seen_at is not None and now - user.last_seen_at < VISIT_TICK:
        return  # no write per page view
    if user.last_seen_at is None or now - user.last_seen_at > gap:
        user.previous_visit_at, user.visit_started_at = user.visit_started_at, now
    user.last_seen_at = now
    session.add(user)
    session.commit()


def set_compact(session: Session, user_id: int, compact: bool) -> None:
    """Remember whether this reader wants lists as headlines only."""
    session.execute(update(User).where(User.id == user_id).values(compact=compact))
    session.commit()


def add_release(session: Session, *, actor: str | None = None, **fields: Any) -> Release:
    """Store a fingerprinted press release (fields as `Release` has them); with `actor`, audited."""
    release = Release(**fields)
    session.add(release)
    if actor:
        session.flush()
        audit.note(session, actor, "release.add", f"release {release.id}", f"added “{release.title}”")
    session.commit()
    return release


def replace_release_matches(session: Session, release_id: int, matches: dict[int, dict[str, Any] | None]) -> None:
    """After a rescan: each checked article's match with the release replaced (None: it no longer matches).
    One transaction per call, so a rescan interrupted between batches has lost nothing it had stored."""
    try:
        ids = list(matches)
        session.execute(
            delete(ReleaseMatch).where(ReleaseMatch.release_id == release_id, ReleaseMatch.article_id.in_(ids))
        )
        session.add_all(
            ReleaseMatch(**{**fields, "release_id": release_id, "article_id": article_id})
            for article_id, fields in matches.items()
            if fields is not None
        )
        session.commit()
    except SQLAlchemyError as exc:
        session.rollback()
        raise StoreError(f"release {release_id}: could not store its matches: {exc}") from exc


def remove_release(session: Session, release_id: int, *, actor: str | None = None) -> None:
    """Delete a release and its matches; with `actor`, the audit trail keeps its title."""
    release = session.get(Release, release_id)
    session.execute(delete(ReleaseMatch).where(ReleaseMatch.release_id == release_id))
    session.execute(delete(Release).where(Release.id == release_id))
    if actor and release is not None:
        audit.note(session, actor, "release.delete", f"release {release_id}", f"deleted “{release.title}”")
    session.commit()


def edit_release(session: Session, release_id: int, *, title: str, window_days: int, actor: str) -> list[str]:
    """Change a release's title and window, recorded in the audit trail; the changes made, in words."""
    release = session.get(Release, release_id)
    if release is None:
        raise StoreError(f"release {release_id} is not stored (deleted meanwhile?)")
    changes = []
    if title != release.title:
        changes.append(f"title “{release.title}” → “{title}”")
    if window_days != release.window_days:
        changes.append(f"window {release.window_days} → {window_days} days")
    if changes:
        release.title, release.window_days = title, window_days
        session.add(release)
        audit.note(session, actor, "release.edit", f"release {release.id}", "; ".join(changes))
        session.commit()
    return changes


def set_feed_enabled(session: Session, name: str, enabled: bool) -> None:
    """Mirror a pause or resume made in feeds.toml at once, so Health agrees before the next pass syncs it."""
    session.execute(update(Feed).where(Feed.name == name).values(enabled=enabled))
    session.commit()
