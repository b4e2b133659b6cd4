"""A seeded generator of fictional news articles for the tagging benchmark (bench/tagging_corpus.py), and the unrelated news of pickups.py.

Every article is made up here, from templates and word lists: a headline, a blank line, then 4-8
paragraphs, 250-600 words in all (the shape `monitor.records.document_text` gives the tagger). A share of
them (5% by default) is about what config/watchlist.toml watches: Secure Communities, ICE, detainers and
287(g) deals between sheriffs and ICE, with Lynn Tramonte, Frank Sharry, John Morton or Janet Napolitano
quoted or named, quotes attributed in the shapes news uses. The rest spans many other beats (weather,
sports, business, food, schools, courts, local government, police blotter, health, transport, arts), and
some of those carry the words that send an article past the tagger's cheap prefilter without it being
about anything watched ("confounders"): ICE the exchange in commodity reports, ICE for combustion-engine
cars, ICE STORM in a headline set in capitals, "unlawful detainer" eviction cases, a hockey player or a
chef called Morton or Napolitano, a "Safe and Secure Communities" grant. Words like ice storms, road ice,
ice hockey, ice cream, sheriff and jail appear freely: they are not watched on their own.

    generate(n=10_000, on_topic_share=0.05, seed=7) -> list[(text, on_topic)]

The same seed gives the same articles, whatever PYTHONHASHSEED is: article i depends only on the seed, i and
whether it is on topic; which articles are on topic depends on the seed and n.

    .venv/bin/python -m bench.generators.news [--n 10000] [--share 0.05] [--seed 7] [--show 2]
"""

from __future__ import annotations

import argparse
import random
import re
from collections.abc import Callable

WORD = re.compile(r"[^\W_]+(?:[’'.-][^\W_]+)*")
MIN_WORDS, MAX_WORDS = 250, 600

# --- people and places -------------------------------------------------------------------------------------
# No watched surname (Tramonte, Sharry, Morton, Napolitano) is in these lists: the confounders add them on purpose.
WOMEN = (
    "Amara Ana Beatriz Bethany Camila Carmen Claire Dana Deborah Elena Erin Fatima Gloria Grace Hannah Imani "
    "Ingrid Jasmine Joanna Keisha Kerry Laura Leticia Lucia Maya Megan Mei Miriam Nadia Naomi Nora Paula "
    "Priya Rachel Renee Rosa Ruth Sandra Sofia Tamika Teresa Valerie Wendy Yolanda Zoe"
).split()
MEN = (
    "Aaron Adrian Ahmed Alan Andre Arturo Ben Calvin Carlos Darius Dennis Devon Eduardo Elliot Emmanuel Felix "
    "Gavin Gordon Hector Isaac Jamal Jerome Jorge Kenji Kevin Luis Malik Marcus Martin Nathan Omar Oscar "
    "Patrick Raymond Reggie Samuel Terrence Tomas Victor Walter Wesley Xavier"
).split()
SURNAMES = (
    "Abernathy Adeyemi Alvarado Ambrose Baptiste Barros Becker Bellamy Bianchi Blackwood Brennan Calloway "
    "Castellanos Chandler Chen Cisneros Coleman Connolly Costa Dalton Delgado Dempsey Donovan Duarte Eastman "
    "Echols Espinoza Farrow Ferreira Fitzgerald Fontaine Galloway Garza Gillespie Greer Haddad Halvorsen "
    "Hargrove Hollis Ibarra Jankowski Jefferson Kahale Keller Kowalski Lachance Landry Lindqvist Lozano "
    "Macias Maddox Marsh Mbeki McAllister Mendoza Montague Nakamura Navarro Nguyen Novak Nwosu Oduya Okafor "
    "Olsen Ortega Pacheco Pemberton Petrov Pruitt Quintero Ramos Ratliff Reyes Rinaldi Rowe Salazar "
    "Santoro Schaefer Serrano Shah Sinclair Solberg Strickland Sullivan Tate Thibodeaux Toussaint Trujillo "
    "Underwood Valdez Vance Varga Velasquez Wainwright Whitaker Whitfield Yamamoto Yates Zamora Zielinski"
).split()
TOWN_HEADS = (
    "Ash Birch Brook Cedar Clay Clear Copper Elm Fair Fox Glen Granite Harbor Hazel Iron Lake Laurel Maple "
    "Mill North Oak Pine Red River Rock Sand Silver South Spring Stone Sugar West Willow Wolf".split()
)
TOWN_TAILS = [
    "field",
    "ford",
    "ton",
    "ville",
    "brook",
    "dale",
    "haven",
    "port",
    "ridge",
    "wood",
    "burg",
    "mont",
    " Springs",
    " Falls",
    " Heights",
    " Crossing",
    " Hollow",
    " Junction",
    " Park",
    " Grove",
]
COUNTY_NAMES = (
    "Alder Bexley Carver Dunmore Ellery Franklin Garland Harlan Inwood Jasper Kendrick Lamar Marlow "
    "Norwood Oakes Pickens Quarry Rutledge Sabine Tolliver Upton Varner Wexford Yancey"
).split()
STATES = [
    "Arizona",
    "Georgia",
    "Texas",
    "North Carolina",
    "Ohio",
    "Virginia",
    "Colorado",
    "Tennessee",
    "Pennsylvania",
    "Illinois",
    "Florida",
    "Washington",
    "Oregon",
    "Maryland",
    "Michigan",
    "Nevada",
]
DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
MONTHS = "January February March April May June July August September October November December".split()

# --- the off-topic beats ------------------------------------------------------------------------------------
# A beat: headlines, sentences (body), quotes (what its people say), roles (who says it), its own word lists,
# and confounders: (probability, sentences) — with that probability one of those sentences goes into the
# article (a sentence starting "HEADLINE:" replaces the headline instead).

BEATS: dict[str, dict] = {}

BEATS["weather"] = dict(
    weight=8,
    headlines=[
        "Ice storm expected to glaze {town} roads by {day} morning",
        "Freezing rain and road ice snarl the {day} commute in {county}",
        "{storm} brings {n:2-9} inches of snow to the {town} area",
        "Forecasters warn of black ice as temperatures drop below freezing",
        "Heat advisory issued for {county} as highs near {n:98-109} degrees",
        "Power restored to most {town} homes after {day}'s ice storm",
        "Flood watch posted along the {river} through the weekend",
        "Wind gusts topple trees, close schools across {county}",
    ],
    sentences=[
        "The National Weather Service issued a winter storm warning for {county} through {day} evening.",
        "Forecasters said up to a quarter inch of ice could accumulate on trees and power lines.",
        "Crews from the {town} public works department began spreading salt and sand on bridges before dawn.",
        "Road ice was blamed for at least {n:3-19} crashes on Route {n:2-99} between {town} and {town2}.",
        "More than {n:2-40},{n:100-999} customers lost power at the height of the storm, according to the utility's outage map.",
        "The freezing rain is expected to change to snow after midnight, with {n:1-6} more inches possible.",
        "Temperatures will stay below freezing until at least {day}, so any melting will refreeze overnight.",
        "Drivers were urged to stay home unless travel was necessary and to leave extra room on overpasses.",
        "The {river} crested at {n:14-29} feet, a little below flood stage, late on {day}.",
        "Schools in {town2} opened two hours late, and several private schools closed for the day.",
        "Warming centers opened at the {town} library and at the community center on {street}.",
        "A spokesperson for the utility said line crews from three neighboring states had been called in.",
        "Ice on the lake remains too thin for fishing or skating, the parks department warned.",
        "The last storm of this size hit the region in {year}, when some neighborhoods went a week without power.",
        "Meteorologists said a warmer, drier pattern should settle in by the middle of next week.",
        "Sidewalks in the downtown district were treated twice, but many side streets remained slick.",
        "Airport officials reported {n:12-80} canceled departures and long delays for deicing.",
        "The county emergency management office asked residents to check on elderly neighbors.",
        "Rainfall totals ranged from {n:1-3}.{n:1-9} inches in {town} to nearly {n:4-6} inches in the hills to the west.",
    ],
    quotes=[
        "We had trucks out at three in the morning, and we will keep them out as long as it takes.",
        "A quarter inch of ice on a power line is a lot of weight, and that is when limbs start coming down.",
        "If you do not have to drive tonight, please do not drive.",
        "Bridges freeze first, and that is where we have seen most of the crashes.",
        "This is the kind of storm people remember for years.",
        "We are asking everyone to be patient; some of these repairs take hours per pole.",
        "The ground is already saturated, so even a modest amount of rain can push the creeks over their banks.",
        "It looks worse than it is, but black ice does not care how good a driver you are.",
    ],
    roles=[
        "a meteorologist with the weather service office in {town}",
        "the county's emergency management director",
        "a spokesperson for {utility}",
        "the {town} public works superintendent",
        "a tow truck driver in {town2}",
    ],
    lists=dict(
        storm=[
            "A slow-moving storm",
            "The first nor'easter of the season",
            "An overnight squall line",
            "A late-season storm",
            "A lake-effect band",
        ],
        utility=["Tri-County Electric", "Valley Power & Light", "Northern Grid Cooperative", "Summit Energy"],
    ),
    confounders=(
        0.05,
        [
            "HEADLINE:ICE STORM WARNING FOR {county_upper} COUNTY THROUGH {day_upper}",
            "HEADLINE:ICE STORM LEAVES {n:5-40},000 WITHOUT POWER IN {town_upper}",
            "The county bought {n:2-9},000 tons of rock salt from Morton Salt this fall, more than in any recent year.",
        ],
    ),
)

