"""`monitor tag`: the public JSON contract, on files and on JSON lines, with bad input reported."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from monitor.cli import app
from tests.conftest import ROOT

runner = CliRunner()
TEXT = (
    "Harbor County ends its part in Secure Communities\n\n"
    "“The program never made us safer,” said Lynn Tramonte, deputy director of America’s Voice.\n\n"
    "ICE agents had asked the jail to detain people past their release dates. Tramonte said: "
    "“Counties should not do the deportation work of the federal government.”"
)


def test_tag_prints_the_contract_for_each_file(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(TEXT, encoding="utf-8")
    result = runner.invoke(app, ["tag", "--config", str(ROOT / "config"), str(story)])
    assert result.exit_code == 0, result.output
    record = json.loads(result.output)
    assert set(record) == {"id", "topics", "people", "quotes"} and record["id"] == str(story)
    assert [(t["id"], t["text"]) for t in record["topics"]] == [
        ("secure-communities", "Secure Communities"),
        ("ice", "ICE"),
    ]
    assert [(p["id"], p["name"], p["text"]) for p in record["people"]] == [
        ("lynn-tramonte", "Lynn Tramonte", "Lynn Tramonte"),
        ("lynn-tramonte", "Lynn Tramonte", "Tramonte"),
    ]
    assert [(q["speaker"], q["speaker_id"], q["cue"]) for q in record["quotes"]] == [
        ("Lynn Tramonte", "lynn-tramonte", "said"),
        ("Lynn Tramonte", "lynn-tramonte", "said"),
    ]
    for item in record["topics"] + record["people"] + record["quotes"]:
        assert TEXT[item["start"] : item["end"]] == item["text"]
    # The first release's fields are all still there; later ones were added beside them.
    assert set(record["quotes"][0]) >= {"text", "start", "end", "speaker", "speaker_id", "cue"}
    first = record["quotes"][0]
    assert TEXT[slice(*first["source"])] in ("Lynn Tramonte", "Tramonte") and TEXT[slice(*first["cue_span"])] == "said"
    assert 0 < first["confidence"] <= 1 and first["shape"] and all(t["reason"] for t in record["topics"])


def test_tag_reads_json_lines_and_reports_a_bad_line_without_stopping() -> None:
    lines = "\n".join([json.dumps({"id": 1, "text": TEXT}), "not json", json.dumps({"id": "b", "text": "Ice cream."})])
    result = runner.invoke(app, ["tag", "--jsonl", "--config", str(ROOT / "config")], input=lines + "\n")
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert [r["id"] for r in records] == [1, "b"]
    assert records[1] == {"id": "b", "topics": [], "people": [], "quotes": []}
    assert "stdin line 2" in result.stderr


def test_tag_says_how_to_install_a_missing_model(tmp_path: Path) -> None:
    config = tmp_path / "config"
    config.mkdir()
    (config / "watchlist.toml").write_text((ROOT / "config" / "watchlist.toml").read_text())
    (config / "settings.toml").write_text('[settings]\nspacy_model = "xx_no_such_model"\n')
    result = runner.invoke(app, ["tag", "--config", str(config)], input="")
    assert result.exit_code == 1
    assert "no trained spaCy model is installed" in result.stderr and "pip install" in result.stderr


def test_quotes_of_a_document_that_mentions_nothing_watched_come_only_with_all_quotes() -> None:
    other = json.dumps({"id": "farm", "text": "Pumpkin weigh-off\n\n“We had a cool August,” said grower Ada Lunde."})
    plain = runner.invoke(app, ["tag", "--jsonl", "--config", str(ROOT / "config")], input=other + "\n")
    every = runner.invoke(app, ["tag", "--jsonl", "--all-quotes", "--config", str(ROOT / "config")], input=other + "\n")
    assert json.loads(plain.stdout)["quotes"] == []  # as a pass stores it
    (quote,) = json.loads(every.stdout)["quotes"]
    assert (quote["speaker"], quote["speaker_kind"], quote["text"]) == ("Ada Lunde", "person", "We had a cool August")
