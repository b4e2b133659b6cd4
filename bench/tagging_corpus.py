"""Tagging at feed scale: the monitor's prefilter vs the full pipeline on every article, on a generated corpus.

bench/generators/news.py writes N fictional articles (10,000 by default, 5% on topic; the rest span many beats,
and some carry words that pass the cheap prefilter without being about anything watched). Each
measurement runs in its own spawned process, so its CPU time and peak memory (VmHWM) are its own:

    (a) full pipeline   Tagger.tag_many(texts, only_candidates=False): spaCy and the monitor's components on
                        every article. On this kind of machine that takes about 0.1 s an article, so by
                        default it runs on a seeded sample (on-topic and off-topic articles drawn
                        separately) and is extrapolated by word count to the whole corpus; --sample 0 runs
                        it on every article.
    (b) monitor         Tagger.tag_many(texts, only_candidates=True) on every article: the prefilter, then
                        spaCy only on the candidates.
    (c) monitor, N processes  (only with --n-process N) what a pass bringing 100 or more articles the
                        prefilter passes does (monitor/pipeline/tagging.py): the candidates tagged by N worker
                        processes, each with its own Tagger; the workers' start (loading the model) is timed.

Results must be identical: per article the topics (id, offsets, text), people (id, offsets, text) and,
for articles that are hits, the quotes (offsets, text, speaker, speaker id) — what the store keeps
(monitor/store/writes.py stores mentions and quotes only for hits). Exits 1 if they differ. tag_many keeps
quotes only for hits in both modes, so non-hits come back empty either way; should that change, quotes of
non-hits are counted and printed, not compared.

    .venv/bin/python bench/tagging_corpus.py [--smoke] [--articles 10000] [--share 0.05] [--seed 7]
        [--sample 200] [--confounders 1.0] [--n-process 2]
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import random
import re
import resource
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.generators import news  # noqa: E402

SPEED_TARGET = 10.0
PROCESS_TARGET = 1.7  # (b) ÷ (c) with 2 processes on 2 cores
MODEL = "en_core_web_sm"
Key = tuple[tuple[Any, ...], tuple[Any, ...], tuple[Any, ...]]


# --- inside the measuring processes -------------------------------------------------------------------------


def _tagger() -> Any:
    from monitor.config import load_watchlist
    from monitor.tag import Tagger

    tagger = Tagger(load_watchlist(ROOT / "config" / "watchlist.toml"), MODEL)
    # First-call set-up (lazy allocations in the model) before the clock starts, on articles not measured.
    warm = [text for text, _ in news.generate(8, 0.5, seed=10_001)]
    tagger.tag_many(warm, only_candidates=False)
    return tagger


def _key(tags: Any) -> tuple[Key, bool]:
    """What the comparison looks at, and whether the article had quotes it is not compared on."""
    topics = tuple((t.id, t.start, t.end, t.text) for t in tags.topics)
    people = tuple((p.id, p.start, p.end, p.text) for p in tags.people)
    quotes = tuple((q.start, q.end, q.text, q.speaker, q.speaker_id) for q in tags.quotes)
    if tags.is_hit:
        return (topics, people, quotes), False
    return (topics, people, ()), bool(quotes)


def _peak_mb() -> float:
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")) / 1024


def measure_full(strata: dict[str, list[str]]) -> dict[str, Any]:
    """(a): the full pipeline on every article given, one stratum after the other, each timed."""
    tagger = _tagger()
    out: dict[str, Any] = {"strata": {}}
    for name, texts in strata.items():
        wall, cpu = time.perf_counter(), time.process_time()
        tags = tagger.tag_many(texts, only_candidates=False)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        out["strata"][name] = {"wall": wall, "cpu": cpu, "keys": [_key(t) for t in tags]}
    out["peak_mb"] = _peak_mb()
    return out


def measure_monitor(texts: list[str]) -> dict[str, Any]:
    """(b): the monitor's way on every article; also which prefilter term let each candidate through."""

    from monitor.config import load_watchlist
    from monitor.config.query_syntax import anchors, parse_query
    from monitor.tag.watchlist import compile_people, compile_queries, compile_terms

    tagger = _tagger()
    wall, cpu = time.perf_counter(), time.process_time()
    tags = tagger.tag_many(texts, only_candidates=True)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    watchlist = load_watchlist(ROOT / "config" / "watchlist.toml")
    # For the report only: which watched word a candidate holds first (the prefilter itself is Tagger.could_match).
    words = {t["text"] for t in compile_terms(watchlist)}
    words |= {n for p in compile_people(watchlist) for n in (p["name"], *p["aliases"])}
    words |= {a.text for q in compile_queries(watchlist) for a in anchors(parse_query(q["query"]))}
    pattern = re.compile(
        r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + r")(?!\w)", re.IGNORECASE
    )
    first_terms = [((m.group() if (m := pattern.search(t)) else "?") if tagger.could_match(t) else None) for t in texts]
    return {
        "wall": wall,
        "cpu": cpu,
        "keys": [_key(t) for t in tags],
        "first_terms": first_terms,
        "peak_mb": _peak_mb(),
    }