BEATS["sports"] = dict(
    weight=14,
    headlines=[
        "{team} rally in the third period to beat {team2} {n:3-6}-{n:1-2}",
        "{player} scores twice as {team} stay unbeaten at home",
        "{school} girls basketball clinches a playoff spot",
        "{team2} goalie stops {n:30-48} shots in a shutout win",
        "Late field goal lifts {school} past {school2} in the opener",
        "{team} trade for veteran defenseman before the deadline",
        "Youth hockey league adds a second rink in {town}",
        "{player} named player of the week after a hat trick",
    ],
    sentences=[
        "{player} scored on a wrist shot from the left circle with {n:2-9} minutes left in the third period.",
        "The {team} outshot the {team2} {n:30-45} to {n:15-29} but needed a late power play to pull ahead.",
        "The ice was chipped and slow after a figure skating show the night before, and both teams struggled with passes.",
        "Coach {name} said the team spent most of the week working on its penalty kill.",
        "A crowd of {n:3-9},{n:100-999} filled the arena, the largest of the season.",
        "{player} has {n:8-30} goals and {n:10-35} assists in {n:30-60} games this season.",
        "The {team2} pulled their goalie with {n:1-2} minutes left, but an empty-net goal sealed it.",
        "The win moves the {team} into second place in the division, {n:2-6} points behind the leaders.",
        "{school} led {n:21-35}-{n:7-20} at halftime behind a strong running game.",
        "The {school} volleyball team swept its first three matches of the tournament.",
        "Officials reviewed the goal for goaltender interference and let it stand.",
        "The next home game is {day} against the {team3}, with a {n:6-7}:{n:10-59} p.m. start.",
        "Tickets for the playoff opener go on sale {day} at the box office and online.",
        "The team's captain left the ice in the second period with a lower-body injury and did not return.",
        "The league's board approved a new schedule that shortens the regular season by {n:2-6} games.",
        "Attendance at youth hockey tryouts in {town} has doubled since the new rink opened in {year}.",
        "{player}, a {n:18-34}-year-old from {town2}, signed a {n:1-4}-year contract in the summer.",
        "The Zamboni broke down between periods, delaying the third by nearly twenty minutes.",
    ],
    quotes=[
        "We stuck with it, and that is all you can ask in this building.",
        "The ice was rough tonight, but it was rough for both teams.",
        "Our power play has to be better, and everybody in that room knows it.",
        "I just tried to get the puck to the net and it found a way in.",
        "These kids have worked for this since August, and they deserve every bit of it.",
        "We are not looking at the standings yet; there is a lot of season left.",
        "When you give a team like that five power plays, you are asking for trouble.",
        "He has been the best player on the ice for three weeks straight.",
    ],
    roles=[
        "the {team} head coach",
        "the {team} captain",
        "the {school} athletic director",
        "a goaltender for the {team2}",
        "the league commissioner",
    ],
    lists=dict(
        team=[
            "Harbor Hawks",
            "River Kings",
            "Granite Wolves",
            "Lakeshore Comets",
            "Ironwood Miners",
            "Silver Falls Storm",
            "Capital Chargers",
            "Northern Lights",
            "Bay City Blue Jays",
            "Mill Town Millers",
        ],
        school=[
            "Eastfield High",
            "West Ridge High",
            "Central Catholic",
            "Lincoln Prep",
            "Harbor Academy",
            "St. Brendan's",
            "Valley Regional",
            "North Pines High",
        ],
    ),
    confounders=(
        0.04,
        [
            "Defenseman {man} Morton blocked {n:3-7} shots and added an assist on the winning goal.",
            "Rookie forward {man} Napolitano scored his first professional goal on a rebound in the second period.",
            "Morton Arena, where the team has played since {year}, will be renovated next summer.",
        ],
    ),
)

BEATS["business"] = dict(
    weight=11,
    headlines=[
        "Cocoa futures hit a record as West African harvests shrink",
        "Brent crude slips below ${n:60-89} on demand worries",
        "{company} to add {n:80-450} jobs at its {town} plant",
        "Coffee prices climb for a {ordinal} straight week",
        "Regional bank reports higher profit, warns on commercial real estate",
        "{company} shares jump after an upbeat forecast",
        "Natural gas prices fall as mild weather curbs heating demand",
        "Farmers weigh cotton and soybean prices ahead of planting",
    ],
    sentences=[
        "{company} said it would invest ${n:12-95} million to expand the plant over the next {n:2-5} years.",
        "Shares of {company} rose {n:2-14} percent in afternoon trading.",
        "Analysts had expected revenue of about ${n:1-9}.{n:1-9} billion for the quarter.",
        "The company's chief executive said demand had recovered faster than planned in the second half.",
        "Wholesale prices for {commodity} have risen {n:10-60} percent since the start of the year.",
        "Traders pointed to dry weather in growing regions and a weaker dollar.",
        "The state economic development agency offered ${n:1-9} million in tax credits tied to hiring.",
        "Unemployment in {county} fell to {n:3-5}.{n:1-9} percent last month, the lowest in two years.",
        "The bank set aside more money for possible loan losses, citing office buildings downtown.",
        "Inventories rose by {n:1-9}.{n:1-9} million barrels, more than analysts had forecast.",
        "Retail sales in the region were flat, with gains in groceries offset by weaker furniture sales.",
        "The merger still needs approval from regulators and a vote by shareholders in {month}.",
        "Local suppliers said they had not yet been told how much work the expansion would bring them.",
        "Hedge funds cut their bets on higher prices for the {ordinal} week in a row, exchange data showed.",
        "Mortgage rates edged down to {n:5-7}.{n:1-9} percent, according to a weekly survey of lenders.",
        "The company plans to hire machinists, electricians and warehouse staff, starting at ${n:19-29} an hour.",
    ],
    quotes=[
        "The fundamentals have not changed much; what changed is how nervous everyone is.",
        "We looked at sites in four states, and this one had the workforce we need.",
        "Prices like this tend to fix themselves, but it usually takes a couple of harvests.",
        "Our customers are still spending, just more carefully.",
        "We are cautiously optimistic about the second half of the year.",
        "Nobody wants to be caught short going into winter.",
    ],
    roles=[
        "chief executive of {company}",
        "a commodities analyst at {firm}",
        "an economist at {firm}",
        "the president of the {town} Chamber of Commerce",
        "a grain merchandiser in {town2}",
    ],
    lists=dict(
        company=[
            "Halcyon Foods",
            "Brightline Packaging",
            "Meridian Tool & Die",
            "Copperleaf Logistics",
            "Sterling Bearings",
            "Norvale Plastics",
            "Ridgeback Outdoor",
            "Quillon Pharmaceuticals",
        ],
        firm=["Larchmont Capital", "Beacon Street Research", "Ardent Partners", "Keel & Rowan"],
        commodity=["cocoa", "coffee", "orange juice", "sugar", "cotton", "canola"],
    ),
    confounders=(
        0.25,
        [
            "Cocoa futures for {month} delivery rose {n:2-9} percent on ICE Futures U.S. in New York.",
            "Brent crude for {month} settled up {n:1-3}% on ICE Futures Europe, while U.S. crude also gained.",
            "Intercontinental Exchange (ICE), which owns the New York Stock Exchange, reported record trading volume in energy contracts.",
            "Raw sugar futures on ICE fell to their lowest level in {n:3-11} months as traders expected a large Brazilian crop.",
            "Arabica coffee futures on the ICE exchange climbed for a {ordinal} session.",
            "Shares of ICE, the exchange operator, rose {n:1-4} percent after it reported higher fees from its mortgage technology unit.",
        ],
    ),
)

BEATS["food"] = dict(
    weight=6,
    headlines=[
        "A new ice cream shop opens on {street} with {n:18-40} rotating flavors",
        "{restaurant} brings wood-fired pizza to downtown {town}",
        "Farmers market moves indoors for the winter",
        "Five soups to make on a cold night",
        "Bakery celebrates {n:20-75} years on {street}",
        "Food truck rally returns to {town} riverfront",
    ],
    sentences=[
        "The menu changes weekly, but the brown butter pecan and the lemon sorbet have stayed since opening day.",
        "A single scoop costs ${n:4-6}, and waffle cones are made in the shop every morning.",
        "{restaurant} seats about {n:40-120} people and plans to add patio seating in the spring.",
        "The owners spent {n:6-18} months renovating the building, a former hardware store.",
        "Dough rests for three days before it goes into an oven that reaches {n:700-900} degrees.",
        "The farmers market will be open Saturdays from 9 a.m. to 1 p.m. at the old armory.",
        "Vendors sell winter squash, apples, honey, eggs and cut flowers grown in greenhouses.",
        "The shop also makes ice cream cakes to order, with a {n:2-4}-day notice.",
        "Chef {name} trained in {city} before returning to {town} to open her own kitchen.",
        "Lines stretched around the block on opening weekend despite the cold.",
        "The recipe starts with a pound of dried beans soaked overnight and a smoked ham hock.",
        "Prices on the menu range from ${n:9-14} for a margherita to ${n:18-26} for specialty pies.",
        "Leftover bread is donated each evening to the shelter on {street}.",
        "Shaved ice and snow cones will be back on the menu when the weather warms up.",
    ],
    quotes=[
        "People told us nobody buys ice cream in January, and they were wrong.",
        "We wanted a place where families could come in after a game without spending a fortune.",
        "Good pizza is mostly patience.",
        "My grandmother made this soup every Sunday, and I still use her pot.",
        "The farmers carry this market, and we just try to keep the lights on for them.",
        "If a flavor does not sell out in a week, it does not come back.",
    ],
    roles=[
        "co-owner of {restaurant}",
        "the market manager",
        "head baker at {bakery}",
        "a regular customer from {town2}",
    ],
    lists=dict(
        restaurant=[
            "Forno Rosso",
            "The Copper Kettle",
            "Bluebird Diner",
            "Salt & Ember",
            "Casa Lupita",
            "Tidewater Kitchen",
            "Little Fig",
        ],
        bakery=["Rise & Shine Bakery", "Old Mill Breads", "Sweet Hollow Bakeshop"],
        city=["Naples", "Chicago", "Philadelphia", "New Orleans", "San Antonio"],
    ),
    confounders=(
        0.06,
        [
            "The pizzeria is run by {woman} Napolitano and her brother, who grew up working in their father's bakery.",
            "Napolitano's, the family's original restaurant in {town2}, closed in {year} after four decades.",
            "Owner {man} Morton said the shop sold more than {n:2-9},000 cones in its first month.",
        ],
    ),
)

