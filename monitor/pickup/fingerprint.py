"""A release, fingerprinted once when it is added: what later articles are compared with.

Kept as plain JSON in the database (`Release.fingerprint`), so the comparison never needs the model:
the quotes and speakers come from the tagger once, here.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from . import text as t

# A sentence shorter than this is too common to prove copying ("The program is voluntary.").
MIN_SENTENCE_WORDS = 6


@dataclass(frozen=True)
class ReleaseQuote:
    index: int  # 1-based, in order of appearance: "quote 2" in the report
    text: str
    speaker: str | None


@dataclass(frozen=True)
class Fingerprint:
    grams: list[int]  # distinct hashed word 5-grams of the body (boilerplate left out)
    sentences: list[str]  # distinctive body sentences, as written
    quotes: list[ReleaseQuote]
    organisation: str | None
    spokespeople: list[str]  # the quoted speakers
    people: list[str] = field(default_factory=list)  # watched people (ids) the release names
    topics: list[str] = field(default_factory=list)  # watched topics (ids) the release is about

    def to_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict) -> Fingerprint:
        quotes = [ReleaseQuote(**quote) for quote in data.get("quotes", [])]
        return cls(**{**data, "quotes": quotes})


def fingerprint(text: str, *, quotes: list[tuple[str, str | None]], topics: list[str] = (),  # type: ignore[assignment]
                people: list[str] = (), organisation: str | None = None) -> Fingerprint:  # type: ignore[assignment]
    """`quotes`: (quote, speaker) as the tagger found them in the release, in order."""
    grams: dict[int, None] = {}
    distinctive: list[str] = []
    for paragraph, start in t.body(text):
        grams.update(dict.fromkeys(t.grams(t.tokens(paragraph))))
        for sentence, _ in t.sentences(paragraph, start):
            if len(t.tokens(sentence)) >= MIN_SENTENCE_WORDS:
                distinctive.append(sentence.strip())
    speakers = list(dict.fromkeys(speaker for _, speaker in quotes if speaker))
    return Fingerprint(
        grams=list(grams), sentences=distinctive,
        quotes=[ReleaseQuote(i, quote, speaker) for i, (quote, speaker) in enumerate(quotes, start=1)],
        organisation=organisation or t.organisation(text), spokespeople=speakers, people=list(people),
        topics=list(topics),
    )
