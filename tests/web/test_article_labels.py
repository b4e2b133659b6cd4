"""The article page shows its story's labels, with the buttons to put one on or take it off (plain forms)."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient
from sqlalchemy import select

from monitor.store import connect, labels
from monitor.store.tables import Mention
from tests.review_site import Site, csrf_of


def test_the_article_page_shows_the_storys_labels_and_toggles_them(client: TestClient, site: Site) -> None:
    with connect(site.config.settings.database_url) as session:
        article = session.execute(select(Mention.article_id).order_by(Mention.article_id)).scalars().first()
        win = labels.create_label(session, "<b>win</b>", by="ana")
        labels.create_label(session, "op-ed", by="ana")
        labels.set_label(session, [article], win.id, True, by="ana")
    page = client.get(f"/articles/{article}")
    assert page.status_code == 200
    line = re.search(r"<p class=\"story-labels\"[^>]*>(.*?)</p>", page.text, re.S)
    assert line and "&lt;b&gt;win&lt;/b&gt;" in line.group(1) and "op-ed" not in line.group(1)
    assert f'value="remove:{win.id}"' in page.text and 'aria-pressed="true"' in page.text
    added = client.post(
        "/stories/labels",
        data={
            "article_id": str(article),
            "label": f"remove:{win.id}",
            "next": f"/articles/{article}",
            "csrf_token": csrf_of(client),
        },
    )
    assert added.status_code == 200 and added.url.path == f"/articles/{article}"
    line = re.search(r"<p class=\"story-labels\"[^>]*>(.*?)</p>", added.text, re.S)
    assert line and line.group(1).strip().endswith("none")
