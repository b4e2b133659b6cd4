"""Boolean topic queries, written the way media-monitoring tools write them; parsed here, matched in tag/.

    ("287(g)" OR detainer*) NEAR/15 (sheriff OR jail) NOT hockey
    =ICE AND (deport* OR detain*)
    PERSON:"Lynn Tramonte" OR ORG:"America's Voice"

- `word` and `"a phrase"` match whole words, in any case; `word*` matches words that start so.
- `=` before a word or phrase matches it exactly as written (`=ICE` is the agency, not "ice").
- `LABEL:"text"` matches a named entity the model labels LABEL (PERSON, ORG, GPE, ...) with that text.
- Operators are upper case: `NOT` (before a term, or between two: "A NOT B" is "A AND NOT B"),
  `NEAR/n` (both sides within n words of each other), `AND` (also implied by two terms side by side),
  `OR`; they bind in that order, tightest first, and parentheses group.

This module is pure (no spaCy) so the configuration can check a query, and name what is wrong with
it, before anything is loaded.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..errors import QueryError

_TOKEN = re.compile(
    r'\s*(?:(?P<open>\()|(?P<close>\))|(?P<near>NEAR/(?P<n>\d+))|(?P<op>AND|OR|NOT)(?=[\s()"]|$)'
    r'|(?P<label>[A-Z][A-Z_]+):(?P<ltext>"[^"]*"|[^\s()"]+)'
    r'|(?P<eq>=)?(?P<phrase>"[^"]*")|(?P<eq2>=)?(?P<word>[^\s()"]+))'
)


# A query is matched by walking its tree; past this many words it is a list pasted by mistake, not a query.
MAX_TERMS = 200


@dataclass(frozen=True)
class Term:
    """A word, phrase, prefix (`detain*`) or entity; `text` as written in the query, without quotes."""

    text: str
    exact: bool = False  # case-sensitive
    prefix: bool = False  # a trailing `*`: any word starting with `text`
    label: str | None = None  # an entity label: matches the model's entities, not raw words


@dataclass(frozen=True)
class Not:
    part: Node


@dataclass(frozen=True)
class And:
    left: Node
    right: Node


@dataclass(frozen=True)
class Or:
    left: Node
    right: Node


@dataclass(frozen=True)
class Near:
    left: Node
    right: Node
    distance: int


Node = Term | Not | And | Or | Near


def parse_query(text: str) -> Node:
    """The query's syntax tree; QueryError naming the position and the problem otherwise."""
    parser = _Parser(text)
    node = parser.parse_or()
    if parser.peek() is not None:
        parser.fail("unexpected text (a missing operator or parenthesis?)")
    if isinstance(node, Not):
        raise QueryError("a query cannot be only NOT ...: say what to look for, then what to exclude")
    return node


def terms(node: Node, *, negated: bool = False) -> list[Term]:
    """The terms a document must contain for the query to match (those under NOT are left out)."""
    if isinstance(node, Term):
        return [] if negated else [node]
    if isinstance(node, Not):
        return terms(node.part, negated=not negated)
    return terms(node.left, negated=negated) + terms(node.right, negated=negated)


