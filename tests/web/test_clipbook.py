"""Clip books, read back with other libraries than the ones that wrote them: the PDF's pages rendered to images and
its text extracted by pypdfium2 (PDFium, Chrome's PDF engine), the Word file opened with python-docx. Over the
database of a real pass, with the sample outlets in tiers; hostile headlines are laid out too."""

from __future__ import annotations

import io
import re
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pypdfium2
import pytest
from docx import Document
from fastapi.testclient import TestClient
from jinja2 import Environment, FileSystemLoader, select_autoescape
from sqlalchemy import select

from monitor.config import Outlet, Outlets
from monitor.present.clock import Clock
from monitor.store import connect
from monitor.store import hits as store_hits
from monitor.store.hits import HitRow, QuoteView, ReviewView, Span
from monitor.store.tables import Article
from monitor.web import clip_pdf, clip_word, clipbook
from tests.review_site import HOSTILE_TITLE, Site, add_release_with_pickups, csrf_of, expected_tier
from tests.review_site import with_outlets as _with_outlets

TEMPLATES = Path(clip_pdf.__file__).parent / "templates"


@pytest.fixture
def site(site: Site) -> Site:
    return _with_outlets(site)


def squash(text: str) -> str:
    return " ".join(text.split())


def pdf_pages(body: bytes) -> list[str]:
    """Each page's text; each page is rendered to an image first, and must show something."""
    document = pypdfium2.PdfDocument(body)
    texts = []
    for page in document:
        image = page.render(scale=0.5).to_pil().convert("L")
        assert image.width > 100 and image.getextrema()[0] < 128, "a blank page"  # some dark ink on it
        texts.append(squash(page.get_textpage().get_text_range()))
    return texts


def docx_text(body: bytes) -> list[str]:
    document = Document(io.BytesIO(body))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return [p.text for p in document.paragraphs] + cells


def lead_rows(site: Site, outlets: tuple[str, ...]) -> list[HitRow]:
    """The first story of each of these outlets, and the hostile one."""
    with connect(site.config.settings.database_url) as session:
        rows = list(store_hits.iter_hits(session, store_hits.HitFilter()))
    chosen = {}
    for row in rows:
        if row.story_id == row.id and (row.outlet in outlets or row.title == HOSTILE_TITLE):
            chosen.setdefault(row.outlet, row)
    return list(chosen.values())


def story_rows(site: Site, ids: list[int]) -> list[HitRow]:
    with connect(site.config.settings.database_url) as session:
        return store_hits.rows_for(session, store_hits.article_ids_in_stories(session, ids))


def post_clipbook(client: TestClient, ids: list[int], format: str):  # noqa: ANN201
    data = {"article_id": [str(i) for i in ids], "format": format, "csrf_token": csrf_of(client)}
    return client.post("/clipbook", data=data)


OUTLETS = ("Harbor City Tribune", "Capitol Wire", "Lakeside Courier", "Valley Ledger")


def test_ticked_stories_make_a_pdf_with_every_headline_and_the_cover_counts(client: TestClient, site: Site) -> None:
    chosen = lead_rows(site, OUTLETS)
    assert len(chosen) == 5
    response = post_clipbook(client, [r.id for r in chosen], "pdf")
    assert response.status_code == 200, response.text[:300]
    assert response.headers["content-type"] == "application/pdf"
    assert response.headers["content-disposition"].startswith('attachment; filename="clipbook-')
    pages = pdf_pages(response.content)
    cover, rest = pages[0], " ".join(pages[1:])
    for row in chosen:
        assert squash(row.title) in rest, row.title
    every = story_rows(site, [r.id for r in chosen])  # the stories with their copies in other outlets
    tiers = Counter(expected_tier(r.link) for r in every)
    assert tiers["national"] and tiers["wire"] and tiers["regional"] and tiers["unlisted"]
    assert f"5 stories in {len(every)} articles" in cover
    for tier, count in tiers.items():
        assert f"{tier} {count}" in cover, (tier, count, cover)
    assert "Selected stories" in cover and "by ana" in cover


def test_the_word_file_has_every_headline_as_written(client: TestClient, site: Site) -> None:
    chosen = lead_rows(site, OUTLETS)
    response = post_clipbook(client, [r.id for r in chosen], "docx")
    assert response.status_code == 200, response.text[:300]
    text = docx_text(response.content)
    for row in chosen:
        assert row.title in text  # a heading of its own, the hostile one's markup as plain text
    every = story_rows(site, [r.id for r in chosen])
    tiers = Counter(expected_tier(r.link) for r in every)
    found = dict(zip(text[-2 * len(tiers) :: 2], text[-2 * len(tiers) + 1 :: 2], strict=True))
    assert found == {tier: str(n) for tier, n in tiers.items()}


