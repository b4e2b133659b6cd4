"""The pure part of alerts: which story sets off which rule, the outlet condition, quiet hours on the team's
clock, and the webhook bodies Slack and Teams take."""

from __future__ import annotations

from datetime import UTC, datetime, time

import pytest

from monitor.alerts import AlertMessage, evaluate, outlet_allowed, quiet_until, webhook_payload
from monitor.config import AlertsConfig, RuleConfig, load_watchlist
from monitor.config.outlets import Outlet, Outlets
from monitor.records import FirstPlacement, QuotedPerson, StoredStory
from tests.conftest import ROOT

WATCHLIST = load_watchlist(ROOT / "config" / "watchlist.toml")
CHANNELS = [{"name": "chat", "kind": "webhook", "url": "https://hooks.example.org/x"}]


def story(article_id: int, story_id: int, url: str, **kwargs: object) -> StoredStory:
    return StoredStory(article_id, story_id, url.split("/")[2], url, f"Headline {article_id}", **kwargs)


def alerts(*rules: dict) -> AlertsConfig:
    return AlertsConfig.model_validate({"channels": CHANNELS, "rules": [r | {"channels": ["chat"]} for r in rules]})


TRAMONTE = QuotedPerson("lynn-tramonte", "Lynn Tramonte", "Counties are right to walk away.")
SHARRY = QuotedPerson("frank-sharry", "Frank Sharry", "Not today.")


def test_copies_of_one_story_alert_once_and_each_rule_keeps_to_its_people_and_topics() -> None:
    stories = [
        story(1, 1, "https://harbor.example.org/a", quotes=(TRAMONTE,), topics=("ice",)),
        story(2, 1, "https://valley.example.net/a-copy", quotes=(TRAMONTE,), topics=("ice",)),  # the same story
        story(3, 3, "https://plains.example.com/b", quotes=(SHARRY,), topics=("secure-communities",)),
    ]
    found = evaluate(
        alerts(
            {"id": "tramonte", "when": "person_quoted", "people": ["lynn-tramonte"]},
            {"id": "anyone", "when": "person_quoted"},
            {"id": "sc", "when": "topic", "topics": ["secure-communities"]},
        ),
        WATCHLIST,
        stories,
    )
    assert [(a.rule, a.subject, a.article_id) for a in found] == [
        ("tramonte", "story:1", 1),
        ("anyone", "story:1", 1),
        ("anyone", "story:3", 3),
        ("sc", "story:3", 3),
    ]
    assert found[0].message.what == "Lynn Tramonte quoted" and found[0].message.quote == TRAMONTE.text
    assert found[3].message.what == "Secure Communities in the news" and found[3].message.speaker == "Frank Sharry"


def test_a_release_alerts_once_for_its_first_placement() -> None:
    first = FirstPlacement(7, "Counties ask for a clear exit", "quote", "They listened.")
    found = evaluate(
        alerts({"id": "first", "when": "release_placement"}),
        WATCHLIST,
        [story(4, 4, "https://a.example.org/x", placements=(first,)), story(5, 5, "https://b.example.org/y")],
    )
    (only,) = found
    assert (only.subject, only.article_id) == ("release:7", 4)
    assert only.message.what == "first placement (quote) of “Counties ask for a clear exit”"


@pytest.mark.parametrize(
    "url,allowed",
    [
        ("https://www.nytimes.com/2026/11/04/us/ice.html", True),
        ("https://nytimes.com/a", True),
        ("https://edition.nytimes.com/a", True),
        ("https://notnytimes.com/a", False),
        ("https://nytimes.com.evil.example/a", False),
        ("https://apnews.com/a", False),
    ],
)
def test_the_outlet_condition_matches_the_site_and_its_subdomains(url: str, allowed: bool) -> None:
    rule = RuleConfig(id="r", when="topic", outlets=["www.NYTimes.com"], channels=["chat"])
    assert outlet_allowed(rule, story(1, 1, url), Outlets()) is allowed
    assert outlet_allowed(RuleConfig(id="r", when="topic", channels=["chat"]), story(1, 1, url), Outlets())


TIERED = Outlets.of(
    [
        Outlet(name="The Times", tier="national", domains=["nytimes.com"]),
        Outlet(name="Metro", tier="local", domains=["metro.nytimes.com"]),  # the most specific domain wins
        Outlet(name="AP", tier="wire", domains=["apnews.com"]),
    ]
)