BEATS["schools"] = dict(
    weight=9,
    headlines=[
        "{town} school board approves ${n:40-190} million budget",
        "Snow days push the last day of school to {month} {n:8-21}",
        "District weighs later start times for high schoolers",
        "{school} robotics team heads to the state finals",
        "Teachers union and district reach a tentative contract",
        "New literacy program shows early gains in {town} classrooms",
    ],
    sentences=[
        "The board voted {n:4-7}-{n:0-2} to approve the budget after a two-hour public hearing.",
        "The spending plan includes raises of {n:2-5} percent for teachers and {n:12-40} new positions.",
        "Superintendent {name} said the district had used {n:4-9} of its {n:5-10} built-in snow days by February.",
        "Parents at the meeting were split on whether to move the first bell to 8:30 a.m.",
        "The robotics team built its robot in {n:6-10} weeks, mostly after school and on weekends.",
        "Enrollment has fallen by about {n:200-900} students since {year}, largely in the elementary grades.",
        "Bus drivers remain in short supply, and some routes have been combined.",
        "Third-grade reading scores rose {n:3-12} percentage points in the schools that piloted the program.",
        "The tentative contract still has to be ratified by union members and approved by the board.",
        "A new roof for {school} is the largest single item in the capital plan.",
        "Free breakfast will be offered in every building starting next fall.",
        "The district is also replacing {n:20-60} aging buses with quieter models over five years.",
    ],
    quotes=[
        "Our teachers are the reason these scores went up, full stop.",
        "We can either cut programs or find new money, and I do not want to cut programs.",
        "Teenagers are not lazy; their clocks are just set differently.",
        "It is a fair contract, and it keeps good people in our classrooms.",
        "These students taught themselves half of what they needed to know, and it shows.",
    ],
    roles=[
        "the {town} superintendent",
        "president of the {town} Education Association",
        "a parent of two students at {school}",
        "a school board member",
        "the robotics team's faculty adviser",
    ],
    lists=dict(
        school=[
            "Eastfield High",
            "Jefferson Middle School",
            "Riverside Elementary",
            "Oak Hollow Elementary",
            "Central High",
            "Washington Middle School",
        ]
    ),
    confounders=(
        0.02,
        [
            "Board member {woman} Morton cast the only vote against the plan.",
            "The district will also renovate the Morton Elementary gym, which dates to {year}.",
        ],
    ),
)

BEATS["courts"] = dict(
    weight=8,
    headlines=[
        "Judge rejects bid to dismiss lawsuit over {town} zoning change",
        "Jury awards ${n:1-9}.{n:1-9} million in crash case",
        "Eviction filings climb as pandemic-era help runs out",
        "Appeals court revives whistleblower claim against {company}",
        "Man sentenced to {n:3-25} years for {crime}",
        "Landlord and tenants settle suit over broken heat",
    ],
    sentences=[
        "Judge {name} said the plaintiffs had raised questions that deserved a full hearing.",
        "The jury deliberated for about {n:3-11} hours over two days before reaching a verdict.",
        "Lawyers for the company said they would appeal.",
        "The lawsuit claims the city council ignored its own planning staff when it approved the rezoning.",
        "Eviction filings in {county} reached {n:300-900} last month, up from about {n:150-299} a year earlier.",
        "Tenants said the building went without heat for {n:9-30} days in January.",
        "Under the settlement, the landlord agreed to repair the boilers and refund part of the rent.",
        "The defendant pleaded guilty in {month} to {crime}.",
        "Prosecutors had asked for a longer sentence, citing his prior record.",
        "The three-judge panel ruled that the trial court had applied the wrong standard.",
        "A hearing on the motion is scheduled for {month} {n:2-28} in {county} Superior Court.",
        "Legal aid lawyers said most tenants appear in court without a lawyer.",
        "The victim's family filled two rows of the courtroom and hugged after the sentence was read.",
        "The case was moved to {county2} at the request of the defense, which cited pretrial publicity.",
    ],
    quotes=[
        "The law is on our side, and we look forward to proving that in court.",
        "Nobody should have to sleep in a coat in their own apartment.",
        "This verdict will not bring him back, but it says his life mattered.",
        "We respect the court's decision and are reviewing our options.",
        "Most of these cases could be settled in a hallway if both sides had a lawyer.",
    ],
    roles=[
        "a lawyer for the plaintiffs",
        "an attorney with {county} Legal Aid",
        "the district attorney",
        "a tenant organizer",
        "a spokesperson for {company}",
    ],
    lists=dict(
        company=["Halcyon Foods", "Norvale Plastics", "Crestline Property Management", "Summit Energy"],
        crime=["armed robbery", "vehicular homicide", "wire fraud", "arson", "burglary", "drug trafficking"],
    ),
    confounders=(
        0.12,
        [
            "Landlords filed {n:120-480} unlawful detainer cases in {county} last month, the legal term for an eviction suit.",
            "An unlawful detainer judgment lets the landlord ask the sheriff to carry out a lockout, usually within a week.",
            "Tenants who lose an unlawful detainer case have five days to appeal.",
        ],
    ),
)

BEATS["government"] = dict(
    weight=11,
    headlines=[
        "{town} council delays vote on downtown parking plan",
        "County commissioners raise property tax rate by {n:1-3} cents",
        "Mayor {mayor_last} proposes a new fire station for the east side",
        "Residents push back on plan to close the {town2} branch library",
        "{town} hires its first full-time grants writer",
        "Trash pickup moves to a new schedule starting {month}",
    ],
    sentences=[
        "The council voted {n:4-6}-{n:1-3} to table the parking plan until its next meeting.",
        "The proposed rate would add about ${n:40-180} a year to the tax bill on a median-priced home.",
        "Mayor {mayor} said the east side has waited too long for faster emergency response.",
        "More than {n:40-150} residents signed up to speak during the public comment period.",
        "The city manager said the library closure would save about ${n:200-600},000 a year.",
        "A consultant's study found that downtown garages are rarely more than {n:55-75} percent full.",
        "The new fire station would cost roughly ${n:6-14} million and take two years to build.",
        "Council member {name} asked staff to come back with options that do not raise fees.",
        "The county's reserve fund has fallen below the level recommended by its auditors.",
        "Recycling will be collected every other week instead of weekly.",
        "The commission also approved a contract to repave {n:8-30} miles of county roads.",
        "The city has applied for a state grant that would cover half the cost of new sidewalks on {street}.",
        "Several residents asked the council to livestream its work sessions as well as its regular meetings.",
    ],
    quotes=[
        "We cannot keep asking people on the east side to wait eight minutes for an ambulance.",
        "This library is the only place some of our kids can do homework with the internet.",
        "I would rather make a hard decision now than a harder one in two years.",
        "Nobody likes a tax increase, and I do not either.",
        "We heard people tonight, and we are going to take the time to get this right.",
    ],
    roles=[
        "the {town} city manager",
        "a council member who represents the east side",
        "chair of the county commission",
        "a longtime resident of {town2}",
        "the library's branch manager",
    ],
    lists={},
    confounders=(
        0.05,
        [
            "The city will also apply for the state's Safe and Secure Communities grant, which pays for streetlights and park cameras.",
            "Council member {woman} Morton, who chairs the finance committee, said she would support a smaller increase.",
            "HEADLINE:{town} Wins Safe and Secure Communities Grant for New Streetlights",
        ],
    ),
)

