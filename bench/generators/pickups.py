"""A seeded generator of fictional press releases and of news articles that do or do not use them, for the
release-pickup benchmark (bench/pickup.py).

Releases (50 by default) come from six themes that overlap, as an advocacy beat does: Secure Communities,
jail detainers and 287(g), ICE enforcement and detention, housing, state and county budgets, schools.
Each has a "FOR IMMEDIATE RELEASE" banner, a date line, a headline, a dateline lede, narrative paragraphs,
2-4 direct quotes in curly marks (each at least 12 words, from the organisation's spokespeople and
sometimes an outside voice), an "About <Org>" line and paragraph, sometimes a "go here" link line, "###" and
a press contact line: 350-700 words in all. Sentences and quotes are filled from templates with inline
alternatives, places and numbers, so releases on one theme share phrases (as real ones do) but not text;
no two releases' quotes share a word 5-gram (drawn again until they do not), so a pickup of one release's
quote is not also a pickup of another's.

Articles (10,000 by default): about 94% are news that uses no release, made by news.py (its
on-topic immigration stories at a raised share, 8%, plus its weather, sports, business, schools, courts,
county government, police... beats), trimmed or extended to 150-700 words; about 15% of those get 1-2
random watched topics, as the tagger would give some of them, so the mention path also runs on articles
that are not pickups. About 6% pick up one release (popular releases more often than others):

    verbatim  the release reposted: as issued, banner and contact included; or its headline and body; or
              its body under an editor's note
    partial   a news story on the release's theme with 2-5 of the release's narrative sentences copied in
    quote     a news story carrying 1-2 of the release's quotes: as issued, with 1-2 words changed, trimmed
              at either end, or split around "she said"
    mention   a news story naming the organisation or a spokesperson, in words of its own

A pickup article's topics are its release's topics. Every article records what it was built as (kind,
release, expected quotes and changes), so the benchmark can count what the matcher finds against it.

The same seed gives the same releases and articles, whatever PYTHONHASHSEED is.

    .venv/bin/python -m bench.generators.pickups [--releases 50] [--articles 10000] [--seed 7] [--show-release 0]
        [--show-article N]
"""

from __future__ import annotations

import argparse
import random
import re
from collections import Counter
from dataclasses import dataclass, field

from . import news  # the unrelated news, and the hosts that pickups are written into

WORD = re.compile(r"\w+(?:['\u2019]\w+)*")  # as monitor.pickup.prose counts words
MIN_RELEASE_WORDS, MAX_RELEASE_WORDS = 350, 700
MIN_ARTICLE_WORDS, MAX_ARTICLE_WORDS = 150, 700
MIN_QUOTE_WORDS = 12
PICKUP_SHARE = 0.06
PICKUP_KINDS = {"verbatim": 0.15, "partial": 0.25, "quote": 0.40, "mention": 0.20}
QUOTE_VARIANTS = {"exact": 0.35, "changed": 0.25, "trimmed": 0.20, "split": 0.20}
SAME_TOPIC_SHARE = 0.08  # of the unrelated articles: news.py's immigration stories (no release text in them)
TOPIC_SHARE = 0.15  # of the unrelated articles: given 1-2 random topics
TOPICS = ("ice", "secure-communities", "local-enforcement", "housing", "budget", "schools")

# --- names: none of these is in news.py's lists, so a news story never names a spokesperson -----------
FIRST_SHE = (
    "Odile Marisol Henrietta Beatrix Celeste Dolores Eunice Flora Greta Harriet Ines Josefina Katya "
    "Lorena Magdalena Noemi Octavia Philippa Rosalind Simone Thea Ursula Vivian Winifred Ysolde"
).split()
FIRST_HE = (
    "Bartholomew Cornelius Desmond Ezra Fletcher Gideon Horace Ignatius Lionel Montgomery Nigel Orson "
    "Percival Quentin Rupert Silas Thaddeus Ulysses Virgil Alistair Bertrand Clement Emeric"
).split()
LAST = (
    "Achterberg Blanchard Devereux Eskildsen Fairweather Goldfarb Hathaway Iwasaki Jablonski Kincaid Lockhart "
    "Marchetti Nakashima Ostrowski Prendergast Quigley Rasmussen Stavros Thorncastle Umberger Vandermeer "
    "Wexler Yoshida Zabala Okonkwo Abiodun Benavides Cardenas Dubois Esposito Figueroa Gallardo Holloway "
    "Ivanova Kettering Ladouceur Mwangi Oyelaran Pettigrew Rutherford Szabo Tremblay Villanueva Whitlock"
).split()
assert not (set(FIRST_SHE + FIRST_HE) & set(news.WOMEN + news.MEN)) and not set(LAST) & set(news.SURNAMES)
PLACES = (
    "Aldergrove|Bexley Valley|Coldwater|Driftwood|Eastmark|Fairhaven|Glenmoor|Highcrest|Ironbridge|Kestrel Bay|"
    "Larkspur|Marrow Valley|Northwoods|Oxbow|Palisade|Quarry Hills|Redwater|Saltmarsh|Tamarack|Upland|"
    "Verdigris|Wintergreen|Yarrow|Zephyr Coast|Blackstone|Clearwater Basin|Dunmore Valley|Emberly|"
    "Foxglove|Greywater|Hollins|Juniper Plains|Kingsbarrow|Lowmoor|Meridian Valley"
).split("|")
TITLES = [
    "executive director",
    "policy director",
    "president",
    "director of advocacy",
    "senior staff attorney",
    "board chair",
    "communications director",
    "research director",
    "deputy director",
    "co-founder",
]

# --- the themes ---------------------------------------------------------------------------------------------
# Templates take {a|b|c} (one of them, "" allowed), {n:LO-HI}, and named slots filled per release (see _Filler).
THEMES: dict[str, dict] = {}

