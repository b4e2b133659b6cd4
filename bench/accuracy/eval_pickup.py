"""`make eval` (second part): release pickup on the labelled sets, the dev set and the blind held-out set.

    tests/data/pickup/labeled.json           dev: the matcher was tuned on it (4 releases, 69 articles)
    tests/data/pickup/heldout/labeled.json   blind: written by a helper who never read the matcher; report only

Each release is fingerprinted as `monitor release add` does (the tagger finds its quotes and speakers),
each article is tagged for topics and people as a pass does, and every (article, release) pair goes
through the candidate index and the matcher, as in a pass. A pair missing from an article's labels is a
"none" pair. Scored per match type (precision / recall over pairs), as reuse (verbatim, partial or quote
against everything else), as class accuracy over every pair, and per quote: found, verbatim or not, and
every altered word named.

    .venv/bin/python -m bench.accuracy.eval_pickup [--data dev|heldout|PATH ...] [--json] [--mistakes]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "pickup" / "labeled.json"
HELDOUT = ROOT / "tests" / "data" / "pickup" / "heldout" / "labeled.json"
SETS = {"dev": DATA, "heldout": HELDOUT}
KINDS = ("verbatim", "partial", "quote", "mention")
REUSED = ("verbatim", "partial", "quote")  # a pair "reused" the release: some of its words ran
TARGETS = {"verbatim": 0.95, "partial": 0.95, "quote": 0.90}
# The issue's targets, over all of a set's pairs.
ISSUE_TARGETS = {"reuse_precision": 0.95, "reuse_recall": 0.95, "class_accuracy": 0.95, "altered_named": 1.0}


@dataclass(frozen=True)
class Pair:
    """One (article, release) pair: its label and what the matcher said."""

    article: str
    release: str
    expected: str
    predicted: str
    match: Any  # monitor.pickup.match.Match, or None when the index found nothing
    label: dict[str, Any]
    note: str = ""


@dataclass
class Evaluation:
    pairs: Counter = field(default_factory=Counter)  # (kind, "tp"|"fp"|"fn")
    quotes: Counter = field(default_factory=Counter)  # "tp", "fp", "fn", "verbatim_right", "altered_right", ...
    release_quotes: list[str] = field(default_factory=list)  # a line per release: the tagger's quotes vs the labels
    mistakes: list[str] = field(default_factory=list)
    outcomes: list[Pair] = field(default_factory=list)  # every pair, "none" pairs included

    def precision(self, kind: str) -> float:
        tp, fp = self.pairs[(kind, "tp")], self.pairs[(kind, "fp")]
        return tp / (tp + fp) if tp + fp else 1.0

    def recall(self, kind: str) -> float:
        tp, fn = self.pairs[(kind, "tp")], self.pairs[(kind, "fn")]
        return tp / (tp + fn) if tp + fn else 1.0

    def reuse(self) -> dict[str, Any]:
        """Reuse as one class: did the article run any of the release's words (verbatim, partial or quote)?"""
        tp = sum(1 for p in self.outcomes if p.expected in REUSED and p.predicted in REUSED)
        labelled = sum(1 for p in self.outcomes if p.expected in REUSED)
        found = sum(1 for p in self.outcomes if p.predicted in REUSED)
        return {
            "precision": round(tp / found, 3) if found else 1.0,
            "recall": round(tp / labelled, 3) if labelled else 1.0,
            "support": labelled,
        }

    def accuracy(self) -> dict[str, Any]:
        """Class accuracy over every pair, and over the pairs that are labelled or found as something."""
        right = sum(1 for p in self.outcomes if p.expected == p.predicted)
        busy = [p for p in self.outcomes if p.expected != "none" or p.predicted != "none"]
        return {
            "all": round(right / len(self.outcomes), 3) if self.outcomes else 1.0,
            "pairs": len(self.outcomes),
            "labelled_or_found": round(sum(p.expected == p.predicted for p in busy) / len(busy), 3) if busy else 1.0,
            "busy_pairs": len(busy),
        }

    def figures(self) -> dict[str, Any]:
        q = self.quotes
        found = q["tp"]
        return {
            "by_kind": {
                kind: {
                    "precision": round(self.precision(kind), 3),
                    "recall": round(self.recall(kind), 3),
                    "support": self.pairs[(kind, "tp")] + self.pairs[(kind, "fn")],
                }
                for kind in KINDS
            },
            "reuse": self.reuse(),
            "accuracy": self.accuracy(),
            "quotes": {
                "precision": round(found / (found + q["fp"]), 3) if found + q["fp"] else 1.0,
                "recall": round(found / (found + q["fn"]), 3) if found + q["fn"] else 1.0,
                "verbatim_flag_right": round(q["verbatim_right"] / found, 3) if found else 1.0,
                "altered_words_all_found": round(q["altered_right"] / q["altered_gold"], 3)
                if q["altered_gold"]
                else 1.0,
                "support": found + q["fn"],
                "altered_support": q["altered_gold"],
                # Over every labelled altered quote, found or not: the issue's "5 of 5 flagged".
                "altered_labelled": q["altered_labelled"],
                "altered_flagged": q["altered_flagged"],
                "altered_named": q["altered_right"],
            },
        }


