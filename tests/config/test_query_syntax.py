"""The boolean query language: what parses, what it means, and errors that say where."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor.config.query_syntax import And, Near, Not, Or, Term, anchors, parse_query, terms
from monitor.errors import ConfigError, QueryError


def test_precedence_not_then_near_then_and_then_or() -> None:
    assert parse_query("a OR b c NOT d") == Or(Term("a"), And(And(Term("b"), Term("c")), Not(Term("d"))))
    assert parse_query("a NEAR/3 b AND c") == And(Near(Term("a"), Term("b"), 3), Term("c"))
    assert parse_query("(a OR b) NEAR/10 c") == Near(Or(Term("a"), Term("b")), Term("c"), 10)


def test_term_forms() -> None:
    assert parse_query('="Secure Communities"') == Term("Secure Communities", exact=True)
    assert parse_query("detain*") == Term("detain", prefix=True)
    assert parse_query('ORG:"America\'s Voice"') == Term("America's Voice", label="ORG")
    assert parse_query('"287(g)"') == Term("287(g)")


@pytest.mark.parametrize(
    ("query", "where"),
    [
        ("(a OR b", "at character 1: this '(' is never closed"),
        ("a OR", "at the end"),
        ("NOT a", "cannot be only NOT"),
        ("a NEAR/2 NOT b", "NEAR cannot join a NOT"),
        ('a AND ""', "an empty phrase"),
        ("a ) b", "at character 3"),
    ],
)
def test_errors_say_where_and_why(query: str, where: str) -> None:
    with pytest.raises(QueryError, match=where.replace("(", r"\(").replace(")", r"\)")):
        parse_query(query)


def test_a_query_error_is_a_config_error_and_still_a_value_error() -> None:
    """pydantic's validators turn a ValueError into a message naming the entry and key; the tree has it too."""
    with pytest.raises(ValueError):
        parse_query("(a OR b")
    assert issubclass(QueryError, ConfigError)


def test_terms_leave_out_what_is_excluded_and_anchors_pick_the_sharper_side() -> None:
    node = parse_query('("287(g)" OR detainer) NEAR/15 (sheriff OR jail OR police) NOT hockey')
    assert [t.text for t in terms(node)] == ["287(g)", "detainer", "sheriff", "jail", "police"]
    assert [t.text for t in anchors(node)] == ["287(g)", "detainer"]


def test_a_bad_query_in_the_watchlist_names_topic_and_key(tmp_path: Path) -> None:
    from monitor.config import load_watchlist
    from monitor.errors import ConfigError

    path = tmp_path / "watchlist.toml"
    path.write_text('[[topics]]\nid = "x"\nlabel = "X"\nquery = "(detainer OR jail"\n')
    with pytest.raises(ConfigError) as caught:
        load_watchlist(path)
    assert str(caught.value) == f"{path}: [[topics]] #1 'x': key 'query': at character 1: this '(' is never closed"