THEMES["sc"] = dict(
    weight=10,
    topics=["secure-communities"],
    second=["ice", "local-enforcement"],
    host="immigration",
    kinds=[
        "Immigrant Rights Coalition",
        "Immigrant Justice Network",
        "Civil Liberties Project",
        "Immigration Law Center",
        "Faith Alliance",
        "Police Chiefs Association",
        "New Americans Council",
    ],
    issue="Secure Communities",
    people="immigrant families",
    headlines=[
        "New Report: {Most|Many|Nearly Half} of Those Deported Through Secure Communities in {county} County Had No Criminal Record",
        "{org_word} Calls on {state} to {Suspend|Pause|Audit} Secure Communities",
        "Secure Communities Data Show {n:40-70} Percent of People Flagged in {state} Were Never Convicted",
        "{Advocates|Faith Leaders|Police Chiefs} Urge {county} County to Seek an Exit From Secure Communities",
        "Fingerprint-Sharing Program Has Cost {county} County ${n:2-9} Million, Analysis Finds",
    ],
    findings=[
        "most people deported from {county} County through Secure Communities had never been convicted of a serious crime",
        "{n:40-70} percent of the people flagged by the fingerprint-sharing program in {state} had no criminal conviction at all",
        "the program has {quietly|steadily} spread to every jail in {state} without a single public hearing",
        "arrests for minor traffic offenses now account for {n:20-45} percent of Secure Communities referrals in the region",
        "referrals from {county} County jail to federal immigration agents have {doubled|tripled} since {year}",
    ],
    demands=[
        "suspend its participation in Secure Communities until an independent audit is complete",
        "publish monthly figures on every person referred to ICE through the fingerprint program",
        "stop forwarding the fingerprints of people arrested only for minor offenses",
        "hold public hearings before the program is extended to any more jails",
    ],
    facts=[
        "{The|This} {analysis|review|study} {covers|spans|draws on} {n:3-9} years of {booking|jail|arrest} {data|records} {obtained|secured|pried loose} through {a public records request|open-records requests|a lawsuit} {filed|brought} in {year}.",
        "Of the {n:900-4000} people {referred|flagged|matched} {in|from} {county} County, {only|just} {n:80-400} had {ever|} been convicted of {a violent offense|a felony|a serious crime}{, the records show|, the data show|}.",
        "{Under|Through} {the program|Secure Communities}, {prints|fingerprints} {collected|rolled|scanned} {when someone is jailed|at arrest|in the sally port} {go|are sent|travel} {automatically|electronically|within minutes} to {federal|immigration} {computers|authorities|databases} {as well as|along with|and also} {state|local} {police|investigators}.",
        "{A|Any} {fingerprint|print} match {can|may} {trigger|prompt|set off} {a request|an ICE request} to {keep|hold} {the person|someone} {locked up|in custody}, {even when|even if} {prosecutors|the police} {drop|never file} {the case|charges}.",
        "{Sheriffs|County officials|Local leaders} in {n:3-12} {state} counties were {told|assured} in {year} that {joining|taking part} was {voluntary|optional}, {a promise|an assurance} {federal officials|Washington} {later|quietly} {withdrew|reversed|abandoned}.",
        "{Traffic violations|Driving without a license|Misdemeanors} {accounted for|made up|were behind} {n:15-35} percent of {all|the} {referrals|matches} {in|during} the {period|years} {studied|reviewed}, the {report|analysis} {found|shows}.",
        "{Removals|Deportations} {tied to|traced to|through} the program in {state} {rose|climbed|grew} from {n:200-900} in {year} to {n:1000-4000} {last year|in the latest year on record}.",
        "{org_short_cap} {compared|matched|cross-checked} {county|local} booking {records|logs} {with|against} {removal|deportation} {data|statistics} {released|made public} {under|after} {a court order|a federal lawsuit|an open-records fight}.",
        "The {state} {Senate|House} {is expected to|will|could} {take up|debate|vote on} a bill {on|this} {day} that would {limit|restrict|narrow} the program's reach {inside county jails|for minor offenses|in {state}}.",
        "{Several|At least {n:3-9}} {police chiefs|sheriffs|county attorneys|prosecutors} have {warned|said publicly|testified} that the program {discourages|deters|scares} {crime victims|witnesses|domestic violence survivors} from {coming forward|reporting crimes|picking up the phone}.",
        "In {county} County, {n:60-95} percent of {those|the people} {referred|flagged} were {men|working men|laborers} {between|aged} {n:18-25} {and|to} {n:40-55}{, the data show|, records show|}.",
    ],
    quotes=[
        "{Secure Communities|This program} was {promised|presented} to {county} County {voters|residents} as {a public safety measure|a crime-fighting tool}, but {our|the county's own} {numbers|records} {tell|paint} a {different|very different} {story|picture}.",
        "{A|One} {broken taillight|missed court date|rolling stop|fishing violation} {should never|must never} {cost|mean} {a parent|a worker|anyone} {their home|their family} in {town}, {yet|but} {that is|this is} {what|exactly what} {the program|this system} {delivers|produces} {week after week|every month}.",
        "{We|Our members} {asked|begged} {state} officials for {n:3-9} years to {publish|share} these {figures|numbers}, and now we {know|understand} why they {refused|stalled}.",
        "{Nobody|Not one voter} in {county} County {ever|once} {voted|agreed} to {make|let} the {county|local} jail {serve as|become} {an arm|a branch} of {federal immigration enforcement|ICE}, {and yet|yet} {here we are|that is what happened}.",
        "{Every|Each} {fingerprint|booking} {sent|forwarded} to {Washington|federal agents} {from {county} County|from our jails} {costs|puts} {trust|a family} {at risk|on the line}, and {the sheriff|the county board} {knows|has known} it {since {year}|for years}.",
        "{If|Unless} {the program|Secure Communities} {really|truly} {targeted|focused on} {serious offenders|violent crime}, {n:40-70} percent of the {people|men and women} it {flagged|caught} here would not have {clean|empty} records.",
        "{Police|Our officers} {cannot|can't} {solve|investigate} {crimes|a single burglary} when {witnesses|victims} in {town} {hang up|stay silent} {the moment|as soon as} they {hear|see} a {badge|squad car}.",
        "{We are|Today we are} {asking|calling on} {the governor|state leaders|the commissioners} to {hit pause|press pause|step back} {until|before} {one more|another} {family|parent} in {county} County {loses|is torn from} {everything|a home} over a {traffic ticket|paperwork error}.",
    ],
    outside=[
        (
            "a pastor in {town}",
            [
                "{Half|A third} of the {families|parents} {in my congregation|at our church} {now|no longer} {drive|go} to {work|the store} {without|free of} {fear|dread}, and {that|this} {is|was} {not|never} {how|what} {safety|public safety} {should|ought to} {look|feel} like."
            ],
        )
    ],
)

THEMES["detainers"] = dict(
    weight=9,
    topics=["local-enforcement"],
    second=["ice", "secure-communities"],
    host="immigration",
    kinds=[
        "Sheriffs' Association",
        "Civil Liberties Union",
        "County Counsel Forum",
        "Public Defenders Alliance",
        "Constitutional Rights Project",
        "Jail Accountability Coalition",
    ],
    issue="immigration detainers",
    people="people held in county jails",
    headlines=[
        "{org_word}: Jails Should Stop Holding People on ICE Detainers Without a Warrant",
        "{county} County Paid ${n:90-400},000 to Settle Detainer Lawsuits, Records Show",
        "Report Finds {n:200-900} People Held Past Release Dates in {state} Jails",
        "{Coalition|Sheriffs|Lawyers} Ask {county} County to End Its 287(g) Agreement",
        "Detainer Requests to {state} Jails Riddled With Errors, Review Finds",
    ],
    findings=[
        "{county} County held {n:200-900} people past their release dates on immigration detainers in {year} alone",
        "one in {n:5-12} detainer requests sent to {state} jails named the wrong person or the wrong birth date",
        "counties that honor detainers without a judge's warrant have paid ${n:1-6} million in settlements since {year}",
        "deputies deputized through the 287(g) program interviewed {n:800-3000} inmates about where they were born last year",
    ],
    demands=[
        "stop honoring immigration detainers that lack the signature of a judge",
        "end its 287(g) agreement when it comes up for renewal in {month}",
        "adopt a written policy on detainers before the end of the year",
        "publish the number of people held on detainers every month",
    ],
    facts=[
        "{An|A federal} immigration detainer {amounts to|is really} a {written request|form letter|request form} rather than a {court order|warrant}, {asking|telling} {jailers|a sheriff|the jail} to {keep|hold} {someone|a person} {an extra|up to} {48 hours|two days|two business days}.",
        "{Courts|Federal judges|Judges} in {n:3-9} {states|jurisdictions} have {found|ruled|held} that {jailing|holding|keeping} {someone|a person} {only|solely} {because of|on the strength of} {a detainer|an ICE request} {breaks|violates|runs afoul of} {the Constitution|the Fourth Amendment}.",
        "The {county|sheriff's office|jail} {paid|agreed to pay} ${n:40-400},000 in {year} to settle {a suit|a lawsuit|a claim} {brought|filed} by a {man|woman|farmworker} {held|kept} {n:3-11} {days|nights} after {posting bail|the charges were dismissed|a judge ordered release}.",
        "{Since|Under} {its|the} 287(g) {deal|contract|pact} with ICE, {n:4-20} {deputies|jailers|officers} have {gone through|completed|received} {federal|ICE} {training|instruction} {to|so they can} {screen|interview|check} {inmates|prisoners|detainees} for {immigration violations|deportability|status issues}.",
        "{Insurers|The county's insurer|Risk pools} {warned|told|notified} {n:2-9} {counties|county boards} in {year} that {claims|lawsuits|damages} {over|arising from} {detainers|immigration holds} {might|may|would} not be {covered|paid}.",
        "{ICE|Federal agents} {failed to pick up|did not collect|left behind} {detainees|prisoners} {within|inside} the {48-hour window|required time|deadline on the form} in {n:20-60} percent of {cases|holds|requests} {reviewed|examined|studied}.",
        "Jail {administrators|staff|clerks} in {county} County {spend|log|devote} {n:10-40} hours {a week|each week|weekly} {on|processing|handling} {detainer paperwork|immigration holds|ICE forms}, {according to|per|says} the {sheriff's budget request|jail's own records|county auditor}.",
        "The {agreement|memorandum|contract} with ICE {comes up|is up|expires and comes up} for renewal in {month}, and {commissioners|the county board|supervisors} {must|will have to} {vote|decide} {on it|whether to renew} {in public|at an open meeting|after a hearing}.",
        "{n:3-9} {neighboring|nearby|comparable} counties have {dropped|ended|let lapse} {similar|their own} {agreements|deals|contracts} since {year}, {citing|pointing to|blaming} {cost|expense} and {legal risk|lawsuits|liability}.",
        "{org_short_cap} {reviewed|examined|read} {n:300-2000} detainer {forms|requests} {obtained|released|turned over} through {a records request|litigation|a lawsuit} in {year}{, and logged every error|, line by line|}.",
        "Most {of the people|inmates|prisoners} {held|kept|detained} {on detainers|past their release dates|on ICE holds} in {county} County {had been|were} {booked|arrested|jailed} on {misdemeanor charges|traffic charges|charges later dropped}.",
    ],
    quotes=[
        "{Sheriffs|My deputies} {swear|take} an oath to {the Constitution|uphold the law}, and {nothing|no clause} in it {lets|allows} us {to keep|to hold} {a person|anyone} {behind bars|in a cell} on {a form letter|a fax from ICE|an unsigned request}.",
        "{If|When} {ICE|the agency} {thinks|believes} {a person|someone} {poses|is} {a danger|a threat}, {a judge|any judge} {can|will} {sign|issue} {a warrant|the paperwork} {within hours|the same day}, {just as|exactly as} {judges|courts} do for {every|any} other {agency|police force}.",
        "{Counties|Our members} {carry|shoulder} {all of|every bit of} the {liability|legal risk} for {a federal program|Washington's program} {yet|but} {have|get} {no|zero} {say|voice} in {how|the way} it {is run|operates}, {and that|which} {has to|must} {change|end}.",
        "{n:3-11} {extra|more} days in a {county|{county} County} jail {cell|bunk} {is|are} {not|no} {paperwork|small thing} to the {man|mother|worker} {inside it|sitting there}, and {taxpayers|the county} {paid|will pay} {for it|the bill}.",
        "{We|Our office} {found|counted} {forms|detainers} {naming|listing} the wrong {person|man}, the wrong {birth date|county}, and in {one|two} cases {a citizen|a U.S. citizen} {born|raised} in {town}.",
        "{Nobody|No one} {on|at} the {county board|commission} {can|could} {tell us|explain} what {the county gets|{county} County gets} {back|in return} for {renewing|signing} {this deal|the agreement} {year after year|every {month}}.",
        "{A|Any} jail {that|which} {holds|keeps} {people|someone} {without|with no} {a warrant|judicial review} is {asking|begging} {for a lawsuit|to be sued}, and {sooner or later|eventually} {the taxpayers|{county} County} {lose|loses}.",
    ],
    outside=[
        (
            "a former inmate at the {county} County jail",
            [
                "{I|My family} {waited|sat} {n:3-9} {days|nights} {after|past} {my release date|the judge let me go} {because of|over} {a piece of paper|one form} {nobody|no one} {would|could} {explain|show us}."
            ],
        )
    ],
)