def _plain(text: str) -> list[str]:
    from monitor.pickup.prose import words

    return [w.text for w in words(text)]


def _changes(changes: list[str]) -> list[str]:
    return [
        " ".join(_plain(side)) + "→" + " ".join(_plain(other))
        for side, _, other in (change.partition("→") for change in changes)
    ]


@dataclass(frozen=True)
class Prepared:
    """A labelled set read and tagged once: what `score` needs to run the matcher (again, cheaply)."""

    data: dict[str, Any]
    release_texts: list[str]
    release_tags: list[Any]  # monitor.records.Tags of each release
    watchlist: Any  # monitor.config.Watchlist: the words of each release's topics
    article_tags: list[tuple[set[str], set[str]]]  # (topics, people) of each article


def prepare(path: Path = DATA, tagger: Any = None) -> Prepared:
    """Read the set and run the tagger over its releases and articles (the slow part, done once)."""
    from monitor.config import load_watchlist
    from monitor.tag import Tagger

    data = json.loads(path.read_text())
    watchlist = load_watchlist(ROOT / "config" / "watchlist.toml")
    tagger = tagger or Tagger(watchlist, "en_core_web_sm")
    texts = [(path.parent / release["file"]).read_text() for release in data["releases"]]
    tags = tagger.tag_many([a["text"] for a in data["articles"]], only_candidates=True)
    return Prepared(
        data,
        texts,
        [tagger.tag(text) for text in texts],
        watchlist,
        [({t.id for t in found.topics}, {p.id for p in found.people}) for found in tags],
    )


def evaluate(path: Path = DATA, tagger: Any = None) -> Evaluation:
    return score(prepare(path, tagger))


WINDOW = timedelta(days=30)  # as monitor.pipeline.release_pickup.WINDOW_DAYS: a pass checks a release for 30 days
EARLY = timedelta(hours=1)  # and from an hour before it is published (monitor.store.releases.EARLY_SLACK)


def _when(stamp: str) -> datetime:
    return datetime.fromisoformat(stamp.replace("Z", "+00:00"))


def in_window(article: dict[str, Any], release: dict[str, Any]) -> bool:
    """Would a pass check this article against this release (published within the release's window)?"""
    published = _when(release["published"])
    return published - EARLY <= _when(article["published"]) <= published + WINDOW


