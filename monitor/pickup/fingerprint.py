"""A release, fingerprinted once when it is added: what later articles are compared with.

Kept as plain JSON in the database (`Release.fingerprint`), so the comparison never needs the model:
the quotes and speakers come from the tagger once, here.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from difflib import SequenceMatcher

from . import mentions, prose

# A sentence shorter than this is too common to prove copying ("The program is voluntary.").
MIN_SENTENCE_WORDS = 6
# Words of a release quote found in a row outside quotation marks (a statement printed without them) for them
# to be the quote there, not a phrase the narrative shares with it ("in the last three years").
UNMARKED_QUOTE_RUN = 10


@dataclass(frozen=True)
class ReleaseQuote:
    index: int  # 1-based, in order of appearance: "quote 2" in the report
    text: str
    speaker: str | None


@dataclass(frozen=True)
class Fingerprint:
    grams: list[int]  # distinct hashed word 5-grams of the body (boilerplate and titles left out)
    sentences: list[str]  # distinctive body sentences, as written
    quotes: list[ReleaseQuote]
    organisation: str | None
    spokespeople: list[str]  # the quoted speakers
    people: list[str] = field(default_factory=list)  # watched people (ids) the release names
    topics: list[str] = field(default_factory=list)  # watched topics (ids) the release is about
    # The body's 5-grams that touch no quote word and no name: the release's own narrative. A 5-gram that runs
    # from a quote into "said Lynn Tramonte, deputy director of ..." is how any story runs the quote, not copied
    # narrative. None in a fingerprint made before this was kept (then: the grams less the quotes' grams).
    narrative: list[int] | None = None
    terms: list[str] = field(default_factory=list)  # the release's own words for its subject ("detainers")
    dated: str | None = None  # YYYY-MM-DD the release went out: what an "earlier" statement is earlier than
    subject: list[str] = field(default_factory=list)  # content words of its headline and lede (mentions.py)

    def to_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict) -> Fingerprint:
        quotes = [ReleaseQuote(**quote) for quote in data.get("quotes", [])]
        return cls(**{**data, "quotes": quotes})


def fingerprint(
    text: str,
    *,
    quotes: list[tuple[str, str | None]],
    topics: list[str] = (),  # type: ignore[assignment]
    people: list[str] = (),  # type: ignore[assignment]
    organisation: str | None = None,
    terms: list[str] = (),  # type: ignore[assignment]
    dated: str | None = None,
) -> Fingerprint:
    """`quotes`: (quote, speaker) as the tagger found them in the release, in order; `terms`: the words the
    release uses for its watched topics; `dated`: when it went out (else the date it gives itself)."""
    grams: dict[int, None] = {}
    distinctive: list[str] = []
    body = prose.body(text, titles=False)
    for paragraph, start in body:
        grams.update(dict.fromkeys(prose.grams(prose.tokens(paragraph))))
        for sentence, _ in prose.sentences(paragraph, start):
            if len(prose.tokens(sentence)) >= MIN_SENTENCE_WORDS:
                distinctive.append(sentence.strip())
    speakers = list(dict.fromkeys(speaker for _, speaker in quotes if speaker))
    organisation = organisation or prose.organisation(text, speakers)
    names = [[_base(w) for w in prose.tokens(name)] for name in [organisation, *speakers] if name]
    names += [words[-1:] for words in names[1 if organisation else 0 :]]  # "Tramonte said" names her too
    quote_words = [prose.tokens(quote) for quote, _ in quotes]
    return Fingerprint(
        grams=list(grams),
        sentences=distinctive,
        quotes=[ReleaseQuote(i, quote, speaker) for i, (quote, speaker) in enumerate(quotes, start=1)],
        organisation=organisation,
        spokespeople=speakers,
        people=list(people),
        topics=list(topics),
        narrative=narrative_grams([paragraph for paragraph, _ in body], quote_words, names),
        terms=list(dict.fromkeys(terms)),
        dated=dated or prose.release_date(text),
        subject=mentions.subject_words(prose.opening(text), [name for name in [organisation, *speakers] if name]),
    )


def narrative_grams(paragraphs: list[str], quotes: list[list[str]], names: list[list[str]]) -> list[int]:
    """5-grams of the paragraphs' words outside quotation marks, the quotes and the names, each run of such words
    on its own."""
    found: dict[int, None] = {}
    for paragraph in paragraphs:
        words = prose.tokens(paragraph)
        marked = [number > 0 for number in prose.quotations(paragraph, prose.words(paragraph))]
        kept = [not inside for inside in marked] if len(marked) == len(words) else [True] * len(words)
        for quote in quotes:
            for block in SequenceMatcher(None, quote, words, autojunk=False).get_matching_blocks():
                if block.size >= min(UNMARKED_QUOTE_RUN, len(quote)):
                    kept[block.b : block.b + block.size] = [False] * block.size
        for name in names:
            for i in range(len(words) - len(name) + 1):
                if name and [_base(w) for w in words[i : i + len(name)]] == name:
                    kept[i : i + len(name)] = [False] * len(name)
        run: list[str] = []
        for word, keep in zip([*words, ""], [*kept, False]):
            if keep:
                run.append(word)
                continue
            if len(run) >= prose.GRAM:
                found.update(dict.fromkeys(prose.grams(run)))
            run = []
    return list(found)


def _base(token: str) -> str:
    """ "Voice's" names the organisation as "Voice" does."""
    return token[:-2] if token.endswith("'s") else token
