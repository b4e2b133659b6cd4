"""outlets.toml: errors name the file, the entry and the key; addresses find their outlet through any subdomain."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from monitor.config import TIERS, load_config
from monitor.config.outlets import host_of
from monitor.errors import ConfigError
from tests.conftest import ROOT

GOOD = """
[[outlets]]
name = "Harbor City Tribune"
tier = "national"
domains = ["harborcitytribune.example"]
audience = 120000

[[outlets]]
name = "Yahoo"
tier = "national"
domains = ["yahoo.com"]

[[outlets]]
name = "Yahoo Finance press releases"
tier = "wire"
domains = ["finance.yahoo.com"]
"""


def outlets_of(config_dir: Path, text: str):  # noqa: ANN201
    (config_dir / "outlets.toml").write_text(text)
    return load_config(config_dir).outlets


def error_of(config_dir: Path, text: str) -> str:
    (config_dir / "outlets.toml").write_text(text)
    with pytest.raises(ConfigError) as raised:
        load_config(config_dir)
    return str(raised.value)


@pytest.mark.parametrize(
    "address",
    [
        "harborcitytribune.example",
        "https://harborcitytribune.example/news/1",
        "https://www.harborcitytribune.example/news/1",
        "https://edition.harborcitytribune.example/x",
        "http://m.HarborCityTribune.example:8080/x?y=1",
        "WWW.harborcitytribune.example.",
        "www.harborcitytribune.example/path",
    ],
)
def test_an_outlet_is_found_through_its_subdomains(config_dir: Path, address: str) -> None:
    outlets = outlets_of(config_dir, GOOD)
    found = outlets.outlet_for(address)
    assert found is not None and found.name == "Harbor City Tribune"
    assert (found.tier, found.audience) == ("national", 120000)
    assert outlets.tier_of(address) == "national"


@pytest.mark.parametrize(
    "address",
    ["https://notharborcitytribune.example/x", "https://harborcitytribune.example.evil.test/", "", "https://[::1"],
)
def test_other_addresses_are_unlisted(config_dir: Path, address: str) -> None:
    outlets = outlets_of(config_dir, GOOD)
    assert outlets.outlet_for(address) is None and outlets.tier_of(address) == "unlisted"


def test_the_most_specific_domain_wins(config_dir: Path) -> None:
    outlets = outlets_of(config_dir, GOOD)
    assert outlets.tier_of("https://finance.yahoo.com/news/x") == "wire"
    assert outlets.tier_of("https://news.yahoo.com/x") == "national"
    # The database filter for "national" leaves the wire subdomain out
    assert outlets.domains_of_tier("national") == (("harborcitytribune.example", "yahoo.com"), ("finance.yahoo.com",))
    assert outlets.domains_of_tier("unlisted")[0] == ()


def test_without_the_file_every_outlet_is_unlisted(config_dir: Path) -> None:
    config = load_config(config_dir)
    assert config.outlets.tier_of("https://www.nytimes.com/x") == "unlisted"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '[[outlets]]\nname = "A"\ntier = "nationwide"\ndomains = ["a.example"]\n',
            "outlets.toml: [[outlets]] #1 'A': key 'tier': Input should be 'national', 'regional', 'local', 'trade' "
            "or 'wire'",
        ),
        (
            '[[outlets]]\nname = "A"\ntier = "local"\ndomains = ["https://a.example/news"]\n',
            "outlets.toml: [[outlets]] #1 'A': key 'domains': 'https://a.example/news' is not a domain like "
            "'nytimes.com'",
        ),
        (
            '[[outlets]]\nname = "A"\ntier = "local"\ndomains = []\n',
            "outlets.toml: [[outlets]] #1 'A': key 'domains': List should have at least 1 item",
        ),
        (
            '[[outlets]]\nname = "A"\ntier = "local"\ndomains = ["a.example"]\naudience = -5\n',
            "outlets.toml: [[outlets]] #1 'A': key 'audience': Input should be greater than or equal to 0",
        ),
        (
            '[[outlets]]\nname = "A"\ntier = "local"\ndomains = ["a.example"]\nreach = 5\n',
            "outlets.toml: [[outlets]] #1 'A': key 'reach': unknown key (check its spelling)",
        ),
        (
            '[[outlets]]\ntier = "local"\ndomains = ["a.example"]\n',
            "outlets.toml: [[outlets]] #1: key 'name': Field required",
        ),
        (
            '[[outlets]]\nname = "A"\ntier = "local"\ndomains = ["a.example"]\n'
            '[[outlets]]\nname = "B"\ntier = "trade"\ndomains = ["b.example", "A.example"]\n',
            "outlets.toml: [[outlets]] #2 'B': key 'domains': 'a.example' is already listed by [[outlets]] #1 'A'",
        ),
        ('[[outlets]\nname = "A"\n', "outlets.toml: not valid TOML"),
    ],
    ids=["tier", "url-not-domain", "no-domains", "negative-audience", "unknown-key", "no-name", "twice", "toml"],
)
def test_mistakes_name_the_file_entry_and_key(config_dir: Path, text: str, expected: str) -> None:
    assert expected in error_of(config_dir, text)


def test_the_shipped_starter_list_is_valid_and_claims_no_audience() -> None:
    outlets = load_config(ROOT / "config").outlets
    raw = tomllib.loads((ROOT / "config" / "outlets.toml").read_text())
    assert len(outlets.entries) >= 50 and {o.tier for o in outlets.entries} == set(TIERS)
    assert all("audience" not in entry for entry in raw["outlets"])  # no figure we cannot source
    assert outlets.outlet_for("https://www.nytimes.com/2026/11/04/us/x.html").name == "The New York Times"
    assert outlets.tier_of("https://edition.cnn.com/x") == "national"
    assert outlets.tier_of("https://apnews.com/article/x") == "wire"


def test_hosts_are_read_from_addresses_and_bare_domains() -> None:
    assert host_of("https://User@WWW.Example.org:443/x") == "www.example.org"
    assert host_of("example.org/x") == "example.org"
