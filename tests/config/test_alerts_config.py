"""alerts.toml: what is refused, each error naming the file, the entry and the key; and the shipped example."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from monitor.config import load_config
from monitor.errors import ConfigError
from tests.conftest import ROOT

CHANNELS = (
    '[[channels]]\nname = "comms"\nkind = "email"\nto = ["comms@example.org"]\n\n'
    '[[channels]]\nname = "chat"\nkind = "webhook"\nurl = "https://hooks.example.org/T0/B0"\n\n'
)


def rule(**keys: str) -> str:
    fields = {"id": '"r1"', "when": '"person_quoted"', "channels": '["comms"]'} | keys
    return "[[rules]]\n" + "".join(f"{key} = {value}\n" for key, value in fields.items() if value) + "\n"


@pytest.mark.parametrize(
    "text,expected",
    [
        (CHANNELS + rule(when='"quoted"'), "[[rules]] #1 'r1': key 'when': Input should be 'person_quoted', 'topic'"),
        (
            CHANNELS + rule(channels='["pager"]'),
            "[[rules]] #1 'r1': key 'channels': 'pager' is not a [[channels]] name",
        ),
        (CHANNELS + rule(channels=""), "[[rules]] #1 'r1': key 'channels': Field required"),
        (CHANNELS + rule(channels="[]"), "[[rules]] #1 'r1': key 'channels': List should have at least 1 item"),
        (CHANNELS + rule(people='["lynn-tramont"]'), "key 'people': 'lynn-tramont' is not a person's id in watchlist"),
        (CHANNELS + rule(when='"topic"', topics='["ice-cream"]'), "key 'topics': 'ice-cream' is not a topic's id"),
        (
            CHANNELS + rule(when='"topic"', people='["lynn-tramonte"]'),
            "'people' goes only with when = \"person_quoted\"",
        ),
        (
            CHANNELS + rule(outlets='["https://nytimes.com/"]'),
            "key 'outlets.0': 'https://nytimes.com/' is not a domain",
        ),
        (CHANNELS + rule() + rule(), "[[rules]] #2: key 'id': 'r1' is used twice"),
        (CHANNELS + rule(id='"Tramonte Quoted"'), "[[rules]] #1 'Tramonte Quoted': key 'id': must be lower-case"),
        (CHANNELS + rule(colour='"red"'), "[[rules]] #1 'r1': key 'colour': unknown key (check its spelling)"),
        ('[[channels]]\nname = "comms"\nkind = "email"\n', "[[channels]] #1 'comms': an email channel needs to ="),
        ('[[channels]]\nname = "comms"\nkind = "email"\nto = ["comms"]\n', "every address in 'to' needs an @"),
        ('[[channels]]\nname = "chat"\nkind = "webhook"\nurl = "hooks.example.org"\n', "a webhook channel needs url ="),
        (
            '[[channels]]\nname = "chat"\nkind = "webhook"\nurl = "https://x.example"\nformat = "discord"\n',
            "[[channels]] #1 'chat': key 'format': Input should be 'slack' or 'teams'",
        ),
        ('[[channels]]\nname = "c"\nkind = "pager"\n', "[[channels]] #1 'c': key 'kind': Input should be 'email' or"),
        ('[delivery]\nquiet_start = "22:00"\n', "key 'delivery': quiet hours need both quiet_start and quiet_end"),
        ('[delivery]\nquiet_start = "10pm"\nquiet_end = "07:00"\n', "key 'delivery.quiet_start': '10pm' is not a time"),
        ('[delivery]\nbackoff = "5 minutes"\n', "key 'delivery.backoff': '5 minutes' is not a span like 90m"),
        ("[delivery]\nattempts = 0\n", "key 'delivery.attempts': Input should be greater than or equal to 1"),
        ("[[rules]\n", "alerts.toml: not valid TOML"),
    ],
)
def test_mistakes_are_named_by_file_entry_and_key(config_dir: Path, text: str, expected: str) -> None:
    (config_dir / "alerts.toml").write_text(text)
    message = str(pytest.raises(ConfigError, load_config, config_dir).value)
    assert message.startswith(str(config_dir / "alerts.toml")), message
    assert expected in message, message


def test_no_alerts_file_means_no_alerts(config_dir: Path) -> None:
    assert load_config(config_dir).alerts.rules == []


def test_the_shipped_example_is_valid_once_uncommented(config_dir: Path) -> None:
    shipped = (ROOT / "config" / "alerts.toml").read_text()
    assert load_config(ROOT / "config").alerts.rules == []  # as shipped: everything commented out
    (config_dir / "alerts.toml").write_text(re.sub(r"(?m)^# (?=\[|[a-z_]+ = )", "", shipped))
    alerts = load_config(config_dir).alerts
    assert [r.id for r in alerts.rules] == ["tramonte-quoted", "secure-communities-national", "release-first-placement"]
    assert alerts.delivery.quiet_hours() is not None and alerts.rules[1].outlets[0] == "nytimes.com"