def test_the_filter_and_a_release_make_clip_books_of_their_own_stories(client: TestClient, site: Site, tagger) -> None:  # noqa: ANN001
    national = client.get("/clipbook.docx?tier=national")
    assert national.status_code == 200
    with connect(site.config.settings.database_url) as session:
        links = [(r.title, r.link) for r in store_hits.iter_hits(session, store_hits.HitFilter())]
    wanted = {title for title, link in links if expected_tier(link) == "national"}
    text = docx_text(national.content)
    assert wanted and wanted <= set(text)
    others = {title for title, link in links if expected_tier(link) != "national"} - wanted
    assert not others & set(text)
    add_release_with_pickups(site, tagger)
    placed = client.get("/releases/1/clipbook.pdf")
    assert placed.status_code == 200
    with connect(site.config.settings.database_url) as session:
        first, second = session.execute(select(Article.title).order_by(Article.id).limit(2)).scalars().all()
    pages = pdf_pages(placed.content)
    assert "Pickup of" in pages[0] and squash(first) in " ".join(pages) and squash(second) in " ".join(pages)


def test_a_selection_too_large_is_refused_with_a_message(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clipbook, "MAX_STORIES", 2)
    response = client.get("/clipbook.pdf")
    assert response.status_code == 413
    assert "a clip book takes at most 2" in response.text and "Narrow the filter" in response.text
    assert client.get("/clipbook.odt").status_code == 404
    assert post_clipbook(client, [], "pdf").status_code == 400


HOSTILE_HEADLINES = [
    '<b>Bold</b> & <script>alert("x")</script> Secure Communities',
    "مجتمعات آمنة: الشريف ينهي الاحتجاز",  # Arabic, right to left
    "הקהילות הבטוחות \u202eRTL override",  # Hebrew, and a direction override
    "Emoji 📰🧊🇺🇸 in a headline",
    "Long " + "Supercalifragilistic" * 15 + " word",
    "Control\x00 characters\x0b and \x1b escapes",
]


def hostile_rows() -> list[HitRow]:
    when = datetime(2026, 11, 4, 12, tzinfo=UTC)
    rows = []
    for n, title in enumerate(HOSTILE_HEADLINES, start=1):
        body = f"{title} body text about Secure Communities and more."
        text = f"{title}\n\n{body}"
        start = text.index("Secure Communities") if "Secure Communities" in text else 0
        rows.append(
            HitRow(
                id=n,
                story_id=n,
                outlet=f"{title[:20]} Outlet",
                title=title,
                link="javascript:alert(1)" if n == 1 else f"https://www.harborcitytribune.example/{n}",
                author=None,
                published_at=when,
                fetched_at=when,
                title_text=text,
                topics=["secure-communities"],
                people=[],
                mentions=[Span("topic", "secure-communities", start, start + 18)],
                quotes=[QuoteView(title, 0, len(title), "Lynn Tramonte", "lynn-tramonte", "director", 0.9)],
                review=ReviewView(),
            )
        )
    return rows


def test_hostile_headlines_break_neither_file() -> None:
    environment = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape())
    clock = Clock("America/New_York", datetime(2026, 11, 5, tzinfo=UTC))
    outlets = Outlets.of(
        [Outlet(name="Tribune", tier="national", domains=["harborcitytribune.example"], audience=1234567)]
    )
    book = clipbook.build(hostile_rows(), title="Hostile", made="By a test", outlets=outlets, names={})
    body = clip_pdf.pdf(book, environment, clock, {})
    pages = pdf_pages(body)
    text = " ".join(pages)
    assert '<b>Bold</b> & <script>alert("x")</script> Secure Communities' in text  # shown, not run
    assert "Emoji" in text and "national 5 unlisted 1" in pages[0]  # the javascript: link is on no domain
    assert "Combined audience of the 1 outlet with a figure in outlets.toml: 1,234,567" in pages[0]
    assert ("Supercalifragilistic" * 15) in re.sub(r"\s", "", text)  # broken across lines, never cut off
    for page in pypdfium2.PdfDocument(body):
        assert page.get_size() == pytest.approx((595.3, 841.9), abs=1)  # A4: nothing widened a page
    words = docx_text(clip_word.docx(book, clock, {}))
    for title in HOSTILE_HEADLINES:
        assert clipbook.printable(title) in words
    assert "Control characters and  escapes" in words  # NUL, VT and ESC are not XML: dropped, the rest kept
    assert "הקהילות הבטוחות RTL override" in words  # the override that would run the text backwards is gone