@dataclass
class _Lexeme:
    kind: str  # "(", ")", "NEAR", "AND", "OR", "NOT", "TERM"
    position: int
    value: Term | int | None = None


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.lexemes = list(self._lex(text))
        words = [lexeme for lexeme in self.lexemes if lexeme.kind == "TERM"]
        if len(words) > MAX_TERMS:
            raise QueryError(
                f"at character {words[MAX_TERMS].position + 1}: more than {MAX_TERMS} words and phrases; split the "
                "topic's query, or use phrases and word starts (detain*)"
            )
        self.index = 0

    def _lex(self, text: str) -> Iterator[_Lexeme]:
        position = 0
        while position < len(text):
            if not text[position:].strip():
                return
            match = _TOKEN.match(text, position)
            if not match or match.end() == position:
                raise QueryError(f"at character {position + 1}: cannot read {text[position : position + 12]!r}")
            start = match.start() + len(match.group(0)) - len(match.group(0).lstrip())
            if match.group("open"):
                yield _Lexeme("(", start)
            elif match.group("close"):
                yield _Lexeme(")", start)
            elif match.group("near"):
                yield _Lexeme("NEAR", start, int(match.group("n")))
            elif match.group("op"):
                yield _Lexeme(match.group("op"), start)
            elif match.group("label"):
                yield _Lexeme("TERM", start, Term(_unquote(match.group("ltext"), start), label=match.group("label")))
            elif match.group("phrase"):
                yield _Lexeme(
                    "TERM", start, Term(_unquote(match.group("phrase"), start), exact=bool(match.group("eq")))
                )
            else:
                word = match.group("word")
                prefix = word.endswith("*") and len(word) > 1
                yield _Lexeme(
                    "TERM",
                    start,
                    Term(word.rstrip("*") if prefix else word, exact=bool(match.group("eq2")), prefix=prefix),
                )
            position = match.end()

    def peek(self) -> _Lexeme | None:
        return self.lexemes[self.index] if self.index < len(self.lexemes) else None

    def take(self) -> _Lexeme:
        lexeme = self.peek()
        if lexeme is None:
            raise QueryError("the query ends too soon (an operator or '(' without what follows it)")
        self.index += 1
        return lexeme

    def fail(self, why: str) -> None:
        lexeme = self.peek()
        where = f"at character {lexeme.position + 1}" if lexeme else "at the end"
        raise QueryError(f"{where}: {why}")

    def parse_or(self) -> Node:
        node = self.parse_and()
        while (lexeme := self.peek()) is not None and lexeme.kind == "OR":
            self.take()
            node = Or(node, self.parse_and())
        return node

    def parse_and(self) -> Node:
        node = self.parse_near()
        while (lexeme := self.peek()) is not None and lexeme.kind in ("AND", "NOT", "TERM", "("):
            if lexeme.kind == "AND":
                self.take()
            node = And(node, self.parse_near())
        return node

    def parse_near(self) -> Node:
        node = self.parse_unary()
        while (lexeme := self.peek()) is not None and lexeme.kind == "NEAR":
            self.take()
            right = self.parse_unary()
            if isinstance(node, Not) or isinstance(right, Not):
                raise QueryError(f"at character {lexeme.position + 1}: NEAR cannot join a NOT")
            assert isinstance(lexeme.value, int)
            node = Near(node, right, lexeme.value)
        return node

    def parse_unary(self) -> Node:
        lexeme = self.peek()
        if lexeme is not None and lexeme.kind == "NOT":
            self.take()
            return Not(self.parse_unary())
        return self.parse_primary()

    def parse_primary(self) -> Node:
        lexeme = self.peek()
        if lexeme is None:
            self.fail("expected a word, a \"phrase\" or '('")
        assert lexeme is not None
        if lexeme.kind == "TERM":
            self.take()
            assert isinstance(lexeme.value, Term)
            return lexeme.value
        if lexeme.kind == "(":
            self.take()
            node = self.parse_or()
            if (close := self.peek()) is None or close.kind != ")":
                raise QueryError(f"at character {lexeme.position + 1}: this '(' is never closed")
            self.take()
            return node
        self.fail(f"expected a word, a \"phrase\" or '(', not {lexeme.kind}")
        raise AssertionError("unreachable")


def _unquote(text: str, position: int) -> str:
    inner = text[1:-1] if text.startswith('"') else text
    if not inner.strip():
        raise QueryError(f"at character {position + 1}: an empty phrase")
    return inner


def anchors(node: Node) -> list[Term]:
    """Terms of which every matching document holds at least one: the cheap prefilter looks for these.

    For AND and NEAR either side would do; the side with fewer terms is the sharper filter.
    """
    if isinstance(node, Term):
        return [node]
    if isinstance(node, Not):
        return []
    if isinstance(node, Or):
        return anchors(node.left) + anchors(node.right)
    sides = [side for side in (anchors(node.left), anchors(node.right)) if side]
    return min(sides, key=len) if sides else []
