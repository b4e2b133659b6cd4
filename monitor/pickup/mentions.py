"""Does an article that copies nothing still report the release? It names the release's organisation or a
spokesperson, on the release's subject, and not only as the author of an earlier, dated statement.

On the subject: the article is tagged with one of the release's watched topics, or it uses one of the release's
own words for that subject (`Fingerprint.terms`: "detainers", "287(g)", "Secure Communities"). The tagger's
topic rules are written for stories in general ("detainers" within 15 words of "jail"); next to the name of
the group that issued the release, its own subject words are evidence enough.

About the release, not only its topic: the topics are broad ("ICE"), and an organisation issues many releases
on one of them. The article must also use a good share of the words of the release's headline and lede (its
`subject`), which is also what tells apart two releases of one organisation.

Earlier: "In a 2019 statement, Tramonte said ..." reports an old statement, not the new release. A name counts
only if at least one of its sentences is not explicitly dated before the release.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import prose

if TYPE_CHECKING:
    from .fingerprint import Fingerprint
    from .match import Article, Release

SUBJECT_SHARE = 0.2  # of the content words of the release's headline and lede an article uses to be about it

_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# "in 2019", "in March 2025", "on May 3, 2024", "a 2021 statement"
_YEAR = re.compile(r"(?<![\w$-])(?:(" + _MONTH + r")\s+(?:\d{1,2},?\s+)?)?((?:19|20)\d{2})(?![\w-])", re.IGNORECASE)
# "founded in 2008", "since 2012": a year that dates the organisation or a period, not a statement.
_NOT_A_STATEMENT = re.compile(
    r"\b(?:founded|established|formed|created|launched|started|began|opened|since|"
    r"until|through|by|from)\s+(?:in\s+)?(?:" + _MONTH + r"\s+)?$",
    re.IGNORECASE,
)
# "In March, Tramonte said": a month alone, capitalised, after "in" or "last".
_MONTH_ALONE = re.compile(
    r"\b(?:[Ii]n|[Ll]ast|[Bb]ack in|[Tt]his past)\s+(January|February|March|April|May|June|"
    r"July|August|September|October|November|December)\b(?!\s+\d)"
)
_RELATIVE = re.compile(
    r"\b(?:last\s+year|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|many|\d+)\s+years?\s+ago|"
    r"a\s+decade\s+ago|years\s+ago|in\s+an?\s+(?:earlier|previous|prior|past)\s+(?:statement|interview|op-ed|"
    r"testimony|report|release))\b",
    re.IGNORECASE,
)


def mentioned(release: Release, article: Article, *, topics: set[str], people: set[str]) -> list[str]:
    """The release's organisation and spokespeople the article names on its subject, now (not only as the
    authors of an earlier statement), and the watched people of the release it was tagged with."""
    if not on_subject(release, article, topics):
        return []
    named, earlier = [], set()
    for name, words in release.names:
        positions = article.positions(words)
        if not positions:
            continue
        if len(words) > 1 and name != release.fp.organisation:  # "Tramonte said" after "Lynn Tramonte"
            positions += [p for p in article.positions(words[-1:]) if p > positions[0]]
        if all(is_earlier(article.sentence_at(p), release.dated) for p in positions):
            earlier.add("-".join(words))
        else:
            named.append(name)
    return named + [
        person for person in release.fp.people if person in people and person not in earlier and person not in named
    ]


def on_subject(release: Release, article: Article, topics: set[str]) -> bool:
    """Tagged with one of the release's topics, or using one of the release's own words for them; and about
    what the release is about: a good share of the words of its headline and lede (`Fingerprint.subject`)."""
    if not (release.topics & topics or any(has_term(article, term) for term in release.fp.terms)):
        return False
    if not release.fp.subject:  # fingerprinted before subjects were kept
        return True
    used = len(release.subject & article.stem_set)
    return used >= 1 and used >= SUBJECT_SHARE * len(release.subject)


def vocabulary(fingerprint: Fingerprint) -> frozenset[str]:
    """Every word of the release's sentences, quotes and headline and lede, folded as `stem` folds them."""
    texts = [*fingerprint.sentences, *(q.text for q in fingerprint.quotes)]
    return frozenset(stem(word) for text in texts for word in prose.tokens(text)) | frozenset(fingerprint.subject)


def has_term(article: Article, term: str) -> bool:
    """A term with capitals ("ICE", "Secure Communities") as written; one in lower case ("detainers") in any
    case, singular or plural."""
    if term != term.lower():
        return re.search(r"(?<!\w)" + re.escape(term) + r"(?!\w)", article.text) is not None
    return article.contains_stems([stem(word) for word in prose.tokens(term)])


# Words too common to say what a release is about: English function words, and the words of every news story.
COMMON_WORDS = frozenset(
    """
a about above after again against all almost also although am among an and another any are around as at be
because been before being below between both but by can could did do does doing down during each either else
even ever every few for from further had has have having he her here hers herself him himself his how however
i if in into is it its itself just least less let like made make many may me might more most much must my
myself near need never new no nor not now of off on once one only or other our ours ourselves out over own per
rather said same say says see she should since so some still such than that the their theirs them themselves
then there these they this those though through thus to today too toward under until up upon us very via was
we well were what when where whether which while who whom whose why will with within without would year years
yet you your yours yourself week weeks month months day days told statement release press news percent
""".split()
)


def subject_words(text: str, names: list[str]) -> list[str]:
    """The content words of a text (a release's headline and lede), folded, without the common words and the
    words of its own names (any story about it names them)."""
    named = {stem(word) for name in names for word in prose.tokens(name)}
    return sorted(
        {stem(word) for word in prose.tokens(text) if len(word) > 2 and word not in COMMON_WORDS} - named - COMMON_WORDS
    )


def stem(word: str) -> str:
    """Plural and possessive folded: "detainers", "detainer's" and "detainer" are one word here."""
    word = word[:-2] if word.endswith("'s") else word
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def is_earlier(sentence: str, dated: tuple[int, int] | None) -> bool:
    """Is this sentence explicitly dated before the release ("in 2019", "last year", "in an earlier statement",
    "In March" for a November release)?"""
    if _RELATIVE.search(sentence):
        return True
    if dated is None:
        return False
    for found in _YEAR.finditer(sentence):
        if _NOT_A_STATEMENT.search(sentence[: found.start()]):
            continue
        month = _month(found.group(1)) if found.group(1) else 0
        year = int(found.group(2))
        if year < dated[0] or (year == dated[0] and 0 < month < dated[1]):
            return True
    return any(_month(found.group(1)) < dated[1] for found in _MONTH_ALONE.finditer(sentence))


def _month(name: str) -> int:
    return next(number for number, month in enumerate(_MONTHS, start=1) if month.startswith(name[:3].lower()))
