"""Release pickup on hand-written text: boilerplate, containment, copied sentences, fuzzy quotes, mentions."""

from __future__ import annotations

import pytest

from monitor.pickup import prose
from monitor.pickup.fingerprint import fingerprint
from monitor.pickup.index import ReleaseIndex
from monitor.pickup.match import Article, Release, compare
from tests.pickup.cases import QUOTES, RELEASE

FP = fingerprint(RELEASE, quotes=QUOTES, topics=["detainers"])
REL = Release(FP)


def check(text: str, topics: set[str] = frozenset()):  # noqa: ANN201
    return compare(REL, Article(text), topics=set(topics))


def test_boilerplate_is_left_out_of_the_fingerprint() -> None:
    assert prose.body(RELEASE, titles=False)[0][0].startswith("Three county boards voted")  # titles and dateline out
    kept = " ".join(paragraph for paragraph, _ in prose.body(RELEASE))
    for junk in (
        "FOR IMMEDIATE RELEASE",
        "November 4, 2026",
        "About Harbor Legal Aid",
        "free legal help",
        "go here",
        "###",
        "press@harborlegal.example",
        "Riverside, CA",
    ):
        assert junk not in kept, junk
    assert kept.startswith("Counties ask for a clear exit") and "Three county boards voted" in kept
    assert FP.organisation == "Harbor Legal Aid" and FP.spokespeople == ["Marisol Ortega"]
    assert [q.index for q in FP.quotes] == [1, 2]


def test_reprinting_only_the_boilerplate_is_not_a_pickup() -> None:
    about = (
        "Harbor Legal Aid provides free legal help to low-income families in four counties. This release is "
        "fictional text written for tests. Press contact: Jo Park, press@harborlegal.example"
    )
    assert check(about).kind == "none"


def test_a_repost_with_its_own_intro_is_verbatim_even_inside_a_longer_page() -> None:
    page = "Posted by the Valley Newswire desk.\n\n" + RELEASE + "\n\n" + "Unrelated market news follows. " * 200
    match = check(page)
    assert match.kind == "verbatim" and match.reuse > 0.95
    assert {q.index for q in match.quotes} == {1, 2} and all(q.verbatim for q in match.quotes)


def test_two_copied_sentences_make_partial_reuse() -> None:
    story = (
        "LAKESIDE — The supervisors met late on Tuesday. The votes followed a year of public hearings in which "
        "residents described relatives who were held for days after minor traffic stops. Audits released in "
        "October found that most people flagged through the program had no conviction for a serious offense. "
        "The sheriff declined to comment, and the board will meet again in January to review the budget."
    )
    match = check(story)
    assert match.kind == "partial" and match.sentences == 2 and not match.quotes
    spans = [s for s in match.spans if s.what == "sentence"]
    assert story[spans[0].start : spans[0].end].startswith("The votes followed")


def test_a_lightly_edited_quote_names_each_changed_word() -> None:
    story = (
        "Ortega was blunt. \u201cCounty supervisors did exactly what we ask of every public official: they "
        "listened, they read the research, and they acted. The department should not stop moving the "
        "goalposts and tell them how to leave,\u201d she said."
    )
    match = check(story)
    assert match.kind == "quote"
    (quote,) = match.quotes
    assert (quote.index, quote.verbatim) == (1, False)
    assert quote.altered == ["evidence→research", "→not"]


def test_a_trimmed_quote_split_by_its_attribution_is_verbatim() -> None:
    story = (
        '"Nobody wants dangerous people released onto the street," Marisol Ortega of Harbor Legal Aid said '
        'on Friday. "We want a jail system that can tell a broken taillight from a real threat."'
    )
    match = check(story)
    assert match.kind == "quote"
    (quote,) = match.quotes
    assert quote.index == 2 and quote.verbatim and quote.altered == []


def test_a_mention_needs_the_organisation_or_speaker_a_topic_and_the_release_subject() -> None:
    story = (
        "Harbor Legal Aid wants the department to publish a procedure for counties that leave the fingerprint "
        "program, after three county boards voted to stop honoring detainers without a judge's signature."
    )
    assert check(story, {"detainers"}).kind == "mention"
    assert check(story, {"housing"}).kind == "none"
    assert check(
        "Marisol Ortega said county boards voted to stop honoring detainers that lack a judge's signature.",
        {"detainers"},
    ).mentioned == ["Marisol Ortega"]
    # The same organisation on the same topic but about something else: not this release.
    assert (
        check("Harbor Legal Aid opened an office downtown to help tenants with eviction hearings.", {"detainers"}).kind
        == "none"
    )


def test_a_same_topic_story_that_reuses_nothing_is_none() -> None:
    story = (
        "Three counties have stopped honoring detainers this fall. Sheriff Amos Reyes said the change was "
        "about liability: \u201cWe will not hold anyone without a warrant signed by a judge,\u201d he said. "
        "Immigration and Customs Enforcement said it would keep issuing the requests."
    )
    match = check(story, set())
    assert match.kind == "none" and not match.quotes and match.reuse < 0.05


def test_the_index_only_compares_releases_that_could_match() -> None:
    other = fingerprint(
        "A school board release about lunch menus and bus routes for the spring term.\n\n"
        "\u201cEvery child deserves a warm lunch and a safe ride to school each morning,\u201d "
        "said Pat Lee.",
        quotes=[("Every child deserves a warm lunch and a safe ride to school each morning,", "Pat Lee")],
        topics=["schools"],
    )
    index = ReleaseIndex([(1, FP), (2, other)])
    unrelated = Article("The city council approved a new parking garage downtown after a short debate.")
    assert index.candidates(unrelated, set()) == set()
    assert index.candidates(Article(RELEASE), set()) == {1}
    assert index.candidates(unrelated, {"schools"}) == {2}
    assert [(rid, m.kind) for rid, m in index.check(RELEASE)] == [(1, "verbatim")]


@pytest.mark.parametrize(
    "line,junk",
    [
        ("FOR IMMEDIATE RELEASE", True),
        ("Tuesday, November 4, 2026", True),
        ("###", True),
        ("-30-", True),
        ("Media contact: Jo Park, 555-010-2200", True),
        ("For quotes from sheriffs, click here.", True),
        ("The sheriff will visit the jail on Monday to review the policy with deputies.", False),
    ],
)
def test_boilerplate_lines(line: str, junk: bool) -> None:
    assert prose.paragraphs(line)[0].boilerplate is junk


def test_grams_are_stable_across_processes() -> None:
    # A literal: stored fingerprints must still match after a restart (Python's own hash() is salted).
    assert prose.gram_hash(["secure", "communities", "program", "is", "voluntary"]) == 2419235970551209708
    assert prose.words("America\u2019s Voice")[0].text == "america's"
