"""A release's report counts placements (its text or quotes ran) apart from mentions (its people named, none of
its text): the headline numbers, the summary table, the charts and the CSV never count a mention as pickup, and
every mention says why it is one."""

from __future__ import annotations

import csv
import io
import re
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from monitor.pickup import report as reports
from monitor.pipeline.release_pickup import add_release
from monitor.store import connect, writes
from monitor.store import releases as store_releases
from monitor.store.tables import Article, Mention, MentionKind
from monitor.store.types import utcnow
from tests.pickup.cases import RELEASE
from tests.review_site import Site

MATCH = dict(reuse=0.0, quotes=[], spans=[], mentioned=[], algorithm="pickup-1", wire=False)


def release_with(site: Site, tagger, kinds: list[str], *, days_ago: float = 7) -> tuple[int, list[int]]:  # noqa: ANN001
    """A release out `days_ago`, matched by the oldest articles tagged with a topic, one per kind in `kinds`;
    mentions name its organisation."""
    path = site.folder / "release.txt"
    path.write_text(RELEASE)
    added = add_release(site.config, str(path), published=utcnow() - timedelta(days=days_ago), tagger=tagger)
    with connect(site.config.settings.database_url) as session:
        tagged = select(Mention.article_id).where(Mention.kind == MentionKind.TOPIC)
        ids = (
            session.execute(select(Article.id).where(Article.id.in_(tagged)).order_by(Article.id).limit(len(kinds)))
            .scalars()
            .all()
        )
        matches = {
            article_id: {
                **MATCH,
                "kind": kind,
                "reuse": 0.0 if kind == "mention" else 0.5,
                "mentioned": ["Harbor Legal Aid"] if kind == "mention" else [],
            }
            for article_id, kind in zip(ids, kinds)
        }
        writes.replace_release_matches(session, added.id, matches)
    return added.id, list(ids)


@pytest.fixture
def mentions_only(site: Site, tagger) -> int:  # noqa: ANN001
    return release_with(site, tagger, ["mention"] * 4)[0]


def test_mentions_alone_are_no_placements(client: TestClient, site: Site, mentions_only: int) -> None:
    page = client.get(f"/releases/{mentions_only}")
    assert page.status_code == 200
    text = " ".join(page.text.split())
    assert "<strong>0</strong> placements" in text and "<strong>4</strong> mentions" in text
    assert "First earned placement after <strong>none yet</strong>" in text
    assert "No placements yet" in text
    assert "No placements in the first 48 hours" in text
    assert text.count("names Harbor Legal Aid") == 4
    with connect(site.config.settings.database_url) as session:
        built = reports.build(
            store_releases.get_release(session, mentions_only),
            store_releases.placements(session, mentions_only),
            [],
        )
    assert built.placements == 0 and built.mentions == 4 and sum(built.earned.values()) == 0
    assert built.first_pickup is None and built.first_mention is not None and sum(built.hourly) == 0


def test_a_mention_names_the_topic_it_matched(client: TestClient, site: Site, tagger) -> None:  # noqa: ANN001
    release_id, ids = release_with(site, tagger, ["quote", "mention"])
    with connect(site.config.settings.database_url) as session:
        topics = set(
            session.execute(
                select(Mention.key).where(Mention.article_id == ids[1], Mention.kind == MentionKind.TOPIC)
            ).scalars()
        )
    assert topics, "the sample article should carry a watched topic"
    from monitor.present.labels import labels

    names = labels(site.config.watchlist)
    page = " ".join(client.get(f"/releases/{release_id}").text.split())
    assert "<strong>1</strong> placement in" in page and "<strong>1</strong> mention " in page
    why = page.split('<table class="mentions">')[1]
    assert "names Harbor Legal Aid; on " in why
    assert any(names[t] in why for t in topics), why[:600]

    rows = list(csv.DictReader(io.StringIO(client.get(f"/releases/{release_id}.csv").text.lstrip("\ufeff"))))
    assert [r["match"] for r in rows] == ["quote", "mention"]
    assert rows[0]["why"] == "" and rows[1]["why"].startswith("names Harbor Legal Aid; on ")


def test_the_release_list_counts_placements_apart(client: TestClient, site: Site, tagger) -> None:  # noqa: ANN001
    release_with(site, tagger, ["verbatim", "partial", "mention", "mention"])
    page = re.sub(r">\s+<", "><", client.get("/releases").text).replace(' class="detail"', "")
    assert "<td><strong>2</strong></td><td>1</td><td>1</td><td>0</td><td>2</td>" in page


def test_the_demo_samples_show_every_kind_of_pickup(config_dir, tagger) -> None:  # noqa: ANN001
    """What `make demo` does: the sample feeds and the three pickup outlets, a pass, the sample release added and
    rescanned. Its report has a wire repost, a partial reuse, a quote with a changed word and a trimmed one."""
    import shutil
    from datetime import datetime

    from monitor.config import load_config
    from monitor.pipeline import run_pass
    from monitor.pipeline.release_pickup import rescan
    from tests.conftest import SAMPLES

    for path in (SAMPLES / "feeds").iterdir():
        shutil.copy(path, config_dir / path.name)
    feeds = (SAMPLES / "feeds.toml").read_text() + (SAMPLES / "pickup-feeds.toml").read_text()
    (config_dir / "feeds.toml").write_text(feeds.replace('url = "file:feeds/', 'url = "file:'))
    config = load_config(config_dir)
    run_pass(config, tagger=tagger, force=True)
    published = datetime.fromisoformat("2026-11-04T09:00:00-05:00")
    added = add_release(
        config, str(SAMPLES / "press-release.txt"), published=published, homes=["americasvoice.example"], tagger=tagger
    )
    rescan(config, added.id)
    with connect(config.settings.database_url) as session:
        release = store_releases.get_release(session, added.id)
        built = reports.build(release, store_releases.placements(session, added.id), release.fingerprint["quotes"])
    kinds = sorted((row.outlet, row.kind, row.wire) for row in built.rows)
    assert kinds == [
        ("Castellan Courier", "partial", False),
        ("Castellan Courier", "quote", False),
        ("Dunmore Daily", "quote", False),
        ("Newswire", "verbatim", True),
    ]
    runs = {
        run.outlet + (" verbatim" if run.verbatim else " " + ",".join(run.altered))
        for q in built.quotes
        for run in q.runs
    }
    assert "Castellan Courier safe→secure" in runs and "Dunmore Daily verbatim" in runs
    assert built.placements == 4 and built.mentions >= 1 and built.first_wire is not None
