"""`monitor digest`: the hits since the last digest that went out, spikes and feed trouble, composed and
sent (or written to a folder with --dry-run). Recorded only once the server has accepted it, so a failed
send loses nothing: its items come back in the next digest.

One step a function: `gather` reads the store, `compose.email` writes the message, then `write_dry_run` puts it
in a folder, or `send_and_record` hands it to the server and records what the server said.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..config import Config, MailSettings
from ..errors import DigestError
from ..present.clock import Clock
from ..present.labels import labels
from ..store import Session, connect
from ..store import digests as store_digests
from ..store.types import utcnow
from . import compose
from .gather import gather
from .send import send


@dataclass(frozen=True)
class DigestReport:
    status: str  # sent | empty | dry_run | failed
    stories: int
    articles: int
    since: datetime
    recipients: list[str]
    files: list[Path]
    spikes: list[compose.Spike]


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
    with connect(config.settings.database_url) as session:
        digest, rows = gather(session, config, now, since)

        def report(status: str, files: list[Path]) -> DigestReport:
            return DigestReport(status, digest.stories, len(rows), digest.since, recipients, files, digest.spikes)

        if not rows and not mail.send_empty and dry_run is None:
            return report("empty", [])
        email = compose.email(
            digest,
            Clock(config.settings.time_zone, now),
            labels(config.watchlist),
            sender=mail.sender,
            recipients=recipients,
        )
        if dry_run is not None:
            return report("dry_run", write_dry_run(dry_run, now, email))
        send_and_record(session, email, mail, recipients, start=digest.since, end=now, article_ids=[r.id for r in rows])
        return report("sent", [])


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
    article_ids: list[int],
) -> None:
    """Hand the digest to the server, then record it: as sent (its items are never sent again), or as failed
    with the server's reply, which is raised again."""
    try:
        send(email.message, mail, recipients)
    except DigestError as exc:
        store_digests.record_digest(
            session,
            period_start=start,
            period_end=end,
            status="failed",
            recipients=recipients,
            article_ids=article_ids,
            error=str(exc),
        )
        raise
    store_digests.record_digest(
        session, period_start=start, period_end=end, status="sent", recipients=recipients, article_ids=article_ids
    )
