"""`Tagger.tag(text) -> Tags`, and the JSON contract behind `monitor tag`.

The contract (stable; later fields may be added, none removed or renamed):
    {"id", "topics": [{"id","text","start","end","reason"}], "people": [{"id","name","text","start","end"}],
     "quotes": [{"text","start","end","speaker","speaker_id","cue","source","cue_span","role","confidence","shape",
                 "speaker_kind"}]}
Offsets are character offsets into the input text; `source` and `cue_span` are [start, end] or null.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..config import Watchlist
from ..records import Tags
from .nlp import add_components, load_model
from .watchlist import Prefilter, WatchlistMatcher, compile_people, compile_queries, compile_terms

# spaCy refuses texts over `nlp.max_length` (1,000,000 characters) and its parser needs memory in
# proportion to the text. A longer text is read by the model in parts of at most this many characters,
# cut at paragraph breaks, and the parts are joined back into one Doc before the monitor's own
# components run: offsets point into the whole text, and rules that look across the document (a
# surname after the full name, ICE spelled out anywhere) still see all of it.
PART_CHARS = 100_000
MONITOR_PIPES = ("monitor_watchlist", "monitor_quotes")


class Tagger:
    """Watchlist + quotes on a spaCy pipeline; build once per process (loading the model takes a second)."""

    def __init__(self, watchlist: Watchlist, model: str | Language) -> None:
        terms, people, queries = compile_terms(watchlist), compile_people(watchlist), compile_queries(watchlist)
        self.nlp = add_components(load_model(model) if isinstance(model, str) else model, terms, people, queries)
        matcher = self.nlp.get_pipe("monitor_watchlist")
        assert isinstance(matcher, WatchlistMatcher)
        self._matcher = matcher
        self._prefilter = Prefilter(terms, people, queries)

    def tag(self, text: str) -> Tags:
        """Everything in one document: topics, people, and all its quotes. Any length: long texts go in parts."""
        return self._tags(self.nlp(text) if len(text) <= PART_CHARS else self._long_doc(text))

    def tag_many(self, texts: Sequence[str], *, only_candidates: bool = False, batch_size: int = 32) -> list[Tags]:
        """Tag documents in batches; quotes are kept only for hits (nothing else is ever stored).

        With only_candidates, text the prefilter turns away skips spaCy: the results are the same, as the
        prefilter only turns away text in which nothing watched can be found.
        """
        results = [Tags() for _ in texts]
        wanted = [i for i, t in enumerate(texts) if not only_candidates or self.could_match(t)]
        short = [i for i in wanted if len(texts[i]) <= PART_CHARS]
        docs = zip(short, self.nlp.pipe((texts[i] for i in short), batch_size=batch_size))
        long = ((i, self._long_doc(texts[i])) for i in wanted if len(texts[i]) > PART_CHARS)
        for index, doc in [*docs, *long]:
            tags = self._tags(doc)
            results[index] = tags if tags.is_hit else Tags()
        return results

    def _long_doc(self, text: str) -> Doc:
        """One Doc over a text longer than PART_CHARS: the model reads it in parts, the monitor's components
        run once over the joined whole."""
        with self.nlp.select_pipes(disable=list(MONITOR_PIPES)):
            parts = list(self.nlp.pipe(split_text(text, PART_CHARS), batch_size=1))
        doc = Doc.from_docs(parts, ensure_whitespace=False)
        for name in MONITOR_PIPES:
            doc = self.nlp.get_pipe(name)(doc)
        return doc

    def could_match(self, text: str) -> bool:
        """Cheap test: could anything watched be found in this text at all? (See watchlist.Prefilter.)"""
        return self._prefilter.could_match(text)

    def _tags(self, doc: Doc) -> Tags:
        return Tags(
            topics=self._matcher.topic_hits(doc),
            people=self._matcher.person_hits(doc),
            quotes=list(doc._.monitor_quotes or []),
        )


def candidate_test(watchlist: Watchlist) -> Callable[[str], bool]:
    """The tagger's prefilter alone, without loading the model: which texts `tag_many(only_candidates=True)`
    would run spaCy on (a pass counts them to decide whether tagging on every core pays)."""
    return Prefilter(compile_terms(watchlist), compile_people(watchlist), compile_queries(watchlist)).could_match


def split_text(text: str, limit: int) -> Iterator[str]:
    """Consecutive parts of at most `limit` characters that join back to `text`: cut after the last paragraph
    break in reach, else the last line break, sentence end or space, else at the limit."""
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = next(
            (window.rfind(mark) + len(mark) for mark in ("\n\n", "\n", ". ", " ") if window.rfind(mark) > limit // 2),
            limit,
        )
        yield text[start : start + cut]
        start += cut
    yield text[start:]


def tags_to_json(doc_id: Any, tags: Tags) -> dict[str, Any]:
    """The public `monitor tag` record for one document."""
    return {
        "id": doc_id,
        "topics": [
            {"id": t.id, "text": t.text, "start": t.start, "end": t.end, "reason": t.reason} for t in tags.topics
        ],
        "people": [{"id": p.id, "name": p.name, "text": p.text, "start": p.start, "end": p.end} for p in tags.people],
        "quotes": [
            {
                "text": q.text,
                "start": q.start,
                "end": q.end,
                "speaker": q.speaker,
                "speaker_id": q.speaker_id,
                "cue": q.cue,
                "source": list(q.source) if q.source else None,
                "cue_span": list(q.cue_span) if q.cue_span else None,
                "role": q.role,
                "confidence": q.confidence,
                "shape": q.shape,
                "speaker_kind": q.speaker_kind,
            }
            for q in tags.quotes
        ],
    }
