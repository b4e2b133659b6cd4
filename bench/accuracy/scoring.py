"""Score tagging against a hand-labelled set: pure Python, no spaCy, so any system's output can be scored.

Gold: the documents of `tests/data/tagging_dev.json` (see `load_dev_set`). Predictions: a neutral
structure, one entry per document id (a missing id counts as "found nothing"):

    {"topics": ["ice", ...], "people": ["lynn-tramonte", ...],
     "quotes": [{"content": (start, end), "speaker": "Lynn Tramonte" | None, "speaker_id": ... | None,
                 "role": ... | None, "confidence": 0.9 | None}, ...]}

Conventions, chosen once and used everywhere:
- Precision with nothing predicted and recall with nothing to find are 1.0 (nothing claimed, nothing
  wrong; nothing missed); F1 is 0.0 when both precision and recall are 0. An accuracy over no items is
  1.0, and its item count `n` says so. Nothing ever divides by zero.
- Quote spans are compared after trimming: leading white space, and trailing white space and `,.;:`
  (so `We will stop,` and `We will stop` are the same quotation; the characters are trimmed only at the
  end because that is where a sentence's own punctuation meets the closing mark).
- Exact match: same trimmed offsets, one prediction per gold quote. Overlap match: any shared character
  of the trimmed spans counts; pairs are taken greedily, largest overlap first, each gold quote and each
  prediction used at most once (so one long prediction over two quotes matches only one of them).
- Speakers are compared case-insensitively, with courtesy titles and abbreviated ranks ("Ms.", "Dr.",
  "Sen.") and punctuation dropped; None equals None. A job title is not dropped ("Sheriff Dana Okafor" is
  not the name "Dana Okafor"). A quote whose gold speaker is an organisation or a description (`kind`
  "org" or "description"; in the first dev set, shape "role_only" with a null speaker) is credited right
  when the predicted speaker is the gold speaker or the source mention as written, either without a
  leading article ("ICE" for "U.S. Immigration and Customs Enforcement" written as "ICE said"; "DHS
  spokesperson" for "a DHS spokesperson"), or one of them is the other with words in front ("Immigration
  and Customs Enforcement" / "U.S. Immigration and Customs Enforcement"), or, for a description, one is the
  other's head noun phrase ("deputy" / "deputy who asked not to be named"); in the first dev set, None also
  stays right there (its convention). Roles: lower case, spaces collapsed, a leading "a ", "an " or "the " and
  trailing punctuation dropped, curly apostrophes made straight.
- Speaker accuracy, role accuracy, the per-shape figures and the confidence means are over the
  overlap-matched quotes; "end to end" counts a quote right when it is overlap-matched and its speaker
  is right (precision over all predictions, recall over all gold quotes).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
DEV_SET = ROOT / "tests" / "data" / "tagging_dev.json"
DEV_SAMPLE = ROOT / "tests" / "data" / "tagging_dev_sample.json"

TRAILING = ",.;:"
# Courtesy titles and abbreviated ranks, dropped before a name. Job titles are not: "Sheriff Dana Okafor"
# or "ICE Director John Morton" as a speaker is a role glued to the name, and scored wrong.
TITLES = {
    "mr",
    "mrs",
    "ms",
    "miss",
    "mx",
    "dr",
    "prof",
    "sir",
    "dame",
    "rev",
    "fr",
    "sen",
    "rep",
    "gov",
    "lt",
    "gen",
    "col",
    "capt",
    "sgt",
    "hon",
}
NO_SHAPE = "(none)"

Span = tuple[int, int]
SpeakerMatch = Callable[[Mapping[str, Any], Mapping[str, Any], str], bool]


# --- loading ---------------------------------------------------------------------------------------------


def dev_set_path() -> Path:
    """The real dev set when it exists, else the small sample in the same format."""
    return DEV_SET if DEV_SET.exists() else DEV_SAMPLE


def load_dev_set(path: Path | str | None = None) -> dict[str, Any]:
    """The whole file: {"watchlist": ..., "documents": [...]}; each document checked for the keys scoring needs."""
    data = json.loads(Path(path or dev_set_path()).read_text(encoding="utf-8"))
    for doc in data["documents"]:
        missing = {"id", "text", "topics", "people", "quotes"} - set(doc)
        if missing:
            raise ValueError(f"document {doc.get('id')!r} lacks {sorted(missing)}")
        for quote in doc["quotes"]:
            start, end = quote["content"]
            if not 0 <= start <= end <= len(doc["text"]):
                raise ValueError(f"document {doc['id']!r}: quote offsets {quote['content']} outside the text")
    return data


def prediction_from_tags(tags: Any) -> dict[str, Any]:
    """The neutral structure from a `monitor.records.Tags` (read by attribute; missing fields are None)."""
    return {
        "topics": [t.id for t in tags.topics],
        "people": [p.id for p in tags.people],
        "quotes": [
            {
                "content": (q.start, q.end),
                "speaker": q.speaker,
                "speaker_id": getattr(q, "speaker_id", None),
                "role": getattr(q, "role", None),
                "confidence": getattr(q, "confidence", None),
                "shape": getattr(q, "shape", None),
            }
            for q in tags.quotes
        ],
    }


# --- normalising -----------------------------------------------------------------------------------------


def trim_span(text: str, span: Sequence[int]) -> Span:
    """The span without leading white space, and without trailing white space and `,.;:`."""
    start, end = int(span[0]), int(span[1])
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in TRAILING):
        end -= 1
    return start, end


def _plain(value: str) -> str:
    value = unicodedata.normalize("NFKC", value).replace("’", "'").replace("‘", "'")
    return " ".join(value.split())


def normalise_speaker(name: str | None) -> str | None:
    """Lower case, no titles, no punctuation: "Ms. Lynn Tramonte," -> "lynn tramonte"; None stays None."""
    if name is None:
        return None
    words = re.sub(r"[^\w'\- ]", " ", _plain(name).lower()).split()
    while len(words) > 1 and words[0] in TITLES:
        words.pop(0)
    return " ".join(words) or None


def normalise_role(role: str | None) -> str | None:
    """Lower case, spaces collapsed, leading "a"/"an"/"the" and trailing punctuation dropped."""
    if role is None:
        return None
    value = _plain(role).lower().strip(" ,.;:")
    for article in ("a ", "an ", "the "):
        if value.startswith(article):
            value = value[len(article) :]
            break
    return value or None


def speakers_equal(predicted: str | None, gold: str | None) -> bool:
    return normalise_speaker(predicted) == normalise_speaker(gold)


def speaker_kind(gold: Mapping[str, Any]) -> str:
    """person, org, description or none; the first dev set has no `kind`: its role-only credits are descriptions."""
    if gold.get("kind"):
        return str(gold["kind"])
    if gold.get("shape") == "role_only":
        return "description"
    return "person" if gold.get("speaker") else "none"


_DETERMINERS = ("the", "a", "an", "one", "two", "three", "several", "some", "another", "other", "many")


def _party(value: str | None) -> str | None:
    """An organisation or description for comparison: normalised, without leading articles or quantifiers
    ("one trader", "a DHS spokesperson") or a trailing possessive."""
    words = (normalise_speaker(value) or "").split()
    while len(words) > 1 and words[0] in _DETERMINERS:
        words.pop(0)
    return re.sub(r"'s$", "", " ".join(words)) or None


def strict_speaker_match(predicted: Mapping[str, Any], gold: Mapping[str, Any], text: str) -> bool:
    """The monitor's rule: the predicted speaker is the gold speaker (the fullest name), None == None; for an
    organisation or description, also its mention as written (see the module docstring)."""
    if speaker_kind(gold) not in ("org", "description"):
        return speakers_equal(predicted.get("speaker"), gold.get("speaker"))
    guess = _party(predicted.get("speaker"))
    if guess is None:
        return gold.get("speaker") is None  # the first dev set's convention for role-only credits
    source = gold.get("source")
    names = {_party(gold.get("speaker")), _party(text[source[0] : source[1]]) if source else None} - {None}
    description = speaker_kind(gold) == "description"
    return any(
        guess == name
        or f" {name}".endswith(f" {guess}")
        and len(guess.split()) > 1
        or f" {guess}".endswith(f" {name}")
        and len(name.split()) > 1
        # a description's head noun phrase, with or without what follows it ("deputy who asked ...")
        or description
        and (name.startswith(guess + " ") or guess.startswith(name + " "))
        for name in names
        if name
    )


def generous_speaker_match(predicted: Mapping[str, Any], gold: Mapping[str, Any], text: str) -> bool:
    """For a baseline that names the mention rather than the person. Also right: the gold source mention
    as written ("she", "Tramonte"); the gold speaker's surname; the gold speaker's full name after other
    words ("Sheriff Dana Okafor" for "Dana Okafor"); and, for a quote with no named speaker, words of its
    source mention ("spokesman" for "a spokesman for the agency")."""
    if strict_speaker_match(predicted, gold, text):
        return True
    guess = normalise_speaker(predicted.get("speaker"))
    if guess is None:
        return False
    source = gold.get("source")
    mention = normalise_speaker(text[source[0] : source[1]]) if source else None
    if gold.get("speaker") is None:
        return mention is not None and f" {guess} " in f" {mention} "
    if guess == mention:
        return True
    full = normalise_speaker(gold["speaker"]) or ""
    return bool(full) and (guess == full.split()[-1] or guess.endswith(" " + full))


# --- matching --------------------------------------------------------------------------------------------


def overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match_exact(gold: Sequence[Span], predicted: Sequence[Span]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index) of identical spans, in gold order."""
    free: dict[Span, list[int]] = {}
    for j, span in enumerate(predicted):
        free.setdefault(span, []).append(j)
    pairs = []
    for i, span in enumerate(gold):
        if free.get(span):
            pairs.append((i, free[span].pop(0)))
    return pairs


