"""Article identity: the same story seen twice is stored once, and two stories are never merged."""

from __future__ import annotations

import pytest

from monitor.parse import normalize_url, parse_feed
from monitor.parse.urls import is_tracking

URL = "https://feeds.example.org/news.xml"


def entries(items: str) -> list:
    body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{items}</channel></rss>'
    return parse_feed(body.encode(), url=URL).entries


def item(title: str, link: str, guid: str = "", text: str = "") -> str:
    guid_tag = f'<guid isPermaLink="false">{guid}</guid>' if guid else ""
    return f"<item><title>{title}</title><link>{link}</link>{guid_tag}<description>{text or title}</description></item>"


@pytest.mark.parametrize(
    "first, second",
    [
        ("https://news.example.org/article.php?id=1001", "https://news.example.org/article.php?id=1002"),
        ("https://app.example.org/#/story/1", "https://app.example.org/#/story/2"),
        ("https://app.example.org/#!/story/1", "https://app.example.org/#!/story/2"),
        ("https://news.example.org/a?ref=123", "https://news.example.org/a?ref=124"),
        ("https://news.example.org/a?session=1", "https://news.example.org/a?session=2"),
        ("https://news.example.org/gallery?gallery=5", "https://news.example.org/gallery?gallery=6"),
        ("https://news.example.org/a?source=council", "https://news.example.org/a?source=court"),
        ("https://news.example.org/Story", "https://news.example.org/story"),  # paths are case-sensitive
    ],
)
def test_different_articles_never_share_an_identity(first: str, second: str) -> None:
    assert normalize_url(first) != normalize_url(second)


@pytest.mark.parametrize(
    "variant",
    [
        "HTTPS://NEWS.Example.ORG:443/news/a/../story?utm_source=rss&utm_medium=feed#comments",
        "https://news.example.org/news/story?fbclid=IwAR0abc&gclid=xyz",
        "https://news.example.org/news/story?mc_cid=1a2b&mc_eid=3c4d&_ga=2.1.2.3",
        "https://news.example.org/news/story/",
        "https://news.example.org/news/story;jsessionid=A1B2C3",
        "https://news.example.org/news/story?PHPSESSID=k2j3h4",
    ],
)
def test_the_same_article_has_one_identity(variant: str) -> None:
    assert normalize_url(variant) == "https://news.example.org/news/story"


def test_tracking_parameters_are_courlans_list_without_its_ordinary_words() -> None:
    assert all(map(is_tracking, ["utm_source", "utm_campaign", "fbclid", "gclid", "mc_cid", "_ga", "xtor", "igshid"]))
    assert not any(map(is_tracking, ["id", "ref", "session", "source", "gallery", "global", "story", "p", "page"]))


def test_live_blog_updates_sharing_a_page_are_told_apart_by_their_fragments() -> None:
    first, second = entries(
        item("Update: polls close", "https://news.example.org/live#update-1", "live-1")
        + item("Update: first results", "https://news.example.org/live#update-2", "live-2")
    )
    assert (first.url, second.url) == (
        "https://news.example.org/live#update-1",
        "https://news.example.org/live#update-2",
    )
    assert "https://news.example.org/live" in first.aliases  # how a pass that saw it alone stored it


def test_entries_sharing_one_link_are_told_apart_by_their_guids() -> None:
    found = entries(
        item("Latest: bridge closed", "https://news.example.org/latest", "g1")
        + item("Latest: school delayed", "https://news.example.org/latest", "g2")
        + item("Latest: bridge closed", "https://news.example.org/latest", "g1")
    )  # a true repeat
    assert len({e.url for e in found}) == 2 and found[0].url == found[2].url
    assert all(e.url.startswith("https://news.example.org/latest#entry=") for e in found)


def test_one_entry_alone_keeps_the_plain_link_and_its_other_forms_as_aliases() -> None:
    (only,) = entries(item("Update: polls close", "https://news.example.org/live#update-1", "live-1"))
    assert only.url == "https://news.example.org/live"
    assert "https://news.example.org/live#update-1" in only.aliases


def test_a_repeated_guid_and_headline_under_http_and_https_is_one_article() -> None:
    found = entries(
        item("Board votes", "http://news.example.org/board", "b-1")
        + item("Board votes", "https://news.example.org/board", "b-1")
    )
    assert found[0].url == found[1].url


def test_a_guid_repeated_on_different_stories_is_a_broken_feed_not_a_repeat() -> None:
    found = entries(
        item("Fish market", "https://news.example.org/fish", "news")
        + item("Lighthouse grant", "https://news.example.org/lighthouse", "news")
    )
    assert found[0].url != found[1].url
