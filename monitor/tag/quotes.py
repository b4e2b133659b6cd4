"""Direct quotations and who said them.

Quote marks are paired per paragraph (curly by direction, straight by alternation, inch marks skipped;
an unclosed mark runs to the paragraph's end, the news convention for a quote that continues in the
next paragraph). A candidate is attributed by the words around it, in every shape news uses:

    “...,” said X          “...,” X said / told reporters       X said: “...”   X said that “...”
    X continued:¶“...”     According to X, “...”                “...” — X       “...,” she said
    “...,” said Secretary of Homeland Security X Y. Z Jr.      As X wrote when announcing …: “...”
    The following is a statement from X, Role, reacting to …:¶“...”    Statement of X on Y¶“...”
    X On Y: “...” (a headline)    X called the program “a disaster” (a partial quote in reported speech)
    “...,” ICE said in a statement / the Post wrote / a DHS spokesperson said / officials said

then the rest: the second half of a split quote takes its paragraph's speaker, and a quote-only
paragraph after an attributed one takes that speaker unless someone else was named in between.
Short unattributed strings (scare quotes, titles, show names and slogans) are dropped. Speakers
resolve to the fullest name in the document, or to the organisation or description credited
(parties.py), with a role and a confidence (see speakers.py).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Doc, Token

from ..records import QuoteHit
from .cues import SAYING, SAYS, VERBS
from .firstnames import is_first_name, pronoun_of
from .parties import (
    ACRONYM,
    BULLETS,
    NAMED_DOCUMENT,
    OFFICIAL_ENDS,
    ORGANISATION_NOUNS,
    PERSON_NOUNS,
    WHOSE,
    WRITING,
    Party,
    agent_noun,
    read_party,
)
from .speakers import (
    CORPORATE_SUFFIX,
    DATELINE,
    GENDERED_NOUNS,
    GENERATION_BEFORE,
    IN_PLACE,
    INVERTED_CUES,
    JOBS,
    ORG_WORDS,
    PRONOUN_REACH,
    Mention,
    NameBook,
    clause_subject,
    first_name_first,
    first_name_runs,
    inside,
    introduced_names,
    is_person_name,
    is_role_word,
    joined_to_organisation,
    organisation_named,
    paragraph_before,
    runs_on_to_organisation,
    strip_name,
    surname,
    title_role,
)
from .watchlist import TITLES

if not Doc.has_extension("monitor_quotes"):
    Doc.set_extension("monitor_quotes", default=None)

# told plus its audience: "told reporters", "told The Harbor Ledger", "told the board", "told KHRN"
_TOLD = (  # and in a feature's present tense: "he tells me", "Ruddock tells the council"
    r"(?:told|tells)\s+(?:(?:the|a|an)\s+[\w’'-]+(?:\s+[A-Z][\w’'.&-]*)*|(?:[A-Z]|\d{1,3}\s+[A-Z])[\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*)*|"
    r"[a-z]+)"
)
# Where the words were said: "in a statement", "in a letter to the board", "on X", "on Tuesday".
_MEDIUM = (
    r"(?:\s+(?:in|on)\s+(?:an?|the|her|his|their|its)\s+(?:[\w-]+\s+){0,2}?(?:statement|interview|email|e-mail|"
    r"post|letter|tweet|op-ed|essay|column|memo|filing|testimony|speech|release|video|podcast|message|"
    r"report|broadcast|appearance|hearing|briefing|call|conference|page|website|site|account|feed|blog)"
    r"(?:\s+(?:to|on|with|for)\s+"
    r"(?:the\s+)?[\w’'.-]+(?:\s+[A-Z][\w’'.-]*){0,3})?)?"
)
# "described the night this way:", "explained it like this:", "put the choice as follows:"
_THIS_WAY = (
    # (and in a feature's present tense: "She tells it this way:")
    r"(?:described|describes|explained|explains|recalled|recalls|put|puts|summed\s+up|sums\s+up|recounted|recounts"
    r"|told|tells|remembered|remembers)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:this\s+way|like\s+this|as\s+follows)(?=\s*:)"
)
_CUE = (
    "(?P<cue>"
    + _THIS_WAY
    + "|"
    + _TOLD
    + "|"
    + "|".join(re.escape(v) for v in sorted(set(VERBS) - {"told"}, key=len, reverse=True))
    + r")"
    + _MEDIUM
)
_NAME_WORD = r"[A-Z][\w’'.\-]*"
_NAME = rf"(?P<name>{_NAME_WORD}(?:[^\S\n]+(?:{_NAME_WORD}|(?:de|del|da|van|von|der|la|le|bin|al)(?=[^\S\n]+[A-Z])))*)"
# ", deputy director of America's Voice," — lower-case words somewhere in it, so "In Linden Bay, Napolitano
# said" is not read as a name with a role. "3,000" may stand inside.
# A party and state ("Sen. Ada Holm, D-Minn.,", "Rep. Li (R-Texas)") may stand there too.
_AFFILIATION = r"(?:,\s+[DRI]-[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?(?=,)|\s+\([DRI]-[A-Z][^()\n]{0,30}\))?"
# A capitalised title with its "of ..." before a name after the cue: "Secretary of Homeland Security"; or
# the office a capitalised role ends in ("Hale County Commissioner").
_OFFICE = (
    r"(?:Secretary|Director|Chair|Chairman|Chairwoman|Chairperson|President|Head|Commissioner|Administrator|"
    r"Chief|Minister|Governor|Mayor|Member|Deputy|Assistant|Acting|Executive|Senior|Vice|Attorney|Sheriff|"
    r"Superintendent|Dean|Professor|Spokesperson|Spokesman|Spokeswoman|Leader|Speaker|Founder|Ambassador|"
    r"Inspector|Comptroller|Treasurer|Clerk|Judge|Justice|Senator|Representative|Manager|Coordinator|Supervisor|"
    r"Trustee|Rep\.|Sen\.|Gov\.)"
)
_APPOSITIVE = (
    r"(?:,\s+\d{1,3}(?=,))?"
    + _AFFILIATION
    # (not where the words were said: "ICE Director John Morton, in a response letter, wrote")
    + r"(?:,\s+(?P<role>(?!(?:in|on|at|during|after|before|from|with|by|through|under|speaking|writing)\s)"
    # (or an office in capitals after a place: "Warren Ralston, Hale County Commissioner, said")
    + rf"(?=[^,“”\"]*\b[a-z]|[^,“”\"]*\b{_OFFICE},)(?:[^,“”\"]|(?<=\d),(?=\d)){{3,100}}?),"
    # and what the organisation is: "Frank Sharry, executive director of America’s Voice, a Washington group that …,"
    # or does: "Naomi Fitch, of the Prairie Justice Project, which represented Flores,"
    + r"(?:\s+(?:a|an|which|who)\s+[^,“”\"\n]{3,120}?,)?)?,?"
)
# A role in lower case before the name: "said coach Lyle Besserman", "general manager Harriet Lundquist said".
_PREROLE = (
    # (not a he/she with its own cue: "“…,” she said when Ambrose-Tully pressed her" is hers)
    # (nor a clause on a thing: "“the Closet,” holds the old compressor Paz warned about")
    r"(?:(?P<prerole>(?!(?:a|an|the|one|and|but|while|or|yet|he|she|they|it|we)\s)[a-z][\w’'-]*"
    r"(?:\s+(?:of\s+(?:the\s+)?)?(?!(?:the|a|an|his|her|its|their)\s)[a-z][\w’'-]*){0,3}"
    r"(?<!\bthe)(?<!\bfor)(?<!\bof)(?<!\bat)(?<!\bto)(?<!\bby)(?<!\ba)(?<!\ban))\s+)?"
)
_LEAD = r"^\s*\)?\s*[,.!?]?\s*"  # what may stand between the closing mark and the attribution (a translation's ")")
_GENERATION = r"[Tt]he\s+(?:elder|older|younger)\s+"  # which of a father and son: "the elder Quiñónez said"
_THE_REVEREND = r"[Tt]he\s+(?=(?:Rev|Very\s+Rev|Most\s+Rev|Rt\.\s+Rev|Hon)\.\s|Reverend\s|Honorable\s)"
_TITLE_OF = (
    rf"(?:(?P<ctitle>(?:[A-Z][\w.’'-]*\s+){{0,2}}{_OFFICE}\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w’'.&-]*"
    r"(?:\s+(?:and\s+)?[A-Z][\w’'.&-]*)*?)\s+(?=[A-Z]))?"
)
_STATES = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|"
    "Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|"
    "Missouri|Montana|Nebraska|Nevada|New\\s+Hampshire|New\\s+Jersey|New\\s+Mexico|New\\s+York|North\\s+Carolina|"
    "North\\s+Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode\\s+Island|South\\s+Carolina|South\\s+Dakota|Tennessee|"
    "Texas|Utah|Vermont|Virginia|Washington|West\\s+Virginia|Wisconsin|Wyoming|"
    # as the wire styles them in datelines and after towns: "of Allard County, Pa.,"
    r"Ala\.|Ariz\.|Ark\.|Calif\.|Colo\.|Conn\.|Del\.|Fla\.|Ga\.|Ill\.|Ind\.|Kan\.|Ky\.|La\.|Md\.|Mass\.|"
    r"Mich\.|Minn\.|Miss\.|Mo\.|Mont\.|Neb\.|Nev\.|N\.H\.|N\.J\.|N\.M\.|N\.Y\.|N\.C\.|N\.D\.|Okla\.|Ore\.|"
    r"Pa\.|R\.I\.|S\.C\.|S\.D\.|Tenn\.|Va\.|Vt\.|Wash\.|Wis\.|W\.Va\.|Wyo\."
)
# "Sheriff Wade Pollard of Linden County", "... of Ketchum County, Idaho,"
_OF_PLACE = (  # and what the place is: "of Allard County, Pa., which was among the first counties to join,"
    rf"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*(?:,\s+(?:{_STATES})(?=,))?"
    r"(?:,\s+which\s+[^,“”\"]{3,120}(?=,))?)?"
)

# "according to a statement from ...", "according to an emailed release by ...": the speaker comes after.
_DOCUMENT_FROM = (
    rf"(?:(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?(?:{WRITING})\s+"
    r"(?:from|by|issued\s+by|released\s+by|of|that(?=\s+[A-Z])|(?=[A-Z]))\s*)?"
)
# "…,” she was told by a dispatcher: the one who told is the speaker, not the one told ("the woman", "one boy").
_TOLD_BY = (
    r"(?:(?:he|she|they|I|we|[A-Z][\w’'-]+|(?:the|a|an|one|his|her|their)\s+[a-z][\w’'-]*)\s+)"
    r"(?:was|were|had\s+been|has\s+been|is|are)\s+(?P<cue>told\s+by)"
)
# A credit line after the quote, after a dash: "“…” — Dorothea Quint, executive director"
_DASH_LEAD = r"^\s*[,.!?]?\s*(?P<cue>[—–]|--)\s*"
AFTER = [
    ("said_after_name", re.compile(rf"{_LEAD}{_TOLD_BY}\s+{_PREROLE}{_TITLE_OF}{_NAME}")),
    ("according_to", re.compile(rf"{_LEAD}(?P<cue>according\s+to)\s+{_DOCUMENT_FROM}{_PREROLE}{_NAME}")),
    (
        "said_after_name",
        re.compile(
            rf"{_LEAD}{_CUE}\s+(?:the\s+(?=(?:Rev|Revs|Hon|Very|Most)\b)|{_GENERATION})?{_PREROLE}{_TITLE_OF}"
            rf"{_NAME}"
        ),
    ),
    # “...,” the developer, Victor Szabo, told the Falls Register; “...,” the Crandall County Sheriff, Ann Birch, said
    (
        "name_said_after",
        re.compile(
            rf"{_LEAD}(?P<role>(?:the|a|an|his|her|their|its|[A-Z][\w’'-]*[’']s)\s+[A-Za-z][^,“”\"]*?),\s+{_NAME},?\s+"
            rf"{_CUE}\b"
        ),
    ),
    (
        "name_said_after",  # ("the Rev. Tomás Echeverría, pastor of …, said")
        re.compile(rf"{_LEAD}(?:{_GENERATION}|{_THE_REVEREND})?{_PREROLE}{_NAME}{_OF_PLACE}{_APPOSITIVE}\s+{_CUE}\b"),
    ),
    ("dash", re.compile(rf"{_DASH_LEAD}{_NAME}")),
]
# The words after the cue up to the end of the speaker's phrase: "said S-Comm spokeswoman Kelly Anne Draper, who",
# "said U.S. Citizenship and Immigration Services Director Alejandro N. Vance." A person the model found there is
# the speaker, whatever titles and organisations stand before the name.
AFTER_PHRASE = re.compile(
    rf"{_LEAD}{_CUE}\s+(?P<phrase>[^,;:“”\"\n]{{2,140}}?)(?=\s*(?:[,;:“”\"\n]|(?<![A-Z])\.(?:\s|$)|$|"
    r"\s+(?:who|whose|at|in|on|during|after|before|when|while|from)\s))"
)
AFTER_PRONOUN = [
    re.compile(rf"{_LEAD}(?P<pron>he|she|they|it|we)\s+{_CUE}\b"),
    re.compile(rf"{_LEAD}{_CUE}\s+(?P<pron>he|she|they|it|we)\b"),
]
# An organisation or description where a name would stand: "said a DHS spokesperson", "ICE said".
# "U.S. Citizenship and Immigration Services", "the Office of Gov. Ana Ruiz": initials' and titles' stops
_PARTY_CHAR = (  # a period only after an initial, a title, or a place's "St." ("ICE’s St. Paul field office")
    r"(?:[^,.;:“”\"\n]|(?<=\b[A-Z])\.|(?<=\b(?:St|Ft|Mt))\.(?=\s+[A-Z])|"
    + "|".join(rf"(?<=\b{t[:-1]})\." for t in sorted(TITLES) if t.endswith(".") and len(t) > 2)
    + ")"
)
_PARTY = rf"(?P<party>{_PARTY_CHAR}{{1,90}}?)"
# An aside between a speaker and its cue: "the Technology Workforce Council, a trade group, said", "Ellery Families
# United, which organized the march, posted", "The company, based in Sioux Bend, said".
# An aside's words: no quotation, but a number ("1,100") or a title or slogan in quotation marks ("which gathered
# signatures under the slogan “Not Our Rink, Not Our Dime,”"), a state after its town ("based in Sioux Falls,
# S.D., and runs four plants")
_ASIDE_WORDS = (
    r"(?:[^,“”\"]|(?<=\d),(?=\d)|“[^“”\"\n]{1,60}”|,[^\S\n]+(?:[A-Z]\.[A-Z]\.|[A-Z][a-z]{1,4}\.)(?=,)"
    r"|(?<=\.),(?=[^\S\n]+and[^\S\n])"
    # a list's comma: "which licenses about 41,000 stylists, barbers and nail technicians,"
    r"|,(?=[^\S\n]+[\w-]+(?:[^\S\n]+[\w-]+){0,2}(?:,|[^\S\n]+(?:and|or)[^\S\n])))"
)
_ASIDE = (
    rf"(?:,\s+(?:a|an|the|which|who|based|headquartered|located|founded|one|itself)\s+{_ASIDE_WORDS}{{1,120}}"
    r"(?:,|(?<=”)))?"
)
# Words that open a clause or a place joined on after a quote, never its speaker
_JOINED_ON = r"(?:and|but|or|while|though|although|even|because|since|if|when|whereas|yet|in|on|at|during|with)"
# (pattern, whether the speaker's words come first: "said one trader at a brokerage, who ...")
AFTER_PARTY = [
    (re.compile(rf"{_LEAD}{_TOLD_BY}\s+(?P<party>{_PARTY_CHAR}{{1,90}})"), True),
    (
        re.compile(
            rf"{_LEAD}(?:{_CUE}|(?P<according>according\s+to)\s+{_DOCUMENT_FROM})\s*(?P<party>{_PARTY_CHAR}{{1,90}})"
        ),
        True,
    ),
    # "…,” according to an ICE news release issued Friday": the body that put the writing out
    (
        re.compile(
            rf"{_LEAD}(?P<according>according\s+to)\s+(?:a|an|the)\s+(?P<party>[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){{0,4}})"
            rf"\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:{WRITING})\b"
        ),
        True,
    ),
    # "the Technology Workforce Council, a trade group, said"; "Ellery Families United, which organized it, posted"
    # (not "the woman was told by": the one told is no speaker)
    # (nor "… ” and a sheriff who said …" or "…,” though lawyers in two other states have filed": a clause of its
    # own joined on, not the quote's speaker; nor where it was said: "“…” in a post on Twitter and said")
    (
        re.compile(rf"{_LEAD}(?!\s*{_JOINED_ON}\s){_PARTY}{_ASIDE}\s+(?:(?:has|have|had)\s+)?{_CUE}\b(?!\s+by\b)"),
        False,
    ),
    # An embedded post's credit line: "“…” — St. Columba Episcopal Church (@StColumbaRidge)"
    (re.compile(rf"{_DASH_LEAD}(?P<party>[A-Z][^,;()\n“”\"]{{1,90}}?)(?=\s*(?:\(@\w+\)|,|$))"), True),
    # ... or a pull quote's, by description, ending its line: "“…” — a tomato picker quoted in the report"
    (re.compile(rf"{_DASH_LEAD}(?P<party>(?:an?|one)[^\S\n]+[^\n.;:“”\"]{{2,80}}?)[^\S\n]*(?:\n|\Z)"), True),
]
# ... or the account's handle alone: "“…” — @ridgeway_rosa"
_DASH_HANDLE = re.compile(rf"{_DASH_LEAD}(?P<name>@\w{{2,30}})\b")
AFTER_ANY = re.compile(rf"{_LEAD}(?:[\w’'.-]+\s+){{0,4}}?{_CUE}\b")

_TAIL = r"(?:\s+that)?\s*[,:]?\s*$"
# What a questioner does in a sentence of its own before a follow-up question: "Marsh pressed him."
_FOLLOW_UP_VERBS = r"pressed|persisted|interrupted|cut\s+in|followed\s+up|shot\s+back|pushed\s+back"
# What opens a list's or a live blog's entry: a bullet, or a time and a dash ("9:22 p.m. — Estes, after the vote:")
_ENTRY_MARK = rf"(?:[{BULLETS}]\s+|\d{{1,2}}:\d\d(?:\s*[ap]\.m\.)?\s*(?:[—–]|--)\s*)?"
# "WASHINGTON —", "PHOENIX (Capitol Wire) —", "OSTRANDER COUNTY -": a dateline before a paragraph's first sentence
_DATELINE = rf"(?:{DATELINE})?"
_ADVERB = r"(?:(?:later|also|then|quickly|separately|previously|earlier|subsequently|finally|swiftly|already)\s+)?"
# "As New York Governor Cuomo wrote when announcing his intention of ...:" — the cue, a clause, a colon.
# Not when a pronoun's own cue comes later: "a few weeks after Morton testified, she said:" is hers.
_CLAUSE_TAIL = r"\b(?![^“”\"]*\b(?:he|she|they|we|I)\s+(?:said|says|wrote|writes|told|added)\b)[^“”\"]{0,200}:\s*$"
# "sent KVRN the following statement", "gave reporters a statement"
_RECIPIENT = r"(?:(?:to\s+)?(?:[A-Z][\w.&-]*|reporters|journalists|us|me|the\s+[A-Z][\w.&-]*)\s+)?"
_ATTRIBUTED = (
    # "The following statement may be attributed to X:", "The following statement is attributable to X:"
    r"(?:(?:may|can|should)\s+be\s+|is\s+)?(?:attributed|attributable)\s+to"
)
_STATEMENT = r"(?P<cue>[Ss]tatement|[Rr]emarks|[Tt]estimony|[Cc]omments?|[Ll]etter|[Oo]p-ed|[Mm]essage)"
_STATEMENT_CUE = re.compile(_STATEMENT.replace("?P<cue>", ""))
# The rest of a statement's lead-in: no quotation but a short title ("posted under the headline “Rhode Island
# Shows the Way”:")
_STATEMENT_TAIL = r"(?:[^“”\"]|“[^“”\"\n]{1,60}”){0,400}$"  # what it reacts to can run long
# Verbs that stand before their speaker at the start of a sentence: "Explained Ixcot, her voice catching:"
_INVERTED = "|".join(INVERTED_CUES)
# What starts the rest of an inverted lead-in after the name: "Warned Morton near the end of the memo:"
_LEAD_PREPOSITION = r"(?:in|on|at|to|during|near|after|before|from|with|for|by|into|through|toward|towards|over|under)"
# The rest of a lead-in up to its colon: a time ("at 11:40 p.m."), a title in quotation marks ("in a post titled
# “Forty Seconds”"), but no other colon or quotation.
_LEAD_ON = r"(?:[^:“”\"]|(?<=\d):(?=\d\d)|“[^“”\"\n]{1,60}”)*"
_LABEL_VERBS = "said|says|told|tells|wrote|writes|added|adds|stated|states|announced|declared|posted|tweeted|testified"
BEFORE = [
    (
        "according_to",
        # "According to Sheriff Gwendolyn Ashe of Harrow County, Ill., who ended the agreement in 2011:"
        re.compile(
            rf"(?P<cue>[Aa]ccording\s+to)\s+{_NAME}{_OF_PLACE}(?:,\s+(?P<role>(?!who\s|whose\s)[^,:“”\"]{{3,100}}),?)?"
            rf"(?:,?\s+(?:who|whose)\s[^“”\"]{{3,200}}?)?\s*[:,]?\s*$"
        ),
    ),
    # "According to the alliance's president, Dr. Harriet Oyelowo, “…”": the role, then the name beside it
    (
        "according_to",
        re.compile(
            rf"(?P<cue>[Aa]ccording\s+to)\s+(?:the|its|their|his|her)\s+(?P<role>[^,:“”\"]{{3,80}}),\s+{_NAME},?\s*[:,]?\s*$"
        ),
    ),
    # "in the words of Coach Perrin Halvorsen, “…”", "in Tramonte’s words, “…”"
    (
        "according_to",
        re.compile(rf"\b(?P<cue>[Ii]n\s+the\s+words\s+of)\s+{_NAME}(?:,\s+(?P<role>[^,“”\"]{{3,100}}),)?\s*[:,]?\s*$"),
    ),
    ("according_to", re.compile(rf"\b[Ii]n\s+{_NAME}[’']s\s+(?:own\s+)?(?P<cue>words),?\s*[:,]?\s*$")),
    # "Nico asked her, she said, “…”": words one person relays from another are the other's
    (
        "name_said_before",
        re.compile(
            rf"(?:^|[.!?]\s+|,\s+){_NAME}\s+(?P<cue>asked|asks|told|tells)\s+(?:him|her|them|me|us)\b[^“”\".!?:,]{{0,60}},"
            rf"\s+(?:he|she|they|I|we|{_NAME.replace('(?P<name>', '(?:')})\s+(?:said|says|recalled|recalls),\s*$"
        ),
    ),
    ("name_said_before", re.compile(rf"{_NAME}{_OF_PLACE}{_APPOSITIVE}\s+{_CUE}{_TAIL}")),
    # The following is a statement from Lynn Tramonte, Deputy Director of America's Voice, reacting to ...:
    (
        "statement",
        re.compile(
            # ("a statement sent to the rally by Frank Sharry, …:")
            rf"\b{_STATEMENT}\s+(?:(?:is|was)\s+)?(?:(?:sent|written|issued|released)\s+(?:to\s+(?:the\s+)?[\w-]+\s+)?)?"
            rf"(?:from|by|of|on\s+behalf\s+of|{_ATTRIBUTED})\s+(?:the\s+(?=[A-Z][\w’'-]*\.\s))?{_PREROLE}{_TITLE_OF}"
            rf"{_NAME}{_OF_PLACE}"
            rf"{_APPOSITIVE}[^“”\"]{{0,400}}$"  # what it reacts to can run long
        ),
    ),
    # Frank Sharry, Executive Director of America's Voice, issued the following statement:
    (
        "statement",
        re.compile(
            # a second, longer aside after the role: "Frank Sharry, Executive Director of America’s Voice, a group
            # that has pressed the administration for months ..., issued the following statement:"
            rf"{_NAME}{_OF_PLACE}{_APPOSITIVE}(?:\s+(?:a|an)\s+[^“”\",]{{3,300}},)?"
            rf"\s+(?:has\s+|have\s+|had\s+)?{_ADVERB}(?:issued|released|made|gave|issues|releases|"
            rf"offered|delivered|shared|sent|provided|posted|published|read(?!\s+(?:her|his|their)\b))\s+{_RECIPIENT}(?:the\s+following|this|a|an|"
            rf"her|his|their)\s+(?:[\w-]+,?\s+){{0,3}}?{_STATEMENT}\b{_STATEMENT_TAIL}"
        ),
    ),
    ("name_said_before", re.compile(rf"{_NAME}{_OF_PLACE}{_APPOSITIVE}\s+{_CUE}{_CLAUSE_TAIL}")),
    # "Asked why she stays, Ferreira-Lau was quiet for a while, then said:": the subject of the verbs before the cue
    (
        "name_said_before",
        re.compile(
            rf"(?:^|[.!?]\s+|,\s+){_NAME}\s+(?:was|were|is|paused|stopped|smiled|laughed|sighed|looked|thought|"
            rf"nodded|shrugged|hesitated)\b[^.:;“”\"]{{0,80}}?,?\s+(?:and\s+)?then\s+{_CUE}\s*:\s*$"
        ),
    ),
    # "As Director Morton put it to his field managers in June, “…”": a comment clause, whatever follows the cue
    (
        "name_said_before",
        re.compile(rf"(?:^|[.!?:]\s+)As\s+{_PREROLE}{_NAME}{_APPOSITIVE}\s+{_CUE}\b[^“”\".!?;]{{0,120}},\s*$"),
    ),
    # "Immigration Judge Gerald Atwater read his decision from the bench:" — one's own words, read out
    (
        "name_said_before",
        re.compile(
            rf"{_NAME}{_OF_PLACE}{_APPOSITIVE}\s+{_ADVERB}(?P<cue>read)\s+(?:aloud\s+)?(?:from\s+)?"
            rf"(?:a|an|the|his|her|their|its)\s+(?:[\w-]+,?\s+){{0,3}}?(?:decision|ruling|opinion|"
            rf"order|sentence|verdict|remarks|speech|findings)\b[^“”\"]{{0,120}}:\s*$"
        ),
    ),
    # Tramonte's response was blunt: / Ruiz’s answer:
    (
        "name_said_before",
        re.compile(
            rf"{_NAME}[’']s\s+(?:[a-z]+\s+){{0,2}}?(?P<cue>response|answer|reply|reaction|"
            rf"message|advice|explanation|verdict|view|assessment|warning|retort|comment|statement|remarks|testimony)"
            rf"(?:\s+(?:to|for)\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+)?)?"
            rf"(?:\s+(?:was|is)(?:\s+[a-z]+){{0,2}}|,\s+(?:delivered|released|sent|posted|given|shouted|emailed)"
            rf"\b{_LEAD_ON})?:\s*$"
        ),
    ),
    # Wrote Halvorsen Capital analyst Priscilla Tamm in a note to clients on Wednesday: (also after a live blog's
    # time: "1:34 p.m. — Asked Osei:")
    (
        "name_said_before",
        re.compile(
            rf"(?:^|[.!?]\s+|^{_ENTRY_MARK})(?P<cue>{_INVERTED})\s+(?P<name>[A-Z][^,:“”\"]{{2,90}}?)"
            rf"(?:\s+[a-z][a-z’'-]*(?:\s+[a-z][a-z’'-]*){{0,4}})?"  # "Wrote Morton near the end:"
            rf"(?:,{_LEAD_ON}|\s+{_LEAD_PREPOSITION}\s+{_LEAD_ON})?:\s*$"
        ),
    ),
    # Posted on Facebook by Tramonte minutes ago: / Asked her lawyer, Lorcan Fairweather:
    (
        "name_said_before",
        re.compile(
            rf"(?:^|[.!?]\s+)(?P<cue>Posted|Written|Shared|Tweeted|Asked|Added|Wrote|Replied|Answered|Countered)\s+"
            rf"(?:(?:on|to)\s+[A-Z][\w.]*\s+by|(?:his|her|their|the)\s+[a-z][a-z’'-]*(?:\s+[a-z][a-z’'-]*){{0,2}},)"
            rf"\s+{_NAME}(?:,{_LEAD_ON}|\s+[a-z][^:“”\"]{{0,60}})?:\s*$"
        ),
    ),
    # "Winslow P. Haverkamp Jr., chairman of ..., a retired trooper whose father, also a trooper, ..., and who has
    # served ..., said as the hearing opened Thursday:" — asides past what the appositive reads: the name opening
    # the sentence (after a dateline) is the subject of a cue standing right after a comma.
    (
        "name_said_before",
        re.compile(rf"^\s*{_DATELINE}{_NAME},[^“”\"]{{3,400}}?,\s+{_ADVERB}{_CUE}\b[^“”\":]{{0,160}}[:,]\s*$"),
    ),
    # A sentence about the speaker that ends in a colon: "Ana Ruiz had a message for the sheriff:", "Ruiz summed
    # up the mood:" (not "Beck showed me a text from his sister:", someone else's words)
    (
        "lead_in",
        re.compile(
            rf"^\s*{_NAME}(?:[’']s)?\s+(?![^“”\":]*\b(?:from|by|of|reads?|read\s+out)\b)"
            rf"[^“”\".!?:,]{{3,120}}:\s*$"
        ),
    ),
    # Someone's answer as a noun: "Fenn’s reply to both, an hour later, was one line:", "Napolitano’s answer:"
    (
        "name_said_before",
        re.compile(
            rf"(?:^|[.!?]\s+){_NAME}[’']s\s+(?:(?:first|last|final|short|brief|written|whole)\s+)?(?:piece\s+of\s+)?"
            rf"(?P<cue>reply|answer|response|retort|rejoinder|verdict|advice|warning)\b[^“”\".!?:]{{0,100}}:\s*$"
        ),
    ),
    # A message by whom it is from: "An October email from the jail’s compliance officer, Sgt. Wendy Pasco, to an ICE
    # officer lists six detainees and says: “…”"
    (
        "name_said_before",
        re.compile(
            rf"\b(?:{WRITING})\s+from\s+(?:the\s+)?(?:[\w’'-]+\s+){{0,4}}?(?:[\w’'-]+,\s+)?"
            rf"{_NAME}\b[^“”\".!?]{{0,160}}?\b(?P<cue>says|said|reads|read|states|stated)\s*:\s*$"
        ),
    ),
    # A questioner's follow-up, its own short sentence: "Marsh pressed him. “That’s not an answer. Yes or no?”"
    (
        "name_said_before",
        re.compile(rf"(?:^|[.!?]\s+){_NAME}\s+(?P<cue>{_FOLLOW_UP_VERBS})(?:\s+(?:him|her|them))?(?:\s+again)?\.\s*$"),
    ),
    # A reaction roundup's entry: "Dwight Amundsen, Corliss County Sheriff: “…”" (the label opens the paragraph)
    # (a label, not a sentence: "Late Tuesday, an ICE spokesperson said in an email:", "In Detroit, ICE said:")
    (
        "name_said_before",
        re.compile(
            rf"^\s*{_ENTRY_MARK}(?!(?:In|At|On|For|From|By|After|Before|When|As|Late|Early)\s){_NAME},\s+"
            rf"(?P<role>(?:(?!\b(?:{_LABEL_VERBS})\b)[^:“”\"\n]){{3,150}}?)\s*(?P<cue>:)\s*$"
        ),
    ),
]
_PRONOUN = r"\b(?P<pron>[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e|[Yy]ou|I)\s+"
# "you told the House, and I wrote it down, “…”": taking words down is no cue for them
_WRITTEN_DOWN = r"(?!\s+(?:it|that|this|them|everything)\s+down\b)"
# "when they asked": a cue inside a clause of time, which asks no one of the lead-in's (see BEFORE_PRONOUN)
_WHEN_THEY = "".join(rf"(?<!\bwhen\s{p}\s)" for p in ("they", "he", "she", "we", "I", "you"))
# "she said:" and "He issued the following statement on Tuesday:"
# "I told a jury once, in ...,"; not "He says an agent told him," (the agent's words)
BEFORE_PRONOUN = (
    re.compile(  # not a clause of time: "As I told your producer before we went on, “…”" is mine
        rf"(?<!\bbefore\s)(?<!\bafter\s)(?<!\bwhen\s)(?<!\bwhile\s)(?<!\buntil\s)"
        rf"{_PRONOUN}{_CUE}{_WRITTEN_DOWN}(?:,\s+[a-z]+ly,)?"  # "She wrote, bluntly, about …:"
        # "He said, and I wrote it down, “…”": the one who said it
        r"(?:,\s+and\s+I\s+(?:wrote|took|jotted|copied)\s+(?:it|this|that|them)\s+down(?=,\s*$))?"
        rf"(?:{_TAIL}|,\s*$"
        # (what someone told the one who reports it: "She told him, he said, “…”" is hers)
        r"|(?:\s+(?:him|her|me|us|them))?,\s+(?:he|she|they|I)\s+(?:said|says|recalled|recalls),\s*$"
        # (what they said happened, up to a colon: "He told the Gazette in 2010 that he changed his mind after a woman
        # who had called 911 … ended up in his jail herself: “…”"; not someone else's saying at its end: "that her
        # lawyer told her:")
        r"|\s+(?:[\w’'-]+\s+){0,6}?that\s+[^“”\".!?:]{1,300}?(?<!\bme)(?<!\bhim)(?<!\bher)(?<!\bus)(?<!\bthem)"
        r"(?<!\bsaid)(?<!\bsays)(?<!\bwrote)(?<!\basked):\s*$|\s+"
        # (another cue in what follows is another saying, unless in a clause of time: "As I said the day we
        # announced this, “…”")
        rf"(?!(?!(?:the\s+(?:day|night|week|morning|year)|when|after|before)\b)"
        # (nor a question in a clause of time: "As I told the commissioners, when they asked what …, “…”")
        rf"[^“”\".!?]*{_WHEN_THEY}\b{_CUE.replace('(?P<cue>', '(?:')}\b{_WRITTEN_DOWN})[^“”\".!?]{{1,120}}[,:]\s*$)"
    ),
    re.compile(
        rf"{_PRONOUN}(?:has\s+)?{_ADVERB}(?:issued|released|gave|sent|posted|published)\s+{_RECIPIENT}"
        rf"(?:the\s+following|this|a|an|its|their|her|his)\s+(?:[\w-]+,?\s+){{0,3}}?{_STATEMENT}\b{_STATEMENT_TAIL}"
    ),
    # "Her reply drew laughter on both sides of the dais:": her words
    re.compile(
        r"(?:^|[.!?—–]\s+)(?P<pron>[Hh]er|[Hh]is|[Tt]heir)\s+(?:(?:first|last|final|short|brief|whole)\s+)?"
        r"(?:piece\s+of\s+)?(?P<cue>reply|answer|response|retort|rejoinder|advice|verdict|warning)\b[^“”\".!?:]{0,100}:\s*$"
    ),
    # "Her lawyer read her statement to reporters:": the statement is hers, whoever reads it
    re.compile(
        r"\bread\s+(?:out\s+)?(?P<pron>his|her|their)\s+(?:[\w-]+\s+){0,2}?(?P<cue>statement|letter|remarks)\b"
        r"[^“”\".!?]{0,120}:\s*$"
    ),
)
_POSSESSIVE_PRONOUN = {"his": "he", "her": "she", "their": "they"}
# "… issued the following statement:", "… sent KVRN a brief statement Tuesday:": a body's statement, its verb on
# (a live blog's present tense too: "The … Association issues a statement minutes later:")
_ISSUE_VERBS = r"issued|released|gave|sent|posted|published|emailed|issues|releases|sends|posts|publishes|emails"
_ISSUES_STATEMENT = (
    # (after a meeting: "The corps’ board of directors met on March 9 and issued the following statement")
    r"(?:\s+(?:met|voted|convened|gathered)\b[^.;:“”\"\n]{0,60}?\s+and)?"
    rf"\s+(?:has\s+|have\s+|had\s+)?{_ADVERB}(?:{_ISSUE_VERBS})\s+{_RECIPIENT}(?:the\s+following|this|a|an|its|their)\s+"
    rf"(?:[\w-]+,?\s+){{0,3}}?{_STATEMENT}\b{_STATEMENT_TAIL}"
)
BEFORE_PARTY = [
    (
        re.compile(
            rf"(?:^|[.!?]\s+)(?P<cue>{_INVERTED})\s+(?P<party>(?:the|a|an|one)\s+[^,.;:“”\"\n]{{1,60}}?)"
            rf"(?:,[^:“”\"]*|\s+(?:in|on|at|to|during)\s+[^:“”\"]*)?:\s*$"
        ),
        True,
    ),  # "Wrote the judge, ...:"
    # "the jury foreman, a retired machinist who asked ..., told reporters:"
    (
        re.compile(
            # (after a time, with no comma: "Late that night the Westmark Dream Coalition, a student group, posted")
            rf"(?:^(?:(?:Late|Early|Later|Earlier)\s+(?:that|this|on|in|last)\s+\w+\s+)?|[,;]\s+|\b(?:and|but|while|as)\s+)"
            rf"{_PARTY}{_ASIDE}"
            rf"\s+(?:(?:has|have|had)\s+)?{_CUE}(?:{_TAIL}|{_CLAUSE_TAIL})"  # "The secretary has said that"
        ),
        False,
    ),
    (re.compile(rf"(?P<cue>[Aa]ccording\s+to|[Ii]n\s+the\s+words\s+of)\s+{_PARTY},?\s*[:,]?\s*$"), True),
    # "According to a statement from the sheriff's office, “...”"
    (
        re.compile(
            rf"(?P<cue>[Aa]ccording\s+to)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?{_STATEMENT}\s+(?:from|by|of)\s+"
            rf"{_PARTY},?\s*[:,]?\s*$".replace("(?P<cue>[Ss]tatement", "(?:[Ss]tatement")
        ),
        True,
    ),
    # "The administrator released the following statement on behalf of the Court of Common Pleas:"
    (
        re.compile(
            rf"\b{_STATEMENT}\b[^“”\"]{{0,60}}?\s+(?:on\s+behalf\s+of|{_ATTRIBUTED})\s+{_PARTY}"
            rf"(?:,[^“”\"]*|\s+(?:on|in|at|during|this|last)\s+[^“”\"]*)?:?\s*$"
        ),
        True,
    ),
    # "Below is the statement from the coalition:"
    (re.compile(rf"\b{_STATEMENT}\s+(?:from|by|of)\s+{_PARTY}(?:,[^“”\"]*)?:\s*$"), True),
    # A title line: "Statement of the Northern Plains Immigrant Rights Network on the jail contract"
    (
        re.compile(
            rf"^\s*{_STATEMENT}\s+(?:from|by|of)\s+{_PARTY}\s+(?:on|about|regarding|in\s+response\s+to)\s+"
            rf"[^“”\"!?\n]{{0,200}}$"
        ),
        True,
    ),
    # An organisation's entry in a reaction roundup: "U.S. Immigration and Customs Enforcement: “…”" (a name in
    # capitals, not a one-word label such as "UPDATE:")
    (
        re.compile(
            rf"^\s*{_ENTRY_MARK}(?!(?:[A-Z]{{6,}}|[A-Z][a-z]+)\s*:)(?P<party>[A-Z][\w.’'&-]*(?:[^\S\n]+(?:[A-Z][\w.’'&-]*|of|and|for|the|on))*)"
            r"\s*(?P<cue>:)\s*$"
        ),
        True,
    ),
    (
        re.compile(
            # "the Prairie State Sheriffs’ Association, which represents ... since 2009, issued the following ...:"
            rf"(?:^|[,;—–]\s+|(?<=[a-z.]):\s+){_PARTY}(?:,\s+(?:a|an|the|which|who|whose)\s+{_ASIDE_WORDS}{{1,300}}"
            rf"(?:,|(?<=”)))?{_ISSUES_STATEMENT}"
        ),
        False,
    ),
    # "Prairie Gold’s owner, Lindahl Foods of Omaha, issued a brief statement:": the name in the appositive
    (
        re.compile(
            rf"(?:^|[.!?]\s+)(?:[\w’'-]+\s+){{1,4}}?(?:owner|parent(?:\s+company)?|employer|operator|contractor|company|"
            rf"firm|landlord|union|insurer|vendor),\s+(?P<party>[A-Z][\w.’'&-]*(?:[^\S\n]+(?:[A-Z][\w.’'&-]*|of|and|for|the|on))*),"
            rf"{_ISSUES_STATEMENT}"
        ),
        False,
    ),
]
# What a relative told the one who reports it: "Her mother told her on the phone on Friday night, Cuevas said, “…”"
# is the mother's, not the reporter's whom the name pattern would find
_RELAYED_BY_KIN = re.compile(
    r"(?:^|[.!?]\s+)(?P<party>(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y)\s+(?:mother|father|sister|brother|son|daughter|"
    r"wife|husband|grandmother|grandfather|aunt|uncle|cousin))\s+(?P<cue>told|tells|asked|asks|said|says)"
    r"(?:\s+(?:him|her|them|me|us)\b|(?=,))"
    rf"[^“”\".!?:]{{0,100}},\s+(?:he|she|they|I|{_NAME.replace('(?P<name>', '(?:')})"
    r"\s+(?:said|says|recalled|recalls),\s*$"
)
BEFORE_ANY = re.compile(rf"\b{_CUE}{_TAIL}")
# A headline crediting its quote: "AV's Lynn Tramonte On the Vote: “We Can Change Elections.”", "Sharry: “...”".
_HEADLINE_WORDS = r"(?:On|To|About|Says|Tells|Talks|Responds|Reacts|Slams|Blasts|Praises|Calls|Urges|Warns)\b"
HEADLINE = re.compile(
    # ("Former detention nurse Ilse Marquardt:": a role in lower case before the name)
    rf"^(?:[\w’'.&-]+[’']s\s+)?(?:(?P<hrole>[A-Z][a-z]+(?:\s+[a-z][\w-]*){{1,3}})\s+(?=[A-Z]))?"
    rf"(?P<name>{_NAME_WORD}(?:\s+(?!{_HEADLINE_WORDS}){_NAME_WORD}){{0,3}})?"
    rf"\s*(?:\b(?:[Oo]n|[Tt]o|[Aa]bout|[Ss]ays|[Tt]ells)\b[^“”\"]*)?(?P<cue>:)\s*$"
)
# More headlines: "America’s Voice: Expansion is “a dragnet”" (who says it, before a colon), "“We are not a numbers
# shop”: an interview with John Morton" (who is asked).
_CAPITALISED_RUN = r"[A-Z][\w’'.&-]*(?:[^\S\n]+(?:[A-Z][\w’'.&-]*|of|for|and|the|de|del|la)){0,6}"
HEADLINE_WHO = re.compile(rf"^(?P<name>{_CAPITALISED_RUN})(?P<cue>:)\s+[^“”\"\n]*$")
# A headline that opens on the quote, then says who: "“I pitched for her”: Briceño strikes out 11 …"
HEADLINE_QUOTE_FIRST = re.compile(rf"^[,.!?]?[”\"]?\s*(?P<cue>:)\s+{_NAME}\s+(?=(?!is\b|as\b|was\b)[a-z]+s\b)")
HEADLINE_PARTY = re.compile(rf"^(?P<party>{_CAPITALISED_RUN})(?P<cue>:)\s+[^“”\"\n]*$")
HEADLINE_INTERVIEW = re.compile(
    rf"^[,.!?]?[”\"]?\s*[:—–-]\s*(?:an?\s+|our\s+)?(?:\w+\s+)?(?P<cue>interview|conversation|Q&A|talk|chat|questions)"
    rf"\s+(?:with|for)\s+(?:[\w’'-]+\s+){{0,4}}?{_NAME}"
)
# A short quote inside a sentence of reported speech: X called the program “a disaster”. The verb nearest
# before the quote (the greedy start finds it), with nothing quoted between it and the quote.
PARTIAL_VERBS = (
    r"called|calls|described|describes|termed|labell?ed|branded|dubbed|deemed|denounced|praised|"
    r"blasted|slammed|criticized|criticised|hailed|characterized|characterised|dismissed|defended|"
    r"promised|vowed|pledged|predicted|urged|reported|written|calling|describing|saying|writing|"
    r"arguing|warning|insisting|telling|urging|say|tell|write|add|argue|insist|warn|note|call|describe|promise|"
    r"predict|urge|explain|acknowledge|admit|concede|claim|"
    # only before "that": what a body finds, figures or asks for ("The Legislative Fiscal Office estimated that the
    # change would bring in “…”", "It recommended that the agency bar isolation “…”"), what a ruling holds ("The
    # judge held that the days were “…”")
    r"(?:found|estimated|estimates|projected|calculated|recommended|recommends|concluded|concludes|"
    r"held|holds|ruled|rules|ruling)(?=\s+that\b)|"
    # what a form tells someone to do: "The form asks the jail to keep the person “…”" (not "directed" or
    # "instructs": a memo "that instructs agents to weigh “…”" reads as the clause of whoever spoke before it)
    r"asks|tells|"
    # what someone in charge tells staff to do: "Morton directed officers to treat victims “with the greatest caution”"
    # (with whom it tells and what to do, not "since a judge ordered him deported")
    r"(?:instructed|directed|ordered)(?=\s+(?:[\w’'-]+\s+){1,8}?to\s)|"
    # an answer in kind: "Pembry shot back that the focus groups had been held “in three zip codes”"
    r"(?:shot|fired|pushed|hit)\s+back(?=\s+that\b)|"
    # thanks in the thanker's words: "The Sheriff’s Office thanked the board on Facebook for “standing with …”"
    r"thank(?:ed|s)(?=[^“”\"]{0,80}\bfor\s*(?:[“\"]|$))|"
    # a charge in the accuser's words: "The Ferrante campaign accused Kessler in a statement of “copying …”"
    r"accus(?:ed|es|ing)(?=[^“”\"]{0,80}\bof\s*(?:[“\"]|$))|" + "|".join(re.escape(v) for v in VERBS if " " not in v)
)
# not a participle used as an adjective: "called Morton’s promised guidance “…”", "his stated aim", "adopt a written
# policy requiring notice “…”"
# (nor a verb's plural noun after "and" or "of": "gave counties and states “…” information"; nor "in writing": "I put
# that in writing on the office door, next to … the “Summer Rules for Residents and Guests.”")
_ADJECTIVE_BEFORE = (
    r"(?<![’']s\s)(?<!\bthe\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bits\s)(?<!\btheir\s)(?<!\ba\s)(?<!\ban\s)"
    r"(?:(?<!\band\s)(?<!\bor\s)(?<!\bof\s)(?<!\bin\s)(?<!\ball\s)(?<!\bmany\s)(?<!\bother\s)(?<!\bsome\s)"
    r"|(?!(?:states|reports|notes|claims|calls|charges|promises|writing)\b))"
)
# nor a passive, whose subject is the one told: "county workers were told of the arrests … and that officers “…”"
# (but "were calling" is their own)
_NOT_PASSIVE = r"(?:(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bis\s)(?<!\bare\s)|(?=\w+ing\b))"
PARTIAL = re.compile(rf"^.*\b{_ADJECTIVE_BEFORE}{_NOT_PASSIVE}(?P<cue>{PARTIAL_VERBS})\b(?P<rest>[^“”\"]{{0,160}})$")
_PARTIAL_CUE = re.compile(rf"\b{_ADJECTIVE_BEFORE}{_NOT_PASSIVE}(?P<cue>{PARTIAL_VERBS})\b(?=[^“”\"]{{0,200}}$)")
_SOMEONE_BEFORE = re.compile(
    r"\b(?:[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e|[A-Z][\w’'-]+,?"
    # the subject of a clause on a noun before it: "a decision the head coach called", "a cable cut that the
    # company called", "a request the governor’s office has called", "conditions it called"
    r"|\b(?:an?|the|this|that|these|those)\s+[\w’'-]+(?:\s+[\w’'-]+)?,?\s+(?:that\s+|which\s+)?"
    r"(?:(?:the|its|their|his|her|our)\s+[\w’'-]+(?:\s+[\w’'-]+){0,2}|it|they|he|she))"
    r"\s+(?:has\s+|had\s+|have\s+)?$"
)
_AUXILIARY = (
    r"(?:\s+(?:has|have|had|was|were|is|are|will|would|also|again|later|once|even|then|often|repeatedly|"
    r"previously|since|not|never|publicly|privately|recently|first|last|reportedly))*"
)
_AUXILIARIES_AT_END = re.compile(_AUXILIARY + r"\s*$")
_SUBJECT_PRONOUN = re.compile(r"(?:^|\s)(?P<pron>[Hh]e|[Ss]he|[Tt]hey|I)$")
_SUBJECT_NAME = re.compile(rf"(?:^|\s){_NAME}(?:,\s+[^,]{{3,100}},)?$")

# Words that make the quoted words a name, not speech: the report “Dying in Detention”.
TITLE_BEFORE = re.compile(
    r"\b(?:titled|entitled|called|named|dubbed|nicknamed|report|film|book|documentary|"
    r"song|album|novel|series|slogan|headline|hashtag|campaign|signs|banner|motto|sign-off|tagline|catchphrase|"
    r"bill|program|programme|policy|phrase|term|word|words|memoir|essay|poem|"
    r"column|podcast|exhibit|exhibition|musical|anthem|motto|"
    # (a verb after a modal or "to": "officers should act “only in the rarest of circumstances”")
    r"(?<!\bto\s)(?<!\bshould\s)(?<!\bwould\s)(?<!\bwill\s)(?<!\bmust\s)(?<!\bcan\s)(?<!\bcould\s)"
    r"(?<!\bmay\s)(?<!\bmight\s)(?:act|play|sign|label|show))\s*,?\s*$"
    # (and a clause on it: "under a headline he wrote himself, “…”")
    r"|\b(?:headline|title|caption)(?:\s+[a-z][\w’'-]*){1,4}\s*,\s*$",
    re.IGNORECASE,
)
# A work and what it is or was to be, before its title: "The song was to be “Contigo Aprendí.”" (a title only when
# the words are in title case: "the program is “working as designed”" is a quote)
_WORK_IS = re.compile(
    r"\b(?:song|album|book|film|movie|novel|play|hymn|anthem|poem|painting|mural|episode|show)\s+"
    r"(?:is|was|will\s+be|would\s+be|(?:is|was)\s+to\s+be|had\s+been)\s*$",
    re.IGNORECASE,
)
_SIGNS = (
    r"signs?|billboards?|banners?|posters?|placards?|t-shirts?|shirts?|stickers?|chalkboards?|whiteboards?|marquees?"
)
# Words after which the quoted words are never speech, whoever the sentence credits: a so-called “courtesy hold”,
# one last chant of “Sí se puede”.
NEVER_SPEECH_BEFORE = re.compile(
    r"\b(?:so-called|chants?\s+of|cries\s+of|shouts\s+of|chanting|chanted"
    # "The 46-page audit is titled “…”", "The opinion, titled “…,”": a name, however long
    r"|(?:(?:is|was|are|were|be)\s+|,\s*)(?:titled|entitled)"
    # "a two-page memo titled “…”"
    r"|\b(?:memo|memorandum|report|letter|study|paper|guidance|directive|document|audit|book|essay|article|column|"
    r"film|documentary|plan|policy|order|brief|presentation|video|podcast|exhibit|talk|speech|sermon)\s+titled"
    r"|(?:signs?|banners?|placards?|posters?|shirts?)\s+(?:reading|that\s+read|saying)"
    # "signs, one of which read “…”", "a sign above the scoreboard that read “…”", "signs calling him the “…”",
    # "under the banner “…”", "under his familiar slogan, “…”"
    r"|(?:signs?|banners?|placards?|posters?|shirts?|stickers?|chalkboards?|whiteboards?|marquees?)\b[^“”\".!?]{0,60}"
    r"\b(?:read|reads|reading|says|saying|"
    r"calling\s+(?:\w+\s+){0,3}?)(?:\s*:)?"
    # "We put up our own paper sign on the door last week, in two languages: “…”": a sign, then its words (not
    # "She asked the commission to put up warning signs before it cut service: “…”", whose words follow)
    r"|(?:^|[.!?]\s+)(?![^“”\".!?:]*\b(?:said|says|asked|asks|told|tells|urged|wrote|added|shouted|yelled|explained|"
    r"recalled)\b)[^“”\".!?:]{0,80}\b(?:an?|the|our|their|his|her|its|one|my)\s+(?:[\w-]+\s+){0,3}"
    rf"(?:{_SIGNS})\b[^“”\".!?:]{{0,80}}:"
    # "a hand-painted sign that has hung there since 1977: “…”", "A sign Sharry painted still hangs by the booth: “…”"
    r"|(?:signs?|banners?|placards?|posters?|plaques?)\s+(?:(?:that|which)\s+[^“”\".!?,]{0,60}"
    r"|[^“”\".!?,:]{0,60}\b(?:hangs?|hung|hanging|(?:is|was)\s+(?:still\s+)?(?:posted|taped|painted|pinned))\b"
    r"[^“”\".!?,:]{0,60}):"
    r"|under\s+(?:the|a|their|his|her|its)\s+(?:[\w-]+\s+){0,2}(?:banner|slogan|motto|hashtag),?"
    # "the troop lists its motto as “…”", "Their slogan is “…”"
    r"|\b(?:motto|slogan|watchword|catchphrase|tagline)\s+(?:as|is|was)"
    # a nickname given as such: "the long greenhouse earns its nickname, “the Oven.”"
    r"|\b(?:its|his|her|their|the)\s+(?:[\w-]+\s+)?nickname(?:\s+(?:is|was))?,?"
    # a term: "a clause known in the industry as a “…”", "ICE, short for “…”", "what the industry calls “…”"
    r"|(?:goes|go|went|going)\s+by|answers\s+to"  # a nickname: "Ernesto Jr., who goes by “Neto.”"
    r"|known\s+(?:(?:in|to|among)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+)?as(?:\s+(?:a|an|the))?|short\s+for|stands?\s+for"
    # (in the present tense a term, whoever uses it: "what the agency calls “…”", "what he calls “…”"; but someone
    # named, or anyone in the past, says it: "what Sheriff Harlan Boyce calls “…”", "what she called “…”")
    r"|what\s+(?!(?-i:(?:[A-Z][\w’'.-]*\s+){2}))(?:[\w’'-]+\s+){1,3}?calls?(?:\s+(?:it|its|their))?"
    # (and with an article, but for people a pronoun points back to, whose words they are: "what we call an “…”",
    # "what the program calls a “…”"; not "Advocates have criticized what they call the “…”")
    r"|what\s+(?!(?-i:(?:[A-Z][\w’'.-]*\s+){2})|(?:they|he|she)\s)(?:[\w’'-]+\s+){1,3}?calls?\s+(?:an?|the)"
    # an item on a list: "the agency's list of “sensitive locations,”"
    r"|\blist\s+of"
    # an institution's word for a thing, in the present tense: "The department calls it a “partnership.”", "The
    # state calls the first license a “…”" (but a person's "Tramonte calls it “…”" is hers, and a headline's "ICE
    # calls them “goals”" the agency's)
    r"|\bthe\s+(?:[\w’'-]+\s+){0,2}?(?:" + "|".join(sorted(ORGANISATION_NOUNS - {"party", "team"})) + r")"
    r"\s+calls\s+(?:(?:it|them|this|that|(?:the|its|their)\s+[\w-]+(?:\s+[\w-]+){0,3})\s+)?(?:an?|the)?"
    # what people know someone as: "Dancers know him as “the Kearney Foghorn,”"
    r"|\b(?:know|knows|knew)\s+(?:him|her|them|it)\s+as"
    # a group's name for itself: "They call themselves “the walkers,”"
    r"|\b(?:they|we)\s+(?:now\s+)?call\s+(?:themselves|ourselves)(?:\s+(?:a|an|the))?"
    # a name the writer's side gave it: "We call it a “reunification card” now."
    r"|\bwe\s+(?:now\s+)?call\s+(?:it|them|this|that)(?:\s+(?:an?|the))?"
    # a word talked about as a word: "never once said the word “retire” out loud", "the term “sanctuary”"
    r"|\bthe\s+(?:very\s+)?(?:word|term)"
    # a page's links to other stories: "Related episodes: “…” and “…”"
    r"|^\s*(?:related|see\s+also|read\s+more|also\s+read|more\s+coverage|previously)(?:\s+[\w’'-]+){0,2}\s*:.*)\s*$",
    re.IGNORECASE,
)

# What a place or thing is called by the people around it, not said by anyone: "a spot locals call", "the bill,
# which supporters have nicknamed", "Deputies call the federal wing", "Regulars call the booth by the jukebox"
_NICKNAMED = re.compile(
    r"(?:\b(?:regulars|locals|residents|students|skaters|wrestlers|deputies|guards|inmates|detainees|everyone|everybody|"
    r"people|kids|men|women|workers|staff|neighbors|neighbours|townspeople|customers|volunteers|visitors|patrons|"
    r"fans|parents|farmers|drivers|riders|friends|coworkers|employees|players|children|apprentices|members|dancers|"
    r"parishioners|teammates|classmates|colleagues|runners)\s+(?:have\s+|had\s+)?"
    r"(?:(?:already|long|since|started|taken\s+to|come\s+to|begun)\s+)*(?:call|calls|called|calling|nicknamed)"
    r"(?:\s+(?:it|him|her|them|themselves|himself|herself|(?:the|this|that|these|those|their|its|his|her)\s+[\w-]+(?:\s+[\w-]+){0,4}"
    # (and an aside on it: "the narrow shop, with its concrete floor and one radio,")
    r"(?:,[^“”\".!?;:\n]{1,100}(?=,))?))?"
    r"|\b(?:nicknamed|dubbed)(?:\s+(?:it|him|her|them))?"
    # (a room or a thing someone has a name for: "the back room, which he now calls “the waiting room,”")
    r"|\b(?:which|that)\s+(?:he|she|they|we)\s+(?:now\s+|still\s+|simply\s+|just\s+)?calls?),?\s*$",
    re.IGNORECASE,
)
# Someone named, then what they are called: "taken to calling Oduya" before “The Vault.”
# (or in a clause on them: "Guadalupe Reyes, the salon’s owner, whom customers call “Doña Lupe.”")
_CALLING_SOMEONE = re.compile(
    r"\b(?:(?:call|calls|called|calling)\s+(?:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?|him|her)"
    r"|whom\s+(?:[\w’'-]+\s+){1,3}?(?:call|calls|called|know\s+as|knew\s+as)),?\s*$"
)
OPENERS, CLOSERS = '“"', '”"'
MIN_ATTRIBUTED_WORDS = 2
# How far before and after a quote its speaker is looked for, in characters: longer than any sentence of news,
# short enough that a page of one endless paragraph costs no more per quote than a page of short ones.
WINDOW = 600
MIN_UNATTRIBUTED_WORDS = 6
FILLS_PARAGRAPH = 0.8
# A quoted run of at most this many words, every one capitalised, is a name (a show, a slogan, a title) unless a
# speaker is credited right beside it.
TITLE_CASE_WORDS = 7
# How often each way of finding a speaker was right on the two development sets (tests/data/tagging_dev.json and
# tests/data/dev2/, 653 quotes), rounded down: the confidence a quote carries. `make eval` prints the reliability
# table (these values against how often they are right) for every set, the blind held-out one included.
CONFIDENCE = {
    "named": 0.97,
    "colon": 0.95,
    "statement": 0.95,
    "paragraph": 0.93,
    "continuation": 0.93,
    "party": 0.9,
    "pronoun": 0.9,
    "title": 0.9,
    "partial": 0.85,
    "lead-in": 0.85,
    "context": 0.6,
}


@dataclass
class _Candidate:
    start: int  # content start (after the opening mark)
    end: int  # content end (before the closing mark)
    mark_start: int
    mark_end: int
    paragraph: tuple[int, int]
    previous_paragraph: tuple[int, int] | None  # the non-empty paragraph before this one, if any
    name: str | None = None  # as written near the quote, titles removed
    source: tuple[int, int] | None = None
    cue: str | None = None
    cue_span: tuple[int, int] | None = None
    role: str | None = None
    title: str | None = None  # as written before the name: "Mr." tells which of two Sharrys
    shape: str | None = None
    how: str | None = None  # key of CONFIDENCE
    speaker: str | None = None  # resolved
    party: Party | None = None  # an organisation or description credited instead of a named person
    kind: str | None = None  # "person" | "organisation" | "description", once resolved

    @property
    def attributed(self) -> bool:
        return self.name is not None or self.speaker is not None or self.party is not None

    @property
    def after_source(self) -> int:
        """Where the attribution ends: later names are not this quote's speaker."""
        return max(self.mark_end, self.source[1] if self.source else 0, self.cue_span[1] if self.cue_span else 0)


