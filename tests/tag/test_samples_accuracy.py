"""Tagging scored on the hand-labeled sample articles (tests/data/samples_expected.json), all 42 of them.

Prints precision and recall; the floors sit at the measured figures so accuracy cannot silently drop.
"""

from __future__ import annotations

from bench.generators.samples import EXPECTED, sample_documents
from monitor.tag import Tagger


def score(got: set, want: set) -> tuple[float, float]:
    hit = len(got & want)
    return (hit / len(got) if got else 1.0, hit / len(want) if want else 1.0)


def test_tagging_accuracy_on_the_samples(tagger: Tagger) -> None:
    docs = sample_documents()
    got = {k: set() for k in ("topics", "people", "quotes", "speakers")}
    want = {k: set() for k in got}
    for article in EXPECTED["articles"]:
        url = article["url"]
        tags = tagger.tag(docs[url])
        got["topics"] |= {(url, t.id) for t in tags.topics}
        got["people"] |= {(url, p.id) for p in tags.people}
        got["quotes"] |= {(url, q.text) for q in tags.quotes}
        got["speakers"] |= {(url, q.text, q.speaker) for q in tags.quotes}
        want["topics"] |= {(url, t) for t in article["topics"]}
        want["people"] |= {(url, p) for p in article["people"]}
        want["quotes"] |= {(url, q["text"]) for q in article["quotes"]}
        want["speakers"] |= {(url, q["text"], q["speaker"]) for q in article["quotes"]}
    scores = {kind: score(got[kind], want[kind]) for kind in got}
    for kind, (precision, recall) in scores.items():
        print(f"{kind:9} P={precision:.3f} R={recall:.3f} (n={len(want[kind])})")
    assert len(want["quotes"]) >= 60
    for kind, (precision, recall) in scores.items():
        assert precision >= 0.98 and recall >= 0.98, kind