def measure_n_process(texts: list[str], n_process: int) -> dict[str, Any]:
    """(c): as (b), in n_process worker processes as a big pass does; CPU time includes the workers'."""
    from monitor.config import load_watchlist
    from monitor.pipeline.tagging import tag_in_processes

    watchlist = load_watchlist(ROOT / "config" / "watchlist.toml")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall, cpu = time.perf_counter(), time.process_time()
    tags = tag_in_processes(watchlist, "en_core_web_sm", texts, n_process)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # the workers have exited and been waited for
    workers_cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return {
        "wall": wall,
        "cpu": cpu + workers_cpu,
        "main_cpu": cpu,
        "workers_cpu": workers_cpu,
        "keys": [_key(t) for t in tags],
        "peak_mb": _peak_mb(),
        # ru_maxrss of the largest worker; a forked worker shares (and counts) the pages it inherited
        "workers_peak_mb": after.ru_maxrss / 1024,
    }


def in_own_process(function: Any, *args: Any) -> Any:
    with ProcessPoolExecutor(1, mp_context=mp.get_context("spawn")) as pool:
        return pool.submit(function, *args).result()


# --- the run ------------------------------------------------------------------------------------------------


def sample_indices(articles: list[tuple[str, bool]], size: int, seed: int) -> dict[str, list[int]]:
    """A seeded sample with on-topic articles drawn separately (a fifth of it, at least 20 when there are)."""
    on = [i for i, (_, o) in enumerate(articles) if o]
    off = [i for i, (_, o) in enumerate(articles) if not o]
    if size <= 0 or size >= len(articles):
        return {"on topic": on, "off topic": off}
    rng = random.Random(f"{seed}:baseline-sample")
    on_size = min(len(on), max(20, size // 5))
    return {
        "on topic": sorted(rng.sample(on, on_size)),
        "off topic": sorted(rng.sample(off, max(0, min(len(off), size - on_size)))),
    }


def words(text: str) -> int:
    return len(news.WORD.findall(text))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000, help="corpus size (default 10000)")
    parser.add_argument("--share", type=float, default=0.05, help="on-topic share (default 0.05)")
    parser.add_argument("--seed", type=int, default=7, help="corpus and sample seed (default 7)")
    parser.add_argument(
        "--sample",
        type=int,
        default=200,
        help="articles the full pipeline runs on, then extrapolated (default 200; 0 = all)",
    )
    parser.add_argument(
        "--confounders",
        type=float,
        default=1.0,
        help="scale the off-topic articles' chance of carrying prefilter words (default 1)",
    )
    parser.add_argument("--n-process", type=int, default=0, help="also measure (c) with this many model processes")
    parser.add_argument(
        "--smoke", action="store_true", help="200 articles, 40 through the full pipeline: checks it runs, not speed"
    )
    args = parser.parse_args()
    if args.smoke:
        args.articles, args.sample, args.n_process = 200, 40, 2
    started = time.perf_counter()

    articles = news.generate(args.articles, args.share, args.seed, args.confounders)
    texts = [text for text, _ in articles]
    on_topic = [on for _, on in articles]
    counts = [words(t) for t in texts]
    strata = sample_indices(articles, args.sample, args.seed)
    sampled = sorted(i for indices in strata.values() for i in indices)
    whole = len(sampled) == len(texts)

    full = in_own_process(measure_full, {name: [texts[i] for i in idx] for name, idx in strata.items()})
    monitor = in_own_process(measure_monitor, texts)
    extra = in_own_process(measure_n_process, texts, args.n_process) if args.n_process > 1 else None

    # (a) for the whole corpus: per stratum, seconds per word measured × words in the whole stratum.
    full_wall = full_cpu = 0.0
    for name, idx in strata.items():
        measured = full["strata"][name]
        stratum_words = sum(counts[i] for i, on in enumerate(on_topic) if on == (name == "on topic"))
        sample_words = sum(counts[i] for i in idx)
        if not sample_words:  # no article of this kind (--share 1.0: every article on topic)
            continue
        full_wall += measured["wall"] / sample_words * stratum_words
        full_cpu += measured["cpu"] / sample_words * stratum_words
    on_words = sum(counts[i] for i in strata["on topic"])
    on_wps = on_words / full["strata"]["on topic"]["wall"]

    full_keys = {i: key for name, idx in strata.items() for i, key in zip(idx, full["strata"][name]["keys"])}
    differ = [i for i in sampled if full_keys[i][0] != monitor["keys"][i][0]]
    unstored_quotes = sum(quoted for _, quoted in full_keys.values())
    first_terms = monitor["first_terms"]
    candidates = sum(term is not None for term in first_terms)
    off_candidates = sum(term is not None and not on for term, on in zip(first_terms, on_topic))
    hits = [bool(k[0] or k[1]) for k, _ in monitor["keys"]]

    n, n_on = len(texts), sum(on_topic)
    print(
        f"corpus        {n:,} generated articles (bench/generators/news.py, seed {args.seed}), {n_on:,} on topic "
        f"({n_on / n:.1%}); {sum(counts):,} words, {min(counts)}-{max(counts)} an article"
    )
    print(
        f"prefilter     {candidates:,} articles pass ({candidates / n:.1%}): {candidates - off_candidates:,} of the "
        f"{n_on:,} on-topic ones and {off_candidates:,} of the {n - n_on:,} off-topic ones "
        f"({off_candidates / max(1, n - n_on):.1%})"
    )
    triggers = tally(term for term, on in zip(first_terms, on_topic) if term is not None and not on)
    print(
        "              off-topic articles passing, by the first watched term found: "
        + ", ".join(f"{term!r} {count}" for term, count in triggers)
    )
    wrong = tally(
        found
        for (key, _), on in zip(monitor["keys"], on_topic)
        if not on
        for found in {item[0] for item in key[0] + key[1]}
    )
    print(
        f"hits          {sum(h and o for h, o in zip(hits, on_topic))} of {n_on} on-topic articles; "
        f"{sum(h and not o for h, o in zip(hits, on_topic))} off-topic articles are hits too "
        f"(the watchlist's false positives: {', '.join(f'{k} {v}' for k, v in wrong) or 'none'})"
    )

    def row(label: str, articles: int, to_spacy: int, result: dict[str, Any], note: str = "") -> None:
        print(
            f"{label:58} {articles:8,} {to_spacy:8,} {result['wall']:8.1f} {result['cpu']:8.1f} "
            f"{articles / result['wall']:8.1f} {result['peak_mb']:8.0f}{note}"
        )

    print(f"\n{'pipeline':58} {'articles':>8} {'to spaCy':>8} {'wall s':>8} {'CPU s':>8} {'art./s':>8} {'peak MB':>8}")
    if not whole:
        sample = {
            "wall": sum(s["wall"] for s in full["strata"].values()),
            "cpu": sum(s["cpu"] for s in full["strata"].values()),
            "peak_mb": full["peak_mb"],
        }
        row("    measured on the sample*", len(sampled), len(sampled), sample)
    row(
        "(a) full pipeline, every article" + ("" if whole else " (extrapolated*)"),
        n,
        n,
        {"wall": full_wall, "cpu": full_cpu, "peak_mb": full["peak_mb"]},
    )
    row("(b) monitor: prefilter, then spaCy on candidates only", n, candidates, monitor)
    if extra:
        row(
            f"(c) as (b), in {args.n_process} worker processes (start included)",
            n,
            candidates,
            extra,
            f"  (+ workers: CPU {extra['workers_cpu']:.1f} s, largest {extra['workers_peak_mb']:.0f} MB)",
        )
    if not whole:
        print(
            f"* (a) ran on a seeded sample of {len(strata['on topic'])} on-topic and {len(strata['off topic'])} "
            f"off-topic articles ({sum(counts[i] for i in sampled):,} words); each group's seconds per word × the "
            f"words of all its articles gives the whole-corpus figure. --sample 0 runs (a) on every article."
        )
    ratio = full_wall / monitor["wall"]
    print(
        f"\nspeed-up      (a) ÷ (b) wall time {ratio:.1f}× (target ≥ {SPEED_TARGET:.0f}×: "
        f"{'PASS' if ratio >= SPEED_TARGET else 'MISS'}); CPU time {full_cpu / monitor['cpu']:.1f}×"
    )
    if extra:
        print(
            f"              (b) ÷ (c) wall time {monitor['wall'] / extra['wall']:.2f}× with "
            f"{args.n_process} processes on {mp.cpu_count()} CPUs (target ≥ {PROCESS_TARGET}× on 2 CPUs: "
            f"{'PASS' if monitor['wall'] / extra['wall'] >= PROCESS_TARGET else 'MISS'}); "
            f"(a) ÷ (c) {full_wall / extra['wall']:.1f}×"
        )
    print(
        f"on topic      full pipeline: {on_wps:,.0f} words/s ({on_words:,} words in {len(strata['on topic'])} "
        f"on-topic articles, {full['strata']['on topic']['wall']:.1f} s)"
    )
    scope = "every article" if whole else f"the {len(sampled):,} sampled articles"
    same = not differ
    print(
        f"identical     {'yes' if same else 'NO'}: (a) and (b) on {scope} — topics and people with offsets, "
        f"and the quotes of hits (offsets, text, speaker); {len(differ)} differ"
    )
    for i in differ[:5]:
        print(
            f"              article {i} (on topic: {on_topic[i]}):\n                (a) {full_keys[i][0]}\n"
            f"                (b) {monitor['keys'][i][0]}"
        )
    if unstored_quotes:
        print(
            f"              not compared: {unstored_quotes:,} of these articles are not hits but have quotes "
            "under (a); "
            f"(b) returns no quotes for an article the prefilter skips, and nothing stores a non-hit's quotes"
        )
    if extra:
        differ_c = [i for i in range(n) if extra["keys"][i][0] != monitor["keys"][i][0]]
        same = same and not differ_c
        print(
            "              (c) and (b) on every article: "
            + (f"{len(differ_c)} differ, e.g. article {differ_c[0]}" if differ_c else "identical")
        )
    print(
        f"\n({time.perf_counter() - started:.0f} s in all, each measurement in its own spawned process, the model "
        f"loaded and warmed up before its clock starts)"
    )
    sys.exit(0 if same else 1)


def tally(items: Any) -> list[tuple[str, int]]:
    """(item, count), most frequent first."""
    counts: dict[str, int] = {}
    for item in items:
        counts[item] = counts.get(item, 0) + 1
    return sorted(counts.items(), key=lambda kv: -kv[1])


if __name__ == "__main__":
    main()