BEATS["police"] = dict(
    weight=9,
    headlines=[
        "Police blotter: stolen catalytic converters, a loose horse and a mailbox fire",
        "Sheriff's deputies arrest {n:2-4} after a chase on Route {n:2-99}",
        "Jail population falls below {n:300-700} for the first time in a decade",
        "{county} sheriff asks for {n:6-20} more deputies",
        "Man held in county jail after a break-in at a {town} pharmacy",
        "Police investigate a string of car break-ins in {town2}",
    ],
    sentences=[
        "Sheriff {sheriff} said the suspects abandoned the car near the county line and ran into a wooded area.",
        "Deputies found the pair about an hour later with the help of a tracking dog.",
        "Both were booked into the {county} County jail on charges including fleeing and eluding.",
        "A {n:19-67}-year-old {town} man was charged with burglary after a pharmacy alarm went off at {n:1-4} a.m.",
        "Police said someone cut catalytic converters from {n:3-9} vehicles parked at a church on {street}.",
        "A horse that wandered onto {street} was returned to its owner after about twenty minutes.",
        "Firefighters put out a small fire in a mailbox; no one was hurt.",
        "The jail's average daily population has dropped by about a third since {year}.",
        "The sheriff told commissioners that overtime costs had doubled because of vacancies.",
        "Anyone with information is asked to call the department's tip line.",
        "Bail was set at ${n:5-75},000, and a court date was scheduled for next month.",
        "Police said the break-ins happened overnight and that most of the cars were left unlocked.",
        "The sheriff's office is also adding a second mental health counselor at the jail.",
        "A deputy was treated for minor injuries after the patrol car was struck at an intersection.",
        "The police chief said officers had increased patrols in the neighborhood.",
    ],
    quotes=[
        "Lock your cars, and do not leave anything valuable in plain sight.",
        "My deputies are working double shifts, and that is not sustainable.",
        "The drop in the jail population is mostly about the new pretrial program, and it is working.",
        "We got lucky that nobody was hurt in that chase.",
        "We are not going to chase a stolen lawnmower at a hundred miles an hour.",
    ],
    roles=[
        "the {county} County sheriff",
        "the {town} police chief",
        "a sheriff's office spokesperson",
        "the jail administrator",
        "a neighbor who called 911",
    ],
    lists={},
    confounders=(0.0, []),
)

BEATS["health"] = dict(
    weight=8,
    headlines=[
        "Flu cases rise across {county} ahead of the holidays",
        "{hospital} opens a new cancer treatment wing",
        "Rural clinic in {town2} gets funding for a second doctor",
        "Measles exposure reported at a {town} urgent care",
        "Health department offers free blood pressure checks",
        "Hospital nurses vote to unionize",
    ],
    sentences=[
        "The county health department recorded {n:80-400} confirmed flu cases last week, up from {n:20-79} the week before.",
        "Officials urged anyone who has not had a flu shot this season to get one.",
        "The new wing at {hospital} has {n:12-40} infusion chairs and a pharmacy on the same floor.",
        "Patients from {town2} had been driving more than an hour each way for treatment.",
        "The grant of ${n:300-900},000 will pay a doctor's salary for three years.",
        "People who were at the urgent care between 2 p.m. and 6 p.m. on {day} may have been exposed.",
        "Most adults born after 1957 who have had two doses of the vaccine are protected.",
        "The health department will check blood pressure at the library every {day} in {month}.",
        "Nurses said staffing had not kept up with the number of patients since the emergency room expanded.",
        "Hospital administrators said they would bargain in good faith.",
        "Wait times in the emergency department averaged {n:3-6} hours last month.",
        "Free testing is available at the county clinic on {street}, no appointment needed.",
    ],
    quotes=[
        "It is not too late to get a flu shot, and it is the best protection we have.",
        "People should not have to choose between treatment and a day's pay for the drive.",
        "We simply need more hands on the floor.",
        "If you have a fever and a rash, call ahead before you come in.",
        "A clinic is only as good as the people who staff it.",
    ],
    roles=[
        "the county health officer",
        "chief nursing officer at {hospital}",
        "a nurse in the emergency department",
        "the clinic's director",
        "an epidemiologist with the state health department",
    ],
    lists=dict(
        hospital=[
            "St. Agnes Medical Center",
            "Valley General Hospital",
            "Lakeside Regional Medical Center",
            "Mercy Hospital of {town}",
        ]
    ),
    confounders=(
        0.03,
        [
            "The clinic is named for {woman} Morton, a nurse who ran it out of a church basement for years.",
            "Dr. {man} Napolitano, the hospital's chief of infectious disease, said the season had started early.",
        ],
    ),
)

BEATS["transport"] = dict(
    weight=8,
    headlines=[
        "Transit agency adds late-night buses on {n:3-7} routes",
        "Bridge repairs will close {street} for {n:3-9} months",
        "Electric buses join the {town} fleet",
        "Road ice blamed for pileup on the interstate",
        "Airport plans a second runway extension",
        "Commuter rail ridership climbs back toward pre-pandemic levels",
    ],
    sentences=[
        "Buses will run every {n:20-40} minutes until 1 a.m. on the busiest routes.",
        "The detour will send traffic onto {street} and {street2}, and delays are expected at rush hour.",
        "The agency bought {n:6-24} electric buses with a mix of federal and state money.",
        "Each bus can run about {n:150-230} miles on a charge, enough for most routes.",
        "State police said {n:8-26} vehicles were involved and {n:2-9} people were taken to hospitals.",
        "A thin layer of ice had formed on the overpass before the first plows arrived.",
        "Ridership on the commuter line reached {n:70-92} percent of its {year} level last month.",
        "The runway extension would allow larger cargo jets to land, airport officials said.",
        "Fares will not change this year, the transit board decided.",
        "Work crews will replace the bridge deck and repaint the steel beams.",
        "The agency is still short about {n:20-60} drivers and is offering hiring bonuses.",
        "Charging stations are being installed at the {town} garage this spring.",
    ],
    quotes=[
        "People who work the late shift have been asking for this for years.",
        "The bridge is safe, but it will not stay safe without this work.",
        "Once drivers get used to the quiet, they do not want to go back.",
        "That overpass was a sheet of ice, and there was nothing anyone could do.",
        "We are not all the way back, but the trend is clearly up.",
    ],
    roles=[
        "general manager of the transit agency",
        "a state transportation department engineer",
        "a bus driver",
        "the airport director",
        "a state police sergeant",
    ],
    lists={},
    confounders=(
        0.10,
        [
            "The agency plans to retire its last ICE buses, those with internal combustion engines, by {year2}.",
            "Sales of electric vehicles still trail ICE vehicles by a wide margin, but the gap is narrowing, dealers said.",
            "An electric bus costs about twice as much as a comparable ICE model but far less to maintain.",
        ],
    ),
)

BEATS["arts"] = dict(
    weight=5,
    headlines=[
        "Community theater stages a winter musical",
        "Mural project brings color to {street} underpass",
        "{town} symphony names a new music director",
        "Library book sale raises ${n:3-19},000",
        "Photography exhibit looks back at the mill years",
    ],
    sentences=[
        "Performances run Fridays and Saturdays through {month}, with a Sunday matinee.",
        "The mural covers about {n:900-4000} square feet and took {n:3-9} artists a month to paint.",
        "The new music director has led orchestras in {city} and {city2}.",
        "Volunteers sorted more than {n:10-40},000 donated books over two weekends.",
        "The photographs come from the collection of a local historical society.",
        "Tickets are ${n:12-30} for adults and ${n:5-10} for students.",
        "Rehearsals began in the fall, and several of the cast members are in high school.",
        "The exhibit will travel to {town2} in the spring.",
    ],
    quotes=[
        "We wanted people to feel like the wall belonged to them.",
        "Every one of these pictures has a family behind it.",
        "An orchestra is a small town of its own, and I am excited to live in this one.",
        "Musicals are the hardest thing we do, and the most fun.",
    ],
    roles=[
        "the show's director",
        "one of the muralists",
        "the symphony's board chair",
        "president of the Friends of the Library",
    ],
    lists=dict(city=["Cleveland", "Denver", "Louisville", "Sacramento", "Providence"]),
    confounders=(0.0, []),
)