@dataclass(frozen=True)
class _Entities:
    """What the model found that a speaker phrase can be checked against: people (with the watched people the
    watchlist found) and organisations, as character offsets."""

    people: list[tuple[int, int]]
    organisations: list[tuple[int, int]]
    surnames: frozenset[str] = frozenset()  # last words of the people found: "Falk" alone is Irwin Falk, not an ORG
    doc: Doc | None = None  # for the parse: whose verb a partial quote hangs on
    missed: tuple[Mention, ...] = ()  # names the model did not read as anyone's (first_name_runs), for the NameBook
    text: str = ""  # the document's, read once: spaCy builds Doc.text anew on every read
    starts: tuple[int, ...] = ()  # each token's offset, to find the token at an offset by bisection

    @cached_property
    def house(self) -> Party | None:
        """Whose newsletter or letter the document is (see _house_organisation), read once per document."""
        return _house_organisation(self.text, self)

    @classmethod
    def of(cls, doc: Doc) -> _Entities:
        """The model's people and organisations, mended where its reading is plainly wrong: a PERSON whose words
        cannot be a name ("Pell County Schools") is an organisation; an ORG that is a common first name and a
        capitalised word ("Judge Paul Strand-Iverson"), or a lone surname of someone in the story ("Calderón"
        after "Supervisor Ines Calderón", "Atanacio-Reyes" after "Wilmer Atanacio-Reyes"), is a person."""
        from .watchlist import PEOPLE_KEY

        text = doc.text
        places = [
            (e.start_char, e.end_char)
            for e in doc.ents
            if e.label_ in ("ORG", "GPE", "LOC", "NORP") or e.label_ == "FAC" and not _person_as_facility(e.text)
        ]
        missed = tuple(first_name_runs(text, places))
        people = [(s.start_char, s.end_char) for s in doc.spans.get(PEOPLE_KEY, [])]
        # a first name given alone ("Gus’s wife, Karin, said:"), which the model may read as no one
        people += [
            (m.start, m.end)
            for m in introduced_names(text)
            if " " not in m.name and not any(s <= m.start < e for s, e in people)
        ]
        organisations: list[tuple[int, int]] = []
        for ent in doc.ents:
            if ent.label_ == "PERSON":
                if ent.text in TITLES or ent.text + "." in TITLES:  # "said Sgt. Ana Lee": "Sgt" alone is no one
                    continue
                if joined := joined_to_organisation(text, ent.end_char):  # "Prairie Light & Power", "Lutz and Sons"
                    organisations.append((ent.start_char, joined))
                    continue
                end = ent.start_char + len(_TRAILING_LINK.sub("", ent.text))  # "Lynn Tramonte of" America's Voice
                (
                    people
                    if is_person_name(strip_name(text[ent.start_char : end].split("\n")[-1])[0])
                    else organisations
                ).append((ent.start_char, end))
        surnames = frozenset(surname(text[s:e]) for s, e in people if len(text[s:e].split()) > 1)
        surnames |= {surname(m.name) for m in missed}
        for ent in doc.ents:
            if ent.label_ in ("ORG", "NORP", "GPE"):
                person = first_name_first(strip_name(ent.text)[0]) or re.sub(r"[’']s$", "", ent.text) in surnames
                (people if person else organisations).append((ent.start_char, ent.end_char))
        for run in missed:  # a name the model missed, or read only in part ("Paul Strand" of "Paul Strand-Iverson")
            overlapping = [(s, e) for s, e in people if s < run.end and run.start < e]
            if all(run.start <= s and e <= run.end for s, e in overlapping):
                people = [span for span in people if span not in overlapping] + [(run.start, run.end)]
        return cls(
            sorted(set(people)),
            organisations,
            surnames,
            doc if doc.has_annotation("DEP") else None,
            missed,
            text,
            tuple(token.idx for token in doc),
        )

    def token_at(self, offset: int) -> Token | None:
        """The token starting at or after this offset."""
        if self.doc is None:
            return None
        index = bisect_left(self.starts, offset)
        return self.doc[index] if index < len(self.doc) else None

    def finite_verb(self, start: int, end: int) -> int | None:
        """Where the first verb with a tense the parse found in [start, end) begins, outside any name."""
        if self.doc is None:
            return None
        for token in self.doc[bisect_left(self.starts, start) : bisect_left(self.starts, end)]:
            tensed = token.pos_ in ("VERB", "AUX") and token.tag_ in ("VBD", "VBZ", "VBP")
            if tensed and not self.organisation_at(token.idx) and not inside(self.people, token.idx):
                return token.idx
        return None

    def subject(self, offset: int) -> tuple[int, int, str] | None:
        """The subject of the verb at this offset, by the parse: (start, end, "person" | "pronoun" | "phrase").
        A verb with no subject of its own borrows its clause's: "Sharry called it “X” but warned that “Y”",
        "Morton, who wrote that ... “X”", "opened by calling the program “X”"."""
        token = self.token_at(offset)
        for _ in range(5):
            if token is None:
                return None
            if (
                token.tag_ == "VBG"
                and token.dep_ == "advcl"
                and token.head.dep_ == "acl"
                and token.head.head.head.pos_ == "VERB"
            ):
                # "The judge rejected the county’s argument that it had acted ..., calling it “…”": the judge calls
                token = token.head.head.head
            elif (
                token.tag_ == "VBG"
                and token.dep_ == "advcl"
                and token.head.dep_ == "ccomp"
                and token.head.head.lower_ in SAYING
                and self.text[token.idx - 2 : token.idx] == ", "
            ):
                # "A federal judge ruled that the county violated ..., writing that it had treated a request “…”":
                # who ruled writes, whatever the parse hung the participle on
                token = token.head.head
            elif (
                token.tag_ == "VBG"
                and token.dep_ == "acl"
                and token.head.dep_ in ("pobj", "dobj")
                and (verb := token.head.head.head if token.head.dep_ == "pobj" else token.head.head).lower_ in SAYING
            ):
                # "Pappadakis ... wrote to the sheriff describing the cook as “…”": the writer describes, not the one
                # written to
                token = verb
            elif (
                token.dep_ == "conj"
                and token.lower_ in ("called", "calls", "described", "describes", "dismissed")
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
                and token.head.dep_ == "ccomp"
                and token.head.head.lower_ in SAYING
            ):
                # "An ICE spokesman told the Gazette that the program was working … and called the fears “…”": who
                # told calls, whatever the parse joined the second verb to
                token = token.head.head
            subjects = [subject] if (subject := clause_subject(token, self.text)) is not None else []
            if subjects and subjects[0].lower_ in ("who", "that", "which") and token.dep_ == "relcl":
                named = token.head
                while subjects[0].lower_ == "which" and named.dep_ == "pobj" and named.head.lower_ == "of":
                    named = named.head.head  # "the Alliance, a network of 22 congregations, which said": the network
                named = named.head if named.dep_ == "appos" else named  # "X, a Tennessee company, which"
                if subjects[0].lower_ == "who":
                    named = self._who(named)
                return self._span_of(named)  # "John Morton, who wrote that ...": Morton
            if subjects and (reporter := self._reporter(subjects[0])) is not None:
                return self._span_of(reporter)
            if subjects:
                return self._span_of(subjects[0])
            if token.dep_ == "acl" and token.tag_ == "VBN":
                return None  # "a program once described to states as “voluntary”": the noun is what was described
            if token.dep_ in ("relcl", "acl"):
                return self._span_of(token.head)
            if token.dep_ in ("conj", "xcomp", "advcl", "pcomp", "pobj", "prep") and token.head is not token:
                if "\n" in self.text[min(token.idx, token.head.idx) : max(token.idx, token.head.idx)]:
                    return None  # the parse joined this verb to one in another paragraph: nothing to borrow
                token = token.head
                continue
            return None
        return None

    def _who(self, named: Token) -> Token:
        """The person a "who" clause the parse hung on a place or an organisation is about: "Nadia Tasker, a
        paramedic with the Fire District, who calls", "Sheriff Wilma Dorrance of Callander County, a Republican,
        who tells" (not "including a state senator who", a person already)."""
        for _ in range(3):
            if named.dep_ == "appos" and self._span_of(named)[2] != "person":
                named = named.head
            elif (
                named.dep_ == "pobj"
                and named.pos_ == "PROPN"
                and self._span_of(named)[2] != "person"
                and (named.head.head.pos_ == "NOUN" or self._span_of(named.head.head)[2] == "person")
            ):
                named = named.head.head
            else:
                break
        return named

    def _reporter(self, subject: Token) -> Token | None:
        """Who speaks in a clause of reported speech: a he/she reporting their own plans ("The county sheriff said
        she will end the deal, calling it “…”"), or a body or an "it" a named person reports on ("Galindo said the
        government had asked ..., calling it “…”"): the subject of the verb of speech the clause hangs on, when
        that is a noun, not a pronoun (and, for a body, a person)."""
        verb = subject.head
        if verb.dep_ != "ccomp" or verb.head.lower_ not in SAYING:
            return None
        reporter = clause_subject(verb.head, self.text)
        if reporter is None or reporter.pos_ == "PRON" or "\n" in self.text[reporter.idx : subject.idx]:
            return None
        if subject.lower_ in ("he", "she"):
            return reporter
        if verb.lower_ in ("told", "tells", "asked", "asks") and any(c.dep_ == "poss" for c in subject.children):
            return None  # "Fuentes said his brother told him on a call, “…”": the brother's words, relayed
        # "Judge Okonjo-Hale said the government had offered “…”": the judge's words about the government
        named = self._span_of(reporter)[2] == "person"
        # "Morton ... promised that it would “do better”": Morton's words about the agency
        return reporter if named and subject.pos_ != "PROPN" and self._span_of(subject)[2] != "person" else None

    def _span_of(self, head: Token) -> tuple[int, int, str]:
        for start, end in self.people:
            if start <= head.idx < end:
                return start, end, "person"
        if head.text in self.surnames or head.text.split("-")[0] in self.surnames:  # "Lind calls the case ..."
            end = head.idx + len(head.text)
            while end < len(self.text) and self.text[end] == "-":  # "Natarajan-Cole": one word to a reader
                nxt = next((t for t in head.doc if t.idx > end), None)
                end = nxt.idx + len(nxt.text) if nxt is not None else end + 1
            return head.idx, end, "person"
        if head.lower_ in ("he", "she", "they", "it", "we", "you") or head.text == "I":
            return head.idx, head.idx + len(head.text), "pronoun"
        for token in head.children:  # "An ICE spokeswoman, Carla Denning, said": the name beside the noun
            # (which the parse may join as a conjunct with no "and": "The law's sponsor, state Sen. Joanna Ruckert,")
            if token.dep_ == "appos" or (
                token.dep_ == "conj" and not any(c.dep_ == "cc" and c.i < token.i for c in head.children)
            ):
                for start, end in self.people:
                    if start <= token.idx < end:
                        return start, end, "person"
                # a name the model read as no one: "The commission’s chairwoman, Maria-Elena Castañeda-Voss,"
                start, end = token.left_edge.idx, token.right_edge.idx + len(token.right_edge.text)
                if first_name_first(re.sub(r"^(\w+)-(\w+)", r"\1", self.text[start:end])):
                    return start, end, "person"
            if token.dep_ == "acl" and token.lower_ in ("named", "called"):  # "A listener named Corinne in Atwater"
                for given in token.children:
                    start, end = given.left_edge.idx, given.idx + len(given.text)
                    name = self.text[start:end]
                    if given.dep_ in ("oprd", "dobj", "attr") and (first_name_first(name) or is_first_name(name)):
                        return start, end, "person"
        left = min([head.idx] + [t.left_edge.idx for t in head.lefts if t.dep_ not in ("punct", "cc")])
        left = self.text.rfind("\n", left, head.idx) + 1 or left  # not the headline the parse ran it into
        # The noun phrase with what completes it ("Office of Inspector General"), not a clause after a comma.
        right = head.idx + len(head.text)
        for token in head.rights:
            if token.dep_ in ("prep", "compound", "amod", "nummod", "flat") and "," not in self.text[right : token.idx]:
                right = max(right, token.right_edge.idx + len(token.right_edge.text))
            else:
                break
        for start, end in self.organisations:  # "U.S. Immigration and Customs Enforcement", however it was parsed
            if start <= head.idx < end and "\n" not in self.text[start:end]:
                return min(left, start), max(right, end), "phrase"
        return left, right, "phrase"

    def person_within(self, start: int, end: int) -> tuple[int, int] | None:
        """The last person the model found starting inside [start, end) (a name after a title: "Secretary of X
        Ann Lee"), or None."""
        inside = [p for p in self.people if start <= p[0] < end]
        return inside[-1] if inside else None

    def first_person_starting(self, start: int, end: int) -> tuple[int, int] | None:
        inside = [p for p in self.people if start <= p[0] < end]
        return inside[0] if inside else None

    def first_person(self, start: int, end: int) -> tuple[int, int] | None:
        """The first person found inside [start, end): the subject of "Lynn Tramonte of America's Voice called"."""
        inside = [p for p in self.people if start <= p[0] and p[1] <= end]
        return inside[0] if inside else None

    def surname_before(self, word: str, start: int) -> bool:
        """Is this word the surname of someone named in full before `start`?"""
        return any(e <= start and self.text[s:e].split()[-1] == word for s, e in self.people if " " in self.text[s:e])

    def organisation_covers(self, start: int, end: int, word: str = "") -> bool:
        """Do these words lie wholly inside an organisation, place or group the model found? (A model reading
        only "Yaritza" as a place says nothing about "Yaritza Olmedo".)"""
        return word not in self.surnames and any(s <= start and end <= e for s, e in self.organisations)

    def organisation_at(self, offset: int, word: str = "") -> bool:
        """Does an organisation, place or group the model found cover this offset ("Homeland Security")? Not
        when the word is the surname of a person it found (the model reads a lone "Falk" as an ORG at times)."""
        return word not in self.surnames and any(s <= offset < e for s, e in self.organisations)


