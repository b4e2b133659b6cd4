"""Which stored stories set off which rule. Pure: stories in (records.StoredStory), alerts out.

At most one alert per rule and subject: a story (copies of one story across outlets share a story id, so a wire
story run by ten papers alerts once), or a release for "first placement". The store's unique key holds the same
line across passes; this keeps one pass from asking twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from ..config import AlertsConfig, RuleConfig, Watchlist
from ..config.outlets import Outlets
from ..records import StoredStory
from .message import AlertMessage


@dataclass(frozen=True)
class Alert:
    rule: str
    subject: str  # "story:<story id>" or "release:<release id>"
    article_id: int
    channels: tuple[str, ...]
    message: AlertMessage


def evaluate(
    alerts: AlertsConfig, watchlist: Watchlist, stories: list[StoredStory], outlets: Outlets | None = None
) -> list[Alert]:
    """Every (rule, subject) the stories set off, in the order stored, first story first; `outlets` (outlets.toml)
    gives each story's tier for rules with `tiers`."""
    names = {p.id: p.name for p in watchlist.people} | {t.id: t.label for t in watchlist.topics}
    found: dict[tuple[str, str], Alert] = {}
    for rule in (r for r in alerts.rules if r.enabled):
        for story in stories:
            if not outlet_allowed(rule, story, outlets or Outlets()):
                continue
            for subject, message in _fires(rule, story, names):
                found.setdefault(
                    (rule.id, subject), Alert(rule.id, subject, story.article_id, tuple(rule.channels), message)
                )
    return list(found.values())


def outlet_allowed(rule: RuleConfig, story: StoredStory, outlets: Outlets) -> bool:
    """The rule's outlet conditions, in one place: no `outlets` means any outlet, else the story's site must be one
    of them or under one ("nytimes.com" covers "www.nytimes.com"); no `tiers` means any tier, else the tier
    outlets.toml gives the story's site ("unlisted" when it lists none) must be one of them."""
    host = (urlsplit(story.url).hostname or "").lower()
    if rule.outlets and not any(host == domain or host.endswith("." + domain) for domain in rule.outlets):
        return False
    return not rule.tiers or outlets.tier_of(host) in rule.tiers


def _fires(rule: RuleConfig, story: StoredStory, names: dict[str, str]) -> list[tuple[str, AlertMessage]]:
    subject = f"story:{story.story_id}"
    if rule.when == "person_quoted":
        quoted = [q for q in story.quotes if not rule.people or q.person_id in rule.people]
        if not quoted:
            return []
        first = quoted[0]
        what = f"{names.get(first.person_id, first.speaker)} quoted"
        return [(subject, _message(rule, story, what, first.text, first.speaker))]
    if rule.when == "topic":
        topics = [t for t in story.topics if not rule.topics or t in rule.topics]
        if not topics:
            return []
        quote = story.quotes[0] if story.quotes else None
        what = f"{', '.join(names.get(t, t) for t in topics)} in the news"
        return [(subject, _message(rule, story, what, quote.text if quote else None, quote.speaker if quote else None))]
    return [
        (
            f"release:{placement.release_id}",
            _message(rule, story, f"first placement ({placement.kind}) of “{placement.title}”", placement.quote, None),
        )
        for placement in story.placements
    ]


def _message(rule: RuleConfig, story: StoredStory, what: str, quote: str | None, speaker: str | None) -> AlertMessage:
    return AlertMessage(
        rule=rule.id, what=what, outlet=story.outlet, headline=story.title, link=story.url, quote=quote, speaker=speaker
    )


def sample(rule: RuleConfig, watchlist: Watchlist) -> AlertMessage:
    """A made-up alert for `monitor alerts test RULE`: says it is a test, and has every part a real one has."""
    person = next((p.name for p in watchlist.people if not rule.people or p.id in rule.people), "A watched person")
    topic = next((t.label for t in watchlist.topics if not rule.topics or t.id in rule.topics), "A watched topic")
    what = {
        "person_quoted": f"{person} quoted",
        "topic": f"{topic} in the news",
        "release_placement": "first placement (quote) of “A sample release”",
    }[rule.when]
    domain = rule.outlets[0] if rule.outlets else "news.example.org"
    return AlertMessage(
        rule=rule.id,
        what=f"TEST: {what}",
        outlet=domain,
        headline="A sample headline: this is a test of the alert channel",
        link=f"https://{domain}/sample-story",
        quote="This is what a quote in a real alert looks like.",
        speaker=person if rule.when == "person_quoted" else None,
    )