# Background sentences, put together from a subject and a predicate of the same beat ("road crews in {town}"
# + "spent much of {day} checking equipment"), with an optional opener: many distinct sentences per beat.
# A subject written "=the company" is singular. The opener must suit the predicate's tense.
OPENERS = {
    "past": [
        "By {day} night, ",
        "Earlier in the week, ",
        "On {day}, ",
        "As of late afternoon, ",
        "Meanwhile, ",
        "At the same time, ",
        "Elsewhere in {county} County, ",
        "Last year, ",
    ],
    "perfect": ["Since the spring, ", "Over the past decade, ", "Meanwhile, ", "Elsewhere in {county} County, "],
    "present": ["For now, ", "Meanwhile, ", "At the same time, ", "Elsewhere in {county} County, "],
}
PRESENT_VERBS = {
    "are",
    "is",
    "want",
    "wants",
    "expect",
    "expects",
    "plan",
    "plans",
    "will",
    "start",
    "starts",
    "rotate",
    "rotates",
    "set",
    "sets",
}
SINGULAR = {
    "have": "has",
    "are": "is",
    "were": "was",
    "want": "wants",
    "expect": "expects",
    "plan": "plans",
    "start": "starts",
    "rotate": "rotates",
    "set": "sets",
}
BACKGROUND: dict[str, tuple[list[str], list[str]]] = {
    "weather": (
        [
            "road crews in {town}",
            "the county's emergency managers",
            "utility line workers",
            "forecasters at the regional office",
            "school officials in {town2}",
            "hardware stores across the area",
            "volunteers at the warming center",
            "towing companies",
            "{town} firefighters",
            "farmers north of {town}",
        ],
        [
            "had prepared for a longer storm than the one that arrived",
            "spent much of the day checking equipment and restocking supplies",
            "said the next {n:24-72} hours would decide how bad the damage gets",
            "reported steady calls from people asking about road conditions",
            "were already looking ahead to another system due late next week",
            "said the cost of the cleanup would not be known for weeks",
            "kept a close eye on the temperature, which hovered near freezing all afternoon",
            "asked people to clear storm drains near their homes",
            "sold out of snow shovels and ice melt before noon",
            "warned that downed lines should always be treated as live",
        ],
    ),
    "sports": (
        [
            "the {team}",
            "the {team2}",
            "={player}",
            "=the coaching staff",
            "=the {school} boosters club",
            "the team's trainers",
            "season-ticket holders",
            "=the league office",
            "=the front office",
            "the visiting fans",
        ],
        [
            "have won {n:4-9} of their last {n:10-12} games",
            "spent the morning skate working on faceoffs",
            "were left frustrated by a call late in the second period",
            "expect a sellout for the rivalry game next month",
            "have struggled on the road since the holiday break",
            "pointed to the schedule, with {n:3-5} games in {n:5-8} nights",
            "raised money for new equipment at the youth rink",
            "said the team's depth had carried it through injuries",
            "celebrated a milestone for the longtime equipment manager",
            "are still looking for a reliable second-line center",
        ],
    ),
    "business": (
        [
            "=the company",
            "local suppliers",
            "traders in New York and London",
            "economists at the state university",
            "=the regional development board",
            "shareholders",
            "small manufacturers in {county} County",
            "=the chamber of commerce",
            "commercial landlords",
            "grain elevators across the region",
        ],
        [
            "have been watching interest rates more closely than sales",
            "said higher shipping costs had eaten into margins",
            "expected a busier second half than the first",
            "have added shifts to keep up with orders",
            "warned that tariffs could raise the price of steel parts",
            "reported a slow start to the quarter",
            "pointed to a tight labor market as the biggest constraint",
            "were cautious about borrowing to expand",
            "have been paying more for electricity than a year ago",
            "said the new plant would be the largest in {county} County",
        ],
    ),
    "food": (
        [
            "the owners",
            "regular customers",
            "=the kitchen staff",
            "vendors at the market",
            "=the chef",
            "neighbors on {street}",
            "food critics from {city}",
            "=the family that runs the place",
            "local farmers",
            "=the bakery's early crew",
        ],
        [
            "start their day before the sun is up",
            "have kept prices flat despite higher costs for butter and eggs",
            "said the building's old tin ceiling was the reason they signed the lease",
            "have been asking for a vegetarian menu",
            "rotate the specials with whatever the farms bring in",
            "said word of mouth did more than any advertising",
            "plan to add a brunch service on Sundays",
            "made a point of hiring from the neighborhood",
            "have kept the same recipe for the house bread since the first day",
            "set aside part of each week's sales for the food pantry",
        ],
    ),
    "schools": (
        [
            "=the district",
            "parents at {school}",
            "teachers in the lower grades",
            "=the school board",
            "=the state education department",
            "principals across {town}",
            "bus drivers",
            "students on the youth advisory council",
            "=the district's finance office",
            "=the parent-teacher association",
        ],
        [
            "have asked for more time to review the proposal",
            "said class sizes had crept up in the past three years",
            "raised money for new library books and a reading nook",
            "want the district to publish its test data sooner",
            "expect enrollment to level off by the end of the decade",
            "have pushed for more counselors in the middle schools",
            "noted that heating costs alone rose by ${n:200-700},000",
            "met twice with architects about the roof project",
            "questioned whether the new schedule would work for families with several children",
            "will hold a public forum at the high school in {month}",
        ],
    ),
    "courts": (
        [
            "=the judge",
            "lawyers on both sides",
            "=the defense",
            "prosecutors",
            "=court staff",
            "=the county clerk's office",
            "=the appeals panel",
            "legal aid attorneys",
            "=the jury",
            "tenant advocates",
        ],
        [
            "spent most of the morning on pretrial motions",
            "asked for more time to review thousands of pages of records",
            "said the backlog of civil cases had grown to nearly {n:2-6},000",
            "questioned the expert's methods at length",
            "urged the court to move the case to mediation",
            "have handled twice as many cases as they did in {year}",
            "declined to discuss the case outside the courtroom",
            "said the ruling could affect similar cases across {state}",
            "pointed to a contract clause that neither side had raised before",
            "reviewed video from the night of the crash",
        ],
    ),
    "government": (
        [
            "=the city council",
            "=the county commission",
            "=the planning board",
            "=the mayor's office",
            "=the finance committee",
            "neighborhood associations",
            "=city staff",
            "=the county administrator",
            "residents of the east side",
            "=the budget office",
        ],
        [
            "have debated the plan for most of a year",
            "asked for a second traffic study before any vote",
            "warned that the reserve fund could run low by {year2}",
            "held three public meetings on the proposal",
            "pushed for a smaller project with a lower price tag",
            "said the grant would cover about half the cost",
            "will post the full proposal online before the next meeting",
            "argued that the city had outgrown its current fire stations",
            "raised concerns about parking during construction",
            "agreed to revisit the fees in the spring",
        ],
    ),
    "police": (
        [
            "=the sheriff's office",
            "patrol deputies",
            "=the police department",
            "=jail staff",
            "detectives",
            "the county's dispatchers",
            "neighborhood watch volunteers",
            "=the district attorney's office",
            "=the department's community liaison",
            "=the county jail's medical contractor",
        ],
        [
            "handled more than {n:1-4},{n:100-999} calls for service last month",
            "have been short-staffed since the summer",
            "asked residents to report suspicious vehicles rather than confront anyone",
            "reviewed surveillance video from nearby businesses",
            "said most of the thefts happened between midnight and 4 a.m.",
            "started a program that sends counselors on some mental health calls",
            "recovered a stolen pickup truck at a rest area off the interstate",
            "will hold a free car-seat check at the fire station on {day}",
            "updated the policy on vehicle pursuits last year",
            "said overtime had helped cover open shifts at the jail",
        ],
    ),
    "health": (
        [
            "=the county health department",
            "emergency room doctors",
            "school nurses",
            "=the hospital's board",
            "pharmacists in {town}",
            "=the state health agency",
            "=clinic staff",
            "public health nurses",
            "=the regional blood bank",
            "family doctors in rural {county} County",
        ],
        [
            "have seen a steady rise in respiratory illness since October",
            "asked people to stay home when they are sick",
            "added evening hours for vaccinations",
            "said supplies of children's fever medicine were holding up",
            "plan to open a mobile clinic that will visit {n:4-9} towns a month",
            "warned that waiting rooms fill quickly on Mondays",
            "have pushed for a second ambulance crew on the east side",
            "tracked wastewater samples for early signs of outbreaks",
            "said the number of uninsured patients had climbed",
            "are offering free screenings at the library in {month}",
        ],
    ),
    "transport": (
        [
            "=the transit agency",
            "commuters on the {town} line",
            "=the state transportation department",
            "airport officials",
            "bus riders",
            "engineers",
            "=the regional planning commission",
            "truck drivers",
            "cycling advocates",
            "=the toll authority",
        ],
        [
            "have complained for years about late connections",
            "said the repairs were already behind schedule",
            "counted about {n:8-40},000 vehicles a day on the bridge",
            "want bus shelters at the busiest stops",
            "are studying a new express route to the airport",
            "pointed to rising costs for steel and asphalt",
            "said the detour would add about {n:5-20} minutes at rush hour",
            "asked for a protected bike lane on {street}",
            "expect ridership to keep growing as the new apartments fill",
            "plan to test a fare card that works on trains and buses",
        ],
    ),
    "arts": (
        [
            "=the theater company",
            "=the museum",
            "volunteers",
            "=the orchestra",
            "local artists",
            "=the historical society",
            "=the library's friends group",
            "=the cast",
            "art teachers at {school}",
            "the gallery's owners",
        ],
        [
            "have spent months preparing for the season",
            "received a state grant for new lighting",
            "want to bring more school groups through the doors",
            "sold out two of the first three performances",
            "are looking for space to store old sets and costumes",
            "said donations had picked up since the spring",
            "will offer free admission on the first {day} of each month",
            "collected oral histories from former mill workers",
            "plan to tour the show to smaller towns in {county} County",
            "have asked the city for a permanent home",
        ],
    ),
    "on_topic": (
        [
            "immigrant rights groups",
            "=the sheriff's office",
            "county commissioners",
            "immigration lawyers in {town}",
            "local police chiefs",
            "federal officials",
            "church leaders in {town2}",
            "families of people held in the jail",
            "=the county attorney",
            "civil liberties groups",
        ],
        [
            "have questioned how many of the people flagged had committed serious crimes",
            "said the jail had never been asked to hold so many people for federal authorities",
            "asked the county to publish monthly figures on immigration detainers",
            "warned that the county could be sued for holding people without a warrant",
            "said the agreement costs the county little and helps keep dangerous people off the streets",
            "have organized rides and legal help for families with someone in detention",
            "said people had stopped reporting crimes out of fear of deportation",
            "pointed to the program's own statistics on people with no criminal record",
            "have met with the sheriff twice since the program began",
            "urged Congress to pass an immigration overhaul",
        ],
    ),
}