class QuoteFinder:
    """The `monitor_quotes` component: sets doc._.monitor_quotes to a list of QuoteHit."""

    def __call__(self, doc: Doc) -> Doc:
        entities = _Entities.of(doc)
        text = entities.text
        candidates = [c for c in _candidates(text) if c.end > c.start]
        pronouns: list[tuple[_Candidate, str]] = []
        for cand in candidates:
            pronoun = _attribute(text, cand, entities)
            if pronoun:
                pronouns.append((cand, pronoun))
        speakers = [Mention(c.name, *c.source) for c in candidates if c.name and c.source]
        names = NameBook(doc, speakers, entities.missed)
        for cand in candidates:
            if cand.name:
                cand.speaker = names.fullest(
                    _generation(text, cand),
                    near=cand.mark_start,
                    title=cand.title,
                    pronoun=_pronoun_after_cue(text, cand),
                )
                cand.kind = "person"
                if (
                    cand.speaker
                    # (not a name that only says whose someone is: "A Castellan spokesman said")
                    and not (cand.source and _PERSON_NOUN_NEXT.match(text, cand.source[1]))
                    and (organisation := names.organisation_short_for(cand.speaker))
                ):
                    cand.speaker, cand.kind = organisation, "organisation"
        quoted = [(c.mark_start, c.mark_end) for c in candidates]
        turns = _turns(text) if any(pronoun.lower() == "you" for _, pronoun in pronouns) else []
        resolved: dict[tuple[int, int], _Candidate] = {}  # one he/she credits both halves of "“…,” she said, “…”"
        for cand, pronoun in pronouns:
            if cand.source is not None and (first := resolved.get(cand.source)) is not None:
                cand.speaker, cand.party, cand.kind, cand.how = first.speaker, first.party, first.kind, first.how
                if cand.shape == "partial" and first.how == "pronoun" and first.kind == "person" and not first.party:
                    cand.how = "partial"  # "she called it “X,” and “Y”": each a partial quote
                continue
            if cand.source is not None:
                resolved[cand.source] = cand
            if pronoun == "I":  # "I told a reporter:" in an interview's answer: who answers; in an op-ed: its author
                cand.speaker = _answerer(text, cand, names) or names.byline(cand.mark_start)
                cand.how, cand.kind = ("pronoun", "person") if cand.speaker else (None, None)
                continue
            if pronoun.lower() in ("it", "we", "they", "you"):
                _other_pronoun(cand, pronoun.lower(), candidates, quoted, names, turns, entities)
                continue
            if pronoun.lower() in ("he", "she") and (answers := names.asked_just_now(pronoun, cand.mark_start, quoted)):
                cand.speaker, cand.kind = answers, "person"  # "Quist asked Tramonte whether …. “…,” she said"
                cand.how = "partial" if cand.shape == "partial" else "pronoun"
                continue
            introduced = _described_subject(cand, pronoun, entities, quoted, names)
            if introduced is not None and _answers_them(text, cand, candidates, introduced):
                introduced = None  # "a woman who directs a center … asked, “…?”" ¶ "“…,” she answered": not the woman
            if (described := _described_before(text, cand, pronoun, candidates, names, quoted)) is not None and (
                introduced is None or introduced.start < described.end
            ):  # (not past someone described since: "“…,” my father said." ¶ "One of them is a milker. “…,” he said")
                cand.party, cand.kind, cand.how = described, "description", "pronoun"  # "a deportation officer"
                continue
            if (described := introduced) is not None:
                cand.party, cand.kind, cand.how = described, "description", "pronoun"  # "A woman who ... she told"
                continue
            # (a partial quote's "his" or "she" before its own sentence's people: "His letter, obtained by the Daily,
            # says …", whoever he was before)
            before = cand.source[0] if cand.shape == "partial" and cand.source else cand.mark_start
            cand.speaker = _document_owner(text, before, pronoun.lower(), names) or names.pronoun(
                pronoun, min(before, cand.mark_start), quoted
            )
            if cand.speaker and cand.speaker == _answerer(text, cand, names):
                # "A: … At the board meeting she said, “…”": someone the one answering speaks of, never them
                cand.speaker = None
                if (described := _described_subject(cand, pronoun, entities, quoted, names, loose=True)) is not None:
                    cand.party, cand.kind, cand.how = described, "description", "pronoun"
                    continue
            if (
                cand.speaker is None
                and (described := _described_subject(cand, pronoun, entities, quoted, names, loose=True, main=True))
                is not None
                and not _someone_else_so(text, described, pronoun, cand.mark_start)
            ):
                # nobody named fits: the described subject the pronoun follows ("Asked …, the president said it
                # would not. “…,” he said")
                cand.party, cand.kind, cand.how = described, "description", "pronoun"
                continue
            if cand.speaker and (asked := _asked_before(text, cand, candidates)) and asked.speaker == cand.speaker:
                # "“Counsel, who is paying the bond?” Ashby-Vance asked." ¶ "“His brother,” she answered.": not the
                # one who asked, but who the pronoun meant before the question
                cand.speaker = names.pronoun(pronoun, asked.mark_start, quoted)
            cand.how = ("partial" if cand.shape == "partial" else "pronoun") if cand.speaker else None
            cand.kind = "person" if cand.speaker else None
        descriptions: dict[str, str] = {}  # the last description credited, by its head noun
        for cand in candidates:
            if cand.party is not None:
                _credit_party(cand, names, text, quoted)
                _described_again(cand, descriptions, text)
            elif cand.speaker is None and (said := _DOCUMENT_SAID.match(text[cand.mark_end : cand.mark_end + 80])):
                _credit_issuer(cand, candidates, text, said.group("doc"))
            elif cand.speaker is None and cand.name is None and (party := _role_party(text, cand)) is not None:
                cand.party, cand.source, cand.shape = party, (party.start, party.end), cand.shape or "description"
                _credit_party(cand, names, text, quoted)
                _described_again(cand, descriptions, text)
        _partial_lists(text, candidates)
        _mark_split(candidates)
        kept = _keep(text, candidates, names)
        _credit_back(text, kept)
        doc._.monitor_quotes = [_hit(text, c, names) for c in kept]
        return doc


# A document, or what a council or senate votes for
_ENACTED = rf"{WRITING}|resolution|proclamation|ordinance"
# A body that passed or sent a document, and the document's clause: "The Carrow Student Senate voted 27-2 on Sept. 29
# for a resolution that urges the administration to “…”" (the body's words)
_PASSED_THAT = re.compile(
    r"(?:^|[.;:][^\S\n]+)(?:the[^\S\n]+)?(?P<author>[A-Z][\w’'.&-]*(?:[^\S\n]+(?:[A-Z][\w’'.&-]*|of|for|and|on)){0,7})"
    r"[^\S\n]+(?:(?:has|have|had)[^\S\n]+)?(?:unanimously[^\S\n]+)?"
    r"(?:passed|approved|adopted|voted[^“”\"!?\n]{0,40}?[^\S\n]for|sent|issued|released|signed|filed)"
    rf"[^\S\n]+(?:an?|the|its|their)[^\S\n]+(?:[\w-]+[^\S\n]+){{0,2}}?(?:{_ENACTED}|petition)"
    r"[^\S\n]+(?:that|which)\b[^.!?“”\"\n]*$"
)
# "a resolution from the Westover Town Council that thanked …", up to a partial quote in that clause
_DOCUMENT_FROM_THAT = re.compile(
    rf"\b(?:an?|the)[^\S\n]+(?:[\w-]+[^\S\n]+){{0,2}}?(?:{_ENACTED})[^\S\n]+(?:from|by)[^\S\n]+(?:the[^\S\n]+)?"
    r"(?P<author>(?:[A-Z][\w’'.&-]*[^\S\n]+(?:(?:of|for|and)[^\S\n]+)?){0,6}[A-Z][\w’'.&-]*)[^\S\n]+(?:that|which)\b"
    r"[^.!?“”\"\n]*$"
)


def _credit_issuer(cand: _Candidate, candidates: list[_Candidate], text: str, noun: str) -> None:
    """ "In a statement, the hospital said its staff “…”" ¶ "“…,” the statement said.": where the sentence that
    names the document names nobody the model found (see `_credit_document`), the speaker of the last quote within
    reach whose paragraph speaks of such a document."""
    for earlier in _before_this(cand, candidates, reach=PRONOUN_REACH):
        if earlier.speaker and re.search(rf"\b{noun}\b", text[earlier.paragraph[0] : earlier.paragraph[1]], re.I):
            cand.speaker, cand.kind, cand.how = earlier.speaker, earlier.kind, "party"
            cand.shape = "organisation" if earlier.kind == "organisation" else "name_said_after"
            if earlier.kind == "organisation":  # "ICE said in a statement …" ¶ "the statement said": ICE in full
                cand.speaker = _name_in_full(earlier.speaker, text, cand.mark_start)
            return


_REPORTED_PRONOUN = re.compile(
    r"\b(?:said|says|told\s+(?:the\s+|a\s+)?[\w’'-]+|added|wrote|argued|insisted|explained)\s+(?:that\s+)?"
    r"(?P<pronoun>he|she)\b"
)


def _generation(text: str, cand: _Candidate) -> str | None:
    """The name as credited, with the suffix "the elder" or "the younger" before it stands for: "the elder
    Quiñónez said" is Quiñónez Sr. where a father and son share the name."""
    if cand.source is None or cand.name is None:
        return cand.name
    before = GENERATION_BEFORE.search(text, max(0, cand.source[0] - 20), cand.source[0])
    return f"{cand.name} {'Jr.' if before.group(1).lower() == 'younger' else 'Sr.'}" if before else cand.name


def _pronoun_after_cue(text: str, cand: _Candidate) -> str | None:
    """ "Morton ... said he had been “…”": the "he" after the cue, which tells which Morton when the story has
    two of that surname."""
    if cand.source is None:
        return None
    if cand.source[0] >= cand.mark_end:
        # "“…,” Garza said, tapping the payroll binder she had carried in.": what the credit's own clause says
        end = _CLAUSE_AFTER_CREDIT.search(text, cand.source[1])
        found = _OF_THEM.match(text, cand.source[1], end.start() if end else len(text))
        return None if found is None else _PRONOUN_GENDER[" ".join(found.group("pronoun").lower().split())]
    if cand.source[1] > cand.mark_start:
        return None
    found = _REPORTED_PRONOUN.search(text, cand.source[1], cand.mark_start)
    return None if found is None else found.group("pronoun")


# A credit's clause after the quote: "Garza said, tapping the binder she …" (to its sentence's end or a quote)
_CLAUSE_AFTER_CREDIT = re.compile(r"[.!?;]\s|[“”\"\n]")
# ("said Lindquist, whose wife had to remind him": a husband)
_OF_THEM = re.compile(
    r"[^“”\"\n,]*,[^“”\"\n]*?\b(?P<pronoun>he|she|his|her|himself|herself|whose\s+(?:wife|husband))\b", re.IGNORECASE
)
_PRONOUN_GENDER = {
    **{word: he_or_she for word, he_or_she in _POSSESSIVE_PRONOUN.items() if he_or_she != "they"},
    **{"he": "he", "himself": "he", "she": "she", "herself": "she", "whose wife": "he", "whose husband": "she"},
}


# A person's noun right after a name: "A Castellan spokesman" says whose the spokesman is
_PERSON_NOUN_NEXT = re.compile(rf"[^\S\n]+(?:{'|'.join(sorted(PERSON_NOUNS, key=len, reverse=True))})\b")


# Whose document a sentence is about, before a he/she in it: "Morton’s letter also promised reviews, which he wrote"
_OWNER_OF_DOCUMENT = re.compile(rf"\b(?P<owner>[A-Z][\w-]+)[’']s[^\S\n]+(?:[a-z][\w-]*[^\S\n]+)?(?:{WRITING})\b")


def _document_owner(text: str, before: int, pronoun: str, names: NameBook) -> str | None:
    """The person whose letter, memo or statement the sentence of this he/she names before it, if the pronoun fits."""
    if pronoun not in ("he", "she"):
        return None
    start = _sentence_start(text, text.rfind("\n", 0, before) + 1, before)
    owners = [m.group("owner") for m in _OWNER_OF_DOCUMENT.finditer(text, start, before)]
    if len(owners) != 1 or (full := names.fullest(owners[0], near=before)) is None or " " not in full:
        return None
    return full if is_person_name(full) and names.name_fits(full, pronoun) else None


def _answers_them(text: str, cand: _Candidate, candidates: list[_Candidate], described: Party) -> bool:
    """Does this quote answer ("she answered", "he replied") the question the described one asked just before?"""
    if (cand.cue or "").lower() not in ("answered", "replied", "responded"):
        return False
    last = next(_before_this(cand, candidates, reach=PRONOUN_REACH), None)
    return (
        last is not None
        and text[last.start : last.end].rstrip().endswith("?")
        and described.start < last.mark_start
        and not text[described.end : last.mark_start].count("\n")
    )


def _before_this(cand: _Candidate, candidates: list[_Candidate], reach: int) -> Iterator[_Candidate]:
    """The quotes before this one, nearest first, that end within `reach` characters of it."""
    index = bisect_left(candidates, cand.mark_start, key=lambda c: c.mark_start)
    for earlier in reversed(range(index)):
        if cand.mark_start - candidates[earlier].mark_end > reach:
            return
        yield candidates[earlier]


def _described_before(
    text: str,
    cand: _Candidate,
    pronoun: str,
    candidates: list[_Candidate],
    names: NameBook,
    quoted: list[tuple[int, int]],
) -> Party | None:
    """The one someone described but never named ("a deportation officer, who asked not to be named, said")
    when they spoke last before this he/she and nobody has been named since, outside quotation marks; not
    when this he/she is the one they spoke to ("the agent at the border who told her, “…”" ¶ "“…,” she said")."""
    other = _OTHER_PRONOUN.get(pronoun.lower())
    last = next(
        (
            c
            for c in _before_this(cand, candidates, reach=PRONOUN_REACH)
            # past the other side of an exchange: "“…,” the first caller said." ¶ "“…,” she cut in." ¶ "“…,” he
            # went on": the caller again
            if c.attributed and not (c.party is None and _gender_of(text, c) == other) and not _a_name(text, c)
        ),
        None,
    )
    if (
        last is None
        or last.party is None
        or last.party.kind != "description"
        or last.party.text.endswith("s")  # "the organizers" (and, as measured, "the witness" of an exchange)
        or _plural(last.party.text)  # "the men", "the police"
        or (last.cue or "").endswith("by")  # "…,” he was told by an official. “…,” he said: not the official
        or _spoke_to(text, last, pronoun)
        # "“…, Madam Secretary. Is he wrong?” a reporter asked." ¶ "“…,” she said": who answers is not the asker
        # (unless the writer answered them: "asked me, “…?” I told him yes. … “…,” he said"; nor when he asks again:
        # "my son … asked, “…?”" … "He asked again the next morning, “…?”")
        or text[last.start : last.end].rstrip().endswith("?")
        and not (cand.cue or "").startswith(("ask", "add"))  # ("“…?” ¶ “…,” he added": the asker goes on)
        and not re.search(
            rf"\b(?:I|we)\s+(?:told|answered)\s+{_OBJECT_PRONOUN[pronoun.lower()]}\b",
            text[last.mark_end : cand.mark_start],
        )
        # "One mother in Tennessee told me, “…”", "The first caller, a man who ...," are no "she"
        or _party_gender(text, last.party, cand.mark_start) == other
        # a "he" credited them: "A farmer … asked Voight why …. “…,” he said." ¶ "“…,” she answered" is not the farmer
        or _gender_of(text, last) == other
        # "“…,” the director replied." ¶ "“…,” she said": not the director the story named, John Morton
        or (
            last.party.definite
            and (titled := names.titled(last.party.text, last.mark_start)) is not None
            and not names.name_fits(titled, pronoun.lower())
        )
    ):
        return None
    named = [m for m in names.between(last.after_source, cand.mark_start) if not inside(quoted, m.start)]
    return None if named else last.party


def _gender_of(text: str, quote: _Candidate) -> str | None:
    """He or she, for a quote credited to a person: the pronoun that credits it, or their first name's."""
    if quote.how == "pronoun" and quote.source is not None:
        said = text[quote.source[0] : quote.source[1]].lower()
        return said if said in ("he", "she") else None
    return pronoun_of(quote.speaker.split()[0]) if quote.speaker else None


def _party_gender(text: str, party: Party, before: int) -> str | None:
    """He or she, by the description's own words ("mother in Tennessee") or the noun the story set beside it
    ("The first caller, a man who ...")."""
    words = set(party.text.lower().split())
    beside = re.compile(rf"\b{re.escape(party.text)},\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?(?P<noun>[a-z]+)\b")
    words |= {m.group("noun") for m in beside.finditer(text, 0, before)}
    return next((pronoun for pronoun, nouns in GENDERED_NOUNS.items() if words & nouns), None)


_OBJECT_PRONOUN = {"she": "her", "he": "him"}
_OTHER_PRONOUN = {"she": "he", "he": "she"}
_DATELINE_AT = re.compile(_DATELINE)


def _dateline_or_label(text: str, start: int, end: int) -> bool:
    """ "ASHBY, Vt. —": a word of the dateline at its paragraph's start, which the model may read as an
    organisation; or a transcript's speaker label ("REP. KRUEGER: Frank Sharry … has called"), which the model may
    read as the sentence's subject."""
    return end <= _dateline_end(text, start) or text[start:end].isupper() and text.startswith(":", end)


def _dateline_end(text: str, offset: int) -> int:
    """Where the dateline of the paragraph holding this offset ends ("ASHBY, Vt. — "), or where it starts."""
    paragraph = text.rfind("\n", 0, offset) + 1
    dateline = _DATELINE_AT.match(text, paragraph)
    return dateline.end() if dateline is not None else paragraph


def _described_subject(
    cand: _Candidate,
    pronoun: str,
    entities: _Entities,
    quoted: list[tuple[int, int]],
    names: NameBook,
    *,
    loose: bool = False,
    main: bool = False,
) -> Party | None:
    """Someone the paragraph introduces by description as a sentence's subject, and calls he/she after that,
    with nobody named in between: "A woman who cleaned offices downtown was beaten ... When she finally came
    in, she told an officer, “…”" is the woman, not the last woman the story named. Loose, any person noun
    will do; main, only a subject of its sentence's own verb (not "the sheriff" of "asked Voight why the sheriff
    honors detainers")."""
    doc, text = entities.doc, entities.text
    pronoun = pronoun.lower()
    if doc is None or pronoun not in GENDERED_NOUNS:
        return None
    start = cand.paragraph[0]
    if (
        cand.previous_paragraph is not None
        and (
            not text[start : cand.mark_start].strip()
            # "The man in the baseball cap is back, too." ¶ "He hands it to a woman, a stranger. “…,” he says"
            or re.fullmatch(rf"[^\S\n]*{pronoun}\b[^.!?\n]*[.!?][^\S\n]*", text[start : cand.mark_start], re.IGNORECASE)
            # "She was 23. Her husband had fallen from a roof …. She sat …, and she asked me: “…”": a paragraph
            # about her alone, naming nobody, before her words
            or (
                re.match(rf"[^\S\n]*{pronoun}\b", text[start : cand.mark_start], re.IGNORECASE)
                and not [m for m in names.between(start, cand.mark_start) if not inside(quoted, m.start)]
                and not inside(quoted, start)
            )
        )
    ):
        start = cand.previous_paragraph[0]  # "A conductor, a tall woman ..., stopped by." ¶ "“…,” she said"
        if not text[cand.paragraph[0] : cand.mark_start].strip() and re.fullmatch(
            rf"[^\S\n]*{pronoun}[^\S\n]+(?:[a-z]+[^\S\n]+){{0,3}}?[a-z]+:[^\S\n]*",
            text[start : cand.previous_paragraph[1]],
            re.IGNORECASE,
        ):  # "The next morning his wife came over." ¶ "She asked:" ¶ "“…”": the paragraph before the cue's
            start = text.rfind("\n", 0, len(text[:start].rstrip("\n"))) + 1
    low = max(start, cand.mark_start - WINDOW)  # a paragraph of a thousand quotes is not read again
    if one := _ONE_OF_THEM.search(text, low, cand.mark_start) or _ONE_OF_THEM_IS.search(text, low, cand.mark_start):
        # "One of them, a man in a faded Braves cap, shrugs when asked …. “Tomorrow,” he says": him, however the
        # parse reads the verb; nobody named since ("One of them is a deportation officer who asked not to be named
        # because he is not authorized …" ¶ "“…,” he says": the officer, whose own clause says he)
        head = re.split(r"\s+(?:in|with|from|who|of|at|on|wearing)\b", one.group("phrase"))[0].split()[-1].lower()
        named = [m for m in names.between(one.end(), cand.mark_start) if not inside(quoted, m.start)]
        fits = head in GENDERED_NOUNS[pronoun] or (
            one.re is _ONE_OF_THEM_IS
            and (head in PERSON_NOUNS or agent_noun(head))
            and re.search(rf"\b{pronoun}\b", one.group("clause") or "", re.IGNORECASE) is not None
        )
        if fits and not named and not inside(quoted, one.start()):
            # (the noun alone where its clause reads as no party: "a man who has painted houses")
            phrase = one.group("phrase")
            return read_party(phrase, one.start("phrase"), entities.organisations) or read_party(
                re.split(r"\s+(?:who|whose)\b", phrase)[0], one.start("phrase"), entities.organisations
            )
    first, last = bisect_left(entities.starts, low), bisect_left(entities.starts, cand.mark_start)
    for token in reversed(doc[first:last]):
        if cand.source is not None and cand.source[1] <= token.idx < cand.mark_start:
            continue  # whom the pronoun told: "She told the deputy who took her call, “…”" is not the deputy's
        met = _met_then_told(token, pronoun) or _writer_addressed(token, pronoun) or _remembered_calling(token)
        if _then_called(token, pronoun) and not inside(quoted, token.idx):
            # "One of the regulars was a Delmont police officer. He asked me not to use his name."
            start = token.left_edge.idx
            party = read_party(text[start : token.idx + len(token)], start, entities.organisations)
            named = [m for m in names.between(token.idx, cand.mark_start) if not inside(quoted, m.start)]
            if party is not None and party.kind == "description" and not named:
                return party
            continue
        if token.dep_ in ("pobj", "dobj"):  # "I think often of a woman who had been beaten ..."
            # (or the writer's own kin: "When my mother and I visited my father …, he said only one thing: “…”")
            mine = token.lower_ in GENDERED_NOUNS[pronoun] and any(
                c.lower_ == "my" and c.dep_ == "poss" for c in token.children
            )
            if not met and not mine and not any(c.dep_ == "relcl" for c in token.children) and not _whose_who(token):
                continue
            if not met and _in_someones_words(token):
                continue
        elif token.dep_ == "appos" and token.head.dep_ in ("pobj", "dobj") and token.lower_ == _PERSON_OF[pronoun]:
            pass  # "Banks cut off the next speaker, a man in a camouflage jacket. “…,” he said"
        elif token.dep_ == "attr" and any(c.dep_ == "expl" for c in token.head.children):
            pass  # "Last month there was a man from Todos Santos, maybe 50. … “…,” he said": whom it brings in
        elif token.dep_ == "attr" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.head.children):
            pass  # "Among the 40 people on the tour was a woman from Ohio who …. “…,” she said": the same
        elif token.dep_ == "ROOT" and token.pos_ == "NOUN" and any(c.dep_ == "relcl" for c in token.children):
            pass  # "A woman who had ordered hearing aids for her mother called …": a subject the parse made root
        elif token.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if main and token.lower_ not in (pronoun, "i", "we") and not _main_clause(token):
            continue
        if inside(quoted, token.idx) or _compared(token):
            continue
        if (
            token.pos_ == "PROPN"
            and token.i > 0
            and (before := token.nbor(-1)).dep_ == "pobj"
            and before.pos_ == "PROPN"
        ):
            continue  # "a mother of two from Birch Hollow stood": the rest of a place the parse made a subject
        if token.dep_ in ("nsubj", "nsubjpass") and _in_someones_clause(token) and not _goes_on_as(token, pronoun):
            continue
        if token.dep_ == "nsubj" and _asked_him(token.head, pronoun):
            continue  # "The judge asked him whether he was afraid. He … said, “…”": the one asked answers
        if (
            token.dep_ == "nsubj"
            and token.head.dep_ == "advcl"
            and any(c.dep_ == "nsubj" and c.lower_ == pronoun for c in token.head.head.children)
            and [m for m in names.between(token.sent.start_char, token.idx) if not inside(quoted, m.start)]
        ):
            continue  # "Pruitt sat at the head of the table, and when an aide carried out a cake, she asked …": Pruitt
        if token.dep_ == "nsubj" and _named_in_apposition(token, names):
            return None  # "The herd manager, a man named Mateo who …,": the one named, by their name
        if token.dep_ == "nsubj" and _person_noun(token) and _named_as_attribute(token, names):
            return None  # "The woman behind the folding table is Marisol Lucero": the one named, by their name
        if token.head.dep_ == "relcl" and any(c.lower_ == "where" for c in token.head.children):
            continue  # "Haldane went back to the exam room, where a woman … was waiting": the room’s, not the subject
        if token.lower_ in (pronoun, "i", "we"):
            continue  # "When she finally came in, she told": whoever she is, further back; the writer is no she
        if (
            (
                met
                or _described_as(token, pronoun)
                or loose
                and token.pos_ == "NOUN"
                or _reported_just_before(token, pronoun, text, cand.mark_start)
            )
            # "a woman who ...", and the writer's own kin: "My brother-in-law is a deputy. He told me, “…”"; whom
            # the writer asked, by a description the story had not used before: "When I asked the head of ICE’s
            # field office …, he told me: “…”" (not "our sheriff, Tom Beall" … "When I asked the sheriff")
            and any(
                t.lower_ in ("a", "an", "one", "my", "our", "its")  # "Its foreperson, a retired mail carrier who …"
                # "My daughter’s husband was taken …. … he told me, “…”", "One customer’s husband came back …"
                or t.dep_ == "poss"
                and any(u.lower_ in ("a", "an", "my", "our", "one") for u in t.lefts)
                # someone's kin whom the other pronoun's owner has: "His mother drives four hours …. “…,” she told me"
                or t.lower_ in ("his", "her")
                and t.lower_ not in _PRONOUN_FORMS[pronoun]
                and token.lower_ in GENDERED_NOUNS[pronoun]
                and token.dep_ == "nsubj"
                and token.head.dep_ == "ROOT"  # (not "had asked her to pray for his daughter")
                # or of this pronoun's own, when the paragraph opens on them: "Her daughter, who is seven, came in
                # …. While I numbed her gum, she asked me"
                or t.lower_ in ("his", "her")
                and token.left_edge.idx == cand.paragraph[0]
                and token.lower_ in GENDERED_NOUNS[pronoun]
                and token.dep_ == "nsubj"
                # or the subject of the sentence just before the quote, in a paragraph that names nobody before it:
                # "The girl did not say a word. Her mother did the talking. “…,” she said", "His father grinned at
                # that from the stool." ¶ "“…,” he said" (not "Her mother and her younger brother drove …", nor
                # "Marchand handles the books …. Her mother, who …, helps out on weekends." ¶ "“…,” she said")
                or t.lower_ in ("his", "her")
                and token.lower_ in GENDERED_NOUNS[pronoun]
                and token.dep_ == "nsubj"
                and token.head.dep_ == "ROOT"
                and not text[token.sent.end_char : cand.mark_start].strip()
                and not any(c.dep_ == "conj" for c in token.children)
                and not [
                    m
                    for m in names.between(text.rfind("\n", 0, token.idx) + 1, token.idx)
                    if not inside(quoted, m.start)
                ]
                or met
                # (or a possessive on "the": "When I asked the company’s regional manager about it, he said")
                and (t.lower_ == "the" or t.dep_ == "poss" and any(u.lower_ == "the" for u in t.lefts))
                and not re.search(rf"\b{re.escape(token.text)}\b", text[: token.idx], re.IGNORECASE)
                for t in token.lefts
            )
            # (a name in its own clause is no one else: "A coworker who was on the roof the day Barajas fell, …,
            # said …. “…,” he said"; but not one the pronoun cannot be: "A farmer … asked Voight why …. “…,” he
            # said", where Voight is a she)
            and not [
                m
                for m in names.between(_clause_end(token), cand.mark_start)
                if not inside(quoted, m.start) and names.name_fits(names.fullest(m.name) or m.name, pronoun)
            ]
        ):
            start = token.left_edge.idx
            # up to its verb: an appositive the parse hung on it after the verb is no part of the phrase ("a man in
            # a canvas jacket came in with a suit over his arm: his grandson’s")
            edge = max((t for t in token.subtree if t.i < token.head.i or token.head.i < token.i), key=lambda t: t.i)
            while edge.pos_ == "PROPN" and edge.i + 1 < token.head.i and edge.nbor().pos_ == "PROPN":
                edge = edge.nbor()  # the rest of a place the parse hung elsewhere ("from Birch | Hollow")
            phrase = text[start : edge.idx + len(edge.text)]
            phrase = re.split(r",|\s+(?:was|is|has|had|who\s+(?:said|says|told))\b", phrase)[0]
            party = read_party(phrase, start, entities.organisations) or read_party(
                text[start : token.idx + len(token)], start, entities.organisations
            )  # "A second nurse named in the complaint": the noun, where what follows it reads as no party
            if party is None and met:  # "I asked my mother": the party reader leaves kin to the names
                party = Party(token.text, "description", token.idx, token.idx + len(token), definite=True)
            if party is None and loose:  # "A seventh-grader came to my office": whatever the noun, who she is
                article = re.match(r"(?:an?|one)\s+", phrase, re.IGNORECASE)
                skip = article.end() if article else 0
                party = Party(phrase[skip:], "description", start + skip, start + len(phrase), definite=False)
            return party
        if (
            any(t.lower_ == "the" for t in token.lefts)
            # not someone's words about them: "Achebe-Marr said the officer at the desk was polite"
            and not (token.head.dep_ == "ccomp" and token.head.head.lower_ in SAYING)
            # a woman, or someone the story brought in before ("One worker, a woman who ..." ... "The worker from
            # the second shift was at the church too")
            and (
                _described_as(token, pronoun)
                or re.compile(rf"\b(?:[Aa]n?|[Oo]ne)\s+{re.escape(token.text)}\b").search(text, 0, token.idx)
            )
            # (not in a paragraph about the he or she already: "He shuts off the press …. The teenager from next door
            # has gone home …" ¶ "“…,” he says" is still him)
            and not re.compile(rf"[^\S\n]*{pronoun}\b", re.IGNORECASE).match(text, text.rfind("\n", 0, token.idx) + 1)
            and (again := _described_before_as(text, token, quoted)) is not None
        ):
            return read_party(*again, entities.organisations)  # where the story first described them
        if loose and any(t.lower_ == "the" for t in token.lefts) and token.lower_ in PERSON_NOUNS:
            start = token.left_edge.idx  # "A: It helped when the superintendent said it. … she said, “…”"
            return read_party(text[start : token.idx + len(token)], start, entities.organisations)
        if _lede_described(token, pronoun, _opening(text, token.idx, names)) and not names.between(
            token.idx, cand.mark_start
        ):
            # "The judge had 31 cases on her calendar ..." ¶ "“…,” she told the courtroom." ¶ "Immigration Judge
            # Constance M. Harrow-Vale has heard ...": the lede's "the judge", whom the story names next
            start, end = token.left_edge.idx, token.idx + len(token)
            # "the junior" is someone, though no word of the party reader's says so
            return read_party(text[start:end], start, entities.organisations) or Party(
                token.text, "description", token.idx, end, definite=True
            )
        # the nearest sentence's subject is someone else (not "her hands", which the parse may make a subject)
        if _main_clause(token) and _someone(token) and not _theirs(token, pronoun) and not _acted_on(token, pronoun):
            # (but a he or she the writer's own kin, who opens the paragraph, is whom a "coach" of no gender in a
            # clause after them leaves: "My son, who is 10, came home …, and the coach had said only that …" ¶
            # "“…?” he asked")
            return _writers_kin_opening(token, pronoun, text, entities)
    return None


def _someone_else_so(text: str, described: Party, pronoun: str, before: int) -> bool:
    """Does the described one's own sentence give this pronoun's gender to someone after them ("The clerk handed
    the judge a file before her first case. “…,” she said": the judge may be the she as well as the clerk)?"""
    end = _SENTENCE_END.search(text, described.end, before)
    # (not "his own", which is the described one's: "An ICE officer did, to have the title to his own pickup notarized")
    other = {"he": r"\b(?:his(?!\s+own\b)|him|he)\b", "she": r"\b(?:her(?!\s+own\b)|hers|she)\b"}[pronoun.lower()]
    return re.search(other, text[described.end : end.start() if end else before], re.IGNORECASE) is not None


def _writers_kin_opening(blocker: Token, pronoun: str, text: str, entities: _Entities) -> Party | None:
    """The writer's kin of this pronoun's gender ("My son") who is the subject of the sentence opening the paragraph
    of `blocker`, a later subject that says no gender ("the coach"); None otherwise."""
    if any(blocker.lower_ in GENDERED_NOUNS[p] for p in ("he", "she")):
        return None
    index = bisect_left(entities.starts, text.rfind("\n", 0, blocker.idx) + 1)
    if index >= len(blocker.doc):
        return None
    for token in blocker.doc[index].sent:
        if token.i >= blocker.i:
            break
        if (
            token.dep_ == "nsubj"
            and token.lower_ in GENDERED_NOUNS[pronoun]
            and any(c.dep_ == "poss" and c.lower_ in ("my", "our") for c in token.children)
        ):
            return Party(token.text, "description", token.idx, token.idx + len(token), definite=True)
    return None


def _acted_on(subject: Token, pronoun: str) -> bool:
    """ "ICE officers picked her up at her next check-in": people who act on this she, whom the story is still
    about, not someone new she could be."""
    if subject.tag_ != "NNS":
        return False
    return any(c.dep_ in ("dobj", "dative") and c.lower_ in _PRONOUN_FORMS[pronoun][1:] for c in subject.head.children)


# One of a group set apart by a description, opening the last sentence before a quote: "One of them, a man in a faded
# Braves cap, shrugs …", "One of my longest customers, a woman who has baked bread here since 1990, phoned"
_ONE_OF = (
    r"(?:^|(?<=[.!?][^\S\n])|(?<=\n))[^\S\n]*One[^\S\n]+of[^\S\n]+"
    r"(?:them|those|these|(?:the|my|our|his|her|their)(?:[^\S\n]+[a-z]+){1,3})"
)
_ONE_OF_THEM = re.compile(
    _ONE_OF + r",[^\S\n]+"
    r"(?P<phrase>an?[^\S\n]+[^,.;:!?“”\"\n]{2,80}),[^.!?“”\"\n]*[.!?]?[^\S\n]*\Z"
)


_ONE_OF_THEM_IS = re.compile(
    _ONE_OF + r"[^\S\n]+is[^\S\n]+"
    r"(?P<phrase>an?[^\S\n]+[^,.;:!?“”\"\n]{2,80}?)(?P<clause>[^\S\n]+(?:who|whose)\b[^.!?“”\"\n]{0,200})?[.!?]\s*\Z"
)


def _in_someones_clause(noun: Token) -> bool:
    """Is the noun the subject of a clause inside a sentence about someone named or he/she ("Oyelaran started the
    fund after a woman from her Bible study … was arrested", "he does not pray unless the man praying with him
    does")? Then the sentence is that one's, not the noun's."""
    verb = noun.head
    return verb.dep_ == "advcl" and any(
        child.dep_ in ("nsubj", "nsubjpass")
        # (a name, not a dateline read as one: "HOLLISTON — The 41-year-old roofer had been … when his wife made")
        and (child.lower_ in ("he", "she") or child.pos_ == "PROPN" and not child.text.isupper())
        for child in verb.head.children
    )


def _goes_on_as(noun: Token, pronoun: str) -> bool:
    """Does the sentence go on as this noun, the subject of a clause that opens it ("When my neighbor heard about
    the office, she came over"): the he/she after that clause, with no he/she/her/him inside it?"""
    verb = noun.head
    return (
        verb.dep_ == "advcl"
        and verb.i < verb.head.i
        and noun.lower_ not in GENDERED_NOUNS[_OTHER_PRONOUN[pronoun]]
        and any(c.dep_ == "nsubj" and c.lower_ == pronoun and c.i > verb.i for c in verb.head.children)
        and not any(t.lower_ in _PRONOUN_FORMS[pronoun] for t in verb.subtree)
    )


def _asked_him(verb: Token, pronoun: str) -> bool:
    """Does this verb ask "him" or "her" something (the pronoun's own object form), so that he or she answers?"""
    return verb.lower_ in ("asked", "asks", "questioned", "pressed") and any(
        c.dep_ in ("dobj", "dative") and c.lower_ == _OBJECT_PRONOUN.get(pronoun) for c in verb.children
    )


def _in_someones_words(noun: Token) -> bool:
    """Is the noun inside what someone named is said to have said ("Kevin Halloran said that … she spent an hour on
    the phone with a man in Texas whose green card …")? Then a he/she after it is the one who said so."""
    for verb in noun.ancestors:
        if verb.dep_ == "ccomp" and verb.head.lower_ in SAYING:
            return any(
                child.dep_ == "nsubj" and child.pos_ == "PROPN" and not child.text.isupper()
                for child in verb.head.children
            )
    return False


def _named_in_apposition(noun: Token, names: NameBook) -> bool:
    """Does a phrase set beside this noun name the person ("The herd manager, a man named Mateo,")? Set off, as
    apposition is: not a place the parse hung there ("a mother of two from Birch Hollow stood")."""
    return any(
        names.between(child.left_edge.idx, child.right_edge.idx + len(child.right_edge))
        for child in noun.children
        if child.dep_ == "appos"
        and child.left_edge.i > 0
        and noun.doc[child.left_edge.i - 1].text in (",", "—", "–", "(")
    )


def _theirs(noun: Token, pronoun: str) -> bool:
    """ "His chief has not authorized him": someone of this he, not another he."""
    return any(t.dep_ == "poss" and _POSSESSIVE_PRONOUN.get(t.lower_) == pronoun for t in noun.children)


def _then_called(noun: Token, pronoun: str) -> bool:
    """Someone a sentence says someone was ("… was a Delmont police officer."), whom the next sentence opens on as
    he or she."""
    if noun.dep_ != "attr" or noun.head.lower_ not in ("was", "is") or not noun.text.islower():
        return False
    if any(e.label_ in ("PERSON", "ORG") for e in noun.sent.ents if e.end <= noun.left_edge.i):
        return False  # "One of them, Percival Dunaway, …, is a sheriff": someone named
    if not any(t.lower_ in ("a", "an") for t in noun.lefts):
        return False
    copula = noun.head
    if copula.dep_ == "relcl" and copula.head.pos_ == "PROPN":
        return False  # "Oluwaseun Trevelyan, who was an interpreter herself": someone named
    if any(t.dep_ in ("nsubj", "nsubjpass") and (t.pos_ == "NOUN" or t.ent_type_ == "PERSON") for t in copula.children):
        return False  # "My brother-in-law is a deputy": the subject is whom the next he is
    after = noun.sent.end
    return after < len(noun.doc) and noun.doc[after].lower_ == pronoun


# the verbs of meeting someone, as written (the pipeline runs no lemmatizer)
_MET = frozenset("talked spoke met interviewed called visited reached".split())