def match_overlap(gold: Sequence[Span], predicted: Sequence[Span]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index), greedily by largest overlap; ties go to the
    earlier gold quote, then the earlier prediction. Pairs sharing no character are never made."""
    candidates = sorted(
        ((overlap(g, p), i, j) for i, g in enumerate(gold) for j, p in enumerate(predicted) if overlap(g, p) > 0),
        key=lambda c: (-c[0], c[1], c[2]),
    )
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i not in used_gold and j not in used_pred:
            used_gold.add(i)
            used_pred.add(j)
            pairs.append((i, j))
    return sorted(pairs)


# --- figures ---------------------------------------------------------------------------------------------

# Confidence bins of the reliability table: [low, high).
CONFIDENCE_BINS = ((0.0, 0.5), (0.5, 0.7), (0.7, 0.85), (0.85, 0.95), (0.95, 1.01))


def reliability_table(points: Sequence[tuple[float, bool]]) -> dict[str, Any]:
    """Predicted confidence against observed speaker accuracy, bin by bin, and the expected calibration error
    (the gap between the two, weighted by how many quotes each bin holds): an honest confidence has a small one."""
    rows, gap = [], 0.0
    for low, high in CONFIDENCE_BINS:
        inside = [(c, ok) for c, ok in points if low <= c < high]
        if not inside:
            continue
        mean = sum(c for c, _ in inside) / len(inside)
        observed = sum(ok for _, ok in inside) / len(inside)
        gap += abs(mean - observed) * len(inside)
        rows.append(
            {"bin": f"{low:.2f}–{min(high, 1.0):.2f}", "n": len(inside), "mean_confidence": mean, "accuracy": observed}
        )
    return {"rows": rows, "ece": gap / len(points) if points else 0.0}


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float | int]:
    """Precision, recall and F1 with the module's conventions for empty denominators."""
    precision = tp / n_pred if n_pred else 1.0
    recall = tp / n_gold if n_gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"tp": tp, "predicted": n_pred, "gold": n_gold, "precision": precision, "recall": recall, "f1": f1}


