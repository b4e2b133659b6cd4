"""`make eval` (second part): release pickup on the hand-labelled set in tests/data/pickup/labeled.json.

Each release is fingerprinted as `monitor release add` does (the tagger finds its quotes and speakers),
each article is tagged for topics and people as a pass does, and every (article, release) pair goes
through the candidate index and the matcher, as in a pass. Scored per match type (precision / recall
over pairs), and per quote: found, verbatim or not, and every altered word named.

    .venv/bin/python -m tests.eval_pickup [--json] [--mistakes]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "pickup" / "labeled.json"
KINDS = ("verbatim", "partial", "quote", "mention")
TARGETS = {"verbatim": 0.95, "partial": 0.95, "quote": 0.90}


@dataclass
class Evaluation:
    pairs: Counter = field(default_factory=Counter)  # (kind, "tp"|"fp"|"fn")
    quotes: Counter = field(default_factory=Counter)  # "tp", "fp", "fn", "verbatim_right", "altered_right"
    release_quotes: list[str] = field(default_factory=list)  # a line per release: the tagger's quotes vs the labels
    mistakes: list[str] = field(default_factory=list)

    def precision(self, kind: str) -> float:
        tp, fp = self.pairs[(kind, "tp")], self.pairs[(kind, "fp")]
        return tp / (tp + fp) if tp + fp else 1.0

    def recall(self, kind: str) -> float:
        tp, fn = self.pairs[(kind, "tp")], self.pairs[(kind, "fn")]
        return tp / (tp + fn) if tp + fn else 1.0

    def figures(self) -> dict[str, Any]:
        q = self.quotes
        found = q["tp"]
        return {
            "by_kind": {kind: {"precision": round(self.precision(kind), 3), "recall": round(self.recall(kind), 3),
                               "support": self.pairs[(kind, "tp")] + self.pairs[(kind, "fn")]} for kind in KINDS},
            "quotes": {"precision": round(found / (found + q["fp"]), 3) if found + q["fp"] else 1.0,
                       "recall": round(found / (found + q["fn"]), 3) if found + q["fn"] else 1.0,
                       "verbatim_flag_right": round(q["verbatim_right"] / found, 3) if found else 1.0,
                       "altered_words_all_found": round(q["altered_right"] / q["altered_gold"], 3)
                       if q["altered_gold"] else 1.0,
                       "support": found + q["fn"], "altered_support": q["altered_gold"]},
        }


def _plain(text: str) -> list[str]:
    from monitor.pickup.text import words

    return [w.text for w in words(text)]


def _changes(changes: list[str]) -> list[str]:
    return [" ".join(_plain(side)) + "→" + " ".join(_plain(other))
            for side, _, other in (change.partition("→") for change in changes)]


def evaluate(path: Path = DATA, tagger: Any = None) -> Evaluation:
    from monitor.config import load_watchlist
    from monitor.pickup.index import ReleaseIndex
    from monitor.pipeline.releases import fingerprint_release
    from monitor.tag import Tagger

    data = json.loads(path.read_text())
    tagger = tagger or Tagger(load_watchlist(ROOT / "config" / "watchlist.toml"), "en_core_web_sm")
    result = Evaluation()
    fingerprints, index_of = [], {}
    for number, release in enumerate(data["releases"], start=1):
        text = (path.parent / release["file"]).read_text()
        fp = fingerprint_release(text, tagger.tag(text))
        fingerprints.append((number, fp))
        # Labels number the quotes as written; the tagger's numbering is the system's. Map by words.
        mapping = {}
        for gold_index, gold in enumerate(release["quotes"], start=1):
            for quote in fp.quotes:
                if _plain(gold) == _plain(quote.text):
                    mapping[quote.index] = gold_index
        index_of[number] = mapping
        result.release_quotes.append(f"{release['id']}: the tagger found {len(fp.quotes)} quotes, "
                                     f"{len(mapping)} of the {len(release['quotes'])} labelled")
    ids = {number: release["id"] for number, release in enumerate(data["releases"], start=1)}
    index = ReleaseIndex(fingerprints)
    articles = data["articles"]
    tags = tagger.tag_many([a["text"] for a in articles], only_candidates=True)
    for article, found_tags in zip(articles, tags):
        found = dict(index.check(article["text"], topics={t.id for t in found_tags.topics},
                                 people={p.id for p in found_tags.people}))
        gold = {label["release"]: label for label in article.get("expected", [])}
        for number, release_id in ids.items():
            label = gold.get(release_id, {"match": "none", "quotes": []})
            match = found.get(number)
            predicted = match.kind if match else "none"
            expected = label["match"]
            if predicted == expected and expected != "none":
                result.pairs[(expected, "tp")] += 1
            elif predicted != expected:
                if predicted != "none":
                    result.pairs[(predicted, "fp")] += 1
                if expected != "none":
                    result.pairs[(expected, "fn")] += 1
                result.mistakes.append(f"{article['id']} × {release_id}: expected {expected}, got {predicted}"
                                       f"{f' (reuse {match.reuse:.2f}, sentences {match.sentences})' if match else ''}"
                                       f" — {article.get('note', '')}")
            _score_quotes(result, article["id"], release_id, label["quotes"],
                          [(index_of[number].get(q.index), q) for q in (match.quotes if match else [])])
    return result


def _score_quotes(result: Evaluation, article_id: str, release_id: str, gold: list[dict[str, Any]],
                  predicted: list[tuple[int | None, Any]]) -> None:
    expected = {q["index"]: q for q in gold}
    seen = set()
    for gold_index, quote in predicted:
        if gold_index not in expected:
            result.quotes["fp"] += 1
            result.mistakes.append(f"{article_id} × {release_id}: quote {gold_index} found but not labelled")
            continue
        seen.add(gold_index)
        result.quotes["tp"] += 1
        label = expected[gold_index]
        result.quotes["verbatim_right"] += quote.verbatim == label["verbatim"]
        if label["altered"]:
            result.quotes["altered_gold"] += 1
            right = sorted(_changes(quote.altered)) == sorted(_changes(label["altered"]))
            result.quotes["altered_right"] += right
            if not right:
                result.mistakes.append(f"{article_id} × {release_id} quote {gold_index}: altered {quote.altered}, "
                                       f"labelled {label['altered']}")
        elif quote.verbatim != label["verbatim"]:
            result.mistakes.append(f"{article_id} × {release_id} quote {gold_index}: altered {quote.altered}, "
                                   f"labelled verbatim")
    for gold_index in expected.keys() - seen:
        result.quotes["fn"] += 1
        result.mistakes.append(f"{article_id} × {release_id}: quote {gold_index} missed")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--mistakes", action="store_true")
    args = parser.parse_args()
    result = evaluate()
    figures = result.figures()
    if args.json:
        json.dump(figures, sys.stdout, indent=2)
        print()
        return 0
    data = json.loads(DATA.read_text())
    print(f"Release pickup on {len(data['releases'])} releases × {len(data['articles'])} articles "
          f"(tests/data/pickup/labeled.json)")
    for line in result.release_quotes:
        print("  " + line)
    print(f"{'match type':12} {'precision':>9} {'recall':>7} {'support':>8}  target")
    for kind, row in figures["by_kind"].items():
        target = TARGETS.get(kind)
        verdict = "" if target is None else ("PASS" if min(row["precision"], row["recall"]) >= target else "MISS")
        print(f"{kind:12} {row['precision']:9.3f} {row['recall']:7.3f} {row['support']:8d}  "
              f"{f'≥ {target}' if target else ''} {verdict}")
    q = figures["quotes"]
    print(f"quotes found: precision {q['precision']:.3f}, recall {q['recall']:.3f} ({q['support']} labelled); "
          f"verbatim flag right {q['verbatim_flag_right']:.3f}; every altered word named in "
          f"{q['altered_words_all_found']:.3f} of {q['altered_support']} altered quotes")
    if args.mistakes or result.mistakes:
        print(f"\n{len(result.mistakes)} mistakes" + (":" if args.mistakes else " (--mistakes lists them)"))
        if args.mistakes:
            for line in result.mistakes:
                print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
