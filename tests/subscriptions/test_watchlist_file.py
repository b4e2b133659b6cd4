"""watchlist.toml written by the site's editor: one entry changed in place, every other line as it was."""

from __future__ import annotations

import difflib
import shutil
from pathlib import Path

import pytest

from monitor.errors import ConfigError
from monitor.subscriptions.watchlist_file import fingerprint, parse, save, with_entry
from tests.conftest import ROOT, write_config_dir

SHIPPED = (ROOT / "config" / "watchlist.toml").read_text()


def changed_lines(before: str, after: str) -> list[str]:
    return [
        line
        for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]


def test_a_changed_word_list_rewrites_that_key_only() -> None:
    ice = parse(Path("watchlist.toml"), SHIPPED).topics[1].model_dump()
    ice["terms"][0]["reject_any"] = [*ice["terms"][0]["reject_any"], "sleet"]
    after = with_entry(SHIPPED, "topics", "ice", ice)
    lines = changed_lines(SHIPPED, after)
    assert all("reject_any" in line or line.startswith("-  ") for line in lines), lines
    assert [line for line in lines if line.startswith("+")][0].startswith('+  reject_any = ["intercontinental')
    assert "sleet" in after and parse(Path("w.toml"), after).topics[1].terms[0].reject_any[-1] == "sleet"


def test_a_new_person_is_appended_with_only_what_was_given() -> None:
    entry = {"id": "ana-ruiz", "name": "Ana Ruiz", "aliases": ["A. Ruiz"], "organisation": None, "context": []}
    after = with_entry(SHIPPED, "people", None, entry)
    assert changed_lines(SHIPPED, after) == [
        "+",
        "+[[people]]",
        '+id = "ana-ruiz"',
        '+name = "Ana Ruiz"',
        '+aliases = ["A. Ruiz"]',
    ]


def test_a_new_term_leaves_out_what_the_defaults_say_and_a_query_with_quotes_is_single_quoted() -> None:
    topic = {
        "id": "s-comm",
        "label": "S-Comm",
        "terms": [{"text": "SC", "case_sensitive": True, "window": 40, "require_any": ["jail"], "reject_any": []}],
        "query": '"Secure Communities" NOT housing',
    }
    after = with_entry("", "topics", None, topic)
    assert after == (
        '[[topics]]\nid = "s-comm"\nlabel = "S-Comm"\nquery = \'"Secure Communities" NOT housing\'\n\n'
        '[[topics.terms]]\ntext = "SC"\nrequire_any = ["jail"]\n'
    )
    assert parse(Path("w.toml"), after).topics[0].terms[0].window == 40


def test_removing_an_entry_and_an_unknown_id() -> None:
    after = with_entry(SHIPPED, "people", "john-morton", None)
    assert "john-morton" not in after and "janet-napolitano" in after
    with pytest.raises(ConfigError, match="no entry of \\[\\[people\\]\\] has the id 'nobody'"):
        with_entry(SHIPPED, "people", "nobody", None)


def test_save_refuses_a_file_changed_meanwhile_and_puts_back_one_that_does_not_start(tmp_path: Path) -> None:
    config = write_config_dir(tmp_path / "config", tmp_path)
    for name in ("feeds.toml",):
        shutil.copy(ROOT / "config" / name, config / name)
    path = config / "watchlist.toml"
    original = path.read_text()
    with pytest.raises(ConfigError, match="changed on disk since this form was opened"):
        save(path, original + "\n", expected=fingerprint("something else"))
    broken = original.replace('id = "ice"', 'id = "secure-communities"')  # an id used twice
    with pytest.raises(ConfigError, match="'secure-communities' is used twice"):
        save(path, broken, expected=fingerprint(original))
    assert path.read_text() == original
    assert save(path, original + "\n", expected=fingerprint(original)) == original
    assert path.read_text() == original + "\n"