THEMES["enforcement"] = dict(
    weight=9,
    topics=["ice"],
    second=["secure-communities", "local-enforcement", "housing"],
    host="immigration",
    kinds=[
        "Workers Center",
        "Immigrant Defense Fund",
        "Detention Watch Network",
        "Human Rights Council",
        "Farmworker Alliance",
        "Interfaith Immigration Committee",
    ],
    issue="immigration enforcement",
    people="immigrant workers",
    headlines=[
        "{org_word} Condemns {Workplace|Early-Morning|Courthouse} Raids in {county} County",
        "Plan for {n:400-1200}-Bed Detention Center Near {town} Draws Opposition",
        "{Families|Workers|Clergy} Ask ICE to {Halt|End} Arrests at {Courthouses|Schools|Hospitals}",
        "Report: Detention Population in {state} Up {n:20-80} Percent Since {year}",
        "{org_word} Releases Guide for Families Facing Immigration Arrests",
    ],
    findings=[
        "immigration arrests in {state} rose {n:20-80} percent last year while arrests of people with serious convictions fell",
        "the proposed detention center near {town} would cost the county ${n:2-9} million in road and water work",
        "{n:30-60} percent of the people detained in {state} last year had lived in the country for more than a decade",
        "courthouse arrests have kept {crime victims|witnesses} in {county} County from appearing at {n:40-200} hearings",
    ],
    demands=[
        "halt arrests at courthouses, schools and hospitals",
        "reject the contract for a new detention center near {town}",
        "release detained parents whose children are U.S. citizens while their cases are heard",
        "guarantee access to lawyers for everyone held at the {county} facility",
    ],
    facts=[
        "Agents {arrested|detained|picked up} {n:20-180} {people|workers|residents} at {n:2-9} {worksites|food processing plants|construction sites} in {county} County over {n:2-9} days in {month}.",
        "The {proposed|planned} {center|facility|detention site} {would be|is to be} {operated|managed} by a {for-profit|private} {firm|operator|prison company} {that|which} {holds|has|runs} {similar|other} {contracts|facilities} in {n:3-12} states.",
        "Detainees at the {county} {facility|center|lockup} {waited|went|spent} an average of {n:20-90} days {before|until} {their first|a} {hearing|court date|appearance before a judge}.",
        "{More than|Nearly|At least} {n:100-600} {children|students|pupils} in {county} County {schools|classrooms|districts} have a {parent|mother or father} in {detention|removal proceedings|ICE custody}, {according to|based on} {district|school} {surveys|counselors|records}.",
        "{Lawyers|Legal aid groups|Attorneys} {represent|stand beside} {fewer than|only} {n:10-35} percent of {detained|jailed|confined} {immigrants|people} in {state}, {org_short} {found|counted|estimates}.",
        "The {county|city} {would receive|stands to collect|would be paid} ${n:40-120} {a day|per night|daily} {for each|per} {detainee|bed|person held} under the {proposed|draft|pending} {contract|deal}.",
        "{Hospitals|Clinics|Health centers} in {town} reported {a drop of|a fall of|a decline of} {n:10-40} percent in {prenatal visits|visits by immigrant patients|vaccinations} after the {raids|arrests|operation} {began|started}.",
        "{org_short_cap} {interviewed|surveyed|spoke with} {n:50-400} {families|households|relatives} {affected by|touched by|shaken by} the {arrests|raids} between {month} and {month}.",
        "{Local employers|Farm owners|Growers} {told|warned|informed} {state} lawmakers in {year} that the {arrests|raids|sweeps} had left {n:200-900} {jobs|positions|shifts} {unfilled|vacant|empty}.",
        "{n:2-9} {people|detainees|men and women} have died in {ICE custody|immigration detention|federal immigration custody} in {state} since {year}, according to {agency|government|official} {notices|reports|records}.",
    ],
    quotes=[
        "{These|Our} {workers|neighbors} {picked|packed} the {food|fruit} on {every|your} {table|plate} in {state}, and {they|their children} {deserve|have earned} {better|more} than a {raid|knock} at {dawn|five in the morning}.",
        "{A|No} {detention center|private prison} {will|is going to} {bring|build} {lasting|real} {jobs|prosperity} to {town}; it {will|is going to} {bring|leave} {fear|empty chairs} to {every|our} {school|classroom} {in {county} County|for years}.",
        "{Arresting|Grabbing} {parents|witnesses} at the {courthouse|clerk's window} {teaches|tells} {every|each} {immigrant|family} in {county} County that {showing up|doing the right thing} {is|has become} {dangerous|a risk}.",
        "{We|Our volunteers} {counted|answered} {n:100-900} {calls|messages} {to our hotline|from frightened families} in {n:2-9} {days|weeks}, {most|many} {from|of them from} {children|teenagers} {asking|wanting to know} {where|whether} {their parents|a parent} {had gone|would come home}.",
        "{ICE|The agency} {says|claims} it {targets|goes after} {the worst|dangerous criminals}, {yet|but} {n:30-60} percent of {the people|those} {it held|detained} {in {state}|here} {last year|in {year}} had {no|never had a} {record|conviction}.",
        "{Due process|A fair hearing} {should not|must not} {depend on|hinge on} {whether|if} {a family|someone} {can afford|can pay} ${n:3-9},000 for a {lawyer|legal defense} {in {town}|before the hearing}.",
    ],
    outside=[
        (
            "an employer in {town}",
            [
                "{I|We} {lost|saw} {n:5-40} {of my best|good} {workers|employees} in {one|a single} {morning|week}, and {not one|none} of {them|those people} {had|ever had} {so much as|even} a {speeding ticket|parking fine}."
            ],
        )
    ],
)

