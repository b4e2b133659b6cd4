"""Copies of one story across outlets match, different stories on one topic don't (all text here is fictional)."""

from __future__ import annotations

import random

import pytest

from monitor.store.story_sketch import SAME_STORY, SKETCH_SIZE, resemblance, same_story, sketch

PRESS_RELEASE = (
    "“The Clean Taps Pledge will replace every lead service line in Harlow Valley within six years, "
    "at no cost to homeowners or renters,” the authority said."
)

WIRE = f"""BRENTFORD FALLS, Ore. (AP) — Regulators on Tuesday approved a plan by the Harlow Valley Water \
Authority to dig up and replace the aging pipes that carry drinking water into roughly 14,000 homes, \
ending a two-year dispute over who should pay for the work.

{PRESS_RELEASE}

The vote by the state utility board was 4-1. The lone dissenting member, Marguerite Ostrander, said she \
worried that the authority had underestimated the cost of digging beneath older neighborhoods, where \
maps of the buried lines are often incomplete or simply wrong.

Crews will begin this spring in the Kettle Creek district, where tests last summer found lead above the \
federal action level in one of every nine homes sampled. Families there have relied on bottled water \
and filters handed out at the fire station on Alder Street since August.

“We have been waiting a long time for someone to say yes,” said Delphine Arroway, a retired schoolteacher \
who organized weekly meetings of Kettle Creek parents. “Now we need them to actually show up with shovels.”

The authority expects to pay for the first phase with a low-interest state loan of $38 million and to \
seek federal grants for the rest. General manager Tobias Wrenfield said rates would rise by about $3 a \
month for the average household, less than the authority first proposed.

Critics, including two city councilors in neighboring Pell Harbor, have argued that the plan moves too \
slowly and that schools and day care centers should be moved to the front of the line. Wrenfield said \
the authority would publish a map of its schedule by the end of March and update it every quarter."""

LOCAL_COPY = (
    WIRE.replace("BRENTFORD FALLS, Ore. (AP) — ", "").replace("“", '"').replace("”", '"')
    + """

Residents of Millrace Township, which buys its water from the Harlow Valley authority, are not covered \
by the first phase. Township supervisor Ines Calloway said Wednesday that she has asked for a meeting \
with Wrenfield to find out when work there might begin."""
)

TRIMMED = " ".join(WIRE.split()[: int(len(WIRE.split()) * 0.6)])

OTHER = f"""PELL HARBOR, Ore. — Two weeks after regulators signed off on the Harlow Valley Water Authority’s \
pipe replacement plan, a group of landlords has filed suit to stop it, arguing that the authority has \
no right to send crews onto private property without the owners’ written consent.

The complaint, filed Monday in Tillmore County Circuit Court, names the authority and its general \
manager, Tobias Wrenfield. It takes aim at a promise the authority has made repeatedly since the plan \
was announced.

{PRESS_RELEASE}

The landlords say that promise hides a catch. Under the authority’s rules, a property owner who refuses \
access can be billed for a temporary connection, and the suit calls those fees a penalty imposed without \
a hearing. Their lawyer, Casimir Endeby, said his clients supported clean water but objected to being \
told rather than asked.

Wrenfield said in an interview that no one had been billed and that the rule was written to cover \
abandoned buildings, not working rentals. He said the authority would ask the court to dismiss the case \
quickly so that digging could start on schedule in the Kettle Creek district.

A hearing on the landlords’ request for a temporary restraining order is set for April 9. Tenant \
advocates said they would ask to join the case on the authority’s side, noting that renters in older \
buildings are the people most likely to be drinking from lead pipes."""

UNRELATED = """ASHGROVE, Ore. — A team of six students from Ashgrove Union High School won the regional robotics \
championship on Saturday with a machine built largely from parts salvaged from broken office chairs and a \
donated lawn mower engine.

The team, which calls itself the Rust Buckets, beat 31 other schools in a three-day contest that asked \
each robot to stack crates, climb a ramp and plant a flag on a moving platform. Their coach, chemistry \
teacher Odalys Fenwright, said the students spent most of the winter break in the school’s shop.

“They kept telling me the chairs were the secret,” Fenwright said. “I still don’t know what they meant.”

The win sends the team to the national finals in Tucson next month. The school board on Monday voted to \
cover the cost of travel, and a local bakery has promised to sell cookies shaped like robots to help \
with meals and hotel rooms."""

SUMMARY_A = "Regulators approved a Harlow Valley Water Authority plan on Tuesday to replace the aging pipes that \
carry drinking water into roughly 14,000 homes, ending a two-year dispute over who should pay."
SUMMARY_A_AGAIN = "REGULATORS approved a Harlow Valley Water Authority plan on Tuesday to replace the aging pipes that \
carry drinking water into roughly 14,000 homes -- ending a two-year dispute over who should pay..."
SUMMARY_B = "A group of landlords has sued the Harlow Valley Water Authority to stop its pipe replacement plan, \
arguing that crews cannot enter private property without the owners' written consent."

