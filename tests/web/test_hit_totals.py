"""The hit list past its count (issue 17): with `count_up_to` at 10, the site's sample hits are "more than 10
stories", every page of them still reachable (Older/Newer, numbers), a filter under the cap counted exactly,
and the CSV export every matching article, uncapped."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import replace

import pytest
from fastapi.testclient import TestClient

from monitor.web.app import create_app
from tests.review_site import Site, sign_in

CAP, SIZE = 10, 5


@pytest.fixture
def site(site: Site) -> Site:
    web = site.config.settings.web.model_copy(update={"count_up_to": CAP, "page_size": SIZE})
    return Site(replace(site.config, settings=site.config.settings.model_copy(update={"web": web})), site.folder)


@pytest.fixture
def client(site: Site) -> Iterator[TestClient]:
    with TestClient(create_app(site.config), base_url="http://127.0.0.1") as anonymous:
        yield sign_in(anonymous)


def exported(client: TestClient, query: str = "") -> list[dict[str, str]]:
    response = client.get(f"/hits.csv?{query}")
    assert response.status_code == 200
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))


def shown(html: str) -> list[int]:
    return [int(n) for ids in re.findall(r'data-ids="([\d ]+)"', html) for n in ids.split()]


def test_over_the_cap_the_list_says_more_than_and_every_page_is_reachable(client: TestClient) -> None:
    rows = exported(client)
    stories = list(dict.fromkeys(int(row["story"]) for row in rows))
    assert len(stories) > 2 * CAP  # the cap is well below what the sample holds, so pages run past it
    first = client.get("/hits").text
    assert "<strong>More than 10</strong> stories match, newest first." in first
    assert " in <strong>" not in first  # no article count: it was not counted
    seen: list[int] = []
    url: str | None = "/hits"
    pages = 0
    while url:
        page = client.get(url.replace("&amp;", "&"))
        assert page.status_code == 200 and "More than 10" in page.text
        seen += shown(page.text)
        pages += 1
        older = re.search(r'href="(/hits\?[^"]*)" rel="next"', page.text)
        url = older.group(1) if older else None
        assert pages == 1 or 'rel="prev"' in page.text
    assert seen == [int(row["article"]) for row in rows]  # every article once, in the export's order
    assert pages == -(-len(stories) // SIZE) > CAP // SIZE  # paged on past the cap


def test_the_pager_numbers_pages_up_to_the_cap_and_the_one_being_read(client: TestClient) -> None:
    first = client.get("/hits").text
    assert 'aria-label="Page 2">2</a>' in first and 'aria-label="Page 3"' not in first
    assert "Page 1 of more than 2" in first
    past = client.get("/hits?page=4").text
    assert '<a aria-current="page" href="/hits?page=4">4</a>' in past and 'aria-label="Page 1">1</a>' in past


def test_under_the_cap_the_totals_are_exact(client: TestClient) -> None:
    rows = exported(client)
    per_outlet: dict[str, set[str]] = {}
    for row in rows:
        per_outlet.setdefault(row["outlet"], set()).add(row["story"])
    outlet = min(per_outlet, key=lambda name: len(per_outlet[name]))
    stories = len(per_outlet[outlet])
    articles = sum(1 for row in rows if row["outlet"] == outlet)
    assert stories <= CAP
    page = client.get("/hits", params={"outlet": outlet}).text
    word = "story" if stories == 1 else "stories"
    assert f"<strong>{stories}</strong> {word}\n    in <strong>{articles}</strong>" in page
    assert "More than" not in page


def test_the_export_is_every_match_whatever_the_cap(client: TestClient, site: Site) -> None:
    rows = exported(client)
    web = site.config.settings.web.model_copy(update={"count_up_to": 100_000})
    roomy = replace(site.config, settings=site.config.settings.model_copy(update={"web": web}))
    with TestClient(create_app(roomy), base_url="http://127.0.0.1") as anonymous:
        whole = sign_in(anonymous).get("/hits").text
    counted = re.search(r"<strong>(\d+)</strong> stories\s+in <strong>(\d+)</strong> articles", whole)
    assert counted, whole[:2000]
    assert len(rows) == int(counted.group(2)) > CAP
    assert len({row["story"] for row in rows}) == int(counted.group(1))
