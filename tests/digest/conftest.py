"""The digest tests' mail server: a real SMTP server (aiosmtpd) on 127.0.0.1 that keeps what it accepts
(tests/mailserver.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.mailserver import Inbox, free_port, mail_server

__all__ = ["Inbox", "free_port", "smtp"]


@pytest.fixture
def smtp() -> Iterator[tuple[Inbox, int]]:
    with mail_server() as running:
        yield running