def _met_then_told(noun: Token, pronoun: str) -> bool:
    """Someone of a trade the writer met, and the he/she of the same sentence's next clause: "I talked to a sheriff
    in Georgia last year, and he told me, “…”" is the sheriff, though no word says a he."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    return (
        noun.dep_ in ("pobj", "dobj")
        and noun.lower_ in PERSON_NOUNS
        and verb.lower_ in _MET
        and any(
            t.lower_ == pronoun and t.dep_ == "nsubj" and t.head.dep_ == "conj" and t.head.head == verb
            for t in noun.sent
            if t.i > noun.i
        )
    )


def _remembered_calling(noun: Token) -> bool:
    """Someone the writer remembers calling or telling them something: "I remember a jail sergeant in Lorimer
    County calling me about a grandmother …. “…,” he told me." is the sergeant."""
    if noun.dep_ == "nsubj" and noun.head.tag_ == "VBG":  # (the parse's other reading: the subject of "calling")
        doing, verb = [noun.head], noun.head.head
    elif noun.dep_ == "dobj":
        doing, verb = [t for t in (*noun.children, *noun.head.children) if t.tag_ == "VBG" and t.i > noun.i], noun.head
    else:
        return False
    return (
        verb.lower_ in ("remember", "remembered", "recall", "recalled")
        and any(t.dep_ == "nsubj" and t.lower_ in ("i", "we") for t in verb.children)
        and any(t.lower_ in _REMEMBERED_DOING for t in doing)
    )


# (the pipeline has no lemmatizer: the forms as written)
_REMEMBERED_DOING = frozenset(
    "calling phoning telling asking saying writing texting emailing warning begging pleading shouting yelling "
    "explaining".split()
)


def _clause_end(noun: Token) -> int:
    """Where a subject's own words end: past its relative clauses ("A coworker who was on the roof the day Barajas
    fell, and who asked …"), but not past its verb."""
    clauses = [t for t in noun.children if t.dep_ == "relcl" and t.right_edge.i < noun.head.i]
    if not clauses:
        return noun.idx
    last = max(c.right_edge.i for c in clauses)
    # (the clause's own words, not the document's text, which spaCy builds anew on each call)
    if _GAVE_A_NAME.search(noun.doc[noun.i : last].text):
        return noun.idx  # "a counterprotester who gave his name only as Wade": the name is the subject's own
    return noun.doc[last].idx


_GAVE_A_NAME = re.compile(
    r"\b(?:gave|gives|giving|give)\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+)?name|\bfirst\s+name\b"
    r"|\b(?:named|called|goes\s+by|known\s+as)\b",
    re.IGNORECASE,
)


def _writer_addressed(noun: Token, pronoun: str) -> bool:
    """Someone the writer told or asked something, who answers as he or she: "In 1996 I told my first supervisor
    I thought … “It’s not our job to think,” he told me." is the supervisor."""
    verb = noun.head
    return (
        noun.dep_ in ("dobj", "dative")
        and verb.lower_ in ("told", "asked")
        and any(t.dep_ == "nsubj" and t.lower_ in ("i", "we") for t in verb.children)
        and (
            noun.lower_ in PERSON_NOUNS
            or agent_noun(noun.lower_)
            or _described_as(noun, pronoun)
            or (noun.lower_ == "head" and any(c.lower_ == "of" for c in noun.children))  # "the head of ICE’s office"
        )
        and not _described_as(noun, _OTHER_PRONOUN[pronoun])
    )


def _lede_described(noun: Token, pronoun: str, opening: bool) -> bool:
    """A delayed lede's subject: "The judge" of the story's first paragraph, a trade, title or someone "who ..."
    that the same sentence or the next calls he or she ("on her calendar", "She comes to ..."), whom the story
    names only later."""
    # or the subject's kin in a clause of its own: "The 41-year-old roofer had been in jail for nine days when his
    # wife made the drive" ¶ "“…,” she said" is the wife, whom the story names next
    # (not where "his" and "he" may be one man: "Dale Brinkman … in a business his father started in 1971. Five
    # years ago he began …" ¶ "“…,” he said" is Brinkman)
    kin = noun.lower_ in GENDERED_NOUNS[pronoun] and any(
        t.lower_ in ("his", "her", "their") and t.lower_ not in _PRONOUN_FORMS[pronoun] for t in noun.lefts
    )
    if not ((kin or (any(t.lower_ == "the" for t in noun.lefts) and _main_clause(noun))) and opening):
        return False
    person = (
        noun.lower_ in JOBS
        or _people_noun(noun.lower_)
        or any(c.dep_ == "relcl" and any(w.lower_ == "who" for w in c.children) for c in noun.children)
    )  # "The junior who sits in the second chair ..."
    sentence = noun.sent
    after = noun.doc[sentence.end] if sentence.end < len(noun.doc) else None  # "... She comes to charge her phone"
    return (
        person
        and (
            noun.lower_ in GENDERED_NOUNS[pronoun]  # "The woman who runs the only free law office ..."
            # or "her calendar" with no other person between ("The clerk handed the judge a file before her first case"
            # is the judge's case)
            # (the noun's own appositive is no one else, nor the people the pronoun's phrase is about: "The organizer,
            # a retired nurse in a purple knit cap, handed candles to the people around her")
            or any(
                t.lower_ in _PRONOUN_FORMS[pronoun]
                and not any(
                    (w.pos_ == "PROPN" or _people_noun(w.lower_) or w.lower_ in JOBS)
                    and w.head.i != noun.i
                    and w.i not in {a.i for a in t.ancestors}
                    for w in noun.doc[noun.i + 1 : t.i]
                )
                for t in sentence
                if t.i > noun.i
            )
            or (after is not None and after.lower_ == pronoun)
        )
    )


_PRONOUN_FORMS = {"she": ("she", "her", "herself"), "he": ("he", "his", "him", "himself")}


def _someone(token: Token) -> bool:
    """Could this subject be a person a he/she points to: a name, a personal pronoun, a noun for people (not
    "nobody has opened", "it was")?"""
    if token.pos_ == "PRON":
        return token.lower_ in ("he", "she", "i", "we", "they", "you")
    return token.pos_ == "PROPN" or _people_noun(token.lower_)


_ARTICLE = "(?:a|an|the)"


def _described_before_as(text: str, noun: Token, quoted: list[tuple[int, int]]) -> tuple[str, int] | None:
    """ "The woman in the red scarf was still in her chair" after "The woman in the red scarf arrived an hour
    before anyone else": the same words earlier in the story, and where they stand (a feature's epithet for
    someone it names later, "Her name is Rosa Ferreira"), else these words here; None for "the woman" alone."""
    right = noun.right_edge if noun.right_edge.i - noun.i <= 6 else noun
    phrase = text[noun.left_edge.idx : right.idx + len(right.text)]
    phrase = re.split(r",|\s+(?:was|is|has|had|who)\b", phrase)[0]
    if len(phrase.split()) < 3:  # "the woman" alone says nothing of which woman
        return None
    # whatever its articles: "the man in the baseball cap" was "a man in a baseball cap" when the story met him
    words = [_ARTICLE if word.lower() in ("a", "an", "the") else re.escape(word) for word in phrase.split()]
    earlier = re.compile(r"\s+".join(words), re.IGNORECASE).search(text, 0, noun.left_edge.idx)
    if earlier is None or inside(quoted, earlier.start()):
        return phrase, noun.left_edge.idx  # the first time: here
    return text[earlier.start() : earlier.end()], earlier.start()


def _described_as(noun: Token, pronoun: str) -> bool:
    """Is this described person a he/she by the words that describe them: a woman, a father, or someone of any
    trade with such a word beside it ("A conductor, a tall woman with reading glasses")? A worker with no such
    word is too often someone else's."""
    gendered = GENDERED_NOUNS[pronoun]
    return (
        noun.lower_ in gendered
        or any(c.dep_ == "appos" and c.lower_ in gendered for c in noun.children)
        # or whose own clause says it: "A deputy court administrator at the court, who spoke … because she is not
        # authorized …" (the clause the parse may hang on the place)
        or (
            (noun.lower_ in PERSON_NOUNS or agent_noun(noun.lower_))
            and any(
                (
                    t.lower_ == pronoun
                    and t.dep_ in ("nsubj", "nsubjpass")
                    # (or their own things: "A musher from Ely who had driven four hours with his dogs"; not a group's
                    # nor one set beside someone named: "Graciela Pons, a cook at a diner, who … stopped her")
                    # (and only a subject's: "Okafor learned to call from a farmer who ran a dance in his barn" is
                    # Okafor's story, whatever the model makes of his name)
                    or t.lower_ == _POSSESSIVE_OF_SUBJECT[pronoun]
                    and t.dep_ == "poss"
                    and noun.dep_ in ("nsubj", "nsubjpass")
                    and noun.tag_ != "NNS"
                    and not any(e.label_ == "PERSON" for e in noun.sent.ents if e.end <= noun.i)
                )
                and t.head != c
                for c in _relative_clauses(noun)
                if any(w.dep_ == "nsubj" and w.lower_ in ("who", "that") for w in c.children)
                for t in c.subtree
            )
        )
        # or whose own sentence says it: "A unit clerk on the same floor said the officers asked her twice …"
        # (in what they report, not as whom they spoke to: "One father … asked her whether"; and not inside what
        # someone else reports: "She said a court officer told her")
        or (
            noun.head.lower_ in SAYING
            and noun.head.dep_ != "ccomp"
            and noun.lower_ not in GENDERED_NOUNS[_OTHER_PRONOUN[pronoun]]
            and any(
                t.lower_ == _OBJECT_PRONOUN[pronoun]
                and t.dep_ in ("dobj", "dative")
                and t.i > noun.head.i
                and t.head != noun.head
                or t.lower_ == pronoun  # or of themselves: "One milker … said he now drives to work on back roads"
                and t.dep_ == "nsubj"
                and t.head.dep_ == "ccomp"
                and t.head.head == noun.head
                for t in noun.sent
            )
        )
        # or whose own sentence goes on as them, naming nobody: "My neighbor came over with her bill", "When my
        # neighbor heard about it, she came over"
        or (
            noun.lower_ in PERSON_NOUNS
            and noun.lower_ not in GENDERED_NOUNS[_OTHER_PRONOUN[pronoun]]
            and noun.dep_ in ("nsubj", "nsubjpass")
            and not any(c.lower_ == _OBJECT_PRONOUN[pronoun] for c in noun.head.children)  # "told her that her"
            and not any(t.lower_ in _PRONOUN_FORMS[pronoun] for t in noun.sent if t.i < noun.i)  # "he …, when a"
            and any(
                # (what they came with, not what they came to: "a reporter visited his office" is someone else's)
                t.lower_ == _POSSESSIVE_OF_SUBJECT[pronoun]
                and t.dep_ == "poss"
                and t.head.dep_ == "pobj"
                and t.head.head.head == noun.head
                or t.lower_ == pronoun
                and t.dep_ == "nsubj"
                and noun.head.dep_ == "advcl"
                and noun.head.head == t.head
                for t in noun.sent
                if t.i > noun.i
            )
            and not any(e.label_ == "PERSON" for e in noun.sent.ents)  # (read last: the slowest)
        )
        # or who asked to go unnamed: "A second nurse named in the complaint ... asked that her name not be used"
        or (
            noun.lower_ in PERSON_NOUNS
            and noun.lower_ not in GENDERED_NOUNS[_OTHER_PRONOUN[pronoun]]
            and any(
                t.lower_ == _POSSESSIVE_OF_SUBJECT[pronoun] and t.dep_ == "poss" and t.head.lower_ == "name"
                for t in _own_sentences(noun, pronoun)
                if t.i > noun.i
            )
        )
    )


_ASKING_OR_TELLING = frozenset("told tells asked asks".split())


def _reported_just_before(noun: Token, pronoun: str, text: str, mark: int) -> bool:
    """Did this described person, of no gender the pronoun contradicts, say something in the sentence just before
    the quote ("One juror, a retired postal clerk who asked not to be named, said the photo had settled it." ¶
    "“…,” she said")? Who goes on speaking is who spoke last."""
    verb, sentence = noun.head, noun.sent
    return (
        noun.dep_ == "nsubj"
        and verb.dep_ == "ROOT"
        and verb.lower_ in SAYING - _ASKING_OR_TELLING  # (who asked, or told someone, is not who answers)
        and noun.left_edge.i == sentence.start  # (the sentence's own subject: not "Lily, a sophomore, said")
        # (nobody else in the sentence it could be: "Lily, a sophomore outside hitter, said", "A nurse, whom she
        # did not name, told him")
        and not any(t.pos_ == "PROPN" or t.lower_ in _PRONOUN_FORMS[pronoun] for t in sentence if t.i != noun.i)
        and _person_noun(noun)
        and noun.lower_ not in GENDERED_NOUNS[_OTHER_PRONOUN[pronoun]]
        and not any(c.dep_ == "appos" and c.lower_ in GENDERED_NOUNS[_OTHER_PRONOUN[pronoun]] for c in noun.children)
        and not text[noun.sent.end_char : mark].strip()
    )


def _whose_who(noun: Token) -> bool:
    """Is a "who" clause the parse hung on a thing this person noun carries theirs ("a woman in a green jacket,
    who said …": the parse makes the jacket the one who said)?"""
    return _person_noun(noun) and any(
        t.dep_ == "relcl"
        and t.head.i > noun.i
        and not _person_noun(t.head)
        and any(c.lower_ == "who" and c.dep_ == "nsubj" for c in t.children)
        for t in noun.subtree
    )


def _person_noun(noun: Token) -> bool:
    """A noun for a person: a trade or a woman, a man, a girl."""
    return noun.lower_ in PERSON_NOUNS or any(noun.lower_ in nouns for nouns in GENDERED_NOUNS.values())


def _named_as_attribute(noun: Token, names: NameBook) -> bool:
    """Does the noun's sentence say who it is by name ("The woman behind the table is Marisol Lucero")?"""
    verb = noun.head
    if verb.lower_ not in ("is", "was", "are", "were", "’s", "'s"):  # (the pipeline has no lemmatizer)
        return False
    return any(
        c.dep_ == "attr" and names.between(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text))
        for c in verb.children
    )


def _own_sentences(noun: Token, pronoun: str) -> list[Token]:
    """The noun's sentence, and the next when it opens on this he/she ("One teacher … told the Courier …. She asked
    that her name not be used")."""
    tokens = list(noun.sent)
    doc, after = noun.doc, noun.sent.end
    if after < len(doc) and doc[after].lower_ == pronoun and "\n" not in doc[noun.sent.end - 1 : after + 1].text:
        tokens += list(doc[after].sent)
    return tokens


_POSSESSIVE_OF_SUBJECT = {pronoun: own for own, pronoun in _POSSESSIVE_PRONOUN.items()}  # "she": "her"
_PERSON_OF = {"she": "woman", "he": "man"}


def _compared(noun: Token) -> bool:
    """A noun after "like": "she did not sound like a woman looking for sympathy" names no one there."""
    head = noun.head.head if noun.head.dep_ == "pcomp" else noun.head
    return head.lower_ in ("like", "unlike")