# --- on topic -----------------------------------------------------------------------------------------------
WATCHED = {
    "tramonte": dict(
        first="Lynn",
        last="Tramonte",
        pron="she",
        title="Ms.",
        roles=["deputy director of America's Voice", "deputy director of the immigrant rights group America's Voice"],
    ),
    "sharry": dict(
        first="Frank",
        last="Sharry",
        pron="he",
        title="Mr.",
        roles=["executive director of America's Voice", "founder and executive director of America's Voice"],
    ),
    "morton": dict(
        first="John",
        last="Morton",
        pron="he",
        title="Director",
        roles=["director of Immigration and Customs Enforcement", "the ICE director", "head of ICE"],
    ),
    "napolitano": dict(
        first="Janet",
        last="Napolitano",
        pron="she",
        title="Secretary",
        roles=[
            "the secretary of homeland security",
            "the Homeland Security secretary",
            "who runs the Department of Homeland Security",
        ],
    ),
}
WATCHED_QUOTES = {
    "tramonte": [
        "Secure Communities was sold as a way to catch dangerous criminals, and the numbers show something else entirely.",
        "When a broken taillight can end in deportation, families stop calling the police.",
        "The program has turned every county jail into a front door for ICE.",
        "Local sheriffs should not be doing the federal government's job for it.",
        "We keep hearing about priorities, but the people being deported are mostly people with no record at all.",
    ],
    "sharry": [
        "This administration promised smart enforcement and is delivering record deportations instead.",
        "Congress has to act, because enforcement alone will not fix a broken system.",
        "You cannot build trust in a community while its jail is holding people for ICE.",
        "These agreements make local deputies into immigration agents without the training or the accountability.",
        "The politics of this are changing faster than Washington realizes.",
    ],
    "morton": [
        "Our focus is on people who pose a threat to public safety and on recent border crossers.",
        "Secure Communities helps us find dangerous criminals who are already in local custody.",
        "We are using our resources where they matter most, and the numbers reflect that.",
        "A detainer is a request that allows us to take custody of someone in an orderly way.",
        "We will continue to work with local jails to identify people who should be removed.",
    ],
    "napolitano": [
        "We are enforcing the law in a way that is smart and that puts public safety first.",
        "Secure Communities will be available in every jurisdiction in the country by the end of the rollout.",
        "The border is more secure today than it has been in years.",
        "Enforcement and reform are not opposites; we need both.",
        "We have made clear that our priorities are criminals and people who threaten national security.",
    ],
}
ON_TOPIC = dict(
    headlines=[
        "{county} County joins Secure Communities fingerprint program",
        "Sheriff says jail will stop honoring some ICE detainers",
        "ICE arrests {n:20-180} in a week-long operation across {state}",
        "{county} commissioners renew 287(g) agreement with ICE",
        "Advocates question who is deported under Secure Communities",
        "Napolitano defends record deportation numbers",
        "Immigration hold keeps {town} man in jail after charges dropped",
        "Immigration and Customs Enforcement expands detention near {town}",
        "ICE director Morton outlines new enforcement priorities",
        "Families rally outside {county} jail over immigration detainers",
    ],
    core=[  # at least one of these opens every on-topic article
        "{county} County began sharing the fingerprints of everyone booked into its jail with federal immigration authorities on {day} under Secure Communities, the program run by Immigration and Customs Enforcement.",
        "Sheriff {sheriff} said {county} County's jail will no longer hold people past their release date on an ICE detainer unless a judge has signed a warrant.",
        "Agents with U.S. Immigration and Customs Enforcement arrested {n:20-180} people in {state} over {n:4-9} days, the agency said {day}.",
        "County commissioners voted {n:3-5}-{n:1-2} on {day} to renew the sheriff's 287(g) agreement, which lets trained deputies question people in the jail about their immigration status.",
        "A {n:19-58}-year-old {town} man remained in the {county} County jail on an immigration hold {n:3-12} days after prosecutors dropped the charges against him.",
        "Immigration and Customs Enforcement plans to house up to {n:300-1200} detainees at a privately run center outside {town}, according to county records.",
        "ICE deported nearly {n:380-410},000 people in the last fiscal year, the most in the agency's history, under rules that are supposed to put convicted criminals first.",
    ],
    sentences=[
        "Under Secure Communities, fingerprints taken at booking are checked against Department of Homeland Security databases as well as the FBI's.",
        "When the check turns up a possible match, ICE can ask the jail to hold the person for up to 48 hours beyond the time they would otherwise be released.",
        "Those requests, called detainers, have become the center of a fight between counties and the federal government.",
        "Of the {n:200-900} people flagged in {county} County since the program began, about {n:20-60} percent had no criminal conviction, according to figures the sheriff's office released.",
        "The 287(g) program trains local deputies to act as immigration officers inside the jail.",
        "Several counties in {state} have ended their agreements in the past year, citing cost and lawsuits.",
        "Immigrant rights groups say the programs make victims and witnesses afraid to call the police.",
        "ICE officials said the agency focuses on people convicted of serious crimes, repeat immigration violators and recent border crossers.",
        "The sheriff's office said it had received {n:40-300} immigration detainers last year and honored most of them.",
        "A federal judge in another state ruled last year that holding someone on a detainer alone can violate the Fourth Amendment.",
        "The detention center would be run by a private contractor under an agreement between the county and ICE.",
        "Lawyers for the man said he had lived in {town} for {n:6-22} years and has {n:2-4} children who are U.S. citizens.",
        "Deportations under the current administration have outpaced those of any previous one, according to government data.",
        "Supporters of the agreement said it helps keep people with violent records off the streets.",
        "About {n:30-120} people attended the commission meeting, most of them opposed to the renewal.",
        "The sheriff said deputies do not ask about immigration status during traffic stops.",
        "Federal officials have said counties cannot opt out of Secure Communities, reversing earlier guidance.",
        "Local police chiefs in {town} and {town2} wrote to the county asking it to limit cooperation with ICE.",
        "An ICE spokesperson said the agency does not comment on individual cases but that the man was a priority for removal.",
        "Advocates planned a vigil outside the jail on {day} evening.",
    ],
    # (role, what someone in that role says): local voices in on-topic stories
    local=[
        (
            "the {county} County sheriff",
            [
                "We run a jail, not an immigration office, and I have to follow the Constitution.",
                "If someone is dangerous, I want them gone as much as anyone does.",
                "This agreement has been good for public safety in this county.",
                "My deputies are not going to ask anybody for papers on a traffic stop.",
            ],
        ),
        (
            "an immigration lawyer in {town}",
            [
                "The detainer is a request, not an order, and the courts have said so.",
                "Half of my clients were picked up after charges that were later dropped.",
                "Nobody in that jail is told they can call a lawyer about an immigration hold.",
            ],
        ),
        (
            "pastor of a church in {town2}",
            [
                "People are afraid to report crimes now, and that makes all of us less safe.",
                "Our food pantry lines got shorter the week the program started, and not because people stopped being hungry.",
            ],
        ),
        (
            "a county commissioner who voted against the agreement",
            [
                "Nobody told us the county had signed anything until families started calling.",
                "We are paying deputies to do a federal job, and we are taking on the legal risk too.",
            ],
        ),
        (
            "a {town} resident whose brother was detained",
            [
                "My brother went in for a traffic ticket, and three days later they moved him to a detention center.",
                "We still do not know which facility he is in.",
            ],
        ),
        (
            "a spokesperson for the sheriff's office",
            [
                "The sheriff's office follows state and federal law, and every detainer is reviewed by a supervisor.",
                "We do not comment on individual cases.",
            ],
        ),
    ],
    extra_mentions=[  # more ways the watched topics turn up in the body
        "Advocates have taken to calling the program S-Comm, and their signs outside the jail said as much.",
        "ICE's field office in {city} handles detainers for {n:20-60} counties.",
        "Under the county's 287(g) agreement, {n:4-16} deputies have been trained by ICE.",
        "A spokesperson for Immigration and Customs Enforcement said the agency would respond to the county in writing.",
        "The jail placed an immigration hold on {n:2-9} people last week alone, according to booking records.",
        "Detainers issued through Secure Communities rose by {n:20-80} percent in the program's first year in {state}.",
    ],
    lists=dict(city=["Atlanta", "Dallas", "Phoenix", "Charlotte", "Denver", "Chicago"]),
)

GENERIC_SENTENCES = [
    "Officials did not say when a final decision would be made.",
    "The matter is expected to come up again at next month's meeting.",
    "A spokesperson did not respond to a request for comment by {day} afternoon.",
    "The figures were first reported in a presentation to the county board in {month}.",
    "Similar proposals have come up in {town2} and elsewhere in {state} in recent years.",
    "More information is posted on the county's website.",
    "The change takes effect on {month} {n:1-28}.",
    "It was not immediately clear how many people would be affected.",
    "The {town} area has grown by about {n:4-15} percent since {year}.",
    "Copies of the report are available at the {town} library.",
    "This story will be updated.",
    "The next public meeting is scheduled for {day} at 7 p.m. at {town} City Hall.",
    "A similar effort in {town2} ended in {year} for lack of money.",
    "No one answered the phone at the office on {day}.",
    "Both sides said they expected talks to continue.",
    "The numbers do not include the final week of {month}.",
]
HEADLINE_EXTRAS = ["", "", "", "", " — {town}", " | {county} County"]
STREETS = "Main Elm Oak Maple Broad Market Church Water Mill Union Pine High Front Bridge Chestnut Spring".split()
STREET_KINDS = ["Street", "Avenue", "Road", "Boulevard", "Lane"]
RIVERS = ["Sabine River", "Little Fox River", "Cedar Creek", "Otter River", "Big Muddy"]
SHARED_LISTS = dict(  # for slots a beat does not define itself
    school=["Eastfield High", "Jefferson Middle School", "Riverside Elementary", "Central High", "Lincoln Prep"],
    city=["Cleveland", "Denver", "Louisville", "Sacramento", "Providence", "Atlanta", "Dallas", "Phoenix"],
)