@pytest.mark.parametrize(
    "url,allowed",
    [
        ("https://www.nytimes.com/a", True),
        ("https://metro.nytimes.com/a", False),
        ("https://apnews.com/a", True),
        ("https://smalltown.example/a", False),
    ],
)
def test_the_tier_condition_takes_the_tier_outlets_toml_gives_the_site(url: str, allowed: bool) -> None:
    rule = RuleConfig(id="r", when="topic", tiers=["national", "wire"], channels=["chat"])
    assert outlet_allowed(rule, story(1, 1, url), TIERED) is allowed
    unlisted = RuleConfig(id="r", when="topic", tiers=["unlisted"], channels=["chat"])
    assert outlet_allowed(unlisted, story(1, 1, url), TIERED) is (url == "https://smalltown.example/a")
    ice = [story(1, 1, url, topics=("ice",))]
    tiered = alerts({"id": "r", "when": "topic", "tiers": ["national", "wire"]})
    assert not evaluate(tiered, WATCHLIST, ice)  # without outlets.toml every site is unlisted
    found = evaluate(tiered, WATCHLIST, ice, TIERED)
    assert bool(found) is allowed


NIGHT = (time(22, 0), time(7, 0))


@pytest.mark.parametrize(
    "now,zone,hours,until",
    [
        (datetime(2026, 12, 3, 3, 0, tzinfo=UTC), "UTC", NIGHT, datetime(2026, 12, 3, 7, 0, tzinfo=UTC)),
        (datetime(2026, 12, 3, 23, 0, tzinfo=UTC), "UTC", NIGHT, datetime(2026, 12, 4, 7, 0, tzinfo=UTC)),
        (datetime(2026, 12, 3, 12, 0, tzinfo=UTC), "UTC", NIGHT, None),
        (datetime(2026, 12, 3, 7, 0, tzinfo=UTC), "UTC", NIGHT, None),  # the end itself is no longer quiet
        # 03:30 UTC is 22:30 in New York (EST, UTC-5): quiet until 07:00 there, 12:00 UTC
        (datetime(2026, 12, 3, 3, 30, tzinfo=UTC), "America/New_York", NIGHT, datetime(2026, 12, 3, 12, 0, tzinfo=UTC)),
        (
            datetime(2026, 12, 3, 13, 0, tzinfo=UTC),
            "UTC",
            (time(12, 0), time(14, 0)),
            datetime(2026, 12, 3, 14, 0, tzinfo=UTC),
        ),
        (datetime(2026, 12, 3, 15, 0, tzinfo=UTC), "UTC", (time(12, 0), time(14, 0)), None),
        (datetime(2026, 12, 3, 3, 0, tzinfo=UTC), "UTC", None, None),
    ],
)
def test_quiet_hours_are_read_on_the_teams_clock(
    now: datetime, zone: str, hours: tuple[time, time] | None, until: datetime | None
) -> None:
    assert quiet_until(now, zone, hours) == until


MESSAGE = AlertMessage(
    rule="r",
    what="Lynn Tramonte quoted",
    outlet="Harbor <Ledger> & Co",
    headline="ICE & the county: a <b>deal</b> ends",
    link="https://harbor.example.org/a?x=1&y=2",
    quote="We <won>.",
    speaker="Lynn Tramonte",
)


def test_slack_gets_text_with_its_three_characters_escaped() -> None:
    assert webhook_payload(MESSAGE, "slack") == {
        "text": "*Lynn Tramonte quoted: Harbor &lt;Ledger&gt; &amp; Co*\n"
        "<https://harbor.example.org/a?x=1&amp;y=2|ICE &amp; the county: a &lt;b&gt;deal&lt;/b&gt; ends>\n"
        "> “We &lt;won&gt;.” (Lynn Tramonte)"
    }


def test_teams_gets_an_adaptive_card_message() -> None:
    body = webhook_payload(MESSAGE, "teams")
    assert body["type"] == "message"
    (attachment,) = body["attachments"]
    assert attachment["contentType"] == "application/vnd.microsoft.card.adaptive"
    card = attachment["content"]
    assert card["type"] == "AdaptiveCard" and card["version"] == "1.4"
    assert [block["text"] for block in card["body"]] == [
        "Lynn Tramonte quoted: Harbor <Ledger> & Co",
        "ICE & the county: a <b>deal</b> ends",
        "“We <won>.” (Lynn Tramonte)",
    ]
    assert card["actions"] == [
        {"type": "Action.OpenUrl", "title": "Open the story", "url": "https://harbor.example.org/a?x=1&y=2"}
    ]
