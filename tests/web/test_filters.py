"""The site's own pure parts: the hit list's filter as it lives in the URL, search syntax, where a form may
send the reader next."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from monitor.store.dialect import _fts5_query, search_terms
from monitor.web.filters import FilterParams, to_hit_filter
from monitor.web.render import local_target


@pytest.mark.parametrize(
    "target,expected",
    [
        ("/hits?topic=ice", "/hits?topic=ice"),
        ("//evil.example", "/"),
        ("https://evil.example", "/"),
        ("/\\evil", "/"),
        ("", "/"),
    ],
)
def test_local_targets_only(target: str, expected: str) -> None:
    assert local_target(target) == expected


def test_the_filter_round_trips_through_the_url() -> None:
    params = FilterParams.from_query({"q": ' "a b" -c ', "topic": "ice", "from": "2026-11-01", "page": "3"})
    assert params.query() == "q=%22a+b%22+-c&topic=ice&page=3&from=2026-11-01"
    assert params.query(page=1) == "q=%22a+b%22+-c&topic=ice&from=2026-11-01"
    assert FilterParams.from_query({"page": "x"}).page == 1 and not FilterParams().active


def test_dates_are_whole_days_on_the_teams_clock() -> None:
    params = FilterParams(start="2026-11-01", end="2026-11-02", topic="ice", person="who")
    where, problems = to_hit_filter(params, "America/New_York", {"ice"}, {"lt"}, datetime.now(UTC))
    assert where.start == datetime(2026, 11, 1, 4, tzinfo=UTC)  # midnight in New York, in UTC
    assert where.end == datetime(2026, 11, 3, 5, tzinfo=UTC)  # end of the 2nd (clocks went back on the 1st)
    assert (where.topic, where.person) == ("ice", None)
    assert problems == ["unknown person 'who'; ignored (pick one from the list)"]


def test_seen_and_after_both_narrow_to_the_later_moment() -> None:
    now = datetime(2026, 11, 29, 12, tzinfo=UTC)
    where, _ = to_hit_filter(FilterParams(seen="24h", after="2026-11-29T06:00:00+00:00"), "UTC", set(), set(), now)
    assert where.seen_since == datetime(2026, 11, 29, 6, tzinfo=UTC)
    _, problems = to_hit_filter(FilterParams(seen="soon", after="later"), "UTC", set(), set(), now)
    assert len(problems) == 2


@pytest.mark.parametrize(
    "query,expected",
    [
        ("detainer", '"detainer"'),
        ('"secure communities" ice', '"secure communities" AND "ice"'),
        ("ice -hockey", '"ice" NOT "hockey"'),
        ("detain*", '"detain"*'),
        ("a OR b c", '("a" OR "b") AND "c"'),
        ('say "NEAR(x y)" AND', '"say" AND "NEAR(x y)" AND "AND"'),
        ('"quote""inside', '"quote" AND "inside"'),
        ("-only", None),
        ("", None),
        ("OR", None),
        ("sheriff NEAR/5 jail", 'NEAR("sheriff" "jail", 5)'),
        ("a NEAR b NEAR/3 c", 'NEAR("a" "b" "c", 10)'),
        ('"NEAR/5" x -NEAR/2', '"NEAR/5" AND "x" NOT "NEAR/2"'),
        ("x NEAR/3", '"x"'),
    ],
)
def test_search_syntax_never_reaches_fts5_unquoted(query: str, expected: str | None) -> None:
    assert _fts5_query(search_terms(query)) == expected
