"""The words that report speech, in one place: every module that asks "is this a verb of saying?" reads them here.

Two lists, because a verb's meaning depends on where it stands. `VERBS` are the cues the quote finder accepts
next to a quotation mark, where even "charged", "offered" or "pressed" can only mean speaking. `SAYING` are the
verbs that report speech anywhere in a sentence ("Her son, X, said ..." or "Y said the officer was polite"),
where those ambiguous ones would also catch "was charged with" or "offered a ride". Written as they appear:
the tagger's model has no lemmatizer, so each tense is listed.
"""

from __future__ import annotations

import re

VERBS = (
    "said",
    "says",
    "added",
    "adds",
    "stated",
    "states",
    "explained",
    "explains",
    "noted",
    "notes",
    "wrote",
    "writes",
    "asked",
    "asks",
    "argued",
    "argues",
    "insisted",
    "insists",
    "warned",
    "warns",
    "continued",
    "continues",
    "recalled",
    "recalls",
    "testified",
    "testifies",
    "declared",
    "replied",
    "responded",
    "acknowledged",
    "admitted",
    "conceded",
    "cautioned",
    "urged",
    "predicted",
    "announced",
    "emphasized",
    "emphasised",
    "stressed",
    "complained",
    "recounted",
    "dictated",
    "dictates",
    "remarked",
    "observed",
    "concluded",
    "countered",
    "maintained",
    "contended",
    "claimed",
    "posted",
    "posts",
    "tweeted",
    "tweets",
    "pointed out",
    "went on",
    "went further",  # "She went further:"
    "answered",
    "shouted",
    "texted",
    "emailed",
    "e-mailed",
    "messaged",
    "quipped",
    "joked",
    "lamented",
    "vowed",
    "promised",
    "pledged",
    "charged",
    "alleged",
    "boasted",
    "reiterated",
    "repeated",
    "explained",
    "agreed",
    "objected",
    "protested",
    "wondered",
    "suggested",
    "offered",
    "summed up",
    "put it",
    "puts it",
    "liked to say",  # a saying of someone's: "“…,” he liked to say", "as she used to say:"
    "likes to say",
    "used to say",
    "loved to say",
    "would say",
    "shot back",
    "fired back",
    "snapped",
    "retorted",
    "interjected",
    "interrupted",
    "cut in",
    "broke in",
    "began",  # "“Most of it goes to beds, and the rest to—” Morton began."
    "mused",
    "sighed",
    "exclaimed",
    "corrected",
    "whispered",
    "yelled",
    "scoffed",
    "demanded",
    "demands",
    "pressed",
    "confirmed",
    "confirms",
    "confided",
    "pleaded",
    "begged",
    "grumbled",
    "muttered",
    "murmured",
    "bragged",
    "advised",  # "“Lock it to something,” the sheriff advised."
    "ruled",  # "Then he ruled from the bench:"
    "called out",  # "“Again, from the top,” Morton called out": not "called" alone, which names things
    "told",
    # the present tense of a feature or a reporter's notebook: "“One hug at the start,” he announces" (not the forms
    # that are also nouns after a quote: charges, claims, protests, objects, offers, texts)
    *"""announces declares replies responds acknowledges admits concedes cautions urges predicts emphasizes
    emphasises stresses complains recounts remarks observes concludes counters maintains contends answers shouts
    quips jokes laments vows promises pledges reiterates agrees wonders suggests snaps retorts interjects
    interrupts mutters murmurs whispers yells scoffs pleads begs grumbles sighs exclaims""".split(),
    "cuts in",
    "breaks in",
    "calls out",
    "goes on",
    "points out",
    "shoots back",
    "fires back",
    # the Spanish of a bilingual page: "“…,” dijo Guadalupe Ortega", "El padre Solís añadió: “…”"
    "dijo",
    "añadió",
    "agregó",
    "explicó",
)

SAYING = frozenset(
    "said says told tells added adds noted notes explained explains wrote writes asked asks recalled recalls "
    "announced announces testified testifies insisted insists warned warns promised promises acknowledged "
    "acknowledges conceded concedes argued argues predicted predicts ruled rules dijo añadió agregó".split()
)
SAYS = re.compile(r"\b(?:" + "|".join(sorted(SAYING)) + r")\b")
