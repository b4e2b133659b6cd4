"""The pure parts of the site: highlighting, snippets, safe links, the URL filter, search syntax, dates."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from monitor.store.dialect import _fts5_query, search_terms
from monitor.store.hits import HitRow, ReviewView, Span
from monitor.web.filters import FilterParams, to_hit_filter
from monitor.web.render import local_target
from monitor.web.views import Clock, Segment, group_stories, highlight, paragraphs, safe_href, snippet

LABELS = {"sc": "Secure Communities", "lt": "Lynn Tramonte"}


def row(title: str, text: str, spans: list[Span], *, id: int = 1, story: int | None = None) -> HitRow:
    return HitRow(id=id, story_id=story or id, outlet="Example", title=title, link="https://example.org/a",
                  author=None, published_at=None, fetched_at=datetime(2026, 11, 29, 8, tzinfo=UTC),
                  title_text=f"{title}\n\n{text}", topics=[], people=[], mentions=spans, quotes=[],
                  review=ReviewView())


def test_highlight_marks_nested_spans_without_losing_a_character() -> None:
    text = 'Tramonte said "Secure Communities must end" today.'
    spans = [Span("person", "lt", 0, 8), Span("quote", None, 14, 43), Span("topic", "sc", 15, 33)]
    segments = highlight(text, spans, LABELS)
    assert "".join(s.text for s in segments) == text
    assert segments[0] == Segment("Tramonte", ("person",), "Lynn Tramonte")
    assert Segment("Secure Communities", ("quote", "topic"), "Secure Communities") in segments
    assert Segment('"', ("quote",), None) in segments and segments[-1] == Segment(" today.")


def test_highlight_clips_spans_to_the_window() -> None:
    segments = highlight("middle part", [Span("topic", "sc", 0, 100)], LABELS, offset=50)
    assert segments == [Segment("middle part", ("topic",), "Secure Communities")]


def test_snippet_centres_on_the_first_body_mention_and_cuts_at_words() -> None:
    body = "Filler words come first. " * 20 + "Critics of Secure Communities spoke. " + "More filler follows. " * 20
    title = "A headline"
    start = len(title) + 2 + body.index("Secure")
    segments = snippet(row(title, body, [Span("topic", "sc", start, start + 18)]), LABELS, width=120)
    text = "".join(s.text for s in segments)
    assert text.startswith("… ") and text.endswith(" …") and len(text) < 160
    assert Segment("Secure Communities", ("topic",), "Secure Communities") in segments
    words = text.strip("… ").split()
    assert all(word in body.split() for word in words)  # no word cut in half


def test_snippet_starts_at_the_sentence_of_the_first_mention_when_it_is_near() -> None:
    body = "An opening sentence about the county budget. Critics of Secure Communities spoke up. Then more."
    start = len("T") + 2 + body.index("Secure")
    segments = snippet(row("T", body, [Span("topic", "sc", start, start + 18)]), LABELS, width=120)
    assert "".join(s.text for s in segments).startswith("… Critics of Secure Communities spoke up.")
    near = "Critics of Secure Communities spoke up. " + "Filler. " * 30
    start = 3 + near.index("Secure")
    segments = snippet(row("T", near, [Span("topic", "sc", start, start + 18)]), LABELS, width=120)
    assert "".join(s.text for s in segments).startswith("Critics of")


def test_snippet_of_a_headline_only_hit_shows_the_start_of_the_text() -> None:
    segments = snippet(row("Secure Communities ends", "Short body.", [Span("topic", "sc", 0, 18)]), LABELS)
    assert "".join(s.text for s in segments) == "Short body."


def test_paragraphs_keep_offsets_across_blank_lines() -> None:
    text = "Headline\n\nFirst para.\n\nSecond with Tramonte."
    start = text.index("Tramonte")
    found = paragraphs(text, [Span("person", "lt", start, start + 8)], LABELS)
    assert len(found) == 3 and found[2][1] == Segment("Tramonte", ("person",), "Lynn Tramonte")


def test_consecutive_copies_form_one_story() -> None:
    rows = [row("a", "x", [], id=1, story=1), row("b", "x", [], id=5, story=1), row("c", "y", [], id=2)]
    groups = group_stories(rows)
    assert [g.ids for g in groups] == [[1, 5], [2]]


@pytest.mark.parametrize("url,expected", [
    ("https://news.example.org/a?b=1", "https://news.example.org/a?b=1"),
    ("HTTP://Example.org", "HTTP://Example.org"),
    (" javascript:alert(1)", None), ("JaVaScRiPt:alert(1)", None), ("data:text/html,<b>", None),
    ("vbscript:x", None), ("//example.org/a", None), ("https:///nohost", None), ("urn:monitor:entry:ab", None),
    ("", None), (None, None), ("http://[::1", None),
])
def test_only_web_addresses_become_links(url: str | None, expected: str | None) -> None:
    assert safe_href(url) == expected


@pytest.mark.parametrize("target,expected", [("/hits?topic=ice", "/hits?topic=ice"), ("//evil.example", "/"),
                                             ("https://evil.example", "/"), ("/\\evil", "/"), ("", "/")])
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


@pytest.mark.parametrize("query,expected", [
    ("detainer", '"detainer"'),
    ('"secure communities" ice', '"secure communities" AND "ice"'),
    ("ice -hockey", '"ice" NOT "hockey"'),
    ("detain*", '"detain"*'),
    ("a OR b c", '("a" OR "b") AND "c"'),
    ('say "NEAR(x y)" AND', '"say" AND "NEAR(x y)" AND "AND"'),
    ('"quote""inside', '"quote" AND "inside"'),
    ("-only", None), ("", None), ("OR", None),
])
def test_search_syntax_never_reaches_fts5_unquoted(query: str, expected: str | None) -> None:
    assert _fts5_query(search_terms(query)) == expected


def test_clock_speaks_the_teams_time() -> None:
    now = datetime(2026, 11, 29, 14, 30, tzinfo=UTC)
    clock = Clock("Europe/Berlin", now)
    assert clock.short(now - timedelta(hours=1)) == "14:30"
    assert clock.short(now - timedelta(days=1)) == "yesterday 15:30"
    assert clock.short(datetime(2026, 3, 5, 9, tzinfo=UTC)) == "5 Mar 10:00"
    assert clock.ago(now - timedelta(hours=3, minutes=5)) == "3 h ago" and clock.ago(None) == "never"
    assert clock.full(now) == "Sun 29 Nov 2026, 15:30 CET"


def test_a_range_is_cut_where_daylight_saving_changes_the_offset() -> None:
    from monitor.config.timespec import offset_segments

    start, end = datetime(2026, 10, 20, tzinfo=UTC), datetime(2026, 11, 5, tzinfo=UTC)
    assert offset_segments(start, end, "Europe/Berlin") == [
        (start, datetime(2026, 10, 25, 1, tzinfo=UTC), 120), (datetime(2026, 10, 25, 1, tzinfo=UTC), end, 60)]
    assert offset_segments(start, end, "UTC") == [(start, end, 0)]
    cut = offset_segments(datetime(2026, 4, 1, tzinfo=UTC), datetime(2026, 4, 10, tzinfo=UTC), "Australia/Lord_Howe")
    assert [offset for *_, offset in cut] == [660, 630]
    assert cut[0][1] == datetime(2026, 4, 4, 15, tzinfo=UTC)  # 02:00 at +11:00
