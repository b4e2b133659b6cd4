"""Release pickup at feed scale: each new article against every active release, in full and through the index.

Checking 10,000 articles against 50 active press releases, two ways, on a generated corpus: compare() on
every pair, and monitor.pickup.index.ReleaseIndex, which compares only the releases an article could match.

bench/generators/pickups.py writes 50 fictional press releases (six overlapping themes: Secure Communities,
detainers and 287(g), ICE enforcement, housing, budgets, schools; 350-700 words, 2-4 quotes of 12+ words,
"About <Org>", "###", a contact line) and 10,000 articles (150-700 words): about 94% news that uses no
release (bench/generators/news.py's stories, 8% of them on immigration, 15% of them given random watched topics),
about 6% built to pick up one release: verbatim reposts, partial copies (2-5 sentences), quote pickups
(as issued, 1-2 words changed, trimmed, split around "she said") and mentions of the organisation or a
spokesperson. Each release is fingerprinted with monitor.pickup.fingerprint.fingerprint(text, quotes=...,
topics=...) from the quotes the generator wrote (no spaCy). Both paths run in this process, one after the
other, on the same articles:

    baseline   for each article, Article(text) once, then compare(release, article, topics=..., people=set())
               with every release: 500,000 comparisons. The 50 Release objects (index.releases_of, as the index
               builds them: each knowing what it shares with its organisation's other releases) are built before
               the clock starts (the candidate path builds its own once, in ReleaseIndex), so neither path redoes work
               the other caches; each path makes a fresh Article per article, the same way.
    candidate  ReleaseIndex([(i, fp), ...]) built once (timed on its own), then index.check(text, topics=...,
               people=set()) per article: the releases sharing a word 5-gram with the article, or one of its
               topics, are compared; the rest are skipped.

Every (article, release) pair whose kind is not "none" is kept with its whole Match; the two paths must find
exactly the same pairs with equal Match objects (kind, reuse, sentences, quotes with their changes, spans,
names). Exits 1 if they differ. Untimed passes then count the comparisons the index made (and how many came
in through topics alone), and time the parts of the candidate path: preparing the Article (words and 5-gram
hashes, which both paths pay) and the candidate lookup; compare() is the rest. The construction labels give a
sanity line: the pickups built, and what the matcher found for them.

How many releases the index hands to compare() depends on how many word 5-grams unrelated text shares
with the releases by chance ("a public forum at the", "on Tuesday at 7 p.m."). The generators avoid copying
each other's sentences, so the chance overlap here comes from ordinary phrasing only; real news may share
more stock phrases with real releases, or fewer. The "thresholds" lines show how the count moves with
MIN_SHARED, and which matches each setting would lose.

--sample N runs the baseline on a seeded sample of N articles (pickups and the rest drawn in proportion) and
scales each group's time by its size; the identity check then covers the sample only. --profile runs the
candidate path once more under cProfile and prints where its time goes.

    .venv/bin/python bench/pickup.py [--smoke] [--articles 10000] [--releases 50] [--seed 7] [--sample N] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import hashlib
import io
import os
import pstats
import random
import resource
import statistics
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.generators import pickups  # noqa: E402
from monitor.pickup import ALGORITHM_VERSION  # noqa: E402
from monitor.pickup.fingerprint import Fingerprint, fingerprint  # noqa: E402
from monitor.pickup.index import MIN_SHARED, ReleaseIndex, releases_of  # noqa: E402
from monitor.pickup.match import KINDS, Article, Match, compare  # noqa: E402

TARGET = 20.0  # baseline ÷ candidate wall time
PICKUP_KINDS = ("verbatim", "partial", "quote", "mention")


def _source_digest() -> str:
    """Which monitor/pickup this run measured (the package is still changing): a digest of its sources."""
    digest = hashlib.sha256()
    for path in sorted((ROOT / "monitor" / "pickup").glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


def _rss_mb() -> float:
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:")) / 1024


def _quotes(match: Match) -> str:
    return ",".join(f"{q.index}" + ("" if q.verbatim else "[" + " ".join(q.altered) + "]") for q in match.quotes)


# --- the two paths ---------------------------------------------------------------------------------------------


def run_baseline(
    texts: list[str], topics: list[set[str]], fps: list[Fingerprint], order: list[int]
) -> tuple[dict[int, float], float, dict[tuple[int, int], Match]]:
    """Every article in `order` against every release; seconds per article, CPU seconds, the matches."""
    # once, outside the clock, as the index holds them (each knowing its organisation's other releases)
    built = releases_of(enumerate(fps))
    releases = [built[i] for i in range(len(fps))]
    nobody: set[str] = set()
    found: dict[tuple[int, int], Match] = {}
    took: dict[int, float] = {}
    gc.collect()
    cpu = time.process_time()
    for i in order:
        started = time.perf_counter()
        article = Article(texts[i])
        wanted = topics[i]
        for release_id, release in enumerate(releases):
            match = compare(release, article, topics=wanted, people=nobody)
            if match.kind != "none":
                found[(i, release_id)] = match
        took[i] = time.perf_counter() - started
    return took, time.process_time() - cpu, found


def run_candidate(
    texts: list[str], topics: list[set[str]], index: ReleaseIndex
) -> tuple[dict[int, float], float, dict[tuple[int, int], Match]]:
    nobody: set[str] = set()
    found: dict[tuple[int, int], Match] = {}
    took: dict[int, float] = {}
    gc.collect()
    cpu = time.process_time()
    for i in range(len(texts)):
        started = time.perf_counter()
        for release_id, match in index.check(texts[i], topics=topics[i], people=nobody):
            found[(i, release_id)] = match
        took[i] = time.perf_counter() - started
    return took, time.process_time() - cpu, found


def parts(texts: list[str], topics: list[set[str]], index: ReleaseIndex) -> dict[str, Any]:
    """Outside the comparison: the parts of the candidate path timed on their own (making the Article: its
    words and 5-gram hashes, which the baseline pays too; the candidate lookup), and what the index hands to
    compare(): per article, the 5-grams it shares with each release (as ReleaseIndex.candidates counts them) and
    the releases it reaches through its topics."""
    words_s = grams_s = lookup_s = 0.0
    counts = []
    gc.collect()
    for text, wanted in zip(texts, topics):
        started = time.perf_counter()
        article = Article(text)
        made = time.perf_counter()
        article.grams  # noqa: B018  (the 5-grams, made with the words when the article is prepared)
        hashed = time.perf_counter()
        found = index.candidates(article, wanted)
        looked = time.perf_counter()
        counts.append(len(found))
        words_s += made - started
        grams_s += hashed - made
        lookup_s += looked - hashed
    shared, by_topic = [], []
    for text, wanted in zip(texts, topics):
        article = Article(text)
        shared.append(Counter(r for gram in article.grams for r in index._by_gram.get(gram, ())))
        by_topic.append({r for topic in wanted for r in index._by_topic.get(topic, ())})
    return dict(words=words_s, grams=grams_s, lookup=lookup_s, counts=counts, shared=shared, by_topic=by_topic)


def profile(texts: list[str], topics: list[set[str]], index: ReleaseIndex, top: int = 22) -> str:
    nobody: set[str] = set()
    profiler = cProfile.Profile()
    profiler.enable()
    for text, wanted in zip(texts, topics):
        index.check(text, topics=wanted, people=nobody)
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(r"monitor[/\\]pickup", top)
    return out.getvalue()


# --- the run ---------------------------------------------------------------------------------------------------


def sample_order(articles: list[pickups.ArticleDoc], size: int, seed: int) -> dict[str, list[int]]:
    """Article indices per group (pickups, the rest): all of them, or a seeded sample drawn in proportion."""
    groups = {
        "pickups": [i for i, a in enumerate(articles) if a.pickup],
        "others": [i for i, a in enumerate(articles) if not a.pickup],
    }
    if size <= 0 or size >= len(articles):
        return groups
    rng = random.Random(f"{seed}:pickup-baseline-sample")
    picked = max(1, round(size * len(groups["pickups"]) / len(articles)))
    return {
        "pickups": sorted(rng.sample(groups["pickups"], min(picked, len(groups["pickups"])))),
        "others": sorted(rng.sample(groups["others"], min(size - picked, len(groups["others"])))),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000, help="articles to check (default 10000)")
    parser.add_argument("--releases", type=int, default=50, help="active releases (default 50)")
    parser.add_argument("--seed", type=int, default=7, help="generator and sample seed (default 7)")
    parser.add_argument(
        "--sample",
        type=int,
        default=0,
        help="run the baseline on a seeded sample of N articles and scale it (default 0: every article)",
    )
    parser.add_argument(
        "--profile", action="store_true", help="also run the candidate path under cProfile and print the top functions"
    )
    parser.add_argument("--smoke", action="store_true", help="200 articles, 5 releases: checks it runs, not speed")
    args = parser.parse_args()
    if args.smoke:
        args.articles, args.releases = 200, 5
    started_all = time.perf_counter()
    source = _source_digest()
    load_before = os.getloadavg()[0]

    started = time.perf_counter()
    releases = pickups.make_releases(args.releases, args.seed)
    articles = pickups.make_articles(args.articles, releases, args.seed)
    generate_s = time.perf_counter() - started
    started = time.perf_counter()
    fps = [fingerprint(r.text, quotes=r.quotes, topics=r.topics) for r in releases]
    fingerprint_s = time.perf_counter() - started
    texts = [a.text for a in articles]
    topics = [set(a.topics) for a in articles]
    n, m = len(texts), len(fps)

    groups = sample_order(articles, args.sample, args.seed)
    order = sorted(i for g in groups.values() for i in g)
    whole = len(order) == n

    base_took, base_cpu, base_found = run_baseline(texts, topics, fps, order)
    rss_before_index = _rss_mb()
    started = time.perf_counter()
    index = ReleaseIndex(enumerate(fps))
    index_s = time.perf_counter() - started
    index_mb = _rss_mb() - rss_before_index
    cand_took, cand_cpu, cand_found = run_candidate(texts, topics, index)
    extra = parts(texts, topics, index)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    # the baseline for every article: each group's measured seconds per article × the group's size
    sizes = {"pickups": sum(a.pickup for a in articles), "others": sum(not a.pickup for a in articles)}
    base_s = sum(sum(base_took[i] for i in idx) / len(idx) * sizes[g] for g, idx in groups.items() if idx)
    base_measured = sum(base_took.values())
    base_cpu_s = base_cpu * base_s / base_measured if base_measured else 0.0
    cand_s = sum(cand_took.values())
    ratio = base_s / cand_s
    shared, by_topic = extra["shared"], extra["by_topic"]
    gram_sets = [{r for r, c in counter.items() if c >= MIN_SHARED} for counter in shared]
    counts = extra["counts"]  # from ReleaseIndex.candidates() itself
    compared = sum(counts)
    replicated = sum(len(g | t) for g, t in zip(gram_sets, by_topic))  # the breakdowns below count them this way

    # --- the report -------------------------------------------------------------------------------------------
    desc = pickups.describe(releases, articles)
    built = Counter(a.built for a in articles)
    rw, aw = desc["release_words"], desc["article_words"]
    print(
        f"release pickup at feed scale: {n:,} articles against {m} active releases (bench/generators/pickups.py, seed "
        f"{args.seed}); Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, load average {load_before:.2f} "
        f"before, {os.getloadavg()[0]:.2f} after; monitor.pickup {ALGORITHM_VERSION}, sources {source}"
    )
    themes = ", ".join(f"{k} {v}" for k, v in sorted(desc["themes"].items(), key=lambda kv: -kv[1]))
    all_grams = [g for fp in fps for g in fp.grams]
    print(
        f"releases      {m} ({themes}); {rw[0]}-{rw[2]} words (mean {rw[1]:.0f}); {desc['quotes']} quotes of "
        f"{desc['quote_words'][0]}-{desc['quote_words'][1]} words ({desc['quote_overlaps']} sharing a 6-word run with "
        f"another release's); {len(all_grams):,} body 5-grams, {len(set(all_grams)):,} distinct"
    )
    built_pickups = sum(a.pickup for a in articles)
    print(
        f"articles      {n:,}, {aw[0]}-{aw[2]} words (mean {aw[1]:.0f}): {built_pickups} pickups built ("
        + ", ".join(f"{k} {built[k]}" for k in PICKUP_KINDS)
        + f"), {built['same-topic']:,} same-topic news "
        f"(news.py immigration stories), {built['unrelated']:,} other news; {desc['with_topics']:,} non-pickups "
        f"tagged with random topics; {sum(desc['duplicates'].values())} articles share their text with another "
        f"(reposts as issued of the same release)"
    )
    print(
        f"generation    {generate_s:.1f} s text, {fingerprint_s * 1000:.0f} ms fingerprints; ReleaseIndex built in "
        f"{index_s * 1000:.1f} ms ({len(index._by_gram):,} 5-grams, {len(index._by_topic)} topics; "
        f"RSS +{index_mb:.1f} MB)"
    )
    print()
    print(f"{'path':58} {'articles':>8} {'compares':>9} {'wall s':>8} {'CPU s':>8} {'µs/art.':>9}")
    if not whole:
        print(
            f"{'    baseline measured on the sample*':58} {len(order):8,} {len(order) * m:9,} {base_measured:8.2f} "
            f"{base_cpu:8.2f} {base_measured / len(order) * 1e6:9,.0f}"
        )
    print(
        f"{'(a) baseline: compare() with every release' + ('' if whole else ' (scaled*)'):58} {n:8,} {n * m:9,} "
        f"{base_s:8.2f} {base_cpu_s:8.2f} {base_s / n * 1e6:9,.0f}"
    )
    print(
        f"{'(b) candidate: ReleaseIndex.check()':58} {n:8,} {compared:9,} {cand_s:8.2f} {cand_cpu:8.2f} "
        f"{cand_s / n * 1e6:9,.0f}"
    )
    words_s, grams_s, lookup = extra["words"], extra["grams"], extra["lookup"]
    prepare = words_s + grams_s
    rest = cand_s - prepare - lookup
    for label, seconds in (
        ("      Article(text): words and their 5-gram hashes", words_s),
        ("      (anything left of preparing the article)", grams_s),
        ("      candidate lookup (inverted index, topics)", lookup),
        ("      compare() on the candidates (the rest)", rest),
    ):
        print(f"{label:58} {'':8} {'':9} {seconds:8.2f} {'':8} {seconds / n * 1e6:9,.0f}")
    if not whole:
        print(
            f"* the baseline ran on a seeded sample of {len(groups['pickups'])} pickups and {len(groups['others'])} "
            f"other articles; each group's seconds per article × its size gives the figure for all {n:,}"
        )
    per_pickup = {
        g: statistics.mean(cand_took[i] for i in idx) * 1e6
        for g, idx in (
            ("pickups", [i for i, a in enumerate(articles) if a.pickup]),
            ("others", [i for i, a in enumerate(articles) if not a.pickup]),
        )
        if idx
    }
    base_group = {g: statistics.mean(base_took[i] for i in idx) * 1e6 for g, idx in groups.items() if idx}
    print(
        "per article   "
        + "; ".join(
            f"{g}: baseline {base_group.get(g, 0):,.0f} µs, candidate {per_pickup[g]:,.0f} µs" for g in per_pickup
        )
    )

    cuts = sorted(counts)
    by_built = {b: statistics.mean(c for c, a in zip(counts, articles) if a.built == b) for b in built}
    by_gram = sum(len(g) for g in gram_sets)
    topic_only = compared - by_gram
    print()
    print(
        f"comparisons   {compared:,} made by the index vs {n * m:,} in the baseline ({compared / (n * m):.1%}): "
        f"{by_gram:,} through shared 5-grams (MIN_SHARED = {MIN_SHARED}), {topic_only:,} through topics alone; per "
        f"article mean {statistics.mean(counts):.1f}, median {cuts[len(cuts) // 2]}, 90th percentile "
        f"{cuts[int(len(cuts) * 0.9)]}, max {cuts[-1]}; {sum(c == 0 for c in counts):,} articles "
        f"({sum(c == 0 for c in counts) / n:.0%}) had none"
    )
    if replicated != compared:
        print(
            f"              NOTE: counting shared 5-grams ≥ MIN_SHARED plus topics gives {replicated:,}, not the "
            f"{compared:,} ReleaseIndex.candidates() returned: the breakdowns below no longer describe the index"
        )
    print(
        "              mean candidates by what the article was built as: "
        + ", ".join(f"{b} {by_built[b]:.1f}" for b in (*PICKUP_KINDS, "same-topic", "unrelated") if b in by_built)
    )
    topical = sum(1 for a in articles if a.topics)
    print(
        f"              {topical:,} articles have topics ({built_pickups} pickups, "
        f"{topical - built_pickups:,} others); a topic "
        f"reaches {statistics.mean(len(v) for v in index._by_topic.values()):.1f} releases on average"
    )
    gram_hit = sum(a.release in g for a, g in zip(articles, gram_sets) if a.pickup)
    print(
        f"              {gram_hit} of {built_pickups} built pickups share at least {MIN_SHARED} 5-gram(s) "
        "with their release; "
        f"the rest reach compare() only through their topics"
    )
    topic_matches = Counter(match.kind for (i, r), match in cand_found.items() if r not in gram_sets[i])
    print(
        f"              of the {topic_only:,} comparisons made through topics alone, {sum(topic_matches.values())} "
        f"found something (" + (", ".join(f"{k} {c}" for k, c in topic_matches.most_common()) or "nothing") + ")"
    )
    print(
        "thresholds    what another MIN_SHARED would do (counted from the shared 5-grams; compare() results do not "
        "depend on the candidate set):"
    )
    for threshold in (1, 2, 3, 5, 10):
        line = []
        for with_topics in (True, False):
            sets = [
                {r for r, c in counter.items() if c >= threshold} | (t if with_topics else set())
                for counter, t in zip(shared, by_topic)
            ]
            lost = Counter(match.kind for (i, r), match in cand_found.items() if r not in sets[i])
            line.append(
                f"{sum(map(len, sets)):7,} comparisons ({sum(map(len, sets)) / n:5.2f}/article), matches lost: "
                + (", ".join(f"{k} {c}" for k, c in lost.most_common()) if lost else "none")
            )
        print(f"              {threshold:2}: with topics {line[0]}; without topics {line[1]}")

    def tally(found: dict[tuple[int, int], Match]) -> str:
        kinds = Counter(match.kind for match in found.values())
        return ", ".join(f"{k} {kinds[k]}" for k in KINDS if k != "none")

    scope = set(order)
    cand_scoped = {k: v for k, v in cand_found.items() if k[0] in scope}
    print(
        f"found         (a) {len(base_found):,} pairs ({tally(base_found)})"
        + ("" if whole else " on the sample")
        + f"; (b) {len(cand_found):,} pairs ({tally(cand_found)})"
        + ("" if whole else f", {len(cand_scoped):,} of them on the sample")
    )
    differ = sorted(set(base_found) | set(cand_scoped))
    differ = [k for k in differ if base_found.get(k) != cand_scoped.get(k)]
    same = not differ
    print(
        f"identical     {'yes' if same else 'NO'}: (a) and (b) on "
        f"{'every article' if whole else 'the sampled articles'}"
        f" — the same (article, release) pairs with equal Match objects (kind, reuse, sentences, quotes and their "
        f"changes, spans, names); {len(differ)} differ"
    )
    for key in differ[:10]:
        i, r = key
        a, b = base_found.get(key), cand_scoped.get(key)
        show = lambda x: "none" if x is None else f"{x.kind} reuse {x.reuse} quotes [{_quotes(x)}] {x.mentioned}"  # noqa: E731
        print(
            f"              article {i} ({articles[i].built} {articles[i].variant}, release {articles[i].release}, "
            f"topics {sorted(topics[i])}) × release {r}: (a) {show(a)}  (b) {show(b)}"
        )

    # --- the construction labels, for sanity -------------------------------------------------------------
    print()
    matrix: dict[str, Counter[str]] = {k: Counter() for k in PICKUP_KINDS}
    for i, a in enumerate(articles):
        if a.pickup:
            match = cand_found.get((i, a.release))
            matrix[a.built][match.kind if match else "none"] += 1
    print(
        "recall        built pickups and what (b) found for their release: "
        + "; ".join(
            f"{k} {sum(matrix[k].values())} -> " + ", ".join(f"{f} {c}" for f, c in matrix[k].most_common())
            for k in PICKUP_KINDS
        )
    )
    found_any = sum(sum(c for f, c in matrix[k].items() if f != "none") for k in PICKUP_KINDS)
    print(
        f"              {found_any} of {built_pickups} found with some kind ({found_any / built_pickups:.1%}); "
        + ", ".join(
            f"{k} {sum(c for f, c in matrix[k].items() if f != 'none')}/{sum(matrix[k].values())}" for k in PICKUP_KINDS
        )
    )
    # quotes: each built quote use, by variant, found at all / with the changes made
    uses: dict[str, Counter[str]] = {}
    for i, a in enumerate(articles):
        if a.built != "quote":
            continue
        match = cand_found.get((i, a.release))
        got = {q.index: q for q in match.quotes} if match else {}
        for number, variant in zip(a.quotes, a.variant.split("+")):
            tally_ = uses.setdefault(variant, Counter())
            tally_["built"] += 1
            q = got.get(number)
            if q is None:
                tally_["missed"] += 1
            elif q.altered == a.altered.get(number, []):
                tally_["as built"] += 1
            else:
                tally_["other changes"] += 1
    print(
        "quotes        quote pickups, each quote used: "
        + "; ".join(
            f"{v} {c['built']}: found {c['built'] - c['missed']}"
            + (
                f" ({c['as built']} with exactly the changes made)"
                if v == "changed"
                else f" ({c['other changes']} with changes reported)"
            )
            for v, c in sorted(uses.items())
        )
    )
    verbatim_quotes = [
        (len({q.index for q in cand_found[(i, a.release)].quotes}), len(a.quotes))
        for i, a in enumerate(articles)
        if a.built == "verbatim" and (i, a.release) in cand_found
    ]
    print(
        f"              verbatim reposts: {sum(f for f, _ in verbatim_quotes)} of {sum(b for _, b in verbatim_quotes)} "
        f"of their releases' quotes found in them"
    )
    unbuilt = {k: v for k, v in cand_found.items() if articles[k[0]].release != k[1]}
    where = Counter(f"{v.kind} in {articles[k[0]].built}" for k, v in unbuilt.items())
    print(
        f"not built     {len(unbuilt)} pairs found that were not built as a pickup of that release"
        + (": " + ", ".join(f"{w} {c}" for w, c in where.most_common()) if unbuilt else "")
    )
    for (i, r), match in list(unbuilt.items())[:5]:
        print(
            f"              e.g. article {i} ({articles[i].built} {articles[i].variant}, release {articles[i].release})"
            f" × release {r}: {match.kind}, reuse {match.reuse}, sentences {match.sentences}, quotes "
            f"[{_quotes(match)}], names {match.mentioned}"
        )

    print()
    print(f"peak RSS      {peak_mb:.0f} MB (this process: the corpus, both paths, their results)")
    print(
        f"speed-up      (a) ÷ (b) wall time {ratio:.1f}× (CPU {base_cpu_s / cand_cpu:.1f}×); the article preparation "
        f"(words and 5-gram hashes, which (a) pays too) is {prepare / n * 1e6:,.0f} µs of (b)'s "
        f"{cand_s / n * 1e6:,.0f} µs an article, so with no compare() at all (b) could be at most "
        f"{base_s / (prepare + lookup):.1f}× faster than (a)"
    )
    verdict = "PASS" if ratio >= TARGET else "MISS"
    print(
        f"{verdict}  checking {n:,} articles against {m} releases: {cand_s:.2f} s through the index vs {base_s:.2f} s "
        f"comparing every pair, {ratio:.1f}× (target ≥ {TARGET:.0f}×); results {'identical' if same else 'DIFFER'}"
    )
    print(f"\n({time.perf_counter() - started_all:.0f} s in all)")

    if args.profile:
        print("\n--- cProfile of (b), every article once more ---")
        print(profile(texts, topics, index))
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
