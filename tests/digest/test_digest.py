"""`monitor digest` against a real SMTP server on 127.0.0.1 (aiosmtpd), over the database of a real pass."""

from __future__ import annotations

import email
import socket
from email import policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from monitor.cli import app
from monitor.store import connect
from monitor.store.tables import Article, DigestRun
from tests.review_site import HOSTILE_TITLE, Site, add_release_with_pickups

runner = CliRunner()


def configure(site: Site, port: int, **extra: str) -> Path:
    folder = site.folder / "config"
    settings = folder / "settings.toml"
    lines = "".join(f"{key} = {value}\n" for key, value in extra.items())
    settings.write_text(
        settings.read_text() + f'\n[settings.mail]\nhost = "127.0.0.1"\nport = {port}\n'
        f'sender = "monitor@example.org"\nto = ["comms@example.org", "lead@example.org"]\n{lines}'
        '\n[settings.web]\nbase_url = "https://monitor.example.org"\n'
    )
    return folder


def digest(folder: Path, *args: str):  # noqa: ANN201
    return runner.invoke(app, ["digest", "--config", str(folder), *args])


def parts(message: EmailMessage) -> tuple[str, str]:
    return (message.get_body(("plain",)).get_content(), message.get_body(("html",)).get_content())


def test_the_digest_arrives_with_both_parts_and_every_hit_once(site: Site, smtp) -> None:  # noqa: ANN001
    inbox, port = smtp
    folder = configure(site, port)
    first = digest(folder)
    assert first.exit_code == 0, first.output
    ((recipients, message),) = inbox.messages
    assert recipients == ["comms@example.org", "lead@example.org"]
    assert message["From"] == "monitor@example.org" and message["Subject"].startswith("Monitor digest")
    text, html = parts(message)
    assert "SECURE COMMUNITIES" in text and "County jail ends immigration holds without a warrant" in text
    assert "also in 1 more outlet: Plains Herald" in text
    assert '<p class="snippet" style="font-size: 14px;' in html  # the stylesheet is inlined for mail clients
    assert "https://monitor.example.org/articles/" in html and "<mark" in html
    # Feed text stays text in the HTML part
    assert "<script>alert" not in html and '&lt;script&gt;alert("title")&lt;/script&gt;' in html
    assert HOSTILE_TITLE in text
    assert "javascript:" not in html
    with connect(site.config.settings.database_url) as session:
        hits = {row for row in session.execute(select(Article.id)).scalars()}
    assert hits  # the pass stored articles
    second = digest(folder)
    assert second.exit_code == 0 and "Nothing new since" in second.output and len(inbox.messages) == 1


def test_a_refused_digest_keeps_its_items_for_the_next(site: Site, smtp) -> None:  # noqa: ANN001
    inbox, port = smtp
    folder = configure(site, port)
    inbox.refuse = True
    refused = digest(folder)
    assert refused.exit_code == 1
    assert "refused the digest: 554 5.7.1 Message refused: the test server says no" in " ".join(refused.output.split())
    with connect(site.config.settings.database_url) as session:
        (run,) = session.execute(select(DigestRun)).scalars().all()
    assert run.status == "failed" and "554" in run.error
    inbox.refuse = False
    again = digest(folder)
    assert again.exit_code == 0 and len(inbox.messages) == 1
    text, _ = parts(inbox.messages[0][1])
    assert "County jail ends immigration holds without a warrant" in text


