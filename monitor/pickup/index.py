"""Many articles against many releases: a release is compared with an article only when they share a
word 5-gram of the release's body (through an inverted index held in memory), or when the article is
tagged with one of the release's topics and could therefore be a mention. Everything else is skipped,
which is what makes checking every new article against every active release cheap."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from .fingerprint import Fingerprint
from .match import Article, Match, Release, compare, is_mentioned

MIN_SHARED = 1  # 5-grams in common before comparing: one (a quote needs a run of five words, so shares at least one)


class ReleaseIndex:
    def __init__(self, releases: Iterable[tuple[int, Fingerprint]]) -> None:
        self.releases = {release_id: Release(fp) for release_id, fp in releases}
        self._by_gram: dict[int, list[int]] = defaultdict(list)
        self._by_topic: dict[str, list[int]] = defaultdict(list)
        self._grams: set[int] = set()
        for release_id, release in self.releases.items():
            self._grams |= release.grams
            for gram in release.grams:
                self._by_gram[gram].append(release_id)
            for topic in release.fp.topics:
                self._by_topic[topic].append(release_id)

    def __len__(self) -> int:
        return len(self.releases)

    def shared(self, article: Article) -> dict[int, set[int]]:
        """The 5-grams each release shares with the article (releases sharing none are left out)."""
        found: dict[int, set[int]] = defaultdict(set)
        for gram in article.grams & self._grams:
            for release_id in self._by_gram[gram]:
                found[release_id].add(gram)
        return found

    def candidates(self, article: Article, topics: set[str],
                   shared: dict[int, set[int]] | None = None) -> set[int]:
        """Releases sharing a 5-gram with the article, or one of its topics."""
        shared = self.shared(article) if shared is None else shared
        found = {release_id for release_id, grams in shared.items() if len(grams) >= MIN_SHARED}
        found.update(release_id for topic in topics for release_id in self._by_topic.get(topic, ()))
        return found

    def check(self, text: str, *, topics: set[str] = frozenset(),  # type: ignore[assignment]
              people: set[str] = frozenset()) -> list[tuple[int, Match]]:  # type: ignore[assignment]
        """The releases this article picked up or mentions, with the evidence; [] for most articles.

        `compare` runs only where it can find something: where the shared 5-grams could make copied text or a
        quote (`Release.could_be_copied`), or where the article mentions the release. Everywhere else it would
        answer "none", so the answers are the same as comparing with every release."""
        if not self.releases:
            return []
        article = Article(text)
        shared = self.shared(article)
        found = []
        for release_id in sorted(self.candidates(article, topics, shared)):
            release = self.releases[release_id]
            if not (release.could_be_copied(shared.get(release_id, set()))
                    or is_mentioned(release, article, topics=topics, people=people)):
                continue
            match = compare(release, article, topics=topics, people=people)
            if match.kind != "none":
                found.append((release_id, match))
        return found
