"""A clip book: the stories a reader picked (checkboxes, a filter, a release's placements) as one document to hand a
director. This module gathers what both files show; clip_pdf.py and clip_word.py lay it out.

Every story is one clip (copies in other outlets named under it); the cover gives the period and the articles by
outlet tier. Large selections are refused with a message rather than left to time out: MAX_STORIES.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from ..config import Outlets, count_tiers
from ..present.clock import Clock
from ..present.snippets import Segment, snippet
from ..present.story_groups import StoryGroup, group_stories
from ..store.hits import HitRow, QuoteView

MAX_STORIES = 100  # about 20 s of PDF on a busy core (150 took 33 s); more is a report, not a clip book


@dataclass(frozen=True)
class Clip:
    """One story as the clip book shows it."""

    outlet: str
    tier: str
    dated: datetime
    headline: str
    link: str
    passage: list[Segment]
    quotes: list[QuoteView]  # watched people's only
    also_in: list[str]  # other outlets that ran it


@dataclass(frozen=True)
class ClipBook:
    title: str  # what was selected: "Selected stories", "Pickup of …", "Hits: topic Secure Communities"
    made: str  # when and by whom, on the team's clock
    first: datetime | None
    last: datetime | None
    stories: int
    articles: int
    tiers: list[tuple[str, int]]  # articles by outlet tier, fixed order
    clips: list[Clip]
    audience: int = 0  # the team's audience figures (outlets.toml) of the listed outlets that ran them, added up
    audience_outlets: int = 0  # how many outlets that figure adds up

    def period(self, clock: Clock) -> str:
        if self.first is None or self.last is None:
            return "no stories"
        first, last = clock.local(self.first).date(), clock.local(self.last).date()
        return clock.day(first) if first == last else f"{clock.day(first)} to {clock.day(last)}"


def build(
    rows: list[HitRow],
    *,
    title: str,
    made: str,
    outlets: Outlets,
    names: dict[str, str],
) -> ClipBook:
    """The clip book of these rows (copies of a story next to each other, as the store returns them)."""
    groups = group_stories(rows)
    dates = [row.dated for row in rows]
    tier_of = outlets.tier_of
    listed = {o.name: o.audience for row in rows if (o := outlets.outlet_for(row.link)) and o.audience is not None}
    return ClipBook(
        title=title,
        made=made,
        first=min(dates, default=None),
        last=max(dates, default=None),
        stories=len(groups),
        articles=len(rows),
        tiers=count_tiers([tier_of(row.link) for row in rows]),
        clips=[_clip(group, tier_of, names) for group in groups],
        audience=sum(n for n in listed.values() if n is not None),
        audience_outlets=len(listed),
    )


def _clip(group: StoryGroup, tier_of: Callable[[str], str], names: dict[str, str]) -> Clip:
    lead = group.lead
    return Clip(
        outlet=lead.outlet,
        tier=tier_of(lead.link),
        dated=lead.dated,
        headline=lead.title or "(no headline)",
        link=lead.link,
        passage=snippet(lead, names),
        quotes=[q for q in lead.quotes if q.person],
        also_in=list(dict.fromkeys(c.outlet for c in group.copies if c.outlet != lead.outlet)),
    )


_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff]")


def printable(text: str) -> str:
    """Text without the characters XML (Word's files) cannot hold and PDF text has no use for: control
    characters and lone surrogates; and without direction overrides, which would let a feed's text run backwards
    over what follows it. Everything else (right-to-left script, emoji) is kept, and laid out by its own script."""
    return _UNSAFE.sub("", text)


def too_many(stories: int) -> str:
    return (
        f"That is {stories:,} stories; a clip book takes at most {MAX_STORIES}. Narrow the filter (dates, topic, "
        "label, outlet tier) or tick the stories you want on the list, then make the clip book again."
    )
