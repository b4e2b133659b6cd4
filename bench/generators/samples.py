"""The bundled sample feeds (data/samples/feeds/) as the documents a pass tags, with their labels
(tests/data/samples_expected.json): tagging is scored on them, and the tagging benchmark reads them."""

from __future__ import annotations

import json
from pathlib import Path

from monitor.extract.article import feed_text
from monitor.parse import parse_feed
from monitor.records import document_text

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "data" / "samples"
EXPECTED = json.loads((ROOT / "tests" / "data" / "samples_expected.json").read_text())


def sample_documents() -> dict[str, str]:
    docs: dict[str, str] = {}
    for name, info in EXPECTED["feeds"].items():
        if info["ok"]:
            for entry in parse_feed((SAMPLES / "feeds" / name).read_bytes(), url=f"https://x.example/{name}").entries:
                docs.setdefault(entry.url, document_text(entry.title, feed_text(entry)))
    return docs