def accuracy(correct: int, n: int) -> dict[str, float | int]:
    return {"correct": correct, "n": n, "accuracy": correct / n if n else 1.0}


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def _breakdown(rows: dict[str, dict[str, int]]) -> dict[str, dict[str, float]]:
    """Per group (a shape, a kind of speaker): gold quotes, found ones, span recall and speaker accuracy."""
    return {
        name: {
            "gold": row["gold"],
            "found": row["found"],
            "span_recall": row["found"] / row["gold"] if row["gold"] else 1.0,
            "speaker_accuracy": row["speaker_right"] / row["found"] if row["found"] else 1.0,
        }
        for name, row in sorted(rows.items())
    }


def score(
    documents: Iterable[Mapping[str, Any]],
    predictions: Mapping[str, Mapping[str, Any]],
    *,
    speaker_match: SpeakerMatch = strict_speaker_match,
    keep_mistakes: bool = False,
) -> dict[str, Any]:
    """Every figure for one system over the gold documents; see the module docstring for the rules.

    With keep_mistakes, "mistakes" lists each missed, spurious or wrongly attributed quote (for reading).
    """
    counts = {k: [0, 0, 0] for k in ("topics", "people", "exact", "overlap", "end_to_end")}  # tp, pred, gold
    speaker = [0, 0]
    speaker_id = [0, 0]
    role = [0, 0]
    confidence: dict[str, list[float]] = {"right": [], "wrong": []}
    shapes: dict[str, dict[str, int]] = {}
    kinds: dict[str, dict[str, int]] = {}
    watched = {"gold": 0, "found": 0, "credited": 0}  # quotes by watched people: found, and given the right id
    reliability: list[tuple[float, bool]] = []  # (confidence, speaker right) for every matched quote
    n_docs = confounders = confounders_false_topic = 0
    mistakes: list[dict[str, Any]] = []

    for doc in documents:
        n_docs += 1
        text = doc["text"]
        pred = predictions.get(doc["id"]) or {}
        for kind in ("topics", "people"):
            got, want = set(pred.get(kind) or ()), set(doc.get(kind) or ())
            counts[kind][0] += len(got & want)
            counts[kind][1] += len(got)
            counts[kind][2] += len(want)
            if keep_mistakes:
                noun = "topic" if kind == "topics" else "person"
                mistakes += [{"doc": doc["id"], "kind": f"false {noun}", "id": i} for i in sorted(got - want)]
                mistakes += [{"doc": doc["id"], "kind": f"missed {noun}", "id": i} for i in sorted(want - got)]
        if doc.get("confounder"):
            confounders += 1
            if set(pred.get("topics") or ()) - set(doc.get("topics") or ()):
                confounders_false_topic += 1

        gold_quotes = list(doc.get("quotes") or ())
        pred_quotes = list(pred.get("quotes") or ())
        gold_spans = [trim_span(text, q["content"]) for q in gold_quotes]
        pred_spans = [trim_span(text, q["content"]) for q in pred_quotes]
        exact = match_exact(gold_spans, pred_spans)
        pairs = match_overlap(gold_spans, pred_spans)
        for kind, found in (("exact", exact), ("overlap", pairs), ("end_to_end", None)):
            counts[kind][1] += len(pred_quotes)
            counts[kind][2] += len(gold_quotes)
            if found is not None:
                counts[kind][0] += len(found)

        matched_gold = set()
        for i, j in pairs:
            g, p = gold_quotes[i], pred_quotes[j]
            matched_gold.add(i)
            right = bool(speaker_match(p, g, text))
            speaker[0] += right
            speaker[1] += 1
            counts["end_to_end"][0] += right
            if "speaker_id" in p:
                speaker_id[0] += p.get("speaker_id") == g.get("speaker_id")
                speaker_id[1] += 1
            if g.get("role") is not None:
                role[0] += normalise_role(p.get("role")) == normalise_role(g["role"])
                role[1] += 1
            if p.get("confidence") is not None:
                confidence["right" if right else "wrong"].append(float(p["confidence"]))
                reliability.append((float(p["confidence"]), right))
            for row in (
                shapes.setdefault(g.get("shape") or NO_SHAPE, {"gold": 0, "found": 0, "speaker_right": 0}),
                kinds.setdefault(speaker_kind(g), {"gold": 0, "found": 0, "speaker_right": 0}),
            ):
                row["found"] += 1
                row["speaker_right"] += right
            if g.get("speaker_id"):
                watched["found"] += 1
                watched["credited"] += right and p.get("speaker_id") == g["speaker_id"]
            if keep_mistakes and not right:
                mistakes.append(
                    {
                        "doc": doc["id"],
                        "kind": "speaker",
                        "shape": g.get("shape"),
                        "quote": text[slice(*gold_spans[i])][:80],
                        "gold": g.get("speaker"),
                        "predicted": p.get("speaker"),
                        "confidence": p.get("confidence"),
                    }
                )
        for i, g in enumerate(gold_quotes):
            shapes.setdefault(g.get("shape") or NO_SHAPE, {"gold": 0, "found": 0, "speaker_right": 0})["gold"] += 1
            kinds.setdefault(speaker_kind(g), {"gold": 0, "found": 0, "speaker_right": 0})["gold"] += 1
            watched["gold"] += bool(g.get("speaker_id"))
            if keep_mistakes and i not in matched_gold:
                mistakes.append(
                    {
                        "doc": doc["id"],
                        "kind": "missed",
                        "shape": g.get("shape"),
                        "quote": text[slice(*gold_spans[i])][:80],
                        "gold": g.get("speaker"),
                    }
                )
        if keep_mistakes:
            matched_pred = {j for _, j in pairs}
            for j, p in enumerate(pred_quotes):
                if j not in matched_pred:
                    mistakes.append(
                        {
                            "doc": doc["id"],
                            "kind": "spurious",
                            "quote": text[slice(*pred_spans[j])][:80],
                            "predicted": p.get("speaker"),
                        }
                    )

    result: dict[str, Any] = {
        "documents": n_docs,
        "confounders": confounders,
        "confounders_with_false_topic": confounders_false_topic,
        "topics": prf(*counts["topics"]),
        "people": prf(*counts["people"]),
        "quotes_exact": prf(*counts["exact"]),
        "quotes_overlap": prf(*counts["overlap"]),
        "speaker": accuracy(*speaker),
        "speaker_end_to_end": prf(*counts["end_to_end"]),
        "speaker_id": accuracy(*speaker_id),
        "role": accuracy(*role),
        "by_shape": _breakdown(shapes),
        "by_kind": _breakdown(kinds),
        "watched": watched,
        "confidence": {
            "right": _mean(confidence["right"]),
            "wrong": _mean(confidence["wrong"]),
            "n_right": len(confidence["right"]),
            "n_wrong": len(confidence["wrong"]),
        },
        "reliability": reliability_table(reliability),
    }
    if keep_mistakes:
        result["mistakes"] = mistakes
    return result
