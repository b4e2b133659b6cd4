"""Instant alerts at the end of a pass: the rules over what the pass stored, each alert recorded, then sent by
email (mail/) or webhook (fetch/), unless it is quiet hours; and `monitor alerts test RULE`.

Retrying is twofold. A webhook is tried `attempts` times within the pass, waiting `retry_wait` seconds, doubled
each time (a chat service's brief hiccup). What still fails is recorded with the reason and a next-attempt
time (`backoff`, doubled per failure, at most `max_backoff`), and a later pass tries again: that survives a
crash, and shows on the Health page meanwhile. Nothing is ever sent twice: see store/alerts.py.
"""

from __future__ import annotations

import logging
import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from ..alerts import Alert, AlertMessage, email_message, evaluate, quiet_until, sample, webhook_payload
from ..config import AlertsConfig, ChannelConfig, Config
from ..errors import AlertError, FetchError, HTTPStatusError, MailError
from ..fetch import post_json
from ..mail import send
from ..store import Session
from ..store import alerts as store_alerts
from ..store.tables import AlertDelivery
from ..store.types import utcnow

log = logging.getLogger(__name__)


@dataclass
class AlertReport:
    """What the alerts step of one pass did, for the pass's log and the command's output."""

    found: int = 0  # new deliveries recorded
    sent: int = 0
    failures: list[str] = field(default_factory=list)  # one line in words per failed delivery
    held: int = 0  # waiting for the quiet hours to end
    held_until: datetime | None = None
    unconfirmed: int = 0  # cut short by a crash in an earlier pass: not sent again
    not_tried: int = 0  # due, but their channel already failed in this pass: left for the next

    def describe(self) -> str:
        parts = [f"{self.found} new", f"{self.sent} sent"]
        if self.held:
            parts.append(f"{self.held} held for quiet hours until {self.held_until:%H:%M} UTC")
        if self.failures:
            parts.append(f"{len(self.failures)} failed")
        if self.not_tried:
            parts.append(f"{self.not_tried} left for the next pass (their channel failed in this one)")
        if self.unconfirmed:
            parts.append(f"{self.unconfirmed} unconfirmed after an interrupted pass, not sent again")
        return ", ".join(parts)


def run_alerts(config: Config, session: Session, after_id: int, now: datetime | None = None) -> AlertReport:
    """Alerts for the stories stored above `after_id`, recorded; then every alert due, sent (not in quiet hours)."""
    now = now or utcnow()
    report = AlertReport()
    report.unconfirmed = len(store_alerts.unconfirm_interrupted(session))
    found = evaluate(config.alerts, config.watchlist, store_alerts.stories_after(session, after_id), config.outlets)
    report.found = store_alerts.queue(session, _deliveries(found, config.alerts), now)
    report.held_until = quiet_until(now, config.settings.time_zone, config.alerts.delivery.quiet_hours())
    if report.held_until is not None:
        report.held = store_alerts.held(session)
    else:
        _deliver_due(config, session, now, report)
    log.log(logging.WARNING if report.failures else logging.INFO, "alerts: %s", report.describe())
    return report


def _deliveries(found: list[Alert], alerts: AlertsConfig) -> list[store_alerts.NewDelivery]:
    """One delivery per alert and channel, and per recipient on email channels."""
    deliveries = []
    for alert in found:
        for name in alert.channels:
            channel = alerts.channel(name)
            for recipient in channel.to if channel.kind == "email" else [""]:
                deliveries.append(
                    store_alerts.NewDelivery(
                        alert.rule, alert.subject, alert.article_id, name, recipient, alert.message.as_dict()
                    )
                )
    return deliveries