def _relative_clauses(noun: Token) -> list[Token]:
    """The relative clauses on a noun, or on the noun of its prepositional phrase ("administrator at the court,
    who")."""
    nouns = [noun] + [o for p in noun.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return [c for n in nouns for c in n.children if c.dep_ == "relcl"]


def _spoke_to(text: str, quote: _Candidate, pronoun: str) -> bool:
    """Does the cue of this quote name a listener this he/she can be ("told her", "asked him")?"""
    if quote.cue_span is None:
        return False
    start, end = quote.cue_span
    listener = re.search(r"\b(\w+)\W*$", text[start:end]) if " " in text[start:end] else None  # "told her"
    listener = listener or re.match(r"\s+(\w+)\b", text[end : end + 12])  # "told" ... " her"
    return listener is not None and listener.group(1).lower() == _OBJECT_PRONOUN.get(pronoun.lower())


def _other_pronoun(
    cand: _Candidate,
    pronoun: str,
    candidates: list[_Candidate],
    quoted: list[tuple[int, int]],
    names: NameBook,
    turns: Turns,
    entities: _Entities,
) -> None:
    """ "it", "we" and "they" for an organisation credited just before ("ICE said ... It added"); "you" in an
    interview's question for the person whose answers follow (the label "SHARRY:" after "Q: ... you wrote")."""
    text = entities.text
    if pronoun == "you":
        if person := _addressee(text, cand.paragraph[0], names, turns, cand.mark_start):
            cand.speaker, cand.kind, cand.how, cand.shape = person, "person", "pronoun", "pronoun"
        return
    credited = [
        c
        for c in _before_this(cand, candidates, reach=1500)
        if c.party
        and (c.party.kind == "organisation" or pronoun == "they" and _plural(c.party.text))
        and not (pronoun == "they" and c.party is entities.house)  # "we" are never "they"
        and (pronoun != "they" or c.paragraph[0] >= (cand.previous_paragraph or cand.paragraph)[0])
    ]  # "The detainees"; a "they" no further back than the paragraph before
    if pronoun == "they" and (people := _people_before(text, cand)) is not None:
        cand.party, cand.kind, cand.how, cand.speaker = people, "description", "pronoun", people.text
        return
    if pronoun == "it" and _document_it(cand, entities, quoted):
        if cand.party is not None:  # "ICE sent us a statement. It says, “…”": the statement's author
            cand.kind, cand.speaker = cand.party.kind, cand.party.text
        elif cand.name is not None:
            cand.kind, cand.speaker = "person", names.fullest(cand.name, near=cand.mark_start)
        return
    if pronoun in ("it", "they"):
        subject, at = _subject_party(cand, entities, quoted, nearest_only=pronoun == "they", sure_only=True)
        if subject is not None and (not credited or at > credited[0].mark_end):
            # "Asked about enforcement, the agency pointed to ... “…,” it said", "a dozen workers ... gathered ...
            # “…,” they said": whoever the story has spoken of since the last of them was quoted
            cand.party, cand.kind, cand.how, cand.speaker = subject, subject.kind, "pronoun", subject.text
            return
    party = credited[0].party if credited else None
    if pronoun == "we" and entities.house is not None:
        party = None  # a newsletter's "we" is its own organisation, whoever it quoted before
    if party is None and pronoun in ("it", "they"):  # "they" only when the nearest subject is an organisation
        party = _subject_party(cand, entities, quoted, nearest_only=pronoun == "they")[0]
    opens = re.search(r"(?:^|[.!?:,][”\"’]?)\s*$", text[cand.paragraph[0] : cand.mark_start]) is not None
    if party is None and pronoun == "we" and (opens or cand.shape == "partial"):
        # "we told the board that “…”", not the “opt out” inside "asking to “opt out”, we warned"
        party = entities.house
    if party is not None:
        cand.party, cand.kind, cand.how, cand.speaker = party, party.kind, "pronoun", party.text


# What a study finds, rather than says: "It describes a system that is “…”" is the study's only where the story
# says whose it is
_IT_FINDS = frozenset(
    "describes described calls called finds found warns warned recommends recommended concluded".split()
)
_IT_READS = re.compile(
    r"[Ii]t\s+(?P<cue>says|said|reads|read|states|stated|adds|added|notes|noted|continues|concludes|"
    + "|".join(sorted(_IT_FINDS))
    + r")\b"
)  # "It says," "it reads": a document's words, when the sentence before names one


_A_DOCUMENT = re.compile(rf"\b(?:{WRITING})\b", re.IGNORECASE)
# Where someone said something, just before the document: "said in a statement", "wrote on its website"
_IN_A_DOCUMENT = re.compile(r"\b(?:in|on)\s+(?:an?|the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}$", re.I)


def _document_it(cand: _Candidate, entities: _Entities, quoted: list[tuple[int, int]]) -> bool:
    """Credit "It says, “…”" to the author of the document the sentence before it names last ("ICE sent us a
    statement for today’s program. It says, “…”"; "The report's main recommendation is …. “…,” it says")."""
    text = entities.text
    if cand.source is None or (said := _IT_READS.match(text, cand.source[0])) is None:
        return False
    own = _sentence_start(text, cand.paragraph[0], min(cand.source[0], cand.mark_start))
    before = _sentence_start(text, cand.paragraph[0], max(cand.paragraph[0], own - 2))  # the sentence before it
    documents = [  # (not one inside the words quoted: "… no more legal force than a letter.”")
        m for m in _A_DOCUMENT.finditer(text, before, cand.source[0]) if not inside(quoted, m.start())
    ]
    if not documents or any(
        # (not after someone said something in one: "ICE said in a statement that … a final order …. “…,” it said"
        # is ICE's)
        _IN_A_DOCUMENT.search(text, max(0, m.start() - 30), m.start())
        for m in documents
    ):
        return False
    doc = documents[-1].group(0)
    if said.group("cue") in _IT_FINDS and re.fullmatch(_RESEARCH, doc.lower()):
        # "It describes a system that is “…”": a study's, where the story says whose
        if (issuer := _research_issuer(cand, entities, lede=False)) is None:
            return False
        cand.party, cand.source, cand.how = issuer, (issuer.start, issuer.end), "lead-in"
        _set(cand, said, 0, "organisation")
        return True
    return _credit_document(cand, said, 0, entities, doc=doc)


def _people_before(text: str, cand: _Candidate) -> Party | None:
    """ "When she took it to the guards, they told her it was “being handled”": the people of a trade its own
    sentence names just before "they"."""
    if cand.source is None:
        return None
    start = _sentence_start(text, cand.paragraph[0], cand.source[0])
    found = next(reversed(list(_THE_PEOPLE.finditer(text, start, cand.source[0]))), None)
    if found is None or found.group("noun").lower() not in PERSON_NOUNS or not _plural(found.group("noun")):
        return None
    if re.search(r"[“”\"]", text[found.end() : cand.source[0]]):
        return None
    return Party(found.group("noun"), "description", found.start("noun"), found.end("noun"), definite=True)


# "the guards", "the nurses": a trade's people, named by their plural
_THE_PEOPLE = re.compile(r"\b[Tt]he[^\S\n]+(?P<noun>[a-z]+s)\b")
# Whose newsletter or letter this is, in its masthead ("Prairie Justice Project Newsletter — October", "Citizens for
# Lawful Borders — Member Update", "A weekly newsletter from the Riverbend Coalition") or its sign-off ("In
# solidarity, The Prairie Justice Project staff"): who "we" are when no organisation was quoted before.
_MASTHEAD = re.compile(
    # "THE CHALKBOARD — Newsletter of the Brayton Federation of Teachers, Local 3310 — November": whose it is
    # (or opening its line: "Newsletter of the Millrace Food Co-op — November")
    r"^(?:(?:[^\n—–]{2,60}[—–]\s+)?(?:[A-Z]\w*\s+)?(?:Newsletter|Bulletin|Magazine|Journal)\s+(?:of|from)\s+(?:the\s+)?"
    r"(?P<by>[A-Z][^.,;\n—–]{2,80})"
    # a column's heading: "From the Harmon Valley Youth Orchestra Parents’ Circle: Playing on for Camila"
    r"|From\s+the\s+(?P<column>[A-Z][^\n:—–]{2,80}?)\s*[:—–]"
    r"|(?:A|An|The)\s+(?:[a-z]+\s+)?(?:newsletter|bulletin|update|letter)\s+from\s+(?:the\s+)?(?P<from>[^.\n—–]{3,80})"
    # "The Open Door: News from the Riverbend Immigrant Legal Project, Spring Issue"
    r"|(?:[A-Z][^\n:—–]{1,60}:\s+)?(?:News|Notes|Updates?)\s+from\s+(?:the\s+)?(?P<news>[A-Z][^.,\n—–]{2,80})"
    r"|(?:The\s+)?(?!(?:The|Community|Member|Daily|Monthly|Weekly|Quarterly)\s)(?P<org>[A-Z][^\n—–:]{2,80}?)(?:[’']s)?\s+"
    r"(?:(?:Community|Member|Monthly|Weekly|Quarterly)\s+)?"
    r"(?:Newsletter|Bulletin|Update|Dispatch)\b|(?:The\s+)?(?P<dash>[A-Z][^\n—–:]{2,80}?)\s+[—–]\s+(?:\w+\s+)?"
    r"(?:Newsletter|Bulletin|Update|Dispatch)\b"
    # an email newsletter's sender line: "Tri-County Immigrant Alliance | Friday edition | Read in your browser"
    r"|(?P<pipe>[A-Z][^|\n]{2,80}?)\s+\|[^\n]*\b(?:[Ee]dition|[Nn]ewsletter|[Bb]rowser)\b"
    # "The Border Ledger is the weekly newsletter of the Sandmere Immigrant Rights Coalition."; an editorial's
    # signature line, or its byline ("By the Sentinel Editorial Board")
    r"|(?:By\s+)?(?:[Tt]he\s+)?(?P<board>[A-Z][^\n—–:]{2,80}?)\s+[Ee]ditorial\s+[Bb]oard\s*$"
    r"|[^\n]*?\b(?:is|are)\s+(?:the|a)\s+(?:[a-z]+\s+){0,2}(?:newsletter|letter|bulletin|update|publication)\s+"
    r"(?:of|from|published\s+by)\s+(?:the\s+)?(?P<of>[A-Z][^.,;\n—–]{2,80}))",
    re.MULTILINE,
)
_SIGN_OFF = re.compile(
    r"^(?:[—–-]\s*|(?:In\s+solidarity|Sincerely|Onward|With\s+gratitude|Yours|In\s+peace|Together|Warmly|Gratefully|"
    r"With\s+thanks|Thank\s+you|See\s+you(?:\s+[\w’'-]+){0,4}),\s+)"
    r"(?:[Tt]he\s+)?(?P<org>[A-Z][^\n,]{2,80}?)(?:\s+(?:staff|team|board|members|editorial\s+board|editors))?\.?\s*$",
    re.MULTILINE,
)

# A newsletter's closing line on whose it is: "Tenant Times is the newsletter of the Maple Court Tenants Association."
_PUBLISHED_BY = re.compile(
    r"^[A-Z][^\n.]{0,60}?\s+is\s+(?:the|a)\s+(?:[\w-]+\s+){0,2}?(?:newsletter|bulletin|magazine|publication)\s+"
    r"(?:of|from)\s+(?:the\s+)?(?P<org>[A-Z][^\n,]{2,80}?)\.?\s*$|^[A-Z][^\n.]{0,60}?\s+is\s+published\s+"
    r"(?:\w+\s+)?by\s+(?:the\s+)?(?P<by>[A-Z][^\n,]{2,80}?)\.?\s*$",
    re.MULTILINE,
)


def _house_organisation(text: str, entities: _Entities) -> Party | None:
    """The organisation a newsletter or letter comes from (masthead in its first lines, else its sign-off or its
    closing line on whose it is)."""
    head_end = 0
    for _ in range(3):  # the first three paragraphs, found without splitting the whole text
        head_end = text.find("\n\n", head_end + 2) if head_end >= 0 else -1
    head = text if head_end < 0 else text[:head_end]
    mastheads = list(_MASTHEAD.finditer(head))
    found = [
        (m.start(g), m.group(g))
        for m in mastheads
        for g in ("by", "of", "from", "news", "org", "dash", "pipe", "board")
        if m.group(g)
    ]
    boards = {m.start("board") for m in mastheads if m.group("board")}  # a paper, whatever its one word reads as
    found += [(m.start("org"), m.group("org")) for m in _SIGN_OFF.finditer(text, max(0, len(text) - 400))]
    found += [
        (m.start(g), m.group(g))
        for m in _PUBLISHED_BY.finditer(text, max(0, len(text) - 400))
        for g in ("org", "by")
        if m.group(g)
    ]
    # a column's heading last: "From the Sheriff’s Desk:" over "Brandon County Sheriff’s Office Community Newsletter"
    found += [(m.start("column"), m.group("column")) for m in mastheads if m.group("column")]
    for start, phrase in found:
        phrase = phrase.strip()
        if fuller := _written_in_full(text, phrase):  # "By the Sentinel Editorial Board" ... "the Ostrander Sentinel’s"
            phrase = fuller
        party = read_party(phrase, start, entities.organisations)
        if party is not None and party.kind == "organisation":
            return Party(phrase, "organisation", start, start + len(phrase), definite=True)  # not "… Newsletter"
        words = phrase.split()
        if start in boards or len(words) > 1 and words[-1][:1].isupper() and not first_name_first(phrase):
            # "Citizens for Lawful Borders"; "The Sentinel-Ledger editorial board"
            return Party(phrase, "organisation", start, start + len(phrase), definite=True)
    return None


def _written_in_full(text: str, name: str) -> str | None:
    """The longest form of a one-word name the text writes with capitalised words before it, if any."""
    if " " in name:
        return None
    fuller = [m.group(0) for m in re.finditer(rf"\b(?:[A-Z][\w’'.-]*[^\S\n]+){{1,3}}{re.escape(name)}\b", text)]
    fuller = [f for f in fuller if f.split()[0] not in ("The", "By", "A", "An")]
    return max(fuller, key=len) if fuller else None


_CAPITALISED_NAME = re.compile(r"\b[A-Z][\w’'.&-]*(?:[^\S\n]+(?:[A-Z][\w’'.&-]*|of|for|and|the)){1,6}\b")


def _written_organisation(text: str, low: int, high: int, noun: str, *, of_kind_only: bool = False) -> Party | None:
    """The last organisation named in full in text[low:high] that the model did not read as one: of this kind
    ("The Dunmore Police Department" or "the Office of Inspector General" for "the department", "the office"),
    else (unless `of_kind_only`) any name holding an organisation's word ("The Alder Immigrant Alliance" for "the
    group")."""
    kind = noun.title()
    of_kind = re.compile(
        rf"\b(?:(?:[A-Z][\w’'.&-]*[^\S\n]+){{1,5}}{kind}|{kind}[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?[A-Z][\w’'.&-]*"
        rf"(?:[^\S\n]+[A-Z][\w’'.&-]*){{0,4}})\b"
    )
    found = list(of_kind.finditer(text, low, high))
    if not found and not of_kind_only:
        found = [m for m in _CAPITALISED_NAME.finditer(text, low, high) if set(m.group(0).split()) & ORG_WORDS]
    if not found:
        return None
    phrase = re.sub(r"^The\s+", "", found[-1].group(0))
    at = found[-1].start() + found[-1].group(0).find(phrase)
    return Party(phrase, "organisation", at, at + len(phrase), definite=True)


def _asked_whether_it(token: Token, entities: _Entities) -> Party | None:
    """The organisation someone asked whether "it" did something: who answers as "it" next."""
    if token.dep_ != "dobj" or token.head.lower_ not in ("asked", "asks"):
        return None
    ent = next(((s, e) for s, e in entities.organisations if s <= token.idx < e), None)
    if ent is None or not re.match(r"\s+(?:whether|if)\s+it\b", entities.text[ent[1] : ent[1] + 20]):
        return None
    return read_party(entities.text[ent[0] : ent[1]], ent[0], entities.organisations)


def _subject_party(
    cand: _Candidate,
    entities: _Entities,
    quoted: list[tuple[int, int]],
    *,
    nearest_only: bool = False,
    sure_only: bool = False,
) -> tuple[Party | None, int]:
    """What "it said" points back to when no organisation was quoted before: the organisation that is the subject
    of the nearest sentence before the quote that has one, outside quotation marks, within the paragraph or the
    one before ("The department has also promised public forums. “…,” it said"; people are passed over: "it"
    is never a person). A bare "the department" is the organisation the story named last before it, of that
    kind if it named one (the Pinal Springs Police Department); with `sure_only`, only then. With the party, where
    the subject that stands for it is."""
    doc, text = entities.doc, entities.text
    if doc is None:
        return None, -1
    low = (cand.previous_paragraph or cand.paragraph)[0]
    first, last = bisect_left(entities.starts, low), bisect_left(entities.starts, cand.mark_start)
    passed_person = False  # "they" after one person's sentence: a group further back, never an organisation
    for token in reversed(doc[first:last]):
        if (asked := _asked_whether_it(token, entities)) is not None and not inside(quoted, token.idx):
            return asked, token.idx  # "We asked the county library system whether it knew. It said: “…”"
        if token.dep_ not in ("nsubj", "nsubjpass") or inside(quoted, token.idx) or not _main_clause(token):
            continue
        if ent := next(((s, e) for s, e in entities.organisations if s <= token.idx < e), None):
            return None if passed_person else read_party(
                text[ent[0] : ent[1]], ent[0], entities.organisations
            ), token.idx
        if nearest_only and (group := _people_group(token)) is not None:
            return group, token.idx  # "Three county commissioners voted … “…,” they said": the commissioners
        if passed_person and token.lower_ in ORGANISATION_NOUNS:
            return None, -1
        if (
            nearest_only
            and token.tag_ == "NN"
            and token.lower_ in ORGANISATION_NOUNS
            and any(t.dep_ in ("aux", "auxpass") and t.lower_ in ("is", "was", "has") for t in token.head.children)
        ):  # "the drivers have asked ..., and the select board is expected ... they said": not the board
            continue
        if token.lower_ in ORGANISATION_NOUNS and any(
            t.lower_ in ("the", "its", "this") or t.dep_ == "poss" for t in token.lefts
        ):  # "the agency", "the inspector general’s office"
            left = min(t.left_edge.idx for t in token.lefts)
            before = [
                (s, e)
                for s, e in entities.organisations
                if e <= left and not inside(quoted, s) and not _dateline_or_label(text, s, e)
            ]
            earlier = [(s, e) for s, e in before if s >= low - WINDOW] or before
            # (of the same qualifier too: "The sheriff’s office" is no "Brannock County Auditor’s Office")
            qualifiers = [
                re.sub(r"[’']s$", "", t.lower_)
                for t in token.lefts
                if t.dep_ in ("poss", "compound") and t.pos_ in ("NOUN", "PROPN") and t.is_lower
            ]
            kind = [(s, e) for s, e in earlier if _of_kind(text[s:e], token.lower_, qualifiers)] or [
                (s, e) for s, e in before if _of_kind(text[s:e], token.lower_, qualifiers)
            ]  # "The association" ¶s after the Great Lakes Sheriffs’ Association
            if not kind and token.lower_ in _COMPANY_NOUNS and (company := _company_named(text, left, quoted)):
                return company, token.idx  # "The company faces a lawsuit" after "Sentinel Correctional Group Inc."
            if sure_only and not kind:
                written = _written_organisation(text, 0, left, token.text, of_kind_only=True)
                if (
                    written is not None
                    and qualifiers
                    and not _of_kind(_run_from(text, written), token.lower_, qualifiers)
                ):
                    written = None
                return written, token.idx if written else -1
            if (
                not kind
                and (named_as := organisation_named(doc, text, token.lower_, left))
                and (not qualifiers or _of_kind(named_as, token.lower_, qualifiers))
            ):
                # "ICE did not comment ... The agency has said ... “…,” it said": the last one of its kind, by name
                at = text.rfind(named_as, 0, left)
                return read_party(named_as, at, entities.organisations), token.idx
            if named := (kind or ([] if qualifiers else earlier)):
                return read_party(text[named[-1][0] : named[-1][1]], named[-1][0], entities.organisations), token.idx
            written = _written_organisation(text, max(0, low - WINDOW), left, token.text)
            if written is not None and (not qualifiers or _of_kind(_run_from(text, written), token.lower_, qualifiers)):
                return written, token.idx
            return read_party(text[left : token.idx + len(token.text)], left, entities.organisations), token.idx
        if not nearest_only or token.lower_ in ("it", "they") or token.pos_ not in ("NOUN", "PROPN", "PRON"):
            continue
        if any(t.dep_ in ("dobj", "dative") and t.lower_ == "them" for t in token.head.children):
            continue  # "we asked them what had changed. “…,” they said": whoever "them" is, further back
        if token.tag_ in ("NNS", "NNPS") or token.lower_ in _COLLECTIVE or token.lower_ == "them":
            return None, -1  # "Several of them said …. “…,” they said": people, but not ones to name
        passed_person = True  # "a retired deputy begged them": one person, not who "they" are
    return None, -1


def _run_from(text: str, party: Party) -> str:
    """The words from a party's start to the end of its clause: "Office" read as "Office of Inspector General of the
    Department of Homeland Security"."""
    return re.split(r"[.,;:!?\n]", text[party.start : party.start + 120])[0]


def _of_kind(name: str, noun: str, qualifiers: list[str]) -> bool:
    """Is the organisation of this name one a bare "the office" or "the sheriff’s office" can stand for?"""
    words = [re.sub(r"[’']s$", "", word) for word in name.lower().split()]
    return noun in words and all(q in words for q in qualifiers)


def _person_as_facility(name: str) -> bool:
    """ "Anatoly Brisbane-Ruiz", read by the model as a building: a common first name, one or two more capitalised
    words, none of them a building's or an organisation's."""
    words = name.split()
    return 2 <= len(words) <= 3 and first_name_first(name) and not any(w in ORG_WORDS or w in _BUILDINGS for w in words)


_BUILDINGS = frozenset(
    "Hall Tower Bridge Park Building Airport Station Arena Stadium Field Centre Library Museum Plaza Square Mall "
    "Chapel Cathedral Courthouse Jail Prison Camp Dam Lake River Road Avenue Boulevard Highway Way Lane Drive "
    "Terminal Pier Port Gardens Memorial".split()
)


_COMPANY_NOUNS = frozenset("company firm corporation operator contractor".split())
_COMPANY_NAME = re.compile(rf"\b[A-Z][\w’'.&-]*(?:[^\S\n]+[A-Z][\w’'.&-]*){{0,5}}[^\S\n]+{CORPORATE_SUFFIX}(?!\w)")


def _company_named(text: str, before: int, quoted: list[tuple[int, int]]) -> Party | None:
    """The last company the story named in full ("… Inc.", "… Co.") before `before`, outside quotations."""
    found = [m for m in _COMPANY_NAME.finditer(text, 0, before) if not inside(quoted, m.start())]
    if not found:
        return None
    name = re.sub(r"^The\s+", "", found[-1].group(0))
    at = found[-1].end() - len(name)
    return Party(name, "organisation", at, found[-1].end(), definite=True)


# A plural subject's collective head: "a group of students", "dozens of parents", "members of the alliance".
_COLLECTIVE = frozenset("group crowd handful dozens hundreds scores couple pair number few several some".split())


def _main_clause(subject: Token) -> bool:
    """Is this the subject of its sentence's own verb (or of one joined to it), not of a clause inside it ("…
    demanding that the administration send more troops": not the administration)?"""
    verb = subject.head
    while verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head
    low, high = sorted((verb.i, verb.head.i))
    # a parse run on from the headline above (the tokens' own text: Doc.text is built anew on every read)
    return verb.dep_ == "ROOT" or any("\n" in t.text_with_ws for t in verb.doc[low:high])


def _people_noun(plural: str) -> bool:
    """Is this plural noun people ("volunteers", "governors", "congregants", "chaplains")? The lexicon's nouns in
    either number, and plurals of the endings that name people by what they do or believe."""
    if plural in PERSON_NOUNS or plural.endswith(("ants", "ents", "ists", "ians", "ains", "eers")):
        return True
    singular = plural[:-3] + "y" if plural.endswith("ies") else plural[:-1] if plural.endswith("s") else plural
    return singular in PERSON_NOUNS or singular.endswith("man") and plural.endswith("men") or agent_noun(plural)


_QUANTIFIERS = frozenset("several many some few most all both other various numerous dozens hundreds".split())


def _people_group(subject: Token) -> Party | None:
    """The people a plural subject names, for a "they" that follows it: "three county commissioners" → "county
    commissioners", "a group of students from …" → "students", "members of the alliance" → "members of the
    alliance" (a described group, never a person)."""
    head: Token | None = subject
    if subject.lower_ in _COLLECTIVE or subject.like_num:  # "twenty-two of our volunteers"
        of = next((t for t in subject.rights if t.dep_ == "prep" and t.lower_ == "of"), None)
        head = next((t for t in of.rights if t.dep_ == "pobj"), None) if of is not None else None
        if of is None and subject.lower_ in _QUANTIFIERS and subject.sent.start > 0:
            # "We asked our volunteers what surprised them. Several had expected anger.": some of the people the
            # sentence before is about, its subject or its object
            before = subject.doc[subject.sent.start - 1].sent
            head = next(
                (
                    t
                    for dep in ("nsubj", "dobj")
                    for t in before
                    if t.dep_ == dep and t.head == before.root and t.tag_ == "NNS" and _people_noun(t.lower_)
                ),
                None,
            )
    if head is None:
        return None
    if head.tag_ not in ("NNS", "NNPS") or not _people_noun(head.lower_):
        return None
    of = next((t for t in head.rights if t.dep_ == "prep" and t.lower_ == "of"), None)
    if head.text[0].isupper() and head.i > head.sent.start and of is not None:
        # "The Friends of the Pell Harbor Library ... they said": a group's name, not a description
        last = max(of.subtree, key=lambda t: t.i)
        name = head.doc[head.i : last.i + 1].text
        return Party(name, "organisation", head.idx, head.idx + len(name), definite=False)
    first = head.i  # the noun's own words before it: "county commissioners", "Republican governors", not "three"
    while (
        first > 0
        and head.doc[first - 1].head.i >= head.i
        and head.doc[first - 1].lower_ not in _QUANTIFIERS  # "Several pickers": pickers
        and (
            head.doc[first - 1].dep_ == "compound"
            or head.doc[first - 1].dep_ == "amod"
            and head.doc[first - 1].is_title
        )
    ):
        first -= 1
    last = head
    of = next((t for t in head.rights if t.dep_ == "prep" and t.lower_ == "of"), None)
    if head.lower_ == "members" and of is not None:  # "members of the alliance": whose members
        last = max(of.subtree, key=lambda t: t.i)
    words = head.doc[first : last.i + 1]  # the span's own text: Doc.text is built anew on every read
    return Party(words.text, "description", words.start_char, words.end_char, definite=False)


Turns = list[tuple[int, str]]  # where each turn of an interview starts, and its label
# A turn of an interview or transcript: "Q:", "A:", "SHARRY:", "DANA KELLER:", "CALLER (BRAD, WRENFIELD):".
_TURN = re.compile(
    r"[^\S\n]*(?P<label>[A-Z][A-Z’'.-]*(?:[^\S\n]+[A-Z][A-Z’'.-]+){0,2})(?:[^\S\n]*\([^()\n]{1,40}\))?:\s"
)


_VOCATIVE = re.compile(r"(?:^|[.!?:]\s+)(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?),\s+you\b")


def _addressee(text: str, paragraph_start: int, names: NameBook, turns: Turns, before: int) -> str | None:
    """Who "you" is in a turn of an interview: the one the turn calls by name ("Brenda, you emailed us"), else
    whoever takes the next turn under another label (the one asked), else the last one before under another label
    (the host a caller answers)."""
    own = _TURN.match(text, paragraph_start)
    if own is None:
        return None
    called = [m for m in _VOCATIVE.finditer(text, own.start(), before) if is_person_name(m.group("name"))]
    if called and len((addressed := names.fullest(called[-1].group("name")) or "").split()) > 1:
        return addressed
    here = bisect_left(turns, paragraph_start, key=lambda turn: turn[0])
    others = (label for _, label in turns[here + 1 :] if label != own.group("label"))
    earlier = (label for _, label in reversed(turns[:here]) if label != own.group("label"))
    for label in (next(others, None), next(earlier, None)):
        if label and (person := _turn_speaker(label, names)):
            return person
    return None


def _turns(text: str) -> Turns:
    """Every turn's start and label (read once per document: a long interview asks at each "you")."""
    return [
        (m.start(), m.group("label")) for m in _TURN.finditer(text) if m.start() == 0 or text[m.start() - 1] == "\n"
    ]


def _answerer(text: str, cand: _Candidate, names: NameBook) -> str | None:
    """Who speaks the interview turn this quote stands in ("A: …", "MORROW: …"), by their fullest name."""
    label = _TURN.match(text, cand.paragraph[0])
    person = _turn_speaker(label.group("label"), names) if label else None
    return names.fullest(person) if person else None


def _turn_speaker(label: str, names: NameBook) -> str | None:
    """The person a turn's label names ("TRAMONTE:" → Lynn Tramonte); "A:" is the one the interview is with, the
    first person its introduction names in full."""
    if label == "A":
        return next(
            (
                m.name
                for m in names.mentions
                if len(m.name.split()) > 1 and is_person_name(m.name) and not _credit_line(names.text, m.start)
            ),
            None,
        )
    person = names.fullest(strip_name(label.title())[0])  # "SHERIFF MRAZ:" is Arlen Mraz
    return person if person and len(person.split()) > 1 else None


def _credit_line(text: str, at: int) -> bool:
    """Is this name on a page's credit line, its masthead or its byline ("Cascade Orchardist | The Labor Issue |
    Interview by Hollis Vantongeren")? Then it is no one the interview is with."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return "|" in text[start : end if end >= 0 else len(text)] or re.search(r"\b[Bb]y\s+$", text[start:at]) is not None


_KIN_OF = re.compile(r"\b([Hh]is|[Hh]er)[^\S\n]+$")  # "her mother", of whoever "her" is


# Offices a story's lede gives before the name ("A Tolland County judge"), one holder to a story
_OFFICES = frozenset("judge sheriff mayor governor senator warden superintendent commissioner prosecutor".split())


def _whose_before(text: str, noun: str, before: int) -> str | None:
    """The last "the governor’s office" the story wrote before a bare "the office" (within a few paragraphs): an
    office's, not a body's ("the mosque’s board", which the story names in full elsewhere)."""
    pattern = re.compile(rf"\b[Tt]he\s+(?P<whose>(?P<owner>[a-z][\w-]*)[’']s\s+{re.escape(noun)})\b")
    found = [f for f in pattern.finditer(text, max(0, before - 2000), before) if is_role_word(f.group("owner"))]
    return found[-1].group("whose") if found else None


# An organisation's name set beside a description: ", the Hollis Zoological Society,", ", the Linn County Early
# Steps program,"
_ORGANISATION_BESIDE = re.compile(
    r",[^\S\n]+(?:the[^\S\n]+)?(?P<name>[A-Z][\w’'.&-]*(?:[^\S\n]+(?:(?:of|for|and|on)[^\S\n]+)?[A-Z][\w’'.&-]*){1,6}"
    r"(?:[^\S\n]+(?:program|project|coalition|network|council|board|office))?),"
)


def _credit_party(cand: _Candidate, names: NameBook, text: str, quoted: Sequence[tuple[int, int]] = ()) -> None:
    """An organisation or description as the speaker; "the sheriff said" is the sheriff the story named."""
    party = cand.party
    assert party is not None
    if (
        party.text[:1].islower()  # a description, or a kind of body: "the board"
        # (not the name of what a spokesman speaks for: "A spokesman for the company, Ridgeway Foods, said")
        and not re.search(r"\s(?:for|of|at|with|from)\s", party.text)
        and (beside := _ORGANISATION_BESIDE.match(text, party.end))
        and (organisation := read_party(beside.group("name"), beside.start("name"))) is not None
        and organisation.kind == "organisation"
    ):  # "The zoo’s governing board, the Hollis Zoological Society, said": the body by its name
        party = cand.party = organisation
    if (
        party.kind == "description"
        and len(party.text.split()) <= (6 if party.definite else 5)  # "A man near the door"
        and not _plural(party.text)
    ):
        person = names.titled(party.text, cand.mark_start) if party.definite else None
        person = person or names.named_as(party.text)
        whose = _KIN_OF.search(text, max(0, party.start - 8), party.start)
        if (
            person is not None
            and whose is not None
            # one the story made someone else's kin ("Araceli Domínguez, the baby’s mother,"), whom this "her" means
            and re.fullmatch(rf"(?:the\s+)?[a-z][\w-]*[’']s\s+{re.escape(party.text)}", names.role(person) or "")
            and person == names.pronoun(_POSSESSIVE_PRONOUN[whose.group(1).lower()], party.start, list(quoted))
        ):
            person = None  # … "her mother asked": Araceli's mother, not Araceli
        if person is None and whose is not None:
            person = names.kin_of(party.text, _POSSESSIVE_PRONOUN[whose.group(1).lower()], party.start, quoted)
        if person is None and party.definite and len(party.text.split()) == 1:
            person = names.sole_titled(party.text)
        if person is None and not party.definite and party.text.split()[-1] in _OFFICES and _in_lede(text, party.start):
            # "A Tolland County judge on Friday granted …, ruling that …“…”" ¶ … "Circuit Judge Harriet Olmstead":
            # the lede's official, whom the story names by that title and no one else
            person = names.sole_titled(party.text)
        if (
            person
            or (_opening(text, cand.mark_start, names) and (person := names.identified_after(party.text, party.end)))
            or (
                person := names.revealed_after(
                    party.text, party.end, lede=party.definite and _opening(text, party.start, names)
                )
            )
        ):
            cand.speaker, cand.kind, cand.how = person, "person", "title"
            return
        if (
            party.definite
            and len(party.text.split()) == 1
            and not _owned_by_someone(text, party.start)
            and (first := _introduced_as(text, party))
        ):
            if owner := NAMED_DOCUMENT.match(first):  # "the analysis" of "An internal DHS analysis": DHS's words
                cand.speaker, cand.kind, cand.how = (
                    _name_in_full(owner.group("owner"), text, cand.mark_start),
                    "organisation",
                    "party",
                )
                return
            party = cand.party = Party(first, "description", party.start, party.end, definite=True)
    if (
        party.kind == "organisation"
        and party.definite
        and len(party.text.split()) == 1
        # (named before this mention of it, where it was: "The Alliance’s letter … warns “…”" is not its own
        # "Alliance"; else named in an aside: "The company, Larkspur Custody Partners, said it “…”"; else the only
        # one of its kind, named later: "the university sent an alert" … "Ostrander State University spokesman")
        and (
            named := names.organisation_named(party.text, min(party.start, cand.mark_start))
            or names.organisation_named(party.text, cand.mark_start)
            or names.sole_organisation(party.text)
        )
    ):
        # "the company said" after "Meridian Transit Solutions Inc."; "the agency said" after "ICE", spelt out
        cand.speaker, cand.kind = _name_in_full(_without_home(named, text), text, cand.mark_start), "organisation"
        cand.how = cand.how if cand.how == "partial" else "party"
        return
    if (
        party.kind == "organisation"
        and not party.definite
        and len(party.text.split()) == 1
        and len((person := names.fullest(party.text, near=cand.mark_start) or "").split()) > 1
        and is_person_name(person)
    ):  # "Varga said" after "Eliseo Varga", both names the model read as nothing
        cand.speaker, cand.kind, cand.party = person, "person", None
        cand.how = cand.how if cand.how == "partial" else "named"
        return
    cand.speaker, cand.kind = party.text, party.kind
    if party.kind == "organisation" and not party.definite:
        cand.speaker = _without_home(names.organisation_fullest(party.text, cand.mark_start), text)
    elif party.kind == "organisation" and party.text[:1].isupper():  # "the Examiner": the paper's full name
        cand.speaker = names.organisation_fullest(party.text, cand.mark_start, paper=True)
    # "it said", "according to an ICE news release", "ICE said in a statement …" ¶ "“…,” the statement said": the
    # body by its name in full, not how it was last written
    if party.kind == "organisation" and (
        cand.how in ("pronoun", "lead-in") or (cand.cue or "").lower() == "according to"
    ):
        cand.speaker = _name_in_full(cand.speaker, text, cand.mark_start)
        if cand.how == "pronoun":
            return
    cand.how = cand.how if cand.how == "partial" else "party"
    if party.kind == "description":
        cand.role = cand.role or party.text
    elif (
        cand.speaker == party.text
        and party.definite
        and len(party.text.split()) == 1
        and (office := _whose_before(text, party.text, party.start)) is not None
    ):
        cand.speaker = office  # "The governor’s office said …" … "“…,” the office said": the governor's office


# "“…,” the epidemiologist said." / "“…,” said the lineman, from a crew …": a definite role word as the credit
_ROLE_SAID_AFTER = re.compile(
    r"[,.!?]?[^\S\n]*(?:(?P<cue>said|says|added|explained|noted)[^\S\n]+the[^\S\n]+(?P<role>(?:[a-z][\w’'-]+"
    r"[^\S\n]+)?[a-z][\w-]+)|the[^\S\n]+(?P<role2>(?:[a-z][\w’'-]+[^\S\n]+)?[a-z][\w-]+)[^\S\n]+"
    r"(?P<cue2>said|says|added|explained|noted))[^\S\n]*[.,]"
)
# "At the end the investigator said, “…”": the same, before the quote
_ROLE_SAID_BEFORE = re.compile(
    r"(?:^|[.!?]\s+|,\s+)(?:[A-Z][^.!?“”\"\n]{0,80}?\s)?[Tt]he[^\S\n]+(?P<role>(?:[a-z][\w’'-]+[^\S\n]+)?"
    r"[a-z][\w-]+)[^\S\n]+(?P<cue>said|says|told\s+(?:me|us|him|her|them))[,:][^\S\n]*$"
)


def _without_home(name: str, text: str) -> str:
    """An organisation's name without the town it is from: "Meridian Correctional Services of Nashville, Tenn., runs
    the center" is Meridian Correctional Services."""
    home = re.fullmatch(r"(?P<name>.+?)\s+of\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?", name)
    if home is not None and re.search(rf"{re.escape(name)},\s+(?:{_STATES})(?:,|\s)", text):
        return home.group("name")
    if home is not None and _COMPANY_END.search(home.group("name")):  # "Lindahl Foods of Omaha": a firm and its town
        return home.group("name")
    return name


# The last word of a business's name, which a town's "of" may follow ("Lindahl Foods of Omaha", not "Bank of …")
_COMPANY_END = re.compile(
    rf"\s(?:Foods|Farms|Dairy|Poultry|Packing|Meats|Services|Industries|Enterprises|Construction|Builders|"
    rf"{CORPORATE_SUFFIX})$"
)


def _role_party(text: str, cand: _Candidate) -> Party | None:
    """ "“…,” the epidemiologist said", for a quote nothing else credited: its cue set on the quote, and the party,
    a definite role word with an agent's ending right at the quote. The parties reader leaves such words alone,
    because "the bill’s sponsor" may be named right after ("said the bill’s sponsor in the House, state Rep.
    Dorian Abernathy"); here nobody was."""
    after = _ROLE_SAID_AFTER.match(text, cand.mark_end)
    before = _ROLE_SAID_BEFORE.search(text[cand.paragraph[0] : cand.mark_start]) if after is None else None
    found, at = (after, 0) if after is not None else (before, cand.paragraph[0])
    if found is None:
        return None
    group = "role2" if "role2" in found.re.groupindex and found.group("role2") else "role"
    role = found.group(group)
    if not agent_noun(role.split()[-1]) or role.split()[-1].endswith("s"):
        return None
    cue = "cue" if found.group("cue") else "cue2"
    cand.cue, cand.cue_span = found.group(cue), (at + found.start(cue), at + found.end(cue))
    return Party(role, "description", at + found.start(group), at + found.end(group), definite=True)


def _introduced_as(text: str, party: Party) -> str | None:
    """The fuller description "the official" stands for: "A Homeland Security official, speaking on condition of
    anonymity, said ..." ¶ "“…,” the official said" is the Homeland Security official; the last such introduction
    within a few sentences before, when it says more than the bare noun."""
    noun = re.escape(party.text.split()[-1])
    introduced = re.compile(  # the noun's own words only: not "a statement from the official"
        # (nor another phrase's determiner: "a fingerprint match sent their mother" introduces no mother)
        rf"\b(?:[Aa]n?|[Oo]ne)[^\S\n]+(?P<words>(?:(?!(?:of|from|the|to|with|for|by|in|on|at|and|or|who|their|his|her|"
        rf"its|our|my|your|this|that|these|those)\s)"
        rf"(?:[A-Z]\.)*[\w’'-]+[^\S\n]+){{1,4}}?{noun})\b"
    )
    found = list(introduced.finditer(text, max(0, party.start - 2 * PRONOUN_REACH), party.start))
    return found[-1].group("words") if found else None


_ANSWERS = frozenset("answered replied responded retorted".split())


def _asked_before(text: str, cand: _Candidate, candidates: list[_Candidate]) -> _Candidate | None:
    """The question this quote answers ("she answered"): a quote of the paragraph before that ends in "?"."""
    if cand.cue not in _ANSWERS or cand.previous_paragraph is None:
        return None
    return next(
        (
            c
            for c in reversed(candidates)
            if c.paragraph == cand.previous_paragraph and text[c.start : c.end].rstrip().endswith("?")
        ),
        None,
    )


def _plural(description: str) -> bool:
    """Many people ("the organizers", "two deputies", "women", "lawyers in the hallway"): no one person's name
    reveals them."""
    head = re.split(r"\s+(?:in|at|on|of|from|with|who|near|outside|inside)\s+", description)[0].split()[-1].lower()
    return head in ("people", "men", "women", "police", "staff") or head.endswith("s") and not head.endswith("ss")


def _owned_by_someone(text: str, start: int) -> bool:
    """Is the description at `start` someone's own ("His lawyer", "our pastor"), not one the story brought in?"""
    return re.search(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)\s+$", text[max(0, start - 8) : start]) is not None


def _described_again(cand: _Candidate, described: dict[str, str], text: str) -> None:
    """ "A DHS spokesperson said ... The spokesperson added": the description as the story first gave it (not
    someone's own: "A government lawyer asked …" … "His lawyer told me" is the man's)."""
    if cand.kind != "description" or cand.party is None or not cand.speaker:
        return
    head = cand.speaker.split()[-1].lower()
    if (
        cand.party.definite
        and len(cand.speaker.split()) == 1
        and head in described
        and not _owned_by_someone(text, cand.party.start)
    ):
        cand.speaker = described[head]
    else:
        described[head] = cand.speaker


def _opening(text: str, offset: int, names: NameBook) -> bool:
    """The story's opening: its first paragraph, or any paragraph before it names anyone."""
    return _in_lede(text, offset) or not names.anyone_before(offset)


def _in_lede(text: str, offset: int) -> bool:
    """The offset is in the story's first paragraph (after a headline line and a byline), where a description
    often stands for someone the next paragraphs name."""
    return len([p for p in re.findall(r"\n\s*(\S[^\n]*)", text[:offset]) if not _BYLINE_LINE.match(p)]) <= 1


_BYLINE_LINE = re.compile(r"(?:[A-Z][^|\n]{0,40}\|\s*)?By\s+[A-Z][^\n.!?]{0,100}$")


_MINOR_WORDS = frozenset("of and for the on in to".split())


def _name_in_full(name: str, text: str, before: int) -> str:
    """An organisation's full name as the story writes it before `before`: an acronym spelt out ("ICE" → "U.S.
    Immigration and Customs Enforcement", by its initials), a bare kind ("county", "court") named in full
    ("Orlan County", "U.S. Court of Appeals for the Twelfth Circuit"); else the name as it is."""
    runs = [m.group(0) for m in _FULL_NAME.finditer(text, 0, before)]
    if ACRONYM.match(name) and len(name) >= 2:
        letters = name.replace(".", "").rstrip("s")
        for run in reversed(runs):
            words = [w for w in run.split() if w not in _MINOR_WORDS and w != "U.S."]
            if "".join(w[0] for w in words) == letters:
                return run
        return name
    if len(name.split()) == 1 and name.islower():
        kind = name.title()
        named = [r for r in runs if kind in r.split() and r.split()[0] != kind or r.startswith("U.S. " + kind)]
        return named[-1] if named else name
    # "Cobb Mill" of "the Cobb Mill Cabinet Co. plant": the company's name with its legal ending, where written
    incorporated = [
        found.group(0) + ("." if text.startswith(".", found.end()) and last in _DOTTED_ENDINGS else "")
        for found in _FULL_NAME.finditer(text, 0, before)
        if found.group(0).startswith(name + " ") and (last := found.group(0).split()[-1]) in _LEGAL_ENDINGS
    ]
    if incorporated:
        return incorporated[-1]
    # "The Friends of the Pell Harbor Library ... they said": the parse's head word, the name in full (not a name
    # whole in itself and its home town: "Ridgeline Correctional Services of Nashville")
    named = [
        r for r in runs if r.startswith(name + " of ") and (len(name.split()) == 1 or r.startswith(name + " of the "))
    ]
    return named[-1] if named else name


# How a company's legal name ends ("Inc." and "Co." with the full stop the name runs leave out)
_DOTTED_ENDINGS = frozenset("Co Inc Corp Ltd".split())
_LEGAL_ENDINGS = _DOTTED_ENDINGS | {"LLC", "Company", "Corporation", "Incorporated", "LLP"}
# A name written in full: capitalised words with "of", "and", "for", "the" between them, and a leading "U.S.".
_FULL_NAME = re.compile(
    r"(?<![\w.])(?!The[^\S\n]+U\.S\.)(?:U\.S\.[^\S\n]+)?[A-Z][\w&’'-]*(?:[^\S\n]+(?:(?:and|of|for|the)[^\S\n]+)*[A-Z][\w&’'-]*)+"
)


def _hit(text: str, cand: _Candidate, names: NameBook) -> QuoteHit:
    person = cand.kind == "person"
    # (a relative clause beside the name is what they did, not what they are: "Ng, who cast the deciding vote,";
    # a phrase after it where they are, or whom they wrote to: "Sgt. Wendy Pasco, to an ICE officer")
    own = cand.role if cand.role and not _NO_ROLE.match(cand.role) else None
    theirs = names.role(cand.speaker) if person and not own else None
    role = own or (theirs if theirs and not _NO_ROLE.match(theirs) else None)
    return QuoteHit(
        text[cand.start : cand.end],
        cand.start,
        cand.end,
        cand.speaker,
        names.person_id(cand.speaker) if person else None,
        cand.cue,
        source=cand.source,
        cue_span=cand.cue_span,
        role=_clean_role(role),
        confidence=CONFIDENCE.get(cand.how or "", 0.0) if cand.speaker else 0.0,
        shape=cand.shape,
        speaker_kind=cand.kind if cand.speaker else None,
    )


_NO_ROLE = re.compile(r"(?:who|whose|to|in|at|on|from|with|by)\s")


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in re.finditer(r"\n", text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _candidates(text: str) -> Iterator[_Candidate]:
    """Pair quote marks within each paragraph; odd counts never spill into the next paragraph."""
    previous: tuple[int, int] | None = None
    for para in _paragraphs(text):
        opened: int | None = None
        for pos in range(*para):
            char = text[pos]
            if char == '"' and opened is None and _inch_mark(text, pos):
                continue
            if opened is None and char in OPENERS:
                opened = pos
            elif opened is not None and char in CLOSERS and (char == text[opened] or char == "”"):
                yield _trimmed(text, opened, pos + 1, para, previous)
                opened = None
            elif opened is not None and char == "“" and text[opened] == "“":
                opened = pos  # a curly opener without its closer: the later one starts the quote
        if opened is not None:
            yield _trimmed(text, opened, para[1], para, previous)
        previous = para


def _inch_mark(text: str, pos: int) -> bool:
    """6'2" or a 12" pipe: a straight double mark right after a digit cannot open a quote."""
    return pos > 0 and text[pos - 1].isdigit() and (pos + 1 == len(text) or not text[pos + 1].isalpha())


def _trimmed(
    text: str, mark_start: int, mark_end: int, para: tuple[int, int], previous: tuple[int, int] | None
) -> _Candidate:
    start = mark_start + 1
    end = mark_end - 1 if text[mark_end - 1] in CLOSERS and mark_end - 1 > mark_start else mark_end
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return _Candidate(start, end, mark_start, mark_end, para, previous)


_THATS_WHAT = re.compile(
    rf"\s*(?:That[’']s|That\s+is|That\s+was|This\s+is)\s+(?:what|the\s+(?:(?:first|last|only)\s+)?(?:thing|words?))\s+"
    rf"{_NAME}\s+{_CUE}"
)


_INTRODUCES_NEXT = re.compile(r"\s+[A-Z][^“”\"\n.!?]{1,80}:\s*[“\"]")


def _attribute(text: str, cand: _Candidate, entities: _Entities) -> str | None:
    """Attribute from the words after, then before, the quote; returns a pronoun still to resolve, if any."""
    after_at = cand.mark_end
    after = text[after_at : min(cand.paragraph[1], after_at + WINDOW)]
    if (phrase := AFTER_PHRASE.match(after)) and _phrase_person(cand, phrase, after_at, entities):
        return None
    # "… and had “followed federal guidance in good faith.” Sheriff Wade L. Brannigan, whose office runs the jail,
    # said …": a fragment that ends the sentence it stands in is not credited by the next sentence's name and cue
    lead = text[cand.paragraph[0] : cand.mark_start].rstrip()
    ended = text[cand.start : cand.end].rstrip()[-1:] in (".", "!", "?")  # the quote ends its own sentence
    fragment = bool(re.search(r"[\w,]$", lead)) and ended
    # "“We are out in Pell.” Delacroix texted back: “Copy.”": a sentence that ends in a colon before the next quote
    # introduces that quote, not this one; "Fitzhugh answered first: “No.” Okonkwo said a man …": the colon before
    # credits it, and the next sentence reports someone else
    if ended and (
        _INTRODUCES_NEXT.match(after)
        or (lead.endswith(":") and re.match(r"\s+[A-Z]", after) and not _CAPS_LABEL.fullmatch(lead))
    ):  # (but a label in capitals credits no one: "THE CLAIM: “…” Warren Ralston … said that at a forum")
        after = ""
    for shape, pattern in AFTER if not (fragment and re.match(r"\s+[A-Z]", after)) else ():
        match = pattern.match(after)
        if match and _named(cand, match, after_at, shape, entities):
            return None
    if handle := _DASH_HANDLE.match(after):
        _set(cand, handle, after_at, "dash")
        cand.name, cand.how = handle.group("name"), "named"
        cand.source = (after_at + handle.start("name"), after_at + handle.end("name"))
        return None
    for pattern in AFTER_PRONOUN:
        if match := pattern.match(after):
            _set(cand, match, after_at, "pronoun")
            cand.source = (after_at + match.start("pron"), after_at + match.end("pron"))
            return match.group("pron")
    # a quote that opens the story, credited by the next paragraph: "“…”" ¶ "That’s what Gloria Estrada says she saw"
    # (or by the next sentence of its own: "“…” That is the first thing Paz said when he called")
    if not text[cand.paragraph[0] : cand.mark_start].strip():
        rest = cand.mark_end if text[cand.mark_end : cand.paragraph[1]].strip() else cand.paragraph[1]
        credit = _THATS_WHAT.match(text[rest : rest + WINDOW])
        if credit and _named(cand, credit, rest, "name_said_after", entities):
            return None
    before_at, before = _before(text, cand)
    # where an organisation's statement goes on to name what it answers ("The Ozark Immigrant Justice Alliance issued
    # the following statement after U.S. District Judge Warren Pike ruled Monday that …:"): no one named after it
    # speaks (found before the window cuts the sentence short)
    issued = _ISSUED_STATEMENT.search(before)
    answered = issued.end() if issued else len(before)
    if len(before) > WINDOW:
        answered = max(0, answered - (len(before) - WINDOW))
        before_at, before = before_at + len(before) - WINDOW, before[-WINDOW:]
    if (
        cand.paragraph[0] == 0
        and (match := HEADLINE.match(before))
        and match.group("name")
        and (not match.group("hrole") or is_role_word(match.group("hrole").split()[-1]))
        and _named(cand, match, before_at, "headline", entities)
    ):
        return None
    if cand.paragraph[0] == 0 and _headline_credit(cand, before, before_at, after, after_at, entities):
        return None
    if _credited_to_party(cand, before, before_at, [(_RELAYED_BY_KIN, False)], entities, anchored=False):
        return None
    for shape, pattern in BEFORE:
        match = pattern.search(before)
        if match and match.start() >= answered:
            continue  # the judge whose ruling the statement answers
        if match and _named(cand, match, before_at, shape, entities):
            if shape == "lead_in":
                cand.shape, cand.how = "name_said_before", "lead-in"
            elif shape == "statement":
                cand.how = "statement"
            elif before_at < cand.paragraph[0]:
                cand.shape, cand.how = "colon_paragraph", "colon"
            elif re.search(r"\bthat\s*$", before):
                cand.shape = "said_that"
            return None
    if (match := next((m for pattern in BEFORE_PRONOUN if (m := pattern.search(before))), None)) and not (
        _RECALLED_TELLING.search(before, match.end("cue"))  # "She recalled a sheriff telling her, “…”": the sheriff's
    ):
        if match.re is BEFORE_PRONOUN[-1] and _reads_own(cand, match, before_at, entities):
            return None  # "Anne-Marie Kowal, president of the PTA, read her remarks from her phone:": her own
        _set(cand, match, before_at, "pronoun")
        cand.source = (before_at + match.start("pron"), before_at + match.end("pron"))
        return _POSSESSIVE_PRONOUN.get(match.group("pron").lower(), match.group("pron"))
    if (said := _DOCUMENT_SAID.match(after) or _ACCORDING_AFTER.match(after)) and (
        _credit_owner(cand, said, after_at) or _credit_document(cand, said, after_at, entities)
    ):
        return None  # "“…,” the federation’s letter reads"; "“…,” the letter said", whose author the story named
    if (according := _ACCORDING_TO_DOCUMENT.search(before)) and _credit_document(cand, according, before_at, entities):
        return None  # "The affidavit of Corey Lindgren … states that …" ¶ "According to the affidavit, “…”"
    reads = _DOCUMENT_READS.search(before)
    if (
        reads
        and (his := re.match(r"(?:^|[.!?]\s+)\s*(?P<pron>His|Her)\b", reads.group(0)))
        and not reads.group("owner")
    ):
        # "An assistant county attorney, Neil Farraday, replied. His email, also an exhibit, reads in full:": his
        _set(cand, reads, before_at, "pronoun")
        at = before_at + reads.start() + his.start("pron")
        cand.source = (at, at + len(his.group("pron")))
        return _POSSESSIVE_PRONOUN[his.group("pron").lower()]
    if reads and (_credit_owner(cand, reads, before_at) or _credit_document(cand, reads, before_at, entities)):
        # "The district’s message, sent by text, read in part:": the district's; "The post, shared at 10:14 a.m.,
        # read in part: “…”": whoever the story said posted it
        return None
    if (
        not _ends_own_sentence(text, cand, before)
        and _credited_to_party(cand, after, after_at, AFTER_PARTY, entities, anchored=True)
    ) or _credited_to_party(cand, before, before_at, BEFORE_PARTY, entities, anchored=False, answered=answered):
        return None
    if before.strip() and before_at >= cand.paragraph[0] and (pronoun := _partial(cand, before, before_at, entities)):
        return None if pronoun == "-" else pronoun
    for found, at in ((AFTER_ANY.match(after), after_at), (BEFORE_ANY.search(before), before_at)):
        if found is None:
            continue
        # A cue whose speaker the patterns could not read ("The company, based in Sioux Bend, said:"): the parse's
        # subject of the cue verb, if it names someone.
        if (subject := entities.subject(at + found.start("cue"))) is not None:
            pronoun = _credit_subject(cand, found, at, subject, entities)
            if pronoun is not None:
                cand.shape = cand.shape if cand.shape != "partial" else "subject"
                return None if pronoun == "-" else pronoun
        _set(cand, found, at, "cue_only")
        break
    else:
        # no verb of saying at all: "Asked what he will do next August, Morton considered the question for a long
        # moment: “…”" is what the sentence's subject says next
        colon = _SUBJECT_THEN_COLON.search(before)
        if (
            colon
            and (colon.group("name") in entities.surnames or inside(entities.people, before_at + colon.start("name")))
            and _named(cand, colon, before_at, "lead_in", entities)
        ):
            cand.shape, cand.how = "name_said_before", "lead-in"
    return None


# A sentence's named subject, a verb phrase, then a colon and the quote (after an opening clause, if any, and an
# aside on the subject, or after the sentence's first clause: "…,” and Osei, running out of time, cut them both off:")
# (not "Beck showed me a text from his sister:", someone else's words)
_SUBJECT_THEN_COLON = re.compile(
    rf"(?:^|[.!?]\s+|,[”\"]?\s+and\s+)(?:[A-Z][^.!?“”\"\n:]{{0,120}},\s+)?{_NAME}(?:,\s+[a-z][^,.!?:“”\"\n]{{1,60}},)?\s+"
    rf"(?![^“”\":]*\b(?:from|by|of|reads?|read\s+out)\b)(?P<cue>[a-z][^.!?“”\"\n:,]{{2,100}}):\s*$"
)


def _phrase_person(cand: _Candidate, match: re.Match[str], offset: int, entities: _Entities) -> bool:
    """The speaker's phrase after the cue holds a person the model found: that person, the words before the
    name their role ("S-Comm spokeswoman")."""
    start, end = offset + match.start("phrase"), offset + match.end("phrase")
    person = entities.first_person_starting(start, end)  # "Gunnar Eklund of Mennick Falls": the first
    if person is None or person[0] == start and match.group("phrase").split()[0] in ("the", "a", "an"):
        return False
    if _TIME_AFTER_NAME.fullmatch(match.string, person[1] - offset, end - offset):
        end = person[1]  # "said trustee Carl Benning afterward": the phrase runs on past the name
    raw = match.string[person[0] - offset : max(person[1], end) - offset].rstrip(".")
    name, title = strip_name(raw)
    if not is_person_name(name) or name in TITLES or len(name.split()) > 5:
        return False
    _set(cand, match, offset, "said_after_name")
    name_start = person[0] + max(raw.find(name), 0)
    cand.name, cand.source, cand.how = name, (name_start, name_start + len(name)), "named"
    before_name = match.string[offset + match.start("phrase") - offset : person[0] - offset].strip()
    cand.role = " ".join(filter(None, (before_name, title))) or None
    return True


# "…,” the letter said: the words of whoever the story says wrote or sent that letter just before ("according to
# a statement from the sheriff’s office" ¶ "“…,” the statement said").
_DOCUMENT_SAID = re.compile(
    rf"^\s*[,.!?]?\s*(?:the|that|this)\s+(?:(?P<owner>[a-z][\w-]*)[’']s\s+)?(?P<doc>{WRITING})\s+(?P<cue>said|says|stated|states|read|reads|noted|notes|added|argued|argues)\b"
)
# "“…,” according to the report.": the words of the report the story named, with its author
_ACCORDING_AFTER = re.compile(
    rf"^\s*[,.!?]?\s*(?P<cue>according\s+to)\s+(?:the|that|this)\s+(?:(?P<owner>[a-z][\w-]*)[’']s\s+)?(?P<doc>{WRITING})\b"
)


_DOCUMENT_READS = re.compile(
    r"(?:^|[.!?]\s+|^[A-Z][A-Z’'. -]+:\s+)\s*(?:The|Its|Her|His|Their)\s+(?:(?P<owner>[a-z]+)[’']s\s+)?"
    r"(?:(?:first|second|third|last|final|latest|next|original|new)\s+)?"  # "The first email, sent … by …, reads:"
    rf"(?P<doc>{WRITING})\b"
    r"(?:\s+from\s+(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+(?:[A-Z][\w’'.&-]*|of|for|and))*)?"  # "The letter from ICE says,"
    r"(?:,[^“”\"]{0,120}?(?:“[^“”\"\n]{1,120}”)?[^“”\"]{0,20}?,?)?\s+"
    r"(?P<cue>read|reads|said|says|stated|states|ended|ends|began|begins|concluded|concludes)(?:,?\s+in\s+(?:part|full))?"
    r"(?:,?\s*:|,)\s*$"  # ("The statement says, “…”")
)
_ACCORDING_TO_DOCUMENT = re.compile(
    r"(?:^|[.!?]\s+)(?P<cue>[Aa]ccording\s+to)\s+(?:the|its|their|his|her)\s+(?:[\w-]+\s+)?"
    rf"(?P<doc>{WRITING})"
    r"(?:,\s+(?:which|that)\s+[^,;:“”\"]{3,100})?,?\s*$"  # "According to the directive, which Morton signed Monday,"
)
_SENT_AS_VERB = frozenset({"post", "email", "e-mail", "message"})
_RESEARCH = "study|report|analysis|survey|audit"
_SENT_BY = re.compile(r"\s+(?:from|by|issued\s+by|released\s+by|on\s+behalf\s+of)\s+")


def _credit_owner(cand: _Candidate, said: re.Match[str], offset: int) -> bool:
    """Credit the one whose document it is by its possessive ("the district’s message", "the federation’s letter")."""
    if not said.group("owner") or (owner := read_party(f"the {said.group('owner')}", 0)) is None:
        return False
    at = offset + said.start("owner")
    _set(cand, said, offset, "organisation" if owner.kind == "organisation" else "description")
    cand.party = Party(owner.text, owner.kind, at, at + len(owner.text), True)
    cand.source = (cand.party.start, cand.party.end)
    return True


def _credit_document(
    cand: _Candidate, said: re.Match[str], offset: int, entities: _Entities, doc: str | None = None
) -> bool:
    """The author of the document the quote's own attribution names (or `doc`, the one "it" stands for): the
    person, else the organisation, named in the last sentence before the quote that mentions that document and
    names its author ("In a letter to ICE, Governor Celia Navarro wrote that …" ¶ "“…,” the letter said"; "A
    Facebook post by the Sheriff's Office …" ¶ "The post, shared at 10:14 a.m., read in part: “…”")."""
    text = entities.text
    low = max(0, cand.mark_start - 3 * WINDOW)  # a press release names its letter in the lede, a statement ago
    # the document, or the verb that sent it: "Dorothy Quaye emailed Salgado …" ¶ "The email … read in part:"
    doc = (doc or said.group("doc")).lower()
    sent = "(?:ed)?" if doc in _SENT_AS_VERB else ""
    # research goes by several names: "a report released Monday by …" ¶ "The study … describes"
    named = f"(?:{_RESEARCH})" if re.fullmatch(_RESEARCH, doc) else re.escape(doc)
    if named != re.escape(doc) and (issuer := _research_issuer(cand, entities, lede=False)) is not None:
        # "a report released Tuesday by the Prairie Justice Network" ¶ "“…,” according to the report"
        cand.party, cand.source, cand.how = issuer, (issuer.start, issuer.end), "lead-in"
        _set(cand, said, offset, "organisation")
        return True
    mentions = list(re.finditer(rf"\b{named}{sent}\b", text[low : cand.mark_start], re.IGNORECASE))
    headline_end = text.find("\n")
    own_sentence = offset + said.start()  # "The post, …, read in part:" names it; the sentence before says whose
    again = False  # past a sentence that only named it again: now only where the story introduced it
    for mention in reversed([m for m in mentions if low + m.start() > headline_end][-4:]):
        at = low + mention.start()
        named_again = _DOCUMENT_AGAIN.fullmatch(text, _sentence_start(text, text.rfind("\n", 0, at) + 1, at), at)
        if again and named_again:
            continue
        if again and not _INTRODUCED.search(text, max(0, at - 40), at):
            break
        if _document_author(cand, at, low + mention.end(), entities):
            _set(cand, said, offset, "organisation" if cand.party else "name_said_after")
            return True
        if at < own_sentence:
            if not named_again:
                break  # the last sentence that named it gave no author: not one named further back
            again = True
    if re.fullmatch(_RESEARCH, doc) and (party := _lede_speaker(entities)) is not None:
        # "The Department of Homeland Security's Office of Inspector General said Thursday that …" ¶ "The report,
        # titled …, covered 14 jails" ¶ "“…,” the report said": the body whose findings the story leads with
        cand.party, cand.source, cand.how = party, (party.start, party.end), "lead-in"
        _set(cand, said, offset, "organisation")
        return True
    return False


# The subject that opens a first paragraph, after its dateline: "WASHINGTON (CWS) -- The Department of …"
_LEDE_OPENS = re.compile(r"(?:[A-Z][A-Z .,’'()-]*?\s*(?:--|—|–)\s*)?(?:The\s+)?")
# Who released what a first paragraph reports on: "according to a report released Monday by the …"
_LEDE_BY = re.compile(r"\b(?:released|published|issued)\s+(?:\w+\s+){0,2}?by\s+(?:the\s+)?$")
# What a body says or finds in a story's first paragraph: "… Office of Inspector General said Thursday that"
_LEDE_VERB = re.compile(r"[^\S\n]+(?:said|says|found|finds|reported|reports|concluded|concludes|released|issued)\b")


# A body's name in the possessive just before another's: "The Department of Homeland Security's (Office of …)"
_OWNER_BEFORE = re.compile(
    r"(?P<owner>(?:[A-Z][\w.&-]*[^\S\n]+(?:(?:of|and|for|the)[^\S\n]+)*)*[A-Z][\w.&-]*[’']s[^\S\n]+)$"
)


def _lede_speaker(entities: _Entities) -> Party | None:
    """The organisation the story's first paragraph (after its headline and byline) has say or find something."""
    text = entities.text
    for s, e in entities.organisations:
        start = text.rfind("\n", 0, s) + 1
        if not start:
            continue  # the headline
        if not _in_lede(text, s):
            return None
        if owner := _OWNER_BEFORE.search(text, max(start, s - 80), s):  # "Department of Homeland Security's"
            s = owner.start("owner")
        # the paragraph's subject ("WASHINGTON -- The … said Thursday"), or who released what it reports on
        if (_LEDE_VERB.match(text, e) and _LEDE_OPENS.fullmatch(text, start, s)) or _LEDE_BY.search(text, start, s):
            party = read_party(text[s:e], s, entities.organisations)
            return party if party is not None and party.kind == "organisation" else None
    return None


# Who made a document: "organized by the Ridgeway Coalition", "signed by Sheriff Dana Pruitt" (not "the arrests … by")
_SIGNED_BY = re.compile(
    r"\b(?:signed|organi[sz]ed|written|sent|issued|drafted|authored|released|published|filed|endorsed|co-signed)"
    r"\b[^;“”\"\n]{0,50}?\bby\s+(?:the\s+)?(?:[\w.’'-]+\s+){0,3}$"
    r"|\b(?:affidavit|letter|memo|declaration|complaint|report|statement|testimony|email|op-ed|column)\s+of\s+$"
)
# A clause on the document that names who wrote it: "a letter (that) Janet Napolitano sent to police chiefs", "The
# directive, which Morton signed Wednesday,"
_WRITER_CLAUSE = re.compile(
    r",?[^\S\n]+(?:that[^\S\n]+|which[^\S\n]+)?(?:the[^\S\n]+)?(?P<who>[A-Z][^,.;:“”\"\n]{2,80}?)"
    r"[^\S\n]+(?:had[^\S\n]+|has[^\S\n]+)?"
    r"(?:sent|wrote|signed|issued|drafted|penned|released|published|posted|taped|mailed|filed|circulated|distributed)\b"
)
# Where the story introduced a document: "a letter", "In a pastoral letter"
_INTRODUCED = re.compile(r"\b(?:an?|[Ii]n\s+an?)\s+(?:[\w-]+\s+){0,2}$")
# A sentence that opens on the document again ("The letter, dated Feb. 22, follows …", "The letter cites …") says
# what it is, not whose: its author is where the story first named it ("In a pastoral letter …, the bishop told").
_DOCUMENT_AGAIN = re.compile(r"\s*(?:The|This|That)\s+(?:[\w-]+\s+)?")


def _document_author(cand: _Candidate, at: int, after: int, entities: _Entities) -> bool:
    """Credit the author the sentence naming a document (at `at`) gives it, if it gives one."""
    text = entities.text
    start = _sentence_start(text, text.rfind("\n", 0, at) + 1, at)
    start = max(start, _dateline_end(text, start))  # "OMAHA — …, according to a report released … by": not OMAHA's
    if re.match(r"\s*Our\s", text[start:at]) and (house := entities.house) is not None:
        # "Our “Know Your Rights” wallet card is now printed in …" ¶ "The card reads:": the newsletter's own
        cand.party, cand.source, cand.how = house, (house.start, house.end), "lead-in"
        return True
    end_at = _next_sentence_end(text, at, cand.mark_start)
    if sender := _SENT_BY.match(text, after, end_at):  # "a statement from the sheriff’s office"
        start = sender.end()
    person = entities.first_person(start, end_at)
    writer_party = None
    if sender is None and (clause := _WRITER_CLAUSE.match(text, after, end_at)):
        if (writer := entities.first_person(clause.start("who"), clause.end("who"))) is not None:
            person = writer  # "he holds up a letter Homeland Security Secretary Janet Napolitano sent": hers, not his
        elif (party := read_party(clause.group("who"), clause.start("who"), entities.organisations)) is not None:
            writer_party = party  # "The notice the City of Tallis taped to the front door says": the city's
    # "The report, “…,” draws on records that ICE released": the document opens its sentence, and an organisation
    # after it is what it is about, not its author
    opens = sender is None and re.fullmatch(r"\s*(?:The|This|That|Its|Their)\s+(?:[\w-]+\s+)?", text[start:at])
    last = at if opens else end_at
    if opens and person is not None and not _SIGNED_BY.search(text, max(0, person[0] - 90), person[0]):
        person = None  # "The letter, dated Feb. 22, follows the arrests at Holy Family": whom it is about
    issued = _ISSUED_BY.search(text, start, at)
    subject = entities.subject(issued.start("cue")) if issued else None
    if person is not None and is_person_name(name := strip_name(text[person[0] : person[1]])[0]):
        cand.name, cand.source, cand.how = name, (person[0], person[0] + len(name)), "lead-in"
    elif writer_party is not None and writer_party.kind == "organisation":
        cand.party, cand.source, cand.how = writer_party, (writer_party.start, writer_party.end), "lead-in"
    elif (  # "Sentinel Custody Solutions, the company that runs the center for U.S. authorities, said in a statement"
        subject is not None
        and subject[2] == "phrase"
        and (party := read_party(text[subject[0] : subject[1]], subject[0], entities.organisations)) is not None
        and party.kind == "organisation"
    ):
        cand.party, cand.source, cand.how = party, (party.start, party.end), "lead-in"
    elif organisation := next(
        (
            (s, e)
            for s, e in entities.organisations
            # (or one it was made by: "The letter, organized by the Ridgeway Coalition for Safe Communities, says:")
            if start <= s < last or start <= s < end_at and _SIGNED_BY.search(text, max(0, s - 90), s)
        ),
        None,
    ):
        s, e = organisation
        if re.search(r"[’']s$", text[s:e]) and (owned := _CAPITALISED_NAME.match(text, e + 1)):
            e = owned.end()  # "the Justice Department's Civil Rights Division wrote": the division, not "Department's"
        elif rest := next((e2 for s2, e2 in entities.organisations if text[e:s2] in (" and ", " & ")), None):
            e = rest  # "U.S. Immigration | and | Customs Enforcement", which the model read as two
        party = read_party(text[s:e], s, entities.organisations)
        if party is None or party.kind != "organisation":
            return False
        cand.party, cand.source, cand.how = party, (party.start, party.end), "lead-in"
    elif (issuer := _ISSUED_IN.fullmatch(text, start, at)) and (
        party := read_party(issuer.group("party"), issuer.start("party"), entities.organisations)
    ):  # "The governor’s office said in a statement that ..." ¶ "“…,” the statement said": the office
        cand.party, cand.source, cand.how = party, (party.start, party.end), "lead-in"
    elif (
        sender
        and (named := _CAPITALISED_NAME.match(text, sender.end() + (4 if text.startswith("the ", sender.end()) else 0)))
        and (party := read_party(named.group(0), named.start(), entities.organisations)) is not None
        and party.kind == "organisation"
    ):  # "A Facebook post by the Granby County Sheriff's Office announcing ...", which the model read as no one
        cand.party, cand.source, cand.how = party, (party.start, party.end), "lead-in"
    elif (
        (sent := _BODY_SENT.search(text, start, at))
        and (party := read_party(sent.group("who"), sent.start("who"), entities.organisations)) is not None
        and party.kind == "organisation"
    ):  # "ICE sent us a statement for today’s program.", the acronym the model read as no one
        cand.party, cand.source, cand.how = party, (party.start, party.end), "lead-in"
    else:
        return False
    return True


_BODY_SENT = re.compile(
    r"\b(?P<who>[A-Z]{2,5}"
    # "the university sent a campus-wide alert": the body by what it is, which the story names elsewhere
    rf"|[Tt]he\s+(?:[a-z-]+\s+)?(?:{'|'.join(sorted(ORGANISATION_NOUNS))}))"
    r"\s+(?:sent|issued|released|emailed|posted|provided|put\s+out)\b"
)


# the verb that issues a document and the words after it: "said in a statement", "announced in a post"
_ISSUED = (
    r"(?P<cue>said|says|wrote|stated|announced|added)[^\S\n]+in[^\S\n]+(?:a|an|its|their|the)[^\S\n]+"
    r"(?:[\w-]+[^\S\n]+){0,2}"
)
_ISSUED_BY = re.compile(rf"\b{_ISSUED}$")
_ISSUED_IN = re.compile(rf"[^\S\n]*(?P<party>[^,“”\"\n]{{2,80}}?)[^\S\n]+{_ISSUED}")


def _credited_to_party(
    cand: _Candidate,
    words: str,
    offset: int,
    patterns: list[tuple[re.Pattern[str], bool]],
    entities: _Entities,
    *,
    anchored: bool,
    answered: int | None = None,
) -> bool:
    """An organisation or a description of a person where the name would be ("ICE said", "said a spokesperson");
    none named after `answered`, where a statement goes on to what it answers."""
    for pattern, speaker_first in patterns:
        match = pattern.match(words) if anchored else pattern.search(words)
        if not match or (answered is not None and match.start("party") >= answered):
            continue
        party = read_party(
            match.group("party"), offset + match.start("party"), entities.organisations, speaker_first=speaker_first
        )
        person = entities.person_within(party.start, party.end) if party is not None else None
        if (
            person
            and party
            and party.kind == "organisation"
            and person[0] == party.start
            and _organisation_runs_on(entities.text, person, party)
        ):
            person = None  # "Prairie State Sheriffs Council: “…”": no Prairie State, the model's run of a first name
        if party is not None and person and _role_before(party, person, offset, words):
            if not _name_after_role(cand, party, person, match, offset):
                return False
            _set(cand, match, offset, "said_after_name" if speaker_first else "name_said_after")
            return True
        if party is None or (person and not _named_after(party, person, offset, words)):
            continue
        if (
            party is not None
            and party.kind == "organisation"
            and (who := _WHO_CLAUSE_BEFORE.search(words, match.start("party"), party.start - offset))
        ):
            # "A skater who was lacing up by the warming house said": the skater, whose clause names a place
            party = read_party(who.group("head"), offset + who.start("head"), entities.organisations)
            if party is None:
                continue
        if not anchored and party.kind == "description" and _SAID_OF.search(words, 0, match.start("party")):
            continue  # "She said the men inside had asked her to carry one message out: “…”": hers to carry
        if speaker_first and party.kind == "description" and _named_beside(cand, party, match, offset, entities):
            return True  # "said the sheriff’s spokesman, Lt. Omar Hadley."
        if not speaker_first and _named_before(cand, party, match, offset, entities):
            return True  # "Lynn Tramonte, deputy director of America’s Voice, a group that …, said:"
        _set(cand, match, offset, "organisation" if party.kind == "organisation" else "description")
        if "according" in match.re.groupindex and match.group("according"):
            cand.cue, cand.cue_span = (
                match.group("according"),
                (offset + match.start("according"), offset + match.end("according")),
            )
        cand.party, cand.source = party, (party.start, party.end)
        if match.re.pattern.endswith(_STATEMENT_TAIL) or _STATEMENT_CUE.fullmatch(match.groupdict().get("cue") or ""):
            cand.shape = "statement"  # "ICE issued the following statement:", "a statement on behalf of the Court:"
        return True
    return False


# A person brought in with a clause of their own, the party's words inside it: "A skater who was lacing up by (the
# warming house said)"
_WHO_CLAUSE_BEFORE = re.compile(
    r"(?P<head>(?:[Aa]n?|[Oo]ne|[Tt]he)\s+(?:[\w-]+\s+){0,2}?[a-z][\w-]*)\s+who\s+"
    r"(?:(?!\b(?:said|says|told|tells)\b)[^.!?“”\"])*$"
)


def _organisation_runs_on(text: str, person: tuple[int, int], party: Party) -> bool:
    """Does the person's name run on into the organisation's last word ("Prairie State" of "Prairie State Sheriffs
    Council")?"""
    rest = runs_on_to_organisation(text, person[1])
    return bool(rest) and person[1] + len(rest) == party.end


_NAMED_AFTER = re.compile(r"^[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s+(?:of|for)\s+")


def _named_after(party: Party, person: tuple[int, int], offset: int, words: str) -> bool:
    """An organisation that holds a person's name: after its own head noun ("the Office of Gov. Ana Ruiz"), a
    campaign's ("Dana Ferreira-Lund for Congress"), or theirs ("Ackerly’s office", "the Ambrose campaign")."""
    head = _NAMED_AFTER.match(words[party.start - offset : party.end - offset])
    return party.kind == "organisation" and (
        head is not None
        and person[0] >= party.start + head.end()
        or _CAMPAIGN.match(words, person[1] - offset) is not None
        or _THEIRS.match(words, person[1] - offset) is not None
    )


_THEIRS = re.compile(r"(?:[’']s)?\s+(?:office|campaign|staff|team)\b")
# What follows a possessive name: "(Hannah’s) mother", "(Tramonte’s) longtime spokesman" (not "question", "reply")
_SOMEONE_OF = re.compile(r"(?:[^\S\n]+[a-z][\w-]*){0,2}?[^\S\n]+(?P<noun>[a-z][\w-]*)(?=[,.;:]|[^\S\n]*$)")


_CAMPAIGN = re.compile(
    r"\s+for\s+(?:[A-Z][\w.-]*\s+){0,2}(?:Congress|Senate|Governor|Mayor|President|Council|Sheriff|"
    r"Assembly|Office|District|Ward)\b"
)


def _role_before(party: Party, person: tuple[int, int], offset: int, words: str) -> bool:
    """The words end in a person's name after a role word: "Department of Homeland Security spokesman Matt
    Chandler", "the county's Chief Deputy Ann Ruiz"."""
    before = words[party.start - offset : person[0] - offset].split()
    return person[1] >= party.end - 1 and bool(before) and is_role_word(before[-1])


def _name_after_role(
    cand: _Candidate, party: Party, person: tuple[int, int], match: re.Match[str], offset: int
) -> bool:
    """The person a role word stands before, the words before the name their role."""
    words = match.string
    name, title = strip_name(words[person[0] - offset : party.end - offset])
    if not is_person_name(name):
        return False
    start = person[0] + words[person[0] - offset :].find(name)
    cand.name, cand.source, cand.how, cand.title = name, (start, start + len(name)), "named", title
    cand.role = " ".join(filter(None, (words[party.start - offset : person[0] - offset].strip(), title))) or None
    return True  # the role loses any leading article with every other role, in _clean_role


# ", Lt. ", ", the Rev. " or ", the Most Rev. " before the name that follows a description
_BESIDE = re.compile(r",\s+(?:the\s+)?(?:(?:Most|Very|Right)\s+)?(?:[A-Z][a-z]{0,4}\.\s+)?")


def _person_beside(party: Party, text: str, offset: int, entities: _Entities) -> tuple[int, int] | None:
    """The person named right after a description ("the sheriff’s spokeswoman, Sgt. Rhea Voss,")."""
    beside = _BESIDE.match(text, party.end - offset)
    person = entities.first_person_starting(party.end, party.end + 40) if beside else None
    return person if beside is not None and person is not None and person[0] == offset + beside.end() else None


def _named_beside(cand: _Candidate, party: Party, match: re.Match[str], offset: int, entities: _Entities) -> bool:
    """A description followed by the person's name: that person, the description their role."""
    text = match.string
    if (person := _person_beside(party, text, offset, entities)) is None:
        return False
    name, title = strip_name(text[person[0] - offset : person[1] - offset])
    if not is_person_name(name):
        return False
    _set(cand, match, offset, "said_after_name")
    cand.name, cand.source, cand.how = name, (person[0], person[0] + len(name)), "named"
    cand.role, cand.title = party.text, title
    return True


_APPOSITION = re.compile(r",\s+(?:the\s+|an?\s+)?")


def _named_before(cand: _Candidate, party: Party, match: re.Match[str], offset: int, entities: _Entities) -> bool:
    """A described speaker in apposition after a person's name, with more words before the cue than the patterns
    read ("Octavia Reinholt, chair of the board, who switched her vote, said after the meeting:"), or an
    organisation inside such an aside ("John Morton, the director of U.S. Immigration and Customs Enforcement,
    who …, said"): the person, by the apposition or by the parse's subject of the cue."""
    text = entities.text
    named = [p for p in entities.people if p[1] <= party.start and _APPOSITION.fullmatch(text, p[1], party.start)]
    if party.kind != "description":
        named = []
    in_apposition = bool(named)
    if not named and "cue" in match.re.groupindex and match.group("cue"):
        subject = entities.subject(offset + match.start("cue"))
        named = [subject[:2]] if subject and subject[2] == "person" and subject[1] <= party.start else []
    if not named:
        return False
    start, end = named[-1]
    name, title = strip_name(text[start:end])
    if not is_person_name(name):
        return False
    _set(cand, match, offset, "name_said_before")
    at = start + text[start:end].find(name)
    cand.name, cand.source, cand.how = name, (at, at + len(name)), "named"
    # "Judge X, writing for the panel, said the government had offered “…”": the government is no role of hers
    cand.role = party.text if in_apposition or party.kind == "description" else title_role(title)
    cand.title = title
    return True


_ASIDE_THEN_THAT = re.compile(r"[^,“”\"]*,\s+that\b")
_ASIDE_OPENS = re.compile(r",\s+(?:when|while|as|after|before|since|where)\b[^,“”\"]*$")
_QUOTED_AS = re.compile(r"\bquot(?:ed|es|ing)\s+(?P<who>[^“”\".;]{2,120}?),?\s+as\s+(?:saying|calling|describing)\b")
_TRAILING_LINK = re.compile(r"[^\S\n]+(?:of|for|and|at|with)$")  # a word the model ran a person's name into
_CLAUSE_AFTER = re.compile(r"\b(?:because|since|although|though|while|whereas|unless)\b")
_NAMING_VERBS = frozenset(
    "called calls described describes termed labeled labelled branded dubbed deemed characterized characterised".split()
)


def _partial(cand: _Candidate, before: str, offset: int, entities: _Entities) -> str | None:
    """A quote inside a sentence of reported speech, credited to the subject of the verb nearest before it
    ("Tramonte called the program “a disaster”"); returns the pronoun to resolve, "-" when credited, None
    when the words before are no reported speech."""
    match = PARTIAL.search(before) or _AND_THAT.search(before)
    while (
        match is not None
        and (
            match.group("cue").lower() in _NAMING_VERBS
            and (clause_after := _CLAUSE_AFTER.search(match["rest"])) is not None
            # (not inside a that-clause on the object: "called the county’s position that the money was forfeited
            # because he missed a hearing “…”")
            and not re.search(r"\bthat\b", match["rest"][: clause_after.start()])
            or _ASIDE_THEN_THAT.match(match["rest"])
            and _ASIDE_OPENS.search(before, 0, match.start("cue"))
        )
    ):
        # "said Kemper called ICE only because … his computer showed “…”": a naming verb's object is done before a
        # clause of its own; the verb of speech before it (and before an aside: "ICE said in a statement, when the
        # papers first wrote about bond amounts, that each bond reflects “…”")
        match = PARTIAL.search(before, 0, match.start("cue"))
    while match is not None and _call_as_noun(entities, offset + match.start("cue")):
        match = PARTIAL.search(before, 0, match.start("cue"))  # "on a jail phone call Thursday": no verb
    if not match:
        return _according_to(cand, before, offset, entities)
    # "a program called “Secure Communities”" names a thing; "Tramonte called the program “a disaster”" and "the
    # label, which she called “...”" quote.
    characterised = match.group("cue").lower() in _NAMING_VERBS and (
        match.group("rest").strip()
        or _SOMEONE_BEFORE.search(before[: match.start("cue")])
        # "a bill that Sen. Dolores M. Ackerly, its lead sponsor, once called “…”": a person the parse has call it
        or ((parsed := entities.subject(offset + match.start("cue"))) is not None and parsed[2] == "person")
    )
    if TITLE_BEFORE.search(before) and not characterised and not _goes_on_as_a_verb(cand, entities):
        return None
    if match.group("cue") == "telling" and (told := _teller(cand, match, offset, entities)) is not None:
        return told
    if quoted := _QUOTED_AS.search(before, 0, match.end("cue")):  # "the wire quoted Cuc’s lawyer, X, as saying “…”"
        at = offset + quoted.start("who")
        if (person := entities.first_person(at, offset + quoted.end("who"))) is not None:
            return _credit_partial_person(cand, match, offset, person, entities)
        return _credit_partial_party(cand, match, offset, quoted.group("who"), at, entities)
    if document := (_DOCUMENT_FROM_THAT.search(before) or _PASSED_THAT.search(before)):
        # "Mayor Dennis Coyle read aloud a resolution from the Westover Town Council that thanked Sharry for “…”":
        # the document's words, its author's
        at = offset + document.start("author")
        if (person := entities.first_person(at, offset + document.end("author"))) is not None:
            return _credit_partial_person(cand, match, offset, person, entities)
        return _credit_partial_party(cand, match, offset, document.group("author"), at, entities)
    if match.group("cue").endswith("ing") and (said := _SAID_THEN.search(before, 0, match.start("cue"))):
        # "Agents arrested 212 people, Immigration and Customs Enforcement said Tuesday, describing them as “…”":
        # who said it, whatever the parse made of the sentence
        at = offset + said.start("who")
        if (person := entities.first_person(at, offset + said.end("who"))) is not None:
            return _credit_partial_person(cand, match, offset, person, entities)
        return _credit_partial_party(cand, match, offset, said.group("who"), at, entities)
    if match.group("cue").endswith("ing") and (said := _SAID_THAT_THEN.search(before, 0, match.start("cue"))):
        # "She told reporters afterward that the administration still wanted Congress to …, calling the current
        # system “…”": the one who told, not the subject of what she told
        at = offset + said.start("who")
        if said.group("who").lower() in ("he", "she", "they"):
            _set(cand, match, offset, "partial")
            cand.source = (at, at + len(said.group("who")))
            return said.group("who")
        if (person := entities.first_person(at, offset + said.end("who"))) is not None:
            return _credit_partial_person(cand, match, offset, person, entities)
        if said.group("who").split()[0].lower() in ("a", "an", "the"):  # a description: "A circuit judge"
            if (credited := _credit_partial_party(cand, match, offset, said.group("who"), at, entities)) is not None:
                return credited
    if (
        (said := _SAID_THAT_AND.search(before, 0, match.start("cue")))
        and (parsed := entities.subject(offset + said.start("said"))) is not None
        and parsed[0] < offset + said.start("said")
    ):
        # "Tramonte … said in a statement that Secure Communities was deporting “…” and urged a “…”": who said so
        # urged it too, not the subject of what she said
        credited = _credit_subject(cand, match, offset, parsed, entities)
        if credited is not None:
            return credited
    # (never a subject the parse found past the quote, "… saying it had “…” in the district, after a post …", or
    # in the dateline, "LYNDMOOR, Ga. (WKXN) — Lyndmoor County Schools sent … saying")
    if (
        not _object_gap(match, offset, entities)
        and (parsed := entities.subject(offset + match.start("cue"))) is not None
        and parsed[0] < cand.mark_start
        and not _dateline_or_label(entities.text, parsed[0], parsed[1])
        and not _in_whose_clause(before, parsed[0] - offset)
        # (not a "you" inside the quote before, whose verb the parse ran on to this one: "called the memo “a promise
        # that depends on which office you walk into” and argued that … “…”")
        and not _within_marks(entities.text, parsed[0])
    ):
        credited = _credit_subject(cand, match, offset, parsed, entities)
        if credited is not None:
            return credited
    # The nearest verb may be no cue ("people charged with “...”"): an earlier verb of speech in the sentence.
    for earlier in reversed(list(_PARTIAL_CUE.finditer(before, 0, match.start("cue")))):
        if (parsed := entities.subject(offset + earlier.start("cue"))) is not None and not _dateline_or_label(
            entities.text, parsed[0], parsed[1]
        ):
            credited = _credit_subject(cand, earlier, offset, parsed, entities)
            if credited is not None:
                return credited
    subject = _AUXILIARIES_AT_END.sub("", before[: match.start("cue")])
    clause = max(subject.rfind(","), subject.rfind(";"), subject.rfind(":"), subject.rfind("”"), subject.rfind('"')) + 1
    backed = subject[clause:].strip() == "" and clause > 0
    if backed and (title := _ASIDE_TITLE.search(subject)):
        # "The Fordham Daily Sentinel, under the headline “…,” argued that": the words before the aside
        clause = max(subject.rfind(mark, 0, title.start()) for mark in (";", ":", ". ", "\n")) + 1
        subject = subject[: title.start()]
    elif backed:  # "Tramonte, who leads the group, called it": back a clause
        clause = max(subject.rfind(",", 0, clause - 1), 0) + (1 if subject.rfind(",", 0, clause - 1) >= 0 else 0)
    phrase, phrase_at = subject[clause:], offset + clause
    if (dateline := _dateline_end(entities.text, phrase_at)) > phrase_at:  # "Ga. (WKXN) — Lyndmoor County Schools"
        phrase, phrase_at = phrase[dateline - phrase_at :], dateline
    if (
        match.group("cue").endswith("ing")
        and (verb := entities.finite_verb(phrase_at, phrase_at + len(phrase))) is not None
        and not re.search(r"\b(?:who|that|which)\s*$", phrase[: verb - phrase_at])
    ):
        phrase = phrase[: verb - phrase_at]  # "Lyndmoor County Schools sent families a message … saying": the schools
    if backed and (
        re.match(r"\s*(?:whom?|whose|which|asked|speaking|interviewed|reached|pressed|questioned)\b", phrase)
        or _role_aside(phrase, subject[: clause - 1])
        or _body_aside(phrase, subject[: clause - 1])
    ):
        # "Hendry, who has introduced a bill that ..., called it", "Ridgeline Hardware, which is based in
        # Chattanooga, says": the one the clause is about; "Janet Napolitano, asked about the bill at a news
        # conference, told reporters": the one who was asked
        start = _clause_start(subject, clause - 1)
        phrase, phrase_at = subject[start : clause - 1], offset + start
    if re.search(r"\b(?:and|but|or|then)\s*$", phrase):
        return None  # "“…” in a post on Twitter and said sheriffs would “…”": the subject is the earlier verb's
    if (whose := WHOSE.search(phrase)) is not None:
        phrase = phrase[: whose.start()]  # "A diabetic roofer whose name I will not use asked me": not "I"
    if (person := entities.first_person(phrase_at, phrase_at + len(phrase))) is not None:
        return _credit_partial_person(cand, match, offset, person, entities)
    if pronoun := _SUBJECT_PRONOUN.search(phrase):
        _set(cand, match, offset, "partial")
        cand.source = (phrase_at + pronoun.start("pron"), phrase_at + pronoun.end("pron"))
        return pronoun.group("pron")
    if (name := _SUBJECT_NAME.search(phrase)) and not entities.organisation_at(
        phrase_at + name.start("name"), name.group("name").split()[-1]
    ):
        named_at = phrase_at + name.start("name")
        if _credit_partial_person(cand, match, offset, (named_at, named_at + len(name.group("name"))), entities):
            return "-"
    credited = _credit_partial_party(cand, match, offset, phrase, phrase_at, entities)
    if (
        credited is None
        and backed
        and 0 < (first := subject.find(",")) < phrase_at - offset
        and not _person_unquoted(entities, offset, phrase_at)
    ):
        # "Grace Lutheran Church, two blocks from the plant, posted on Facebook that …": the aside is no one; the
        # words before it are the subject (after a label: "UPDATE 10:30 a.m.: St. Rose of Lima Catholic Church, …")
        head = colon + 2 if (colon := subject.rfind(": ", 0, first)) >= 0 else 0
        return _credit_partial_party(cand, match, offset, subject[head:first], offset + head, entities)
    return credited


_CLAUSE_MARKS = (",", ";", ":", "”", '"', ". ", "\n")


def _clause_start(text: str, end: int | None = None) -> int:
    """Where the clause ending at `end` (the text's end) starts: after the last comma, colon, semicolon, closing
    mark, full stop or line break before it."""
    end = len(text) if end is None else end
    return max(text.rfind(mark, 0, end) for mark in _CLAUSE_MARKS) + 1


def _role_aside(phrase: str, before: str) -> bool:
    """Is this clause a job in apposition, in lower case, after a person's name ("Frank Sharry, executive director
    of America’s Voice,"; "The memo, signed by Harold Bragg, then the agency's deputy director,"), which the parse
    may leave as the subject of a verb it reads as a participle?"""
    words = re.split(r"\s+(?:of|for|at|on|in)\s+", phrase.strip().rstrip(","))[0].split()
    named = before[_clause_start(before) :].strip()
    last = re.search(r"(?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'-]*$", named)  # (the one the aside is on: its last words)
    return (
        bool(words)
        and words[0][0].islower()
        and (words[-1] in PERSON_NOUNS or agent_noun(words[-1]))
        and last is not None
        and _first_and_last(strip_name(last.group(0))[0])
    )


# What a body is, in apposition after its name: "the Dunmore company that owns the center", "a nonprofit based in …"
_BODY_ASIDE = re.compile(
    r"\s*(?:the|an?)\s+(?:[\w’'-]+\s+){0,3}?(?:company|firm|group|chain|operator|nonprofit|organi[sz]ation|agency|"
    r"contractor|corporation|business|coalition|network)(?:\s+(?:that|which|based|in|of|for)\b.*)?",
    re.DOTALL,
)


def _body_aside(phrase: str, before: str) -> bool:
    """Is this clause what an organisation named just before it is ("Crestline Senior Living, the Dunmore company
    that owns the center,")?"""
    named = before[_clause_start(before) :].strip()
    return (
        _BODY_ASIDE.fullmatch(phrase) is not None
        and re.fullmatch(r"[A-Z][\w’'.&-]*(?:\s+(?:(?:of|for|and|the)\s+)*[A-Z][\w’'.&-]*)+", named) is not None
        and not _first_and_last(named)
    )


def _call_as_noun(entities: _Entities, at: int) -> bool:
    """Is the cue word here "call" the noun, with its article or modifier ("his brother told him on a jail phone call
    Thursday, “…”"), not the verb of speech?"""
    token = entities.token_at(at)
    return (
        token is not None
        and token.lower_ == "call"
        and token.tag_ == "NN"
        and token.dep_ in ("pobj", "dobj")  # (not "The fact sheet calls this “…”", which the parse may make a noun)
        and any(c.dep_ in ("det", "compound", "amod") for c in token.children)
    )


def _within_marks(text: str, at: int) -> bool:
    """Does this offset stand inside curly quotation marks opened earlier in its paragraph?"""
    start = text.rfind("\n", 0, at) + 1
    return text.count("“", start, at) > text.count("”", start, at)


def _in_whose_clause(before: str, at: int) -> bool:
    """Does this subject stand in a clause on the noun before it ("A diabetic roofer whose name I will not use
    asked me": "I", which a parse may make the asker)?"""
    whose = list(WHOSE.finditer(before, 0, max(0, at)))
    return bool(whose) and not re.search(r"[.!?,;:]", before[whose[-1].end() : at])


def _person_unquoted(entities: _Entities, start: int, end: int) -> bool:
    """Does a person stand in the text outside its quotation marks ("…, which marched behind a banner that read
    “Neighbors, Not Suspects,”" names no one)?"""
    while (person := entities.first_person(start, end)) is not None:
        opened = entities.text.count("“", start, person[0]) - entities.text.count("”", start, person[0])
        if opened <= 0:
            return True
        start = person[1]
    return False


# A verb of speech with what was said, a quote in it, then "and" and the next verb: "said in a statement that … “…”
# and (urged)", "The letter says agents “…” and (urges)" (the cue is where the search ends)
_SAID_THAT_AND = re.compile(
    r"\b(?P<said>said|says|wrote|argued|told\s+[\w’'-]+(?:\s+[\w’'-]+)?)\b(?:[^“”\".!?]{0,40}?\bthat\b)?"
    r"[^“”\".!?]{1,120}[“\"][^“”\"]{1,120}[”\"][^“”\".!?]{0,20}?\band\s+\Z"
)
# A second that-clause of a verb of speech too far back for PARTIAL: "The City of Harwood said Wednesday that it had no
# advance notice of …, and that its police department “did not participate in any way.”", "She said two of their
# milkers quit …, and that one of them, a man who …, “cried in my kitchen …”" (the speaker's words)
_AND_THAT = re.compile(
    r"^.*\b(?P<cue>said|says|wrote|writes|stated|states|told\s+[\w’'-]+|argued|argues|added|noted|insisted|"
    r"announced|acknowledged)\b(?P<rest>[^“”\"!?]{1,460}?,?\s+and\s+that\b[^“”\"]{0,160})$"
)
# An aside naming a headline or title between a subject and its verb: ", under the headline “…,” "
_ASIDE_TITLE = re.compile(
    r",\s+(?:(?:under|in|with)\s+(?:the|a|an|its)\s+(?:[\w-]+\s+)?(?:headline|title)|titled|entitled|headlined)"
    r"\s+[“\"][^“”\"]*[,.]?[”\"],?\s*$"
)


def _object_gap(match: re.Match[str], offset: int, entities: _Entities) -> bool:
    """Is the cue a clause on a noun that is its own object, its preposition left at the end ("would send the figures
    Brackett had asked for “within days”")? Then the quote is no words of that clause's subject: an earlier verb's."""
    verb = entities.token_at(offset + match.start("cue"))
    return (
        verb is not None
        and verb.dep_ == "relcl"
        and re.fullmatch(r"\s+(?:for|about|to|on|of|with)\s*", match.group("rest")) is not None
        and not any(t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in ("who", "that", "which") for t in verb.children)
    )


def _reads_own(cand: _Candidate, match: re.Match[str], offset: int, entities: _Entities) -> bool:
    """Does the one who reads "her statement" or "his remarks" stand named in that sentence, a "her" or "his" by
    their first name, and no lawyer or spokesperson reading for someone else ("Her lawyer, Gareth Holt, read her
    statement")? Then the words are the reader's own."""
    at = offset + match.start()
    sentence = _sentence_start(entities.text, entities.text.rfind("\n", 0, at) + 1, at)
    reader = entities.first_person(sentence, at)
    if reader is None:
        return False
    name, title = strip_name(entities.text[reader[0] : reader[1]])
    between = entities.text[sentence:at]
    if (
        not is_person_name(name)
        or pronoun_of(name.split()[0]) != _POSSESSIVE_PRONOUN[match.group("pron").lower()]
        or re.search(r"\b(?:lawyer|attorney|counsel|spokes\w*|representative|aide|interpreter)\b", between, re.I)
    ):
        return False
    _set(cand, match, offset, "statement")
    cand.name, cand.source, cand.how, cand.title = name, (reader[0], reader[0] + len(name)), "named", title
    return True


def _goes_on_as_a_verb(cand: _Candidate, entities: _Entities) -> bool:
    """Do the quoted words start with a verb or a preposition in lower case, so they say what the noun before them
    does or has ("ICE said the policy “will release dangerous individuals …”"), not what it is called ("the policy
    “Secure Communities”")?"""
    token = entities.token_at(cand.start)
    return (
        token is not None
        and token.idx == cand.start
        and token.text.islower()
        and (
            token.pos_ in ("VERB", "AUX")
            and token.tag_ not in ("VBG", "VBN")  # "the program “building trust”": a name still
            # or a preposition that goes on from it: "a guest worker program “with real teeth”"
            or token.lower_ in ("with", "without", "that", "which", "for", "than")
        )
    )


def _teller(cand: _Candidate, match: re.Match[str], offset: int, entities: _Entities) -> str | None:
    """ "She recalled her father, the Rev. Calvin Whitfield, telling her to “…”": the one remembered telling,
    the noun "telling" describes (a person the model found in it, else the description)."""
    token = entities.token_at(offset + match.start("cue"))
    if token is None or token.dep_ not in ("acl", "advcl"):
        return None
    head = token.head  # the noun "telling" describes, or the object of the verb it hangs on ("recalled X telling")
    if head.pos_ == "VERB":
        head = next((c for c in head.children if c.dep_ == "dobj" and c.i < token.i), head)
    if head.pos_ not in ("NOUN", "PROPN"):
        return None
    start = head.left_edge.idx
    end = max((t.idx + len(t) for t in head.subtree if t.i < token.i), default=head.idx + len(head))
    if (comma := entities.text.find(",", head.idx, end)) != -1:
        end = comma  # "her daughter", not "her daughter, a ninth-grade defenseman"
    if (person := entities.first_person(start, end)) is not None:
        return _credit_partial_person(cand, match, offset, person, entities)
    phrase = entities.text[start:end]
    return _credit_partial_party(cand, match, offset, phrase, start, entities)


_SAID_OF = re.compile(r"(?:^|[.!?]\s+)(?:[Hh]e|[Ss]he|[A-Z][\w’'-]+)\s+said\s+(?:that\s+)?$")


def _ends_own_sentence(text: str, cand: _Candidate, before: str) -> bool:
    """A fragment quoted inside a sentence that ends within its marks ("… wants a measure that “the Senate can
    pass.” Two officials said aides had …"): the next sentence's cue is not its credit."""
    return (
        bool(before.strip())
        and bool(text[cand.paragraph[0] : cand.mark_start].strip())  # not a quote that opens its paragraph
        and text[cand.start : cand.end].rstrip()[-1:] in (".", "!", "?")
    )


_RECALLED_TELLING = re.compile(r"\s+telling\s+(?:her|him|them|me|us)\b")
# An inverted "X said" between commas, then a participle: ", ICE said Tuesday, describing"
_SAID_THEN = re.compile(
    r",\s+(?P<who>[A-Z][^,;:“”\"]{1,80}?)\s+(?:said|says|announced|reported)(?:\s+(?:on\s+)?[A-Z][a-z]+)?,\s+$"
)
# "She told reporters afterward that …, calling": the sentence's speaker, then a that-clause, then the participle
_SAID_THAT_THEN = re.compile(
    rf"(?:^|[.!?][”\"]?\s+)(?:{DATELINE})?(?P<who>[Hh]e|[Ss]he|[Tt]hey|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){{0,3}}"
    # (or someone described, as a lede does: "DUNMORE — A circuit judge ruled Thursday that …, calling", "A Carver
    # County judge")
    r"|(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,3}?[a-z][\w-]*)\s+"
    r"(?:said|says|told|added|argued|wrote|ruled|found|held)(?:\s+[\w-]+){0,3}?\s+that\s+[^.!?;:“”\"]{5,300},\s+$"
)
# "According to the Transactional Records Project, a research group ..., people ... attended at rates “…”" (a stop
# inside a word ends no sentence: "reached 94 by 10 a.m., and “…”")
_ACCORDING_LEAD = re.compile(
    r"(?:^|[.!?]\s+)(?P<cue>According\s+to)\s+(?P<who>[^,;:“”\"]{2,120}?),(?=(?:[^.!?;:“”\"]|\.(?=\S))*:?\s*$)"
)


def _according_to(cand: _Candidate, before: str, offset: int, entities: _Entities) -> str | None:
    """A fragment in a sentence that opens "According to X," with no verb of speech before it: X's words."""
    match = _ACCORDING_LEAD.search(before)
    if match is None:
        return None
    at = offset + match.start("who")
    if (person := entities.first_person(at, offset + match.end("who"))) is not None:
        return _credit_partial_person(cand, match, offset, person, entities)
    if (
        _THE_DOCUMENT.fullmatch(match.group("who"))
        and (clause := _WRITER_CLAUSE.match(match.string, match.end("who") + 1))
        and (writer := entities.first_person(offset + clause.start("who"), offset + clause.end("who"))) is not None
    ):  # "According to the directive, which Morton signed Monday, “…”": its writer's words
        return _credit_partial_person(cand, match, offset, writer, entities)
    return _credit_partial_party(cand, match, offset, match.group("who"), at, entities)


_CUE_IN = re.compile(rf"\s+{_CUE}\b")
# A clause the parse ran a subject back over: "When Napolitano finished, (a volunteer …)"
_SUBORDINATE_LEAD = re.compile(
    r"(?:When|After|As|Before|While|Once|If|Because|Although|Though|Since|Until)\b[^,;:“”\"]{1,80},\s+(?=[a-z])"
)


def _up_to_verb(phrase: str) -> str:
    """A subject phrase without the cue verb it ran on into ("Sheriff's Office said in a" before "written")."""
    verb = _CUE_IN.search(phrase)
    return phrase[: verb.start()] if verb else phrase


def _credit_subject(
    cand: _Candidate, match: re.Match[str], offset: int, subject: tuple[int, int, str], entities: _Entities
) -> str | None:
    """Credit a partial quote to the subject the parse found for its verb."""
    start, end, kind = subject
    text = match.string[start - offset : end - offset] if start >= offset else None
    if text is None:  # the subject stands before this sentence's window: read it from the document
        text = entities.text[start:end]
    if entities.text.startswith("-in-law", end):  # "His brother-in-law", which the parse cut at its hyphen
        text, end = text + "-in-law", end + len("-in-law")
    if (lead := _SUBORDINATE_LEAD.match(text)) is not None:
        text, start = text[lead.end() :], start + lead.end()  # "When Napolitano finished, a volunteer": the volunteer
    if kind == "person" or (kind == "phrase" and text in entities.surnames):  # "Ambrose", the model read no one
        return _credit_partial_person(cand, match, offset, (start, end), entities, written=text)
    if text.endswith(("’s", "'s")) and (noun := re.match(r"[^\S\n]+[a-z][\w-]*", entities.text[end:])):
        text += noun.group(0)  # a possessive the parse cut from its noun ("The co-op’s | letter … warns")
    if kind == "pronoun":
        _set(cand, match, offset, "partial")
        cand.source = (start, end)
        return text
    head = _up_to_verb(text).partition(" of ")[0]  # "Frank Sharry of America’s Voice": the person, not the group
    if head != _up_to_verb(text):  # (nor "Sen. Patrice Dunmore, D-Ore., chairwoman of …": the name before its aside)
        head = strip_name(head.split(",")[0])[0]
    if head != _up_to_verb(text) and _first_and_last(head) and (at := text.find(head)) >= 0:
        return _credit_partial_person(cand, match, offset, (start + at, start + at + len(head)), entities, written=head)
    if (
        _A_DESCRIPTION.match(text)
        and (person := entities.first_person(start, end)) is not None
        and entities.text[start : person[0]].rstrip().endswith(",")
    ):  # "the owner of Pettibone Roofing, Dean Pettibone, had told the crew that he would “…”": the one named
        return _credit_partial_person(cand, match, offset, person, entities)
    if (
        _A_DESCRIPTION.match(text)
        and (beside := _ORGANISATION_BESIDE.match(entities.text, end))
        and (credited := _credit_partial_party(cand, match, offset, beside["name"], beside.start("name"), entities))
    ):  # "The vendor, JailPay Solutions, said in an email that its fees are “…”": the body named beside it
        return credited
    if (writing := _WRITING_OPENS.match(text)) and (
        clause := writing.end() == len(text)
        and _WRITER_CLAUSE.match(entities.text, start + writing.end(), offset + match.start("cue"))
        or _WRITER_FROM.match(entities.text, start + writing.end(), offset + match.start("cue"))
    ):  # "The notice the City of Tallis taped to the front door says visitors “…”", "A state inspection report in
        # March, from the state’s Bureau of Jail Standards, described the unit as “…”": its writer's words
        if (person := entities.first_person(clause.start("who"), clause.end("who"))) is not None:
            return _credit_partial_person(cand, match, offset, person, entities)
        if (
            credited := _credit_partial_party(cand, match, offset, clause.group("who"), clause.start("who"), entities)
        ) is not None:
            return credited
    return _credit_partial_party(cand, match, offset, text, start, entities)


_WRITING_OPENS = re.compile(rf"(?:[Tt]he|[Tt]his|[Tt]hat|[Aa]n?)\s+(?:[\w-]+\s+){{0,2}}?(?:{WRITING})")
# Whom a document came from, after it (and after when: "report in March, from the state’s Bureau of Jail Standards,")
_WRITER_FROM = re.compile(
    r"(?:[^\S\n]+(?:in|on|of|last|this|dated)[^\S\n]+[\w’'.-]+(?:[^\S\n]+\d+)?)?,?[^\S\n]+(?:from|by)[^\S\n]+"
    r"(?:the[^\S\n]+)?(?:[a-z]+[’']s[^\S\n]+)?"
    r"(?P<who>[A-Z][\w’'.&-]*(?:[^\S\n]+(?:(?:of|for|and|on|the)[^\S\n]+)*[A-Z][\w’'.&-]*)*)"
    r"(?:[^\S\n]+[a-z][^,;:“”\"\n]*)?,?[^\S\n]*$"
)


# A description, then the name it belongs to: "The head referee at Fenwick, Gregory Mattis, an engineer …"
_A_DESCRIPTION = re.compile(r"(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+[a-z][^,“”\"]{1,80}")
_NAME_AFTER = re.compile(  # (after a second noun for the same one: "Her teammate and best friend, Nayeli,")
    r"(?:[^\S\n]+and[^\S\n]+(?:[a-z][\w’'-]*[^\S\n]+){0,2}[a-z][\w’'-]*)?"
    r",[^\S\n]+(?P<name>[A-Z][\w’'.-]*(?:[^\S\n]+[A-Z][\w’'.-]*){0,3}),"
)


def _first_and_last(name: str) -> bool:
    """A person's name of a first name and more: "Gregory Mattis", not "Fenwick Academy"."""
    return is_person_name(name) and len(name.split()) >= 2 and is_first_name(name.split()[0])


# Before a partial quote's naming verb, a noun and then the subject of a clause on it: the subject speaks.
_NOUN_BEFORE_SUBJECT = re.compile(
    r"\s*(?:an?\s+|the\s+)?[a-z][\w’'-]*\s+(?:that\s+|which\s+)?(?=(?:the|its|their|his|her|our)\s)"
)


def _credit_partial_party(
    cand: _Candidate, match: re.Match[str], offset: int, words: str, at: int, entities: _Entities
) -> str | None:
    """An organisation or description as a partial quote's speaker: "-" when credited, None when the words are
    neither."""
    words = _up_to_verb(words)
    if (
        _A_DESCRIPTION.fullmatch(words)
        and (named := _NAME_AFTER.match(entities.text, at + len(words)))
        # (or a first name alone: "Her teammate and best friend, Nayeli, who finished 14th, told the Courier")
        and (_first_and_last(name := named.group("name")) or " " not in name and is_first_name(name))
    ):  # "The head referee at Fenwick, Gregory Mattis, an engineer …, called the tape “…”": the one named
        return _credit_partial_person(cand, match, offset, named.span("name"), entities, written=name)
    words = re.split(r",\s+(?:who|whose|which|where|when)\b", words)[0]  # "Critics on Capitol Hill, where …,"
    if (noun := _NOUN_BEFORE_SUBJECT.match(words)) is not None:  # "vote the district’s treasurer (called)"
        words, at = words[noun.end() :], at + noun.end()
    if (mine := _THEIR_DOCUMENT.match(words)) is not None:  # "His letter, also obtained by …, says … “…”": his
        _set(cand, match, offset, "partial")
        cand.source = (at + mine.start("pron"), at + mine.end("pron"))
        return _POSSESSIVE_PRONOUN[mine.group("pron").lower()]
    if owned := _OWNED_DOCUMENT.match(words):  # "The Columbia Basin Growers Federation’s letter to Congress calls"
        words = owned.group("owner")
    elif paid := _PAID_BY.fullmatch(words):  # "The ad, paid for by Prairie Values PAC, says": whoever paid for it
        words, at = paid.group("who"), at + paid.start("who")
    elif _THE_AD.fullmatch(words) and (aired := _AD_FROM.match(entities.text, at + len(words))):
        words, at = aired.group("who"), aired.start("who")  # "The spot, from Show Me Security PAC, …, accuses"
    elif (
        _THE_DOCUMENT.fullmatch(words)
        and (by := _ASIDE_BY.match(entities.text, at + len(words)))
        # (one word a document is said to use is as often the story's own word in marks: families "terrified")
        and len(entities.text[cand.start : cand.end].split()) > 1
    ):
        # "The memo, sent in January by an assistant director in the agency’s enforcement division, told …": its sender
        if (person := entities.first_person(by.start("who"), by.end("who"))) is not None:
            return _credit_partial_person(cand, match, offset, person, entities)
        words, at = by.group("who"), by.start("who")
    elif (doc := _A_WRITING.match(words)) and (by := _RELEASED_BY.match(entities.text, at + doc.end())):
        # "A report released today by the Office of Inspector General at the Department of Homeland Security found
        # that …": whoever put it out
        words, at = by.group("who"), by.start("who")
    party = read_party(words, at, entities.organisations)
    if (
        party is None
        and (document := _THE_DOCUMENT.fullmatch(words))
        and (sender := _sent_from(document, at, entities))
    ):
        # "… a letter the district received Monday from ICE. The letter says agents “…”": the letter's sender
        if isinstance(sender, tuple):  # (named sentences back: read from the story, not the window)
            return _credit_partial_person(cand, match, offset, sender, entities, written=entities.text[slice(*sender)])
        _set(cand, match, offset, "partial")
        cand.party, cand.source, cand.how = sender, (sender.start, sender.end), "partial"
        return "-"
    if party is None and _THE_RESEARCH.fullmatch(words) and (issuer := _research_issuer(cand, entities)):
        # "The 48-page report describes a system that is “…”": the findings of whoever the story said released it
        _set(cand, match, offset, "partial")
        cand.party, cand.source, cand.how = issuer, (issuer.start, issuer.end), "partial"
        return "-"
    if party is None:
        return None
    if party.kind == "description" and (person := _person_beside(party, match.string, offset, entities)):
        if credited := _credit_partial_person(cand, match, offset, person, entities):  # a split's second half
            cand.role = party.text
            return credited
    if (
        party.kind == "organisation"
        and party.text.islower()
        and (named := _NAMED_AFTER_NOUN.match(entities.text, at + len(words)))
        and (better := read_party(named.group("name"), named.start("name"), entities.organisations)) is not None
        and better.kind == "organisation"
    ):
        party = better  # "The private company that runs …, Trackwell Solutions of Boulder, Colo., said": by its name
    _set(cand, match, offset, "partial")
    cand.party, cand.source, cand.how = party, (party.start, party.end), "partial"
    return "-"


# The name after an organisation's description, in apposition: "(The private company) that runs most of ICE's
# monitoring, Trackwell Solutions of Boulder, Colo., (said)"
_NAMED_AFTER_NOUN = re.compile(
    r"(?:[^\S\n]+(?:that|which)\b[^,“”\"\n]{1,120})?,[^\S\n]+(?P<name>[A-Z][\w.&’'-]*(?:[^\S\n]+(?:[A-Z][\w.&’'-]*|of|for|and))*)"
    r"(?:,[^\S\n]+[A-Z][\w.]*)?,[^\S\n]"
)


# Who paid for or put out an ad, and the aside that says so: " paid for by Prairie Values PAC,"
_SPONSORED_BY = r"(?:paid\s+for|funded|sponsored|bought|placed|produced)\s+by"
_PAID_BY = re.compile(rf"\s*{_SPONSORED_BY}\s+(?:the\s+)?(?P<who>[A-Z][^,;:“”\"\n]{{1,80}}?),?\s*")
# An ad by what it is, and the aside after it that says whose it is (", from Show Me Security PAC,")
_THE_AD = re.compile(
    r"\s*(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[\w-]+\s+){0,2}?(?:ad|advertisement|spot|commercial|mailer|flyer|billboard)\s*"
)
_AD_FROM = re.compile(rf",\s+(?:from|{_SPONSORED_BY}|by)\s+(?:the\s+)?(?P<who>[A-Z][^,;:“”\"\n]{{1,80}}?),")
# Who put out a study or report, in the sentence that names it: "a report released Tuesday by the Prairie Justice
# Network", "The report, by the Deering Immigrant Rights Coalition,", "a study from the Corliss Center"
_RESEARCH_BY = re.compile(
    r"(?:[^\S\n]+(?:of|on|about|into)(?:[^\S\n]+[\w-]+){1,4}?)?"  # "an analysis of federal data released … by"
    r",?[^\S\n]+(?:(?:released|published|issued|commissioned|written|compiled|prepared|produced|made\s+public)"
    r"(?:[^\S\n]+[\w-]+){0,2}?[^\S\n]+)?(?:by|from)[^\S\n]+"
    # ("by researchers at …", "by the university’s Center for Dairy Profitability")
    r"(?:(?:researchers|economists|scholars|analysts|experts)[^\S\n]+(?:at|from|with)[^\S\n]+)?(?:the[^\S\n]+)?"
    r"(?:[a-z]+[’']s[^\S\n]+)?(?P<who>[A-Z][^,;:“”\"()\n]{1,90})"
)
# A body's name: capitalised words and the small words between them ("the Ocmulgee County auditor’s office" too)
_PROPER_NAME = re.compile(
    r"(?:the\s+)?[A-Z][\w.&’'-]*(?:\s+(?:[A-Z][\w.&’'-]*|of|for|and|on|in|the|de))*"
    # a centre at its university: "the Center for Rural Justice at Kaw Valley University"
    r"(?:\s+at\s+(?:the\s+)?(?:[A-Z][\w.&’'-]*\s+){1,4}(?:University|College)\b(?:\s+of(?:\s+[A-Z][\w.&’'-]*){1,3})?)?"
    r"(?:\s+[a-z]+[’']s\s+(?:office|department|bureau|division))?"
)
# "The Corliss Center for Public Policy released a report …": the organisation that opens its sentence
_RESEARCH_PUT_OUT = re.compile(
    r"(?:the[^\S\n]+)?(?P<who>[A-Z][^,;:“”\"()\n]{1,90}?)[^\S\n]+(?:released|published|issued|put\s+out|made\s+public)"
    r"[^\S\n]+(?:\w+[^\S\n]+)?(?:a|an|its|their)[^\S\n]+(?:[\w-]+[^\S\n]+){0,3}$"
)


def _research_issuer(cand: _Candidate, entities: _Entities, *, lede: bool = True) -> Party | None:
    """The organisation the story says released the study or report a quote is from, where it named it ("a report
    released Tuesday by the Prairie Justice Network"), else (`lede`) the body its first paragraph leads with."""
    text = entities.text
    low = max(text.find("\n") + 1, cand.mark_start - 3 * WINDOW)
    # (or the review it was: "a review by the Ocmulgee County auditor’s office has found" ¶ "The audit … said")
    for mention in reversed(list(re.finditer(rf"\b(?:{_RESEARCH}|review)\b", text[low : cand.mark_start], re.I))):
        at, end = low + mention.start(), low + mention.end()
        sentence = _sentence_start(text, text.rfind("\n", 0, at) + 1, at)
        if re.search(r"[“\"][^”\"]*$", text[sentence:at]):
            continue  # a word of someone's quote, not the story's
        start = max(sentence, _dateline_end(text, at))
        by = _RESEARCH_BY.match(text, end)
        put = _RESEARCH_PUT_OUT.search(text, start, at)
        for found in (by, put):
            if found is None:
                continue
            name = _PROPER_NAME.match(found.group("who"))  # "the DHS Office of Inspector General (found that …)"
            # (not the full stop after its name: "by the Halvorsen Center for Migrant Health.", but "Inc.")
            words = name.group(0) if name else ""
            if words.endswith(".") and not words.endswith(("Inc.", "Ltd.", "Corp.", "Co.")):
                words = words[:-1]
            party = read_party(words, found.start("who"), entities.organisations) if words else None
            if party is not None and party.kind == "organisation" and _PROPER_NAME.fullmatch(party.text):
                return party  # (a name: not "a coalition of advocacy groups", "Calloway-Banks's institute")
    # "… according to a report released Wednesday." ¶ "The Cumberland Policy Institute, a nonpartisan research group,
    # analyzed two years of records": the body that did the research, opening a paragraph of the story's first three
    head = 0
    for _ in range(4):  # (the headline and three paragraphs: not the whole story read again for every quote)
        head = text.find("\n\n", head + 2) if head != -1 else -1
    for did in _RESEARCH_DONE.finditer(text, 0, min(cand.mark_start, head if head != -1 else len(text))):
        party = read_party(did.group("who"), did.start("who"), entities.organisations)
        if party is not None and party.kind == "organisation" and _PROPER_NAME.fullmatch(party.text):
            return party
    return _lede_speaker(entities) if lede else None


_RESEARCH_DONE = re.compile(
    r"(?m)^(?:The[^\S\n]+)?(?P<who>[A-Z][\w’'.&-]*(?:[^\S\n]+(?:[A-Z][\w’'.&-]*|of|for|and|on|the))*)"
    r"(?:,[^,.;:“”\"\n]{1,80},)?[^\S\n]+(?:analy[sz]ed|studied|surveyed|reviewed|examined|compiled|tracked)\b"
)


def _sent_from(document: re.Match[str], at: int, entities: _Entities) -> Party | tuple[int, int] | None:
    """Who the story last said a document came from, for "The letter says …" after it: the organisation it was
    received from in the sentence before ("a letter the district received Monday from ICE") or that the sentence
    before says wrote or sent it ("ICE wrote to this committee."), or whoever signed it in a sentence this
    paragraph or the one before began with ("The letter, signed by the district’s superintendent, Raymond Okafor,
    …": his span)."""
    text = entities.text
    doc = re.escape(document.group("doc").lower())
    start = _sentence_start(text, text.rfind("\n", 0, at) + 1, at)
    before = _sentence_start(text, text.rfind("\n", 0, max(0, start - 2)) + 1, max(0, start - 2))
    for named in re.finditer(
        rf"(?i:\b{doc}\b)[^.!?“”\"\n]{{0,60}}?\bfrom\s+(?:the\s+)?(?P<who>{_SENDER})", text[before:start]
    ):
        party = read_party(named.group("who"), before + named.start("who"), entities.organisations)
        if party is not None and party.kind == "organisation":
            return party
    # "a memo to board members from the superintendent, Dr. Lorraine Akinyemi-Vance. The memo calls …": the one
    # named beside whose role it came from
    for named in re.finditer(
        rf"(?i:\b{doc}\b)[^.!?“”\"\n]{{0,60}}?\bfrom\s+(?:the|its|their|his|her)\s+[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){{0,2}},\s+",
        text[before:start],
    ):
        at = before + named.end()
        if title := _TITLE_ABBREVIATION.match(text, at):
            at = title.end()  # "Dr. Lorraine …"
        if (person := entities.first_person(at, min(start, at + 80))) is not None and person[0] == at:
            return person
    # "he holds up a letter Janet Napolitano sent to police chiefs. The letter says …": whom its clause names
    for named in re.finditer(rf"(?i:\b{doc}\b)", text[before:start]):
        clause = _WRITER_CLAUSE.match(text, before + named.end(), start)
        if clause and (person := entities.first_person(clause.start("who"), clause.end("who"))) is not None:
            return person
    # "Immigration and Customs Enforcement wrote to this committee. The letter says …": who wrote it (after a
    # transcript's speaker label, "SEN. QUADE:")
    wrote = re.match(
        rf"\s*(?:[A-Z][A-Z’'.-]+(?:\s+[A-Z][A-Z’'.-]+)?:\s+)?(?P<who>{_SENDER}?)\s+(?:has\s+|had\s+)?"
        rf"(?:wrote|sent\b[^.!?“”\"\n]{{0,40}}?(?i:\b{doc}))\b",  # (not "ICE sent detainers …. The audit says")
        text[before:start],
    )
    if wrote:
        who = (before + wrote.start("who"), before + wrote.end("who"))
        if (person := entities.first_person(*who)) is not None:
            return person  # "Attorney General Renata Ocasio sent Napolitano a four-page letter": hers
        party = read_party(wrote.group("who"), who[0], entities.organisations)
        if party is not None and party.kind == "organisation":
            return party
    low = max(0, at - 3 * WINDOW)
    signed = list(
        re.finditer(
            rf"\b[Tt]he\s+{doc},\s+(?:signed|sent|written)\s+by\s+(?P<who>[^.;:“”\"\n]{{3,90}})", text[low:start]
        )
    )
    if signed and (person := entities.first_person(low + signed[-1].start("who"), low + signed[-1].end("who"))):
        return person  # (the last such sentence; nobody else's in between is asked for)
    return None


_TITLE_ABBREVIATION = re.compile(  # "Dr. ", "Sen. ": the watchlist's titles that end in a period
    "(?:" + "|".join(re.escape(t) for t in sorted(TITLES, key=len, reverse=True) if t.endswith(".")) + r")\s+"
)
# A sender's name: capitalised words ("ICE’s field office in St. Paul")
_SENDER = r"[A-Z](?:[^,.;:“”\"\n]|(?<=\bSt|\bFt|\bMt)\.){1,80}"


# A study or report by what it is ("The 48-page report"); a document, and the aside after it that says who sent it
_THE_RESEARCH = re.compile(rf"\s*(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[\w-]+\s+)?(?P<doc>{_RESEARCH})\s*")
_THE_DOCUMENT = re.compile(rf"\s*(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[\w-]+\s+)?(?P<doc>{WRITING})\s*")
_A_WRITING = re.compile(rf"\s*(?:[Tt]he|[Aa]n?|[Tt]his)\s+(?:[\w-]+\s+)?(?:{WRITING})\b")
_RELEASED_BY = re.compile(
    r"[^\S\n]+(?:released|issued|published|prepared|compiled|commissioned)\b[^,“”\"\n]{0,30}?\bby[^\S\n]+"
    r"(?P<who>(?:the[^\S\n]+)?[A-Z][\w’'.&-]*(?:[^\S\n]+(?:(?:of|for|and|on)[^\S\n]+)?[A-Z][\w’'.&-]*){0,7})"
)
_ASIDE_BY = re.compile(
    r",\s+(?:sent|signed|written|issued|drafted|released|circulated)\b[^,“”\"\n]{0,40}?\bby\s+(?P<who>[^,“”\"\n]{3,90}),"
)


def _credit_partial_person(
    cand: _Candidate,
    match: re.Match[str],
    offset: int,
    person: tuple[int, int],
    entities: _Entities,
    written: str | None = None,
) -> str | None:
    written = written if written is not None else match.string[person[0] - offset : person[1] - offset]
    if rest := runs_on_to_organisation(entities.text, person[1]):
        # "filed by the Prairie Immigrant Justice Project": the model's person is an organisation's first words
        return _credit_partial_party(cand, match, offset, written + rest, person[0], entities)
    name, title = strip_name(written)
    if not is_person_name(name) or name in TITLES or (len(name.split()) == 1 and name.lower() in PERSON_NOUNS):
        return None
    _set(cand, match, offset, "partial")
    start = person[0] + max(written.find(name), 0)
    cand.name, cand.source, cand.how, cand.role = name, (start, start + len(name)), "partial", title_role(title)
    return "-"


def _before(text: str, cand: _Candidate) -> tuple[int, str]:
    """The sentence before the opening mark; for a quote opening its paragraph after one ending in a colon,
    the end of that paragraph ("Tramonte continued:" ¶ “...”); after a paragraph that introduces a statement
    ("Statement of X on Y", "X issued the following statement."), that paragraph."""
    para_start = cand.paragraph[0]
    if not text[para_start : cand.mark_start].strip():
        previous = text[:para_start].rstrip()
        if previous.endswith(":"):
            low = previous.rfind("\n") + 1
            start = _sentence_start(text, low, len(previous))
            if _POINTER.match(previous, start) and start > low:  # "X released a statement. It read, in part:"
                start = _sentence_start(text, low, start - 1)
            return start, previous[start:]
        introduction = cand.previous_paragraph
        if introduction and _RELEASE_LINE.match(text, introduction[0]):  # "For immediate release — Wrenfield, Ohio"
            end = len(text[: introduction[0]].rstrip())
            introduction = (text.rfind("\n", 0, end) + 1, end) if end else None
        if introduction and STATEMENT_INTRO.search(text, *introduction):
            start, end = introduction
            start = max(start, end - 300)
            return start, text[start:end].rstrip(" .")
    start = _sentence_start(text, para_start, cand.mark_start)
    if start > para_start and _POINTER.match(text[start : cand.mark_start]):  # "X issued a statement. It read:"
        start = _sentence_start(text, para_start, len(text[:start].rstrip()) - 1)
    elif start > para_start and not text[start : cand.mark_start].strip():
        # "Marsh pressed him. “…”": a questioner's follow-up, a sentence of its own before the quote
        follow_up = _sentence_start(text, para_start, len(text[:start].rstrip()) - 1)
        if _FOLLOW_UP.search(text, follow_up, start):
            start = follow_up
    return start, text[start : cand.mark_start]


_FOLLOW_UP = re.compile(rf"\s(?:{_FOLLOW_UP_VERBS})(?:\s+(?:him|her|them))?(?:\s+again)?\.\s*$")


_RELEASE_LINE = re.compile(r"[^\S\n]*(?:for\s+immediate\s+release|embargoed|media\s+contact|contact:)", re.IGNORECASE)
# A sentence that points back at a statement named before it: "It read, in part:", "The statement said:"
# (also a paragraph of its own between a writer's quote and the next: "The editorial continued:")
_POINTER = re.compile(
    r"[^\S\n]*(?:It|(?:The|Its|Her|His|Their)\s+(?:statement|release|letter|message|note|editorial|memo|report|"
    r"column|post|notice))\s+(?:read|reads|said|says|stated|continued|went\s+on|added|concluded|ended)\b"
    r"(?:,?\s+in\s+part)?,?\s*:\s*$"
)


def _sentence_start(text: str, low: int, high: int) -> int:
    """Where the sentence holding `high` starts (not after "Ms." or "Sen.": titles end in a period too), looking
    back no further than the attribution window: a paragraph of a thousand quotes is not read again for each."""
    start = low = max(low, high - WINDOW)
    for match in _SENTENCE_END.finditer(text, low, high):
        if _ends_sentence(text, match, low):
            start = match.end()
    return start


def _next_sentence_end(text: str, at: int, high: int) -> int:
    """Where the sentence holding `at` ends (past "p.m." and "Ms."), `high` at the latest."""
    return next((m.start() for m in _SENTENCE_END.finditer(text, at, high) if _ends_sentence(text, m, at)), high)


def _ends_sentence(text: str, match: re.Match[str], low: int) -> bool:
    """Does a full stop end a sentence: not "Ms. Sharry", "Darnell W. Fitch", "until 10 a.m. and warned", "sent at
    2:47 p.m. March 4 by"."""
    last = _LAST_WORD.search(text, max(low, match.start() - 40), match.start() + 1)
    word = last.group(0) if last else ""
    return (
        word not in _ABBREVIATIONS
        and not (
            _INITIALS.fullmatch(word)
            and (not text[match.end() : match.end() + 1].isupper() or _CALENDAR.match(text, match.end()))
        )
        and not _MIDDLE_INITIAL.search(text, max(low, match.start() - 40), match.start() + 1)
    )


_LAST_WORD = re.compile(r"\S+$")
_CALENDAR = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)(?=[\s,])"
)
_MIDDLE_INITIAL = re.compile(r"\b[A-Z][a-z][\w’'-]*[^\S\n]+[A-Z]\.$")  # a first name, then one capital and its period
_INITIALS = re.compile(r"\(?(?:[A-Za-z]\.){1,3}")
_SENTENCE_END = re.compile(r"[.?!][”\"’]?\s+")
# A paragraph that introduces a statement printed after it.
STATEMENT_INTRO = re.compile(
    rf"\b(?:[Ss]tatement|[Rr]emarks)\s+(?:(?:is|was)\s+)?(?:from|by|of|{_ATTRIBUTED})\s+[A-Z]|\bthe\s+following\s+(?:[\w-]+\s+)?"
    r"(?:statement|remarks)\b|\b(?:issued|released|sent|put\s+out|posted|provided)\s+(?:a|an)\s+"
    r"(?:[\w-]+\s+)?(?:statement|remarks)\b[^.“”\"\n]{0,60}\.?\s*$",
    re.IGNORECASE,
)
# Words ending in a period that do not end a sentence: titles, and a few other abbreviations.
_ABBREVIATIONS = frozenset(t for t in TITLES if t.endswith(".")) | frozenset(
    "St. Jr. Sr. U.S. Mt. No. Jan. Feb. Mar. Apr. Aug. Sept. Sep. Oct. Nov. Dec.".split()
)


