"""Many articles against many releases: a release is compared with an article only when they share a
word 5-gram of the release's body (through an inverted index held in memory), or when the article is
tagged with one of the release's topics or says a word of its organisation's or spokespeople's names, and
could therefore be a mention. Everything else is skipped, which is what makes checking every new article
against every active release cheap.

`releases_of` builds the releases as the index holds them: each knowing the 5-grams it shares with the other
releases of its organisation (boilerplate: the "background" paragraph every release of a group repeats) and with
any other release (stock phrasing), so a repost of one release is not read as partial reuse of another."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from . import mentions
from .fingerprint import Fingerprint
from .match import Article, Match, Release, compare, is_mentioned

MIN_SHARED = 1  # 5-grams in common before comparing: one (a quote needs a run of five words, so shares at least one)
SAME_RELEASE = 0.5  # two releases sharing this share of the smaller's 5-grams are one release sent twice


def releases_of(fingerprints: Iterable[tuple[int, Fingerprint]]) -> dict[int, Release]:
    """Each fingerprint as a Release, knowing what it shares with the other releases (unless one is the other sent
    twice). Shared with its siblings, the other releases of its organisation (same organisation, or a spokesperson
    in common), a sentence is that organisation's boilerplate, evidence for neither (`Release.common`), and the
    words of its headline and lede that they use too do not tell a story about it from a story about them
    (`Release.subject`). Shared with any release, a sentence is stock phrasing: it counts only copied whole
    (`Release.stock`)."""
    by_id = dict(fingerprints)
    common: dict[int, set[int]] = defaultdict(set)
    stock: dict[int, set[int]] = defaultdict(set)
    siblings: dict[int, list[int]] = defaultdict(list)
    ordered = sorted(by_id)
    grams = {release_id: set(fp.grams) for release_id, fp in by_id.items()}
    for n, first in enumerate(ordered):
        for second in ordered[n + 1 :]:
            shared = grams[first] & grams[second]
            if len(shared) >= SAME_RELEASE * min(len(grams[first]), len(grams[second])):
                continue  # one release sent twice (an update, a correction): each is the other's text
            stock[first] |= shared
            stock[second] |= shared
            if _same_organisation(by_id[first], by_id[second]):
                common[first] |= shared
                common[second] |= shared
                siblings[first].append(second)
                siblings[second].append(first)
    words = {release_id: mentions.vocabulary(fp) for release_id, fp in by_id.items() if siblings[release_id]}
    return {
        release_id: Release(
            fp,
            frozenset(common[release_id]),
            frozenset(fp.subject).difference(*(words[other] for other in siblings[release_id])),
            frozenset(stock[release_id]),
        )
        for release_id, fp in by_id.items()
    }


def _same_organisation(a: Fingerprint, b: Fingerprint) -> bool:
    if a.organisation and b.organisation and a.organisation.casefold() == b.organisation.casefold():
        return True
    return bool(set(a.spokespeople) & set(b.spokespeople))


class ReleaseIndex:
    def __init__(self, releases: Iterable[tuple[int, Fingerprint]]) -> None:
        self.releases = releases_of(releases)
        self._by_gram: dict[int, list[int]] = defaultdict(list)
        self._by_topic: dict[str, list[int]] = defaultdict(list)
        self._by_name: dict[str, list[int]] = defaultdict(list)
        self._by_person: dict[str, list[int]] = defaultdict(list)
        self._grams: set[int] = set()
        for release_id, release in self.releases.items():
            self._grams |= release.grams
            for gram in release.grams:
                self._by_gram[gram].append(release_id)
            for topic in release.fp.topics:
                self._by_topic[topic].append(release_id)
            if release.fp.terms:  # a mention without a shared topic is possible: find it by the names
                for _, words in release.names:
                    for word in words[:1]:
                        self._by_name[word].append(release_id)
                        self._by_name[word + "'s"].append(release_id)
                for person in release.fp.people:
                    self._by_person[person].append(release_id)
        self._names = set(self._by_name)

    def __len__(self) -> int:
        return len(self.releases)

    def shared(self, article: Article) -> dict[int, set[int]]:
        """The 5-grams each release shares with the article (releases sharing none are left out)."""
        found: dict[int, set[int]] = defaultdict(set)
        for gram in article.grams & self._grams:
            for release_id in self._by_gram[gram]:
                found[release_id].add(gram)
        return found

    def candidates(
        self,
        article: Article,
        topics: set[str],
        shared: dict[int, set[int]] | None = None,
        people: set[str] = frozenset(),  # type: ignore[assignment]
    ) -> set[int]:
        """Releases sharing a 5-gram with the article, one of its topics, a watched person, or the first word of
        a name."""
        shared = self.shared(article) if shared is None else shared
        found = {release_id for release_id, grams in shared.items() if len(grams) >= MIN_SHARED}
        found.update(release_id for topic in topics for release_id in self._by_topic.get(topic, ()))
        if self._names:
            found.update(release_id for word in self._names & article.token_set for release_id in self._by_name[word])
            found.update(release_id for person in people for release_id in self._by_person.get(person, ()))
        return found

    def check(
        self,
        text: str,
        *,
        topics: set[str] = frozenset(),  # type: ignore[assignment]
        people: set[str] = frozenset(),  # type: ignore[assignment]
    ) -> list[tuple[int, Match]]:
        """The releases this article picked up or mentions, with the evidence; [] for most articles.

        `compare` runs only where it can find something: where the shared 5-grams could make copied text or a
        quote (`Release.could_be_copied`), or where the article mentions the release. Everywhere else it would
        answer "none", so the answers are the same as comparing with every release (as `releases_of` builds
        them)."""
        if not self.releases:
            return []
        article = Article(text)
        shared = self.shared(article)
        found = []
        for release_id in sorted(self.candidates(article, topics, shared, people)):
            release = self.releases[release_id]
            if not (
                release.could_be_copied(shared.get(release_id, set()))
                or is_mentioned(release, article, topics=topics, people=people)
            ):
                continue
            match = compare(release, article, topics=topics, people=people)
            if match.kind != "none":
                found.append((release_id, match))
        return found
