"""spaCy factories: they only forward config; the logic lives in the components' `__call__`."""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

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


@Language.component("monitor_paragraphs")
def paragraphs(doc: Doc) -> Doc:
    """A line break ends a sentence, whatever the parser would make of it: news has headlines, subheads,
    bylines and captions without a full stop, which the model otherwise runs into the next paragraph's first
    sentence ("The beds are the problem ¶ Morton, who read ..." read as one sentence whose subject is "beds").
    The break itself opens the new sentence: set on the paragraph's first word instead, the constraint leads
    the model to cut that word off as a sentence of its own ("Pelliton" | "Correctional Communications won")."""
    for token in doc[1:]:
        if token.is_space and "\n" in token.text:
            token.is_sent_start = True
    return doc
