"""What every face shows, computed purely: highlighting, snippets, story groups, safe links, the team's clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from monitor.present.clock import Clock
from monitor.present.links import safe_href
from monitor.present.snippets import Segment, highlight, paragraphs, snippet
from monitor.present.story_groups import group_stories
from monitor.store.hits import HitRow, ReviewView, Span

LABELS = {"sc": "Secure Communities", "lt": "Lynn Tramonte"}


def row(title: str, text: str, spans: list[Span], *, id: int = 1, story: int | None = None) -> HitRow:
    return HitRow(
        id=id,
        story_id=story or id,
        outlet="Example",
        title=title,
        link="https://example.org/a",
        author=None,
        published_at=None,
        fetched_at=datetime(2026, 11, 29, 8, tzinfo=UTC),
        title_text=f"{title}\n\n{text}",
        topics=[],
        people=[],
        mentions=spans,
        quotes=[],
        review=ReviewView(),
    )


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


@pytest.mark.parametrize(
    "url,expected",
    [
        ("https://news.example.org/a?b=1", "https://news.example.org/a?b=1"),
        ("HTTP://Example.org", "HTTP://Example.org"),
        (" javascript:alert(1)", None),
        ("JaVaScRiPt:alert(1)", None),
        ("data:text/html,<b>", None),
        ("vbscript:x", None),
        ("//example.org/a", None),
        ("https:///nohost", None),
        ("urn:monitor:entry:ab", None),
        ("", None),
        (None, None),
        ("http://[::1", None),
    ],
)
def test_only_web_addresses_become_links(url: str | None, expected: str | None) -> None:
    assert safe_href(url) == expected


def test_clock_speaks_the_teams_time() -> None:
    now = datetime(2026, 11, 29, 14, 30, tzinfo=UTC)
    clock = Clock("Europe/Berlin", now)
    assert clock.short(now - timedelta(hours=1)) == "14:30"
    assert clock.short(now - timedelta(days=1)) == "yesterday 15:30"
    assert clock.short(datetime(2026, 3, 5, 9, tzinfo=UTC)) == "5 Mar 10:00"
    assert clock.ago(now - timedelta(hours=3, minutes=5)) == "3 h ago" and clock.ago(None) == "never"
    assert clock.full(now) == "Sun 29 Nov 2026, 15:30 CET"
