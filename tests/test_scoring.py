"""The scoring rules of bench/accuracy/scoring.py, on small hand-made documents (no spaCy)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bench.accuracy.scoring import (
    DEV_SAMPLE,
    generous_speaker_match,
    load_dev_set,
    match_exact,
    match_overlap,
    normalise_role,
    normalise_speaker,
    prf,
    score,
    strict_speaker_match,
    trim_span,
)

TEXT = '"We will not stop," said Ms. Lynn Tramonte. "This is wrong," she said. "Go home."'
# gold content spans, without the marks
STOP = (TEXT.index("We"), TEXT.index('," said'))  # without the comma
WRONG = (TEXT.index("This"), TEXT.index('," she') + 1)  # with the comma
HOME = (TEXT.index("Go"), TEXT.index('."') + 1)


def gold_doc(**changes: Any) -> dict:
    doc = {
        "id": "d1",
        "confounder": False,
        "text": TEXT,
        "topics": ["ice"],
        "people": ["lynn-tramonte"],
        "quotes": [
            {
                "content": list(STOP),
                "speaker": "Lynn Tramonte",
                "speaker_id": "lynn-tramonte",
                "source": [TEXT.index("Ms."), TEXT.index('. "This')],
                "role": "Deputy Director",
                "shape": "said_after_name",
            },
            {
                "content": list(WRONG),
                "speaker": "Lynn Tramonte",
                "speaker_id": "lynn-tramonte",
                "source": [TEXT.index("she"), TEXT.index("she") + 3],
                "role": None,
                "shape": "pronoun",
            },
            {
                "content": list(HOME),
                "speaker": None,
                "speaker_id": None,
                "source": None,
                "role": None,
                "shape": "continuation",
            },
        ],
    }
    doc.update(changes)
    return doc


def quote(span: list[int] | tuple[int, int], speaker: str | None = None, **extra: Any) -> dict:
    return {"content": span, "speaker": speaker, **extra}


def test_trim_span_drops_white_space_and_trailing_punctuation_only() -> None:
    text = '  "Yes, we can,;  " he said'
    assert trim_span(text, (0, len(text))) == (2, len(text))  # nothing trailing to trim
    assert text[slice(*trim_span(text, (3, 17)))] == "Yes, we can"
    assert trim_span(text, (5, 5)) == (5, 5)
    assert trim_span(",,,", (0, 3)) == (0, 0)


def test_exact_match_ignores_a_trailing_comma_or_full_stop_but_not_a_missing_word() -> None:
    doc = gold_doc()
    with_comma = (STOP[0], STOP[1] + 1)
    without_comma = (WRONG[0], WRONG[1] - 1)
    short = (HOME[0] + 3, HOME[1])
    result = score([doc], {"d1": {"quotes": [quote(with_comma), quote(without_comma), quote(short)]}})
    assert result["quotes_exact"]["tp"] == 2
    assert result["quotes_overlap"]["tp"] == 3
    assert result["quotes_overlap"]["f1"] == 1.0


def test_overlap_matching_is_one_to_one_and_greedy_by_largest_overlap() -> None:
    assert match_overlap([(0, 10), (20, 30)], [(0, 30)]) == [(0, 0)]  # ties: the earlier gold quote
    assert match_overlap([(0, 10), (20, 30)], [(5, 25)]) == [(0, 0)]
    assert match_overlap([(0, 10), (20, 30)], [(8, 29)]) == [(1, 0)]  # 9 shared with the second, 2 with the first
    # the largest overlap goes first even when that leaves a smaller one for another prediction
    assert match_overlap([(0, 10), (10, 20)], [(0, 12), (9, 20)]) == [(0, 0), (1, 1)]
    assert match_overlap([(0, 10)], [(0, 4), (3, 10)]) == [(0, 1)]
    assert match_overlap([(0, 10)], [(10, 20)]) == []  # touching is not overlapping
    assert match_exact([(0, 10), (0, 10)], [(0, 10)]) == [(0, 0)]
    assert match_exact([(0, 10)], [(0, 10), (0, 10)]) == [(0, 0)]


def test_one_prediction_over_two_quotes_matches_one_of_them() -> None:
    result = score([gold_doc()], {"d1": {"quotes": [quote((STOP[0], HOME[1]))]}})
    overlap = result["quotes_overlap"]
    assert (overlap["tp"], overlap["predicted"], overlap["gold"]) == (1, 1, 3)
    assert overlap["precision"] == 1.0 and overlap["recall"] == pytest.approx(1 / 3)


def test_speakers_none_equals_none_and_titles_and_case_do_not_count() -> None:
    preds = {
        "d1": {
            "quotes": [
                quote(STOP, "ms. LYNN TRAMONTE", confidence=0.9),
                quote(WRONG, None, confidence=0.2),
                quote(HOME, None, confidence=0.6),
            ]
        }
    }
    result = score([gold_doc()], preds)
    assert result["speaker"] == {"correct": 2, "n": 3, "accuracy": pytest.approx(2 / 3)}
    e2e = result["speaker_end_to_end"]
    assert e2e["tp"] == 2 and e2e["precision"] == pytest.approx(2 / 3) and e2e["recall"] == pytest.approx(2 / 3)
    assert result["confidence"]["right"] == pytest.approx(0.75) and result["confidence"]["wrong"] == pytest.approx(0.2)
    shapes = result["by_shape"]
    assert shapes["pronoun"] == {"gold": 1, "found": 1, "span_recall": 1.0, "speaker_accuracy": 0.0}
    assert shapes["continuation"]["speaker_accuracy"] == 1.0


def test_a_speaker_given_for_an_unattributed_quote_is_wrong() -> None:
    result = score([gold_doc()], {"d1": {"quotes": [quote(HOME, "Lynn Tramonte")]}})
    assert result["speaker"]["accuracy"] == 0.0


def test_name_normalisation() -> None:
    assert normalise_speaker(" Ms.  Lynn   Tramonte, ") == "lynn tramonte"
    assert normalise_speaker("Sen. Dr. Jane O’Neil") == "jane o'neil"
    assert normalise_speaker("Ms.") == "ms"  # a lone title is kept rather than emptied
    assert normalise_speaker("Sheriff Dana Okafor") == "sheriff dana okafor"  # a job title is not a courtesy title
    assert normalise_speaker(None) is None
    assert normalise_role("The  Deputy Director of America’s Voice.") == "deputy director of america's voice"
    assert normalise_role("a spokeswoman") == normalise_role("Spokeswoman")
    assert normalise_role(None) is None


def test_role_accuracy_counts_only_gold_roles() -> None:
    preds = {
        "d1": {
            "quotes": [
                quote(STOP, "Lynn Tramonte", role="the deputy director"),
                quote(WRONG, "Lynn Tramonte", role="something"),
                quote(HOME),
            ]
        }
    }
    assert score([gold_doc()], preds)["role"] == {"correct": 1, "n": 1, "accuracy": 1.0}
    preds["d1"]["quotes"][0]["role"] = None
    assert score([gold_doc()], preds)["role"]["accuracy"] == 0.0


def test_generous_speaker_rule_accepts_the_mention_and_the_surname() -> None:
    doc = gold_doc()
    first, second, third = doc["quotes"]
    assert generous_speaker_match({"speaker": "Tramonte"}, first, TEXT)
    assert generous_speaker_match({"speaker": "Lynn Tramonte"}, first, TEXT)
    assert generous_speaker_match({"speaker": "she"}, second, TEXT)
    assert not strict_speaker_match({"speaker": "she"}, second, TEXT)
    assert generous_speaker_match({"speaker": "Activist Lynn Tramonte"}, first, TEXT)
    assert not strict_speaker_match({"speaker": "Activist Lynn Tramonte"}, first, TEXT)
    assert not generous_speaker_match({"speaker": "Lynn"}, first, TEXT)
    assert not generous_speaker_match({"speaker": "Marco Tramonte"}, first, TEXT)
    assert not generous_speaker_match({"speaker": "she"}, third, TEXT)  # the gold quote has no speaker
    assert generous_speaker_match({"speaker": None}, third, TEXT)
    spokesman = "A spokesman for the agency said it would comment later."
    nameless = {"speaker": None, "source": [0, spokesman.index(" said")]}
    assert generous_speaker_match({"speaker": "spokesman"}, nameless, spokesman)
    assert not strict_speaker_match({"speaker": "spokesman"}, nameless, spokesman)
    assert not generous_speaker_match({"speaker": "spokes"}, nameless, spokesman)
    assert not generous_speaker_match({"speaker": "Lynn Tramonte"}, nameless, spokesman)


def test_topics_people_and_confounders_are_scored_per_document() -> None:
    docs = [
        gold_doc(),
        gold_doc(id="d2", confounder=True, topics=[], people=[], quotes=[]),
        gold_doc(id="d3", confounder=True, topics=[], people=[], quotes=[]),
    ]
    preds = {
        "d1": {"topics": ["ice", "ice", "secure-communities"], "people": []},
        "d2": {"topics": ["ice"]},
        "d3": {"topics": []},
    }
    result = score(docs, preds)
    assert result["topics"] == {
        "tp": 1,
        "predicted": 3,
        "gold": 1,
        "precision": pytest.approx(1 / 3),
        "recall": 1.0,
        "f1": pytest.approx(0.5),
    }
    assert result["people"]["recall"] == 0.0 and result["people"]["precision"] == 1.0
    assert result["people"]["f1"] == 0.0
    assert (result["confounders"], result["confounders_with_false_topic"]) == (2, 1)


def test_empty_predictions_and_empty_golds_never_divide_by_zero() -> None:
    nothing = score([gold_doc()], {})
    assert nothing["quotes_overlap"]["precision"] == 1.0 and nothing["quotes_overlap"]["recall"] == 0.0
    assert nothing["quotes_overlap"]["f1"] == 0.0
    assert nothing["speaker"] == {"correct": 0, "n": 0, "accuracy": 1.0}
    assert nothing["confidence"]["right"] is None and nothing["confidence"]["wrong"] is None
    assert nothing["by_shape"]["pronoun"] == {"gold": 1, "found": 0, "span_recall": 0.0, "speaker_accuracy": 1.0}

    empty_gold = gold_doc(topics=[], people=[], quotes=[])
    spurious = score([empty_gold], {"d1": {"topics": ["ice"], "quotes": [quote(STOP, "x")]}})
    assert spurious["quotes_exact"]["precision"] == 0.0 and spurious["quotes_exact"]["recall"] == 1.0
    assert spurious["topics"]["f1"] == 0.0

    both_empty = score([empty_gold], {"d1": {}})
    for kind in ("topics", "people", "quotes_exact", "quotes_overlap", "speaker_end_to_end"):
        assert both_empty[kind]["precision"] == both_empty[kind]["recall"] == both_empty[kind]["f1"] == 1.0
    assert score([], {})["documents"] == 0
    assert prf(0, 0, 0)["f1"] == 1.0


def test_mistakes_are_listed_when_asked() -> None:
    result = score(
        [gold_doc()],
        {"d1": {"topics": ["x"], "quotes": [quote(STOP, "Frank Sharry"), quote((0, 1))]}},
        keep_mistakes=True,
    )
    kinds = sorted(m["kind"] for m in result["mistakes"])
    assert kinds == ["false topic", "missed", "missed", "missed person", "missed topic", "speaker", "spurious"]


def test_the_sample_dev_set_loads_with_offsets_inside_the_text() -> None:
    data = load_dev_set(DEV_SAMPLE)
    assert len(data["documents"]) == 3
    for doc in data["documents"]:
        for q in doc["quotes"]:
            start, end = q["content"]
            assert doc["text"][start - 1] in '“"' or doc["text"][start - 2 : start] in (", ", "“ ")


@pytest.mark.parametrize("content", [None, "{", '{"documents": [{"id": "a"}]}'])
def test_eval_names_a_labelled_set_it_cannot_read_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str | None
) -> None:
    """A missing file, broken JSON or a document without its keys: a usage error naming the file, no traceback
    (and before any model is loaded)."""
    from bench.accuracy.eval_tagging import main

    path = tmp_path / "quotes.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(SystemExit) as exit_:
        main(["--data", str(tmp_path)])  # a set's folder stands for its quotes.json
    assert exit_.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()[-1]
    assert f"--data {path}: cannot read a labelled set" in err


def test_an_organisation_or_description_is_credited_by_its_name_or_its_mention() -> None:
    from bench.accuracy.scoring import strict_speaker_match

    text = "“We act within policy,” ICE said. “Nobody was hurt,” a DHS spokesperson said."
    ice = {"content": [1, 21], "source": [24, 27], "speaker": "U.S. Immigration and Customs Enforcement", "kind": "org"}
    assert strict_speaker_match({"speaker": "ICE"}, ice, text)  # the mention as written
    assert strict_speaker_match({"speaker": "Immigration and Customs Enforcement"}, ice, text)  # the name less "U.S."
    assert not strict_speaker_match({"speaker": None}, ice, text)
    assert not strict_speaker_match({"speaker": "Enforcement"}, ice, text)  # one word is no name
    spokesperson = {"content": [35, 50], "source": [53, 71], "speaker": "DHS spokesperson", "kind": "description"}
    assert strict_speaker_match({"speaker": "a DHS spokesperson"}, spokesperson, text)
    assert strict_speaker_match({"speaker": "DHS spokesperson who asked not to be named"}, spokesperson, text)
    assert not strict_speaker_match({"speaker": "ICE"}, spokesperson, text)
    legacy = {"content": [35, 50], "source": [53, 71], "speaker": None, "shape": "role_only"}  # the first dev set
    assert strict_speaker_match({"speaker": None}, legacy, text) and strict_speaker_match(
        {"speaker": "DHS spokesperson"}, legacy, text
    )


def test_the_reliability_table_compares_confidence_with_how_often_it_was_right() -> None:
    from bench.accuracy.scoring import reliability_table

    table = reliability_table([(0.95, True)] * 9 + [(0.95, False)] + [(0.6, True), (0.6, False)])
    assert [(r["bin"], r["n"], round(r["accuracy"], 2)) for r in table["rows"]] == [
        ("0.50–0.70", 2, 0.5),
        ("0.95–1.00", 10, 0.9),
    ]
    assert round(table["ece"], 3) == round((0.05 * 10 + 0.1 * 2) / 12, 3)
