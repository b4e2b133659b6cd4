"""Text from feeds is printed as it came: it can never act as rich markup in a table."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from monitor.cli import output
from monitor.store.reads import Hit, QuoteRow


def test_feed_text_that_looks_like_markup_is_printed_verbatim(capsys: pytest.CaptureFixture[str]) -> None:
    hit = Hit(
        article_id=1,
        fetched_at=datetime(2026, 11, 2, tzinfo=UTC),
        published_at=None,
        outlet="[bold]Outlet[/bold]",
        title="Jail [red]vote[/red] delayed",
        url="https://a.example/x]y",
        topics=["ice"],
        people=["lynn-tramonte"],
        quotes=[QuoteRow("We said [b]no[/b] to it", "Lynn Tramonte", "lynn-tramonte", "said")],
    )
    output.print_hits([hit], output.Format.TABLE, since="24h", labels={"ice": "ICE"})
    printed = capsys.readouterr().out
    assert "[bold]Outlet[/bold]" in printed and "[red]vote[/red]" in printed and "[b]no[/b]" in printed


def test_error_messages_naming_feeds_are_printed_verbatim(config_dir: Path) -> None:
    from typer.testing import CliRunner

    from monitor.cli import app

    (config_dir / "feeds.toml").write_text('[[feeds]]\nname = "Wire [bold]x[/bold]"\n')
    result = CliRunner().invoke(app, ["run", "--config", str(config_dir)])
    assert result.exit_code == 1
    assert "[[feeds]] #1 'Wire [bold]x[/bold]': key 'url': Field required" in result.output
