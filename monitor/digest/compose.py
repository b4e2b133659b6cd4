"""The digest as an email: a plain-text part and an HTML part (Jinja2, autoescaped, its stylesheet inlined
with css-inline so mail clients that drop <style> still render it), grouped by topic, one entry per story."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import cast

import css_inline
from jinja2 import Environment, FileSystemLoader, select_autoescape

from ..present.clock import Clock
from ..present.links import safe_href
from ..present.snippets import Segment, snippet
from ..present.story_groups import StoryGroup, group_stories
from ..store.hits import HitRow
from .png_chart import pickup_png

HERE = Path(__file__).parent
_environment = Environment(
    loader=FileSystemLoader(HERE / "templates"),
    autoescape=select_autoescape(["html"]),
    trim_blocks=True,
    lstrip_blocks=True,
)


@dataclass(frozen=True)
class Spike:
    topic: str  # label
    count: int  # articles in the last 24 hours
    mean: float  # per day over the 14 days before


@dataclass(frozen=True)
class Pickup:
    """A recent release's pickup so far, for the digest's release section."""

    release_id: int
    title: str
    earned: int
    wire: int
    outlets: int
    first_pickup: str  # "3 h 05 min", or "none yet"


@dataclass
class Section:
    title: str
    stories: list[StoryGroup] = field(default_factory=list)


@dataclass(frozen=True)
class Digest:
    since: datetime
    until: datetime
    sections: list[Section]
    spikes: list[Spike]
    failing: list[tuple[str, str]]  # (feed, reason)
    quiet: list[str]
    site: str | None  # the review site's address, for links
    snippets: dict[int, list[Segment]]
    pickups: list[Pickup] = field(default_factory=list)
    tiers: list[tuple[str, int]] = field(default_factory=list)  # the hits' articles by outlet tier (outlets.toml)
    tier_of: dict[int, str] = field(default_factory=dict)  # each article's outlet tier, by article id

    @property
    def stories(self) -> int:
        return sum(len(section.stories) for section in self.sections)

    @property
    def article_ids(self) -> list[int]:
        return [i for section in self.sections for story in section.stories for i in story.ids]


def arrange(rows: list[HitRow], topic_order: list[tuple[str, str]], people: dict[str, str]) -> list[Section]:
    """Stories under the first watched topic they mention (in watchlist order); people-only hits last."""
    sections = {key: Section(label) for key, label in topic_order}
    people_only = Section("Watched people")
    for story in group_stories(rows):
        topics = [key for key, _ in topic_order if key in story.lead.topics]
        (sections[topics[0]] if topics else people_only).stories.append(story)
    return [s for s in [*sections.values(), people_only] if s.stories]


@dataclass(frozen=True)
class Email:
    """The digest ready to send: the message, its HTML part as rendered, and the chart it carries (if any)."""

    message: EmailMessage
    html: str
    chart: bytes | None


def email(digest: Digest, clock: Clock, labels: dict[str, str], *, sender: str, recipients: list[str]) -> Email:
    """The digest as a message dated `clock.now`, with the pickup chart inline when recent releases have one."""
    subject, text, html = render(digest, clock, labels)
    chart = pickup_png([(p.title, p.earned, p.wire) for p in digest.pickups]) if digest.pickups else None
    return Email(
        message(subject, text, html, sender=sender, recipients=recipients, when=clock.now, chart=chart), html, chart
    )


def render(digest: Digest, clock: Clock, labels: dict[str, str]) -> tuple[str, str, str]:
    """(subject, text, html)."""
    spikes = f" · spike: {', '.join(s.topic for s in digest.spikes)}" if digest.spikes else ""
    subject = (
        f"Monitor digest {clock.local(digest.until).strftime('%a %d %b')}: {digest.stories} "
        f"{'story' if digest.stories == 1 else 'stories'}{spikes}"
    )
    context = {
        "digest": digest,
        "clock": clock,
        "labels": labels,
        "safe_href": safe_href,
        "subject": subject,
        "chart_cid": CHART_CID,
    }
    text = _environment.get_template("digest.txt").render(**context)
    html = css_inline.inline(_environment.get_template("digest.html").render(**context))
    return subject, text, html


CHART_CID = "pickup-chart@monitor"


def message(
    subject: str,
    text: str,
    html: str,
    *,
    sender: str,
    recipients: list[str],
    when: datetime,
    chart: bytes | None = None,
) -> EmailMessage:
    """multipart/alternative: the text, and the HTML with the pickup chart attached inline (cid:)."""
    mail = EmailMessage()
    mail["Subject"], mail["From"], mail["To"] = subject, sender, ", ".join(recipients)
    mail["Date"] = format_datetime(when)
    mail["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or "monitor.local")
    mail.set_content(text)
    mail.add_alternative(html, subtype="html")
    if chart is not None:
        html_part = cast(list[EmailMessage], mail.get_payload())[1]
        html_part.add_related(chart, "image", "png", cid=f"<{CHART_CID}>", filename="pickup.png")
    return mail


def snippets(rows: list[HitRow], labels: dict[str, str]) -> dict[int, list[Segment]]:
    return {row.id: snippet(row, labels) for row in rows}