THEMES["housing"] = dict(
    weight=8,
    topics=["housing"],
    second=["budget"],
    host="courts",
    kinds=[
        "Housing Alliance",
        "Tenants Union",
        "Fair Housing Council",
        "Housing Justice Project",
        "Homebuilders Association",
        "Community Land Trust",
    ],
    issue="affordable housing",
    people="renters",
    headlines=[
        "{org_word}: {county} County Short {n:4-20},000 Affordable Homes",
        "Evictions in {state} Reach {n:5-15}-Year High, New Data Show",
        "{Tenants|Advocates|Builders} Press {town} Council on {Rent Protections|Zoning Reform|Housing Trust Fund}",
        "Report: Rents in {town} Up {n:20-60} Percent Since {year}",
        "{org_word} Launches Campaign for Right to Counsel in Eviction Court",
    ],
    findings=[
        "{county} County has {n:4-20},000 fewer affordable homes than it needs for families earning under ${n:30-50},000",
        "eviction filings in {state} rose {n:20-60} percent last year, the highest level in {n:5-15} years",
        "the typical renter in {town} now spends {n:35-55} percent of income on rent and utilities",
        "only {n:2-9} percent of tenants facing eviction in {county} County had a lawyer",
    ],
    demands=[
        "fund a right to counsel for tenants in eviction court",
        "put ${n:10-90} million into the state housing trust fund",
        "allow duplexes and small apartment buildings on land now zoned for single homes",
        "pass a {n:30-90}-day notice requirement for rent increases above {n:5-10} percent",
    ],
    facts=[
        "The {report|study|analysis} {draws on|uses|relies on} {court filings|eviction records|docket data} from {n:10-80} counties {between {year} and {year}|over {n:3-9} years}.",
        "A {full-time|minimum-wage|typical} worker in {town} would need to {work|put in|log} {n:70-120} hours a week to {afford|cover} a {two-bedroom|one-bedroom} {apartment|unit} at {fair market|average|typical} rent.",
        "The {waiting list|wait|queue} for {housing vouchers|public housing|rental help} in {county} County {stands at|has reached|now tops} {n:2-9},{n:100-999} {families|households|applicants}.",
        "{Landlords|Property managers|Owners} filed {n:300-1500} eviction {cases|suits|complaints} in {county} County in {month}, {org_short} {found|counted|reported}.",
        "{n:40-70} percent of {the land|residential land|the acreage} in {town} is zoned {for detached single-family homes only|for single houses on large lots|to forbid apartments}{, city maps show|, the analysis found|}.",
        "{Construction|Building|Materials} {costs|prices} in {state} {rose|climbed|jumped} {n:10-30} percent {between {year} and last year|over the past decade|in {n:3-6} years}, {builders|contractors} {say|report}.",
        "{Families|Children|Households} {forced out|evicted|displaced} {in {county} County|from their homes} {were|are} {n:2-5} times as likely to {change schools|switch schools|miss school} {mid-year|during the year|within months}.",
        "{org_short_cap} {surveyed|interviewed|polled} {n:200-900} {renters|tenants|households} in {town} and {town2} {in|during} {month}.",
        "The {state|county} {housing trust fund|housing fund} {received|got} ${n:2-30} million in {year}, {less than|about half of|a fraction of} what {advocates|the task force|planners} {asked for|recommended|called for}.",
        "Tenants in {n:3-9} {buildings|complexes|properties} owned by {one|the same|a single} {company|landlord|investor} {reported|went through|endured} {no heat|broken heat|mold} {for weeks|this winter|for months}.",
    ],
    quotes=[
        "{No|Not one} {family|renter} in {town} {should have to|ought to} {choose|decide} between {rent|the rent} and {groceries|medicine|heat}, {yet|but} {thousands|hundreds} {do|make that choice} {every|each} {month|winter}.",
        "{Eviction court|Housing court} in {county} County {moves|runs} {so fast|faster than} {that|a} {tenant|family} {often|usually} {loses|is out} {before|by the time} {they|anyone} {find|understands} {a lawyer|the rules}.",
        "{We|Our members} {cannot|can't} {build|open} {homes|apartments} {people|nurses and teachers} can {afford|pay for} on {land|lots} {zoned|reserved} for {one|a single} {house|mansion} {per|on every} {acre|half acre}.",
        "{Every|Each} {dollar|million} {put|invested} into the {trust fund|housing fund} {now|this year} {saves|spares} {the state|{state}} {far more|several times that} in {shelter|emergency} {costs|beds} {later|down the road}.",
        "{Rents|Rent} in {town} {went up|have climbed} {n:20-60} percent {since {year}|in {n:3-9} years}, {while|and} {wages|paychecks} {barely|hardly} {moved|grew}; {that|this} {gap|math} {is|has become} {the crisis|the whole story}.",
        "{Tenants|Renters} {who|that} {have|get} {a lawyer|counsel} {stay|remain} {housed|in their homes} {n:2-5} times {as often|more often}, and {that|it} {costs|saves} {less|more} than {a shelter bed|one night in a motel}.",
    ],
    outside=[
        (
            "a tenant in {town}",
            [
                "{My|Our} {rent|landlord} {went up|raised it} ${n:200-600} {in one letter|overnight}, and {I|we} had {n:30-60} days to {find|come up with} {the money|a new place} {with|and} {two|three} kids {in school|at {town} Elementary}."
            ],
        )
    ],
)

THEMES["budget"] = dict(
    weight=7,
    topics=["budget"],
    second=["schools", "housing"],
    host="government",
    kinds=[
        "Budget Project",
        "Taxpayers League",
        "Fiscal Policy Center",
        "Counties Association",
        "Public Services Coalition",
        "Budget Policy Institute",
    ],
    issue="the state budget",
    people="taxpayers",
    headlines=[
        "{org_word}: Proposed {state} Budget {Shortchanges|Cuts} {Counties|Schools|Health Care} by ${n:90-600} Million",
        "{county} County Faces ${n:4-40} Million Shortfall, Analysis Shows",
        "New Analysis: Tax Cut Would Cost {state} ${n:1-3}.{n:1-9} Billion Over {n:3-6} Years",
        "{Counties|Mayors|Advocates} in {state} Warn of {Service Cuts|Layoffs|Closures} as {Reserve|Rainy Day} Fund Shrinks",
        "{org_word} Urges Lawmakers to {Restore|Protect} Funding for {Libraries|Transit|Public Health}",
    ],
    findings=[
        "the governor's budget would shift ${n:90-600} million in costs onto counties over the next {n:2-4} years",
        "{county} County's reserves have dropped to {n:2-6} percent of spending, well below the {n:8-16} percent its auditors recommend",
        "the proposed income tax cut would send {n:40-70} percent of its benefits to the top {n:5-10} percent of earners",
        "state aid to cities and counties is {n:10-30} percent lower than in {year} after adjusting for inflation",
    ],
    demands=[
        "restore the ${n:40-300} million cut from local government aid",
        "reject the income tax cut until the reserve fund is rebuilt",
        "hold hearings in every region of {state} before the final budget vote",
        "publish a county-by-county estimate of what the budget would cost",
    ],
    facts=[
        "The {analysis|estimate|review} {uses|relies on|draws on} {figures|numbers} from the {state|governor's} budget office and {county audits|annual financial reports} {for|covering} {year} through last year.",
        "{state} collected ${n:1-4}.{n:1-9} billion more than {forecast|projected|expected} last year, {most of it|much of it|the bulk of it} from {sales taxes|capital gains|corporate taxes}.",
        "{County|Local} governments {pay|cover|shoulder} {n:20-45} percent of {Medicaid|jail|court} costs in {state}, {one of the highest shares|among the largest shares} in the {country|nation}.",
        "The {budget|spending plan} {must|has to} {pass|clear} both chambers by {month} {n:1-30}, when the fiscal year {ends|begins|starts}.",
        "{org_short_cap} {estimates|calculates|projects} that the cut would cost {county} County ${n:2-20} million {a year|each year|annually} in {aid|state payments|shared revenue}.",
        "{Property tax|Sales tax} {bills|rates} {in {county} County|across {state}} {rose|climbed|went up} {n:5-25} percent {since {year}|over {n:3-9} years} as state aid {shrank|fell|dwindled}.",
        "The {governor's|house|senate} plan {would|will} {eliminate|cut|abolish} {n:100-900} {positions|jobs} in {state agencies|county health departments|state prisons} {by|through} {attrition|layoffs|buyouts}.",
        "Lawmakers {set aside|put|socked away} ${n:50-500} million {into|in} the {rainy day fund|reserve fund|stabilization fund} in {year} and {have drawn|drew} {it down|on it} {n:2-5} times since.",
        "{Transit|Library|Public health} {funding|budgets} {in {county} County|statewide} {would fall|could drop|would shrink} by {n:10-35} percent under the {proposal|plan|governor's plan}.",
        "{n:20-60} of {state}'s counties {ended|closed|finished} last year with a {deficit|shortfall|gap}, {according to|per|says} the {state auditor|comptroller|treasurer}.",
    ],
    quotes=[
        "{This|The} budget {balances|closes} {the books|its gap} {on|by passing costs to} {county|local} {taxpayers|property owners}, and {every|each} {county commissioner|mayor} in {state} {knows|can see} it.",
        "{You|Lawmakers} {cannot|can't} {cut|slash} ${n:90-600} million from {local aid|cities and counties} and {then|still} {act|look} {surprised|shocked} when {libraries|clinics} {close|shut} and {taxes|property taxes} {go up|rise}.",
        "{A|The} {tax cut|rate cut} {that|which} {sends|gives} {most|{n:40-70} percent} of its {benefits|dollars} to the {top|wealthiest} {earners|households} {is|looks like} {not|hardly} {relief|middle-class relief} for {working|ordinary} {families|people} in {town}.",
        "{Reserves|Rainy day funds} {exist|are there} {for|so that} {a recession|hard times}, {not|and not} {so|to let} {lawmakers|the legislature} {can|could} {avoid|dodge} {hard|honest} {choices|votes} {in|during} a {good|strong} year.",
        "{We|Our members} {run|manage} {jails|roads}, {courts|clinics} and {elections|libraries}, and {the state|{state}} {keeps|has kept} {handing|sending} us {the bills|more bills} {without the money|with no money|without a dime} {to pay them|attached}.",
        "{Families|Taxpayers} in {county} County {deserve|should get} {to see|a clear look at} {what|exactly what} {this budget|the plan} {costs|will cost} {them|their town} {before|well before} {the vote|lawmakers vote}, {not|rather than} {after|months later}.",
    ],
    outside=[
        (
            "the {county} County administrator",
            [
                "{We|The county} {already|have} {closed|shut} {n:2-5} {branch libraries|clinics} and {froze|held} {hiring|salaries} {for|over} {two|three} years, so {there is|we have} {nothing|no fat} {left|still} to {trim|cut} {without|short of} {layoffs|closing services}."
            ],
        )
    ],
)

