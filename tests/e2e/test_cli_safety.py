"""The command line with hostile input: CSV cells that a spreadsheet would run are defused (the same function
as the review site's export), and `monitor tag` takes a document of any length, or names a bad one and goes on."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from sqlalchemy import select
from typer.testing import CliRunner

from bench.generators.feeds import Item, rss
from monitor.cli import app
from monitor.config import load_config
from monitor.present.cells import spreadsheet_safe
from monitor.store import connect, labels
from monitor.store.tables import Article

runner = CliRunner()
FORMULAS = [
    '=HYPERLINK("http://evil.example/","ICE detains")',
    "+SUM(1,2) ICE detains",
    "-2+3 ICE detains",
    "@SUM(1) ICE detains",
    "\t=1 ICE detains",
]


def test_hits_as_csv_defuses_formula_cells(config_dir: Path, tmp_path: Path) -> None:
    items = [
        Item(
            f"{formula} a man near the border",
            link=f"https://news.example.org/{n}",
            description="Immigration and Customs Enforcement agents detained a man on Tuesday, officials said.",
        )
        for n, formula in enumerate(FORMULAS)
    ]
    (tmp_path / "feed.xml").write_text(rss(items))
    (config_dir / "feeds.toml").write_text(
        f'[[feeds]]\nname = "Hostile"\nurl = "file:{tmp_path / "feed.xml"}"\noutlet = "=cmd|\' /C calc\'!A0"\n'
    )
    assert runner.invoke(app, ["run", "--config", str(config_dir)]).exit_code == 0
    with connect(load_config(config_dir).settings.database_url) as session:  # labels, as the site's CSV has them
        first = session.execute(select(Article.id).order_by(Article.id)).scalars().first()
        for name in ("=win", "op-ed"):
            label = labels.create_label(session, name, by="ana")
            labels.set_label(session, [first], label.id, True, by="ana")
    result = runner.invoke(app, ["hits", "--format", "csv", "--config", str(config_dir)])
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert len(rows) == len(FORMULAS)
    assert sorted(row["labels"] for row in rows) == [""] * (len(FORMULAS) - 1) + ["'=win; op-ed"]
    for row in rows:
        for cell in row.values():
            assert cell[:1] not in ("=", "+", "-", "@", "\t", "\r"), row
        assert row["outlet"] == spreadsheet_safe("=cmd|' /C calc'!A0")
    headlines = sorted(row["headline"].removesuffix(" a man near the border") for row in rows)
    assert headlines == sorted("'" + " ".join(f.split()) for f in FORMULAS)  # white space tidied, then defused


def test_tag_takes_a_document_longer_than_the_model_reads_at_once(config_dir: Path, tmp_path: Path) -> None:
    filler = "The harbor board met on Tuesday to discuss dredging, parking and the ferry timetable. " * 40
    text = (
        "Harbor notes\n\n"
        + "\n\n".join([filler] * 90)
        + "\n\nLynn Tramonte of America's Voice said: “Immigration and Customs Enforcement must answer.”"
    )
    assert len(text) > 300_000
    (tmp_path / "long.txt").write_text(text)
    result = runner.invoke(app, ["tag", str(tmp_path / "long.txt"), "--config", str(config_dir)])
    assert result.exit_code == 0, result.output
    tags = json.loads(result.output)
    (topic,) = tags["topics"]
    assert text[topic["start"] : topic["end"]] == "Immigration and Customs Enforcement" and topic["start"] > 300_000
    (quote,) = tags["quotes"]
    assert quote["speaker"] == "Lynn Tramonte" and text[quote["start"] : quote["end"]] == quote["text"]


def test_tag_names_a_bad_input_line_and_tags_the_others(config_dir: Path) -> None:
    lines = [
        '{"id": 1, "text": "ICE agents detained a man, officials said."}',
        "{not json",
        '{"id": 3}',
        '{"id": 4, "text": "Immigration and Customs Enforcement opened an office."}',
    ]
    result = runner.invoke(app, ["tag", "--jsonl", "--config", str(config_dir)], input="\n".join(lines) + "\n")
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "stdin line 2" in result.output and "stdin line 3" in result.output
    ids = [json.loads(line)["id"] for line in result.output.splitlines() if line.startswith("{")]
    assert ids == [1, 4]
