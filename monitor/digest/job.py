"""`monitor digest`: the hits since the last digest that went out, spikes and feed trouble, composed and
sent (or written to a folder with --dry-run). Its items are claimed before the server sees it and given back
if the server refuses, so a failed send loses nothing and an accepted one is never repeated.

One step a function: `gather` reads the store, `compose.email` writes the message, then `write_dry_run` puts it
in a folder, or `send_and_record` hands it to the server and records what the server said. Recipients the server
refused while it accepted the digest for others get that digest again at the next run (`resend_refused`), each
recorded "sending" before the try, so nobody gets one digest twice.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email import message_from_string, policy
from pathlib import Path

from ..config import Config, MailSettings
from ..errors import DigestError, MailError, StoreError
from ..mail import send
from ..present.clock import Clock
from ..present.labels import labels
from ..store import Access, Session, connect
from ..store import digests as store_digests
from ..store.hits import HitRow
from ..store.types import utcnow
from . import compose
from .gather import gather

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DigestReport:
    status: str  # sent | empty | dry_run | failed
    stories: int
    articles: int
    since: datetime
    recipients: list[str]
    files: list[Path]
    spikes: list[compose.Spike]
    unconfirmed: list[Unconfirmed]
    refused: dict[str, str] = field(default_factory=dict)  # recipients refused this time: {address: reply}
    resent: list[Resent] = field(default_factory=list)  # earlier digests tried again for refused recipients


@dataclass(frozen=True)
class Resent:
    """An earlier digest tried again for a recipient the server had refused: `error` None when it went through."""

    digest_id: int
    address: str
    error: str | None


@dataclass(frozen=True)
class Unconfirmed:
    """An earlier digest whose delivery was never recorded (see `reconcile`)."""

    digest_id: int
    message_id: str
    articles: int
    since: datetime


def run_digest(
    config: Config,
    *,
    since: datetime | None = None,
    to: list[str] = (),  # type: ignore[assignment]
    dry_run: Path | None = None,
) -> DigestReport:
    mail = config.settings.mail
    recipients = list(to) or list(mail.to)
    if not recipients and dry_run is None:
        raise DigestError("no recipients: give --to ADDRESS or set [settings.mail] to = [...]")
    now = utcnow()
    with connect(config.settings.database_url, Access.WRITE) as session:
        stuck = [] if dry_run is not None else reconcile(session, now, mail)
        resent = [] if dry_run is not None else resend_refused(session, mail)
        digest, rows, span = gather(session, config, now, since)
        refused: dict[str, str] = {}

        def report(status: str, files: list[Path]) -> DigestReport:
            return DigestReport(
                status,
                digest.stories,
                len(rows),
                digest.since,
                recipients,
                files,
                digest.spikes,
                stuck,
                refused,
                resent,
            )

        if not rows and not mail.send_empty and dry_run is None:
            log.info("digest: nothing new since %s, none sent", digest.since)
            return report("empty", [])
        email = compose.email(
            digest,
            Clock(config.settings.time_zone, now),
            labels(config.watchlist),
            sender=mail.sender,
            recipients=recipients,
        )
        if dry_run is not None:
            files = write_dry_run(dry_run, now, email)
            log.info("digest of %d articles written to %s (dry run)", len(rows), dry_run, extra={"articles": len(rows)})
            return report("dry_run", files)
        refused = send_and_record(
            session, email, mail, recipients, start=digest.since, end=now, through=span.recorded_through, rows=rows
        )
        log.info(
            "digest sent: %d stories, %d articles, to %d recipients",
            digest.stories,
            len(rows),
            len(recipients),
            extra={"articles": len(rows)},
        )
        return report("sent", [])


def reconcile(session: Session, now: datetime, mail: MailSettings) -> list[Unconfirmed]:
    """Digests an earlier run left "sending" (it stopped, or could not record the server's answer): their hits
    are not sent again; each is reported with its Message-ID, to look for in the recipients' mailboxes."""
    found = []
    for run in store_digests.unconfirmed(session, now - timedelta(seconds=mail.timeout)):
        assert run.id is not None
        found.append(Unconfirmed(run.id, run.message_id or "", run.items, run.period_start))
        log.warning(
            "digest %d (Message-ID %s, %d articles) was handed to the mail server but never recorded as sent; "
            "its hits are not sent again",
            run.id,
            run.message_id,
            run.items,
        )
    return found


def resend_refused(session: Session, mail: MailSettings) -> list[Resent]:
    """Earlier digests, unchanged, to the recipients the server refused then: "sending" is recorded before each
    try and "sent" after, so a run cut short in between never sends it twice; a refusal waits for the next run."""
    done = []
    for waiting in store_digests.waiting_recipients(session):
        assert waiting.id is not None
        store_digests.mark_recipient(session, waiting.id, "sending")
        message = message_from_string(waiting.message, policy=policy.SMTP)
        try:
            refused = send(message, mail, [waiting.address], what=f"digest {waiting.digest_id}")
        except MailError as exc:
            refused = {waiting.address: str(exc)}
        error = refused.get(waiting.address)
        store_digests.mark_recipient(session, waiting.id, "waiting" if error else "sent", error)
        if error:
            log.warning("digest %d still not delivered to %s: %s", waiting.digest_id, waiting.address, error)
        else:
            log.info("digest %d delivered to %s, refused before", waiting.digest_id, waiting.address)
        done.append(Resent(waiting.digest_id, waiting.address, error))
    return done


def write_dry_run(folder: Path, now: datetime, email: compose.Email) -> list[Path]:
    """The message as it would be sent (.eml) and its HTML part (.html); with a chart, the chart (.png) beside the
    page, which opens in a browser and so links to the file instead of the inline part."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = now.strftime("%Y%m%d-%H%M")
    message, page = folder / f"digest-{stamp}.eml", folder / f"digest-{stamp}.html"
    message.write_bytes(bytes(email.message))
    html, files = email.html, [message, page]
    if email.chart is not None:
        chart = folder / f"digest-{stamp}.png"
        chart.write_bytes(email.chart)
        html = html.replace(f"cid:{compose.CHART_CID}", chart.name)
        files.append(chart)
    page.write_text(html, encoding="utf-8")
    return files


def send_and_record(
    session: Session,
    email: compose.Email,
    mail: MailSettings,
    recipients: list[str],
    *,
    start: datetime,
    end: datetime,
    through: int | None,
    rows: list[HitRow],
) -> dict[str, str]:
    """Claim the items ("sending", with the Message-ID), hand the digest to the server, then record what it
    said: sent, or failed with the server's reply (raised again) and the items given back. Recipients refused
    while others were accepted are returned, and recorded to get this digest at the next run.

    A claim the database refuses sends nothing. An answer the database refuses to record leaves the claim in
    place: the items are not sent again, and the next digest reports the Message-ID as unconfirmed."""
    article_ids = [r.id for r in rows]
    message_id = str(email.message["Message-ID"])
    digest_id = store_digests.claim(
        session,
        period_start=start,
        period_end=end,
        through_article_id=through,
        message_id=message_id,
        recipients=recipients,
        article_ids=article_ids,
    )
    try:
        refused = send(email.message, mail, recipients, what="the digest")
    except MailError as exc:
        log.error("digest %d not sent: %s; its %d articles wait for the next", digest_id, exc, len(article_ids))
        store_digests.release(session, digest_id, str(exc))
        raise DigestError(str(exc)) from exc
    try:
        store_digests.mark_sent(session, digest_id)
        if refused:
            log.warning("digest %d refused for %s; tried again at the next digest", digest_id, ", ".join(refused))
            store_digests.record_refused(session, digest_id, refused, email.message.as_string(policy=policy.SMTP))
    except StoreError as exc:
        log.error("digest %d (Message-ID %s) went out but was not recorded: %s", digest_id, message_id, exc)
        raise StoreError(f"{exc}; it carried Message-ID {message_id}, and its hits will not be sent again") from exc
    return refused