# (first, second, same story?) with a name for the report; each pair is (title, text).
PAIRS = [
    ("identical copies", ("Plan approved", WIRE), ("Plan approved", WIRE), True),
    (
        "local copy: new headline, no dateline, straight quotes, added paragraph",
        ("Regulators approve lead pipe plan", WIRE),
        ("Millrace left waiting as valley gets new pipes", LOCAL_COPY),
        True,
    ),
    ("trimmed to its first 60%", ("Pipe plan approved", WIRE), ("Pipe plan approved", TRIMMED), True),
    ("local copy against trimmed copy", ("A", LOCAL_COPY), ("B", TRIMMED), True),
    (
        "same summary, different case and punctuation",
        ("Pipe plan", SUMMARY_A),
        ("Water plan OK'd", SUMMARY_A_AGAIN),
        True,
    ),
    (
        "title-only items, same headline",
        ("Regulators approve Harlow Valley lead pipe plan", ""),
        ("Regulators approve Harlow Valley lead-pipe plan", "Read more."),
        True,
    ),
    ("same topic, same press-release quote", ("Plan approved", WIRE), ("Landlords sue", OTHER), False),
    ("same topic: local copy against the lawsuit story", ("A", LOCAL_COPY), ("B", OTHER), False),
    ("unrelated stories", ("Plan approved", WIRE), ("Robotics win", UNRELATED), False),
    ("summaries of different stories, same topic", ("Pipe plan", SUMMARY_A), ("Landlords sue", SUMMARY_B), False),
    (
        "title-only items, different headlines",
        ("Regulators approve Harlow Valley lead pipe plan", ""),
        ("Landlords sue to stop Harlow Valley lead pipe plan", ""),
        False,
    ),
]


@pytest.mark.parametrize(("first", "second", "expected"), [p[1:] for p in PAIRS], ids=[p[0] for p in PAIRS])
def test_labeled_pairs_are_classified_right(first: tuple[str, str], second: tuple[str, str], expected: bool) -> None:
    a, b = sketch(*first), sketch(*second)
    assert same_story(a, b) is expected, f"resemblance {resemblance(a, b):.3f}, threshold {SAME_STORY}"
    assert resemblance(a, b) == resemblance(b, a)


def test_threshold_holds_over_many_synthetic_stories() -> None:
    # The estimator's spread, not our few hand-written stories, decides the threshold: over 300 random stories a
    # 60% trim is almost always caught, and sharing one 25-word sentence never is.
    rng = random.Random(2024)
    vocabulary = [f"word{i}" for i in range(20_000)]
    caught = shared = 0
    for _ in range(300):
        story, other = (rng.choices(vocabulary, k=rng.randint(150, 900)) for _ in range(2))
        sentence = rng.choices(vocabulary, k=25)
        caught += same_story(sketch("", " ".join(story)), sketch("", " ".join(story[: len(story) * 6 // 10])))
        shared += same_story(sketch("", " ".join(story + sentence)), sketch("", " ".join(sentence + other)))
    assert caught >= 291 and shared == 0  # at least 97%; measured 296


def test_identical_copies_resemble_fully() -> None:
    assert resemblance(sketch("x", WIRE), sketch("y", WIRE)) == 1.0


def test_quote_style_white_space_and_case_do_not_change_the_sketch() -> None:
    messy = "  " + WIRE.replace("“", '"').replace("”", '"').replace("’", "'").replace(" ", "\n  ").upper()
    assert sketch("", messy) == sketch("", WIRE)


def test_empty_and_very_short_input_give_no_sketch_and_never_match() -> None:
    assert sketch("", "") == []
    assert sketch("Fire downtown", "Developing.") == []  # 3 words in all: too few for one shingle
    assert resemblance([], []) == 0.0
    assert not same_story([], [])
    assert not same_story(sketch("", WIRE), [])


def test_short_body_falls_back_to_the_title() -> None:
    assert sketch("Regulators approve Harlow Valley pipe plan", "") != []
    assert sketch("Another headline entirely", WIRE) == sketch("", WIRE)  # a full body ignores the title


def test_sketch_is_sorted_bounded_and_fits_a_bigint() -> None:
    for title, text in [("", WIRE), ("", OTHER), ("", SUMMARY_A), ("Regulators approve Harlow Valley pipe plan", "")]:
        values = sketch(title, text)
        assert values == sorted(values) and len(set(values)) == len(values)
        assert 0 < len(values) <= SKETCH_SIZE
        assert all(-(2**63) <= v < 2**63 for v in values)
    assert len(sketch("", WIRE)) == SKETCH_SIZE


def test_sketch_is_the_same_in_every_process() -> None:
    # Recorded once; a salted hash() (different per process) or any change of hash or normalisation breaks this,
    # and with it every sketch already stored in a database.
    assert sketch("", "The quick brown fox jumps over the lazy dog") == RECORDED


RECORDED = [-7413287084136464255, -4416808607670956297, -3906379139105640791, 4800378933827958851, 6573469244424666089]
