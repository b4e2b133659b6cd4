"""`monitor alerts test RULE` against a real webhook receiver on 127.0.0.1: a sample to each channel, what each
answered, and one-line errors for a rule that does not exist and a channel that refuses."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from monitor.cli import app
from tests.webhook_receiver import Receiver

runner = CliRunner()


def configure(folder: Path, url: str) -> None:
    (folder / "alerts.toml").write_text(
        '[delivery]\nretry_wait = 0.05\n\n[[channels]]\nname = "teams"\nkind = "webhook"\n'
        f'url = "{url}"\nformat = "teams"\n\n'
        '[[rules]]\nid = "release-first"\nwhen = "release_placement"\noutlets = ["apnews.com"]\nchannels = ["teams"]\n'
    )


def alerts_test(folder: Path, rule: str):  # noqa: ANN201
    return runner.invoke(app, ["alerts", "test", rule, "--config", str(folder)])


def test_a_sample_goes_to_the_rules_webhook(config_dir: Path) -> None:
    with Receiver() as receiver:
        configure(config_dir, receiver.url)
        result = alerts_test(config_dir, "release-first")
    assert result.exit_code == 0, result.output
    assert result.output.strip() == "sent: teams (teams webhook)"
    ((status, body),) = receiver.posts
    card = body["attachments"][0]["content"]
    assert card["body"][0]["text"] == "TEST: first placement (quote) of “A sample release”: apnews.com"
    assert card["actions"][0]["url"] == "https://apnews.com/sample-story"


def test_a_refusing_webhook_is_tried_again_then_reported_in_one_line(config_dir: Path) -> None:
    with Receiver() as receiver:
        receiver.always = 503
        configure(config_dir, receiver.url)
        result = alerts_test(config_dir, "release-first")
    assert result.exit_code == 1 and len(receiver.posts) == 3  # `attempts` = 3 by default
    said = " ".join(result.output.split())
    assert said == "failed: teams (teams webhook): 127.0.0.1: webhook answered HTTP 503: service unavailable"
    assert "secret" not in said  # the webhook's path is its password: never printed


def test_an_unknown_rule_is_named_with_the_rules_there_are(config_dir: Path) -> None:
    configure(config_dir, "https://hooks.example.org/x")
    result = alerts_test(config_dir, "release-frist")
    assert result.exit_code == 1
    said = " ".join(result.output.split())
    assert said == f"error: no alert rule 'release-frist' in {config_dir / 'alerts.toml'} (rules: release-first)"
