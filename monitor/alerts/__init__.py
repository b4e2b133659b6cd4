"""Instant alerts, the pure part: which stored stories set off which rule, what the alert says, and whether it
is quiet hours. No database, no network: store/alerts.py keeps the deliveries, pipeline/alerts.py sends them.

rules.py    stories × rules → alerts (at most one per rule and subject); `outlet_allowed` is the outlet condition
message.py  what an alert says, as an email and as Slack's or Teams' webhook JSON
quiet.py    quiet hours on the team's clock
"""

from .message import AlertMessage, email_message, webhook_payload
from .quiet import quiet_until
from .rules import Alert, evaluate, outlet_allowed, sample

__all__ = [
    "Alert",
    "AlertMessage",
    "email_message",
    "evaluate",
    "outlet_allowed",
    "quiet_until",
    "sample",
    "webhook_payload",
]
