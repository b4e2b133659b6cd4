"""What an alert says: who or what, the outlet, the headline, the link and the quote, as a plain-text email
and as the JSON an incoming webhook takes.

Webhooks: "slack" posts Slack's `{"text": ...}` (mrkdwn, with `&`, `<` and `>` escaped as Slack asks);
"teams" posts the message a Teams Workflows webhook takes, `{"type": "message", "attachments": [...]}` carrying an
Adaptive Card (Microsoft's replacement for the retired Office 365 connectors)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from typing import Any


@dataclass(frozen=True)
class AlertMessage:
    rule: str
    what: str  # "Lynn Tramonte quoted", "Secure Communities in the news", "first placement (quote) of “…”"
    outlet: str
    headline: str
    link: str
    quote: str | None = None
    speaker: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AlertMessage:
        return cls(**{key: data.get(key) for key in cls.__dataclass_fields__})  # type: ignore[arg-type]

    @property
    def title(self) -> str:
        return f"{self.what}: {self.outlet}"

    @property
    def quoted(self) -> str | None:
        if not self.quote:
            return None
        return f"“{self.quote}”" + (f" ({self.speaker})" if self.speaker else "")


def text(message: AlertMessage) -> str:
    lines = [message.what, "", f"Outlet: {message.outlet}", f"Headline: {message.headline}", f"Link: {message.link}"]
    if message.quoted:
        lines += ["", message.quoted]
    lines += ["", f"(alert rule '{message.rule}' in alerts.toml)"]
    return "\n".join(lines) + "\n"


def email_message(message: AlertMessage, *, sender: str, recipients: list[str]) -> EmailMessage:
    email = EmailMessage()
    email["Subject"] = f"Alert: {message.title}: {message.headline}"[:200]
    email["From"] = sender
    email["To"] = ", ".join(recipients)
    email["Date"] = formatdate(localtime=False)
    email["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or "localhost")
    email.set_content(text(message))
    return email


def webhook_payload(message: AlertMessage, kind: str) -> dict[str, Any]:
    """The JSON body for a "slack" or "teams" incoming webhook."""
    if kind == "teams":
        return _teams(message)
    quote = f"\n> {_slack(message.quoted)}" if message.quoted else ""
    return {
        "text": f"*{_slack(message.title)}*\n<{_slack(message.link)}|{_slack(message.headline)}>{quote}",
    }


def _slack(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _teams(message: AlertMessage) -> dict[str, Any]:
    body: list[dict[str, Any]] = [
        {"type": "TextBlock", "text": message.title, "weight": "Bolder", "wrap": True},
        {"type": "TextBlock", "text": message.headline, "wrap": True},
    ]
    if message.quoted:
        body.append({"type": "TextBlock", "text": message.quoted, "isSubtle": True, "wrap": True})
    card = {
        "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
        "type": "AdaptiveCard",
        "version": "1.4",
        "body": body,
        "actions": [{"type": "Action.OpenUrl", "title": "Open the story", "url": message.link}],
    }
    return {
        "type": "message",
        "attachments": [
            {"contentType": "application/vnd.microsoft.card.adaptive", "contentUrl": None, "content": card}
        ],
    }
