"""The parts behind each failure class of the pickup issue, on hand-written text: packaging stripped however the
release came, the organisation found however the release names it, narrative measured without the quotes'
attributions, boilerplate shared by one organisation's releases, and statements dated before the release.

The pairs themselves (a repost with a new lede, quotes with one word changed, ...) are in cases.py and held to their
labels by test_thresholds.py."""

from __future__ import annotations

import pytest

from monitor.pickup import mentions, prose
from monitor.pickup.index import ReleaseIndex, releases_of
from monitor.pickup.match import Article, compare
from tests.pickup import cases


@pytest.mark.parametrize(
    "line",
    [
        "# # #",
        "-END-",
        "SOURCE Riverbend Immigrant Justice Center",
        "Advertisement",
        "Story continues below",
        "Continued on page 2",
        "Page 1 of 2",
        "Posted on March 3, 2027 by the press office",
        "Related stories",
        "Editor's note: photos are available on request.",
        "Media inquiries: 555-014-3300",
    ],
)
def test_packaging_of_any_origin_is_left_out(line: str) -> None:
    assert prose.paragraphs(line)[0].boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "Sources close to the board said the vote was delayed.",
        "Related cases are pending in two other counties.",
        "The source of the figures is the county's own booking log.",
    ],
)
def test_news_that_starts_like_packaging_is_kept(line: str) -> None:
    assert not prose.paragraphs(line)[0].boilerplate


def test_everything_after_notes_to_editors_is_packaging() -> None:
    release = (
        "Counties vote.\n\nThe board voted on Tuesday to end the program.\n\nNotes to editors:\n\n"
        "The coalition was founded in 2009 and has 40 member congregations."
    )
    assert [p for p, _ in prose.body(release)] == ["Counties vote.", "The board voted on Tuesday to end the program."]


@pytest.mark.parametrize(
    "dateline", ["Dunmore, OH – ", "WASHINGTON (March 3, 2027) — ", "DUNMORE, Ohio, March 3, 2027 /Ohio Newswire/ -- "]
)
def test_the_dateline_is_cut_with_or_without_a_date(dateline: str) -> None:
    lede = (
        "The county board voted on Tuesday to end the jail program after a year of hearings in which residents "
        "described relatives held for days after traffic stops."
    )
    assert prose.body(dateline + lede)[0][0] == lede


def test_headlines_are_not_measured() -> None:
    release = (
        "Counties Vote to End the Jail Program\n\nA year of hearings ends with a vote\n\n" + "The board voted. " * 3
    )
    assert [p for p, _ in prose.body(release, titles=False)] == ["The board voted. " * 2 + "The board voted. "]
    assert prose.opening(release).startswith("Counties Vote to End the Jail Program\nA year of hearings ends")


@pytest.mark.parametrize(
    "release,organisation",
    [
        ("Text.\n\nAbout the City of Port Alder\n\nThe city has 40,000 residents.", "City of Port Alder"),
        ("Text.\n\nAbout Harbor Legal Aid: Harbor Legal Aid provides free legal help.", "Harbor Legal Aid"),
        (
            "Text.\n\n###\n\nThe Lakeshore Sanctuary Coalition is a network of 20 congregations.",
            "Lakeshore Sanctuary Coalition",
        ),
        (
            "“We will keep counting,” said Ellen Marsh, chair of the Lakeshore Sanctuary Coalition.\n\nMore text.",
            "Lakeshore Sanctuary Coalition",
        ),
        ("About 200 people rallied outside the jail on Tuesday.", None),
    ],
)
def test_the_organisation_is_found_however_the_release_names_it(release: str, organisation: str | None) -> None:
    assert prose.organisation(release, ["Ellen Marsh"]) == organisation


def test_the_release_dates_itself() -> None:
    assert prose.release_date(cases.RIVERBEND) == "2027-03-03"
    assert prose.release_date("WASHINGTON (Nov. 4, 2026) — The board voted.") == "2026-11-04"
    assert prose.release_date("The board voted.") is None


def test_quotes_and_names_are_not_narrative() -> None:
    """Running a quote with the release's attribution ("said Tomasz Okafor, legal director of ...") copies none of
    the release's narrative; the narrative is what is left between the quotes and the names."""
    release = releases_of([(1, cases.RELEASES["riverbend"])])[1]
    attribution = Article("said Tomasz Okafor, legal director of the Riverbend Immigrant Justice Center")
    assert not release.narrative & attribution.grams
    assert release.narrative < release.grams


def test_one_organisations_shared_paragraph_is_its_boilerplate() -> None:
    releases = releases_of((cases.NUMBERS[name], fp) for name, fp in cases.RELEASES.items())
    one, two = releases[cases.NUMBERS["harbor-one"]], releases[cases.NUMBERS["harbor-two"]]
    background = set(Article(cases._BACKGROUND).grams)
    assert background <= one.common and background <= two.common
    assert not background & one.narrative and not background & two.narrative
    assert not releases[cases.NUMBERS["riverbend"]].common  # alone of its organisation


@pytest.mark.parametrize(
    "sentence,earlier",
    [
        ("In a 2024 statement, Okafor called such deals costly.", True),
        ("Okafor said in January that the county should wait.", True),
        ("Last year the center warned the board.", True),
        ("In an earlier statement, the center warned the board.", True),
        ("Okafor, whose center was founded in 2009, said Tuesday the deal should go.", False),
        ("Okafor said on Tuesday that the board should cancel the agreement.", False),
        ("Okafor said the deputies would start training in April.", False),
    ],
)
def test_a_statement_explicitly_dated_before_the_release(sentence: str, earlier: bool) -> None:
    assert mentions.is_earlier(sentence, (2027, 3)) is earlier


def test_the_index_finds_what_comparing_every_pair_finds_on_the_hand_written_pairs() -> None:
    fingerprints = [(cases.NUMBERS[name], fp) for name, fp in cases.RELEASES.items()]
    index, releases = ReleaseIndex(fingerprints), releases_of(fingerprints)
    for case in cases.CASES:
        article = Article(case.text)
        everything = {
            number: compare(release, article, topics=set(case.topics), people=set())
            for number, release in releases.items()
        }
        assert dict(index.check(case.text, topics=set(case.topics))) == {
            number: found for number, found in everything.items() if found.kind != "none"
        }, case.name
