"""What a watchlist change would do to stored articles, before it is saved: articles in, differences out.

The draft and the current watchlist run over the same documents, with the same matcher the tagger uses
(`WatchlistMatcher`), and the topics and people each finds are compared article by article: what the draft would
add, with the reason it gives ("'ICE' near 'deport' ('deport' 3 words away)"), what it would drop, with the reason
the current rule had, and the matches of the changed entries the draft turned down (the confounders its rules
keep out). Only the entries that differ are looked for: an article is read only when the prefilter of their two
versions passes it, which is exact (whatever it turns away, neither version can find anything in).

Topics and whole-name people are found on the model's tokens alone, so the preview tokenizes and skips the
trained pipeline, unless a changed query asks for the model's entities (`PERSON:"..."`), which need it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Protocol, TypeVar

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..config import PersonConfig, TermConfig, TopicConfig, Watchlist
from ..config.query_syntax import And, Near, Node, Not, Or, anchors, parse_query, terms
from ..config.query_syntax import Term as QueryTerm
from ..config.query_syntax import terms as query_terms
from ..records import document_text
from .excerpts import LocalReading
from .nlp import load_model
from .watchlist import (
    STORY_KEY,
    Prefilter,
    WatchlistMatcher,
    compile_people,
    compile_queries,
    compile_terms,
    rejected,
)

Entry = TypeVar("Entry", TopicConfig, PersonConfig)
Model = Language  # what `Previewer` runs on: the trained pipeline (its tokenizer; its NER for entity queries)


@lru_cache(maxsize=2)
def preview_model(name: str) -> Language:
    """The trained pipeline `name`, loaded once per process (the site keeps it for every preview)."""
    return load_model(name)


SHOWN = 200  # at most this many lines of each kind are kept (the counts are whole)


class StoredArticle(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def title(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def outlet(self) -> str: ...


@dataclass(frozen=True)
class Change:
    """One article gaining (or losing) one topic or person, with the words and the reason."""

    article_id: int
    title: str
    outlet: str
    kind: str  # "topic" or "person"
    id: str
    text: str
    reason: str


@dataclass
class Preview:
    window_articles: int = 0  # stored articles in the window
    candidates: int = 0  # those the changed entries' prefilter passed, which were read
    added: list[Change] = field(default_factory=list)
    dropped: list[Change] = field(default_factory=list)
    confounders: list[Change] = field(default_factory=list)  # matches of changed entries the draft turned down
    added_count: int = 0
    dropped_count: int = 0
    confounder_count: int = 0
    changed: tuple[str, ...] = ()  # ids of the entries that differ
    seconds: float = 0.0
    # How the candidates were read (the results do not depend on it): not at all, as it could change nothing;
    # the stretches around the changed terms; the whole story.
    unread: int = 0
    excerpts: int = 0


def changed_entries(current: Watchlist, draft: Watchlist) -> tuple[list[TopicConfig], list[PersonConfig]]:
    """Both versions of every entry that differs (added, removed or changed), by id."""
    topics = _differing({t.id: t for t in current.topics}, {t.id: t for t in draft.topics})
    people = _differing({p.id: p for p in current.people}, {p.id: p for p in draft.people})
    return topics, people


def _differing(old: dict[str, Entry], new: dict[str, Entry]) -> list[Entry]:
    found: list[Entry] = []
    for key in sorted(old.keys() | new.keys()):
        if old.get(key) != new.get(key):
            found += [entry for entry in (old.get(key), new.get(key)) if entry is not None]
    return found


def change_test(current: Watchlist, draft: Watchlist) -> Callable[[str], bool]:
    """`change_filter(current, draft).could_match`."""
    return change_filter(current, draft).could_match


def change_filter(current: Watchlist, draft: Watchlist) -> Prefilter:
    """Could the change from `current` to `draft` alter what is found in this text? Exact, like the tagger's prefilter:
    a text it turns away gets the same topics and people from both. It looks only for what changed: a phrase added
    or removed; a context term new, gone or with a new window (the term with any of its words); a term whose
    require_any or reject_any lists changed (the term with one of the words added or removed: the others count the
    same under both); a changed query (its anchors, both versions); a person's names when anything of theirs changed.
    A new label changes no article. The preview and the re-tag after a save read only such texts."""
    terms_: list[dict[str, Any]] = []
    people: list[PersonConfig] = []
    queries: list[dict[str, str]] = []
    old_topics, new_topics = {t.id: t for t in current.topics}, {t.id: t for t in draft.topics}
    words: list[QueryTerm] = []
    for key in old_topics.keys() | new_topics.keys():
        old, new = old_topics.get(key), new_topics.get(key)
        if old == new:
            continue
        terms_ += _topic_delta(old, new)
        before, after = (t.query if t is not None else None for t in (old, new))
        if before == after:
            continue
        narrowed = query_delta(parse_query(before), parse_query(after)) if before and after else None
        if narrowed is not None:
            words += narrowed
        else:
            queries += [{"topic": key, "query": q} for q in (before, after) if q]
    old_people, new_people = {p.id: p for p in current.people}, {p.id: p for p in draft.people}
    for key in old_people.keys() | new_people.keys():
        was, now = old_people.get(key), new_people.get(key)
        if was is not None and now is not None and _only_aliases_differ(was, now):
            # Found by name or an alias: only a story with an alias added or removed can change.
            aliases = sorted(set(was.aliases) ^ set(now.aliases))
            people.append(now.model_copy(update={"name": aliases[0], "aliases": aliases[1:]}))
        elif was != now:
            people += [p for p in (was, now) if p is not None]
    scope = Watchlist(people=people)
    return Prefilter(terms_, compile_people(scope), queries, words)


def query_delta(old: Node, new: Node) -> list[QueryTerm] | None:
    """Words of which a document holds at least one wherever `old` and `new` can match differently (where it
    holds none, both give the same spans), or None when no such list is shorter than the queries' own anchors.

    Where the trees part: two words, both words; two positive parts, their anchors (a positive part with none of
    its anchors matches nothing); `Q` → `Q OR X`, X's anchors; `Q` → `Q NOT X` (or back), X's words; the same
    operator on both sides, what its sides need."""
    if old == new:
        return []
    for a, b in ((old, new), (new, old)):
        if isinstance(b, Or) and a in (b.left, b.right):
            extra = b.right if a == b.left else b.left
            return None if isinstance(extra, Not) else anchors(extra) or None
        if isinstance(b, And) and a in (b.left, b.right):
            extra = b.right if a == b.left else b.left
            return query_terms(extra.part) if isinstance(extra, Not) else None
    if isinstance(old, Not) and isinstance(new, Not):
        return query_delta(old.part, new.part)
    if isinstance(old, Not) or isinstance(new, Not):
        return None  # a NOT only removes: in place of a positive part it changes everything around it
    if type(old) is type(new) and not isinstance(old, QueryTerm) and not isinstance(new, QueryTerm):
        assert isinstance(old, (And, Or, Near)) and isinstance(new, (And, Or, Near))
        if isinstance(old, Near) and isinstance(new, Near) and old.distance != new.distance:
            return None
        left, right = query_delta(old.left, new.left), query_delta(old.right, new.right)
        return None if left is None or right is None else left + right
    sides = [anchors(old), anchors(new)]
    return sides[0] + sides[1] if all(sides) else None


def _only_aliases_differ(was: PersonConfig, now: PersonConfig) -> bool:
    return was != now and was.model_copy(update={"aliases": now.aliases}) == now


def _topic_delta(old: TopicConfig | None, new: TopicConfig | None) -> list[dict[str, Any]]:
    """The term tests (Prefilter's dicts) for the ways a topic's matching changed between two versions."""
    if old is None or new is None:
        return [_term_dict(t) for t in (old or new).all_terms()]  # type: ignore[union-attr]
    delta = [_term_dict(TermConfig(text=p, case_sensitive=False)) for p in set(old.phrases) ^ set(new.phrases)]
    delta += [_term_dict(TermConfig(text=p)) for p in set(old.case_sensitive) ^ set(new.case_sensitive)]
    before = {(t.text, t.case_sensitive): t for t in old.terms}
    after = {(t.text, t.case_sensitive): t for t in new.terms}
    for key in before.keys() | after.keys():
        was, now = before.get(key), after.get(key)
        if was == now:
            continue
        if was is None or now is None or was.window != now.window:
            delta += [_term_dict(t) for t in (was, now) if t is not None]
            continue
        words = set(was.require_any) ^ set(now.require_any) | set(was.reject_any) ^ set(now.reject_any)
        delta.append(
            {
                **_term_dict(was.model_copy(update={"require_any": sorted(words), "reject_any": []})),
                "changed_words_only": True,
            }
        )
    if len(before) != len(old.terms) or len(after) != len(new.terms):  # the same term twice: read all of them
        delta += [_term_dict(t) for t in (*old.terms, *new.terms)]
    return delta


def _term_dict(term: TermConfig) -> dict[str, Any]:
    return {
        "text": term.text,
        "case_sensitive": term.case_sensitive,
        "require_any": list(term.require_any),
        "reject_any": list(term.reject_any),
    }


class Previewer:
    """Built once per draft; `compare(articles)` runs it over any number of stored articles.

    Topics are found apart from each other (a topic's spans depend on its own entry only), so only the changed
    topics are matched, once with each version; people depend on whether the story is on any topic, so they are
    matched (with the unchanged topics) only where a person changed or a changed topic came or went.

    An edit of topics' terms reads a candidate story only as far as it must (`excerpts.LocalReading`): not at all
    where both versions accept every match, else the stretches around the changed terms, and the whole story again
    where a topic comes or goes (its people depend on it). `shortcuts=False` reads every candidate whole (the
    equality tests compare the two).
    """

    def __init__(self, nlp: Language, current: Watchlist, draft: Watchlist, *, shortcuts: bool = True) -> None:
        self._nlp = nlp
        topics, people = changed_entries(current, draft)
        self.changed = tuple(sorted({t.id for t in topics} | {p.id for p in people}))
        changed_ids = set(self.changed)
        old_ids = {t.id for t in current.topics} & changed_ids
        new_ids = {t.id for t in draft.topics} & changed_ids
        old = Watchlist(topics=[t for t in current.topics if t.id in old_ids])
        new = Watchlist(topics=[t for t in draft.topics if t.id in new_ids])
        # Matched first without naming the nearest context word (only an added or dropped topic shows it), then,
        # where something comes or goes, again in full.
        self._quick = (_matcher(nlp, old, nearest=False), _matcher(nlp, new, nearest=False))
        self._full = (_matcher(nlp, old), _matcher(nlp, new))
        self._others = _matcher(nlp, Watchlist(topics=[t for t in current.topics if t.id not in changed_ids]))
        self._old_people = _matcher(nlp, Watchlist(people=current.people))
        self._new_people = _matcher(nlp, Watchlist(people=draft.people))
        self._people_changed = bool(people)
        queries = compile_queries(Watchlist(topics=topics))
        change = change_filter(current, draft)
        self._could_change = change.could_match
        # What a candidate holds one of, for the database to pick them by (None: it cannot)
        self.needles: list[str] | None = change.needles() if self.changed else []
        self._needs_model = any(t.label for q in queries for t in terms(parse_query(q["query"])))
        self._people = {p.id: p for p in [*current.people, *draft.people]}
        self._local = LocalReading(nlp, old.topics, new.topics)
        self._local.usable &= shortcuts and not self._people_changed and not self._needs_model

    def compare(self, articles: Iterable[StoredArticle], window_articles: int | None = None) -> Preview:
        """The preview over `articles`: every article of the window, or (`window_articles` saying how many
        there are) only those holding one of `needles`."""
        started = time.perf_counter()
        preview = Preview(changed=self.changed)
        for article in articles:
            preview.window_articles += 1
            text = document_text(article.title, article.text)
            if not self.changed or not self._could_change(text):
                continue
            preview.candidates += 1
            self._one(preview, article, text)
        if window_articles is not None:
            preview.window_articles = window_articles
        preview.seconds = time.perf_counter() - started
        return preview

    def _doc(self, text: str) -> Doc:
        if self._needs_model and len(text) <= self._nlp.max_length:
            doc = self._nlp(text)
        else:
            doc = self._nlp.tokenizer(text)
        doc.user_data["monitor_text"] = text  # what the matcher would otherwise join from the tokens
        return doc

    def _read(self, preview: Preview, text: str) -> Doc | None:
        """The story as the changed entries need it: None when nothing in it can change, else an excerpt or
        the whole."""
        story = self._local.story(text) if self._local.usable else None
        if story is None:
            return self._doc(text)
        if self._local.unchanged(story):
            preview.unread += 1
            return None
        excerpt = self._local.excerpt(story)
        if excerpt is None:
            return self._doc(text)
        if not len(excerpt):  # nothing left to read: every match is accepted by both
            preview.unread += 1
            return None
        preview.excerpts += 1
        return excerpt

    @staticmethod
    def _topics(doc: Doc, matchers: tuple[WatchlistMatcher, WatchlistMatcher]) -> tuple[list[Span], list[Span]]:
        doc._.monitor_rejected = []
        old_topics = matchers[0].topic_spans(doc)
        doc._.monitor_rejected = []  # from here on, what the draft turns down
        return old_topics, matchers[1].topic_spans(doc)

    def _one(self, preview: Preview, article: StoredArticle, text: str) -> None:
        doc = self._read(preview, text)
        if doc is None:
            return
        old_topics, new_topics = self._topics(doc, self._quick)
        if self._people_changed or {s.label_ for s in old_topics} != {s.label_ for s in new_topics}:
            if STORY_KEY in doc.user_data:  # its people are found in the whole story
                preview.excerpts -= 1
                doc = self._doc(text)
            old_topics, new_topics = self._topics(doc, self._full)
        before, after = _found(old_topics, []), _found(new_topics, [])
        if self._people_changed or bool(old_topics) != bool(new_topics):
            kept = doc._.monitor_rejected
            others = self._others.topic_spans(doc)
            doc._.monitor_rejected = []
            before = _found(old_topics, self._old_people.people_spans(doc, old_topics + others))
            doc._.monitor_rejected = kept
            after = _found(new_topics, self._new_people.people_spans(doc, new_topics + others))
        for key in sorted(after.keys() - before.keys()):
            preview.added_count += 1
            if len(preview.added) < SHOWN:
                preview.added.append(self._change(article, key, *after[key], doc.text))
        for key in sorted(before.keys() - after.keys()):
            preview.dropped_count += 1
            if len(preview.dropped) < SHOWN:
                preview.dropped.append(self._change(article, key, *before[key], doc.text))
        for turned_down in rejected(doc):
            kept_anyway = ("topic", turned_down.id) in after or ("person", turned_down.id) in after
            if turned_down.id in self.changed and not kept_anyway:
                preview.confounder_count += 1
                if len(preview.confounders) < SHOWN:
                    kind = "person" if turned_down.id in self._people else "topic"
                    words, why = turned_down.text, turned_down.reason
                    preview.confounders.append(
                        Change(article.id, article.title, article.outlet, kind, turned_down.id, words, why)
                    )

    def _change(self, article: StoredArticle, key: tuple[str, str], words: str, reason: str, text: str) -> Change:
        kind, ident = key
        if kind == "person":
            reason = self._person_reason(ident, words, text)
        return Change(article.id, article.title, article.outlet, kind, ident, words, reason)

    def _person_reason(self, ident: str, words: str, text: str) -> str:
        person = self._people.get(ident)
        lowered = text.lower()
        configured = person.evidence() if person else []
        evidence = [w for w in configured if w.lower() in lowered]
        if not configured:
            why = "and with no organisation, role or context set, every mention counts"
        elif evidence:
            why = f"with {', '.join(repr(w) for w in evidence[:3])}"
        else:
            why = "in a story on a watched topic"
        return f"{words!r} named, {why}"


def _found(topics: list[Span], people: list[Span]) -> dict[tuple[str, str], tuple[str, str]]:
    """(kind, id) → (matched words, reason) of the first span of each topic and person."""
    found: dict[tuple[str, str], tuple[str, str]] = {}
    for span in topics:
        found.setdefault(("topic", span.label_), (span.text, span._.monitor_reason or ""))
    for span in people:
        found.setdefault(("person", span.label_), (span.text, ""))
    return found


def _matcher(nlp: Language, watchlist: Watchlist, *, nearest: bool = True) -> WatchlistMatcher:
    terms, people, queries = compile_terms(watchlist), compile_people(watchlist), compile_queries(watchlist)
    return WatchlistMatcher(nlp, terms, people, queries, nearest=nearest)