def score(prepared: Prepared, *, window: bool = True) -> Evaluation:
    """Every (article, release) pair of a prepared set through the index and the matcher, scored; with
    `window`, as a pass does, only the releases whose window holds the article's date are checked (the rest
    are "none"). The release's own site is not left out: the labels say what its copy is."""
    from monitor.pickup.index import ReleaseIndex
    from monitor.pipeline.release_pickup import fingerprint_release

    data = prepared.data
    result = Evaluation()
    fingerprints, index_of = [], {}
    for number, (release, text, tags) in enumerate(
        zip(data["releases"], prepared.release_texts, prepared.release_tags), start=1
    ):
        fp = fingerprint_release(text, tags, watchlist=prepared.watchlist, published=_when(release["published"]))
        fingerprints.append((number, fp))
        # Labels number the quotes as written; the tagger's numbering is the system's. Map by words.
        mapping = {}
        for gold_index, gold in enumerate(release["quotes"], start=1):
            for quote in fp.quotes:
                if _plain(gold) == _plain(quote.text):
                    mapping[quote.index] = gold_index
        index_of[number] = mapping
        result.release_quotes.append(
            f"{release['id']}: the tagger found {len(fp.quotes)} quotes, "
            f"{len(mapping)} of the {len(release['quotes'])} labelled"
        )
    ids = {number: release["id"] for number, release in enumerate(data["releases"], start=1)}
    index = ReleaseIndex(fingerprints)
    for article, (topics, people) in zip(data["articles"], prepared.article_tags):
        found = dict(index.check(article["text"], topics=topics, people=people))
        gold = {label["release"]: label for label in article.get("expected", [])}
        for number, release_id in ids.items():
            label = gold.get(release_id, {"match": "none", "quotes": []})
            match = found.get(number) if not window or in_window(article, data["releases"][number - 1]) else None
            predicted = match.kind if match else "none"
            expected = label["match"]
            result.outcomes.append(
                Pair(article["id"], release_id, expected, predicted, match, label, article.get("note", ""))
            )
            if predicted == expected and expected != "none":
                result.pairs[(expected, "tp")] += 1
            elif predicted != expected:
                if predicted != "none":
                    result.pairs[(predicted, "fp")] += 1
                if expected != "none":
                    result.pairs[(expected, "fn")] += 1
                result.mistakes.append(
                    f"{article['id']} × {release_id}: expected {expected}, got {predicted}"
                    f"{f' (reuse {match.reuse:.2f}, sentences {match.sentences})' if match else ''}"
                    f" — {article.get('note', '')}"
                )
            _score_quotes(
                result,
                article["id"],
                release_id,
                label["quotes"],
                [(index_of[number].get(q.index), q) for q in (match.quotes if match else [])],
            )
    return result


def _score_quotes(
    result: Evaluation,
    article_id: str,
    release_id: str,
    gold: list[dict[str, Any]],
    predicted: list[tuple[int | None, Any]],
) -> None:
    expected = {q["index"]: q for q in gold}
    result.quotes["altered_labelled"] += sum(1 for q in gold if q["altered"])
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
            result.quotes["altered_flagged"] += not quote.verbatim
            right = sorted(_changes(quote.altered)) == sorted(_changes(label["altered"]))
            result.quotes["altered_right"] += right
            if not right:
                result.mistakes.append(
                    f"{article_id} × {release_id} quote {gold_index}: altered {quote.altered}, "
                    f"labelled {label['altered']}"
                )
        elif quote.verbatim != label["verbatim"]:
            result.mistakes.append(
                f"{article_id} × {release_id} quote {gold_index}: altered {quote.altered}, labelled verbatim"
            )
    for gold_index in expected.keys() - seen:
        result.quotes["fn"] += 1
        result.mistakes.append(f"{article_id} × {release_id}: quote {gold_index} missed")


