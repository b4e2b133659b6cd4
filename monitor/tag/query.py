"""Match the boolean topic queries of `monitor/config/query_syntax.py` against a spaCy Doc.

Every node gives the token spans that satisfy it, so a hit can show the words that made the query
true: OR joins spans, AND keeps both sides' spans when both have some, NEAR keeps the pairs within
n words of each other, and NOT only removes.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import LOWER, ORTH  # type: ignore[import-not-found]
from spacy.language import Language
from spacy.tokens import Doc

from ..config.query_syntax import And, Near, Node, Not, Or, Term

TokenSpan = tuple[int, int]


@dataclass(frozen=True)
class _Leaf:
    words: tuple[str, ...]  # the phrase as tokens (lower case unless exact)
    term: Term


class CompiledQuery:
    """A parsed query with its phrases split into tokens by the pipeline's own tokenizer."""

    def __init__(self, nlp: Language, node: Node) -> None:
        self._node = node
        self._leaves: dict[Term, _Leaf] = {}
        self._compile(nlp, node)

    def _compile(self, nlp: Language, node: Node) -> None:
        if isinstance(node, Term):
            words = tuple(t.text if node.exact else t.lower_ for t in nlp.make_doc(node.text))
            self._leaves[node] = _Leaf(words, node)
        elif isinstance(node, Not):
            self._compile(nlp, node.part)
        else:
            self._compile(nlp, node.left)
            self._compile(nlp, node.right)

    def spans(self, doc: Doc) -> list[TokenSpan]:
        """The token spans that make the query true, in order; empty when it is false."""
        return sorted(set(self._eval(self._node, _Words(doc))))

    def _eval(self, node: Node, doc: _Words) -> list[TokenSpan]:
        if isinstance(node, Term):
            return self._match(self._leaves[node], doc)
        if isinstance(node, Or):
            return self._eval(node.left, doc) + self._eval(node.right, doc)
        if isinstance(node, And):
            return self._both(node.left, node.right, doc)
        if isinstance(node, Near):
            left, right = self._eval(node.left, doc), self._eval(node.right, doc)
            pairs = [(a, b) for a in left for b in right if _gap(a, b) <= node.distance]
            return [span for pair in pairs for span in pair]
        raise ValueError("NOT stands only beside something to exclude from")  # parse_query refuses a bare NOT

    def _both(self, left: Node, right: Node, doc: _Words) -> list[TokenSpan]:
        if isinstance(right, Not):
            return [] if self._eval(right.part, doc) else self._eval(left, doc)
        if isinstance(left, Not):
            return [] if self._eval(left.part, doc) else self._eval(right, doc)
        found_left = self._eval(left, doc)
        found_right = self._eval(right, doc) if found_left else []
        return found_left + found_right if found_left and found_right else []

    @staticmethod
    def _match(leaf: _Leaf, doc: _Words) -> list[TokenSpan]:
        term = leaf.term
        if term.label:
            wanted = term.text.lower()
            return [(e.start, e.end) for e in doc.doc.ents if e.label_ == term.label and e.text.lower() == wanted]
        words, size = leaf.words, len(leaf.words)
        texts = doc.exact if term.exact else doc.lower
        if size and not (term.prefix and size == 1):  # where the first word stands, then the rest compared
            starts = doc.positions(term.exact).get(words[0], ())
            return [(i, i + size) for i in starts if tuple(texts[i : i + size]) == words]
        found = []
        for i in range(len(texts) - size + 1):
            if term.prefix and size == 1:
                if texts[i].startswith(words[0]):
                    found.append((i, i + 1))
            elif tuple(texts[i : i + size]) == words:
                found.append((i, i + size))
        return found


class _Words:
    """A document's tokens as plain strings, made once per document (kept on it for every query) rather than once
    per term, from the token attribute arrays (no Token objects)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        cached = doc.user_data.get("monitor_words")
        if isinstance(cached, tuple) and len(cached[0]) == len(doc):
            self.exact, self.lower = cached
            return
        strings = doc.vocab.strings
        rows = doc.to_array([ORTH, LOWER]).tolist() if len(doc) else []
        self.exact = [strings[orth] for orth, _ in rows]
        self.lower = [strings[lower] for _, lower in rows]
        doc.user_data["monitor_words"] = (self.exact, self.lower)

    def positions(self, exact: bool) -> dict[str, list[int]]:
        """Each word (as written, or in lower case) with the token positions it stands at, made on first use."""
        key = "monitor_positions_exact" if exact else "monitor_positions_lower"
        found = self.doc.user_data.get(key)
        if not (isinstance(found, tuple) and found[0] == len(self.exact)):
            index: dict[str, list[int]] = {}
            for i, word in enumerate(self.exact if exact else self.lower):
                index.setdefault(word, []).append(i)
            found = self.doc.user_data[key] = (len(self.exact), index)
        return found[1]


def _gap(a: TokenSpan, b: TokenSpan) -> int:
    """Words between two spans (0 when they touch or overlap)."""
    return max(0, b[0] - a[1], a[0] - b[1])
