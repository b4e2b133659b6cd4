"""Release pickup on the hand-labelled set (4 releases, 69 articles): the issue's targets as floors.

Development figures: the matcher was tuned while reading this set's mistakes (see README)."""

from __future__ import annotations

import json

import pytest

from tests.eval_pickup import DATA, TARGETS, evaluate

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def evaluation(tagger):  # noqa: ANN001, ANN201
    return evaluate(DATA, tagger)


@pytest.mark.parametrize("kind", sorted(TARGETS))
def test_each_match_type_meets_its_target(evaluation, kind: str) -> None:  # noqa: ANN001
    assert evaluation.precision(kind) >= TARGETS[kind], evaluation.mistakes
    assert evaluation.recall(kind) >= TARGETS[kind], evaluation.mistakes


def test_quotes_are_found_with_every_altered_word(evaluation) -> None:  # noqa: ANN001
    quotes = evaluation.figures()["quotes"]
    assert quotes["precision"] >= 0.95 and quotes["recall"] >= 0.90
    assert quotes["verbatim_flag_right"] >= 0.95 and quotes["altered_words_all_found"] >= 0.90
    assert quotes["altered_support"] >= 10


def test_mentions_stay_precise(evaluation) -> None:  # noqa: ANN001
    assert evaluation.precision("mention") >= 0.9 and evaluation.recall("mention") >= 0.85


def test_the_set_is_big_enough() -> None:
    data = json.loads(DATA.read_text())
    assert len(data["releases"]) >= 3 and len(data["articles"]) >= 60


def test_the_candidate_index_finds_what_comparing_everything_finds(tagger) -> None:  # noqa: ANN001
    from monitor.pickup.index import ReleaseIndex
    from monitor.pickup.match import Article, Release, compare
    from monitor.pipeline.releases import fingerprint_release

    data = json.loads(DATA.read_text())
    fingerprints = [(n, fingerprint_release(text, tagger.tag(text))) for n, text in
                    enumerate(((DATA.parent / r["file"]).read_text() for r in data["releases"]), start=1)]
    index = ReleaseIndex(fingerprints)
    for article in data["articles"]:
        tags = tagger.tag(article["text"])
        topics, people = {t.id for t in tags.topics}, {p.id for p in tags.people}
        everything = {n: compare(Release(fp), Article(article["text"]), topics=topics, people=people)
                      for n, fp in fingerprints}
        assert dict(index.check(article["text"], topics=topics, people=people)) == {
            n: match for n, match in everything.items() if match.kind != "none"}, article["id"]