def test_dry_run_writes_the_files_and_sends_nothing(site: Site, smtp, tmp_path: Path) -> None:  # noqa: ANN001
    inbox, port = smtp
    folder = configure(site, port)
    result = digest(folder, "--dry-run", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    (eml,) = (tmp_path / "out").glob("*.eml")
    (page,) = (tmp_path / "out").glob("*.html")
    assert inbox.messages == [] and "County jail ends" in page.read_text()
    parsed = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
    assert parsed.get_body(("html",)) is not None
    assert digest(folder).exit_code == 0 and len(inbox.messages) == 1  # a dry run sent nothing, so all is new


def test_recipients_can_be_given_and_nothing_to_send_is_said(site: Site, smtp) -> None:  # noqa: ANN001
    inbox, port = smtp
    folder = configure(site, port)
    assert digest(folder, "--to", "boss@example.org").exit_code == 0
    assert inbox.messages[0][0] == ["boss@example.org"]
    quiet = digest(folder, "--to", "boss@example.org")
    assert "Nothing new" in quiet.output and len(inbox.messages) == 1


def test_an_unreachable_server_is_named(site: Site) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = digest(configure(site, port))
    assert result.exit_code == 1 and f"127.0.0.1:{port}: could not send the digest" in " ".join(result.output.split())


@pytest.mark.parametrize(
    "count,before,spike",
    [
        (12, [1, 2, 0, 1, 3, 1, 2, 0, 1, 2, 1, 0, 2, 1], True),
        (2, [0] * 14, False),  # one quiet day's couple of stories
        (3, [0] * 14, True),
        (9, [6, 8, 7, 9, 5, 8, 7, 6, 9, 8, 7, 6, 8, 7], False),  # a busy topic's ordinary day
        (30, [6, 8, 7, 9, 5, 8, 7, 6, 9, 8, 7, 6, 8, 7], True),
    ],
)
def test_spikes_stand_far_above_the_two_weeks_before(count: int, before: list[int], spike: bool) -> None:
    from monitor.digest.gather import is_spike

    assert is_spike(count, before) is spike


def test_a_spike_is_called_out_at_the_top(site: Site, smtp) -> None:  # noqa: ANN001
    from datetime import timedelta

    from sqlalchemy import update

    from monitor.store.tables import Mention
    from monitor.store.types import utcnow

    inbox, port = smtp
    folder = configure(site, port)
    with connect(site.config.settings.database_url) as session:  # every ICE story of the samples, today
        ids = session.execute(select(Mention.article_id).where(Mention.key == "ice")).scalars().all()
        session.execute(update(Article).where(Article.id.in_(ids)).values(published_at=utcnow() - timedelta(hours=1)))
        session.commit()
    result = digest(folder)
    assert result.exit_code == 0 and "Spike: ICE:" in result.output
    text, html = parts(inbox.messages[0][1])
    assert "spike: " in inbox.messages[0][1]["Subject"] and "ICE" in inbox.messages[0][1]["Subject"]
    assert text.index("SPIKES") < text.index("SECURE COMMUNITIES") and "Spike: ICE" in html


def test_recent_releases_come_with_their_pickup_and_a_chart_inline(site: Site, smtp, tagger) -> None:  # noqa: ANN001
    inbox, port = smtp
    add_release_with_pickups(site, tagger)
    assert digest(configure(site, port)).exit_code == 0
    message = inbox.messages[0][1]
    text, html = parts(message)
    assert "RECENT RELEASES" in text
    assert "Counties ask for a clear exit from the jail check program: 1 earned, 1 wire" in text
    images = [part for part in message.walk() if part.get_content_type() == "image/png"]
    assert len(images) == 1 and images[0]["Content-ID"] == "<pickup-chart@monitor>"
    assert images[0].get_content()[:8] == b"\x89PNG\r\n\x1a\n" and 'src="cid:pickup-chart@monitor"' in html


@pytest.mark.browser
def test_the_html_digest_renders_in_a_browser(site: Site, smtp, tagger, tmp_path: Path) -> None:  # noqa: ANN001
    """The README's picture of the digest (refreshed by `make screenshots`)."""
    import os

    from tests.conftest import ROOT

    if not Path("/usr/bin/chromium").exists() and os.environ.get("MONITOR_BROWSER_TESTS") != "required":
        pytest.skip("no /usr/bin/chromium")
    from playwright.sync_api import sync_playwright
    from sqlalchemy import delete

    from tests.review_site import CHROMIUM_ARGS, HOSTILE_OUTLET

    _, port = smtp
    add_release_with_pickups(site, tagger)
    with connect(site.config.settings.database_url) as session:  # the picture shows a morning, not the attack
        session.execute(delete(Article).where(Article.outlet == HOSTILE_OUTLET))
        session.commit()
    assert digest(configure(site, port), "--dry-run", str(tmp_path)).exit_code == 0
    (page_file,) = tmp_path.glob("*.html")
    folder = ROOT / "docs" / "screenshots" if os.environ.get("MONITOR_SCREENSHOTS") == "write" else tmp_path
    with sync_playwright() as driver:
        browser = driver.chromium.launch(
            executable_path="/usr/bin/chromium",
            args=CHROMIUM_ARGS,
        )
        page = browser.new_page(viewport={"width": 760, "height": 1100})
        page.goto(page_file.as_uri())
        assert page.locator("h1").inner_text().startswith("Monitor digest")
        assert page.evaluate("document.querySelector('img').naturalWidth") == 640  # the chart loaded
        page.screenshot(path=str(folder / "digest.png"))
        browser.close()
    assert (folder / "digest.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_the_digest_counts_articles_by_tier_and_shows_labels(site: Site, smtp) -> None:  # noqa: ANN001
    from collections import Counter

    from monitor.store import hits as store_hits
    from monitor.store import labels as store_labels
    from tests.review_site import expected_tier, with_outlets

    site = with_outlets(site)
    inbox, port = smtp
    folder = configure(site, port)
    with connect(site.config.settings.database_url) as session:
        rows = list(store_hits.iter_hits(session, store_hits.HitFilter()))
        lakeside = next(r for r in rows if "lakeside" in r.link)
        for name in ("win", "needs response"):
            label = store_labels.create_label(session, name, by="ana")
            store_labels.set_label(session, [lakeside.id], label.id, True, by="ana")
    tiers = Counter(expected_tier(r.link) for r in rows)
    assert tiers["national"] and tiers["wire"] and tiers["regional"] and tiers["unlisted"]
    assert digest(folder).exit_code == 0
    ((_, message),) = inbox.messages
    text, html = parts(message)
    order = ("national", "regional", "local", "trade", "wire", "unlisted")
    counts = ", ".join(f"{t} {tiers[t]}" for t in order if tiers[t])
    assert f"Articles by outlet tier: {counts}" in text
    assert "Articles by outlet tier: national <strong>" in html
    assert "Lakeside Courier (regional)" in text and "Labels: needs response, win" in text
    assert '<span class="label"' in html and ">needs response</span>" in html
    assert text.count("Labels:") == 1  # only the labelled story