THEMES["schools"] = dict(
    weight=7,
    topics=["schools"],
    second=["budget", "ice"],
    host="schools",
    kinds=[
        "Education Fund",
        "Teachers Federation",
        "Parents Network",
        "School Boards Association",
        "Education Justice Project",
        "Rural Schools Coalition",
    ],
    issue="school funding",
    people="students",
    headlines=[
        "{org_word}: {state} Schools Underfunded by ${n:1-4}.{n:1-9} Billion",
        "{Class Sizes|Teacher Vacancies} in {county} County Reach Record High, Survey Finds",
        "{Parents|Teachers|School Boards} Call for Full Funding of {English Learner|Special Education} Programs",
        "Report: {n:200-900} Teaching Jobs {Unfilled|Vacant} in {state} as School Year {Begins|Opens}",
        "{org_word} Backs Plan to Raise Starting Teacher Pay to ${n:45-60},000",
    ],
    findings=[
        "{state} schools are underfunded by ${n:1-4}.{n:1-9} billion a year compared with the state's own adequacy standard",
        "{n:200-900} teaching positions across {state} were still vacant on the first day of school",
        "{n:20-45} percent of elementary classrooms in {county} County now have more than {n:25-32} students",
        "funding for English learners has not kept pace with enrollment, which has grown {n:30-90} percent since {year}",
    ],
    demands=[
        "fully fund the school aid formula in this year's budget",
        "raise starting teacher pay to ${n:45-60},000",
        "add ${n:20-150} million for students still learning English",
        "cap class sizes in kindergarten through third grade at {n:18-22} students",
    ],
    facts=[
        "The {study|report|analysis} {compares|measures|weighs} {state|district} spending {with|against} {the cost of|what it costs for} {meeting|reaching} {the state's|its own} {learning standards|academic standards}.",
        "{Districts|Schools} in {county} County {lost|shed} {n:20-90} {teachers|support staff|counselors} {to|to jobs in} {neighboring states|other states|private schools} {last year|since {year}}.",
        "The {average|median} {teacher salary|starting salary} in {state} {ranks|sits|stands} {n:30-48}th in the {nation|country}, {org_short} {found|noted|reported}.",
        "{English learner|Special education} enrollment in {town} {schools|classrooms} {rose|grew|climbed} {n:30-90} percent {since {year}|in {n:4-9} years}.",
        "{Substitute teachers|Long-term substitutes|Uncertified staff} {covered|taught|led} {n:5-20} percent of {classes|class periods|lessons} in {county} County {middle schools|high schools} {last year|this fall}.",
        "{org_short_cap} {surveyed|polled|heard from} {n:300-2000} {teachers|parents|principals} in {n:10-60} districts {in|during} {month}.",
        "The {state|legislature|general assembly} last {fully funded|met|honored} its own school {aid|funding} formula in {year}{, the report notes|, records show|}.",
        "{Rural|Small|Remote} districts {spend|pay} {n:10-30} percent more per {student|pupil} on {transportation|buses|busing} {than|compared with} {suburban|urban|city} {ones|districts}.",
        "{Chronic absence|Absenteeism} in {county} County {schools|elementary schools} {rose|climbed|jumped} to {n:15-35} percent {after|following} {the raids|the pandemic|the cuts}.",
        "{n:3-9} {schools|buildings|campuses} in {town} {still|continue to} {rely|depend} on {portable classrooms|trailers|modular units} {installed|put up|brought in} in {year}.",
    ],
    quotes=[
        "{Our|The} {kids|students} in {town} {cannot|can't} {wait|hold off} {for|while} {lawmakers|the legislature} {argue|debate} about {a formula|the formula} {they|it} {wrote|adopted} {themselves|itself} {in {year}|years ago}.",
        "{A|One} {teacher|classroom} {with|of} {n:30-38} {children|kids} {and|but} {no|not one} {aide|assistant} {is|becomes} a {crowd|waiting room}, {not|and not} {a classroom|a place to learn} {in|at} {any|{town}} {school|district}.",
        "{We|Our district} {lost|watched} {n:10-40} {teachers|good teachers} {walk|drive} {across|over} the {state line|border} {for|to earn} ${n:8-20},000 {more|a year more}, and {every one|each} of {them|those teachers} {took|carried} {years|decades} of {experience|skill} {with them|along}.",
        "{Students|Children} {still learning|learning} English {are|have been} {not|never} {a line item|an afterthought}; they {are|make up} {n:10-30} percent of {our|the} {enrollment|students} {in {county} County|here}.",
        "{Every|Each} {budget|year} {lawmakers|the state} {promise|promises} {to|they will} {catch up|fix it} {next year|later}, and {every|each} {year|fall} our {children|students} {start|begin} {school|class} {further|farther} {behind|back}.",
        "{Parents|Families} {in|across} {county} County {raised|gave} ${n:10-90},000 {through|at} {bake sales|fundraisers} {last year|in {year}} {just|only} to {buy|pay for} {paper|books} {and|plus} {pencils|printer ink}.",
    ],
    outside=[
        (
            "a parent in {town}",
            [
                "{My|Our} {daughter|son} {has|had} {n:3-6} {substitute teachers|different teachers} {in|during} {one|a single} {semester|year}, and {nobody|no one} {at|on} the {school board|district} {could|would} {tell|explain to} {me|us} {why|how} {that|it} {happened|was allowed}."
            ],
        )
    ],
)

# Sentences any release can use: what the organisation did, will do, and where the rest is.
GENERIC_FACTS = [
    "{org_short_cap} will {present|discuss|walk through} the {findings|figures|numbers} at a {public forum|press briefing|community meeting} at the {town} {library|community center|union hall} on {day} at {n:5-7} p.m.",
    "The full {report|analysis|study}, with {county-by-county|district-by-district|year-by-year} {figures|tables|charts}, is {posted|available|online} on {org_short}'s website{ and in print| in English and Spanish|}.",
    "{org_short_cap} {has tracked|has followed|has studied} {the issue|this question|the problem} since {year} and has {testified|appeared|spoken} before {state} lawmakers {n:3-12} times.",
    "{Copies|A copy} of the {report|letter|findings} {were|was} {sent|delivered|mailed} to {every member|each member|all members} of the {state} {congressional delegation|legislature|county board} on {day}.",
    "{The findings|These figures|The numbers} are based on {records|data|files} the {county|state|agency} {provided|released|turned over} {after|in response to} a {records request|lawsuit|public records fight} {filed|lodged} {in {year}|last {month}}.",
    "{org_short_cap} {plans to|will|intends to} {hold|host|organize} {n:3-9} {town halls|listening sessions|public meetings} {across|around} {state} before the {legislative session|end of the year|budget vote}.",
    "The {letter|statement|petition} was {signed|endorsed|backed} by {n:20-140} {organizations|groups}, {including|among them} {unions|churches|mosques}, {business groups|clinics|food banks} and {legal aid offices|neighborhood associations|tenant groups}.",
    "{A hearing|A public hearing|Testimony} on the {proposal|bill|plan} is {scheduled|set|planned} for {month} {n:2-28} at the {state capitol|county building|courthouse annex} in {city}.",
    "{org_short_cap} {first|originally} {raised|flagged|reported} {these concerns|the problem|the trend} in a {letter|report|memo} to {state|county} officials {in {year}|{n:2-6} years ago}.",
    "{Residents|Members of the public|Anyone} {may|can} {submit|send|file} {written comments|comments|testimony} {until|through|before} {month} {n:1-28}{ by mail or email| online|}.",
]
# Quotes any release can use, on its own issue.
GENERIC_QUOTES = [
    "{For|After} {n:3-9} years of {promises|studies|hearings} on {issue}, {people} in {county} County {are still|remain} {waiting for|owed} {answers|action}, and {patience|our patience} {has|is} {run|running} {out|thin}.",
    "{Leaders|Officials} in {city|{state}} {keep|have kept} {saying|telling us} {that|how} {issue} {is|remains} {a priority|urgent}, {yet|but} {the|this} {record|budget} {shows|says} {otherwise|the opposite} {every|each} {single|} {year|session}.",
    "{We|Our members} {did|have done} the {work|homework} {officials|the state} {would not|refused to} do, and {the|our} {numbers|findings} {leave|give} {them|{city}} {no|nowhere} {room|place} to {hide|look away} {on|from} {issue}.",
]
SUBHEADS = [
    "{Figures|Records|Data} obtained by {org_short} show {the gap is widening|the problem is growing|a pattern across the state}",
    "{Group|Coalition|Organization} {asks|urges|calls on} {state|county} leaders to act before {month}",
    "{Report|Analysis} draws on {n:3-9} years of {public records|state data}",
]
ABOUT_MISSIONS = {
    "sc": "defends the civil and human rights of immigrants through research, litigation and community education",
    "detainers": "works to keep county jails accountable to the Constitution and to the taxpayers who pay for them",
    "enforcement": "supports immigrant workers and their families facing arrest, detention and deportation",
    "housing": "works for safe, stable and affordable homes for every family in the region",
    "budget": "analyzes state and local budgets and tax policy so that residents can see where public money goes",
    "schools": "advocates for fair funding and strong public schools for every child",
}


# --- releases -------------------------------------------------------------------------------------------------