def _headline_credit(
    cand: _Candidate, before: str, before_at: int, after: str, after_at: int, entities: _Entities
) -> bool:
    """A quote in the headline credited by the headline's other words: who stands before its colon (a person or
    an organisation), or who an interview is with."""
    if (
        (match := HEADLINE_INTERVIEW.match(after))
        and entities.person_within(after_at + match.start("name"), after_at + match.end("name"))
        and _named(cand, match, after_at, "headline", entities)
    ):
        return True  # not "questions for a Calvert immigration lawyer": a place, not the lawyer's name
    if (
        not before.strip()
        and (match := HEADLINE_QUOTE_FIRST.match(after))
        and (
            entities.person_within(after_at + match.start("name"), after_at + match.end("name"))
            or match.group("name") in entities.surnames  # a surname the model read in the story only
        )
        and _named(cand, match, after_at, "headline", entities)
    ):
        return True  # "“I pitched for her”: Briceño strikes out 11 …": the one the headline goes on about
    if (
        not before.strip()
        and (described := _HEADLINE_DESCRIBED.match(after))
        and _lede_described_so(cand, described, entities)
    ):
        return True  # "“…”: a band director on the night ICE came" ¶ "Abena Kwarteng has been the band director …"
    if ":" in before and before[: before.find(":")].strip().lower() in _SECTIONS:
        return False  # "Letters: Readers weigh in on the “…” resolution": the page's section, who says nothing
    if (match := HEADLINE_WHO.match(before)) and _named(cand, match, before_at, "headline", entities):
        return True
    return bool(HEADLINE_PARTY.match(before)) and _credited_to_party(
        cand, before, before_at, [(HEADLINE_PARTY, False)], entities, anchored=True
    )