def _deliver_due(config: Config, session: Session, now: datetime, report: AlertReport) -> None:
    """Every due delivery: an email alert once to all its waiting recipients, a webhook alert on its own."""
    groups: defaultdict[tuple[str, str, str], list[AlertDelivery]] = defaultdict(list)
    for row in store_alerts.due(session, now):
        groups[(row.rule, row.subject, row.channel)].append(row)
    channels = {channel.name: channel for channel in config.alerts.channels}
    down: set[str] = set()  # channels nobody could be reached on in this pass: not tried again until the next
    for (_, _, name), rows in groups.items():
        if name in down:
            report.not_tried += len(rows)
            continue
        message = AlertMessage.from_dict(rows[0].message)
        channel = channels.get(name)
        ids = [row.id for row in rows if row.id is not None]
        tries = max(row.attempts for row in rows) + 1
        store_alerts.mark_sending(session, ids)
        if channel is None:
            failed = {row.recipient: f"channel {name!r} is no longer in alerts.toml" for row in rows}
        elif channel.kind == "email":
            failed = _email(config, channel, message, [row.recipient for row in rows])
        else:
            error = _webhook(config, channel, message)
            failed = {"": error} if error else {}
        sent = [row.id for row in rows if row.recipient not in failed and row.id is not None]
        if not sent:
            down.add(name)
        if sent:
            store_alerts.mark_sent(session, sent)
            report.sent += len(sent)
        for row in rows:
            if row.recipient in failed and row.id is not None:
                _failed(config, session, row, failed[row.recipient], tries, now, report)


def _failed(
    config: Config, session: Session, row: AlertDelivery, error: str, tries: int, now: datetime, report: AlertReport
) -> None:
    wait = next_wait(config, tries)
    store_alerts.mark_failed(session, [row.id] if row.id is not None else [], error, now + wait)
    to = f" to {row.recipient}" if row.recipient else ""
    line = (
        f"alert {row.rule!r} ({row.subject}) by channel {row.channel!r}{to} failed (try {tries}): {error}; "
        f"next try after {now + wait:%Y-%m-%d %H:%M} UTC"
    )
    log.warning("%s", line)
    report.failures.append(line)


def _email(config: Config, channel: ChannelConfig, message: AlertMessage, recipients: list[str]) -> dict[str, str]:
    """Send; the recipients it did not reach, with why."""
    mail = config.settings.mail
    email = email_message(message, sender=mail.sender, recipients=recipients)
    try:
        return send(email, mail, recipients, what=f"the alert {message.rule!r}")
    except MailError as exc:
        return {recipient: str(exc) for recipient in recipients}


def _webhook(config: Config, channel: ChannelConfig, message: AlertMessage) -> str | None:
    """POST with up to `attempts` tries in this pass; None when it went through, else the last reason."""
    assert channel.url is not None
    delivery = config.alerts.delivery
    payload = webhook_payload(message, channel.format)
    for attempt in range(delivery.attempts):
        try:
            post_json(channel.url, payload, config.settings)
            return None
        except FetchError as exc:
            if not _worth_retrying(exc) or attempt == delivery.attempts - 1:
                return str(exc)
            log.info("webhook %r: %s; trying again", channel.name, exc)
            time.sleep(delivery.retry_wait * 2**attempt)
    return None  # not reached: the loop returns on its last attempt


def _worth_retrying(exc: FetchError) -> bool:
    """Timeouts, refused connections, 408, 429 and 5xx pass; another 4xx (a bad URL, a revoked hook) will not."""
    if isinstance(exc, HTTPStatusError):
        return exc.status in (408, 429) or exc.status >= 500
    return True


@dataclass(frozen=True)
class SampleResult:
    channel: str
    to: str  # the recipients, or the webhook's format
    error: str | None


def send_sample(config: Config, rule_id: str) -> list[SampleResult]:
    """`monitor alerts test RULE`: a sample alert to each of the rule's channels, now (quiet hours or not),
    recorded nowhere; what each channel answered."""
    rule = config.alerts.rule(rule_id)
    if rule is None:
        known = ", ".join(r.id for r in config.alerts.rules) or "none: add [[rules]] to alerts.toml"
        raise AlertError(f"no alert rule {rule_id!r} in {config.config_dir / 'alerts.toml'} (rules: {known})")
    message = sample(rule, config.watchlist)
    results = []
    for name in rule.channels:
        channel = config.alerts.channel(name)
        if channel.kind == "email":
            refused = _email(config, channel, message, list(channel.to))
            error = "; ".join(f"{address}: {reply}" for address, reply in refused.items()) or None
            results.append(SampleResult(name, ", ".join(channel.to), error))
        else:
            results.append(SampleResult(name, f"{channel.format} webhook", _webhook(config, channel, message)))
    return results


def next_wait(config: Config, tries: int) -> timedelta:
    """How long after its `tries`-th failure an alert waits for its next pass."""
    delivery = config.alerts.delivery
    return min(delivery.backoff * 2 ** (tries - 1), delivery.max_backoff)
