"""A real SMTP server (aiosmtpd) on 127.0.0.1 for the digest's and the alerts' tests: plain, STARTTLS or SSL
with a certificate from a throwaway authority (trustme), and able to refuse some recipients or every message."""

from __future__ import annotations

import email
import socket
import ssl
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage
from pathlib import Path

import trustme
from aiosmtpd.controller import Controller


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Inbox:
    """An SMTP handler that keeps what it accepts; refuses everything when told to, or some recipients only."""

    def __init__(self) -> None:
        self.messages: list[tuple[list[str], EmailMessage]] = []
        self.refuse = False
        self.refuse_recipients: set[str] = set()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options) -> str:  # noqa: ANN001, N802
        if address in self.refuse_recipients:
            return f"550 5.1.1 <{address}>: mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope) -> str:  # noqa: ANN001, N802
        if self.refuse:
            return "554 5.7.1 Message refused: the test server says no"
        parsed = email.message_from_bytes(envelope.content, policy=policy.default)
        self.messages.append((list(envelope.rcpt_tos), parsed))
        return "250 OK"

    def to(self, address: str) -> list[EmailMessage]:
        return [message for recipients, message in self.messages if address in recipients]


@dataclass(frozen=True)
class Authority:
    """A certificate authority made for one test, and the server certificate it signed for 127.0.0.1."""

    ca_file: Path  # what `[settings.mail] ca_file` points at to trust it
    server: ssl.SSLContext


def authority(folder: Path) -> Authority:
    ca = trustme.CA()
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(context)
    ca_file = folder / "test-ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    return Authority(ca_file, context)


@contextmanager
def mail_server(security: str = "none", tls: ssl.SSLContext | None = None) -> Iterator[tuple[Inbox, int]]:
    """`security` as in settings: "none"; "starttls" (the server insists on it before MAIL); "ssl" (TLS from the
    first byte)."""
    inbox, port = Inbox(), free_port()
    options: dict = {}
    if security == "starttls":
        options = {"tls_context": tls, "require_starttls": True}
    elif security == "ssl":
        options = {"ssl_context": tls}
    controller = Controller(inbox, hostname="127.0.0.1", port=port, **options)
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()