@dataclass
class ReleaseDoc:
    index: int
    theme: str
    org: str
    text: str
    topics: list[str]
    quotes: list[tuple[str, str]]  # (quote as written inside its marks, speaker's full name), in order
    speakers: list[dict]  # full, last, pron, title (title includes the organisation, or the outside role)
    headline: str
    narrative: list[str]  # body sentences that carry no quote, lede first: what partial copies take
    paragraphs: list[str] = field(default_factory=list)  # body paragraphs, lede first (no boilerplate)

    @property
    def words(self) -> int:
        return count_words(self.text)


@dataclass
class ArticleDoc:
    text: str
    topics: set[str]
    built: str  # "verbatim" | "partial" | "quote" | "mention" | "same-topic" | "unrelated"
    release: int | None = None
    variant: str = ""  # how: e.g. "as issued", "changed", "trimmed", "split", "organisation"
    quotes: list[int] = field(default_factory=list)  # the release's quotes it carries (1-based)
    altered: dict[int, list[str]] = field(default_factory=dict)  # quote -> the changes made to it ("old→new")

    @property
    def pickup(self) -> bool:
        return self.release is not None


def count_words(text: str) -> int:
    return len(WORD.findall(text))


_SLOT = re.compile(r"\{([^{}]*)\}")


class _Filler:
    """Fills templates for one release (or one article): its county, towns, state and people stay put."""

    def __init__(self, rng: random.Random, values: dict[str, str]) -> None:
        self.rng = rng
        self.values = values

    def __call__(self, template: str) -> str:
        text = template
        while (match := _SLOT.search(text)) is not None:  # innermost first: "{At least {n:3-9}}"
            text = text[: match.start()] + self._slot(match.group(1)) + text[match.end() :]
        text = re.sub(r"\s{2,}", " ", text)
        return re.sub(r"\s+([,.;:])", r"\1", text).strip()

    def _slot(self, inner: str) -> str:
        if "|" in inner:
            return self.rng.choice(inner.split("|"))
        if inner.startswith("n:"):
            low, high = inner[2:].split("-")
            return str(self.rng.randint(int(low), int(high)))
        if inner == "year":
            return str(self.rng.randint(2008, 2024))
        if inner == "month":
            return self.rng.choice(news.MONTHS)
        return self.values[inner]


def _grams5(text: str) -> set[tuple[str, ...]]:
    tokens = [w.casefold().replace("\u2019", "'") for w in WORD.findall(text)]
    return {tuple(tokens[i : i + 5]) for i in range(len(tokens) - 4)}


def _person(rng: random.Random, taken: set[str]) -> dict:
    while True:
        she = rng.random() < 0.5
        full = f"{rng.choice(FIRST_SHE if she else FIRST_HE)} {rng.choice(LAST)}"
        if full not in taken:
            taken.add(full)
            return dict(full=full, last=full.split()[-1], pron="she" if she else "he")


def _town(rng: random.Random) -> str:
    return rng.choice(news.TOWN_HEADS) + rng.choice(news.TOWN_TAILS)


def _sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:]


def _comma(quote: str) -> str:
    """A quote that runs into its attribution: "... first." -> "... first," """
    return quote[:-1] + "," if quote.endswith(".") else quote


def make_releases(n: int = 50, seed: int = 7) -> list[ReleaseDoc]:
    """n releases, themes in proportion to their weights, organisations and spokespeople all different."""
    rng = random.Random(f"{seed}:releases:{n}")
    themes = list(THEMES)
    weights = [THEMES[t]["weight"] for t in themes]
    # themes in proportion (largest remainder), then shuffled: every theme appears even for small n
    quota = {t: n * w / sum(weights) for t, w in zip(themes, weights)}
    counts = {t: int(q) for t, q in quota.items()}
    for t in sorted(themes, key=lambda t: counts[t] - quota[t])[: n - sum(counts.values())]:
        counts[t] += 1
    order = [t for t in themes for _ in range(counts[t])]
    rng.shuffle(order)
    orgs: set[str] = set()
    people: set[str] = set()
    quote_grams: set[tuple[str, ...]] = set()
    return [_release(seed, i, theme, orgs, people, quote_grams) for i, theme in enumerate(order)]


def _release(
    seed: int, index: int, theme: str, orgs: set[str], people: set[str], quote_grams: set[tuple[str, ...]]
) -> ReleaseDoc:
    rng = random.Random(f"{seed}:release:{index}")
    spec = THEMES[theme]
    while True:
        org = f"{rng.choice(PLACES)} {rng.choice(spec['kinds'])}"
        if org not in orgs:
            orgs.add(org)
            break
    org_word = org.split()[-1]
    state = rng.choice(news.STATES)
    values = dict(
        org=org,
        org_word=f"{org.split()[0]} {org_word}",
        org_short=f"the {org_word}",
        org_short_cap=f"The {org_word}",
        county=rng.choice(news.COUNTY_NAMES),
        state=state,
        town=_town(rng),
        town2=_town(rng),
        city=_town(rng),
        day=rng.choice(news.DAYS),
        issue=spec["issue"],
        people=spec["people"],
    )
    fill = _Filler(rng, values)
    topics = list(spec["topics"])
    if rng.random() < 0.5:
        topics.append(rng.choice(spec["second"]))

    # speakers: one or two from the organisation, sometimes an outside voice
    speakers = []
    for _ in range(rng.choice([1, 1, 2])):
        person = _person(rng, people)
        person["title"] = f"{rng.choice(TITLES)} of {org}"
        speakers.append(person)
    outside_role, outside_quotes = rng.choice(spec["outside"])
    with_outside = rng.random() < 0.35
    if with_outside:
        person = _person(rng, people)
        person["title"] = fill(outside_role)
        person["outside"] = True
        speakers.append(person)

    # quotes: 2-4, none sharing a word 5-gram with another release's quotes (or this one's) when that can be
    # had in 400 draws; otherwise the draw sharing the fewest (counted by describe() as "quote_overlaps")
    n_quotes = rng.choice([2, 3, 3, 4])
    quotes: list[tuple[str, dict]] = []
    for q in range(n_quotes):
        speaker = (
            speakers[-1]
            if with_outside and q == n_quotes - 1
            else rng.choice([s for s in speakers if not s.get("outside")])
        )
        pool = outside_quotes if speaker.get("outside") else spec["quotes"] + GENERIC_QUOTES
        best: tuple[int, str, set] | None = None
        for attempt in range(400):
            if speaker.get("outside") and attempt == 40:  # the outside voice's pool is small: use the org's
                pool = spec["quotes"] + GENERIC_QUOTES
            text = _sentence_case(fill(rng.choice(pool)))
            if count_words(text) < MIN_QUOTE_WORDS:
                continue
            grams = _grams5(text)
            shared = len(grams & quote_grams)
            if best is None or shared < best[0]:
                best = (shared, text, grams)
            if not shared:
                break
        assert best is not None
        _, text, grams = best
        quote_grams |= grams
        quotes.append((text, speaker))

    headline = fill(rng.choice(spec["headlines"]))
    subhead = _sentence_case(fill(rng.choice(SUBHEADS))) if rng.random() < 0.5 else None
    lede = fill(
        rng.choice(
            [
                "{org} today released {an analysis|a report} showing that " + rng.choice(spec["findings"]) + ".",
                "{org} on {day} called on "
                + rng.choice(
                    ["{county} County commissioners", "the {state} Legislature", "state leaders", "the governor"]
                )
                + " to "
                + rng.choice(spec["demands"])
                + ", citing new figures that show "
                + rng.choice(spec["findings"])
                + ".",
                "A new report from {org} finds that " + rng.choice(spec["findings"]) + ".",
            ]
        )
    )
    templates = rng.sample(spec["facts"], len(spec["facts"]))
    lede_second = fill(templates.pop())
    dateline = f"{values['city']}, {state} \u2013 "
    facts = [fill(s) for s in templates]
    generic = [fill(s) for s in rng.sample(GENERIC_FACTS, len(GENERIC_FACTS))]
    demand = fill(
        f"{org} is {{asking|calling on}} {{state leaders|the {state} Legislature|county officials}} to "
        + rng.choice(spec["demands"])
        + " {before the end of the year|by {month}|this session}."
    )
    pool = facts + [demand] + generic

    about_extra = rng.choice(
        [
            "It has offices in {town} and {town2}.",
            "It is supported by {n:2-40},000 members.",
            "It was founded in {year}.",
            "",
        ]
    )
    boiler = [
        f"About {org}",
        fill(
            f"{org} {ABOUT_MISSIONS[theme]}. {about_extra} This release is fictional text written for software testing."
        ),
    ]
    if rng.random() < 0.3:
        boiler.append(f"Go here to read the full report: https://www.{org.split()[0].lower()}.example/report-{index}")
    boiler += [
        "###",
        f"Press contact: {_person(rng, people)['full']}, press@{org.split()[0].lower()}.example, "
        f"555-01{rng.randint(10, 99)}",
    ]
    date = f"{rng.choice(news.MONTHS)} {rng.randint(1, 28)}, {rng.randint(2025, 2026)}"
    header = ["FOR IMMEDIATE RELEASE\n" + date, headline] + ([subhead] if subhead else [])

    quote_paragraphs = [
        _release_quote(rng, text, speaker, org, first=i == 0 or speaker is not quotes[i - 1][1])
        for i, (text, speaker) in enumerate(quotes)
    ]
    fixed = count_words("\n\n".join(header + boiler + quote_paragraphs)) + count_words(dateline + lede + lede_second)
    target = rng.randint(MIN_RELEASE_WORDS + 20, MAX_RELEASE_WORDS - 20)
    narrative_paragraphs: list[list[str]] = []
    budget = target - fixed
    while pool and (budget > 0 or len(narrative_paragraphs) < 2):
        sentences = []
        for _ in range(rng.randint(1, 3)):
            if not pool or (budget <= 0 and sentences):
                break
            sentences.append(pool.pop(0))
            budget -= count_words(sentences[-1])
        narrative_paragraphs.append(sentences)
    # quotes between narrative paragraphs, the first one early, none before the lede
    slots = sorted(
        [rng.randint(0, min(1, len(narrative_paragraphs)))]
        + [rng.randint(1, len(narrative_paragraphs)) for _ in quote_paragraphs[1:]]
    )
    body: list[str] = [dateline + lede + " " + lede_second]
    narrative = [lede, lede_second]
    placed = 0
    for i, sentences in enumerate(narrative_paragraphs):
        while placed < len(quote_paragraphs) and slots[placed] <= i:
            body.append(quote_paragraphs[placed])
            placed += 1
        body.append(" ".join(sentences))
        narrative += sentences
    body += quote_paragraphs[placed:]
    text = "\n\n".join(header + body + boiler) + "\n"
    doc = ReleaseDoc(
        index,
        theme,
        org,
        text,
        topics,
        [(_inside(p), s["full"]) for p, (_, s) in zip(quote_paragraphs, quotes)],
        speakers,
        headline,
        narrative,
        body,
    )
    return doc


