"""Sending the digest over SMTP (stdlib smtplib): plain, STARTTLS or SSL, with an optional login. The only
code that speaks SMTP; a refusal comes back as DigestError carrying the server's own reply."""

from __future__ import annotations

import os
import smtplib
import ssl
from email.message import EmailMessage

from ..config import MailSettings
from ..errors import DigestError


def send(message: EmailMessage, mail: MailSettings, recipients: list[str]) -> None:
    """Hand the message to the server for every recipient, or raise DigestError saying what the server said."""
    server = f"{mail.host}:{mail.port}"
    try:
        connection: smtplib.SMTP
        if mail.security == "ssl":
            connection = smtplib.SMTP_SSL(
                mail.host, mail.port, timeout=mail.timeout, context=ssl.create_default_context()
            )
        else:
            connection = smtplib.SMTP(mail.host, mail.port, timeout=mail.timeout)
        with connection as smtp:
            if mail.security == "starttls":
                smtp.starttls(context=ssl.create_default_context())
            if mail.user:
                smtp.login(mail.user, os.environ.get(mail.password_env, ""))
            refused = smtp.send_message(message, from_addr=mail.sender, to_addrs=recipients)
    except smtplib.SMTPRecipientsRefused as exc:
        raise DigestError(f"{server} refused every recipient: {_replies(exc.recipients)}") from exc
    except smtplib.SMTPResponseException as exc:
        raise DigestError(f"{server} refused the digest: {exc.smtp_code} {_text(exc.smtp_error)}") from exc
    except (smtplib.SMTPException, OSError) as exc:
        raise DigestError(f"{server}: could not send the digest: {exc}") from exc
    if refused:
        raise DigestError(f"{server} refused some recipients: {_replies(refused)}")


def _text(reply: bytes | str) -> str:
    return reply.decode("utf-8", "replace") if isinstance(reply, bytes) else str(reply)


def _replies(refused: dict) -> str:
    return "; ".join(f"{address}: {code} {_text(text)}" for address, (code, text) in refused.items())
