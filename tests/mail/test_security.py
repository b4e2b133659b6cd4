"""Mail for the digest and for alerts over plain SMTP, STARTTLS and SSL, against a real SMTP server (aiosmtpd) on
127.0.0.1 whose certificate comes from an authority made for the test (trustme). The authority is trusted through
`[settings.mail] ca_file`, never by turning verification off; without it the certificate is refused in one line."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from monitor.cli import app
from monitor.store import connect
from monitor.store.tables import DigestRecipient, DigestRun
from tests.digest.test_digest import configure, digest, parts
from tests.mailserver import authority, mail_server
from tests.review_site import Site

runner = CliRunner()
SECURITIES = ["none", "starttls", "ssl"]


def alerts_config(folder: Path, port: int, security: str, ca_file: Path | None) -> Path:
    """settings.toml's mail server, and alerts.toml with one rule mailing two people."""
    settings = folder / "settings.toml"
    trust = f'ca_file = "{ca_file}"\n' if ca_file else ""
    settings.write_text(
        settings.read_text() + f'\n[settings.mail]\nhost = "127.0.0.1"\nport = {port}\nsecurity = "{security}"\n'
        f'sender = "monitor@example.org"\n{trust}'
    )
    (folder / "alerts.toml").write_text(
        '[[channels]]\nname = "comms"\nkind = "email"\nto = ["comms@example.org", "lead@example.org"]\n\n'
        '[[rules]]\nid = "tramonte-quoted"\nwhen = "person_quoted"\npeople = ["lynn-tramonte"]\nchannels = ["comms"]\n'
    )
    return folder


@pytest.mark.parametrize("security", SECURITIES)
def test_the_digest_goes_out_over_each_security(site: Site, tmp_path: Path, security: str) -> None:
    ca = authority(tmp_path)
    with mail_server(security, ca.server) as (inbox, port):
        folder = configure(site, port, security=f'"{security}"', ca_file=f'"{ca.ca_file}"')
        result = digest(folder)
    assert result.exit_code == 0, result.output
    ((recipients, message),) = inbox.messages
    assert recipients == ["comms@example.org", "lead@example.org"]
    assert "County jail ends immigration holds without a warrant" in parts(message)[0]


@pytest.mark.parametrize("security", SECURITIES)
def test_an_alert_goes_out_over_each_security(config_dir: Path, tmp_path: Path, security: str) -> None:
    ca = authority(tmp_path)
    with mail_server(security, ca.server) as (inbox, port):
        alerts_config(config_dir, port, security, ca.ca_file)
        result = runner.invoke(app, ["alerts", "test", "tramonte-quoted", "--config", str(config_dir)])
    assert result.exit_code == 0, result.output
    assert "sent: comms (comms@example.org, lead@example.org)" in result.output
    ((recipients, message),) = inbox.messages
    assert recipients == ["comms@example.org", "lead@example.org"]
    assert message["Subject"].startswith("Alert: TEST: Lynn Tramonte quoted")


@pytest.mark.parametrize("security", ["starttls", "ssl"])
def test_an_untrusted_certificate_is_refused_in_one_line(site: Site, tmp_path: Path, security: str) -> None:
    ca = authority(tmp_path)  # the server's authority, which the settings do not name
    with mail_server(security, ca.server) as (inbox, port):
        folder = configure(site, port, security=f'"{security}"')
        result = digest(folder)
    assert result.exit_code == 1
    said = " ".join(result.output.split())
    assert f"127.0.0.1:{port}: the mail server's certificate is not trusted" in said, said
    assert "set [settings.mail] ca_file" in said and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) <= 2  # one message (wrapped at most once by the terminal)
    assert inbox.messages == []
    with connect(site.config.settings.database_url) as session:
        (run,) = session.execute(select(DigestRun)).scalars().all()
    assert run.status == "failed"  # its hits wait for the next digest


def test_an_alert_to_an_untrusted_server_is_refused_in_one_line(config_dir: Path, tmp_path: Path) -> None:
    ca = authority(tmp_path)
    with mail_server("ssl", ca.server) as (inbox, port):
        alerts_config(config_dir, port, "ssl", None)
        result = runner.invoke(app, ["alerts", "test", "tramonte-quoted", "--config", str(config_dir)])
    assert result.exit_code == 1 and inbox.messages == []
    assert "the mail server's certificate is not trusted" in " ".join(result.output.split())


def test_recipients_the_server_refuses_get_the_digest_at_the_next_run_and_nobody_twice(site: Site) -> None:
    with mail_server() as (inbox, port):
        folder = configure(site, port)
        inbox.refuse_recipients = {"lead@example.org"}
        first = digest(folder)
        assert first.exit_code == 0, first.output
        said = " ".join(first.output.split())
        assert "refused some recipients (lead@example.org: 550 5.1.1" in said
        assert "to comms@example.org." in said
        ((recipients, sent),) = inbox.messages
        assert recipients == ["comms@example.org"]
        with connect(site.config.settings.database_url) as session:
            (waiting,) = session.execute(select(DigestRecipient)).scalars().all()
            assert (waiting.address, waiting.status) == ("lead@example.org", "waiting")

        still = digest(folder)  # the server still refuses: tried again, still waiting, nothing to comms
        assert still.exit_code == 0 and len(inbox.messages) == 1
        assert "still refused" in " ".join(still.output.split())

        inbox.refuse_recipients = set()
        second = digest(folder)
        assert second.exit_code == 0, second.output
        assert "Nothing new" in second.output
        assert [r for r, _ in inbox.messages] == [["comms@example.org"], ["lead@example.org"]]
        again = inbox.messages[1][1]
        assert again["Message-ID"] == sent["Message-ID"] and parts(again)[0] == parts(sent)[0]

        third = digest(folder)
        assert third.exit_code == 0 and len(inbox.messages) == 2
    with connect(site.config.settings.database_url) as session:
        (done,) = session.execute(select(DigestRecipient)).scalars().all()
    assert (done.status, done.attempts) == ("sent", 2)


def test_a_resend_cut_short_is_never_repeated(site: Site) -> None:
    """A run that stopped between recording "sending" for a refused recipient and recording the answer."""
    with mail_server() as (inbox, port):
        folder = configure(site, port)
        inbox.refuse_recipients = {"lead@example.org"}
        assert digest(folder).exit_code == 0
        inbox.refuse_recipients = set()
        with connect(site.config.settings.database_url) as session:
            (waiting,) = session.execute(select(DigestRecipient)).scalars().all()
            waiting.status = "sending"  # what a kill -9 during the second try leaves behind
            session.commit()
        assert digest(folder).exit_code == 0
        assert [r for r, _ in inbox.messages] == [["comms@example.org"]]
    with connect(site.config.settings.database_url) as session:
        (stuck,) = session.execute(select(DigestRecipient)).scalars().all()
    assert stuck.status == "unconfirmed"