def _inside(paragraph: str) -> str:
    return paragraph[paragraph.index("\u201c") + 1 : paragraph.index("\u201d")]


def _release_quote(rng: random.Random, quote: str, speaker: dict, org: str, first: bool) -> str:
    """One quote paragraph of a release, in one of the shapes releases use."""
    full, last, title = speaker["full"], speaker["last"], speaker["title"]
    who = f"{full}, {title}" if first else last
    shape = rng.choice(
        ["said_after", "said_after", "colon", "according", "added"]
        if first
        else ["said_after", "colon", "according", "added", "added"]
    )
    if shape == "said_after":
        return f"\u201c{_comma(quote)}\u201d said {who}."
    if shape == "colon":
        return f"{who}{',' if first else ''} said: \u201c{quote}\u201d"
    if shape == "according":
        return f"According to {who}, \u201c{quote[0].lower() + quote[1:]}\u201d"
    return f"\u201c{_comma(quote)}\u201d {who}{',' if first else ''} {rng.choice(['added', 'said', 'continued'])}."


# --- articles -------------------------------------------------------------------------------------------------


def make_articles(n: int, releases: list[ReleaseDoc], seed: int = 7) -> list[ArticleDoc]:
    """n articles: round(n × PICKUP_SHARE) pickups of the releases, the rest news that uses none."""
    rng = random.Random(f"{seed}:articles:{n}:{len(releases)}")
    n_pickups = round(n * PICKUP_SHARE)
    pickup_at = rng.sample(range(n), n_pickups)
    kinds = []
    for kind, share in PICKUP_KINDS.items():
        kinds += [kind] * round(n_pickups * share)
    kinds = (kinds + ["quote"] * n_pickups)[:n_pickups]
    rng.shuffle(kinds)
    # some releases are picked up far more than others (rank^-0.8), in a seeded order
    ranked = rng.sample(range(len(releases)), len(releases))
    popularity = [0.0] * len(releases)
    for rank, index in enumerate(ranked):
        popularity[index] = (rank + 1) ** -0.8
    planned = {
        at: (kind, rng.choices(range(len(releases)), weights=popularity)[0]) for at, kind in zip(pickup_at, kinds)
    }
    unrelated = [i for i in range(n) if i not in planned]
    same_topic = set(rng.sample(unrelated, round(len(unrelated) * SAME_TOPIC_SHARE)))
    tagged = set(rng.sample(unrelated, round(len(unrelated) * TOPIC_SHARE)))

    articles = []
    for i in range(n):
        arng = random.Random(f"{seed}:article:{i}")
        if i in planned:
            kind, release = planned[i]
            articles.append(_pickup(arng, seed, i, kind, releases[release]))
            continue
        text = _reshape(arng, seed, i, news.article(seed, i, i in same_topic), i in same_topic)
        topics = set(arng.sample(TOPICS, arng.choice([1, 1, 2]))) if i in tagged else set()
        articles.append(ArticleDoc(text, topics, "same-topic" if i in same_topic else "unrelated"))
    return articles


def _split(text: str) -> tuple[str, list[str]]:
    headline, _, rest = text.partition("\n\n")
    return headline, [p for p in rest.split("\n") if p.strip()]


def _join(headline: str, paragraphs: list[str]) -> str:
    return headline + "\n\n" + "\n".join(paragraphs)


def _reshape(rng: random.Random, seed: int, index: int, text: str, on_topic: bool) -> str:
    """news.py's 250-600 words, made 150-700: a fifth cut short, a fifth extended with a news brief."""
    roll = rng.random()
    if roll < 0.2:
        return _trim(text, rng.randint(MIN_ARTICLE_WORDS, 249))
    if roll < 0.4:
        headline, paragraphs = _split(text)
        _, more = _split(news.article(seed + 1, index, on_topic))
        target = rng.randint(601, MAX_ARTICLE_WORDS)
        paragraphs.append("In other news:")
        for paragraph in more:
            if count_words(_join(headline, paragraphs + [paragraph])) > target:
                break
            paragraphs.append(paragraph)
        return _join(headline, paragraphs)
    return text


def _trim(text: str, target: int, keep: int = 1) -> str:
    """Drop paragraphs from the end (the first `keep` stay) until at most `target` words, never below the minimum."""
    headline, paragraphs = _split(text)
    while len(paragraphs) > keep and count_words(_join(headline, paragraphs)) > target:
        if count_words(_join(headline, paragraphs[:-1])) < MIN_ARTICLE_WORDS:
            break
        paragraphs.pop()
    return _join(headline, paragraphs)


def _host(seed: int, index: int, release: ReleaseDoc) -> tuple[str, list[str]]:
    """A news story on the release's theme that uses none of it: news.py's immigration stories for the
    immigration themes, its courts, county government or schools beat for the others."""
    host = THEMES[release.theme]["host"]
    if host == "immigration":
        text = news.article(seed + 2, index, True)
    else:
        text = news._off_topic(random.Random(f"{seed}:host:{index}"), host, 1.0)
    return _split(text)


def _insert(rng: random.Random, headline: str, paragraphs: list[str], added: list[str], at_least: int = 1) -> str:
    """The story with `added` paragraphs placed after its opening, the story's own paragraphs dropped from the end
    until it fits MAX_ARTICLE_WORDS."""
    at = rng.randint(min(at_least, len(paragraphs)), len(paragraphs))
    mine = [(p, False) for p in paragraphs]
    mine[at:at] = [(p, True) for p in added]
    while count_words(_join(headline, [p for p, _ in mine])) > MAX_ARTICLE_WORDS:
        last_own = max((i for i, (_, a) in enumerate(mine) if not a and i > 0), default=None)
        if last_own is None:
            break
        del mine[last_own]
    return _join(headline, [p for p, _ in mine])


