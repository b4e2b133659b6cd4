"""Configuration errors name the file, the entry and the key; environment overrides apply."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor.config import load_config
from monitor.errors import ConfigError
from tests.conftest import ROOT


def write(directory: Path, name: str, text: str) -> None:
    (directory / name).write_text(text)


def test_the_shipped_config_is_valid() -> None:
    config = load_config(ROOT / "config")
    assert {t.id for t in config.watchlist.topics} >= {"secure-communities", "ice"}
    assert {p.id for p in config.watchlist.people} == {
        "lynn-tramonte",
        "frank-sharry",
        "john-morton",
        "janet-napolitano",
    }
    assert len(config.feeds) >= 6 and all(f.url.startswith("https://") for f in config.feeds)


def test_the_demo_feeds_resolve_to_bundled_files() -> None:
    config = load_config(ROOT / "config", feeds_file=ROOT / "data" / "samples" / "feeds.toml")
    assert len(config.feeds) >= 6
    for feed in config.feeds:
        assert feed.url.startswith("file:///") and Path(feed.url.removeprefix("file://")).is_file()


def test_missing_key_names_file_entry_and_key(config_dir: Path) -> None:
    write(
        config_dir,
        "feeds.toml",
        '[[feeds]]\nname = "Good"\nurl = "https://a.example/f"\n\n[[feeds]]\nname = "Valley"\n',
    )
    with pytest.raises(ConfigError) as caught:
        load_config(config_dir)
    assert str(caught.value) == f"{config_dir / 'feeds.toml'}: [[feeds]] #2 'Valley': key 'url': Field required"


def test_unknown_key_and_bad_value_are_both_reported(config_dir: Path) -> None:
    write(config_dir, "feeds.toml", '[[feeds]]\nname = "A"\nurl = "ftp://a.example/f"\nfull_txt = true\n')
    message = str(pytest.raises(ConfigError, load_config, config_dir).value)
    assert "[[feeds]] #1 'A': key 'url': must start with http://" in message
    assert "key 'full_txt': unknown key (check its spelling)" in message


def test_watchlist_errors_name_the_topic(config_dir: Path) -> None:
    write(config_dir, "watchlist.toml", '[[topics]]\nid = "Bad Id"\nlabel = "x"\nphrases = ["x"]\n')
    message = str(pytest.raises(ConfigError, load_config, config_dir).value)
    assert "watchlist.toml: [[topics]] #1 'Bad Id': key 'id': must be lower-case" in message


def test_topic_with_nothing_to_match_is_refused(config_dir: Path) -> None:
    write(config_dir, "watchlist.toml", '[[topics]]\nid = "empty"\nlabel = "x"\n')
    assert "needs at least one of phrases" in str(pytest.raises(ConfigError, load_config, config_dir).value)


def test_duplicate_feed_names_are_refused(config_dir: Path) -> None:
    write(
        config_dir,
        "feeds.toml",
        '[[feeds]]\nname = "A"\nurl = "https://a.example/1"\n[[feeds]]\nname = "A"\nurl = "https://a.example/2"\n',
    )
    assert "[[feeds]] #2: key 'name': 'A' is used twice" in str(
        pytest.raises(ConfigError, load_config, config_dir).value
    )


def test_broken_toml_names_the_file(config_dir: Path) -> None:
    write(config_dir, "settings.toml", "[settings\n")
    message = str(pytest.raises(ConfigError, load_config, config_dir).value)
    assert message.startswith(f"{config_dir / 'settings.toml'}: not valid TOML")


def test_settings_errors_name_the_key(config_dir: Path) -> None:
    write(config_dir, "settings.toml", "[settings]\nconcurrency = 0\n")
    message = str(pytest.raises(ConfigError, load_config, config_dir).value)
    assert "settings.toml: [settings]: key 'concurrency': Input should be greater than or equal to 1" in message


def test_environment_overrides_the_database(config_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MONITOR_DATABASE_URL", "sqlite:////tmp/elsewhere.db")
    assert load_config(config_dir).settings.database_url == "sqlite:////tmp/elsewhere.db"
    monkeypatch.delenv("MONITOR_CONFIG_DIR")
    (config_dir.parent / "elsewhere").mkdir()
    monkeypatch.chdir(config_dir.parent / "elsewhere")
    with pytest.raises(ConfigError, match="config directory not found"):
        load_config()


def test_relative_file_feeds_resolve_against_the_feeds_file(config_dir: Path) -> None:
    write(config_dir, "feeds.toml", '[[feeds]]\nname = "Local"\nurl = "file:local/feed.xml"\n')
    assert load_config(config_dir).feeds[0].url == (config_dir / "local" / "feed.xml").as_uri()


def test_polling_spans_and_networks_are_checked_by_name(config_dir: Path) -> None:
    settings = config_dir / "settings.toml"
    good = "".join(line for line in settings.read_text().splitlines(True) if "page_allowed_networks" not in line)
    write(
        config_dir,
        "settings.toml",
        good + 'max_backoff = "soon"\nmin_poll_interval = "2h"\npage_allowed_networks = ["10.0.0.0/8", "intranet"]\n',
    )
    with pytest.raises(ConfigError) as caught:
        load_config(config_dir)
    lines = str(caught.value).splitlines()
    assert f"{settings}: [settings]: key 'max_backoff': 'soon' is not a span like 90m, 6h, 3d or 2w" in lines
    assert any("key 'page_allowed_networks.1'" in line and "intranet" in line for line in lines)
    write(config_dir, "settings.toml", good + 'min_poll_interval = "12h"\n')
    with pytest.raises(ConfigError, match="min_poll_interval is longer than max_poll_interval"):
        load_config(config_dir)
    write(config_dir, "settings.toml", good + 'min_poll_interval = "30m"\nmax_backoff = "2d"\n')
    settings_read = load_config(config_dir).settings
    assert (settings_read.min_poll_interval.total_seconds(), settings_read.max_backoff.days) == (1800, 2)