# A headline quote, then a colon and who said it by description: "“…”: a band director on the night ICE came", "“…”:
# a Harlan Street notary on …", "“…”: A Therapist on …" (a title-case head a person noun: see `_lede_described_so`)
_HEADLINE_DESCRIBED = re.compile(
    r"^[^\S\n]*:[^\S\n]+(?:[Aa]n?|[Tt]he)[^\S\n]+(?P<desc>(?:[A-Za-z][\w-]*[^\S\n]+){0,3}?[A-Za-z][\w-]*)[^\S\n]+"
    r"(?:on|who|at|in|from|for|after|about|says|recalls|remembers|with|whose)\b"
)


def _lede_described_so(cand: _Candidate, described: re.Match[str], entities: _Entities) -> bool:
    """Credit a headline quote to the person the lede's first sentences give the headline's description ("Abena
    Kwarteng has been the band director at Salt Creek High School"), when a person there is so described."""
    text = entities.text
    lede = _LEDE_AFTER_HEADLINE.match(text, cand.paragraph[1])
    if lede is None:
        return False
    start = lede.start("lede")
    words = described.group("desc").split()
    if words[-1][:1].isupper() and not (words[-1].lower() in PERSON_NOUNS or agent_noun(words[-1].lower())):
        return False  # a headline in title case says someone ("A Therapist on …"), not something ("A Town on Edge")
    # the description as the headline words it, else its head noun ("a school librarian" … "the librarian at …")
    sentence = next(
        (
            found
            for said in (words, words[-1:])
            if (
                found := re.search(
                    r"[^.!?]*\b" + r"[^\S\n]+".join(map(re.escape, said)) + r"\b", lede.group("lede"), re.IGNORECASE
                )
            )
        ),
        None,
    )
    if sentence is None or sentence.start() > 400:
        return False
    person = entities.first_person(start + sentence.start(), start + sentence.end())
    if person is None or not _first_and_last(text[person[0] : person[1]]):
        return False
    named = _WHOLE_NAME.match(text[: person[1]], person[0])
    return named is not None and _named(cand, named, 0, "headline", entities)


_WHOLE_NAME = re.compile(r"(?P<name>.+)", re.DOTALL)  # a person's span, as the name patterns' match
# The first paragraph after a headline, past a byline ("By Priya Lindgren, Kellam Evening Star")
_LEDE_AFTER_HEADLINE = re.compile(r"(?:\s*\n[^\S\n]*By[^\S\n][^\n]{1,120})?\s*\n[^\S\n]*(?P<lede>[^\n]+)")


_SECTIONS = frozenset(
    "letters|letters to the editor|mailbag|opinion|editorial|op-ed|column|commentary|analysis|review|obituary|"
    "live updates|live blog|explainer|fact check".split("|")
)


_NUMBERED = re.compile(r"[^\S\n]+\d[\w-]*[^\S\n]+(?=[A-Z])")


_HOMETOWN = re.compile(r",[^\S\n]+(?:\d{1,3},[^\S\n]+)?of[^\S\n]+$")


