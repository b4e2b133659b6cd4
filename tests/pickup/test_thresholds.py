"""Every threshold of release pickup is pinned by labelled pairs: move one far enough and some pair changes class
(or loses a quote change it is labelled with), so a test fails.

Two halves. `test_each_hand_written_pair_is_classified_as_labelled` (no model) holds every pair of cases.py to its
label; `test_labeled_accuracy.py` holds the dev set to its figures. `test_moving_a_threshold_changes_a_labelled_pair`
proves those tests pin each threshold: it moves the threshold to each value in THRESHOLDS, in turn, and finds a
labelled pair, among the hand-written ones and the dev set's 276, whose outcome then differs from its label. The
values are the issue's where it names them (QUOTE_SIMILARITY 0.2, QUOTE_MIN_WORDS 3), otherwise about half and one
and a half times the constant, or where that moves nothing the first value that does.

Some thresholds can be moved only one way: raising a window (QUOTE_LEAD, QUOTE_TAIL, MAX_ARTICLE_GAP) or the number
of places tried (QUOTE_PLACES) only finds more of what is there, and no labelled pair has more changed words in a row
than MAX_GAP allows; ONE_WAY says so for each, and the test
checks that a move the other way changes nothing yet (so the list stays true).
"""

from __future__ import annotations

from types import ModuleType

import pytest

from monitor.pickup import fingerprint, index, match, mentions, prose, quotes
from tests.pickup import cases

# (module, constant, values that must each change some labelled pair's outcome)
THRESHOLDS = [
    (match, "VERBATIM", [0.55, 0.35, 0.85, 1.05]),
    (match, "PARTIAL", [0.1, 0.3]),
    (match, "PARTIAL_MIN_GRAMS", [3, 9]),
    (match, "PARTIAL_SENTENCES", [1, 3]),
    (match, "SENTENCE_COPIED", [0.4, 1.2]),
    (match, "SENTENCE_SIMILARITY", [0.4, 1.2]),
    (match, "FUZZY_SENTENCE_WORDS", [5, 15]),
    (quotes, "QUOTE_SIMILARITY", [0.2, 0.375, 1.125]),
    (quotes, "QUOTE_MIN_WORDS", [3, 9]),
    (quotes, "QUOTE_PLACES", [1]),
    (quotes, "QUOTE_LEAD", [2]),
    (quotes, "QUOTE_TAIL", [12]),
    (quotes, "MAX_GAP", [1]),
    (quotes, "MAX_ARTICLE_GAP", [7]),
    (quotes, "EDGE_WORDS", [1, 4]),
    (quotes, "UNQUOTED_RUN", [4, 12]),
    (quotes, "SPLIT_PART", [1, 4]),
    (fingerprint, "MIN_SENTENCE_WORDS", [3, 9]),
    (fingerprint, "UNMARKED_QUOTE_RUN", [5, 15]),
    (index, "SAME_RELEASE", [0.25, 0.95]),
    (index, "MIN_SHARED", [2]),
    (mentions, "SUBJECT_SHARE", [0.1, 0.3]),
    (prose, "TITLE_WORDS", [15]),
    (prose, "DATE_SEARCH_CHARS", [10]),
]
# Moves that no labelled pair can see (see the module docstring).
ONE_WAY = [
    (quotes, "QUOTE_PLACES", 6),
    (quotes, "QUOTE_LEAD", 10),
    (quotes, "QUOTE_TAIL", 50),
    (quotes, "MAX_GAP", 4),
    (quotes, "MAX_ARTICLE_GAP", 21),
    (index, "MIN_SHARED", 0),
    (prose, "TITLE_WORDS", 45),
    (prose, "DATE_SEARCH_CHARS", 2000),
]


@pytest.mark.parametrize("case", cases.CASES, ids=lambda case: case.name)
def test_each_hand_written_pair_is_classified_as_labelled(case: cases.Case) -> None:
    got = cases.run(case)
    assert cases.agrees(case, got), f"{case.name}: labelled {case.expected} {case.quotes}, got {got} ({case.why})"


def test_every_threshold_is_in_the_table() -> None:
    """A new tuning constant must be pinned too: every upper-case number in the matcher's modules is listed."""
    listed = {(module.__name__, name) for module, name, _ in THRESHOLDS}
    for module in (match, quotes, fingerprint, index, mentions, prose):
        for name, value in vars(module).items():
            if (
                name.isupper()
                and not name.startswith("_")
                and isinstance(value, int | float)
                and not isinstance(value, bool)
                and name not in ("GRAM",)
            ):
                assert (module.__name__, name) in listed, f"{module.__name__}.{name} is not pinned"


def _mistakes(dev: object) -> list[str]:
    """Labelled pairs (hand-written, and the dev set's when given) whose outcome differs from the label."""
    from bench.accuracy.eval_pickup import score

    releases = cases.index(cases.fingerprints())  # fingerprinted again: some thresholds act there
    found = [case.name for case in cases.CASES if not cases.agrees(case, cases.run(case, releases))]
    return found + (score(dev).mistakes if dev is not None else [])


@pytest.fixture(scope="module")
def dev(tagger):  # noqa: ANN001, ANN201
    from bench.accuracy.eval_pickup import DATA, prepare

    return prepare(DATA, tagger)


@pytest.mark.model
@pytest.mark.parametrize(
    "module,name,value",
    [(m, n, v) for m, n, values in THRESHOLDS for v in values],
    ids=lambda x: x.__name__.rsplit(".", 1)[-1] if hasattr(x, "__name__") else str(x),
)
def test_moving_a_threshold_changes_a_labelled_pair(
    module: ModuleType, name: str, value: float, dev: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert not _mistakes(dev), "every labelled pair agrees with its label before anything is moved"
    monkeypatch.setattr(module, name, value)
    assert _mistakes(dev), f"{module.__name__}.{name} = {value} changes no labelled pair: nothing pins it there"


@pytest.mark.model
@pytest.mark.parametrize(
    "module,name,value", ONE_WAY, ids=lambda x: x.__name__.rsplit(".", 1)[-1] if hasattr(x, "__name__") else str(x)
)
def test_the_one_way_thresholds_move_nothing_the_other_way(
    module: ModuleType, name: str, value: float, dev: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(module, name, value)
    assert not _mistakes(dev), f"{module.__name__}.{name} = {value} now moves a labelled pair: add it to THRESHOLDS"