def _pickup(rng: random.Random, seed: int, index: int, kind: str, release: ReleaseDoc) -> ArticleDoc:
    topics = set(release.topics)
    quoted = {name for _, name in release.quotes}  # a mention names someone the release quotes
    speaker = rng.choice([s for s in release.speakers if not s.get("outside") and s["full"] in quoted])
    fill = _Filler(rng, dict(org=release.org, town=_town(rng), day=rng.choice(news.DAYS), name=speaker["full"]))
    all_quotes = list(range(1, len(release.quotes) + 1))
    if kind == "verbatim":
        variant = rng.choice(["as issued", "headline and body", "editor's note"])
        if variant == "as issued" and release.words + count_words(release.headline) <= MAX_ARTICLE_WORDS:
            text = release.headline + "\n\n" + release.text
        else:
            variant = "headline and body" if variant == "as issued" else variant
            body = list(release.paragraphs)
            if variant == "editor's note":
                body.insert(
                    0, fill("Editor's note: The following {news release|statement} was issued by {org} on {day}.")
                )
            text = release.headline + "\n\n" + "\n\n".join(body)
        return ArticleDoc(text, topics, kind, release.index, variant, all_quotes)

    headline, paragraphs = _host(seed, index, release)
    if kind == "partial":
        k = rng.randint(2, 5)
        sentences = release.narrative
        if rng.random() < 0.6:
            start = rng.randrange(0, max(1, len(sentences) - k + 1))
            chosen = sentences[start : start + k]
            variant = "consecutive sentences"
        else:
            chosen = [sentences[i] for i in sorted(rng.sample(range(len(sentences)), min(k, len(sentences))))]
            variant = "scattered sentences"
        added = (
            [" ".join(chosen[:2]), " ".join(chosen[2:])]
            if len(chosen) > 3 and rng.random() < 0.5
            else [" ".join(chosen)]
        )
        added = [p for p in added if p]
        if rng.random() < 0.5:
            added.insert(0, fill("{org} {released|published} {a report|an analysis|a statement} on {day}."))
        variant += f" ({len(chosen)})"
        return ArticleDoc(_insert(rng, headline, paragraphs, added), topics, kind, release.index, variant)

    if kind == "quote":
        picked = sorted(rng.sample(all_quotes, 2 if len(all_quotes) > 1 and rng.random() < 0.3 else 1))
        added, variants, altered = [], [], {}
        for number in picked:
            quote, name = release.quotes[number - 1]
            who = next(s for s in release.speakers if s["full"] == name)
            variant = rng.choices(list(QUOTE_VARIANTS), weights=list(QUOTE_VARIANTS.values()))[0]
            paragraph, changes = _quote_paragraph(rng, quote, who, release.org, variant)
            added.append(paragraph)
            variants.append(variant)
            if changes:
                altered[number] = changes
        return ArticleDoc(
            _insert(rng, headline, paragraphs, added), topics, kind, release.index, "+".join(variants), picked, altered
        )

    # mention: the organisation or a spokesperson named, in the story's own words
    if rng.random() < 0.6:
        variant = "organisation"
        sentence = fill(
            rng.choice(
                [
                    "{org}, which {has criticized|has questioned|has long opposed} the {policy|plan|program}, {plans|intends} to {speak|testify} at {day}'s {hearing|meeting}.",
                    "Members of {org} {packed|filled} the {meeting room|hearing room} and {held|carried} {signs|banners}.",
                    "{A spokesperson for|Representatives of} {org} did not {return|respond to} {calls|messages} {on {day}|seeking comment}.",
                    "{org} {has sued|has threatened to sue} over {similar|earlier} {policies|decisions} {elsewhere in the state|in {town}}.",
                ]
            )
        )
    else:
        variant = "spokesperson"
        sentence = fill(
            rng.choice(
                [
                    "{name}, who {leads|works on} {the issue|policy} for a {local|statewide} group, {is expected to|plans to} {testify|speak} on {day}.",
                    "{name} {was among|was one of} {the speakers|those who spoke} at a {rally|vigil} outside {town} City Hall on {day}.",
                    "{Advocates|Opponents}, {including|among them} {name}, {say|argue} the {numbers|figures} {deserve|need} a closer look.",
                ]
            )
        )
    return ArticleDoc(_insert(rng, headline, paragraphs, [sentence]), topics, kind, release.index, variant)


def _quote_paragraph(rng: random.Random, quote: str, speaker: dict, org: str, variant: str) -> tuple[str, list[str]]:
    """A news paragraph carrying one release quote, as issued or changed; returns it and the changes made."""
    full, pron = speaker["full"], speaker["pron"]
    role = speaker["title"] if speaker.get("outside") else f"{speaker['title'].split(' of ')[0]} of {org}"
    spans = [m.span() for m in WORD.finditer(quote)]
    changes: list[str] = []
    if variant == "changed":
        # 1-2 words of four letters or more, not the first or last two, at least three words apart, replaced
        candidates = [i for i, (s, e) in enumerate(spans) if 2 <= i < len(spans) - 2 and e - s >= 4]
        picks = sorted(rng.sample(candidates, min(len(candidates), rng.choice([1, 2]))))
        if len(picks) == 2 and picks[1] - picks[0] < 3:
            picks = picks[:1]
        words_in = {quote[s:e].casefold() for s, e in spans}
        for i in reversed(picks):
            s, e = spans[i]
            old = quote[s:e]
            new = rng.choice([w for w in REPLACEMENTS if w not in words_in and w != old.casefold()])
            quote = quote[:s] + new + quote[e:]
            changes.insert(0, f"{old.casefold()}\u2192{new}")
        return f"\u201c{_comma(quote)}\u201d said {full}, {role}.", changes
    if variant == "trimmed":
        n = len(spans)
        keep = max(8, -(-n * 11 // 20))  # at least 55% of it, and 8 words
        cut = rng.randint(2, max(2, n - keep))
        head = rng.randint(0, cut)
        tail = cut - head
        start = spans[head][0]
        end = spans[n - 1 - tail][1]
        part = quote[start:end]
        part = _sentence_case(part) + ("." if not part.endswith((".", "?", "!")) else "")
        shape = rng.choice(
            [
                "{full}, {role}, said {that |}the {plan|county|state} {was|is} wrong: \u201c{part}\u201d",
                "\u201c{part_comma}\u201d {full} said.",
            ]
        )
        return _Filler(rng, dict(full=full, role=role, part=part, part_comma=_comma(part)))(shape), changes
    if variant == "split":
        n = len(spans)
        cut = rng.randint(max(3, n * 2 // 5), min(n - 3, n * 3 // 5))
        first = quote[: spans[cut][0]].rstrip(" ,;:\u2014-")
        second = quote[spans[cut][0] :]
        if first.endswith((".", "?", "!")):
            joined = f"\u201c{first}\u201d {pron} said. \u201c{_sentence_case(second)}\u201d"
        else:
            joined = f"\u201c{first},\u201d {pron} said, \u201c{second}\u201d"
        return (
            f"{full}, {role}, {rng.choice(['was blunt', 'did not mince words', 'spoke after the vote'])}. {joined}",
            changes,
        )
    shape = rng.choice(["said_after", "colon", "according"])
    if shape == "said_after":
        return f"\u201c{_comma(quote)}\u201d said {full}, {role}.", changes
    if shape == "colon":
        return f"{full}, {role}, said: \u201c{quote}\u201d", changes
    return f"According to {full}, {role}, \u201c{quote[0].lower() + quote[1:]}\u201d", changes


REPLACEMENTS = [
    "really",
    "simply",
    "certain",
    "local",
    "several",
    "numerous",
    "plenty",
    "genuine",
    "various",
    "ordinary",
    "regular",
    "entire",
    "whole",
    "basic",
    "recent",
    "modest",
    "current",
    "serious",
]


def describe(releases: list[ReleaseDoc], articles: list[ArticleDoc]) -> dict[str, object]:
    rwords = [r.words for r in releases]
    awords = [count_words(a.text) for a in articles]
    quote_words = [count_words(q) for r in releases for q, _ in r.quotes]
    six = Counter(
        g
        for r in releases
        for g in {
            tuple(t[i : i + 6])
            for q, _ in r.quotes
            for t in [[w.casefold() for w in WORD.findall(q)]]
            for i in range(len(t) - 5)
        }
    )
    overlaps = sum(
        any(six[tuple(t[i : i + 6])] > 1 for i in range(len(t) - 5))
        for r in releases
        for q, _ in r.quotes
        for t in [[w.casefold() for w in WORD.findall(q)]]
    )
    texts = Counter(a.text for a in articles)
    return {
        "releases": len(releases),
        "release_words": (min(rwords), sum(rwords) / len(rwords), max(rwords)),
        "quotes": len(quote_words),
        "quote_words": (min(quote_words), max(quote_words)),
        "themes": dict(Counter(r.theme for r in releases)),
        "articles": len(articles),
        "article_words": (min(awords), sum(awords) / len(awords), max(awords)),
        "built": dict(Counter(a.built for a in articles)),
        "variants": dict(Counter(f"{a.built}: {a.variant}" for a in articles if a.pickup)),
        "with_topics": sum(bool(a.topics) for a in articles if not a.pickup),
        "quote_overlaps": overlaps,  # quotes sharing a word 6-gram with another release's quote
        "distinct_texts": len(texts),
        "duplicates": dict(Counter(f"{a.built}: {a.variant}" for a in articles if texts[a.text] > 1)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--releases", type=int, default=50)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--show-release", type=int, default=None, help="print this release")
    parser.add_argument("--show-article", type=int, default=None, help="print this article")
    args = parser.parse_args()
    releases = make_releases(args.releases, args.seed)
    articles = make_articles(args.articles, releases, args.seed)
    for key, value in describe(releases, articles).items():
        print(f"{key:16} {value}")
    if args.show_release is not None:
        r = releases[args.show_release]
        print(f"\n----- release {r.index} ({r.theme}, topics {r.topics}) -----\n{r.text}\nquotes: {r.quotes}")
    if args.show_article is not None:
        a = articles[args.show_article]
        print(
            f"\n----- article {args.show_article}: {a.built} {a.variant} release {a.release} quotes {a.quotes} "
            f"{a.altered} topics {sorted(a.topics)} -----\n{a.text}"
        )


if __name__ == "__main__":
    main()
