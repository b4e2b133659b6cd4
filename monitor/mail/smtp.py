"""Sending mail over SMTP (stdlib smtplib): plain, STARTTLS or SSL, with an optional login. The only code that
speaks SMTP. TLS is always verified (certificate and host name); a server signed by an authority the system does
not know is trusted through `[settings.mail] ca_file`, never by turning the checks off.

A server that refuses some recipients only has still delivered to the others: `send` returns the refused ones
with the server's reply, so the caller records who got it and tries the rest again later."""

from __future__ import annotations

import os
import smtplib
import ssl
from email.message import EmailMessage

from ..config import MailSettings
from ..errors import MailError


def send(
    message: EmailMessage, mail: MailSettings, recipients: list[str], *, what: str = "the message"
) -> dict[str, str]:
    """Hand the message to the server for `recipients`; return those it refused, {address: "550 reply"}.
    MailError, naming the server and saying what it said, when nobody got it."""
    server = f"{mail.host}:{mail.port}"
    try:
        with _connect(mail) as smtp:
            if mail.user:
                smtp.login(mail.user, os.environ.get(mail.password_env, ""))
            refused = smtp.send_message(message, from_addr=mail.sender, to_addrs=recipients)
    except smtplib.SMTPRecipientsRefused as exc:
        raise MailError(f"{server} refused every recipient of {what}: {_replies(exc.recipients)}") from exc
    except smtplib.SMTPResponseException as exc:
        raise MailError(f"{server} refused {what}: {exc.smtp_code} {_text(exc.smtp_error)}") from exc
    except ssl.SSLCertVerificationError as exc:
        raise MailError(
            f"{server}: the mail server's certificate is not trusted ({exc.verify_message or exc.reason}), so "
            f"{what} was not sent; if the server is yours, set [settings.mail] ca_file to the certificate "
            "of the authority that signed it"
        ) from exc
    except ssl.SSLError as exc:
        raise MailError(
            f"{server}: TLS failed ({exc.reason or exc}), so {what} was not sent; check `security`"
        ) from exc
    except (smtplib.SMTPException, OSError) as exc:
        raise MailError(f"{server}: could not send {what}: {exc}") from exc
    return {address: f"{code} {_text(reply)}" for address, (code, reply) in refused.items()}


def _connect(mail: MailSettings) -> smtplib.SMTP:
    """A connection in the security the settings ask for, TLS verified against the system's or `ca_file`'s
    authorities."""
    if mail.security == "ssl":
        return smtplib.SMTP_SSL(mail.host, mail.port, timeout=mail.timeout, context=_context(mail))
    smtp = smtplib.SMTP(mail.host, mail.port, timeout=mail.timeout)
    if mail.security == "starttls":
        try:
            smtp.starttls(context=_context(mail))
        except BaseException:
            smtp.close()
            raise
    return smtp


def _context(mail: MailSettings) -> ssl.SSLContext:
    try:
        return ssl.create_default_context(cafile=mail.ca_file)
    except (OSError, ssl.SSLError) as exc:
        raise MailError(
            f"[settings.mail] ca_file {mail.ca_file!r}: cannot be read as a PEM certificate: {exc}"
        ) from exc


def _text(reply: bytes | str) -> str:
    return reply.decode("utf-8", "replace") if isinstance(reply, bytes) else str(reply)


def _replies(refused: dict) -> str:
    return "; ".join(f"{address}: {code} {_text(text)}" for address, (code, text) in refused.items())