class Writer:
    """Fills one article's templates: its town, county, state and people stay the same throughout."""

    def __init__(self, rng: random.Random, lists: dict[str, list[str]]) -> None:
        self.rng = rng
        self.lists = {**SHARED_LISTS, **lists}
        self.sticky: dict[str, str] = {}
        self.roles_taken: set[str] = set()
        self.people: dict[str, tuple[str, str]] = {}
        self.quotes_used: set[str] = set()
        self.straight_quotes = rng.random() < 0.2  # some feeds carry straight quote marks

    def fill(self, template: str) -> str:
        return re.sub(r"\{([a-z_0-9]+)(?::(\d+)-(\d+))?\}", self._slot, template)

    def _slot(self, match: re.Match[str]) -> str:
        name, low, high = match.group(1), match.group(2), match.group(3)
        if name == "n":
            return str(self.rng.randint(int(low), int(high)))
        if name.endswith("_upper"):
            return self.value(name[: -len("_upper")]).upper()
        return self.value(name)

    def value(self, name: str) -> str:
        rng = self.rng
        if name == "name":
            return self.person()[0]
        if name == "woman":
            return rng.choice(WOMEN)
        if name == "man":
            return rng.choice(MEN)
        if name in ("player", "sheriff", "mayor"):  # one of each per article
            return self.named(name)[0]
        if name == "mayor_last":
            return self.named("mayor")[0].split()[-1]
        if name == "day":
            return self.sticky.setdefault("day", rng.choice(DAYS))
        if name == "month":
            return rng.choice(MONTHS)
        if name in ("year", "year2"):
            return str(rng.randint(1998, 2011) if name == "year" else rng.randint(2026, 2034))
        if name == "ordinal":
            return rng.choice(["second", "third", "fourth", "fifth", "sixth"])
        base = name.rstrip("23")
        if base != name:  # town2, street2, team3...: another value than the article's own
            own, other = self.value(base), ""
            for _ in range(20):
                other = self._fresh(base)
                if other != own:
                    break
            return self.sticky.setdefault(name, other)
        if base not in self.sticky:
            self.sticky[base] = self._fresh(base)
        return self.sticky[base]

    def _fresh(self, base: str) -> str:
        rng = self.rng
        if base == "town":
            return rng.choice(TOWN_HEADS) + rng.choice(TOWN_TAILS)
        if base == "county":
            return rng.choice(COUNTY_NAMES)
        if base == "state":
            return rng.choice(STATES)
        if base == "street":
            return f"{rng.choice(STREETS)} {rng.choice(STREET_KINDS)}"
        if base == "river":
            return rng.choice(RIVERS)
        if base in self.lists:
            return self.fill(rng.choice(self.lists[base]))
        raise KeyError(base)

    def named(self, key: str) -> tuple[str, str]:
        """(full name, pronoun) of the article's one sheriff, mayor, player..."""
        if key not in self.people:
            self.people[key] = self.person()
        return self.people[key]

    def person(self) -> tuple[str, str]:
        """(full name, pronoun) of somebody new."""
        if self.rng.random() < 0.5:
            return f"{self.rng.choice(WOMEN)} {self.rng.choice(SURNAMES)}", "she"
        return f"{self.rng.choice(MEN)} {self.rng.choice(SURNAMES)}", "he"

    def quoted(self, words: str) -> str:
        return f'"{words}"' if self.straight_quotes else f"“{words}”"

    def quoted_comma(self, words: str) -> str:
        """A quote that runs into its attribution: “Words,” said X."""
        return self.quoted(words[:-1] + "," if words.endswith(".") else words)

    def background(self, beat: str, k: int) -> list[str]:
        """k sentences made of one of the beat's subjects and one of its predicates, none repeated."""
        subjects, predicates = BACKGROUND[beat]
        k = min(k, len(subjects), len(predicates))
        out = []
        for subject, predicate in zip(self.rng.sample(subjects, k), self.rng.sample(predicates, k)):
            verb, rest = predicate.split(" ", 1)
            if subject.startswith("="):  # a singular subject: "has", "is", "wants"
                subject, verb = subject[1:], SINGULAR.get(verb, verb)
            kind = "perfect" if verb in ("have", "has") else "present" if verb in PRESENT_VERBS else "past"
            opener = self.fill(self.rng.choice(OPENERS[kind])) if self.rng.random() < 0.5 else ""
            subject = self.fill(subject)
            subject = subject if opener else subject[0].upper() + subject[1:]
            out.append(f"{opener}{subject} {verb} {self.fill(rest)}.")
        return out


def quote_paragraph(w: Writer, speaker: dict, said: list[str], first_mention: bool) -> str:
    """One paragraph quoting `speaker` in one of the attribution shapes news uses."""
    rng = w.rng
    full, last, pron, role = speaker["full"], speaker["last"], speaker["pron"], speaker["role"]
    title = speaker.get("title")
    fresh = [q for q in said if q not in w.quotes_used] or said
    picked = rng.sample(fresh, k=min(len(fresh), rng.choice([1, 1, 2])))
    w.quotes_used.update(picked)
    words = " ".join(picked)
    later = f"{title} {last}" if title and rng.random() < 0.4 else last
    if first_mention:
        shapes = [
            "said_after",
            "name_said_after",
            "name_colon",
            "according_to",
            "said_that",
            "told",
            "dash",
            "statement",
            "split",
        ]
    else:
        shapes = [
            "said_after_short",
            "name_said_after_short",
            "pronoun_after",
            "pronoun_before",
            "continued",
            "split_short",
            "told_short",
        ]
    shape = rng.choice(shapes)
    lower = words[0].lower() + words[1:]
    if shape == "said_after":
        return f"{w.quoted_comma(words)} said {full}, {role}."
    if shape == "name_said_after":
        return f"{w.quoted_comma(words)} {full}, {role}, said."
    if shape == "name_colon":
        return f"{full}, {role}, said: {w.quoted(words)}"
    if shape == "according_to":
        return f"According to {full}, {role}, {w.quoted(lower)}"
    if shape == "said_that":
        return f"{full}, {role}, said that {w.quoted(lower)}"
    if shape == "told":
        audience = rng.choice(["reporters", "the board", "a crowd of supporters", "The Harbor Ledger", "commissioners"])
        return f"{w.quoted_comma(words)} {full} told {audience}. {last} is {role}."
    if shape == "dash":
        return f"{w.quoted(words)} — {full}, {role}"
    if shape == "statement":
        return f"{w.quoted_comma(words)} {full}, {role}, said in a statement."
    if shape in ("split", "split_short"):
        first, *second = rng.sample(fresh, k=min(2, len(fresh)))
        w.quotes_used.update([first, *second])
        who = f"said {full}, {role}" if shape == "split" else f"{later} said"
        return f"{w.quoted_comma(first)} {who}." + (f" {w.quoted(second[0])}" if second else "")
    if shape == "said_after_short":
        return f"{w.quoted_comma(words)} said {later}."
    if shape == "name_said_after_short":
        return f"{w.quoted_comma(words)} {later} {rng.choice(['said', 'added', 'noted', 'warned', 'argued'])}."
    if shape == "pronoun_after":
        return f"{w.quoted_comma(words)} {pron} said."
    if shape == "pronoun_before":
        return f"{pron.capitalize()} {rng.choice(['added', 'said', 'went on'])}: {w.quoted(words)}"
    if shape == "continued":
        return f"{later} continued:\n{w.quoted(words)}"
    if shape == "told_short":
        return f"{later} told reporters that {w.quoted(lower)}"
    raise AssertionError(shape)


def article(seed: int, index: int, on_topic: bool, confounder_scale: float = 1.0) -> str:
    """The text of article `index` for this seed: headline, blank line, paragraphs."""
    rng = random.Random(f"{seed}:{index}:{on_topic}")
    if on_topic:
        return _on_topic(rng)
    beats = list(BEATS)
    name = rng.choices(beats, weights=[BEATS[b]["weight"] for b in beats])[0]
    return _off_topic(rng, name, confounder_scale)


def _speaker(w: Writer, roles: list[tuple[str, list[str]]]) -> tuple[dict, list[str]]:
    """Somebody new in one of the roles no one else in the article has, and what people in that role say."""
    free = [r for r in roles if r[0] not in w.roles_taken] or roles
    role, said = w.rng.choice(free)
    w.roles_taken.add(role)
    full, pron = w.named("sheriff") if role.endswith("County sheriff") else w.person()
    return dict(
        full=full,
        last=full.split()[-1],
        pron=pron,
        role=w.fill(role),
        title=w.rng.choice(["Ms.", None]) if pron == "she" else w.rng.choice(["Mr.", None]),
    ), said