def _rows(figures: dict[str, dict[str, Any]]) -> list[tuple[str, list[str], str]]:
    """(label, one cell per set, target) for the side-by-side table."""

    def cell(pick: Any) -> list[str]:
        return [pick(f) for f in figures.values()]

    rows = [
        ("pairs (article × release)", cell(lambda f: f"{f['accuracy']['pairs']}"), ""),
        ("reuse precision", cell(lambda f: f"{f['reuse']['precision']:.3f}"), "≥ 0.95"),
        ("reuse recall", cell(lambda f: f"{f['reuse']['recall']:.3f} ({f['reuse']['support']})"), "≥ 0.95"),
        ("class accuracy, every pair", cell(lambda f: f"{f['accuracy']['all']:.3f}"), "≥ 0.95"),
        (
            "  labelled or found pairs",
            cell(lambda f: f"{f['accuracy']['labelled_or_found']:.3f} ({f['accuracy']['busy_pairs']})"),
            "",
        ),
    ]
    for kind in KINDS:
        target = TARGETS.get(kind)
        rows.append(
            (
                f"{kind} P / R",
                cell(
                    lambda f, k=kind: (
                        f"{f['by_kind'][k]['precision']:.3f} / "
                        f"{f['by_kind'][k]['recall']:.3f} "
                        f"({f['by_kind'][k]['support']})"
                    )
                ),
                f"≥ {target}" if target else "",
            )
        )
    rows += [
        (
            "quotes found P / R",
            cell(lambda f: f"{f['quotes']['precision']:.3f} / {f['quotes']['recall']:.3f} ({f['quotes']['support']})"),
            "",
        ),
        ("verbatim flag right", cell(lambda f: f"{f['quotes']['verbatim_flag_right']:.3f}"), ""),
        (
            "altered quotes flagged",
            cell(lambda f: f"{f['quotes']['altered_flagged']} of {f['quotes']['altered_labelled']}"),
            "",
        ),
        (
            "  with every changed word",
            cell(lambda f: f"{f['quotes']['altered_named']} of {f['quotes']['altered_labelled']}"),
            "all",
        ),
    ]
    return rows


def verdicts(figures: dict[str, Any]) -> dict[str, bool]:
    """The issue's targets, met or not, for one set."""
    q = figures["quotes"]
    return {
        "reuse_precision": figures["reuse"]["precision"] >= ISSUE_TARGETS["reuse_precision"],
        "reuse_recall": figures["reuse"]["recall"] >= ISSUE_TARGETS["reuse_recall"],
        "class_accuracy": figures["accuracy"]["all"] >= ISSUE_TARGETS["class_accuracy"],
        "altered_named": q["altered_named"] >= ISSUE_TARGETS["altered_named"] * q["altered_labelled"],
    }


def _paths(names: list[str]) -> dict[str, Path]:
    return {name: SETS[name] if name in SETS else Path(name) for name in names}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data",
        nargs="+",
        default=list(SETS),
        metavar="SET",
        help="dev, heldout or a labeled.json path (default: dev and heldout)",
    )
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--mistakes", action="store_true", help="list each mistake (tune on dev only)")
    args = parser.parse_args()
    from monitor.config import load_watchlist
    from monitor.tag import Tagger

    tagger = Tagger(load_watchlist(ROOT / "config" / "watchlist.toml"), "en_core_web_sm")
    paths = _paths(args.data)
    results = {name: evaluate(path, tagger) for name, path in paths.items()}
    figures = {name: result.figures() for name, result in results.items()}
    if args.json:
        json.dump(figures, sys.stdout, indent=2)
        print()
        return 0
    for name, path in paths.items():
        data = json.loads(path.read_text())
        print(
            f"{name}: {len(data['releases'])} releases × {len(data['articles'])} articles "
            f"({path.relative_to(ROOT) if path.is_relative_to(ROOT) else path})"
        )
        for line in results[name].release_quotes:
            print("  " + line)
    print()
    width = max(18, *(len(name) + 2 for name in figures))
    print(f"{'':28}" + "".join(f"{name:>{width + 8}}" for name in figures) + "  target")
    for label, cells, target in _rows(figures):
        print(f"{label:28}" + "".join(f"{c:>{width + 8}}" for c in cells) + f"  {target}")
    print(
        f"{'issue targets met':28}"
        + "".join(f"{sum(verdicts(f).values()):>{width + 6}} of 4" for f in figures.values())
    )
    for name, result in results.items():
        if args.mistakes or result.mistakes:
            print(f"\n{name}: {len(result.mistakes)} mistakes" + (":" if args.mistakes else " (--mistakes lists them)"))
            if args.mistakes:
                for line in result.mistakes:
                    print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
