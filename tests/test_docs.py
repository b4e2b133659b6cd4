"""The README and `--help` stay true: every command is documented, every dependency explained."""

from __future__ import annotations

import re
import tomllib

from typer.main import get_command
from typer.testing import CliRunner

from monitor.cli import app
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text()
COMMANDS = get_command(app).commands  # type: ignore[attr-defined]


def test_readme_gives_the_two_commands() -> None:
    assert "make demo" in README and "make test" in README


def test_every_command_has_help_with_an_example_and_is_in_the_readme() -> None:
    assert set(COMMANDS) == {
        "run",
        "tag",
        "hits",
        "feeds",
        "reanalyze",
        "serve",
        "users",
        "release",
        "digest",
        "backup",
        "restore",
        "db",
        "alerts",
        "prune",
        "worker",
        "schedule",
    }
    for name in COMMANDS:
        result = CliRunner().invoke(app, [name, "--help"])
        assert result.exit_code == 0 and "Example:" in result.output, name
        assert f"`monitor {name}" in README, f"monitor {name} is missing from the README"


def test_every_dependency_is_explained_in_the_readme() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    for requirement in project["dependencies"]:
        name = re.split(r"[<>=!~ \[]", requirement)[0].lower()
        assert name in README.lower(), f"README does not say why {name} is a dependency"


def test_ci_calls_the_readme_test_command() -> None:
    assert "make test" in (ROOT / ".ci" / "run").read_text()


def test_version_flag_prints_the_version() -> None:
    from monitor import __version__

    result = CliRunner().invoke(app, ["--version"])
    assert result.exit_code == 0 and result.output.strip() == __version__