def _layout(w: Writer, headline: str, opening: list[str], pool: list[str], quotes: list[tuple[dict, list[str]]]) -> str:
    """4-8 paragraphs: the opening first, then plain paragraphs of 1-7 sentences with quote paragraphs
    between them, grown or trimmed to MIN_WORDS..MAX_WORDS (headline included)."""
    rng = w.rng
    target = rng.randint(MIN_WORDS + 10, MAX_WORDS - 20)
    count = rng.randint(4, 8)
    quotes = quotes[: count // 2 + 1]
    plain = count - len(quotes)
    quote_budget = sum(_words(s[1][0]) + 12 for s in quotes)
    per_paragraph = max(25, (target - _words(headline) - quote_budget) // plain)
    generic = rng.sample(GENERIC_SENTENCES, len(GENERIC_SENTENCES))
    paragraphs: list[str] = []
    sentences = [w.fill(s) for s in opening]
    for _ in range(plain):
        length = sum(_words(s) for s in sentences)
        while (not sentences or length < per_paragraph) and len(sentences) < 7 and (pool or generic):
            sentences.append(w.fill((pool or generic).pop()))
            length += _words(sentences[-1])
        paragraphs.append(" ".join(sentences or [w.fill(rng.choice(GENERIC_SENTENCES))]))
        sentences = []
    # Quote paragraphs go between plain ones, never before the opening; a speaker's first one names them in full.
    slots = sorted(rng.randint(1, plain) for _ in quotes)
    mentioned: set[str] = set()
    for index, (slot, (speaker, said)) in enumerate(zip(slots, quotes)):
        paragraphs.insert(slot + index, quote_paragraph(w, speaker, said, speaker["full"] not in mentioned))
        mentioned.add(speaker["full"])
    return _fit(w, headline, paragraphs, pool + generic)


def _fit(w: Writer, headline: str, paragraphs: list[str], spare: list[str]) -> str:
    """Grow or trim to MIN_WORDS..MAX_WORDS words, headline included, without touching quote paragraphs."""

    def total() -> int:
        return _words(headline) + sum(_words(p) for p in paragraphs)

    def plain(i: int) -> bool:
        return "“" not in paragraphs[i] and '"' not in paragraphs[i]

    missing = MIN_WORDS - total()
    while missing > 0:
        sentence = w.fill(spare.pop() if spare else w.rng.choice(GENERIC_SENTENCES))
        candidates = [i for i in range(len(paragraphs)) if plain(i)] or [len(paragraphs) - 1]
        paragraphs[w.rng.choice(candidates)] += " " + sentence
        missing -= _words(sentence)
    while len("\n".join(paragraphs).split("\n")) > 8:  # "X continued:" puts its quote on a line of its own
        i = max((i for i in range(1, len(paragraphs)) if plain(i) and plain(i - 1)), default=None)
        if i is None:  # no two plain paragraphs side by side: keep the continuation on one line instead
            i = next(i for i, p in enumerate(paragraphs) if ":\n" in p)
            paragraphs[i] = paragraphs[i].replace(":\n", ": ", 1)
            continue
        paragraphs[i - 1 : i + 1] = [paragraphs[i - 1] + " " + paragraphs[i]]
    while total() > MAX_WORDS:
        longest = max(
            (i for i in range(len(paragraphs)) if plain(i)), key=lambda i: _words(paragraphs[i]), default=None
        )
        if longest is None:
            break
        parts = re.split(r"(?<=[.!?])\s+(?=[A-Z])", paragraphs[longest])
        if len(parts) > 1:
            paragraphs[longest] = " ".join(parts[:-1])
        elif len(paragraphs) > 4 and longest > 0:  # the opening paragraph says what the story is about
            del paragraphs[longest]
        else:
            break
    return headline + "\n\n" + "\n".join(paragraphs)


def _off_topic(rng: random.Random, name: str, confounder_scale: float) -> str:
    beat = BEATS[name]
    w = Writer(rng, beat["lists"])
    headline = w.fill(rng.choice(beat["headlines"]) + rng.choice(HEADLINE_EXTRAS))
    pool = beat["sentences"] + w.background(name, rng.randint(5, 10))
    rng.shuffle(pool)
    opening: list[str] = []
    probability, confounders = beat["confounders"]
    if confounders and rng.random() < probability * confounder_scale:
        confounder = rng.choice(confounders)
        if confounder.startswith("HEADLINE:"):
            headline = w.fill(confounder[len("HEADLINE:") :])
        elif rng.random() < 0.5:
            opening = [confounder]
        else:
            pool.insert(rng.randrange(len(pool) // 2, len(pool) + 1), confounder)
    if rng.random() < 0.03:  # a few feeds set every headline in capitals
        headline = headline.upper()
    roles = [(role, beat["quotes"]) for role in beat["roles"]]
    quotes = [_speaker(w, roles) for _ in range(rng.choice([0, 1, 1, 2, 2, 3]))]
    if quotes and rng.random() < 0.3:  # the first speaker is quoted again later
        quotes.append(quotes[0])
    return _layout(w, headline, opening, pool, quotes)


def _on_topic(rng: random.Random) -> str:
    w = Writer(rng, ON_TOPIC["lists"])
    headline = w.fill(rng.choice(ON_TOPIC["headlines"]) + rng.choice(HEADLINE_EXTRAS))
    opening = [rng.choice(ON_TOPIC["core"])]
    pool = (
        ON_TOPIC["sentences"]
        + rng.sample(ON_TOPIC["extra_mentions"], rng.randint(0, 3))
        + w.background("on_topic", rng.randint(4, 10))
    )
    quotes: list[tuple[dict, list[str]]] = []
    for key in rng.sample(list(WATCHED), k=rng.choice([0, 1, 1, 2, 2, 3])):
        person = WATCHED[key]
        speaker = dict(
            full=f"{person['first']} {person['last']}",
            last=person["last"],
            pron=person["pron"],
            role=rng.choice(person["roles"]),
            title=person["title"],
        )
        if rng.random() < 0.8:
            quotes += [(speaker, WATCHED_QUOTES[key])] * rng.choice([1, 1, 2])
        else:  # named, not quoted
            pool.append(f"{speaker['full']}, {speaker['role']}, is expected to visit {{state}} later this month.")
    quotes += [_speaker(w, ON_TOPIC["local"]) for _ in range(rng.choice([1, 1, 2]))]
    rng.shuffle(pool)
    rng.shuffle(quotes)  # the first of a speaker's quotes to be laid out names them in full
    return _layout(w, headline, opening, pool, quotes)


def _words(text: str) -> int:
    return len(WORD.findall(text))


def generate(
    n: int = 10_000, on_topic_share: float = 0.05, seed: int = 7, confounder_scale: float = 1.0
) -> list[tuple[str, bool]]:
    """n fictional articles, round(n × on_topic_share) of them on topic, in a seeded random order.

    confounder_scale multiplies every beat's chance of carrying a confounder (0 = none, 2 = twice as many).
    """
    chosen = set(random.Random(f"{seed}:on-topic:{n}").sample(range(n), round(n * on_topic_share)))
    return [(article(seed, i, i in chosen, confounder_scale), i in chosen) for i in range(n)]


def describe(corpus: list[tuple[str, bool]], could_match: Callable[[str], bool] | None = None) -> dict[str, float]:
    """Counts that show the corpus is what it says: sizes, distinct texts, words and paragraphs per article."""
    words = [_words(t) for t, _ in corpus]
    paragraphs = [len([p for p in t.split("\n\n", 1)[1].split("\n") if p.strip()]) for t, _ in corpus]
    stats: dict[str, float] = {
        "articles": len(corpus),
        "on_topic": sum(on for _, on in corpus),
        "distinct_texts": len({t for t, _ in corpus}),
        "distinct_headlines": len({t.split("\n", 1)[0] for t, _ in corpus}),
        "words_min": min(words),
        "words_mean": sum(words) / len(words),
        "words_max": max(words),
        "paragraphs_min": min(paragraphs),
        "paragraphs_max": max(paragraphs),
    }
    if could_match:
        passing = [could_match(t) for t, _ in corpus]
        stats["pass_prefilter"] = sum(passing)
        stats["off_topic_passing"] = sum(p for p, (_, on) in zip(passing, corpus) if not on)
        stats["on_topic_passing"] = sum(p for p, (_, on) in zip(passing, corpus) if on)
    return stats


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--share", type=float, default=0.05)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--confounders", type=float, default=1.0, help="scale the confounder rates (default 1)")
    parser.add_argument("--show", type=int, default=0, help="print this many articles (half on topic)")
    parser.add_argument("--prefilter", action="store_true", help="also count articles passing the tagger's prefilter")
    args = parser.parse_args()
    corpus = generate(args.n, args.share, args.seed, args.confounders)
    could_match = None
    if args.prefilter:
        import sys
        from pathlib import Path

        root = Path(__file__).resolve().parents[2]
        sys.path.insert(0, str(root))
        from monitor.config import load_watchlist
        from monitor.tag.watchlist import Prefilter, compile_people, compile_queries, compile_terms

        watchlist = load_watchlist(root / "config" / "watchlist.toml")
        could_match = Prefilter(
            compile_terms(watchlist), compile_people(watchlist), compile_queries(watchlist)
        ).could_match
    for key, value in describe(corpus, could_match).items():
        print(f"{key:20} {value:,.1f}" if isinstance(value, float) else f"{key:20} {value:,}")
    on = [t for t, o in corpus if o][: args.show // 2]
    off = [t for t, o in corpus if not o][: args.show - len(on)]
    for text in on + off:
        print(f"\n----- on topic: {text in on} -----\n{text}")


if __name__ == "__main__":
    main()
