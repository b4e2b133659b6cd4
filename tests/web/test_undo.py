"""Every decision can be undone from the review history, bulk ones too, and a bulk verdict that would overwrite
colleagues' verdicts is asked about first. Over a real database, through the site's own routes."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import select

from monitor.store import connect, writes
from monitor.store.tables import Review, ReviewChange, ReviewStatus
from tests.review_site import Site, csrf_of
from tests.web.test_routes import decide, stored, story_ids


def reviews(site: Site, ids: list[int]) -> dict[int, tuple[str, bool, str | None, str | None]]:
    rows = stored(site, select(Review.article_id, Review.status, Review.starred, Review.note, Review.reviewer))
    return {a: (str(s), bool(st), n, r) for a, s, st, n, r in rows if a in ids}


def undo(client: TestClient, batch: str):  # noqa: ANN201
    return client.post(
        "/reviews/undo", data={"batch": batch, "csrf_token": csrf_of(client)}, headers={"accept": "application/json"}
    )


def test_undo_of_a_bulk_action_restores_each_previous_state(client: TestClient, site: Site) -> None:
    stories = story_ids(client.get("/hits").text)[:4]
    ids = [i for s in stories for i in s]
    with connect(site.config.settings.database_url) as session:
        writes.save_reviews(session, stories[0], reviewer="ana", status=ReviewStatus.RELEVANT, note="keep")
        writes.save_reviews(session, stories[1], reviewer="ana", starred=True)
    before = reviews(site, ids)
    response = decide(client, "irrelevant", [s[0] for s in stories], bulk="1")
    assert response.status_code == 200
    assert all(state[0] == "irrelevant" and not state[1] for state in reviews(site, ids).values())

    undone = undo(client, response.json()["undo"])
    assert undone.status_code == 200 and undone.json()["changed_since"] == 0
    assert reviews(site, ids) == before  # the verdict, star, note and reviewer each story had, not "not reviewed"
    assert set(map(int, undone.json()["restored"])) == set(ids)
    assert undo(client, response.json()["undo"]).status_code == 404  # once only


def test_undo_leaves_what_a_colleague_changed_since(client: TestClient, site: Site) -> None:
    first, second = story_ids(client.get("/hits").text)[:2]
    response = decide(client, "relevant", [first[0], second[0]], bulk="1")
    with connect(site.config.settings.database_url) as session:
        writes.save_reviews(session, second, reviewer="ben", status=ReviewStatus.IRRELEVANT)
    body = undo(client, response.json()["undo"]).json()
    assert body["changed_since"] == len(second)
    after = reviews(site, first + second)
    assert first[0] not in after  # it had no review: it has none again
    assert after[second[0]][:1] == ("irrelevant",) and after[second[0]][3] == "ben"


def test_nobody_undoes_someone_elses_decision(client: TestClient, site: Site) -> None:
    story = story_ids(client.get("/hits").text)[0]
    with connect(site.config.settings.database_url) as session:
        writes.save_reviews(session, story, reviewer="ben", status=ReviewStatus.RELEVANT, batch="bens-batch")
    response = undo(client, "bens-batch")
    assert response.status_code == 404 and "Nothing to undo" in response.json()["error"]
    assert reviews(site, story)[story[0]][0] == "relevant"


def test_a_bulk_verdict_over_colleagues_verdicts_asks_first(client: TestClient, site: Site) -> None:
    stories = story_ids(client.get("/hits").text)[:3]
    with connect(site.config.settings.database_url) as session:
        writes.save_reviews(session, stories[0], reviewer="ben", status=ReviewStatus.RELEVANT)
        writes.save_reviews(session, stories[1], reviewer="ben", status=ReviewStatus.IRRELEVANT)
    heads = [s[0] for s in stories]
    asked = decide(client, "irrelevant", heads, bulk="1")
    assert asked.status_code == 200 and asked.json()["updated"] == 0
    assert "would overwrite 1 decision by ben (1 relevant)" in asked.json()["confirm"]
    assert reviews(site, stories[0])[stories[0][0]][0] == "relevant"  # nothing changed yet
    assert stored(site, select(ReviewChange.id)) == []

    page = client.post(
        "/reviews",
        data={"action": "irrelevant", "article_id": heads, "bulk": "1", "csrf_token": csrf_of(client), "next": "/hits"},
        follow_redirects=False,
    )
    assert page.status_code == 409 and "Overwrite and mark not relevant" in page.text and 'name="confirm"' in page.text

    done = decide(client, "irrelevant", heads, bulk="1", confirm="yes")
    assert done.status_code == 200
    assert {state[0] for state in reviews(site, [i for s in stories for i in s]).values()} == {"irrelevant"}
    assert decide(client, "relevant", [stories[2][0]]).status_code == 200  # one story at a time is never asked


def test_not_relevant_takes_the_star_and_a_star_makes_relevant(client: TestClient, site: Site) -> None:
    story = story_ids(client.get("/hits").text)[0]
    decide(client, "star", story)
    decide(client, "irrelevant", story)
    assert reviews(site, story)[story[0]][:2] == ("irrelevant", False)
    decide(client, "star", story)
    assert reviews(site, story)[story[0]][:2] == ("relevant", True)


def test_a_cleared_verdict_names_no_reviewer(client: TestClient) -> None:
    story = story_ids(client.get("/hits").text)[0]
    decide(client, "relevant", story)
    decide(client, "new", story)
    page = client.get(f"/articles/{story[0]}").text
    assert "Not reviewed</span>" in page and "Not reviewed · ana" not in page
