"""The digest's two promises under real concurrency: no hit is ever skipped (a pass still writing when a digest
runs), and no hit is ever mailed twice (the database locked just after the mail server accepted a digest).

Each race is a real second connection holding a real SQLite write transaction, against the real command and a
real SMTP server on 127.0.0.1."""

from __future__ import annotations

import sqlite3
import threading
import time
from datetime import datetime, timedelta

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import select, update

from monitor.store import connect, dialect
from monitor.store.tables import Article, DigestRun, Mention, MentionKind
from monitor.store.types import utcnow
from tests.digest.conftest import Inbox, free_port
from tests.digest.test_digest import configure, digest, parts
from tests.review_site import Site

HELD_TITLE = "Secure Communities returns to the county jail, a pass still writing says"


def add_hit(session, title: str, fetched_at: datetime) -> None:  # noqa: ANN001
    """An article that mentions Secure Communities, added (not committed) in `session`."""
    slug = title.lower().replace(" ", "-")[:40]
    article = Article(
        url=f"https://held.example.org/{slug}",
        link=f"https://held.example.org/{slug}",
        outlet="Held Example",
        title=title,
        text="Secure Communities is back.",
        content_hash=slug,
        fetched_at=fetched_at,
    )
    session.add(article)
    session.flush()  # the row exists in this transaction only; SQLite's write lock is held from here
    assert article.id is not None
    session.add(
        Mention(article_id=article.id, kind=MentionKind.TOPIC, key="secure-communities", text="x", start=0, end=1)
    )
    session.flush()


def hold_a_pass_open(url: str, stored: threading.Event, hold: float) -> threading.Thread:
    """A pass's transaction: an article with a hit, stamped now, inserted at once and committed `hold` seconds
    later (as a pass waiting for its write lock, or tagging its next article, commits late)."""

    def work() -> None:
        with connect(url) as session:
            add_hit(session, HELD_TITLE, utcnow())
            stored.set()
            time.sleep(hold)
            session.commit()

    thread = threading.Thread(target=work)
    thread.start()
    return thread


def test_a_hit_committed_after_a_digest_read_is_in_the_next_digest(site: Site, smtp) -> None:  # noqa: ANN001
    inbox, port = smtp
    folder = configure(site, port)
    stored = threading.Event()
    writer = hold_a_pass_open(site.config.settings.database_url, stored, hold=4.0)
    assert stored.wait(10)
    first = digest(folder)  # reads while the pass is open; its own write waits for the pass to commit
    writer.join()
    assert first.exit_code == 0, first.output
    second = digest(folder)
    assert second.exit_code == 0, second.output
    sent = [parts(message[1])[0] for message in inbox.messages]
    # SQLite: the digest read before the pass committed, so the hit comes in the next digest. PostgreSQL: the
    # digest waits out the pass still inserting (dialect.committed_id_watermark), so it comes in this one. On
    # both: in exactly one digest, never skipped, never repeated.
    assert sum(HELD_TITLE in text for text in sent) == 1, sent
    if site.config.settings.database_url.startswith("sqlite"):
        assert HELD_TITLE not in sent[0] and len(sent) == 2, "the pass committed before the digest read: no race"
    third = digest(folder)
    assert "Nothing new since" in third.output and len(inbox.messages) == len(sent)


class LockingInbox(Inbox):
    """Accepts the digest, but first has another connection take the database's write lock and keep it for
    `hold` seconds: the digest's 'sent' record then meets a locked database."""

    def __init__(self, database: str, hold: float) -> None:
        super().__init__()
        self.database, self.hold = database, hold
        self.locker: threading.Thread | None = None

    async def handle_DATA(self, server, session, envelope) -> str:  # noqa: ANN001, N802
        taken = threading.Event()

        def lock() -> None:
            connection = sqlite3.connect(self.database, isolation_level=None)
            connection.execute("BEGIN IMMEDIATE")
            taken.set()
            time.sleep(self.hold)
            connection.execute("ROLLBACK")
            connection.close()

        if self.locker is None:
            self.locker = threading.Thread(target=lock)
            self.locker.start()
            taken.wait(10)
        return await super().handle_DATA(server, session, envelope)


@pytest.mark.sqlite_only("holds SQLite's write lock from outside (busy timeout) as the server accepts")
def test_a_digest_the_database_cannot_record_after_the_server_accepted_it_is_not_sent_again(
    site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dialect, "SQLITE_BUSY_TIMEOUT_MS", 1000)  # the lock outlasts the wait: 1 s, not 15
    database = site.config.settings.database_url.removeprefix("sqlite:///")
    port = free_port()
    inbox = LockingInbox(database, hold=3.0)
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        folder = configure(site, port, timeout="1")
        first = digest(folder)
        assert inbox.locker is not None
        inbox.locker.join()
        assert first.exit_code == 1
        message = " ".join(first.output.split())
        assert len(first.output.strip().splitlines()) == 1, first.output
        assert "the digest went out but could not be recorded as sent" in message and "database is locked" in message
        assert "Traceback" not in first.output and "[SQL:" not in first.output
        assert len(inbox.messages) == 1
        message_id = inbox.messages[0][1]["Message-ID"]
        assert message_id in message
        time.sleep(1.1)  # the mail timeout: a digest this old is no longer being sent
        second = digest(folder)
        assert second.exit_code == 0, second.output
        assert len(inbox.messages) == 1, "a hit was mailed twice"
        assert "Nothing new since" in second.output
        assert f"Look for Message-ID {message_id}" in " ".join(second.output.split())
        with connect(site.config.settings.database_url) as session:
            statuses = [run.status for run in session.execute(select(DigestRun)).scalars()]
        assert statuses == ["unconfirmed"]
    finally:
        controller.stop()


def test_a_digest_over_a_chosen_since_leaves_the_regular_window_where_it_was(site: Site, smtp) -> None:  # noqa: ANN001
    inbox, port = smtp
    folder = configure(site, port)
    assert digest(folder).exit_code == 0  # everything so far
    with connect(site.config.settings.database_url) as session:
        add_hit(session, "Secure Communities, stored three hours ago", utcnow() - timedelta(hours=3))
        add_hit(session, "Secure Communities, stored just now", utcnow())
        session.commit()
    recent = digest(folder, "--since", "1h")
    assert recent.exit_code == 0, recent.output
    text, _ = parts(inbox.messages[1][1])
    assert "stored just now" in text and "stored three hours ago" not in text
    regular = digest(folder)
    assert regular.exit_code == 0, regular.output
    text, _ = parts(inbox.messages[2][1])
    assert "stored three hours ago" in text and "stored just now" not in text  # not skipped, not repeated


def test_the_first_digest_after_the_upgrade_starts_where_the_last_one_ended(site: Site, smtp) -> None:  # noqa: ANN001
    inbox, port = smtp
    folder = configure(site, port)
    assert digest(folder).exit_code == 0
    with connect(site.config.settings.database_url) as session:  # as the version before article ids left it
        session.execute(update(DigestRun).values(through_article_id=None, message_id=None))
        add_hit(session, "Secure Communities, stored after the last digest", utcnow())
        session.commit()
    upgraded = digest(folder)
    assert upgraded.exit_code == 0, upgraded.output
    assert len(inbox.messages) == 2
    text, _ = parts(inbox.messages[1][1])
    assert "stored after the last digest" in text and "County jail ends" not in text  # nothing sent before
    again = digest(folder)
    assert "Nothing new since" in again.output and len(inbox.messages) == 2
