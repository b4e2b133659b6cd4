"""spaCy factories: they only forward config; the logic lives in the components' `__call__`."""

from __future__ import annotations

from typing import Any

from spacy.language import Language

from .quotes import QuoteFinder
from .watchlist import WatchlistMatcher


@Language.factory("monitor_watchlist", default_config={"terms": [], "people": [], "queries": []})
def make_watchlist(
    nlp: Language, name: str, terms: list[dict[str, Any]], people: list[dict[str, Any]], queries: list[dict[str, str]]
) -> WatchlistMatcher:
    return WatchlistMatcher(nlp, terms, people, queries)


@Language.factory("monitor_quotes")
def make_quotes(nlp: Language, name: str) -> QuoteFinder:
    return QuoteFinder()