def _named(cand: _Candidate, match: re.Match[str], offset: int, shape: str, entities: _Entities) -> bool:
    """A person's name where the pattern expects one: the model's PERSON inside the words, when it found one
    ("Secretary of Homeland Security Alejandro N. Mayorkas" → "Alejandro N. Mayorkas"), else the words
    themselves without titles; False when they are no person's name (an organisation, a title alone)."""
    raw, raw_start, raw_end = match.group("name"), offset + match.start("name"), offset + match.end("name")
    if _HOMETOWN.search(match.string, 0, raw_start - offset):
        return False  # "Curtis Fairbanks, 46, of Corpus Christi, who ..., said": the speaker's town
    if " " not in raw and IN_PLACE.search(match.string, max(0, raw_start - offset - 20), raw_start - offset):
        return False  # "A listener named Corinne in Atwater writes:": her town
    if (
        IN_PLACE.search(match.string, max(0, raw_start - offset - 20), raw_start - offset)
        and (earlier := entities.first_person(max(0, raw_start - 160), raw_start)) is not None
        and not re.search(r"[.!?:]\s", entities.text[earlier[1] : raw_start])
    ):
        return False  # "The Rev. Anselm Kariuki of Good Shepherd Church in Harlan Flats, who …, said:": his town
    if " " not in raw and re.search(r"\b(?:on|in|at|from|to)\s+\d+\w*\s+$", match.string[: raw_start - offset]):
        return False  # "A nurse on 4 West, who …, said:": a ward, a floor, a street ("at 12 Mercer")
    if _ORGANISATION_GOES_ON.match(match.string, raw_end - offset):
        return False  # "The Millbrook Parks and Recreation Department issued …": an organisation's first words
    if " " not in raw and _ORGANISATION_OF_AND.search(
        match.string, max(0, raw_start - offset - 80), raw_start - offset
    ):
        return False  # "The State Board of Cosmetology and Barbering issued …": an organisation's last word
    if raw.split()[-1] in ORG_WORDS:
        return False  # "U.S. Immigration and Customs Enforcement issued …": an organisation's last words
    if raw.endswith(("’s", "'s")) and _THEIRS.match(match.string, raw_end - offset - 2):
        return False  # "Ackerly’s office released a statement:": the office's, read as an organisation
    if raw.endswith(("’s", "'s")) and (whose := _SOMEONE_OF.match(match.string, raw_end - offset)):
        if any(word.lower() in PERSON_NOUNS for word in whose.group(0).split()):
            # "said Hannah’s mother, Ngozi Okonkwo.", "said Mercer’s chief of staff, Owen Hargrove": someone of
            # Hannah's, Mercer's (a party, named or not)
            return False
    written_title = strip_name(raw)[1]  # before the model drops it: "Mr. Sharry"
    person = entities.person_within(raw_start, raw_end)
    if person is None and (numbered := _NUMBERED.match(match.string, raw_end - offset)):
        # "Local 412 President Rosa Delgado-Finch": the name stopped at the number; the person comes after it
        after = entities.first_person_starting(raw_end, raw_end + 80)
        between = match.string[numbered.end() : after[0] - offset] if after else "-"
        if after and re.fullmatch(r"(?:[A-Z][\w.’'-]*[^\S\n]+)*", between):
            cand.role = match.string[raw_start - offset : after[0] - offset].strip()
            raw, raw_start, raw_end, person = match.string[after[0] - offset : after[1] - offset], *after, after
    if person is not None:  # the model's start (titles dropped), the words' end ("Holloway-Nash", "van der Berg")
        start = max(person[0], raw_start)  # not the cue the model ran the name into ("Explained Ixcot")
        whole = strip_name(match.string[raw_start - offset : max(person[1], raw_end) - offset])[0]
        if start > raw_start and whole and is_first_name(whole.split()[0]) and len(whole.split()) <= 6:
            start = raw_start + match.string[raw_start - offset :].find(whole)  # "José Antonio" the model left out
        raw, raw_start = match.string[start - offset : max(person[1], raw_end) - offset], start
    elif (
        entities.organisation_covers(raw_start, raw_end, raw.split()[-1])
        and len(raw.split()) <= 2
        and not (len(raw.split()) == 2 and is_first_name(raw.split()[0]))
        # (nor a first name alone that asks or tells a person something: "Nico asked her, she said, “…”")
        and not (is_first_name(raw) and _ASKS_SOMEONE.match(match.string, raw_end - offset))
        and not GENERATION_BEFORE.search(match.string, 0, raw_start - offset)  # "the elder Quiñónez"
        # "Lydia Fennimore" then "Fennimore’s reply", read as a firm
        and not (match.string.startswith(("’s", "'s"), raw_end - offset) and entities.surname_before(raw, raw_start))
    ):
        return False  # "Homeland Security", "Corvane Securities": an organisation, not a person ("Ada Lunde" is)
    if shape == "statement" and (first := _first_signer(entities, raw_start)) is not None:
        raw, raw_start = entities.text[first[0] : first[1]], first[0]
    name, title = strip_name(raw)
    # (a surname alone the story gave someone is theirs, though it names places too: "Andrés Villa" … "Villa tweets:")
    named_so = is_person_name(name) or " " not in name and name in entities.surnames
    if not named_so or name in TITLES or (len(name.split()) == 1 and name.lower() in PERSON_NOUNS):
        return False  # "Prosecutors said": people, not a person's name
    if len(name) == 1:
        return False  # "Q: ICE says the program “…”": an interview's label
    name_start = raw_start + max(raw.find(name), 0)
    _set(cand, match, offset, shape)
    cand.name, cand.source, cand.how = name, (name_start, name_start + len(name)), "named"
    cand.title = title or written_title
    groups = match.re.groupindex
    if "role" in groups and match.group("role"):
        cand.role = match.group("role")
    elif "prerole" in groups and match.group("prerole"):
        cand.role = match.group("prerole")
    elif "ctitle" in groups and match.group("ctitle"):
        # all the words before the name: "Secretary of Homeland Security", however the name's start was found
        cand.role = match.string[match.start("ctitle") : name_start - offset].strip() or match.group("ctitle")
    else:
        cand.role = title_role(title)
    return True


_ASKS_SOMEONE = re.compile(r"[^\S\n]+(?:asked|asks|told|tells)[^\S\n]+(?:him|her|me|us|them)\b")
# (not one whose author comes after it: "released the following statement from its bishop, …", "… on behalf of the
# Calder County Court of Common Pleas")
_ISSUED_STATEMENT = re.compile(
    rf"\b(?:{_ISSUE_VERBS})\s+(?:the\s+following|a|this)\s+statement\b(?!\s+(?:on\s+behalf\s+of|from|by|of)\b)"
)
_TIME_AFTER_NAME = re.compile(
    r"[^\S\n]+(?:afterwards?|later|earlier|then|again|today|tonight|yesterday|recently|too|also|instead|once)"
)
_ORGANISATION_GOES_ON = re.compile(
    rf"[^\S\n]+(?:and|&)[^\S\n]+(?:[A-Z][\w’'-]*[^\S\n]+){{0,3}}(?:{'|'.join(sorted(ORG_WORDS))}|{OFFICIAL_ENDS})\b"
)
_ORGANISATION_OF_AND = re.compile(
    rf"\b(?:{'|'.join(sorted(ORG_WORDS))})[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?(?:[A-Z][\w’'-]*,?[^\S\n]+){{1,3}}"
    r"(?:and|&)[^\S\n]+$"
)
# "Mayor Lorena Vasquez-Pike and Police Chief …", "The Most Rev. X, bishop of Y, and the presiding bishop of Z, …"
_AND_TITLED = re.compile(
    r"(?:,[^\S\n]+[^,“”\"\n]{3,80})?,?[^\S\n]+and[^\S\n]+"
    r"(?:(?:the[^\S\n]+)?[a-z][^,“”\"\n]{2,80},[^\S\n]+|(?:[A-Z][\w.’'-]*[^\S\n]+){0,3})"
)


def _first_signer(entities: _Entities, start: int) -> tuple[int, int] | None:
    """The first of two people who issue one statement ("Mayor Lorena Vasquez-Pike and Police Chief Samuel T.
    Oduya issued the following joint statement:"): the statement is credited to the first named."""
    return next(
        (p for p in reversed(entities.people) if p[1] <= start and _AND_TITLED.fullmatch(entities.text, p[1], start)),
        None,
    )


def _set(cand: _Candidate, match: re.Match[str], offset: int, shape: str) -> None:
    cand.shape = shape
    if "cue" in match.re.groupindex and match.group("cue"):
        cand.cue = match.group("cue")
        cand.cue_span = (offset + match.start("cue"), offset + match.end("cue"))
    elif shape == "dash":
        dash = re.search(r"[—–]|--", match.group(0))
        cand.cue = dash.group(0) if dash else "—"
        if dash:
            cand.cue_span = (offset + dash.start(), offset + dash.end())


def _keep(text: str, candidates: list[_Candidate], names: NameBook) -> list[_Candidate]:
    """Attributed quotes; split-quote halves; quote-only paragraphs that continue a speaker; long quotes alone."""
    kept: list[_Candidate] = []
    author = _statement_author(text, names)
    for cand in candidates:
        words = len(text[cand.start : cand.end].split())
        if _a_name(text, cand):
            continue
        if not cand.attributed and cand.shape in (None, "cue_only"):  # "ICE called it “X” and said that “Y”"
            if not _document_goes_on(text, cand, kept):
                _from_paragraph(text, cand, candidates, names)
        lead_in = text[max(cand.paragraph[0], cand.mark_start - 80) : cand.mark_start]  # both patterns end at the mark
        if NEVER_SPEECH_BEFORE.search(lead_in) or _SCRIPTURE_BEFORE.search(
            text, _sentence_start(text, cand.paragraph[0], cand.mark_start), cand.mark_start
        ):
            continue
        if words <= 3 and _SUBJECT_OF_IS.match(text, cand.mark_end) and re.search(r"(?:^|[.!?]\s+)$", lead_in):
            continue  # "“Every day” is the problem, in his telling": the words as a thing talked about
        if words <= 3 and (
            _TERM_BEFORE.search(lead_in)
            or _OWNED_BEFORE.search(lead_in)
            and _RULE_AFTER.match(text, cand.mark_end)
            or _A_CLASS_AFTER.match(text, cand.mark_end)
        ):
            # "which the agency treats as “sensitive locations”", "under its “sensitive locations” policy", "a check box
            # for a “significant misdemeanor,” a category the agency has not defined"
            continue
        if words <= 4 and _IS_BEFORE.search(lead_in) and _THE_TITLE.fullmatch(text, cand.start, cand.end):
            continue  # "Around the hall Pacheco is “the Professor,”": what someone is called
        if _SIGN_AFTER.match(text, cand.mark_end):
            continue  # "“Cerrado los domingos,” says the sign in the window": a sign's words, no one's
        if (
            words <= 4
            and _NICKNAMED.search(text, max(cand.paragraph[0], cand.mark_start - 200), cand.mark_start)
            and _NAME_OPENS.match(text, cand.start)
        ):
            continue  # "a spot locals call “the Elbow,”", "Regulars call it “la escuelita”": a place's nickname
        if _CALLING_SOMEONE.search(lead_in) and _title_case(_without_article(text[cand.start : cand.end].rstrip(".,"))):
            _no_cue_in(text, cand, candidates, names)
            continue  # "Her teammates have taken to calling Oduya “The Vault.”", "River children call him “Cap.”"
        fills = _fills(text, cand)
        titled = TITLE_BEFORE.search(lead_in) is not None
        if (titled and _title_case(text[cand.start : cand.end])) or (
            _WORK_IS.search(lead_in) and _title_case(text[cand.start : cand.end].rstrip(".,"))
        ):
            continue  # her late husband’s memoir, “The Thirst Line,”: a title, whoever the sentence goes on to credit
        if (
            cand.paragraph[0] > 0  # (the story's own headline is a quote: "Tramonte: “Another Promise Broken”")
            and _LABEL_ALONE.fullmatch(text, cand.paragraph[0], cand.mark_start)
            and (
                _title_case(text[cand.start : cand.end])
                # (after a label in capitals, a stop too: "THE RATING: “Mostly False.”")
                or _CAPS_LABEL.fullmatch(text[cand.paragraph[0] : cand.mark_start].rstrip())
                and _title_case(text[cand.start : cand.end].rstrip("."))
            )
            and not text[cand.mark_end : cand.paragraph[1]].strip()
        ):
            continue  # "The Kesselring Sentinel-Tribune: “Politics Over Public Safety”": an editorial's headline
        # (the first quote paragraph of the release: a partial quote in its dateline paragraph, "what the agency calls
        # “prosecutorial discretion.”", is no statement of anyone's to go on with)
        # (nor a phrase in marks beside it, which borrowed that partial's speaker: a form's new "“significant
        # misdemeanor”" box)
        if (
            author
            and not cand.attributed
            and cand.shape is None
            and fills
            and all(k.shape == "partial" or (k.shape, k.how) == ("split", "paragraph") for k in kept)
        ):
            cand.speaker, cand.kind, cand.shape, cand.how = author, "person", "statement", "statement"
        crowd = fills and not cand.attributed and cand.shape is None and _crowd_called(text, cand)
        if not cand.attributed and cand.shape is None and fills and not titled and not crowd:
            _continue(text, cand, kept, names)
        if not cand.attributed and cand.shape is None and words >= MIN_UNATTRIBUTED_WORDS and not titled:
            _from_context(text, cand, names)
        # A word someone is said to have used ("she called it “premature”") is a quote; not one the subject was
        # told ("I was told ... “voluntary”"), nor a word labelling the noun after it ("a “sanctuary” county").
        one_word = (
            cand.attributed
            and (cand.shape in ("partial", "subject") or cand.how == "partial")
            and not (cand.cue_span and _PASSIVE_BEFORE.search(text, 0, cand.cue_span[0]))
            and not (_ARTICLE_BEFORE.search(text, 0, cand.mark_start) and _WORD_AFTER.match(text, cand.mark_end))
        )
        # one word said on its own, its speaker right after: "“Quieter,” Tramonte said, after a long pause"
        answer = (
            cand.attributed
            and cand.cue_span is not None
            and cand.cue_span[0] > cand.mark_end
            and text[cand.mark_end - 2] in ",!?"
            and re.search(r"(?:^|[.!?:]”?)\s*$", text[cand.paragraph[0] : cand.mark_start]) is not None
        )
        least = 1 if one_word or answer else MIN_ATTRIBUTED_WORDS
        if (cand.attributed or cand.cue) and words >= least and not (titled and not cand.attributed):
            kept.append(cand)
        elif (
            words >= MIN_UNATTRIBUTED_WORDS
            and (fills or cand.mark_end == cand.paragraph[1])
            and not titled
            # (not a sign's capitals no one is said to say: "yellow with a painting of a family on a porch: “WE ARE
            # YOUR NEIGHBORS. …”"; an email's or an alert's are someone's)
            and not (
                text[cand.start : cand.end].isupper()
                and not fills
                and _SIGN_WORDS.search(text, _sentence_start(text, cand.paragraph[0], cand.mark_start), cand.mark_start)
            )
        ):
            kept.append(cand)  # fills its paragraph, or opens a quote that runs on into the next
        elif crowd:
            kept.append(cand)  # a crowd's shout, however short: no one's
    return kept


def _no_cue_in(text: str, nickname: _Candidate, candidates: list[_Candidate], names: NameBook) -> None:
    """A nickname's "call" is no one's cue: a quote after it that borrowed it as the second half of a split quote
    ("said Guadalupe Reyes, whom customers call “Doña Lupe.” “Mothers come in …”") is the other half of the
    paragraph's attributed quote instead."""
    borrowed = [c for c in candidates if c.start > nickname.start and c.cue_span and c.cue_span == nickname.cue_span]
    for cand in (nickname, *borrowed):
        cand.name = cand.speaker = cand.party = cand.kind = cand.source = None
        cand.cue = cand.cue_span = cand.shape = cand.how = cand.role = cand.title = None
    for cand in borrowed:
        _from_paragraph(text, cand, candidates, names)


# Scripture read or cited: "the verse from Exodus: “…”", "The first reading, from Leviticus, was given by …: “…”",
# "He recited the verse from Surat al-Hujurat …: “…”": a text everyone already has, not what anyone present said.
_SCRIPTURE_BEFORE = re.compile(
    r"\b(?:verses?|psalms?|commandments?|scriptures?|(?:first|second|old\s+testament|gospel)\s+reading|Torah|Qur[’']?an"
    r"|Koran|Bible|Gospel|Genesis|Exodus|Leviticus|Deuteronomy|Isaiah|Jeremiah|Micah|Proverbs|Hebrews|Sura[th]?)\b"
    r"[^“”\"]*:\s*$"
)
_PASSIVE_BEFORE = re.compile(r"\b(?:am|is|are|was|were|be|been|being)\s+$")
_SUBJECT_OF_IS = re.compile(r"\s+(?:is|was|are|were)\s+(?:the|a|an|not|what|how|why)\b")
_ARTICLE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+$")
# A rule's own short term for a class of things: "its guidance on “sensitive locations,”", "which the agency treats
# as “…”", "The memo calls such places “…”", "places the agency’s own policy calls “…”", "The detention standards of
# … call the practice “…”" (not people "treated as “somebody else's problem”", nor a longer rule quoted: "treat
# schools as “sensitive locations to be avoided …”")
_TERM_BEFORE = re.compile(
    r"(?:\b(?:guidance|policy|policies|definition)\s+(?:on|of|for)"
    r"|(?<!\bwere\s)(?<!\bwas\s)(?<!\bare\s)(?<!\bis\s)(?<!\bbe\s)(?<!\bbeen\s)"
    r"\b(?:treats?|treated|designates?|designated|classif(?:y|ies|ied))\s+(?:\w+\s+){0,2}?as(?:\s+(?:a|an|the))?"
    r"|\bcalls?\s+such\s+[\w-]+(?:\s+(?:a|an|the))?"
    r"|\b(?:policy|guidance|rules?|law|statute|regulations?|handbook|manual|standards)"
    r"(?:\s+of\s+[^“”\",;:]{1,60}?)?\s+calls?"
    r"(?:\s+(?:it|them|the\s+[\w-]+|such\s+[\w-]+))?)\s*,?\s*$"
)
_SIGN_WORDS = re.compile(rf"\b(?:{_SIGNS}|murals?|painting|painted|letters)\b", re.I)
# How a place's or a group's name opens: an article, in English or Spanish, or someone's ("Mom’s apartment")
_NAME_OPENS = re.compile(r"(?:[Tt]he|[Ll]as?|[Ee]l|[Ll]os)\s|[A-Z]\w*[’']s\s")
_SIGN_AFTER = re.compile(
    rf"[^\S\n]+(?:says|reads|read|said)[^\S\n]+(?:the|a|an|one)[^\S\n]+(?:[\w-]+[^\S\n]+)?(?:{_SIGNS})\b"
)
_IS_BEFORE = re.compile(r"\b(?:is|was)\s+$")
_THE_TITLE = re.compile(r"[Tt]he\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*[,.]?")
_A_CLASS_AFTER = re.compile(r"\s+(?:a|the)\s+(?:category|classification|designation)\b")
_OWNED_BEFORE = re.compile(r"(?:\b(?:[Aa]n?|[Tt]he|its|their|his|her|our)|\w[’']s)\s+$")
_RULE_AFTER = re.compile(
    r"\s+(?:policy|policies|guidance|guidelines|rule|rules|designation|category|provision|clause|exception|standard)\b"
)
_WORD_AFTER = re.compile(r"\s+[a-z]")


# A release titled "Statement of Lynn Tramonte, Deputy Director, America's Voice, on ...": the quoted paragraphs
# that open it are hers, whatever its dateline paragraph names.
STATEMENT_TITLE = re.compile(
    rf"^(?:[\w’'.-]+\s+){{0,3}}?(?:[Jj]oint\s+)?[Ss]tatement\s+(?:of|by|from)\s+{_PREROLE}"
    rf"{_TITLE_OF}{_NAME}"
)


def _statement_author(text: str, names: NameBook) -> str | None:
    """The person a document's headline says it is the statement of, if it does."""
    headline = text[: text.find("\n")] if "\n" in text else text
    match = STATEMENT_TITLE.match(headline.strip())
    if not match:
        return None
    name, _title = strip_name(match.group("name"))
    if is_person_name(name) and len((person := names.fullest(name) or "").split()) > 1:
        return person
    # "Statement of Local 412 President Rosa Delgado-Finch on ...": the first full name among the title's words
    words = re.split(r"\s+on\s+|,", headline.strip()[match.start("name") :])[0]
    for run in re.finditer(rf"{_NAME_WORD}(?:[^\S\n]+{_NAME_WORD})*", words):
        name = strip_name(run.group(0))[0]
        if is_person_name(name) and len((person := names.fullest(name) or "").split()) > 1:
            return person
    return names.fullest(name) if is_person_name(name) else None


def _mark_split(candidates: list[_Candidate]) -> None:
    """“First part,” X said, “second part”: the second half borrowed the first's attribution words."""
    for first, second in zip(candidates, candidates[1:]):
        if (
            first.paragraph == second.paragraph
            and first.cue_span
            and second.cue_span == first.cue_span
            and second.shape == "name_said_before"
        ):
            second.shape, second.how = "split", "paragraph"


# What may stand between two quoted fragments of one clause of reported speech: "“thorough” and the paperwork
# that followed as “endless”", "“modest” and that officers had been “held back”", "“smart” and not merely “big”".
_LIST_JOIN = re.compile(r"[^.!?;:“”\"]{0,100}", re.DOTALL)
_JOINING_WORD = re.compile(r"(?:^|\s)(?:and|or|but|nor|as|than|not)(?:\s|$)|^\s*,\s*$")


def _partial_lists(text: str, candidates: list[_Candidate]) -> None:
    """A quoted fragment that follows a partial quote in the same clause, joined by "and", "or", "as", "but"
    (no sentence end between), is the same speaker's: the cue and the speaker were read for the first only."""
    for first, cand in zip(candidates, candidates[1:], strict=False):
        if cand.attributed or cand.shape is not None or not first.attributed or first.shape != "partial":
            continue
        ends_sentence = text[first.end : first.mark_end].rstrip('”"').endswith((".", "!", "?"))
        if cand.paragraph != first.paragraph or ends_sentence:
            continue
        between = text[first.mark_end : cand.mark_start]
        if not _LIST_JOIN.fullmatch(between) or not _JOINING_WORD.search(between):
            continue
        cand.speaker, cand.name, cand.role, cand.title = first.speaker, first.name, first.role, first.title
        cand.party, cand.kind, cand.source = first.party, first.kind, first.source
        cand.cue, cand.cue_span, cand.shape, cand.how = first.cue, first.cue_span, "partial", "partial"


def _from_paragraph(text: str, cand: _Candidate, candidates: list[_Candidate], names: NameBook) -> None:
    """The other half of a split quote: the nearest attributed quote in the same paragraph, earlier first (not a
    title, which is no one's words, nor a partial quote with someone else named since)."""
    same = [
        c
        for c in candidates
        if c.paragraph == cand.paragraph
        and c is not cand
        and c.attributed
        # (one word said on its own is no title: "“Quieter,” Tramonte said. “Definitely quieter.”")
        and not (_title_case(text[c.start : c.end]) and (" " in text[c.start : c.end].strip() or c.how == "partial"))
    ]
    earlier = [c for c in same if c.start < cand.start]
    source = earlier[-1] if earlier else (same[0] if same else None)
    if (
        source is not None
        and len(earlier) > 1
        and (source.shape == "partial" or source.how == "partial")
        and (first := earlier[-2]).shape != "partial"
        and first.how != "partial"
        and text[cand.start : cand.start + 1].isupper()
        and _sentence_start(text, cand.paragraph[0], source.mark_start) <= first.mark_start
    ):  # "“…,” Napolitano told Sen. Harold Vickery, after he accused the department of “cooking the books”. “…”":
        source = first  # the other half of hers, not of the partial quote inside her attribution
    if source is not None and not earlier and _SENTENCE_END.search(text, cand.mark_end, source.mark_start):
        source = None  # a later quote in another sentence is no other half ("asking to “opt out”, we warned. “…”")
    others = (
        names.introduced_between(source.mark_end, cand.mark_start, source.speaker)
        if source is not None and earlier and source.shape == "partial"
        else []
    )
    if others:  # "X said it should be “A,” and Y issued a memo telling agents to be “B”": Y's, when Y alone
        if len(set(others)) == 1 and len(others[0].split()) > 1:
            cand.speaker, cand.name, cand.kind, cand.role = others[0], others[0], "person", names.role(others[0])
            cand.shape, cand.how = "partial", "partial"  # a guess from who was named, as partial quotes' are
        return
    if (
        source is not None
        and earlier
        and (source.shape == "partial" or source.how == "partial")
        and len(text[cand.start : cand.end].split()) <= 3
        and _SENTENCE_END.search(text, source.mark_end, cand.mark_start)
    ):
        return  # a word or two in marks sentences after someone's partial quote: "pets are not a “side issue”"
    if source is not None:
        cand.speaker, cand.name, cand.role = source.speaker, source.name, source.role
        cand.party, cand.kind = source.party, source.kind
        cand.cue, cand.cue_span, cand.shape, cand.how = source.cue, source.cue_span, "split", "paragraph"


_QUOTED = re.compile(r"“[^“”\n]*”|\"[^\"\n]*\"")


def _continue(text: str, cand: _Candidate, kept: list[_Candidate], names: NameBook) -> None:
    """A quote-only paragraph: right after an attributed quote's paragraph it continues that speaker, unless
    another person was named after the attribution; right after a paragraph that names one person and quotes
    nobody, it is that person's ("His sister, Maribel Ferrer-Dunn, has collected..." ¶ “I write every month.”)."""
    if cand.previous_paragraph is None:
        return
    start, end = cand.previous_paragraph
    previous = kept[-1] if kept and kept[-1].paragraph[1] >= start else None
    if previous is not None and previous.speaker:
        if not names.introduced_between(previous.after_source, cand.mark_start, previous.speaker):
            cand.speaker, cand.name, cand.role = previous.speaker, previous.name, previous.role
            cand.party, cand.kind = previous.party, previous.kind
            if previous.kind == "organisation" and previous.speaker:  # "ICE said in a statement:" ¶ “…” ¶ “…”: by
                cand.speaker = _name_in_full(previous.speaker, text, cand.mark_start)  # the name the story spelt out
            cand.shape = "multi_paragraph" if previous.mark_end == previous.paragraph[1] else "continuation"
            cand.how = "continuation"
        return
    if previous is None:  # not a name inside quotation marks: a sign's "Deputies, Not Deportation Agents"
        named = names.people_between(start, end, [(m.start(), m.end()) for m in _QUOTED.finditer(text, start, end)])
        last_sentence = text[_sentence_start(text, start, end) : end]
        if (lead := _PRONOUN_LEADS_IN.search(last_sentence)) and (
            person := names.pronoun(lead.group("pron"), end - len(last_sentence) + lead.start("pron"))
        ) is not None:  # "In a 2009 interview, she described the night he was taken from the jail:" ¶ “…”: hers
            cand.speaker, cand.shape, cand.how, cand.kind = person, "colon_paragraph", "pronoun", "person"
            return
        if _WRITTEN.search(last_sentence):
            return
        if len(named) == 1:
            cand.speaker, cand.shape, cand.how, cand.kind = named[0], "continuation", "context", "person"
        elif named and (subject := names.paragraph_subject(start, end)) in named:
            # "Council member Ted Osei, who ..., said he had asked the chief ..." ¶ “...”: the one it is about
            cand.speaker, cand.shape, cand.how, cand.kind = subject, "continuation", "context", "person"


# A he or she who speaks in the lead-in the next paragraph's quote follows: "she described the night he was taken:"
_PRONOUN_LEADS_IN = re.compile(
    r"(?:^|,\s+|[.!?]\s+)(?P<pron>[Hh]e|[Ss]he)\s+(?:described|recalled|remembered|explained|put\s+it)\b[^.!?“”\"]*:\s*$"
)


def _crowd_called(text: str, cand: _Candidate) -> bool:
    """A quote-only paragraph after a crowd calling out ("several people in the back stood and called out at once."
    ¶ “Vote tonight!”): a quote, however short, and no one's alone."""
    if cand.previous_paragraph is None or text[cand.paragraph[0] : cand.mark_start].strip():
        return False
    start, end = cand.previous_paragraph
    for _ in range(3):  # "Several people began shouting at once." ¶ “Deport them all!” ¶ “Let her answer!”
        if not _SHOUT_ALONE.fullmatch(text[start:end].strip()):
            break
        start, end = paragraph_before(text, start)
    # (in the narration, not in what someone said: "“… many answers,” Frane said.")
    narration = _QUOTED.sub(lambda quote: " " * len(quote.group(0)), text[start:end])
    return _CROWD_CALLS.search(narration, _sentence_start(text, start, end) - start) is not None


_SHOUT_ALONE = re.compile(r"[“\"][^“”\"\n]{1,80}[”\"]")  # a short quote that is its paragraph


def _document_goes_on(text: str, cand: _Candidate, kept: list[_Candidate]) -> bool:
    """ "“…,” the Ledger wrote." ¶ "The editorial continued:" ¶ “…”: the writer last quoted, by its document."""
    earlier = kept[-1] if kept else None
    if earlier is None or not earlier.speaker or cand.previous_paragraph is None:
        return False
    if text[cand.paragraph[0] : cand.mark_start].strip() or not _POINTER.match(text, *cand.previous_paragraph):
        return False
    cand.speaker, cand.name, cand.role = earlier.speaker, earlier.name, earlier.role
    cand.party, cand.kind = earlier.party, earlier.kind
    cand.shape, cand.how = "colon_paragraph", "continuation"
    return True


def _credit_back(text: str, kept: list[_Candidate]) -> None:
    """“... ¶ “... ¶ “...,” said X: the paragraphs of a quote that runs on, with no speaker of their own, are the
    speaker's its last paragraph names (over a guess from the paragraphs before: whoever they were about)."""
    for cand, after in reversed(list(zip(kept, kept[1:]))):
        runs_on = cand.mark_end == cand.paragraph[1] and text[cand.mark_end - 1] not in '”"'
        if (
            (cand.attributed and cand.how not in ("context", "continuation"))
            or not runs_on
            or after.previous_paragraph != cand.paragraph
            or not after.speaker
            or text[after.paragraph[0] : after.mark_start].strip()
        ):
            continue
        cand.speaker, cand.name, cand.role, cand.party, cand.kind = (
            after.speaker,
            after.name,
            after.role,
            after.party,
            after.kind,
        )
        cand.shape, cand.how = "multi_paragraph", "continuation"


# A paragraph ending on a document ("A letter her department sent ... spells it out.") introduces its words,
# not the person's.
_WRITTEN = re.compile(rf"\b(?:{WRITING}|sign)s?\b", re.IGNORECASE)
# A crowd calling out, in the last sentence before a quote-only paragraph: the quote is the crowd's, no one's
_CROWD_CALLS = re.compile(
    r"\b(?:people|crowd|audience|room|several|some|others|many|(?:counter-?)?protesters|demonstrators|hecklers|voices|"
    r"onlookers|families|volunteers|students|residents|workers|parents|supporters|opponents|neighbou?rs|women|men|"
    r"children|sides|marchers|mourners|relatives|congregation|congregants|worshippers|everyone|graduates|classmates|"
    r"fans|teachers)\b"
    r"[^.!?\n]{0,80}?\b(?:shout(?:s|ed|ing)?|yell(?:s|ed|ing)?|call(?:s|ed|ing)?\s+out|chant(?:s|ed|ing)?|"
    r"jeer(?:s|ed|ing)?|cheer(?:s|ed|ing)?|boo(?:s|ed|ing)|heckl(?:ed|ing)|cr(?:ied|ying)\s+out|answer(?:s|ed)|"
    r"at\s+once|in\s+unison|together|in\s+chorus|joined\s+in)\b",
    re.IGNORECASE,
)
# A document of someone the story named before, in a partial quote's subject: "His letter", "Her latest memo"
_THEIR_DOCUMENT = re.compile(rf"\s*(?P<pron>[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z][\w-]*\s+)?(?:{WRITING})\b")
# A document someone owns, in a partial quote's subject: "The Columbia Basin Growers Federation’s letter to Congress"
_OWNED_DOCUMENT = re.compile(rf"(?P<owner>[^’']+?)[’']s\s+(?:[\w-]+\s+)?{_WRITTEN.pattern}", re.IGNORECASE)


def _from_context(text: str, cand: _Candidate, names: NameBook) -> None:
    """A long unattributed quote after a sentence about one person, in the same paragraph: theirs
    (Solheim walked her rows on Monday. “We lost maybe a fifth of the block...”)."""
    named = names.people_between(cand.paragraph[0], cand.mark_start)
    before = text[cand.paragraph[0] : cand.mark_start]
    if re.search(r"[,:]\s*$", before):
        return
    said = list(_PRONOUN_SAID.finditer(before)) if "“" not in before and '"' not in before else []
    # "He told the call about a parishioner, Efraín Solís, ... “I sat with his children.”": who told, not whom
    told_of = said and all(
        m.start >= cand.paragraph[0] + said[-1].end() for m in names.between(cand.paragraph[0], cand.mark_start)
    )
    if said and (not named or told_of):
        # "Asked whether ..., she said its staff had met twice with officials. “They listen politely.”"
        pronoun = said[-1].group("pron")
        named = [person] if (person := names.pronoun(pronoun, cand.paragraph[0] + said[-1].start("pron"))) else []
    if len(named) > 1:
        # "Commissioner Walter J. Hebborn ... said he would ask Colquitt to appear. “I want to know ...”": who said
        last = text[
            _sentence_start(text, cand.paragraph[0], len(before.rstrip()) + cand.paragraph[0] - 1) : cand.mark_start
        ]
        subject = names.paragraph_subject(cand.paragraph[0], cand.mark_start) if SAYS.search(last) else None
        named = [subject] if subject in named else named
    if len(named) == 1:
        cand.speaker, cand.shape, cand.how, cand.kind = named[0], "context", "context", "person"
    elif not named and (party_said := _PARTY_SAID.search(before)) is not None:
        # "A human resources consultant who …, and who asked not to be named …, said the pressure shows up in wages.
        # “Starting pay …”": a party said it, as a named person would have
        at = cand.paragraph[0] + party_said.start("party")
        if (party := read_party(party_said.group("party"), at, speaker_first=True)) is not None:
            cand.party, cand.source, cand.shape = party, (party.start, party.end), "context"
            _credit_party(cand, names, text)
            cand.how = "context"


# The sentence before a quote, whose subject (a description or an organisation, after an aside) said something.
_SENTENCE_SAID = "(?:said|says|told|added|explained|noted|argued|insisted|warned)"
_PARTY_SAID = re.compile(
    r"(?:^|[.!?]\s+)(?P<party>(?:A|An|One|The)\s+[^,.;:“”\"\n]{1,80}?)(?:,[^.“”\"\n]{1,200},)?\s+"
    rf"{_SENTENCE_SAID}\b[^.!?“”\"\n]*[.!?]\s*$"
)
_PRONOUN_SAID = re.compile(rf"(?:^|[.!?,]\s+)(?P<pron>[Hh]e|[Ss]he)\s+{_SENTENCE_SAID}\b")


_SMALL_WORDS = frozenset("a an the of and or for to in on at by with vs".split())


# A paragraph's label before its one quotation: "The Valley Courier-Press: "
_CAPS_LABEL = re.compile(r"[^\S\n]*(?:[A-Z][A-Z’'&-]*[^\S\n]+){0,3}[A-Z][A-Z’'&-]+:")
_LABEL_ALONE = re.compile(r"[^\S\n]*[^“”\"\n:]{1,80}:[^\S\n]*")


def _a_name(text: str, cand: _Candidate) -> bool:
    """“Fox News Sunday”, “Make America Great Again”, “Brazos Abiertos,” a hymn a parishioner wrote: a name, not
    speech, whoever the words after it seem to credit."""
    return (
        cand.how in (None, "partial", "party", "paragraph", "context", "continuation")
        and cand.shape != "headline"
        and not _opens_before_cue(text, cand)  # "“Tomorrow,” he says", whoever "he" turned out to be
        and _title_case(text[cand.start : cand.end])
    )


def _opens_before_cue(text: str, cand: _Candidate) -> bool:
    """Does the quote open its sentence, with the verb that credits it right after it ("“Tomorrow,” he says")?"""
    return (
        cand.shape == "pronoun"
        and cand.cue_span is not None
        and re.fullmatch(
            r"[^\S\n]*[,!?]?[”\"’]?[^\S\n]*(?:he|she|they|I|we)[^\S\n]*",
            text[cand.mark_end - 2 : cand.cue_span[0]],
            re.I,
        )
        is not None
        and re.search(r"(?:^|[.!?:][”\"’]?)\s*$", text[cand.paragraph[0] : cand.mark_start]) is not None
    )


def _without_article(name: str) -> str:
    """A nickname without its article: "el Profe", "la Güera", "the Vacuum" are as capitalised as "Cap"."""
    return re.sub(r"^(?:el|la|los|las|the)\s+(?=[A-ZÀ-Ý])", "", name)


def _title_case(quoted: str) -> bool:
    """A short run whose every word (small words aside) starts with a capital: the name of something."""
    words = re.findall(r"[^\W\d_][\w’'-]*", quoted)
    return (
        0 < len(words) <= TITLE_CASE_WORDS
        and all(w[0].isupper() or w in _SMALL_WORDS for w in words)
        and (words[0][0].isupper() or words[0] == "the" and len(words) >= 3)  # “the Fog Cutter”, a nickname
        # "Nobody." and "Go Home!" are speech; "Grandmother’s Lone Star." ends its sentence in American style
        and (len(words) >= 3 or not re.search(r"[.!]\s*$", quoted.strip()))
        and not quoted.strip().endswith("!")
    )


def _fills(text: str, cand: _Candidate) -> bool:
    para_len = len(text[cand.paragraph[0] : cand.paragraph[1]].strip())
    return (cand.mark_end - cand.mark_start) >= FILLS_PARAGRAPH * para_len


def _clean_role(role: str | None) -> str | None:
    """Roles as written, without a leading article: "a spokesperson for the sheriff" → "spokesperson for the
    sheriff"."""
    if not role:
        return None
    role = re.sub(r"^(?:a|an|the)\s+", "", " ".join(role.split()).strip(" ,."), flags=re.IGNORECASE)
    role = re.sub(r"^(?:elder|older|younger)\b\s*", "", role)  # which of a father and son, not what they do
    return role or None
