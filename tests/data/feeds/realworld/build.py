#!/usr/bin/env python3
"""Generate the "realworld" feed corpus.

Every file in ``files/`` is written by this script as raw bytes, together with
``manifest.json`` which records, for each file, the trap it exercises, the
HTTP Content-Type a server would have sent with it, and the human ground truth
(``expect``): how many distinct articles a careful human reader sees, and where
unambiguous the exact titles / links / phrases.

All outlets, people, places and stories are fictional and were written for this
corpus.  The script uses only the standard library and is deterministic:
running it twice produces byte-identical output.

    python3 build.py            # (re)writes files/ and manifest.json

Categories: entities, illformed, encoding, text-html, urls, guid-only, giant,
dates, formats.
"""

import base64
import codecs
import datetime
import gzip
import hashlib
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "files")
MANIFEST = os.path.join(HERE, "manifest.json")

RECORDS = []
FILES = {}

SMALL_LIMIT = 200 * 1024
GIANT_LIMIT = 3 * 1024 * 1024


class R(str):
    """A raw XML fragment: inserted verbatim, never escaped."""


def esc(s, quote=False):
    if isinstance(s, R):
        return str(s)
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
    return s


def emit(file, category, trap, content_type, data, articles, titles=None,
         links=None, contains=None, notes=None):
    if isinstance(data, str):
        data = data.encode("utf-8")
    assert file not in FILES, file
    assert isinstance(data, bytes)
    limit = GIANT_LIMIT if category == "giant" else SMALL_LIMIT
    assert len(data) <= limit, (file, len(data))
    expect = {"articles": articles}
    if titles is not None:
        expect["titles"] = list(titles)
        if articles is not None:
            assert len(titles) == articles, file
    if links is not None:
        expect["links"] = list(links)
        if articles is not None:
            assert len(links) == articles, file
    if contains is not None:
        expect["contains"] = list(contains)
    if notes:
        expect["notes"] = notes
    RECORDS.append({
        "file": file,
        "category": category,
        "trap": trap,
        "content_type": content_type,
        "expect": expect,
    })
    FILES[file] = data


# --------------------------------------------------------------------------
# Content types a server would send
# --------------------------------------------------------------------------
CT_RSS = "application/rss+xml; charset=utf-8"
CT_RSS_BARE = "application/rss+xml"
CT_ATOM = "application/atom+xml; charset=utf-8"
CT_XML = "application/xml"
CT_TEXTXML = "text/xml; charset=utf-8"
CT_TEXTXML_BARE = "text/xml"

DECL = '<?xml version="1.0" encoding="UTF-8"?>\n'

NS = {
    "dc": "http://purl.org/dc/elements/1.1/",
    "content": "http://purl.org/rss/1.0/modules/content/",
    "atom": "http://www.w3.org/2005/Atom",
    "media": "http://search.yahoo.com/mrss/",
    "itunes": "http://www.itunes.com/dtds/podcast-1.0.dtd",
    "slash": "http://purl.org/rss/1.0/modules/slash/",
    "wfw": "http://wellformedweb.org/CommentAPI/",
    "sy": "http://purl.org/rss/1.0/modules/syndication/",
    "georss": "http://www.georss.org/georss",
    "feedburner": "http://rssnamespace.org/feedburner/ext/1.0",
    "googleplay": "http://www.google.com/schemas/play-podcasts/1.0",
}

# --------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
          "Oct", "Nov", "Dec"]
BASE = datetime.datetime(2025, 3, 3, 9, 0, 0)


def when(i):
    # every file gets its own spread of times; newest first in feeds
    return BASE + datetime.timedelta(hours=7 * i, minutes=13 * (i % 5))


def rfc822(i, zone="+0000"):
    dt = when(i)
    return "%s, %02d %s %04d %02d:%02d:%02d %s" % (
        DAYS[dt.weekday()], dt.day, MONTHS[dt.month - 1], dt.year,
        dt.hour, dt.minute, dt.second, zone)


def iso(i, zone="Z"):
    return when(i).strftime("%Y-%m-%dT%H:%M:%S") + zone


# --------------------------------------------------------------------------
# Fictional outlets and stories
# --------------------------------------------------------------------------
OUTLETS = {
    "ledger": ("The Redfern County Ledger", "www.redfernledger.com"),
    "courier": ("Millbrook Courier", "www.millbrookcourier.com"),
    "kwxr": ("KWXR News 7", "www.kwxr7news.com"),
    "tribune": ("Port Averill Tribune", "www.portaverilltribune.com"),
    "sentinel": ("San Lucerne Daily Sentinel", "www.slsentinel.com"),
    "avpr": ("Alder Valley Public Radio", "www.avpr.org"),
    "sheriff": ("Tamsin County Sheriff's Office", "www.tamsinsheriff.org"),
    "herald": ("Border Plains Herald", "www.borderplainsherald.com"),
    "biz": ("Eastgate Business Journal", "www.eastgatebiz.com"),
    "preps": ("Northfield Prep Sports", "www.northfieldpreps.com"),
    "city": ("City of Millbrook News", "www.millbrookcity.org"),
    "wx": ("Gulf Coast Weather Desk", "www.gcweatherdesk.com"),
    "river": ("NewsRiver Local", "www.newsriverlocal.net"),
}

# (title, slug, summary) -- all invented for this corpus
STORIES = [
    ("Redfern County Sheriff Ends 287(g) Agreement With ICE",
     "sheriff-ends-287g-agreement",
     "Sheriff Dale Whitacre said deputies will stop screening jail inmates for immigration status at the end of the month."),
    ("County Jail Population Hits Record High as Detainer Requests Climb",
     "jail-population-record-detainers",
     "The Redfern County jail held 612 people on Tuesday, 41 of them on federal immigration detainers."),
    ("Council Votes 5-2 to Reject Immigration Detention Contract",
     "council-rejects-detention-contract",
     "Council members said the proposed contract would have turned the old juvenile hall into a federal holding facility."),
    ("Families Wait Outside Processing Center After Weekend Arrests",
     "families-wait-processing-center",
     "Relatives said they had received no information about where those detained on Saturday were taken."),
    ("Judge Orders Release of Three Detainees Held Past Their Sentences",
     "judge-orders-release-detainees",
     "District Judge Miriam Osei ruled the county had no authority to hold the men after their sentences ended."),
    ("Sheriff's Office Releases Annual Report on Detainer Requests",
     "annual-report-detainer-requests",
     "The report counts 388 detainer requests received last year, up from 251 the year before."),
    ("Immigrant Advocates Open Legal Clinic in Former Library Branch",
     "legal-clinic-former-library",
     "The clinic will offer free consultations on Tuesday and Thursday evenings, with interpreters in Spanish and K'iche'."),
    ("State Lawmakers Debate Bill Limiting Cooperation With Federal Agents",
     "lawmakers-debate-cooperation-bill",
     "The bill would bar county jails from holding people solely on an immigration detainer."),
    ("Deportation Flights From Regional Airport Draw Protest",
     "deportation-flights-protest",
     "About 150 people gathered along the airport access road on Friday morning."),
    ("Jail Medical Contractor Faces Audit After Inmate Complaints",
     "jail-medical-contractor-audit",
     "The county auditor will review two years of sick-call records and staffing logs."),
    ("Federal Program Pays County $4.2 Million to House Detainees",
     "federal-program-pays-county",
     "The payments cover an average of 58 beds a night under an intergovernmental service agreement."),
    ("Public Defender Says Language Barriers Delay Bond Hearings",
     "language-barriers-bond-hearings",
     "Hearings for defendants who need an interpreter took an average of nine days longer to schedule."),
    ("Church Coalition Offers Housing to Asylum Seekers",
     "church-coalition-housing",
     "Eleven congregations have pledged spare rooms and parish halls for families awaiting court dates."),
    ("Sheriff Candidate Pledges to End Courthouse Arrests",
     "candidate-pledges-end-courthouse-arrests",
     "Former deputy Lorena Vasquez announced her campaign on the courthouse steps."),
    ("City Council Approves $48 Million Budget After Late-Night Session",
     "council-approves-budget",
     "The spending plan adds six firefighters and delays the downtown streetscape project by a year."),
    ("Planning Commission Delays Vote on Riverside Apartments",
     "planning-commission-delays-riverside",
     "Commissioners asked the developer for a new traffic study before the March 24 meeting."),
    ("Mayor Proposes Raising Water Rates by 6 Percent",
     "mayor-proposes-water-rates",
     "Mayor Tom Brecken said the increase would pay for replacing lead service lines."),
    ("Council Member Resigns Citing Family Health Concerns",
     "council-member-resigns",
     "Ward 3 council member Denise Albright will step down effective April 1."),
    ("Residents Pack Hearing on Downtown Parking Meters",
     "hearing-downtown-parking-meters",
     "More than 90 people signed up to speak, most of them opposed to extending meter hours."),
    ("School Board Names Interim Superintendent",
     "school-board-interim-superintendent",
     "Deputy superintendent Harold Nyquist will lead the district through June."),
    ("Library Extends Weekend Hours Starting in April",
     "library-weekend-hours",
     "The main branch will stay open until 8 p.m. on Saturdays and open at noon on Sundays."),
    ("Millbrook Breaks Ground on New Fire Station",
     "groundbreaking-fire-station",
     "Station 4 will replace a 1962 building that no longer fits modern engines."),
    ("Storm Closes Schools Across Three Counties",
     "storm-closes-schools",
     "Districts in Redfern, Tamsin and Alder counties cancelled classes as freezing rain moved in."),
    ("Flash Flood Warning Issued for Alder Creek",
     "flash-flood-warning-alder-creek",
     "Forecasters expect the creek to crest two feet above flood stage by Thursday night."),
    ("Record Heat Expected Through the Weekend",
     "record-heat-weekend",
     "Highs near 104 degrees could break records set in 1998."),
    ("Ice Storm Leaves 12,000 Without Power",
     "ice-storm-power-outages",
     "Crews from four states are helping restore service, the utility said."),
    ("Tornado Siren Test Set for Wednesday Morning",
     "tornado-siren-test",
     "The county will sound all 38 outdoor sirens at 10 a.m. for three minutes."),
    ("Drought Monitor Upgrades Valley to Severe",
     "drought-monitor-severe",
     "Rainfall since October is less than half of normal."),
    ("Northfield Eagles Edge Hawks 24-21 in Overtime",
     "eagles-edge-hawks-overtime",
     "Quarterback Jaylen Moss ran for the winning score on the first play of overtime."),
    ("Lady Panthers Advance to State Semifinals",
     "lady-panthers-semifinals",
     "Senior guard Ana Lucero scored 27 points in a 61-55 win over Crestview."),
    ("Minor League Club Announces New Stadium Lease",
     "minor-league-stadium-lease",
     "The Port Averill Pelicans agreed to a 15-year lease at Harborside Park."),
    ("Coach Rivera Steps Down After 19 Seasons",
     "coach-rivera-steps-down",
     "Rivera led the Wildcats to two state titles and 161 wins."),
    ("Marathon Reroutes Course Around Bridge Repairs",
     "marathon-reroutes-course",
     "Runners will cross the river on the Fifth Street bridge instead of the closed Mill Street span."),
    ("Wrestling Team Claims Third Straight Conference Title",
     "wrestling-third-title",
     "Seven Millbrook wrestlers qualified for the regional tournament."),
    ("Meatpacking Plant Adds Second Shift, 300 Jobs",
     "meatpacking-second-shift",
     "The plant on County Road 12 will begin hiring next month."),
    ("Downtown Bakery Closes After 41 Years",
     "downtown-bakery-closes",
     "Owners Walt and June Pruitt said they are retiring and could not find a buyer."),
    ("Regional Bank Reports Quarterly Profit Rise",
     "regional-bank-profit",
     "Eastgate Savings reported net income of $8.1 million, up 12 percent."),
    ("Farmers Worry Over Labor Shortage Ahead of Harvest",
     "farmers-labor-shortage",
     "Growers said fewer seasonal workers have applied this year."),
    ("Grocery Chain Plans Store on Former Mall Site",
     "grocery-former-mall-site",
     "The 60,000-square-foot store would anchor the redevelopment of Westgate Mall."),
    ("Hotel Occupancy Rebounds to Record Levels",
     "hotel-occupancy-rebounds",
     "The visitors bureau credited youth sports tournaments for the increase."),
    ("Police Arrest Suspect in String of Catalytic Converter Thefts",
     "arrest-catalytic-converter-thefts",
     "Detectives linked the 34-year-old man to at least 19 thefts since January."),
    ("Jury Selection Begins in Embezzlement Trial of Former Clerk",
     "jury-selection-embezzlement-trial",
     "Prosecutors say the former township clerk diverted $212,000 over six years."),
    ("Two Injured in Highway 9 Crash Near Mile Marker 112",
     "highway-9-crash",
     "Both drivers were taken to Alder Valley Medical Center."),
    ("Deputies Search for Missing Hiker in Redfern State Forest",
     "missing-hiker-search",
     "The 27-year-old was last seen at the Bear Hollow trailhead on Sunday."),
    ("Volunteers Plant 500 Trees Along Alder Creek",
     "volunteers-plant-trees",
     "The project aims to shade the creek and cool the water for trout."),
    ("County Fair Returns With Expanded Livestock Barn",
     "county-fair-livestock-barn",
     "The new barn adds 120 pens and a show ring with bleachers."),
    ("Bus Routes Change as Transit Agency Trims Service",
     "bus-routes-change",
     "Routes 7 and 11 will merge, and Sunday service will end at 7 p.m."),
    ("Hospital Opens Spanish-Language Maternity Classes",
     "hospital-spanish-maternity-classes",
     "The free classes meet on the first Saturday of each month."),
    ("Census Data Shows Fastest Growth in Eastgate Suburbs",
     "census-growth-eastgate",
     "Eastgate's population grew 14 percent in five years."),
    ("Animal Shelter Waives Adoption Fees This Weekend",
     "shelter-waives-fees",
     "The shelter is caring for 140 dogs, well over its capacity of 90."),
    ("ICE Detainer Dispute Reaches State Supreme Court",
     "detainer-dispute-supreme-court",
     "The justices will decide whether a county may honor a detainer that no judge signed."),
    ("Immigration Court Backlog Tops 4,000 Cases in Region",
     "immigration-court-backlog",
     "Some hearings are now being scheduled for late 2027."),
    ("Tamsin County Ends Video Visitation Fees at Jail",
     "jail-video-visitation-fees",
     "Families had paid $9.95 for each 20-minute video call."),
    ("Farmworker Groups Sue Over Checkpoint Stops",
     "farmworker-checkpoint-lawsuit",
     "The lawsuit says deputies stopped drivers near packing sheds without cause."),
    ("City Adopts Welcoming Resolution on 6-1 Vote",
     "welcoming-resolution",
     "The resolution directs city staff not to ask about immigration status when providing services."),
    ("New Jail Wing Opens Eight Months Behind Schedule",
     "jail-wing-opens-late",
     "The 96-bed wing cost $3.1 million more than planned."),
    ("Deputies Seize 40 Pounds of Methamphetamine in Traffic Stop",
     "meth-seizure-traffic-stop",
     "The drugs were hidden in a spare tire, the sheriff's office said."),
    ("Heat Advisory Prompts Cooling Centers to Open",
     "cooling-centers-open",
     "Five cooling centers will stay open until 9 p.m. through Sunday."),
    ("Snowplow Drivers Work Double Shifts as Storm Lingers",
     "snowplow-double-shifts",
     "The county has 22 plows and 31 drivers for 900 miles of road."),
    ("High School Robotics Team Heads to World Championship",
     "robotics-world-championship",
     "The Gearheads finished second among 48 teams at the state competition."),
]

DETAIL = [
    "Officials said more information would be released later in the week.",
    "This story will be updated as more details become available.",
    "A spokesperson declined to comment further.",
    "Readers with information about this story can contact the newsroom.",
    "The announcement was made Monday morning.",
    "Staff writers contributed to this report.",
]


def story(i):
    return STORIES[i % len(STORIES)]


def summary(i, extra=1):
    t, s, sm = story(i)
    parts = [sm] + [DETAIL[(i + k) % len(DETAIL)] for k in range(extra)]
    return " ".join(parts)


def outlet(key):
    return OUTLETS[key]


# --------------------------------------------------------------------------
# Feed builders (return str; callers encode)
# --------------------------------------------------------------------------
def item(title=None, link=None, guid=None, desc=None, date=None,
         permalink=None, author=None, cats=(), extra="", cdata_desc=False,
         indent="    "):
    p = ["  <item>"]
    if title is not None:
        p.append("%s<title>%s</title>" % (indent, esc(title)))
    if link is not None:
        p.append("%s<link>%s</link>" % (indent, esc(link)))
    if desc is not None:
        if cdata_desc:
            p.append("%s<description><![CDATA[%s]]></description>" % (indent, desc))
        else:
            p.append("%s<description>%s</description>" % (indent, esc(desc)))
    if author is not None:
        p.append("%s<author>%s</author>" % (indent, esc(author)))
    for c in cats:
        p.append("%s<category>%s</category>" % (indent, esc(c)))
    if guid is not None:
        attr = ""
        if permalink is not None:
            attr = ' isPermaLink="%s"' % ("true" if permalink else "false")
        p.append("%s<guid%s>%s</guid>" % (indent, attr, esc(guid)))
    if date is not None:
        p.append("%s<pubDate>%s</pubDate>" % (indent, esc(date)))
    if extra:
        p.append(extra.rstrip("\n"))
    p.append("  </item>")
    return "\n".join(p) + "\n"


def rss(items, okey="ledger", title=None, link=None, desc=None, ns=(),
        decl=DECL, extra="", lang="en-us", version="2.0", root_extra="",
        tail="\n", build=0):
    name, host = outlet(okey)
    title = name if title is None else title
    link = "https://%s/" % host if link is None else link
    desc = ("Local news from %s" % name) if desc is None else desc
    nsattrs = "".join(' xmlns:%s="%s"' % (p, NS[p]) for p in ns)
    head = "%s<rss version=\"%s\"%s%s>\n<channel>\n" % (decl, version, nsattrs, root_extra)
    ch = "  <title>%s</title>\n  <link>%s</link>\n  <description>%s</description>\n" % (
        esc(title), esc(link), esc(desc))
    if lang:
        ch += "  <language>%s</language>\n" % lang
    ch += "  <lastBuildDate>%s</lastBuildDate>\n" % rfc822(200 + build)
    return head + ch + extra + "".join(items) + "</channel>\n</rss>" + tail


def entry(title=None, link=None, id=None, summary=None, updated=None,
          published=None, content=None, author=None, extra="",
          title_type=None, summary_type=None, content_type=None):
    p = ["  <entry>"]
    if title is not None:
        tt = ' type="%s"' % title_type if title_type else ""
        p.append("    <title%s>%s</title>" % (tt, esc(title)))
    if link is not None:
        p.append('    <link rel="alternate" type="text/html" href="%s"/>' % esc(link, True))
    if id is not None:
        p.append("    <id>%s</id>" % esc(id))
    if published is not None:
        p.append("    <published>%s</published>" % published)
    if updated is not None:
        p.append("    <updated>%s</updated>" % updated)
    if author is not None:
        p.append("    <author><name>%s</name></author>" % esc(author))
    if summary is not None:
        st = ' type="%s"' % summary_type if summary_type else ""
        p.append("    <summary%s>%s</summary>" % (st, esc(summary)))
    if content is not None:
        ct = ' type="%s"' % content_type if content_type else ""
        p.append("    <content%s>%s</content>" % (ct, esc(content)))
    if extra:
        p.append(extra.rstrip("\n"))
    p.append("  </entry>")
    return "\n".join(p) + "\n"


def atom(entries, okey="ledger", title=None, site=None, decl=DECL, extra="",
         feed_attrs="", ns=(), build=0, tail="\n"):
    name, host = outlet(okey)
    title = name if title is None else title
    site = "https://%s/" % host if site is None else site
    nsattrs = "".join(' xmlns:%s="%s"' % (p, NS[p]) for p in ns)
    s = '%s<feed xmlns="http://www.w3.org/2005/Atom"%s%s>\n' % (decl, nsattrs, feed_attrs)
    s += "  <title>%s</title>\n" % esc(title)
    s += '  <link rel="alternate" type="text/html" href="%s"/>\n' % esc(site, True)
    s += '  <link rel="self" type="application/atom+xml" href="%sfeed.atom"/>\n' % esc(site, True)
    s += "  <id>%s</id>\n" % esc(site)
    s += "  <updated>%s</updated>\n" % iso(200 + build)
    s += extra
    return s + "".join(entries) + "</feed>" + tail


def std_items(okey, first, n, linkfmt="https://{host}/news/2025/03/{slug}",
              datebase=0, guidfmt=None, desc=True, permalink=None,
              cdata=False):
    """Return (items, titles, links) for n consecutive stories."""
    name, host = outlet(okey)
    items, titles, links = [], [], []
    for k in range(n):
        i = first + k
        t, slug, _ = story(i)
        link = linkfmt.format(host=host, slug=slug, i=i, n=k + 1, id=1000 + i)
        guid = guidfmt.format(host=host, slug=slug, i=i, n=k + 1, id=1000 + i) if guidfmt else link
        items.append(item(t, link, guid, summary(i) if desc else None,
                          rfc822(datebase + n - k), permalink=permalink,
                          cdata_desc=cdata))
        titles.append(t)
        links.append(link)
    return items, titles, links


def std_entries(okey, first, n, linkfmt="https://{host}/news/2025/03/{slug}",
                datebase=0, idfmt="tag:{host},2025:{id}"):
    name, host = outlet(okey)
    entries, titles, links = [], [], []
    for k in range(n):
        i = first + k
        t, slug, _ = story(i)
        link = linkfmt.format(host=host, slug=slug, i=i, n=k + 1, id=1000 + i)
        eid = idfmt.format(host=host.replace("www.", ""), slug=slug, i=i, id=1000 + i)
        entries.append(entry(t, link, eid, summary(i), iso(datebase + n - k),
                             iso(datebase + n - k - 1)))
        titles.append(t)
        links.append(link)
    return entries, titles, links


def opaque(i):
    """A deterministic, opaque-looking aggregator article token."""
    raw = hashlib.sha256(b"newsriver-%d" % i).digest() + hashlib.sha256(b"x%d" % i).digest()
    return "CBMi" + base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")[:72]


def H(okey):
    return outlet(okey)[1]


# ==========================================================================
# 1. Entities
# ==========================================================================
def gen_entities():
    C = "entities"
    host = H("ledger")

    # nbsp in titles
    t0 = story(0)[0]
    items = [
        item(R("Sheriff&nbsp;Whitacre Ends 287(g) Agreement With ICE"),
             "https://%s/news/2025/03/sheriff-ends-287g-agreement" % host,
             "https://%s/news/2025/03/sheriff-ends-287g-agreement" % host,
             summary(0), rfc822(3)),
        item(R("Council Approves Budget&nbsp;&nbsp;After Late-Night Session"),
             "https://%s/news/2025/03/council-approves-budget" % host,
             "https://%s/news/2025/03/council-approves-budget" % host,
             summary(14), rfc822(2)),
        item(story(22)[0], "https://%s/news/2025/03/storm-closes-schools" % host,
             "https://%s/news/2025/03/storm-closes-schools" % host,
             summary(22), rfc822(1)),
    ]
    emit("entities-nbsp-title.xml", C,
         "Undefined &nbsp; entity in RSS titles with no DTD", CT_RSS, rss(items, "ledger"), 3,
         titles=["Sheriff\u00a0Whitacre Ends 287(g) Agreement With ICE",
                 "Council Approves Budget\u00a0\u00a0After Late-Night Session",
                 story(22)[0]],
         notes="&nbsp; decodes to U+00A0; a reader that normalises it to a plain space (and collapses the double space) shows the same text.")

    # many HTML named entities in titles and descriptions
    h = H("courier")
    items = [
        item(R("Council&rsquo;s Budget Vote &mdash; What Changed"),
             "https://%s/local/council-budget-vote-what-changed" % h, None,
             R("Six firefighters, one delayed streetscape project &hellip; and a fight over the library&rsquo;s roof. &copy; 2025 Millbrook Courier"),
             rfc822(4)),
        item(R("Caf&eacute; Owner Fights Eviction &hellip; Again"),
             "https://%s/business/cafe-owner-fights-eviction" % h, None,
             R("Ren&eacute; Dubois says the landlord&rsquo;s notice was served on the wrong address. Photo &copy; Courier staff."),
             rfc822(3)),
        item(R("Volunteers &hearts; Alder Creek Cleanup"),
             "https://%s/community/alder-creek-cleanup" % h, None,
             R("More than 200 people hauled 3&frac12; tons of trash from the creek bed. Sponsored by Brite&trade; Hardware."),
             rfc822(2)),
    ]
    emit("entities-html-named-in-rss.xml", C,
         "HTML named entities (&rsquo; &mdash; &eacute; &hellip; &hearts; &copy; &trade; &frac12;) used in RSS 2.0 with no DTD",
         CT_RSS, rss(items, "courier"), 3,
         titles=["Council\u2019s Budget Vote \u2014 What Changed",
                 "Caf\u00e9 Owner Fights Eviction \u2026 Again",
                 "Volunteers \u2665 Alder Creek Cleanup"],
         links=["https://%s/local/council-budget-vote-what-changed" % h,
                "https://%s/business/cafe-owner-fights-eviction" % h,
                "https://%s/community/alder-creek-cleanup" % h],
         contains=["Ren\u00e9 Dubois says the landlord\u2019s notice", "3\u00bd tons of trash"])

    # entities inside links
    h = H("herald")
    items = [
        item(story(6)[0], R("https://%s/noticias/cl&iacute;nica-legal-biblioteca" % h),
             "herald-2025-0611", summary(6), rfc822(5), permalink=False),
        item(story(7)[0], R("https://%s/article.php?id=1001&amp;section=state" % h),
             "herald-2025-0612", summary(7), rfc822(4), permalink=False),
        item(story(8)[0], R("https://%s/article.php?id=1002&nbsp;" % h),
             "herald-2025-0613", summary(8), rfc822(3), permalink=False),
    ]
    emit("entities-in-link.xml", C,
         "Undefined entities inside <link> values (&iacute; in a path, a trailing &nbsp; after a query)",
         CT_RSS, rss(items, "herald", ns=()), 3,
         titles=[story(6)[0], story(7)[0], story(8)[0]],
         notes="Intended links: https://%s/noticias/cl\u00ednica-legal-biblioteca (IRI; percent-encoded form equivalent), "
               "https://%s/article.php?id=1001&section=state, https://%s/article.php?id=1002 (the trailing &nbsp; is junk)." % (h, h, h))

    # entities in author fields
    h = H("tribune")
    items = [
        item(story(9)[0], "https://%s/news/jail-medical-contractor-audit" % h, None,
             R("By Jos&eacute; Mart&iacute;nez. %s" % esc(summary(9))), rfc822(4),
             author=R("jmartinez@portaverilltribune.com (Jos&eacute; Mart&iacute;nez)")),
        item(story(10)[0], "https://%s/news/federal-program-pays-county" % h, None,
             R("By Ren&eacute;e O&rsquo;Malley. %s" % esc(summary(10))), rfc822(3),
             extra="    <dc:creator>Ren&eacute;e O&rsquo;Malley</dc:creator>"),
        item(story(11)[0], "https://%s/news/language-barriers-bond-hearings" % h, None,
             summary(11), rfc822(2),
             extra="    <dc:creator><![CDATA[Nguy&#7877;n Th&#7883; Lan]]></dc:creator>"),
    ]
    emit("entities-in-author.xml", C,
         "Undefined HTML entities in <author> and <dc:creator>; a numeric-entity author name inside CDATA (so it stays literal)",
         CT_RSS, rss(items, "tribune", ns=("dc",)), 3,
         titles=[story(9)[0], story(10)[0], story(11)[0]],
         contains=["By Jos\u00e9 Mart\u00ednez", "By Ren\u00e9e O\u2019Malley"],
         notes="Authors: Jos\u00e9 Mart\u00ednez, Ren\u00e9e O\u2019Malley; the third author is literally 'Nguy&#7877;n Th&#7883; Lan' in CDATA (intended Nguy\u1ec5n Th\u1ecb Lan).")

    # numeric entities for control characters
    h = H("ledger")
    items = [
        item(R("Jail Audit Finds Missing Intake Records&#0;"),
             "https://%s/news/2025/03/jail-audit-missing-records" % h, None,
             R("Auditors could not locate 212 intake forms.&#x1F; The sheriff said the records were misfiled."),
             rfc822(4)),
        item(R("Bond Hearing Delays Draw&#x7; Scrutiny"),
             "https://%s/news/2025/03/bond-hearing-delays" % h, None,
             R("Defense lawyers say&#8; interpreters are booked weeks out."), rfc822(3)),
        item(story(12)[0], "https://%s/news/2025/03/church-coalition-housing" % h, None,
             summary(12), rfc822(2)),
    ]
    emit("entities-numeric-control-chars.xml", C,
         "Numeric character references to characters XML forbids (&#0; &#x1F; &#x7; &#8;)",
         CT_RSS, rss(items, "ledger"), 3,
         titles=["Jail Audit Finds Missing Intake Records", "Bond Hearing Delays Draw Scrutiny",
                 story(12)[0]],
         contains=["Auditors could not locate 212 intake forms."],
         notes="The control characters are invisible junk; titles are given without them (the BEL in the 2nd title sits where no space is - 'Draw Scrutiny' with one space).")

    # surrogate code points
    h = H("kwxr")
    items = [
        item(R("Deportation Flights &#xD800;Draw Protest at Airport"),
             "https://%s/story/deportation-flights-protest" % h, None,
             R("Protesters carried signs &#55357;&#56496; reading &#x201C;Families Belong Together&#x201D;."),
             rfc822(4)),
        item(story(13)[0], "https://%s/story/candidate-courthouse-arrests" % h, None,
             summary(13), rfc822(3)),
    ]
    emit("entities-numeric-surrogates.xml", C,
         "Numeric references to UTF-16 surrogates (&#xD800; lone; &#55357;&#56496; a surrogate pair written as two refs)",
         CT_RSS, rss(items, "kwxr"), 2,
         contains=["Draw Protest at Airport", "Families Belong Together"],
         notes="The pair &#55357;&#56496; is what a JavaScript CMS emits for U+1F4F0 (newspaper emoji); browsers show two U+FFFD. Titles omitted: the lone surrogate has no right rendering.")

    # out of range code points
    items = [
        item(R("Storm Totals Top 14 Inches &#1114112;in Hill Country"),
             "https://%s/weather/storm-totals" % H("wx"), None,
             R("Gauges near Redfern reported 14.2 inches &#x110000; of rain."), rfc822(3)),
        item(R("Flood Watch Extended &#99999999999; Through Sunday"),
             "https://%s/weather/flood-watch-extended" % H("wx"), None,
             "The watch covers all of the valley.", rfc822(2)),
        item(story(25)[0], "https://%s/weather/ice-storm-outages" % H("wx"), None,
             summary(25), rfc822(1)),
    ]
    emit("entities-numeric-out-of-range.xml", C,
         "Numeric references beyond U+10FFFF (&#1114112; &#x110000; &#99999999999;)",
         CT_RSS, rss(items, "wx"), 3,
         contains=["Storm Totals Top 14 Inches", "Flood Watch Extended"],
         notes="Browsers render each bad reference as U+FFFD; titles omitted because the replacement is not defined by the feed.")

    # double-escaped
    h = H("biz")
    items = [
        item(R("Smith &amp;amp; Wesson Supplier Expands Eastgate Plant"),
             "https://%s/2025/03/supplier-expands-plant" % h, None,
             R("The company will add 85 jobs&amp;nbsp;by fall."), rfc822(4)),
        item(R("Profits Rise at Eastgate Savings &amp;amp; Loan"),
             "https://%s/2025/03/eastgate-savings-profits" % h, None,
             summary(36), rfc822(3)),
        item(story(34)[0], "https://%s/2025/03/meatpacking-second-shift" % h, None,
             summary(34), rfc822(2)),
    ]
    emit("entities-double-escaped.xml", C,
         "Double-escaped entities (&amp;amp; and &amp;nbsp;) from a CMS that escapes twice",
         CT_RSS, rss(items, "biz"), 3,
         contains=["Wesson Supplier Expands Eastgate Plant", "Profits Rise at Eastgate Savings", "add 85 jobs"],
         notes="Publisher meant 'Smith & Wesson', 'Savings & Loan' and a non-breaking space; after one level of decoding the text literally reads '&amp;' / '&nbsp;'. Titles omitted (rendering differs between readers).")

    # entities in attributes (Atom)
    h = H("sentinel")
    ents = [
        entry(story(15)[0], None,
              "tag:slsentinel.com,2025:88", summary(15), iso(4), iso(3),
              extra='    <link rel="alternate" type="text/html" href="https://%s/story.php?id=88&amp;page=2"/>\n'
                    '    <link rel="enclosure" type="image/jpeg" length="48211" href="https://img.slsentinel.com/2025/caf&eacute;-riverside.jpg"/>\n'
                    '    <category term="Caf&eacute;s &amp; Restaurants" label="Caf&eacute;s"/>' % h),
        entry(story(16)[0], None, "tag:slsentinel.com,2025:89", summary(16), iso(3), iso(2),
              extra='    <link rel="alternate" type="text/html" title="Water rates &mdash; explainer" href="https://%s/story.php?id=89&amp;page=1"/>' % h),
        entry(story(17)[0], "https://%s/story.php?id=90" % h, "tag:slsentinel.com,2025:90",
              summary(17), iso(2), iso(1)),
    ]
    emit("entities-in-attributes.xml", C,
         "Undefined entities (&eacute; &mdash;) inside Atom attribute values, next to correctly escaped &amp; in hrefs",
         CT_ATOM, atom(ents, "sentinel"), 3,
         titles=[story(15)[0], story(16)[0], story(17)[0]],
         links=["https://%s/story.php?id=88&page=2" % h, "https://%s/story.php?id=89&page=1" % h,
                "https://%s/story.php?id=90" % h])

    # raw ampersand in titles
    h = H("biz")
    items = [
        item(R("AT&T to Close Millbrook Call Center, 240 Jobs Cut"),
             "https://%s/2025/03/att-call-center-closing" % h, None,
             "The center on Industrial Parkway opened in 2004.", rfc822(5)),
        item(R("Q&A: What the New Detainer Policy Means for Families"),
             "https://%s/2025/03/qa-detainer-policy" % h, None,
             "Answers to readers' most common questions about the sheriff's new policy.", rfc822(4)),
        item(R("Smith & Sons Hardware Marks 100 Years on Main Street"),
             "https://%s/2025/03/smith-sons-100-years" % h, None,
             R("Four generations & one cat have run the store."), rfc822(3)),
        item(R("R&D Firm Picks Eastgate for Battery Lab"),
             "https://%s/2025/03/battery-lab" % h, None, "The lab will employ 40 engineers.", rfc822(2)),
    ]
    emit("entities-raw-ampersand-title.xml", C,
         "Raw unescaped '&' in titles and a description (AT&T, Q&A, R&D)",
         CT_RSS, rss(items, "biz"), 4,
         titles=["AT&T to Close Millbrook Call Center, 240 Jobs Cut",
                 "Q&A: What the New Detainer Policy Means for Families",
                 "Smith & Sons Hardware Marks 100 Years on Main Street",
                 "R&D Firm Picks Eastgate for Battery Lab"],
         contains=["Four generations & one cat"])

    # raw ampersand in URLs
    h = H("herald")
    links = ["https://%s/article.php?id=1001&cat=border" % h,
             "https://%s/article.php?id=1002&cat=border&page=2" % h,
             "https://%s/article.php?id=1003&cat=courts" % h]
    items = [
        item(story(1)[0], R(links[0]), R(links[0]), summary(1), rfc822(4)),
        item(story(2)[0], R(links[1]), R(links[1]), summary(2), rfc822(3)),
        item(story(3)[0], R(links[2]), R(links[2]), summary(3), rfc822(2),
             extra='    <comments>%s#comments</comments>' % links[2]),
    ]
    emit("entities-raw-ampersand-url.xml", C,
         "Raw '&' in <link>, <guid> and <comments> query strings (?id=1001&cat=border)",
         CT_RSS, rss(items, "herald"), 3,
         titles=[story(1)[0], story(2)[0], story(3)[0]], links=links)

    # entity without semicolon
    h = H("courier")
    items = [
        item(R("Rock &amp Roll Camp Returns to Millbrook"),
             "https://%s/arts/rock-roll-camp" % h, None,
             R("Campers ages 9&nbsp-14 will form bands and play a final show &copy Courier."), rfc822(3)),
        item(R("Highs Near 95&deg Through Friday"),
             "https://%s/weather/highs-near-95" % h, None, "Stay hydrated.", rfc822(2)),
        item(story(20)[0], "https://%s/local/library-weekend-hours" % h, None, summary(20), rfc822(1)),
    ]
    emit("entities-no-semicolon.xml", C,
         "Entity references without the closing semicolon (&amp &nbsp &deg &copy)",
         CT_RSS, rss(items, "courier"), 3,
         contains=["Roll Camp Returns to Millbrook", "Through Friday", "will form bands"],
         notes="Intended: 'Rock & Roll Camp Returns to Millbrook', 'Highs Near 95\u00b0 Through Friday' (HTML5 legacy entities decode without ';').")

    # RSS 0.91 with the Netscape DTD (defines Latin-1 entities)
    h = H("herald")
    body = ('<?xml version="1.0" encoding="ISO-8859-1"?>\n'
            '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" '
            '"http://my.netscape.com/publish/formats/rss-0.91.dtd">\n'
            '<rss version="0.91">\n<channel>\n<title>Border Plains Herald</title>\n'
            '<link>https://%s/</link>\n<description>Noticias y m&aacute;s</description>\n<language>en-us</language>\n'
            '<item>\n<title>Pi&ntilde;ata Festival Draws 3,000 to Plaza</title>\n'
            '<link>https://%s/2025/pinata-festival</link>\n'
            '<description>Vendors sold tamales &amp; champurrado until dark.&nbsp;Photos &copy; Herald.</description>\n</item>\n'
            '<item>\n<title>Caf&eacute; Owners Ask City for Patio Permits</title>\n'
            '<link>https://%s/2025/cafe-patio-permits</link>\n'
            '<description>Owners say the permit costs $450.</description>\n</item>\n'
            '</channel>\n</rss>\n') % (h, h, h)
    emit("entities-rss091-netscape-dtd.xml", C,
         "RSS 0.91 whose external Netscape DTD is what defines &ntilde; &eacute; &nbsp; &copy; (no parser fetches it)",
         "application/rss+xml; charset=iso-8859-1", body.encode("iso-8859-1"), 2,
         titles=["Pi\u00f1ata Festival Draws 3,000 to Plaza", "Caf\u00e9 Owners Ask City for Patio Permits"],
         links=["https://%s/2025/pinata-festival" % h, "https://%s/2025/cafe-patio-permits" % h])

    # Atom mixing correct and raw entities in html titles
    h = H("avpr")
    ents = [
        entry(R("Budget &amp;mdash; The Details"), "https://%s/news/budget-details" % h,
              "tag:avpr.org,2025:b1", summary(14), iso(4), title_type="html"),
        entry(R("Weekend &mdash; Forecast Turns Wet"), "https://%s/news/weekend-forecast" % h,
              "tag:avpr.org,2025:b2", summary(23), iso(3), title_type="html"),
        entry("Parks & Rec Levy Fails by 212 Votes", "https://%s/news/parks-levy-fails" % h,
              "tag:avpr.org,2025:b3", "The levy needed a simple majority.", iso(2)),
    ]
    emit("entities-atom-html-title-mixed.xml", C,
         "Atom type=html titles: one correctly escaped (&amp;mdash;), one with a raw undefined &mdash; entity",
         CT_ATOM, atom(ents, "avpr"), 3,
         titles=["Budget \u2014 The Details", "Weekend \u2014 Forecast Turns Wet", "Parks & Rec Levy Fails by 212 Votes"])

    # case variants
    h = H("sentinel")
    items = [
        item(R("&Eacute;cole Bilingual Program Expands to Fifth Grade"),
             "https://%s/education/ecole-bilingual-program" % h, None, "Enrollment doubled this year.", rfc822(3)),
        item(R("Chemical Firm &AMP; County Settle Spill Lawsuit"),
             "https://%s/news/chemical-spill-settlement" % h, None, "The settlement is $2.3 million.", rfc822(2)),
        item(R("Sheriff&#X2019;s Office Hires 12 Deputies"),
             "https://%s/news/sheriff-hires-deputies" % h, None, "The new deputies start training in May.", rfc822(1)),
    ]
    emit("entities-case-variants.xml", C,
         "Entity case variants: &Eacute; (valid HTML), &AMP; (HTML5 only) and &#X2019; (uppercase X, not valid XML)",
         CT_RSS, rss(items, "sentinel"), 3,
         titles=["\u00c9cole Bilingual Program Expands to Fifth Grade",
                 "Chemical Firm & County Settle Spill Lawsuit",
                 "Sheriff\u2019s Office Hires 12 Deputies"])

    # windows-1252 code points written as numeric references
    h = H("tribune")
    items = [
        item(R("&#147;We Are Not Done,&#148; Advocates Say After Vote"),
             "https://%s/news/advocates-not-done" % h, None,
             R("The council&#146;s 4&#150;3 vote leaves the contract in place&#133;"), rfc822(3)),
        item(R("Pelicans&#146; New Lease Includes Naming Rights&#153;"),
             "https://%s/sports/pelicans-lease-naming-rights" % h, None, "Terms were not disclosed.", rfc822(2)),
    ]
    emit("entities-numeric-cp1252-range.xml", C,
         "Numeric references into the C1 range meant as windows-1252 (&#147; &#148; &#146; &#150; &#133; &#153;)",
         CT_RSS, rss(items, "tribune"), 2,
         titles=["\u201cWe Are Not Done,\u201d Advocates Say After Vote",
                 "Pelicans\u2019 New Lease Includes Naming Rights\u2122"],
         contains=["4\u20133 vote"],
         notes="Browsers (HTML5) map &#128;-&#159; to windows-1252; a strict XML decoder yields C1 control characters instead.")

    # CDATA titles
    h = H("kwxr")
    items = [
        item(R("<![CDATA[Q&A: Your Questions About the Jail Bond]]>"),
             "https://%s/story/qa-jail-bond" % h, None,
             R("<![CDATA[<p>Tickets cost $5&nbsp;for adults &amp; $2 for kids.</p>]]>"), rfc822(3)),
        item(R("<![CDATA[Parks & Rec Director Named]]>"),
             "https://%s/story/parks-director-named" % h, None,
             R("<![CDATA[Longtime assistant director Kim Osei takes over in May.]]>"), rfc822(2)),
    ]
    emit("entities-cdata-title.xml", C,
         "Raw '&' inside CDATA titles (legal) and HTML entities inside a CDATA description",
         CT_RSS, rss(items, "kwxr"), 2,
         titles=["Q&A: Your Questions About the Jail Bond", "Parks & Rec Director Named"],
         contains=["$2 for kids"])

    # DOCTYPE defining HTML entities (well-formed)
    h = H("avpr")
    decl = DECL + ('<!DOCTYPE rss [\n  <!ENTITY nbsp "&#160;">\n  <!ENTITY mdash "&#8212;">\n'
                   '  <!ENTITY rsquo "&#8217;">\n  <!ENTITY eacute "&#233;">\n]>\n')
    items = [
        item(R("Valley&rsquo;s Oldest Diner Changes Hands"), "https://%s/news/oldest-diner" % h, None,
             R("The new owner, Andr&eacute; Piet, will keep the menu&nbsp;&mdash; pie included."), rfc822(3)),
        item(R("Transit Cuts &mdash; What Riders Need to Know"), "https://%s/news/transit-cuts" % h, None,
             summary(46), rfc822(2)),
    ]
    emit("entities-doctype-declared.xml", C,
         "Internal DTD subset declares nbsp/mdash/rsquo/eacute, so the entities are legal (a well-formed control case)",
         CT_RSS, rss(items, "avpr", decl=decl), 2,
         titles=["Valley\u2019s Oldest Diner Changes Hands", "Transit Cuts \u2014 What Riders Need to Know"],
         contains=["Andr\u00e9 Piet"])

    # double-escaped quotes
    h = H("herald")
    items = [
        item(R("Mayor: &amp;quot;We Are Not a Sanctuary City&amp;quot;"),
             "https://%s/2025/03/mayor-not-sanctuary" % h, None,
             R("Mayor Luis Ortega spoke after the vote. &amp;quot;Our police do not do immigration enforcement,&amp;quot; he said."),
             rfc822(3)),
        item(story(54)[0], "https://%s/2025/03/welcoming-resolution" % h, None, summary(54), rfc822(2)),
    ]
    emit("entities-double-escaped-quot.xml", C,
         "Double-escaped quotation marks (&amp;quot;) in title and description",
         CT_RSS, rss(items, "herald"), 2,
         contains=["We Are Not a Sanctuary City", "Our police do not do immigration enforcement"],
         notes="Intended: Mayor: \"We Are Not a Sanctuary City\". Readers differ in whether they show &quot; literally.")

    # apostrophe variants
    h = H("sheriff")
    items = [
        item(R("Sheriff&apos;s Office Opens Online Records Portal"), "https://%s/news/records-portal" % h, None,
             "Reports can now be requested online.", rfc822(4)),
        item(R("Governor&#39;s Budget Leaves Jail Funding Flat"), "https://%s/news/governor-budget-jail" % h, None,
             "Jail funding stays at $31 million.", rfc822(3)),
        item(R("Deputies&#x27; Union Endorses Levy"), "https://%s/news/union-endorses-levy" % h, None,
             "The union represents 140 deputies.", rfc822(2)),
        item(R("Coach&#8217;s Son Joins Reserve Unit"), "https://%s/news/reserve-unit" % h, None,
             "The reserve unit has 18 volunteers.", rfc822(1)),
    ]
    emit("entities-apostrophe-variants.xml", C,
         "Four spellings of the apostrophe: &apos; (XML, not HTML4), &#39;, &#x27;, &#8217;",
         CT_RSS, rss(items, "sheriff"), 4,
         titles=["Sheriff's Office Opens Online Records Portal", "Governor's Budget Leaves Jail Funding Flat",
                 "Deputies' Union Endorses Levy", "Coach\u2019s Son Joins Reserve Unit"])

    # unknown entity names
    h = H("courier")
    items = [
        item(R("Fish &chips; Fundraiser Set for Friday at VFW Hall"), "https://%s/community/fish-fundraiser" % h, None,
             "Proceeds go to the food pantry.", rfc822(3)),
        item(R("Sale at Barnes&Noble Outlet Draws Crowd"), "https://%s/business/outlet-sale" % h, None,
             R("Doors opened at 6&nbspx;a.m."), rfc822(2)),
        item(story(45)[0], "https://%s/community/county-fair" % h, None, summary(45), rfc822(1)),
    ]
    emit("entities-unknown-names.xml", C,
         "References to entities that exist nowhere (&chips; &nbspx;) and a bare '&Noble'",
         CT_RSS, rss(items, "courier"), 3,
         contains=["Fundraiser Set for Friday at VFW Hall", "Noble Outlet Draws Crowd", story(45)[0]],
         notes="Browsers show unknown references literally ('Fish &chips; Fundraiser...').")

    # weather symbols
    h = H("wx")
    items = [
        item(R("Highs Near 95&deg; Friday, Lows Around 71&deg;"), "https://%s/forecast/highs-95" % h, None,
             R("Heat index 105&deg;&plusmn;3&deg;."), rfc822(3)),
        item(R("Snow Totals: 4&frac12; Inches in Millbrook"), "https://%s/forecast/snow-totals" % h, None,
             R("Drifts 2&times; deeper on rural roads &rarr; use caution."), rfc822(2)),
        item(R("Wind Chill &minus;15&deg; Overnight"), "https://%s/forecast/wind-chill" % h, None,
             "Cover exposed skin.", rfc822(1)),
    ]
    emit("entities-weather-symbols.xml", C,
         "Undefined symbol entities in a weather feed (&deg; &frac12; &plusmn; &times; &rarr; &minus;)",
         CT_RSS, rss(items, "wx"), 3,
         titles=["Highs Near 95\u00b0 Friday, Lows Around 71\u00b0", "Snow Totals: 4\u00bd Inches in Millbrook",
                 "Wind Chill \u221215\u00b0 Overnight"],
         contains=["105\u00b0\u00b13\u00b0"])

    # double-escaped ampersand inside URLs
    h = H("ledger")
    items = [
        item(story(4)[0], R("https://%s/article.php?id=2201&amp;amp;page=1" % h), "ledger-2201",
             summary(4), rfc822(4), permalink=False),
        item(story(5)[0], R("https://%s/article.php?id=2202&amp;amp;page=1" % h), "ledger-2202",
             summary(5), rfc822(3), permalink=False),
        item(story(56)[0], R("https://%s/article.php?id=2203&amp;amp;page=1" % h), "ledger-2203",
             summary(56), rfc822(2), permalink=False),
    ]
    emit("entities-double-escaped-url.xml", C,
         "Links whose query separator is double-escaped (&amp;amp;) so one decode leaves '&amp;page=1'",
         CT_RSS, rss(items, "ledger"), 3,
         titles=[story(4)[0], story(5)[0], story(56)[0]],
         notes="Intended links https://%s/article.php?id=2201&page=1 etc.; the id parameter alone identifies each article." % h)

    # entities in category/guid/channel
    h = H("kwxr")
    items = [
        item(story(40)[0], "https://%s/story/arrest-converter-thefts" % h, R("kwxr&#45;2025&#45;0311"),
             summary(40), rfc822(3), permalink=False, cats=[R("Crime &amp; Courts")]),
        item(story(50)[0], "https://%s/story/detainer-supreme-court" % h, R("kwxr&#45;2025&#45;0312"),
             summary(50), rfc822(2), permalink=False,
             cats=[R("Immigration &amp;amp; Border"), R("State&nbsp;News")]),
    ]
    emit("entities-in-category-guid.xml", C,
         "Entities in <category> (including double-escaped and undefined ones) and numeric refs in <guid>",
         CT_RSS, rss(items, "kwxr"), 2, titles=[story(40)[0], story(50)[0]],
         notes="GUIDs decode to kwxr-2025-0311 and kwxr-2025-0312.")

    # undefined entity only in the channel title
    items, titles, links = std_items("kwxr", 26, 3, "https://{host}/story/{slug}")
    emit("entities-channel-title-only.xml", C,
         "Only the channel <title> has an undefined entity (KWXR&nbsp;News&nbsp;7); every item is clean",
         CT_RSS, rss(items, "kwxr", title=R("KWXR&nbsp;News&nbsp;7 &ndash; Weather")), 3,
         titles=titles, links=links)

    # HTML entities in a description that is *not* CDATA and not escaped
    h = H("river")
    items = [
        item(story(41)[0], "https://%s/r/4411" % h, None,
             R("Jury selection began Monday&hellip; Prosecutors say the clerk&rsquo;s scheme ran from 2017&ndash;2023. &laquo;It was systematic,&raquo; one said."),
             rfc822(2)),
        item(story(42)[0], "https://%s/r/4412" % h, None,
             R("Both drivers&mdash;a 19-year-old and a 64-year-old&mdash;were hospitalized."), rfc822(1)),
    ]
    emit("entities-description-punctuation.xml", C,
         "Typographic HTML entities (&hellip; &ndash; &laquo; &raquo; &mdash;) in RSS descriptions",
         CT_RSS_BARE, rss(items, "river"), 2, titles=[story(41)[0], story(42)[0]],
         contains=["2017\u20132023", "Both drivers\u2014a 19-year-old"])


# ==========================================================================
# 2. Ill-formed XML
# ==========================================================================
def gen_illformed():
    C = "illformed"

    def three(okey, first, linkfmt="https://{host}/news/{slug}"):
        return std_items(okey, first, 3, linkfmt)

    # unclosed title
    h = H("city")
    items = [
        item(story(15)[0], "https://%s/news/planning-commission-delays-riverside" % h, None, summary(15), rfc822(3)),
        "  <item>\n    <title>%s\n    <link>https://%s/news/mayor-water-rates</link>\n    <description>%s</description>\n    <pubDate>%s</pubDate>\n  </item>\n"
        % (story(16)[0], h, summary(16), rfc822(2)),
        item(story(17)[0], "https://%s/news/council-member-resigns" % h, None, summary(17), rfc822(1)),
    ]
    emit("illformed-unclosed-title.xml", C, "A <title> element that is never closed in the middle item",
         CT_RSS, rss(items, "city"), 3, titles=[story(15)[0], story(16)[0], story(17)[0]])

    # mismatched closing tags
    h = H("kwxr")
    items = [
        "  <item>\n    <title>%s</titel>\n    <link>https://%s/story/%s</link>\n    <description>%s</descripton>\n    <pubDate>%s</pubDate>\n  </item>\n"
        % (story(22)[0], h, story(22)[1], summary(22), rfc822(3)),
        item(story(23)[0], "https://%s/story/%s" % (h, story(23)[1]), None, summary(23), rfc822(2)),
        "  <item>\n    <title>%s</title>\n    <link>https://%s/story/%s</link>\n    <description>%s</description>\n    <pubDate>%s</pubdate>\n  </item>\n"
        % (story(24)[0], h, story(24)[1], summary(24), rfc822(1)),
    ]
    emit("illformed-mismatched-tags.xml", C, "Misspelled / wrong-case closing tags (</titel>, </descripton>, </pubdate>)",
         CT_RSS, rss(items, "kwxr"), 3, titles=[story(22)[0], story(23)[0], story(24)[0]])

    # unfinished CDATA in last item
    h = H("ledger")
    items = [
        item(story(1)[0], "https://%s/news/2025/03/%s" % (h, story(1)[1]), None, summary(1), rfc822(3)),
        item(story(2)[0], "https://%s/news/2025/03/%s" % (h, story(2)[1]), None, summary(2), rfc822(2)),
        "  <item>\n    <title>%s</title>\n    <link>https://%s/news/2025/03/%s</link>\n    <pubDate>%s</pubDate>\n"
        "    <description><![CDATA[<p>The hearing continues Thursday. Judge Osei said she would rule by Friday.</p>\n    </description>\n  </item>\n"
        % (story(4)[0], h, story(4)[1], rfc822(1)),
    ]
    emit("illformed-unfinished-cdata-last.xml", C, "CDATA section in the last item's description is never closed (no ']]>')",
         CT_RSS, rss(items, "ledger"), 3, titles=[story(1)[0], story(2)[0], story(4)[0]],
         contains=["The hearing continues Thursday."])

    # unfinished CDATA in the middle
    h = H("tribune")
    items = [
        item(story(30)[0], "https://%s/sports/%s" % (h, story(30)[1]), None, summary(30), rfc822(4)),
        "  <item>\n    <title>%s</title>\n    <link>https://%s/sports/%s</link>\n    <pubDate>%s</pubDate>\n"
        "    <description><![CDATA[<p>Rivera, 66, informed players after practice.</p></description>\n  </item>\n"
        % (story(31)[0], h, story(31)[1], rfc822(3)),
        item(story(32)[0], "https://%s/sports/%s" % (h, story(32)[1]), None, summary(32), rfc822(2)),
        item(story(33)[0], "https://%s/sports/%s" % (h, story(33)[1]), None, summary(33), rfc822(1)),
    ]
    emit("illformed-unfinished-cdata-middle.xml", C,
         "CDATA opened in the 2nd of 4 items and never closed, so everything after it is inside the CDATA",
         CT_RSS, rss(items, "tribune"), 4, titles=[story(30)[0], story(31)[0], story(32)[0], story(33)[0]],
         notes="The publisher emitted 4 items; a parser that honours the open CDATA recovers only the first 1-2.")

    # ']]>' inside CDATA
    h = H("avpr")
    items = [
        item("County IT Fixes Permit Portal Bug", "https://%s/news/permit-portal-bug" % h, None,
             "<p>The fix changed one line:</p><pre>if (fees[rows[0]]> 300) { waive(); }</pre><p>Permits resumed Tuesday.</p>",
             rfc822(3), cdata_desc=True),
        item(story(21)[0], "https://%s/news/%s" % (h, story(21)[1]), None, summary(21), rfc822(2)),
    ]
    emit("illformed-cdata-contains-terminator.xml", C,
         "A code sample containing ']]>' inside a CDATA description ends the CDATA early",
         CT_RSS, rss(items, "avpr"), 2, titles=["County IT Fixes Permit Portal Bug", story(21)[0]],
         contains=["Permits resumed Tuesday."])

    # nested CDATA
    h = H("river")
    enc = ("    <content:encoded><![CDATA[<p>Watch the meeting below.</p><![CDATA[<iframe src=\"https://video.%s/embed/991\"></iframe>]]>"
           "<p>Public comment starts at the 42-minute mark.</p>]]></content:encoded>" % h)
    items = [
        item(story(18)[0], "https://%s/r/991" % h, None, "Residents pack parking hearing.", rfc822(2), extra=enc),
        item(story(19)[0], "https://%s/r/992" % h, None, summary(19), rfc822(1)),
    ]
    emit("illformed-nested-cdata.xml", C, "A CDATA section nested inside another CDATA in content:encoded",
         CT_RSS, rss(items, "river", ns=("content",)), 2, titles=[story(18)[0], story(19)[0]],
         contains=["Public comment starts at the 42-minute mark."])

    # unquoted attributes
    h = H("sentinel")
    items = [
        item(story(43)[0], "https://%s/news/%s" % (h, story(43)[1]), R("sentinel-88121"), summary(43), rfc822(3),
             extra="    <enclosure url=https://img.slsentinel.com/2025/03/trailhead.jpg length=48211 type=image/jpeg />"
             ).replace("<guid>", "<guid isPermaLink=false>"),
        item(story(44)[0], "https://%s/news/%s" % (h, story(44)[1]), R("sentinel-88122"), summary(44), rfc822(2)
             ).replace("<guid>", "<guid isPermaLink=false>"),
    ]
    emit("illformed-unquoted-attributes.xml", C, "HTML-style unquoted attribute values (isPermaLink=false, url=https://...)",
         CT_RSS, rss(items, "sentinel"), 2, titles=[story(43)[0], story(44)[0]],
         links=["https://%s/news/%s" % (h, story(43)[1]), "https://%s/news/%s" % (h, story(44)[1])])

    # duplicate attributes
    h = H("courier")
    items = [
        item(story(35)[0], "https://%s/business/%s" % (h, story(35)[1]), None, summary(35), rfc822(3),
             extra='    <guid isPermaLink="false" isPermaLink="false">courier-55810</guid>\n'
                   '    <enclosure url="https://cdn.millbrookcourier.com/p/bakery.jpg" url="https://cdn.millbrookcourier.com/p/bakery-2.jpg" length="0" type="image/jpeg"/>'),
        item(story(36)[0], "https://%s/business/%s" % (h, story(36)[1]), None, summary(36), rfc822(2),
             extra='    <guid isPermaLink="false" isPermaLink="true">courier-55811</guid>'),
    ]
    emit("illformed-duplicate-attributes.xml", C, "The same attribute twice on one element (guid isPermaLink, enclosure url)",
         CT_RSS, rss(items, "courier"), 2, titles=[story(35)[0], story(36)[0]],
         links=["https://%s/business/%s" % (h, story(35)[1]), "https://%s/business/%s" % (h, story(36)[1])])

    # undeclared namespaces
    for pfx, trap, okey, first, extra_fn in [
        ("media", "media:content / media:thumbnail / media:credit used without xmlns:media", "kwxr", 40,
         lambda h, s: '    <media:content url="https://cdn.%s/img/%s.jpg" medium="image" width="1200" height="675">\n'
                      '      <media:credit role="photographer">KWXR staff</media:credit>\n    </media:content>\n'
                      '    <media:thumbnail url="https://cdn.%s/img/%s-thumb.jpg"/>' % (h, s, h, s)),
        ("dc", "dc:creator / dc:date / dc:subject used without xmlns:dc", "herald", 5,
         lambda h, s: "    <dc:creator>Marisol Quintana</dc:creator>\n    <dc:subject>Immigration</dc:subject>"),
        ("content", "content:encoded used without xmlns:content", "ledger", 9,
         lambda h, s: "    <content:encoded><![CDATA[<p>Full story: the audit covers 2023 and 2024 sick-call logs.</p>]]></content:encoded>"),
        ("atom", "atom:link rel=self used without xmlns:atom (channel and items)", "avpr", 26,
         lambda h, s: '    <atom:link rel="related" href="https://%s/topics/%s"/>' % (h, s)),
    ]:
        name, host = outlet(okey)
        items, titles, links = [], [], []
        for k in range(3):
            i = first + k
            t, slug, _ = story(i)
            link = "https://%s/news/%s" % (host, slug)
            items.append(item(t, link, link, summary(i), rfc822(3 - k), extra=extra_fn(host.replace("www.", ""), slug)))
            titles.append(t)
            links.append(link)
        extra = ""
        if pfx == "atom":
            extra = '  <atom:link href="https://%s/feed/" rel="self" type="application/rss+xml"/>\n' % host
        emit("illformed-undeclared-ns-%s.xml" % pfx, C, trap, CT_RSS, rss(items, okey, extra=extra), 3,
             titles=titles, links=links,
             contains=["the audit covers 2023 and 2024"] if pfx == "content" else None)

    # garbage after </rss>
    items, titles, links = three("preps", 28)
    body = rss(items, "preps", tail=("\n<script type=\"text/javascript\">\n  var _stats = _stats || [];\n  _stats.push(['trackPageview']);\n"
                                       "</script>\n<div class=\"debug\">Page generated in 0.041 seconds. 23 queries.</div>\n"
                                       "<!-- Performance optimized by CacheFly Pro -->\n"))
    emit("illformed-garbage-after-root.xml", C, "Analytics <script>, an HTML <div> and a comment printed after </rss>",
         CT_RSS, body, 3, titles=titles, links=links)

    # two root elements (old cached copy + new copy concatenated)
    h = H("ledger")
    first, t1, l1 = std_items("ledger", 0, 3, "https://{host}/news/2025/03/{slug}", datebase=0)
    second, t2, l2 = std_items("ledger", 2, 3, "https://{host}/news/2025/03/{slug}", datebase=0)
    body = rss(first, "ledger") + rss(second, "ledger", decl="")
    emit("illformed-two-root-elements.xml", C,
         "Two complete <rss> documents concatenated; the second repeats one item of the first (same GUID)",
         CT_RSS, body, 5,
         notes="Items: %s; the 3rd item of the first copy and the 1st of the second are the same article." % "; ".join(t1 + t2[1:]))

    # truncated mid-item
    items, titles, links = std_items("tribune", 45, 3, "https://{host}/news/{slug}")
    full = rss(items, "tribune")
    cut = full.index(story(47)[2][:30]) + 25
    emit("illformed-truncated-mid-item.xml", C,
         "Download cut off inside the 3rd item's description text (no closing tags at all)",
         CT_RSS, full[:cut], 3, titles=titles, links=links,
         notes="The 3rd item's title and link arrived before the cut.")

    # truncated mid-tag
    items, titles, links = std_items("kwxr", 22, 3, "https://{host}/story/{slug}")
    full = rss(items, "kwxr")
    cut = full.rindex("<pubDate>") + len("<pubDa")
    emit("illformed-truncated-mid-tag.xml", C, "Download cut off in the middle of a tag name ('<pubDa') in the last item",
         CT_RSS, full[:cut], 3, titles=titles, links=links)

    # truncated mid-entity
    h = H("courier")
    items = [
        item(story(19)[0], "https://%s/local/%s" % (h, story(19)[1]), None, summary(19), rfc822(2)),
        item(story(20)[0], "https://%s/local/%s" % (h, story(20)[1]), None,
             R("The library&rsquo;s board voted 5&ndash;0. Branch managers&rsquo; schedules change next week."), rfc822(1)),
    ]
    full = rss(items, "courier")
    cut = full.index("managers&rsquo;") + len("managers&rsq")
    emit("illformed-truncated-mid-entity.xml", C, "Download cut off in the middle of an entity reference ('&rsq')",
         CT_RSS, full[:cut], 2, titles=[story(19)[0], story(20)[0]],
         links=["https://%s/local/%s" % (h, story(19)[1]), "https://%s/local/%s" % (h, story(20)[1])])

    # raw '<' in text
    h = H("avpr")
    items = [
        item(R("Turnout < 20% in Three Precincts"), "https://%s/news/turnout-low" % h, None,
             R("Precinct 4 turnout was 17%, and if x<y for next year, officials say mail ballots <- the fix."), rfc822(3)),
        item(R("Highs Only Reach 9 < 10 Degrees Forecast"), "https://%s/news/cold-snap" % h, None,
             R("Wind chill <0 by dawn."), rfc822(2)),
        item(story(47)[0], "https://%s/news/%s" % (h, story(47)[1]), None, summary(47), rfc822(1)),
    ]
    emit("illformed-raw-less-than.xml", C, "Raw '<' in titles and descriptions ('Turnout < 20%', 'x<y', '<0', '<-')",
         CT_RSS, rss(items, "avpr"), 3,
         titles=["Turnout < 20% in Three Precincts", "Highs Only Reach 9 < 10 Degrees Forecast", story(47)[0]],
         contains=["Precinct 4 turnout was 17%"])

    # stray </p> in raw HTML description
    h = H("sentinel")
    items = [
        item(story(48)[0], "https://%s/news/%s" % (h, story(48)[1]), None,
             R("Classes are free.</p><p>Registration opens March 15.</p>"), rfc822(2)),
        item(story(49)[0], "https://%s/news/%s" % (h, story(49)[1]), None,
             R("<p>Eastgate grew 14 percent.</p></div></p>"), rfc822(1)),
    ]
    emit("illformed-stray-close-p.xml", C, "Unescaped HTML in descriptions with stray </p> and </div> closers",
         CT_RSS, rss(items, "sentinel"), 2, titles=[story(48)[0], story(49)[0]],
         contains=["Registration opens March 15.", "Eastgate grew 14 percent."])

    # processing instructions in odd places
    h = H("biz")
    items = [
        item(story(37)[0], "https://%s/2025/03/%s" % (h, story(37)[1]), None, summary(37), rfc822(3),
             extra="    <?wp-cache status=\"hit\" age=\"312\"?>"),
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" +
        item(story(38)[0], "https://%s/2025/03/%s" % (h, story(38)[1]), None,
             R("Site plan &lt;?php echo $caption; ?&gt; attached. The store opens in 2026."), rfc822(2)),
        item(story(39)[0], "https://%s/2025/03/%s" % (h, story(39)[1]), None, summary(39), rfc822(1)),
    ]
    body = rss(items, "biz", extra='<?xml-stylesheet type="text/xsl" href="/feed.xsl"?>\n')
    emit("illformed-processing-instructions.xml", C,
         "Processing instructions inside channel/items, including a second <?xml ...?> declaration before an item (template include)",
         CT_RSS, body, 3, titles=[story(37)[0], story(38)[0], story(39)[0]])

    # DOCTYPE with custom and external entities
    h = H("kwxr")
    decl = DECL + ('<!DOCTYPE rss [\n  <!ENTITY station "KWXR News 7">\n  <!ENTITY tip "Send tips to tips@kwxr7news.com">\n'
                   '  <!ENTITY ext SYSTEM "file:///etc/hostname">\n  <!ENTITY % remote SYSTEM "http://dtd.kwxr7news.com/entities.dtd">\n  %remote;\n]>\n')
    items = [
        item(R("&station; Investigates: Jail Phone Contracts"), "https://%s/story/jail-phone-contracts" % h, None,
             R("Families pay up to $1.20 a minute. &tip;."), rfc822(3)),
        item(R("Weather Alert&ext;"), "https://%s/story/weather-alert" % h, None, summary(23), rfc822(2)),
        item(story(52)[0], "https://%s/story/%s" % (h, story(52)[1]), None, summary(52), rfc822(1)),
    ]
    emit("illformed-doctype-entities.xml", C,
         "Internal DTD subset declaring text entities, an external SYSTEM entity (XXE probe) and an external parameter entity",
         CT_RSS, rss(items, "kwxr", decl=decl), 3,
         contains=["KWXR News 7 Investigates: Jail Phone Contracts", "Send tips to tips@kwxr7news.com"],
         notes="&station; and &tip; should expand; the external entities must never be fetched or expanded (second title is 'Weather Alert').")

    # comment with -- inside
    items, titles, links = three("preps", 33)
    body = rss(items, "preps", extra="  <!-- Generated by PressDesk -- v2.3 -- do not edit by hand -->\n  <!--- legacy ---->\n")
    emit("illformed-comment-double-dash.xml", C, "Comments containing '--' and ending in '--->'",
         CT_RSS, body, 3, titles=titles, links=links)

    # whitespace before declaration
    items, titles, links = three("city", 20)
    emit("illformed-whitespace-before-decl.xml", C, "Blank lines and spaces before <?xml ...?> (PHP include with a trailing newline)",
         CT_RSS, "\n\n   " + rss(items, "city"), 3, titles=titles, links=links)

    # chunked-encoding junk around the document
    items, titles, links = three("herald", 53)
    body = rss(items, "herald")
    raw = ("%x\r\n" % len(body.encode("utf-8"))) + body + "\r\n0\r\n\r\n"
    emit("illformed-chunk-size-junk.xml", C,
         "HTTP chunk-size lines leaked into the body (hex length before <?xml, '0' terminator after)",
         CT_RSS, raw, 3, titles=titles, links=links)

    # declaration after a comment
    items, titles, links = three("avpr", 7)
    emit("illformed-decl-not-at-start.xml", C, "A cache comment printed before the XML declaration",
         CT_RSS, "<!-- served from cache 2025-03-12 06:00:01 -->\n" + rss(items, "avpr"), 3, titles=titles, links=links)

    # feed inside an HTML error page
    items, titles, links = three("ledger", 11)
    body = ("<!DOCTYPE html>\n<html><head><title>Notice</title></head>\n<body>\n<h1>Notice</h1>\n"
            "<p><b>Deprecated</b>: Function create_function() is deprecated in /srv/www/plugins/feedtools.php on line 88</p>\n<pre>\n"
            + rss(items, "ledger") + "</pre>\n</body></html>\n")
    emit("illformed-feed-inside-html-error-page.xml", C, "The whole RSS document wrapped inside an HTML debug/error page",
         "text/html; charset=UTF-8", body, 3, titles=titles, links=links)

    # PHP warning before <?xml (WordPress-style)
    h = H("courier")
    items, titles, links = std_items("courier", 13, 3, "https://{host}/{slug}/", guidfmt="https://{host}/?p={id}", permalink=False)
    body = ("<br />\n<b>Warning</b>:  Cannot modify header information - headers already sent by (output started at "
            "/var/www/html/wp-content/plugins/social-share-buttons/loader.php:214) in <b>/var/www/html/wp-includes/feed-rss2.php</b> "
            "on line <b>8</b><br />\n" + rss(items, "courier", ns=("content", "wfw", "dc", "atom", "sy", "slash")))
    emit("illformed-php-warning-before-decl.xml", C, "A PHP warning (HTML) printed before <?xml",
         CT_RSS, body, 3, titles=titles, links=links)

    # missing channel
    items, titles, links = three("wx", 23)
    body = DECL + '<rss version="2.0">\n' + "".join(items) + "</rss>\n"
    emit("illformed-missing-channel.xml", C, "<item>s directly under <rss> with no <channel>",
         CT_RSS, body, 3, titles=titles, links=links)

    # items outside channel
    items, titles, links = three("sentinel", 0)
    body = (DECL + '<rss version="2.0">\n<channel>\n  <title>San Lucerne Daily Sentinel</title>\n  <link>https://www.slsentinel.com/</link>\n'
            "  <description>News</description>\n</channel>\n" + "".join(items) + "</rss>\n")
    emit("illformed-items-outside-channel.xml", C, "RSS 2.0 with the <channel> closed before the items (RSS 1.0 habit)",
         CT_RSS, body, 3, titles=titles, links=links)

    # unclosed items
    h = H("river")
    items = []
    titles = []
    for k, i in enumerate([3, 4, 5]):
        items.append("  <item>\n    <title>%s</title>\n    <link>https://%s/r/%d</link>\n    <description>%s</description>\n"
                     % (story(i)[0], h, 5000 + i, summary(i)))
        titles.append(story(i)[0])
    emit("illformed-unclosed-items.xml", C, "No <item> is ever closed; each new <item> starts inside the previous one",
         CT_RSS, rss(items, "river"), 3, titles=titles,
         links=["https://%s/r/%d" % (h, 5000 + i) for i in [3, 4, 5]])

    # raw void HTML tags in description
    h = H("kwxr")
    items = [
        item(story(57)[0], "https://%s/story/%s" % (h, story(57)[1]), None,
             R("<p>Plows were out by 3 a.m.<br>Photo:<img src=\"/img/plow.jpg\" alt=\"plow\"><hr></p>"), rfc822(2)),
        item(story(58)[0], "https://%s/story/%s" % (h, story(58)[1]), None,
             R("The team leaves Friday.<br><br>Donations welcome."), rfc822(1)),
    ]
    emit("illformed-raw-void-html.xml", C, "Raw, unescaped HTML void tags (<br> <img> <hr>) in descriptions",
         CT_RSS, rss(items, "kwxr"), 2, titles=[story(57)[0], story(58)[0]],
         contains=["Plows were out by 3 a.m.", "Donations welcome."])

    # '<' and quotes inside attributes
    h = H("wx")
    items = [
        item(story(24)[0], "https://%s/forecast/%s" % (h, story(24)[1]), None, summary(24), rfc822(2),
             extra='    <category domain="https://%s/tags?q=temp<100">Heat</category>\n'
                   '    <enclosure url="https://%s/audio/heat.mp3" length="991" type="audio/mpeg" title="Forecaster says "stay inside""/>' % (h, h)),
        item(story(25)[0], "https://%s/forecast/%s" % (h, story(25)[1]), None, summary(25), rfc822(1)),
    ]
    emit("illformed-bad-attribute-values.xml", C, "A raw '<' and unescaped double quotes inside attribute values",
         CT_RSS, rss(items, "wx"), 2, titles=[story(24)[0], story(25)[0]])

    # UPPERCASE element names
    h = H("city")
    items_up = "".join(
        "<ITEM>\n<TITLE>%s</TITLE>\n<LINK>https://%s/news/%s</LINK>\n<DESCRIPTION>%s</DESCRIPTION>\n</ITEM>\n"
        % (esc(story(i)[0]), h, story(i)[1], esc(summary(i))) for i in (14, 15, 16))
    body = (DECL + '<RSS VERSION="2.0">\n<CHANNEL>\n<TITLE>City of Millbrook News</TITLE>\n<LINK>https://%s/</LINK>\n'
            '<DESCRIPTION>News releases</DESCRIPTION>\n%s</CHANNEL>\n</RSS>\n' % (h, items_up))
    emit("illformed-uppercase-elements.xml", C, "Well-formed XML but every element name is UPPERCASE (<ITEM>, <TITLE>) from an old ASP script",
         CT_TEXTXML, body, 3, titles=[story(i)[0] for i in (14, 15, 16)],
         links=["https://%s/news/%s" % (h, story(i)[1]) for i in (14, 15, 16)])

    # mixed-case tags that do not match
    h = H("preps")
    items = "".join(
        "  <Item>\n    <Title>%s</title>\n    <Link>https://%s/%s</link>\n    <pubDate>%s</PubDate>\n  </item>\n"
        % (esc(story(i)[0]), h, story(i)[1], rfc822(40 - i)) for i in (29, 30, 31))
    emit("illformed-mixed-case-tags.xml", C, "Opening and closing tags that differ only in case (<Item>..</item>)",
         CT_RSS, rss([items], "preps"), 3, titles=[story(i)[0] for i in (29, 30, 31)],
         links=["https://%s/%s" % (h, story(i)[1]) for i in (29, 30, 31)])

    # nested item
    h = H("herald")
    inner = item(story(9)[0], "https://%s/2025/%s" % (h, story(9)[1]), None, summary(9), rfc822(2))
    outer = ("  <item>\n    <title>%s</title>\n    <link>https://%s/2025/%s</link>\n    <description>%s</description>\n%s  </item>\n"
             % (story(8)[0], h, story(8)[1], esc(summary(8)), inner))
    items = [outer, item(story(10)[0], "https://%s/2025/%s" % (h, story(10)[1]), None, summary(10), rfc822(1))]
    emit("illformed-nested-item.xml", C, "An <item> nested inside another <item> (template loop bug)",
         CT_RSS, rss(items, "herald"), 3,
         notes="Three articles: %s / %s / %s." % (story(8)[0], story(9)[0], story(10)[0]))

    # unquoted XML declaration
    items, titles, links = three("biz", 34)
    emit("illformed-unquoted-xml-decl.xml", C, "XML declaration with unquoted pseudo-attributes (<?xml version=1.0 encoding=utf-8?>)",
         CT_RSS, rss(items, "biz", decl="<?xml version=1.0 encoding=utf-8?>\n"), 3, titles=titles, links=links)

    # doubled XML declaration
    items, titles, links = three("sheriff", 5)
    emit("illformed-double-xml-decl.xml", C, "The XML declaration printed twice at the top",
         CT_RSS, rss(items, "sheriff", decl=DECL + DECL), 3, titles=titles, links=links)

    # Atom with unclosed <link> tags
    h = H("avpr")
    ents = []
    titles = []
    for k, i in enumerate((12, 13, 14)):
        t, slug, _ = story(i)
        ents.append("  <entry>\n    <title>%s</title>\n    <link rel=\"alternate\" type=\"text/html\" href=\"https://%s/news/%s\">\n"
                    "    <id>tag:avpr.org,2025:%d</id>\n    <updated>%s</updated>\n    <summary>%s</summary>\n  </entry>\n"
                    % (esc(t), h, slug, 700 + i, iso(5 - k), esc(summary(i))))
        titles.append(t)
    emit("illformed-atom-unclosed-link.xml", C, "Atom <link ...> written as an HTML void tag (no '/>' and no </link>)",
         CT_ATOM, atom(ents, "avpr"), 3, titles=titles,
         links=["https://%s/news/%s" % (h, story(i)[1]) for i in (12, 13, 14)])

    # raw script in description
    h = H("river")
    items = [
        item(story(35)[0], "https://%s/r/7001" % h, None,
             R("Hiring starts in April. <script>document.write(\"<a href='/jobs'>Apply</a>\"); if (a < b && c) {}</script> Call 555-0142."),
             rfc822(2)),
        item(story(36)[0], "https://%s/r/7002" % h, None, summary(36), rfc822(1)),
    ]
    emit("illformed-raw-script-in-description.xml", C, "A raw <script> block containing '<' and '&&' inside a non-CDATA description",
         CT_RSS, rss(items, "river"), 2, titles=[story(35)[0], story(36)[0]], contains=["Hiring starts in April."])

    # missing </rss>
    items, titles, links = three("ledger", 50)
    body = rss(items, "ledger")
    body = body[:body.rindex("</rss>")]
    emit("illformed-missing-root-close.xml", C, "Document ends after </channel>; the closing </rss> is missing",
         CT_RSS, body, 3, titles=titles, links=links)

    # custom fields with spaces in element names
    h = H("tribune")
    items = [
        item(story(55)[0], "https://%s/news/%s" % (h, story(55)[1]), None, summary(55), rfc822(2),
             extra="    <Photo Credit>Staff photo</Photo Credit>\n    <2nd-headline>Wing opens late</2nd-headline>"),
        item(story(56)[0], "https://%s/news/%s" % (h, story(56)[1]), None, summary(56), rfc822(1),
             extra="    <Reporter Name>Gil Navarro</Reporter Name>"),
    ]
    emit("illformed-invalid-element-names.xml", C,
         "Custom-field elements with spaces or a leading digit in their names (<Photo Credit>, <2nd-headline>)",
         CT_RSS, rss(items, "tribune"), 2, titles=[story(55)[0], story(56)[0]])

    # junk text between declaration and root
    items, titles, links = three("courier", 44)
    emit("illformed-text-before-root.xml", C, "The word 'Array' (a PHP print_r leak) between the declaration and <rss>",
         CT_RSS, rss(items, "courier", decl=DECL + "Array\n"), 3, titles=titles, links=links)

    # unclosed comment after the items
    items, titles, links = three("sheriff", 40)
    body = rss(items, "sheriff").replace("</channel>", "<!-- TODO remove old items\n</channel>")
    emit("illformed-unclosed-comment.xml", C, "A comment opened after the last item and never closed (swallows </channel></rss>)",
         CT_RSS, body, 3, titles=titles, links=links)

    # attribute without value
    items, titles, links = std_items("biz", 37, 3, "https://{host}/2025/03/{slug}")
    items = [x.replace("<guid>", "<guid isPermaLink>") for x in items]
    emit("illformed-attribute-without-value.xml", C, "Minimised HTML-style attribute with no value (<guid isPermaLink>)",
         CT_RSS, rss(items, "biz"), 3, titles=titles, links=links)

    # unclosed inline element inside title
    h = H("kwxr")
    items = [
        item(R("Storm <b>Closes Schools Across Three Counties"), "https://%s/story/storm-schools" % h, None,
             summary(22), rfc822(2)),
        item(R("Flash Flood Warning <i>Issued</i> for Alder Creek"), "https://%s/story/flood-warning" % h, None,
             summary(23), rfc822(1)),
    ]
    emit("illformed-unclosed-inline-in-title.xml", C, "Raw HTML <b> inside a title that is never closed",
         CT_RSS, rss(items, "kwxr"), 2,
         titles=["Storm Closes Schools Across Three Counties", "Flash Flood Warning Issued for Alder Creek"])

    # unescaped HTML fragment with attributes in title and channel-level garbage
    items, titles, links = three("wx", 57)
    body = rss(items, "wx").replace("<channel>\n", "<channel>\n<b>Notice</b>: Undefined index: category in /var/www/feed.php on line 31<br />\n")
    emit("illformed-php-notice-inside-channel.xml", C, "A PHP notice (HTML markup and text) printed inside <channel>",
         CT_RSS, body, 3, titles=titles, links=links)


# ==========================================================================
# 3. Encodings
# ==========================================================================
# English-language local stories with non-ASCII characters (all cp1252-safe)
INTL = [
    ("Jos\u00e9 Mart\u00ednez Named County Jail Ombudsman", "jose-martinez-ombudsman",
     "Mart\u00ednez, a former public defender, will review detainee complaints."),
    ("Caf\u00e9 Ni\u00f1o Reopens After Fire \u2014 Owners Thank Neighbors", "cafe-nino-reopens",
     "The caf\u00e9 on Front Street was closed for five months."),
    ("Deputies\u2019 \u201cKnow Your Rights\u201d Forum Draws 200", "know-your-rights-forum",
     "Organizers handed out cards in Spanish, English and Portugu\u00eas."),
    ("R\u00e9sum\u00e9 Workshop Helps Laid-Off Plant Workers", "resume-workshop",
     "The workshop costs \u20ac0 \u2014 it is free \u2014 and runs through May\u2026"),
    ("Zo\u00eb Kowalczyk, 17, Wins State Spelling Bee", "spelling-bee-winner",
     "Her winning word was \u201cbouill\u00e9e\u201d, she said."),
    ("Se\u00f1ora Pe\u00f1a\u2019s Tamales Win County Fair Ribbon", "tamales-ribbon",
     "Judges called the entry \u201cextraordinaire\u201d\u2122."),
]


FOREIGN = {
    "ru": ("\u041d\u043e\u0432\u043e\u043b\u0443\u0436\u0441\u043a\u0438\u0439 \u0432\u0435\u0441\u0442\u043d\u0438\u043a",
           "www.novoluzhsk-vestnik.ru", "ru", [
               ("\u0413\u043e\u0440\u043e\u0434\u0441\u043a\u043e\u0439 \u0441\u043e\u0432\u0435\u0442 \u0443\u0442\u0432\u0435\u0440\u0434\u0438\u043b \u0431\u044e\u0434\u0436\u0435\u0442 \u043d\u0430 2025 \u0433\u043e\u0434",
                "\u0414\u0435\u043f\u0443\u0442\u0430\u0442\u044b \u043f\u0440\u043e\u0433\u043e\u043b\u043e\u0441\u043e\u0432\u0430\u043b\u0438 \u0435\u0434\u0438\u043d\u043e\u0433\u043b\u0430\u0441\u043d\u043e \u043f\u043e\u0441\u043b\u0435 \u0442\u0440\u0451\u0445\u0447\u0430\u0441\u043e\u0432\u043e\u0433\u043e \u043e\u0431\u0441\u0443\u0436\u0434\u0435\u043d\u0438\u044f."),
               ("\u041b\u0435\u0434\u044f\u043d\u043e\u0439 \u0434\u043e\u0436\u0434\u044c \u043e\u0441\u0442\u0430\u0432\u0438\u043b \u0431\u0435\u0437 \u0441\u0432\u0435\u0442\u0430 12 \u0442\u044b\u0441\u044f\u0447 \u0434\u043e\u043c\u043e\u0432",
                "\u0410\u0432\u0430\u0440\u0438\u0439\u043d\u044b\u0435 \u0431\u0440\u0438\u0433\u0430\u0434\u044b \u0440\u0430\u0431\u043e\u0442\u0430\u044e\u0442 \u043a\u0440\u0443\u0433\u043b\u043e\u0441\u0443\u0442\u043e\u0447\u043d\u043e."),
               ("\u041c\u0435\u0441\u0442\u043d\u0430\u044f \u0445\u043e\u043a\u043a\u0435\u0439\u043d\u0430\u044f \u043a\u043e\u043c\u0430\u043d\u0434\u0430 \u0432\u044b\u0448\u043b\u0430 \u0432 \u043f\u043e\u043b\u0443\u0444\u0438\u043d\u0430\u043b",
                "\u0420\u0435\u0448\u0430\u044e\u0449\u0438\u0439 \u0433\u043e\u043b \u0437\u0430\u0431\u0438\u0442 \u0432 \u043e\u0432\u0435\u0440\u0442\u0430\u0439\u043c\u0435."),
           ]),
    "uk": ("\u0412\u0456\u0441\u043d\u0438\u043a \u0417\u0435\u043b\u0435\u043d\u043e\u0433\u0456\u0440\u0441\u044c\u043a\u0430",
           "www.zelenohirsk-visnyk.com.ua", "uk", [
               ("\u041c\u0456\u0441\u044c\u043a\u0430 \u0440\u0430\u0434\u0430 \u0443\u0445\u0432\u0430\u043b\u0438\u043b\u0430 \u043d\u043e\u0432\u0438\u0439 \u0431\u044e\u0434\u0436\u0435\u0442",
                "\u0414\u0435\u043f\u0443\u0442\u0430\u0442\u0438 \u043f\u0456\u0434\u0442\u0440\u0438\u043c\u0430\u043b\u0438 \u0434\u043e\u043a\u0443\u043c\u0435\u043d\u0442 \u0431\u0456\u043b\u044c\u0448\u0456\u0441\u0442\u044e \u0433\u043e\u043b\u043e\u0441\u0456\u0432."),
               ("\u0421\u0438\u043b\u044c\u043d\u0438\u0439 \u0432\u0456\u0442\u0435\u0440 \u043f\u043e\u0448\u043a\u043e\u0434\u0438\u0432 \u0434\u0430\u0445\u0438 \u0432 \u0446\u0435\u043d\u0442\u0440\u0456 \u043c\u0456\u0441\u0442\u0430",
                "\u0420\u044f\u0442\u0443\u0432\u0430\u043b\u044c\u043d\u0438\u043a\u0438 \u043e\u0442\u0440\u0438\u043c\u0430\u043b\u0438 \u043f\u043e\u043d\u0430\u0434 \u0441\u043e\u0440\u043e\u043a \u0432\u0438\u043a\u043b\u0438\u043a\u0456\u0432."),
               ("\u0428\u043a\u043e\u043b\u0438 \u0432\u0456\u0434\u043d\u043e\u0432\u043b\u044e\u044e\u0442\u044c \u043d\u0430\u0432\u0447\u0430\u043d\u043d\u044f \u043f\u0456\u0441\u043b\u044f \u043d\u0435\u0433\u043e\u0434\u0438",
                "\u0417\u0430\u043d\u044f\u0442\u0442\u044f \u0440\u043e\u0437\u043f\u043e\u0447\u043d\u0443\u0442\u044c\u0441\u044f \u0443 \u043f\u043e\u043d\u0435\u0434\u0456\u043b\u043e\u043a. \u0404 \u0437\u043c\u0456\u043d\u0438 \u0443 \u0440\u043e\u0437\u043a\u043b\u0430\u0434\u0456, \u0457\u0445 \u043e\u043f\u0443\u0431\u043b\u0456\u043a\u0443\u044e\u0442\u044c \u0437\u0430\u0432\u0442\u0440\u0430."),
           ]),
    "ja-sjis": ("\u5ddd\u6d6a\u65b0\u805e", "www.kawanami-shimbun.jp", "ja", [
        ("\u5e02\u8b70\u4f1a\u304c\u65b0\u5e74\u5ea6\u4e88\u7b97\u6848\u3092\u53ef\u6c7a", "\u8cdb\u6210\u591a\u6570\u3067\u53ef\u6c7a\u3055\u308c\u305f\u3002"),
        ("\u5927\u96e8\u3067\u5e02\u5185\u306e\u5c0f\u4e2d\u5b66\u6821\u304c\u4f11\u6821", "\u6559\u80b2\u59d4\u54e1\u4f1a\u306f\u660e\u65e5\u306e\u6388\u696d\u3092\u4e2d\u6b62\u3059\u308b\u3068\u767a\u8868\u3057\u305f\u3002"),
        ("\u5730\u5143\u9ad8\u6821\u304c\u770c\u5927\u4f1a\u3067\u521d\u512a\u52dd", "\u6c7a\u52dd\u306f\u5ef6\u9577\u6226\u306e\u672b\u306b\u52dd\u5229\u3057\u305f\u3002"),
    ]),
    "ja-euc": ("\u6e2f\u5317\u30bf\u30a4\u30e0\u30ba", "www.kohoku-times.jp", "ja", [
        ("\u770c\u8b66\u304c\u6625\u306e\u4ea4\u901a\u5b89\u5168\u904b\u52d5\u3092\u958b\u59cb", "\u671f\u9593\u306f\u5341\u65e5\u9593\u3002"),
        ("\u99c5\u524d\u306b\u65b0\u3057\u3044\u56f3\u66f8\u9928\u304c\u958b\u9928", "\u8535\u66f8\u306f\u7d04\u5341\u4e07\u518a\u3002"),
        ("\u6e2f\u6e7e\u5730\u533a\u3067\u5927\u898f\u6a21\u306a\u505c\u96fb", "\u5fa9\u65e7\u306e\u898b\u901a\u3057\u306f\u7acb\u3063\u3066\u3044\u306a\u3044\u3002"),
    ]),
    "zh-cn": ("\u6e05\u6cb3\u65e5\u62a5", "www.qinghe-daily.cn", "zh-cn", [
        ("\u5e02\u8bae\u4f1a\u901a\u8fc7\u65b0\u8d22\u5e74\u9884\u7b97", "\u9884\u7b97\u603b\u989d\u6bd4\u53bb\u5e74\u589e\u52a0\u767e\u5206\u4e4b\u4e94\u3002"),
        ("\u66b4\u96e8\u5bfc\u81f4\u591a\u6240\u5b66\u6821\u505c\u8bfe", "\u6559\u80b2\u5c40\u8868\u793a\u5c06\u5c3d\u5feb\u590d\u8bfe\u3002"),
        ("\u672c\u5730\u7403\u961f\u664b\u7ea7\u534a\u51b3\u8d5b", "\u6bd4\u8d5b\u5728\u52a0\u65f6\u8d5b\u4e2d\u51b3\u51fa\u80dc\u8d1f\u3002"),
    ]),
    "zh-gb18030": ("\u6e05\u6cb3\u665a\u62a5", "www.qinghe-evening.cn", "zh-cn", [
        ("\U00020bb7\u91ce\u5bb6\u5206\u5e97\u5728\u5e02\u4e2d\u5fc3\u5f00\u4e1a", "\u5e97\u4e3b\u59d3\u3400\uff0c\u6765\u81ea\u5357\u65b9\u3002"),
        ("\u5e02\u653f\u5e9c\u53d1\u5e03\u65b0\u7248\u4ea4\u901a\u89c4\u5212", "\u89c4\u5212\u9884\u7b97\u7ea6\u4e3a\u4e94\u4ebf\u5143\u3002"),
        ("\u6b27\u5143\u5151\u4eba\u6c11\u5e01\u6c47\u7387\u4e0a\u6da8\u20ac", "\u6c47\u7387\u521b\u4e09\u4e2a\u6708\u65b0\u9ad8\u3002"),
    ]),
    "zh-tw": ("\u5357\u6d77\u6642\u5831", "www.nanhai-times.tw", "zh-tw", [
        ("\u5e02\u8b70\u6703\u901a\u904e\u65b0\u5e74\u5ea6\u9810\u7b97", "\u9810\u7b97\u7e3d\u984d\u8f03\u53bb\u5e74\u589e\u52a0\u3002"),
        ("\u98b1\u98a8\u903c\u8fd1 \u5168\u5e02\u5b78\u6821\u505c\u8ab2", "\u6c23\u8c61\u5c40\u767c\u5e03\u6d77\u4e0a\u8b66\u5831\u3002"),
        ("\u672c\u5730\u7403\u968a\u6649\u7d1a\u6e96\u6c7a\u8cfd", "\u6bd4\u8cfd\u5728\u5ef6\u9577\u8cfd\u4e2d\u6c7a\u52dd\u3002"),
    ]),
    "ko": ("\ud55c\ube5b\uc77c\ubcf4", "www.hanbit-ilbo.kr", "ko", [
        ("\uc2dc\uc758\ud68c, \uc0c8\ud574 \uc608\uc0b0\uc548 \ud1b5\uacfc", "\ucc2c\uc131 \ub2e4\uc218\ub85c \uac00\uacb0\ub410\ub2e4."),
        ("\ud3ed\uc6b0\ub85c \uc2dc\ub0b4 \ud559\uad50 \ud734\uad50", "\uad50\uc721\uccad\uc740 \ub0b4\uc77c \uc218\uc5c5\uc744 \uc911\ub2e8\ud55c\ub2e4\uace0 \ubc1d\ud614\ub2e4."),
        ("\uc9c0\uc5ed \uace0\uad50 \uc57c\uad6c\ubd80 \uacb0\uc2b9 \uc9c4\ucd9c", "\uc5f0\uc7a5 \uc811\uc804 \ub05d\uc5d0 \uc2b9\ub9ac\ud588\ub2e4."),
    ]),
    "pl": ("Gazeta Zalewska", "www.gazetazalewska.pl", "pl", [
        ("Rada miasta zatwierdzi\u0142a bud\u017cet na 2025 rok", "Radni g\u0142osowali jednog\u0142o\u015bnie."),
        ("\u015anie\u017cyca sparali\u017cowa\u0142a ruch na drodze krajowej", "S\u0142u\u017cby drogowe pracuj\u0105 ca\u0142\u0105 noc."),
        ("Lokalna dru\u017cyna awansowa\u0142a do p\u00f3\u0142fina\u0142u", "Decyduj\u0105cego gola strzelono w dogrywce."),
    ]),
    "fr": ("Le Courrier de Valmont", "www.courrier-valmont.fr", "fr", [
        ("Le conseil vote un budget de 5 M\u20ac", "Le budget pr\u00e9voit 1,2 M\u20ac pour les \u00e9coles."),
        ("\u0152uvres d'art vol\u00e9es au mus\u00e9e municipal", "Les enqu\u00eateurs ont retrouv\u00e9 une partie des \u0153uvres."),
        ("F\u00eate du c\u0153ur : le programme du week-end", "Concert gratuit samedi soir place de la Mairie."),
    ]),
    "es": ("Border Plains Herald en Espa\u00f1ol", "espanol.borderplainsherald.com", "es", [
        ("El alguacil pone fin al acuerdo 287(g) con ICE", "La decisi\u00f3n entra en vigor a fin de mes."),
        ("Familias esperan noticias tras los arrestos del fin de semana", "Los familiares no han recibido informaci\u00f3n."),
        ("\u00bfQu\u00e9 significa la nueva pol\u00edtica de detenci\u00f3n?", "Respondemos las preguntas m\u00e1s comunes de los lectores."),
    ]),
}


def foreign(key, decl_enc, extra_decl=None):
    name, host, lang, rows = FOREIGN[key]
    items, titles, links = [], [], []
    for k, (t, d) in enumerate(rows):
        link = "https://%s/news/%d.html" % (host, 3001 + k)
        items.append(item(t, link, link, d, rfc822(5 - k)))
        titles.append(t)
        links.append(link)
    decl = '<?xml version="1.0" encoding="%s"?>\n' % decl_enc if extra_decl is None else extra_decl
    body = rss(items, "ledger", title=name, link="https://%s/" % host, desc=name, lang=lang, decl=decl)
    return body, titles, links


def intl(okey="tribune", decl_enc="UTF-8", decl=None, idx=range(6)):
    name, host = outlet(okey)
    items, titles, links = [], [], []
    for k in idx:
        t, slug, d = INTL[k]
        link = "https://%s/news/%s" % (host, slug)
        items.append(item(t, link, link, d, rfc822(10 - k)))
        titles.append(t)
        links.append(link)
    if decl is None:
        decl = '<?xml version="1.0" encoding="%s"?>\n' % decl_enc if decl_enc else ""
    return rss(items, okey, decl=decl), titles, links


def gen_encoding():
    C = "encoding"
    BOM8 = codecs.BOM_UTF8

    body, titles, links = intl("tribune", "UTF-8")
    emit("encoding-utf8-no-bom.xml", C, "Plain UTF-8 with accented letters, curly quotes, em dash and euro sign (baseline)",
         CT_RSS, body.encode("utf-8"), 6, titles=titles, links=links)

    body, titles, links = intl("sentinel", "UTF-8")
    emit("encoding-utf8-bom.xml", C, "UTF-8 with a byte-order mark before the XML declaration",
         CT_RSS, BOM8 + body.encode("utf-8"), 6, titles=titles, links=links)

    body, titles, links = intl("courier", None, idx=range(3))
    emit("encoding-utf8-bom-no-decl.xml", C, "UTF-8 BOM and no XML declaration at all",
         None, BOM8 + body.encode("utf-8"), 3, titles=titles, links=links,
         notes="Served with no Content-Type header at all (e.g. fetched over FTP or from a static mirror).")

    body, titles, links = intl("avpr", "UTF-16", idx=range(4))
    emit("encoding-utf16le-bom.xml", C, "UTF-16 little-endian with BOM, declaration says UTF-16",
         CT_XML, codecs.BOM_UTF16_LE + body.encode("utf-16-le"), 4, titles=titles, links=links)

    body, titles, links = intl("avpr", "UTF-16", idx=range(2, 6))
    emit("encoding-utf16be-bom.xml", C, "UTF-16 big-endian with BOM, declaration says UTF-16",
         CT_XML, codecs.BOM_UTF16_BE + body.encode("utf-16-be"), 4, titles=titles, links=links)

    body, titles, links = intl("kwxr", "UTF-16", idx=range(3))
    emit("encoding-utf16le-nobom-decl.xml", C, "UTF-16LE without a BOM; only the declaration (encoding=\"UTF-16\") tells",
         CT_RSS_BARE, body.encode("utf-16-le"), 3, titles=titles, links=links)

    body, titles, links = intl("kwxr", "UTF-16BE", idx=range(3, 6))
    emit("encoding-utf16be-nobom-decl.xml", C, "UTF-16BE without a BOM, declaration says UTF-16BE",
         CT_RSS_BARE, body.encode("utf-16-be"), 3, titles=titles, links=links)

    body, titles, links = intl("herald", "UTF-32", idx=range(3))
    emit("encoding-utf32le-bom.xml", C, "UTF-32 little-endian with BOM",
         CT_XML, codecs.BOM_UTF32_LE + body.encode("utf-32-le"), 3, titles=titles, links=links)

    body, titles, links = intl("herald", "UTF-32", idx=range(3, 6))
    emit("encoding-utf32be-bom.xml", C, "UTF-32 big-endian with BOM",
         CT_XML, codecs.BOM_UTF32_BE + body.encode("utf-32-be"), 3, titles=titles, links=links)

    body, titles, links = intl("biz", "UTF-32LE", idx=range(3))
    emit("encoding-utf32le-nobom.xml", C, "UTF-32LE without BOM (declaration says UTF-32LE)",
         CT_XML, body.encode("utf-32-le"), 3, titles=titles, links=links)

    body, titles, links = intl("biz", "UTF-32BE", idx=range(3, 6))
    emit("encoding-utf32be-nobom.xml", C, "UTF-32BE without BOM (declaration says UTF-32BE)",
         CT_XML, body.encode("utf-32-be"), 3, titles=titles, links=links)

    body, titles, links = intl("ledger", "ISO-8859-1")
    emit("encoding-declared-latin1-sent-utf8.xml", C, "Declared ISO-8859-1 (declaration and HTTP charset) but the bytes are UTF-8",
         "application/rss+xml; charset=ISO-8859-1", body.encode("utf-8"), 6, titles=titles, links=links,
         notes="Decoding as Latin-1 gives mojibake like 'Jos\u00c3\u00a9'; the intended text is UTF-8.")

    body, titles, links = intl("ledger", "UTF-8")
    emit("encoding-declared-utf8-sent-cp1252.xml", C,
         "Declared UTF-8 (declaration and HTTP) but sent as windows-1252 (0x93/0x94 quotes, 0x96/0x97 dashes, 0x80 euro)",
         CT_RSS, body.encode("cp1252"), 6, titles=titles, links=links)

    body, titles, links = intl("sentinel", "ISO-8859-1")
    emit("encoding-cp1252-labelled-latin1.xml", C,
         "Labelled ISO-8859-1 but contains windows-1252 bytes 0x80-0x9F (euro, smart quotes, dashes, trademark)",
         "application/rss+xml; charset=ISO-8859-1", body.encode("cp1252"), 6, titles=titles, links=links,
         notes="Browsers treat the iso-8859-1 label as windows-1252, so readers show smart quotes, not C1 controls.")

    body, titles, links = intl("courier", "UTF-8", idx=range(3))
    raw = BOM8 + body.encode("utf-8").replace("Reopens After Fire".encode(), b"Reopens \xff\xfe After Fire", 1)
    emit("encoding-bom-then-invalid-bytes.xml", C, "UTF-8 BOM followed by a document containing invalid bytes 0xFF 0xFE in a title",
         CT_RSS, raw, 3, contains=["Jos\u00e9 Mart\u00ednez Named County Jail Ombudsman", "After Fire"],
         notes="Second title is 'Caf\u00e9 Ni\u00f1o Reopens After Fire \u2014 Owners Thank Neighbors' plus two garbage bytes.")

    body, titles, links = intl("kwxr", "UTF-16", idx=range(2, 5))
    emit("encoding-utf8-bom-decl-utf16.xml", C, "UTF-8 BOM and UTF-8 bytes, but the declaration claims UTF-16",
         CT_XML, BOM8 + body.encode("utf-8"), 3, titles=titles, links=links)

    h = H("tribune")
    items = [
        item("Caf\u00e9 Owner Fights Eviction", "https://%s/news/cafe-owner-eviction" % h, None, "Hearing set for May.", rfc822(3)),
        item("Pe\u00f1a Family Opens Bakery on Elm", "https://%s/news/pena-bakery" % h, None, "The bakery opens at 6 a.m.", rfc822(2)),
        item("Se\u00f1or Ruiz \u201cThrilled\u201d by Award", "https://%s/news/ruiz-award" % h, None, "Ruiz taught for 31 years.", rfc822(1)),
    ]
    raw = rss(items, "tribune").encode("utf-8")
    raw = raw.replace("Caf\u00e9 Owner".encode(), b"Caf\xc3 Owner", 1)           # truncated 2-byte sequence
    raw = raw.replace("Pe\u00f1a Family".encode(), b"Pe\xf1a Family", 1)          # Latin-1 byte in UTF-8
    raw = raw.replace("\u201cThrilled".encode(), b"\xe2\x80Thrilled", 1)          # truncated 3-byte sequence
    emit("encoding-invalid-utf8-mid-title.xml", C, "Invalid UTF-8 sequences in the middle of titles (truncated multibyte, stray Latin-1 byte)",
         CT_RSS, raw, 3, contains=["Owner Fights Eviction", "Family Opens Bakery on Elm", "Thrilled\u201d by Award"],
         notes="Intended titles: Caf\u00e9 Owner Fights Eviction / Pe\u00f1a Family Opens Bakery on Elm / Se\u00f1or Ruiz \u201cThrilled\u201d by Award.")

    h = H("avpr")
    items = [
        item("Bus Routes 7/11 Merge in April", "https://%s/news/routes-merge" % h, None, "Riders on the 7/11 corridor should check new times.", rfc822(3)),
        item("Library Adds A to Z Language Kits", "https://%s/news/language-kits" % h, None, "Kits include audio and books.", rfc822(2)),
        item(story(27)[0], "https://%s/news/%s" % (h, story(27)[1]), None, summary(27), rfc822(1)),
    ]
    raw = rss(items, "avpr").encode("utf-8")
    raw = raw.replace(b"Routes 7/11", b"Routes 7\xc0\xaf11", 1)
    raw = raw.replace(b"the 7/11 corridor", b"the 7\xe0\x80\xaf11 corridor", 1)
    raw = raw.replace(b"A to Z", b"\xc1\x81 to Z", 1)
    emit("encoding-overlong-utf8.xml", C, "Overlong UTF-8 encodings (C0 AF and E0 80 AF for '/', C1 81 for 'A')",
         CT_RSS, raw, 3, contains=["Merge in April", "to Z Language Kits"],
         notes="Overlong forms are invalid UTF-8 and must not be decoded to '/' or 'A' (security); titles omitted.")

    h = H("river")
    items = [
        item("\U0001F4F0 Morning Briefing: Jail Audit, Flood Watch", "https://%s/briefing/0311" % h, None,
             "Your news in five minutes \U0001F4FB.", rfc822(2)),
        item(story(53)[0], "https://%s/r/8801" % h, None, summary(53), rfc822(1)),
    ]
    raw = rss(items, "river").encode("utf-8", "surrogatepass")
    raw = raw.replace("\U0001F4F0".encode("utf-8"), "\ud83d\udcf0".encode("utf-8", "surrogatepass"))
    raw = raw.replace("\U0001F4FB".encode("utf-8"), "\ud83d\udcfb".encode("utf-8", "surrogatepass"))
    emit("encoding-cesu8-surrogates.xml", C, "Emoji written as CESU-8 (each UTF-16 surrogate encoded separately as 3 bytes, ED A0 BD ED B3 B0)",
         CT_RSS, raw, 2, contains=["Morning Briefing: Jail Audit, Flood Watch"],
         notes="Intended first title: '\U0001F4F0 Morning Briefing: Jail Audit, Flood Watch'. Surrogate bytes are invalid UTF-8.")

    h = H("sheriff")
    items = [
        item("Jail Audit\x00 Finds Missing Intake Forms", "https://%s/news/jail-audit" % h, None,
             "Auditors could not find\x00 212 forms.", rfc822(3)),
        item(story(5)[0], "https://%s/news/%s" % (h, story(5)[1]), None, summary(5), rfc822(2)),
        item(story(55)[0], "https://%s/news/%s" % (h, story(55)[1]), None, summary(55), rfc822(1)),
    ]
    raw = rss(items, "sheriff").encode("utf-8")
    raw = raw.replace(b"  </item>\n  <item>", b"  </item>\n\x00\x00\x00  <item>", 1) + b"\x00" * 512
    emit("encoding-nul-bytes.xml", C, "NUL bytes inside a title and description, between items, and 512 NULs padding the end of the file",
         CT_RSS, raw, 3, titles=["Jail Audit Finds Missing Intake Forms", story(5)[0], story(55)[0]],
         contains=["Auditors could not find"])

    h = H("herald")
    items = [
        item("Council Meets\x0b Tonight on Detention Contract", "https://%s/2025/03/council-tonight" % h, None,
             "Copied from the agenda:\x0c item 4B\x1b, public comment\x08 limited to 3 minutes.", rfc822(3)),
        item("\x01Deputies Rescue Hiker\x1f in State Forest", "https://%s/2025/03/hiker-rescued" % h, None,
             "The hiker was found\x07 near Bear Hollow.", rfc822(2)),
        item(story(7)[0], "https://%s/2025/03/%s" % (h, story(7)[1]), None, summary(7), rfc822(1)),
    ]
    emit("encoding-control-characters.xml", C, "C0 control characters (VT, FF, ESC, BS, SOH, US, BEL) pasted into titles and descriptions",
         CT_RSS, rss(items, "herald").encode("utf-8"), 3,
         titles=["Council Meets Tonight on Detention Contract", "Deputies Rescue Hiker in State Forest", story(7)[0]],
         contains=["public comment", "near Bear Hollow"],
         notes="Control characters are invisible junk; titles given without them.")

    for key, enc, fname, ct, trap in [
        ("ru", "KOI8-R", "encoding-koi8-r.xml", "application/rss+xml; charset=KOI8-R", "Russian feed in KOI8-R, declared correctly"),
        ("ja-sjis", "Shift_JIS", "encoding-shift-jis.xml", "application/rss+xml; charset=Shift_JIS", "Japanese feed in Shift_JIS, declared correctly"),
        ("ja-euc", "EUC-JP", "encoding-euc-jp.xml", "application/rss+xml; charset=EUC-JP", "Japanese feed in EUC-JP, declared correctly"),
        ("zh-cn", "GB2312", "encoding-gb2312.xml", "application/rss+xml; charset=GB2312", "Simplified Chinese feed in GB2312, declared correctly"),
        ("zh-gb18030", "GB18030", "encoding-gb18030.xml", "application/rss+xml; charset=GB18030",
         "Chinese feed in GB18030 with characters outside GB2312 (U+20BB7 four-byte, U+3400, euro sign)"),
        ("zh-tw", "Big5", "encoding-big5.xml", "application/rss+xml; charset=Big5", "Traditional Chinese feed in Big5, declared correctly"),
        ("ko", "EUC-KR", "encoding-euc-kr.xml", "application/rss+xml; charset=EUC-KR", "Korean feed in EUC-KR, declared correctly"),
        ("pl", "ISO-8859-2", "encoding-iso-8859-2.xml", "application/rss+xml; charset=ISO-8859-2", "Polish feed in ISO-8859-2, declared correctly"),
        ("fr", "ISO-8859-15", "encoding-iso-8859-15.xml", "application/rss+xml; charset=ISO-8859-15", "French feed in ISO-8859-15 (euro at 0xA4, oe ligature at 0xBD)"),
        ("uk", "windows-1251", "encoding-windows-1251.xml", "application/rss+xml; charset=windows-1251", "Ukrainian feed in windows-1251, declared correctly"),
        ("es", "ISO-8859-1", "encoding-iso-8859-1.xml", "application/rss+xml; charset=ISO-8859-1", "Spanish feed in ISO-8859-1, declared correctly"),
    ]:
        body, titles, links = foreign(key, enc)
        pyenc = {"GB2312": "gb2312", "GB18030": "gb18030"}.get(enc, enc)
        emit(fname, C, trap, ct, body.encode(pyenc), 3, titles=titles, links=links)

    # correct windows-1252 declaration
    body, titles, links = intl("preps", "windows-1252")
    emit("encoding-windows-1252-declared.xml", C, "windows-1252 declared correctly in declaration and HTTP header",
         "application/rss+xml; charset=windows-1252", body.encode("cp1252"), 6, titles=titles, links=links)

    # unknown encoding names
    body, titles, links = intl("courier", "x-mac-roman-latin", idx=(0, 1, 4))
    emit("encoding-unknown-name-x-mac-roman-latin.xml", C,
         "Declaration names an encoding Python does not know ('x-mac-roman-latin'); the bytes are really Mac Roman",
         CT_RSS_BARE, body.encode("mac_roman"), 3, titles=titles, links=links,
         notes="True encoding is Mac OS Roman (\u00e9 = 0x8E, \u2014 = 0xD1, \u00eb = 0x91).")

    h = H("river")
    items = [
        item("\U0001F327\ufe0f Flood Watch for Alder Creek", "https://%s/r/9001" % h, None,
             "Rain totals of 2\u20133 inches \U0001F4A7 expected.", rfc822(3)),
        item("Jos\u00e9 Mart\u00ednez Named Jail Ombudsman", "https://%s/r/9002" % h, None, INTL[0][2], rfc822(2)),
        item("Fans Celebrate \U0001F3C6 Title Win", "https://%s/r/9003" % h, None, "The parade starts at noon.", rfc822(1)),
    ]
    emit("encoding-unknown-name-utf8mb4.xml", C, "MySQL's 'utf8mb4' used as the XML encoding name (unknown to Python); bytes are UTF-8 with emoji",
         CT_RSS_BARE, rss(items, "river", decl='<?xml version="1.0" encoding="utf8mb4"?>\n').encode("utf-8"), 3,
         titles=["\U0001F327\ufe0f Flood Watch for Alder Creek", "Jos\u00e9 Mart\u00ednez Named Jail Ombudsman", "Fans Celebrate \U0001F3C6 Title Win"])

    # mislabelled
    body, titles, links = foreign("pl", "ISO-8859-1")
    emit("encoding-mislabelled-latin1-is-latin2.xml", C,
         "Declared ISO-8859-1 (decl and HTTP) but the text is really ISO-8859-2 Polish; decodes without error to wrong letters",
         "application/rss+xml; charset=ISO-8859-1", body.encode("iso-8859-2"), 3, titles=titles, links=links)

    body, titles, links = foreign("ja-sjis", "EUC-JP")
    emit("encoding-mislabelled-eucjp-is-sjis.xml", C, "Declared EUC-JP but the bytes are Shift_JIS",
         "application/rss+xml; charset=EUC-JP", body.encode("shift_jis"), 3, titles=titles, links=links)

    name, host, lang, rows = FOREIGN["ja-sjis"]
    extra_rows = [("\u65b0\u5e81\u820e\u306e\u8a2d\u8a08\u6848\u3092\u516c\u8868\u2460", "\u8aac\u660e\u4f1a\u306f\u2461\u56de\u958b\u304b\u308c\u308b\u3002"),
                  ("\u5e02\u9577\u9078\u6319\u306e\u65e5\u7a0b\u6c7a\u307e\u308b\u2161", "\u544a\u793a\u306f\u56db\u6708\u3002")]
    items, titles, links = [], [], []
    for k, (t, d) in enumerate(extra_rows + rows[:1]):
        link = "https://%s/news/%d.html" % (host, 4001 + k)
        items.append(item(t, link, link, d, rfc822(5 - k)))
        titles.append(t)
        links.append(link)
    body = rss(items, "ledger", title=name, link="https://%s/" % host, desc=name, lang=lang,
               decl='<?xml version="1.0" encoding="Shift_JIS"?>\n')
    emit("encoding-shift-jis-with-cp932-chars.xml", C,
         "Declared Shift_JIS but uses Microsoft cp932 extensions (circled digits, Roman numerals) that strict Shift_JIS cannot decode",
         "application/rss+xml; charset=Shift_JIS", body.encode("cp932"), 3, titles=titles, links=links)

    # mixed encodings
    h = H("tribune")
    parts = [
        item(INTL[0][0], "https://%s/news/%s" % (h, INTL[0][1]), None, INTL[0][2], rfc822(3)).encode("utf-8"),
        item(INTL[2][0], "https://%s/news/%s" % (h, INTL[2][1]), None, INTL[2][2], rfc822(2)).encode("cp1252"),
        item(INTL[5][0], "https://%s/news/%s" % (h, INTL[5][1]), None, INTL[5][2], rfc822(1)).encode("utf-8"),
    ]
    head, tail = rss(["@@ITEMS@@"], "tribune").encode("utf-8").split(b"@@ITEMS@@")
    emit("encoding-mixed-utf8-cp1252.xml", C, "Items in two encodings: 1st and 3rd UTF-8, 2nd pasted in as windows-1252",
         CT_RSS, head + b"".join(parts) + tail, 3, titles=[INTL[0][0], INTL[2][0], INTL[5][0]],
         links=["https://%s/news/%s" % (h, INTL[i][1]) for i in (0, 2, 5)])

    # HTTP charset games
    body, titles, links = intl("city", "UTF-8", idx=range(4))
    emit("encoding-http-unknown-charset.xml", C,
         "HTTP Content-Type names a charset Python does not know ('unicode-1-1-utf-8', a WHATWG alias); body is UTF-8",
         "application/rss+xml; charset=unicode-1-1-utf-8", body.encode("utf-8"), 4, titles=titles, links=links)

    body, titles, links = intl("wx", "ISO-8859-1", idx=range(4))
    emit("encoding-http-charset-overrides-decl.xml", C,
         "HTTP says charset=utf-8 (true); the XML declaration wrongly says ISO-8859-1",
         CT_RSS, body.encode("utf-8"), 4, titles=titles, links=links)

    body, titles, links = intl("biz", "UTF-8", idx=range(4))
    emit("encoding-http-charset-wrong.xml", C,
         "Server default 'text/xml; charset=ISO-8859-1' contradicts the (true) UTF-8 declaration",
         "text/xml; charset=ISO-8859-1", body.encode("utf-8"), 4, titles=titles, links=links,
         notes="By RFC 3023 the header wins and the result is mojibake; the true encoding is UTF-8.")

    body, titles, links = intl("preps", "UTF-8", idx=range(2, 6))
    emit("encoding-text-xml-no-charset.xml", C, "text/xml with no charset (RFC 3023 says us-ascii) on a UTF-8 document with non-ASCII text",
         CT_TEXTXML_BARE, body.encode("utf-8"), 4, titles=titles, links=links)

    body, titles, links = intl("herald", "UTF-8", idx=range(3))
    raw = body.encode("utf-8").decode("latin-1").encode("utf-8")
    emit("encoding-double-encoded-utf8.xml", C, "Double-encoded UTF-8 (UTF-8 bytes decoded as Latin-1 and re-encoded), mojibake baked into the bytes",
         CT_RSS, raw, 3, contains=["Named County Jail Ombudsman", "Reopens After Fire"],
         notes="The file literally contains 'Jos\u00c3\u00a9'; intended 'Jos\u00e9'. Titles omitted: a reader can only show the mojibake or repair it heuristically.")

    body, titles, links = intl("sentinel", "UTF-8", idx=range(3))
    emit("encoding-utf16le-bom-decl-utf8.xml", C, "UTF-16LE bytes with BOM, but the declaration says UTF-8",
         CT_XML, codecs.BOM_UTF16_LE + body.encode("utf-16-le"), 3, titles=titles, links=links)

    body, titles, links = foreign("es", None, extra_decl="")
    emit("encoding-latin1-no-decl.xml", C, "ISO-8859-1 bytes, no XML declaration and no charset (XML default UTF-8 is wrong)",
         CT_RSS_BARE, body.encode("iso-8859-1"), 3, titles=titles, links=links)

    body, titles, links = intl("kwxr", "UTF-8", idx=(1, 3, 4))
    emit("encoding-utf8-double-bom.xml", C, "Two UTF-8 BOMs at the start (template and include both saved with BOM)",
         CT_RSS, BOM8 + BOM8 + body.encode("utf-8"), 3, titles=titles, links=links)

    h = H("courier")
    items = [
        item("\ufeffLibrary Extends Weekend Hours", "https://%s/local/library-hours" % h, None, "Starting in April.", rfc822(3)),
        item("School Board\ufeff Names Interim Superintendent", "https://%s/local/interim-super" % h, None, "Through June.", rfc822(2)),
        item(story(21)[0], "https://%s/local/%s" % (h, story(21)[1]), None, summary(21), rfc822(1)),
    ]
    body = rss(items, "courier").replace("  <item>", "\ufeff  <item>", 1)
    emit("encoding-bom-in-middle.xml", C, "U+FEFF (a BOM from an included file) inside titles and between elements",
         CT_RSS, body.encode("utf-8"), 3,
         titles=["Library Extends Weekend Hours", "School Board Names Interim Superintendent", story(21)[0]],
         notes="U+FEFF mid-text is an invisible zero-width no-break space; titles given without it.")

    h = H("ledger")
    items = [
        item("\u0093No Comment\u0092 From Sheriff on Audit", "https://%s/news/no-comment" % h, None,
             "The audit runs 40 pages \u0096 the longest yet.", rfc822(2)),
        item(story(3)[0], "https://%s/news/%s" % (h, story(3)[1]), None, summary(3), rfc822(1)),
    ]
    emit("encoding-c1-controls-as-utf8.xml", C,
         "windows-1252 quote bytes converted as if Latin-1, leaving C1 controls U+0093/U+0092/U+0096 validly encoded in UTF-8",
         CT_RSS, rss(items, "ledger").encode("utf-8"), 2, contains=["From Sheriff on Audit", "the longest yet"],
         notes="Intended: \u201cNo Comment\u2019 From Sheriff on Audit; The audit runs 40 pages \u2013 the longest yet.")

    body, titles, links = intl("avpr", "UTF-16", idx=range(3))
    raw = codecs.BOM_UTF16_LE + body.encode("utf-16-le")
    emit("encoding-utf16-odd-length.xml", C, "UTF-16LE with BOM whose last byte is missing (odd byte count)",
         CT_XML, raw[:-1], 3, titles=titles, links=links)

    body, titles, links = intl("tribune", "ISO-10646-UCS-2", idx=range(3))
    emit("encoding-ucs2-name.xml", C, "Declaration says ISO-10646-UCS-2; bytes are UTF-16BE with BOM",
         CT_XML, codecs.BOM_UTF16_BE + body.encode("utf-16-be"), 3, titles=titles, links=links)

    body, titles, links = intl("city", "US-ASCII", idx=range(3))
    emit("encoding-us-ascii-decl-utf8-bytes.xml", C, "Declared US-ASCII but contains UTF-8 multibyte characters",
         "application/rss+xml; charset=us-ascii", body.encode("utf-8"), 3, titles=titles, links=links)

    h = H("tribune")
    body = rss([], "tribune", decl='<?xml version="1.0" encoding="US-ASCII"?>\n')
    body = body.replace("</channel>", "".join(
        item(R("".join(c if ord(c) < 128 else "&#x%X;" % ord(c) for c in t)), "https://%s/news/%s" % (h, s), None,
             R("".join(c if ord(c) < 128 else "&#%d;" % ord(c) for c in d)), rfc822(5 - k))
        for k, (t, s, d) in enumerate(INTL[:3])) + "</channel>")
    emit("encoding-ascii-with-char-refs.xml", C, "Pure US-ASCII document that writes every non-ASCII character as a numeric reference (decimal and hex)",
         "application/rss+xml; charset=us-ascii", body.encode("ascii"), 3, titles=[t for t, s, d in INTL[:3]],
         links=["https://%s/news/%s" % (h, s) for t, s, d in INTL[:3]])


# ==========================================================================
# 4. Text vs HTML
# ==========================================================================
def gen_texthtml():
    C = "text-html"
    h = H("avpr")

    ents = [
        entry(R("Tech Column: Why vector&lt;int&gt; Beats Arrays"), "https://%s/tech/vector-int" % h,
              "tag:avpr.org,2025:t1", R("Our columnist compares std::vector&lt;int&gt; with raw arrays."), iso(3), title_type="text", summary_type="text"),
        entry(story(20)[0], "https://%s/news/%s" % (h, story(20)[1]), "tag:avpr.org,2025:t2", summary(20), iso(2), title_type="text"),
    ]
    emit("texthtml-atom-text-angle-brackets.xml", C, "Atom type=\"text\" title whose text is literally 'vector<int>'",
         CT_ATOM, atom(ents, "avpr"), 2, titles=["Tech Column: Why vector<int> Beats Arrays", story(20)[0]],
         contains=["std::vector<int> with raw arrays"])

    ents = [
        entry(R("County Website Brings Back the &lt;blink&gt; Tag"), "https://%s/tech/blink-tag" % h,
              "tag:avpr.org,2025:t3", R("Visitors noticed the &lt;blink&gt; and &lt;marquee&gt; elements on the tax page."), iso(3),
              title_type="text", summary_type="text"),
        entry(story(26)[0], "https://%s/news/%s" % (h, story(26)[1]), "tag:avpr.org,2025:t4", summary(26), iso(2)),
    ]
    emit("texthtml-atom-text-blink.xml", C, "Atom type=\"text\" title and summary that mention <blink> and <marquee> as text",
         CT_ATOM, atom(ents, "avpr"), 2, titles=["County Website Brings Back the <blink> Tag", story(26)[0]],
         contains=["the <blink> and <marquee> elements"])

    h = H("sentinel")
    ents = [
        entry(R("Turnout: Precinct 4 &lt; Precinct 9, Again"), "https://%s/elections/turnout" % h,
              "tag:slsentinel.com,2025:t5", R("If a &lt; b and b &lt; c then a &lt; c; x &amp; y both fell."), iso(3),
              title_type="text", summary_type="text"),
        entry(R("Smith &amp; Jones Win Seats"), "https://%s/elections/smith-jones" % h,
              "tag:slsentinel.com,2025:t6", "Both are first-time candidates.", iso(2)),
    ]
    emit("texthtml-atom-text-lt-amp.xml", C, "Atom text constructs containing 'a < b' and 'x & y' (escaped once, as required)",
         CT_ATOM, atom(ents, "sentinel"), 2, titles=["Turnout: Precinct 4 < Precinct 9, Again", "Smith & Jones Win Seats"],
         contains=["If a < b and b < c then a < c; x & y both fell."])

    h = H("herald")
    ents = [
        entry(R("Council &lt;em&gt;Rejects&lt;/em&gt; ICE Detention Contract"), "https://%s/2025/ice-contract" % h,
              "tag:borderplainsherald.com,2025:t7",
              R("&lt;p&gt;The vote was &lt;strong&gt;5&amp;ndash;2&lt;/strong&gt;.&lt;/p&gt;&lt;p&gt;Opponents cheered.&lt;/p&gt;"), iso(3),
              title_type="html", summary_type="html"),
        entry(R("AT&amp;amp;T Expands Fiber to Millbrook"), "https://%s/2025/fiber" % h,
              "tag:borderplainsherald.com,2025:t8", R("&lt;p&gt;Service starts in &lt;b&gt;June&lt;/b&gt;.&lt;/p&gt;"), iso(2),
              title_type="html", summary_type="html"),
    ]
    emit("texthtml-atom-html-escaped.xml", C, "Atom type=\"html\" with escaped markup; 'AT&amp;amp;T' is correct double escaping for HTML",
         CT_ATOM, atom(ents, "herald"), 2, titles=["Council Rejects ICE Detention Contract", "AT&T Expands Fiber to Millbrook"],
         contains=["The vote was 5\u20132.", "Service starts in June."])

    h = H("ledger")
    x = 'xmlns="http://www.w3.org/1999/xhtml"'
    ents = [
        entry(R('<div %s>Sheriff <b>Ends</b> 287(g) Pact</div>' % x), "https://%s/news/287g-pact" % h,
              "tag:redfernledger.com,2025:x1", None, iso(3), title_type="xhtml",
              extra='    <content type="xhtml"><div %s><p>The agreement ends <em>March 31</em>.</p><p>Deputies &amp; jailers were told Monday.</p></div></content>' % x),
        entry(R('<div %s>Flood Watch &#8212; <i>Alder Creek</i></div>' % x), "https://%s/news/flood-watch" % h,
              "tag:redfernledger.com,2025:x2", None, iso(2), title_type="xhtml",
              extra='    <summary type="xhtml"><xhtml:div xmlns:xhtml="http://www.w3.org/1999/xhtml">Crest expected <xhtml:b>Thursday</xhtml:b>.</xhtml:div></summary>'),
    ]
    emit("texthtml-atom-xhtml-div.xml", C, "Atom type=\"xhtml\" title/content/summary wrapped in an XHTML div (default and prefixed namespace)",
         CT_ATOM, atom(ents, "ledger"), 2, titles=["Sheriff Ends 287(g) Pact", "Flood Watch \u2014 Alder Creek"],
         contains=["The agreement ends March 31.", "Deputies & jailers were told Monday.", "Crest expected Thursday."])

    h = H("kwxr")
    items = [
        item(story(0)[0], "https://%s/story/%s" % (h, story(0)[1]), None,
             R("&lt;p&gt;Sheriff Dale Whitacre made the announcement &lt;a href=&quot;https://%s/video/991&quot;&gt;on camera&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Immigration and Customs Enforcement did not respond.&lt;/p&gt;" % h),
             rfc822(2)),
        item(story(1)[0], "https://%s/story/%s" % (h, story(1)[1]), None,
             R("&lt;img src=&quot;https://cdn.%s/jail.jpg&quot; /&gt;&lt;br/&gt;%s" % (h, esc(summary(1)))), rfc822(1)),
    ]
    emit("texthtml-rss-description-escaped-html.xml", C, "RSS descriptions carrying entity-escaped HTML (the common case)",
         CT_RSS, rss(items, "kwxr"), 2, titles=[story(0)[0], story(1)[0]],
         contains=["made the announcement on camera.", "Immigration and Customs Enforcement did not respond."])

    h = H("courier")
    items = [
        item(story(14)[0], "https://%s/local/%s" % (h, story(14)[1]), None,
             "<p>The spending plan adds <strong>six firefighters</strong>.</p><ul><li>Streetscape: delayed</li><li>Library roof: funded</li></ul>",
             rfc822(2), cdata_desc=True),
        item(story(16)[0], "https://%s/local/%s" % (h, story(16)[1]), None,
             "<p>Rates rise 6%% on July 1.</p><p><a href=\"https://%s/water\">Rate table</a></p>" % h, rfc822(1), cdata_desc=True),
    ]
    emit("texthtml-rss-description-cdata-html.xml", C, "RSS descriptions with HTML inside CDATA",
         CT_RSS, rss(items, "courier"), 2, titles=[story(14)[0], story(16)[0]],
         contains=["The spending plan adds six firefighters.", "Library roof: funded"])

    h = H("preps")
    items = [
        item("Volunteers Honored at Booster Banquet", "https://%s/boosters-banquet" % h, None,
             "We <3 our volunteers! 5 < 6 and 6 > 5, but 40 volunteers > everyone.", rfc822(3), cdata_desc=True),
        item("Eagles Fans Send Thanks", "https://%s/fans-thanks" % h, None,
             R("Fans wrote: &lt;3 Eagles &lt;3"), rfc822(2)),
        item(story(29)[0], "https://%s/%s" % (h, story(29)[1]), None, summary(29), rfc822(1)),
    ]
    emit("texthtml-rss-plain-text-lt3.xml", C, "Plain-text RSS descriptions with literal '<3', '5 < 6' (CDATA and escaped)",
         CT_RSS, rss(items, "preps"), 3, titles=["Volunteers Honored at Booster Banquet", "Eagles Fans Send Thanks", story(29)[0]],
         contains=["We <3 our volunteers!", "5 < 6 and 6 > 5", "Fans wrote: <3 Eagles <3"],
         notes="These descriptions are plain text: the '<' characters are content, not markup.")

    h = H("ledger")
    items = [
        item(R("&lt;b&gt;Breaking:&lt;/b&gt; Jail Population Hits Record"), "https://%s/news/jail-record" % h, None,
             summary(1), rfc822(3)),
        item(R("&lt;em&gt;Opinion&lt;/em&gt;: Keep the Library Open Late"), "https://%s/opinion/library-late" % h, None,
             summary(20), rfc822(2)),
        item(R("Live: &lt;span class=&quot;live&quot;&gt;Election Night&lt;/span&gt; Results"), "https://%s/news/election-live" % h, None,
             "Results update every 10 minutes.", rfc822(1)),
    ]
    emit("texthtml-rss-title-escaped-tags.xml", C, "RSS titles containing escaped presentational HTML tags (<b>, <em>, <span>) meant as markup",
         CT_RSS, rss(items, "ledger"), 3,
         titles=["Breaking: Jail Population Hits Record", "Opinion: Keep the Library Open Late", "Live: Election Night Results"],
         notes="The publisher's CMS puts formatting markup in titles; a careful reader sees the text without tags.")

    h = H("avpr")
    items = [
        item("Why the <script> Tag Matters for County Accessibility", "https://%s/tech/script-tag" % h, None,
             "Screen readers and the <script> tag: a look at the county's new site.", rfc822(3)),
        item("Web Desk: <br> vs <br/> in the Permit Portal", "https://%s/tech/br-tags" % h, None,
             "A reader asked about <br>.", rfc822(2)),
        item(story(21)[0], "https://%s/news/%s" % (h, story(21)[1]), None, summary(21), rfc822(1)),
    ]
    emit("texthtml-rss-title-about-tags.xml", C, "RSS titles whose plain text talks about HTML tags ('Why the <script> Tag Matters'), escaped once",
         CT_RSS, rss(items, "avpr"), 3,
         titles=["Why the <script> Tag Matters for County Accessibility", "Web Desk: <br> vs <br/> in the Permit Portal", story(21)[0]],
         notes="Same escaping as texthtml-rss-title-escaped-tags.xml, opposite meaning: here the tags are the topic and must stay as text.")

    h = H("sentinel")
    items = [
        item(R("Sheriff <em>Denies</em> Report on Courthouse Arrests"), "https://%s/news/denies-report" % h, None, summary(13), rfc822(2)),
        item(R("<b>Update:</b> Highway 9 Reopens"), "https://%s/news/highway-9-reopens" % h, None, "Both lanes are open.", rfc822(1)),
    ]
    emit("texthtml-rss-title-raw-elements.xml", C, "RSS titles with raw (unescaped) child elements <em> and <b>",
         CT_RSS, rss(items, "sentinel"), 2,
         titles=["Sheriff Denies Report on Courthouse Arrests", "Update: Highway 9 Reopens"])

    h = H("ledger")
    enc = ("    <content:encoded><![CDATA[<p>Sheriff Dale Whitacre said the 287(g) agreement with U.S. Immigration and Customs Enforcement "
           "will end March 31.</p><p>Under the agreement, four deputies were trained to question inmates about their status.</p>"
           "<figure><img src=\"https://%s/img/whitacre.jpg\"/><figcaption>Sheriff Whitacre</figcaption></figure>]]></content:encoded>" % h)
    items = [
        item(story(0)[0], "https://%s/news/%s" % (h, story(0)[1]), None, "The sheriff announced the change Monday.", rfc822(2), extra=enc),
        item(story(2)[0], "https://%s/news/%s" % (h, story(2)[1]), None, summary(2), rfc822(1),
             extra="    <content:encoded><![CDATA[<p>%s</p><p>The vote came after four hours of comment.</p>]]></content:encoded>" % summary(2)),
    ]
    emit("texthtml-content-encoded-beside-description.xml", C, "content:encoded full text next to a short description teaser",
         CT_RSS, rss(items, "ledger", ns=("content", "dc")), 2, titles=[story(0)[0], story(2)[0]],
         contains=["The sheriff announced the change Monday.", "Immigration and Customs Enforcement", "four deputies were trained"])

    h = H("kwxr")
    mitem = ('    <media:content url="https://cdn.%s/img/sign.jpg" medium="image">\n'
             '      <media:title type="plain">Sign at the &lt;b&gt; entrance</media:title>\n'
             '      <media:description type="plain">A sign reads &quot;No &lt;entry&gt; after 5&quot; &amp; more.</media:description>\n'
             '    </media:content>' % h)
    mitem2 = ('    <media:description type="html">&lt;p&gt;Deputies at the &lt;b&gt;north gate&lt;/b&gt;.&lt;/p&gt;</media:description>')
    items = [
        item(story(55)[0], "https://%s/story/%s" % (h, story(55)[1]), None, summary(55), rfc822(2), extra=mitem),
        item(story(56)[0], "https://%s/story/%s" % (h, story(56)[1]), None, summary(56), rfc822(1), extra=mitem2),
    ]
    emit("texthtml-media-description-plain.xml", C, "media:description type=\"plain\" with text that looks like markup, and type=\"html\"",
         CT_RSS, rss(items, "kwxr", ns=("media",)), 2, titles=[story(55)[0], story(56)[0]])

    h = H("avpr")
    it = ("    <itunes:summary>Host Ana Ruiz asks: is 4 &lt; 5 percent enough? Guests &amp; callers weigh in on &lt;the levy&gt;.</itunes:summary>\n"
          "    <itunes:subtitle>Levy talk</itunes:subtitle>\n    <itunes:duration>00:28:41</itunes:duration>\n"
          '    <enclosure url="https://media.avpr.org/valley-talk/ep212.mp3" length="27541032" type="audio/mpeg"/>')
    items = [
        item("Valley Talk 212: The Parks Levy", "https://%s/podcasts/valley-talk/212" % h, "avpr-vt-212", None, rfc822(2), permalink=False, extra=it),
        item("Valley Talk 211: Jail Phones", "https://%s/podcasts/valley-talk/211" % h, "avpr-vt-211",
             "Why families pay $1.20 a minute.", rfc822(1), permalink=False,
             extra='    <itunes:summary><![CDATA[<p>Why families pay <b>$1.20</b> a minute.</p>]]></itunes:summary>\n'
                   '    <enclosure url="https://media.avpr.org/valley-talk/ep211.mp3" length="25110992" type="audio/mpeg"/>'),
    ]
    emit("texthtml-itunes-summary.xml", C, "Podcast items whose only text is itunes:summary (plain text with '<' and '&', and CDATA HTML)",
         CT_RSS, rss(items, "avpr", title="Valley Talk", ns=("itunes",)), 2,
         titles=["Valley Talk 212: The Parks Levy", "Valley Talk 211: Jail Phones"],
         contains=["is 4 < 5 percent enough?"])

    h = H("river")
    ents = [
        entry("County Web Tips", "https://%s/tips/1" % h, "tag:newsriverlocal.net,2025:c1", None, iso(2),
              content=R("Use &lt;br&gt; to break lines and &amp;nbsp; for spaces."), content_type="text"),
        entry("Permit Portal FAQ", "https://%s/tips/2" % h, "tag:newsriverlocal.net,2025:c2", None, iso(1),
              content=R("Type &lt;Enter&gt; to submit."), content_type="text"),
    ]
    emit("texthtml-atom-content-text-markup.xml", C, "Atom content type=\"text\" whose text looks like markup ('<br>', '&nbsp;')",
         CT_ATOM, atom(ents, "river"), 2, titles=["County Web Tips", "Permit Portal FAQ"],
         contains=["Use <br> to break lines and &nbsp; for spaces.", "Type <Enter> to submit."])

    h = H("tribune")
    ents = [
        entry(R("&lt;b&gt;Pelicans&lt;/b&gt; Sign Stadium Lease"), "https://%s/sports/pelicans-lease" % h,
              "tag:portaverilltribune.com,2025:d1", R("&lt;p&gt;A 15-year lease.&lt;/p&gt;"), iso(2)),
        entry(story(33)[0], "https://%s/sports/%s" % (h, story(33)[1]), "tag:portaverilltribune.com,2025:d2", summary(33), iso(1)),
    ]
    emit("texthtml-atom-no-type-escaped-html.xml", C,
         "Atom title/summary with no type attribute (so type=text) but containing escaped HTML the publisher meant as markup",
         CT_ATOM, atom(ents, "tribune"), 2, contains=["Sign Stadium Lease", "A 15-year lease."],
         notes="By the Atom spec the title is literally '<b>Pelicans</b> Sign Stadium Lease'; the publisher meant bold. Titles omitted.")

    h = H("biz")
    ents = [
        entry("Hotel Tax Explained", "https://%s/2025/hotel-tax" % h, "tag:eastgatebiz.com,2025:e1", None, iso(2),
              extra='    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Rate: 7% &lt; 9% statewide.</p><p>Line<br/>break &amp; &#169; 2025</p></div></content>'),
    ]
    emit("texthtml-atom-xhtml-content-entities.xml", C, "Atom xhtml content containing escaped '<', '&amp;', a <br/> and a numeric reference",
         CT_ATOM, atom(ents, "biz"), 1, titles=["Hotel Tax Explained"], contains=["Rate: 7% < 9% statewide."])

    h = H("herald")
    items = [
        item(story(11)[0], "https://%s/2025/%s" % (h, story(11)[1]), None,
             R("&amp;lt;p&amp;gt;Hearings took nine days longer.&amp;lt;/p&amp;gt;"), rfc822(2)),
        item(story(12)[0], "https://%s/2025/%s" % (h, story(12)[1]), None, summary(12), rfc822(1)),
    ]
    emit("texthtml-rss-double-escaped-html.xml", C, "RSS description with double-escaped HTML (&amp;lt;p&amp;gt;) that readers show as literal tags",
         CT_RSS, rss(items, "herald"), 2, titles=[story(11)[0], story(12)[0]], contains=["Hearings took nine days longer."])

    h = H("wx")
    items = [
        item(R("<![CDATA[<b>Storm</b> Closes Schools in Three Counties]]>"), "https://%s/storm-schools" % h, None, summary(22), rfc822(2)),
        item(R("<![CDATA[Wind Chill <i>Below Zero</i> Tonight]]>"), "https://%s/wind-chill" % h, None, "Cover up.", rfc822(1)),
    ]
    emit("texthtml-rss-title-cdata-tags.xml", C, "RSS titles with HTML tags inside CDATA",
         CT_RSS, rss(items, "wx"), 2, titles=["Storm Closes Schools in Three Counties", "Wind Chill Below Zero Tonight"])

    h = H("river")
    items = [
        item(story(41)[0], "https://%s/r/6101" % h, None,
             "<script>window.location='https://ads.example.net/'</script><style>p{color:red}</style><!-- ad slot -->"
             "<p onclick=\"steal()\">Detectives linked the suspect to 19 thefts.</p><iframe src=\"https://ads.example.net/x\"></iframe>",
             rfc822(2), cdata_desc=True),
        item(story(42)[0], "https://%s/r/6102" % h, None, summary(42), rfc822(1)),
    ]
    emit("texthtml-rss-description-script-style.xml", C, "CDATA HTML description with <script>, <style>, comment, iframe and an onclick handler around the real text",
         CT_RSS, rss(items, "river"), 2, titles=[story(41)[0], story(42)[0]],
         contains=["Detectives linked the suspect to 19 thefts."],
         notes="Script/style text is not article text.")

    h = H("preps")
    items = [
        item("Scoreboard: Eagles 21 < Hawks 24 After Three", "https://%s/scoreboard" % h, None,
             "Final: Eagles 24 > Hawks 21 (OT). Contact the desk at scores@northfieldpreps.com.", rfc822(2), cdata_desc=True),
        item(story(34)[0], "https://%s/%s" % (h, story(34)[1]), None, summary(34), rfc822(1)),
    ]
    emit("texthtml-rss-plain-scores.xml", C, "Plain-text scoreboard description with '<' and '>' comparisons inside CDATA",
         CT_RSS, rss(items, "preps"), 2, titles=["Scoreboard: Eagles 21 < Hawks 24 After Three", story(34)[0]],
         contains=["Final: Eagles 24 > Hawks 21 (OT)."])

    h = H("sheriff")
    items = [
        item(story(57)[0], "https://%s/news/%s" % (h, story(57)[1]), None,
             "The stop happened at 2:14 a.m. on Highway 9.\n\nThe driver, 41, was booked into the Tamsin County Jail.\n\nAnyone with information may call 555-0190.",
             rfc822(1)),
    ]
    emit("texthtml-rss-plain-paragraphs.xml", C, "Plain-text description whose paragraphs are separated only by blank lines (no HTML)",
         CT_RSS, rss(items, "sheriff"), 1, titles=[story(57)[0]],
         contains=["The driver, 41, was booked into the Tamsin County Jail."])

    h = H("courier")
    items = [
        item(story(48)[0], "https://%s/local/%s" % (h, story(48)[1]), None,
             R("&lt;p&gt;Classes are free &amp;amp; open to all.&lt;/p&gt;&lt;p&gt;Call &amp;quot;Mar&amp;iacute;a&amp;quot; at the desk.&lt;/p&gt;"), rfc822(1)),
    ]
    emit("texthtml-rss-escaped-html-with-entities.xml", C, "Escaped HTML description whose inner HTML itself uses entities (&amp;amp; &amp;iacute;)",
         CT_RSS, rss(items, "courier"), 1, titles=[story(48)[0]],
         contains=["Classes are free & open to all.", "Call \"Mar\u00eda\" at the desk."])

    h = H("city")
    items = [
        item("Notice: Meeting <Agenda> Posted", "https://%s/notices/agenda" % h, None,
             "The <Agenda> for Tuesday's meeting is posted. Items <A> through <F> concern the budget.", rfc822(1)),
    ]
    emit("texthtml-rss-angle-words.xml", C, "Plain text using angle brackets around words ('<Agenda>', '<A> through <F>') that a tag-stripper would delete",
         CT_RSS, rss(items, "city"), 1, titles=["Notice: Meeting <Agenda> Posted"],
         contains=["Items <A> through <F> concern the budget."],
         notes="RSS description here is plain text written by a clerk; the angle-bracketed words are content.")


# ==========================================================================
# 5. URL shapes and identity
# ==========================================================================
def gen_urls():
    C = "urls"

    def simple(okey, rows, guids=None, permalink=None, date0=0):
        """rows: list of (story_index_or_title, link); returns items, titles."""
        items, titles = [], []
        for k, (s, link) in enumerate(rows):
            t = story(s)[0] if isinstance(s, int) else s
            d = summary(s) if isinstance(s, int) else "Details inside."
            g = guids[k] if guids else None
            items.append(item(t, link, g, d, rfc822(date0 + len(rows) - k), permalink=permalink))
            titles.append(t)
        return items, titles

    h = H("herald")
    rows = [(1, "https://%s/article.php?id=1001" % h), (2, "https://%s/article.php?id=1002" % h),
            (3, "https://%s/article.php?id=1003" % h)]
    items, titles = simple("herald", rows)
    emit("urls-query-id-article-php.xml", C, "Articles identified only by ?id= on one script path (article.php?id=1001/1002/1003)",
         CT_RSS, rss(items, "herald"), 3, titles=titles, links=[r[1] for r in rows],
         notes="Dropping the query string would merge three different articles.")

    h = H("tribune")
    rows = [(45, "https://%s/news/story.asp?story=4471" % h), (46, "https://%s/news/story.asp?story=4472&page=2" % h),
            (47, "https://%s/news/story.asp?story=4473&page=1" % h)]
    items, titles = simple("tribune", rows)
    emit("urls-query-story-page.xml", C, "Classic ASP ?story=...&page=N links; 'page' is part of the address the CMS gives",
         CT_RSS, rss(items, "tribune"), 3, titles=titles, links=[r[1] for r in rows])

    h = H("courier")
    rows = [(36, "https://%s/2025/03/11/downtown-bakery-closes/" % h), (37, "https://%s/2025/03/10/regional-bank-profit/" % h),
            (38, "https://%s/2025/03/09/farmers-labor-shortage/" % h)]
    items, titles = simple("courier", rows, guids=["https://%s/?p=%d" % (h, n) for n in (123, 122, 119)], permalink=False)
    emit("urls-wordpress-p-guid.xml", C, "WordPress: pretty permalinks in <link>, '?p=123' short links as non-permalink GUIDs",
         CT_RSS, rss(items, "courier", ns=("content", "wfw", "dc", "atom", "sy", "slash")), 3, titles=titles, links=[r[1] for r in rows])

    h = H("courier")
    rows = [(39, "https://%s/?p=131" % h), (40, "https://%s/?p=132" % h), (41, "https://%s/?p=133" % h)]
    items, titles = simple("courier", rows, guids=[r[1] for r in rows], permalink=True)
    emit("urls-wordpress-p-links.xml", C, "WordPress with plain permalinks: every link is https://host/?p=N",
         CT_RSS, rss(items, "courier"), 3, titles=titles, links=[r[1] for r in rows])

    h = H("city")
    rows = [(14, "https://%s/index.cfm?fuseaction=news.detail&id=88" % h),
            (15, "https://%s/index.cfm?fuseaction=news.detail&id=89" % h),
            (16, "https://%s/index.cfm?fuseaction=news.detail&id=90&CFID=11823&CFTOKEN=44120931" % h)]
    items, titles = simple("city", rows)
    emit("urls-coldfusion-fuseaction.xml", C, "ColdFusion index.cfm?fuseaction=news.detail&id=N (one with CFID/CFTOKEN session params)",
         CT_RSS, rss(items, "city"), 3, titles=titles, links=[r[1] for r in rows],
         notes="CFID/CFTOKEN are session identifiers, not part of the article's identity.")

    h = H("kwxr")
    rows = [(22, "https://%s/news?sid=20250311-001" % h), (23, "https://%s/news?sid=20250311-002" % h),
            (24, "https://%s/news?sid=20250310-014" % h)]
    items, titles = simple("kwxr", rows)
    emit("urls-query-sid.xml", C, "Articles identified by ?sid= (here a story id, not a session id)",
         CT_RSS, rss(items, "kwxr"), 3, titles=titles, links=[r[1] for r in rows])

    h = H("ledger")
    base = "https://%s/news/2025/03/sheriff-ends-287g-agreement" % h
    rows = [(0, base + "?utm_source=rss&utm_medium=feed&utm_campaign=morning"),
            (2, "https://%s/news/2025/03/council-rejects-detention-contract?utm_source=rss" % h),
            (0, base + "?utm_source=twitter&utm_medium=social&fbclid=IwAR3xY9kq")]
    items, titles = simple("ledger", rows)
    emit("urls-same-article-tracking-dupe.xml", C,
         "The same article twice in one feed, the copies differing only in tracking parameters (utm_*, fbclid); GUIDs are the links",
         CT_RSS, rss(items, "ledger"), 2,
         notes="Items 1 and 3 are the same article (%s); the other is %s." % (base, story(2)[0]))

    h = H("herald")
    rows = [(5, "https://%s/article.php?id=2001&utm_source=rss&utm_medium=feed" % h),
            (6, "https://%s/article.php?utm_campaign=weekly&id=2002&mc_cid=8f1e2a&mc_eid=4b9c0d" % h),
            (7, "https://%s/article.php?id=2003&gclid=Cj0KCQjw&_ga=2.1141.99" % h),
            (8, "https://%s/article.php?ref=rss&id=2004" % h)]
    items, titles = simple("herald", rows)
    emit("urls-tracking-mixed-meaningful.xml", C,
         "Tracking parameters (utm_*, mc_cid, mc_eid, gclid, _ga, ref=rss) mixed with the meaningful ?id=, in varying order",
         CT_RSS, rss(items, "herald"), 4, titles=titles,
         notes="Article identity is id=2001..2004; everything else is tracking.")

    h = H("river")
    rows = [(49, "https://%s/#/story/1" % h), (50, "https://%s/#/story/2" % h), (51, "https://%s/#/story/3" % h)]
    items, titles = simple("river", rows)
    emit("urls-fragment-routes.xml", C, "Single-page-app hash routes (#/story/1, #/story/2): the fragment is the article identity",
         CT_RSS, rss(items, "river"), 3, titles=titles, links=[r[1] for r in rows],
         notes="No GUIDs; only the fragment differs.")

    h = H("avpr")
    rows = [(52, "https://%s/app#!/article/2" % h), (53, "https://%s/app#!/article/3" % h)]
    items, titles = simple("avpr", rows)
    emit("urls-hashbang.xml", C, "Old AJAX '#!' hash-bang links (#!/article/2)",
         CT_RSS, rss(items, "avpr"), 2, titles=titles, links=[r[1] for r in rows])

    h = H("kwxr")
    live = "https://%s/live/election-night-2025" % h
    items = [
        item("Update: Turnout Tops 41 Percent at 8 p.m.", live + "#update-3", "kwxr-live-2025-u3", "Turnout update.", rfc822(3), permalink=False),
        item("Update: Polls Close Across the County", live + "#update-2", "kwxr-live-2025-u2", "Polls closed at 7.", rfc822(2), permalink=False),
        item("Update: First Results Expected by 9 p.m.", live + "#update-1", "kwxr-live-2025-u1", "Early results.", rfc822(1), permalink=False),
    ]
    emit("urls-liveblog-fragments.xml", C, "Live-blog updates: same page, different #update-N fragments, different GUIDs and titles",
         CT_RSS, rss(items, "kwxr"), 3,
         titles=["Update: Turnout Tops 41 Percent at 8 p.m.", "Update: Polls Close Across the County", "Update: First Results Expected by 9 p.m."],
         links=[live + "#update-3", live + "#update-2", live + "#update-1"])

    h = H("sentinel")
    art = "https://%s/news/jail-wing-opens-late" % h
    items = [
        item(story(55)[0], art, "sentinel-jail-wing-2025", summary(55), rfc822(3), permalink=False),
        item(story(55)[0], art + "#comments", "sentinel-jail-wing-2025", summary(55), rfc822(2), permalink=False),
        item(story(54)[0], "https://%s/news/welcoming-resolution" % h, "sentinel-welcoming-2025", summary(54), rfc822(1), permalink=False),
    ]
    emit("urls-anchor-comments.xml", C, "The same article listed twice: once plain, once with a '#comments' anchor (same GUID)",
         CT_RSS, rss(items, "sentinel"), 2,
         notes="Articles: %s (%s) and %s." % (story(55)[0], art, story(54)[0]))

    h = H("biz")
    ents = [
        entry(story(35)[0], "2025/03/downtown-bakery-closes", "tag:eastgatebiz.com,2025:b35", summary(35), iso(3)),
        entry(story(36)[0], "../archive/2025/regional-bank-profit", "tag:eastgatebiz.com,2025:b36", summary(36), iso(2)),
        entry(story(37)[0], "/features/farmers-labor-shortage?id=37", "tag:eastgatebiz.com,2025:b37", summary(37), iso(1),
              ),
    ]
    body = atom(ents, "biz", feed_attrs=' xml:base="https://%s/news/"' % h)
    emit("urls-xml-base-relative.xml", C, "Atom with xml:base on the feed and relative hrefs (plain, '../', root-relative)",
         CT_ATOM, body, 3, titles=[story(i)[0] for i in (35, 36, 37)],
         links=["https://%s/news/2025/03/downtown-bakery-closes" % h, "https://%s/archive/2025/regional-bank-profit" % h,
                "https://%s/features/farmers-labor-shortage?id=37" % h])

    h = H("preps")
    rows = [(29, "/2025/03/lady-panthers-semifinals.html"), (30, "/2025/03/minor-league-stadium-lease.html"),
            (31, "2025/03/coach-rivera-steps-down.html")]
    items, titles = simple("preps", rows)
    emit("urls-relative-no-base.xml", C, "RSS with relative <link>s and no xml:base (root-relative and path-relative)",
         CT_RSS, rss(items, "preps"), 3, titles=titles,
         links=["https://%s/2025/03/lady-panthers-semifinals.html" % h, "https://%s/2025/03/minor-league-stadium-lease.html" % h,
                "https://%s/2025/03/coach-rivera-steps-down.html" % h],
         notes="Links resolved against the channel <link> (https://%s/), the only base a reader has; a feed URL would also do." % h)

    h = H("wx")
    rows = [(23, "//%s/alerts/flash-flood-alder-creek" % h), (24, "//%s/alerts/record-heat" % h)]
    items, titles = simple("wx", rows)
    emit("urls-protocol-relative.xml", C, "Protocol-relative links (//host/path)",
         CT_RSS, rss(items, "wx"), 2, titles=titles,
         notes="Resolve with the scheme the feed was fetched over (https).")

    h = H("city")
    rows = [(17, "  \n   https://%s/news/council member resigns.html \n " % h),
            (18, "https://%s/news/parking meters hearing" % h),
            (19, "\thttps://%s/news/interim-superintendent\t" % h)]
    items, titles = simple("city", rows)
    emit("urls-spaces.xml", C, "Links with surrounding whitespace/newlines/tabs and raw spaces inside the path",
         CT_RSS, rss(items, "city"), 3, titles=titles,
         links=["https://%s/news/council%%20member%%20resigns.html" % h, "https://%s/news/parking%%20meters%%20hearing" % h,
                "https://%s/news/interim-superintendent" % h],
         notes="Surrounding whitespace is not part of the URL; inner spaces are %20.")

    rows = [("Kommunalwahl: B\u00fcrgermeisterin wiedergew\u00e4hlt", "https://www.b\u00fcrgerzeitung-tal.de/artikel/1041"),
            ("Stra\u00dfensperrung am Marktplatz", "https://www.xn--brgerzeitung-tal-3vb.de/artikel/1042"),
            ("Caf\u00e9 am See schlie\u00dft", "https://www.b\u00fcrgerzeitung-tal.de/artikel/caf\u00e9-am-see")]
    items = [item(t, l, None, "Lokales.", rfc822(3 - k)) for k, (t, l) in enumerate(rows)]
    emit("urls-idn-host.xml", C, "Internationalised host names, raw Unicode and punycode (xn--) forms of the same host, and a raw non-ASCII path",
         CT_RSS, rss(items, "ledger", title="B\u00fcrgerzeitung Tal", link="https://www.b\u00fcrgerzeitung-tal.de/", lang="de"), 3,
         titles=[r[0] for r in rows],
         notes="www.b\u00fcrgerzeitung-tal.de == www.xn--brgerzeitung-tal-3vb.de.")

    h = H("herald")
    items = [
        item("La cl\u00ednica legal abre los martes", "https://%s/art\u00edculo/cl\u00ednica-legal" % h, "herald-es-501", "Consultas gratis.", rfc822(3), permalink=False),
        item("La cl\u00ednica legal abre los martes", "https://%s/art%%C3%%ADculo/cl%%C3%%ADnica-legal" % h, "herald-es-501b", "Consultas gratis.", rfc822(2), permalink=False),
        item("Caf\u00e9 Ni\u00f1o reabre", "https://%s/art%%C3%%ADculo/caf%%C3%%A9-ni%%C3%%B1o" % h, "herald-es-502", "Tras el incendio.", rfc822(1), permalink=False),
    ]
    emit("urls-percent-encoded-vs-raw.xml", C, "The same article twice: raw non-ASCII path and its percent-encoded twin (different GUIDs)",
         CT_RSS, rss(items, "herald", lang="es"), 2,
         notes="Items 1 and 2 are one article (/art\u00edculo/cl\u00ednica-legal).")

    h = "news.portaverilltribune.com"
    items = [
        item(story(30)[0], "https://%s/sports/stadium-lease.html" % h, None, summary(30), rfc822(5)),
        item(story(30)[0], "HTTPS://NEWS.PortAverillTribune.COM:443/sports/stadium-lease.html", None, summary(30), rfc822(4)),
        item(story(31)[0], "http://%s:80/sports/rivera/" % h, None, summary(31), rfc822(3)),
        item(story(31)[0], "http://%s/sports/rivera" % h, None, summary(31), rfc822(2)),
        item(story(32)[0], "https://%s/sports/./extra/../marathon-reroute.html" % h, None, summary(32), rfc822(1)),
    ]
    emit("urls-host-case-ports-dots.xml", C,
         "Same articles with uppercase scheme/host, explicit default ports (:443, :80), trailing slash and dot segments",
         CT_RSS, rss(items, "tribune"), 3,
         notes="Articles: stadium lease (items 1-2), Rivera (items 3-4, trailing slash only), marathon (%s/sports/marathon-reroute.html). Path case is significant and kept the same." % h)

    h = H("sheriff")
    items = [
        item(story(i)[0], None, "https://%s/press/2025/%s" % (h, story(i)[1]), summary(i), rfc822(3 - k), permalink=True)
        for k, i in enumerate((5, 40, 43))]
    emit("urls-guid-permalink-only.xml", C, "No <link>; the article URL is only in <guid isPermaLink=\"true\">",
         CT_RSS, rss(items, "sheriff"), 3, titles=[story(i)[0] for i in (5, 40, 43)],
         links=["https://%s/press/2025/%s" % (h, story(i)[1]) for i in (5, 40, 43)])

    h = H("avpr")
    items = [
        item(story(i)[0], R(""), "https://%s/news/2025/%s" % (h, story(i)[1]), summary(i), rfc822(3 - k))
        for k, i in enumerate((44, 45))] + [
        item(story(46)[0], None, "https://%s/news/2025/%s" % (h, story(46)[1]), summary(46), rfc822(0),
             extra="    <link/>")]
    emit("urls-empty-link-guid-url.xml", C, "Empty <link></link> / <link/>, with the URL in a guid that has no isPermaLink attribute (default true)",
         CT_RSS, rss(items, "avpr"), 3, titles=[story(i)[0] for i in (44, 45, 46)],
         links=["https://%s/news/2025/%s" % (h, story(i)[1]) for i in (44, 45, 46)])

    h = H("ledger")
    ents = []
    for k, i in enumerate((0, 4)):
        t, slug, _ = story(i)
        ents.append(entry(t, None, "tag:redfernledger.com,2025:%d" % (900 + i), summary(i), iso(3 - k), extra=(
            '    <link rel="self" type="application/atom+xml" href="https://%s/api/entries/%d.atom"/>\n'
            '    <link rel="edit" href="https://%s/api/entries/%d"/>\n'
            '    <link rel="enclosure" type="image/jpeg" length="81234" href="https://img.redfernledger.com/%s.jpg"/>\n'
            '    <link rel="related" href="https://%s/topics/immigration"/>\n'
            '    <link rel="replies" type="text/html" href="https://%s/news/2025/03/%s#comments"/>\n'
            '    <link rel="alternate" type="text/html" href="https://%s/news/2025/03/%s"/>\n'
            '    <link rel="alternate" type="application/json" href="https://%s/news/2025/03/%s.json"/>'
            % (h, 900 + i, h, 900 + i, slug, h, h, slug, h, slug, h, slug))))
    emit("urls-atom-multiple-links.xml", C,
         "Atom entries with self, edit, enclosure, related, replies links before the text/html alternate, plus a JSON alternate",
         CT_ATOM, atom(ents, "ledger"), 2, titles=[story(0)[0], story(4)[0]],
         links=["https://%s/news/2025/03/%s" % (h, story(i)[1]) for i in (0, 4)])

    h = H("sentinel")
    ents = [
        entry(story(8)[0], None, "tag:slsentinel.com,2025:l1", summary(8), iso(2),
              extra='    <link href="https://%s/news/deportation-flights-protest"/>' % h),
        entry(story(9)[0], None, "tag:slsentinel.com,2025:l2", summary(9), iso(1),
              extra='    <link rel="ALTERNATE" href="https://%s/news/jail-medical-audit"/>\n    <link rel="self" href="https://%s/e/l2"/>' % (h, h)),
    ]
    emit("urls-atom-link-no-rel.xml", C, "Atom <link> with no rel (means alternate) and rel=\"ALTERNATE\" in capitals",
         CT_ATOM, atom(ents, "sentinel"), 2, titles=[story(8)[0], story(9)[0]],
         links=["https://%s/news/deportation-flights-protest" % h, "https://%s/news/jail-medical-audit" % h])

    h = H("kwxr")
    latest = "https://%s/latest" % h
    rows = [(57, latest), (58, latest), (59, latest), (22, latest)]
    items = [item(story(s)[0], l, "kwxr-latest-%d" % (7700 + s), summary(s), rfc822(4 - k), permalink=False)
             for k, (s, l) in enumerate(rows)]
    emit("urls-same-link-different-guids.xml", C, "Every item links to the same 'latest news' page; only GUIDs and titles differ",
         CT_RSS, rss(items, "kwxr"), 4, titles=[story(s)[0] for s, l in rows], links=[latest] * 4)

    h = H("river")
    items = []
    for k, i in enumerate((1, 13, 50)):
        real = "https://%s/news/%s" % (H("ledger"), story(i)[1])
        items.append(item(story(i)[0] + " - The Redfern County Ledger",
                          "https://%s/rss/articles/%s?oc=5" % (h, opaque(i)),
                          opaque(i),
                          R("&lt;a href=&quot;%s&quot; target=&quot;_blank&quot;&gt;%s&lt;/a&gt;&amp;nbsp;&amp;nbsp;&lt;font color=&quot;#6f6f6f&quot;&gt;The Redfern County Ledger&lt;/font&gt;"
                            % (real, esc(story(i)[0]))), rfc822(3 - k), permalink=False,
                          extra='    <source url="https://%s">The Redfern County Ledger</source>' % H("ledger")))
    emit("urls-aggregator-redirects.xml", C, "Aggregator feed: links are opaque redirect URLs, real article URL only inside the description HTML",
         CT_RSS, rss(items, "river", title="Top stories - NewsRiver"), 3,
         titles=[story(i)[0] + " - The Redfern County Ledger" for i in (1, 13, 50)])

    h = H("ledger")
    items = []
    for k, i in enumerate((5, 6, 7)):
        real = "https://%s/news/2025/03/%s" % (h, story(i)[1])
        items.append(item(story(i)[0], "https://feeds.redfernledger.com/~r/ledger/local/~3/Xk%d9QmZ/%s" % (i, story(i)[1]),
                          real, summary(i), rfc822(3 - k), permalink=False,
                          extra="    <feedburner:origLink>%s</feedburner:origLink>" % real))
    emit("urls-feedburner-origlink.xml", C, "FeedBurner-style proxy links with the real URL in feedburner:origLink",
         CT_RSS, rss(items, "ledger", ns=("feedburner",)), 3, titles=[story(i)[0] for i in (5, 6, 7)],
         notes="Article identity is the origLink / GUID: https://%s/news/2025/03/<slug>." % h)

    h = H("biz")
    base = "https://%s/2025/03/meatpacking-second-shift" % h
    items = [
        item(story(34)[0], base + "?utm_source=newsletter&utm_medium=email&mc_cid=a1&mc_eid=b2", "biz-n-1", summary(34), rfc822(4), permalink=False),
        item(story(34)[0], base + "?fbclid=IwAR0Zq", "biz-n-2", summary(34), rfc822(3), permalink=False),
        item(story(34)[0], base + "?gclid=EAIaIQ&_ga=2.8", "biz-n-3", summary(34), rfc822(2), permalink=False),
        item(story(35)[0], "https://%s/2025/03/downtown-bakery-closes?utm_source=newsletter" % h, "biz-n-4", summary(35), rfc822(1), permalink=False),
    ]
    emit("urls-tracking-only-difference.xml", C, "One article repeated three times with only tracking parameters differing and distinct GUIDs",
         CT_RSS, rss(items, "biz"), 2, notes="Articles: %s and %s." % (base, "https://%s/2025/03/downtown-bakery-closes" % h))

    h = H("courier")
    items = [
        item(story(18)[0], "javascript:void(0)", "courier-9901", summary(18), rfc822(3), permalink=False),
        item(story(19)[0], "mailto:newsroom@millbrookcourier.com", "courier-9902", summary(19), rfc822(2), permalink=False),
        item(story(20)[0], "data:text/html,<b>hi</b>", "courier-9903", summary(20), rfc822(1), permalink=False),
    ]
    emit("urls-unsafe-schemes.xml", C, "Links with javascript:, mailto: and data: schemes from a broken CMS",
         CT_RSS, rss(items, "courier"), 3, titles=[story(i)[0] for i in (18, 19, 20)],
         notes="None of the links is a usable article URL; the articles exist (title, text, GUID).")

    h = H("herald")
    items = [
        item(story(8)[0], "https://%s/article.php?id=3001&page=2" % h, None, summary(8), rfc822(3)),
        item(story(8)[0], "https://%s/article.php?page=2&id=3001" % h, None, summary(8), rfc822(2)),
        item(story(9)[0], "https://%s/article.php?id=3002" % h, None, summary(9), rfc822(1)),
    ]
    emit("urls-query-param-order.xml", C, "Same article twice with query parameters in a different order (?id=3001&page=2 vs ?page=2&id=3001)",
         CT_RSS, rss(items, "herald"), 2)

    h = H("sentinel")
    ents = [
        entry(story(10)[0], "stories/federal-program", "tag:slsentinel.com,2025:n1", summary(10), iso(2),
              extra="").replace("<entry>", '<entry xml:base="https://%s/2025/03/">' % h),
        entry(story(11)[0], "../../about/../2025/04/bond-hearings", "tag:slsentinel.com,2025:n2", summary(11), iso(1)),
    ]
    body = atom(ents, "sentinel", feed_attrs=' xml:base="https://%s/section/local/"' % h)
    emit("urls-xml-base-nested.xml", C, "Nested xml:base (feed and entry) with '../' segments in relative hrefs",
         CT_ATOM, body, 2, titles=[story(10)[0], story(11)[0]],
         links=["https://%s/2025/03/stories/federal-program" % h, "https://%s/2025/04/bond-hearings" % h])

    h = H("avpr")
    items = [
        item(story(27)[0], "http://%s/news/drought-severe" % h, "avpr-drought-2025", summary(27), rfc822(3), permalink=False),
        item(story(27)[0], "https://%s/news/drought-severe" % h, "avpr-drought-2025", summary(27), rfc822(2), permalink=False),
        item(story(28)[0], "https://%s/news/eagles-hawks" % h, "avpr-eagles-2025", summary(28), rfc822(1), permalink=False),
    ]
    emit("urls-http-vs-https.xml", C, "Same article as http:// and https:// with the same GUID",
         CT_RSS, rss(items, "avpr"), 2)

    h = H("tribune")
    items = [
        item(story(42)[0], "https://%s/news/article/55;jsessionid=A1B2C3D4E5" % h, None, summary(42), rfc822(3)),
        item(story(42)[0], "https://%s/news/article/55;jsessionid=99FF00AA11" % h, None, summary(42), rfc822(2)),
        item(story(43)[0], "https://%s/news/article/56?PHPSESSID=k2j3h4g5f6" % h, None, summary(43), rfc822(1)),
    ]
    emit("urls-session-ids.xml", C, "Session identifiers in links (;jsessionid= path parameter, ?PHPSESSID=)",
         CT_RSS, rss(items, "tribune"), 2,
         notes="Items 1 and 2 are the same article (/news/article/55).")

    h = H("wx")
    items = [
        item(story(57)[0], "https://%s/amp/heat-advisory-cooling-centers" % h, None, summary(57), rfc822(2)),
        item(story(58)[0], "https://%s/news/snowplow-double-shifts?output=amp&amp=1" % h, None, summary(58), rfc822(1)),
    ]
    emit("urls-amp-variants.xml", C, "AMP-style links (/amp/ path, ?output=amp&amp=1)",
         CT_RSS, rss(items, "wx"), 2, titles=[story(57)[0], story(58)[0]])


# ==========================================================================
# 6. GUID-only / link-less entries
# ==========================================================================
def gen_guidonly():
    C = "guid-only"

    items = ['  <item>\n    <guid isPermaLink="false">ledger-2025-000123</guid>\n  </item>\n']
    for k, i in enumerate((3, 4, 5)):
        items.append(item(story(i)[0], None, "ledger-2025-%06d" % (124 + k), summary(i), rfc822(3 - k), permalink=False))
    emit("guid-only-nonurl-guids.xml", C, "Items without <link>: one has only a non-URL GUID, three have GUID + title + description",
         CT_RSS, rss(items, "ledger"), 3, titles=[story(i)[0] for i in (3, 4, 5)],
         notes="The first item carries nothing a reader can see (GUID only) and is not counted as an article.")

    items = ["  <item>\n    <title>%s</title>\n  </item>\n" % esc(story(i)[0]) for i in (22, 23, 24)]
    emit("guid-only-title-only.xml", C, "Items that have nothing but a <title> (no link, GUID, date or description)",
         None, rss(items, "wx"), 3, titles=[story(i)[0] for i in (22, 23, 24)])

    briefs = ["10:42 p.m. \u2014 Deputies respond to a single-vehicle crash on County Road 12; minor injuries.",
              "9:15 p.m. \u2014 Brush fire reported near the Bear Hollow trailhead, contained at a quarter acre.",
              "7:03 p.m. \u2014 Highway 9 northbound reopened after a stalled semi was towed."]
    items = ["  <item>\n    <description>%s</description>\n  </item>\n" % esc(b) for b in briefs]
    emit("guid-only-description-only.xml", C, "Scanner-style items with only a <description> (legal in RSS 2.0): no title, link or GUID",
         CT_RSS, rss(items, "sheriff", title="Tamsin County Dispatch Log"), 3, contains=briefs)

    items = ['  <item>\n    <enclosure url="https://media.avpr.org/newscasts/2025-03-11-%s.mp3" length="%d" type="audio/mpeg"/>\n  </item>\n'
             % (slot, 4410000 + k) for k, slot in enumerate(("0600", "0700", "0800"))]
    emit("guid-only-enclosure-only.xml", C, "Hourly newscast items that contain only an <enclosure> (no title/link/GUID/description)",
         CT_RSS, rss(items, "avpr", title="AVPR Hourly Newscast", ns=("itunes",)), 3,
         notes="Each item is a distinct audio newscast; there is no text at all.")

    h = "avpr.org"
    ents = ["  <entry>\n    <id>tag:%s,2025:news.%d</id>\n  </entry>\n" % (h, n) for n in (1, 2)]
    ents += [entry(story(i)[0], None, "tag:%s,2025:news.%d" % (h, 10 + i), summary(i), iso(3 - k)) for k, i in enumerate((6, 7))]
    emit("guid-only-atom-id-only.xml", C, "Atom entries with only <id> (no title, link, updated) next to entries with id+title+summary but no link",
         CT_ATOM, atom(ents, "avpr"), 2, titles=[story(6)[0], story(7)[0]],
         notes="The two id-only entries carry no visible content and are not counted.")

    items = ["  <item/>\n", "  <item></item>\n", "  <item>\n    \n  </item>\n"]
    items.insert(1, item(story(45)[0], "https://%s/local/%s" % (H("courier"), story(45)[1]), None, summary(45), rfc822(2)))
    items.append(item(story(46)[0], "https://%s/local/%s" % (H("courier"), story(46)[1]), None, summary(46), rfc822(1)))
    emit("guid-only-empty-items.xml", C, "Empty items (<item/>, <item></item>, whitespace-only) mixed with two real items",
         CT_RSS, rss(items, "courier"), 2, titles=[story(45)[0], story(46)[0]],
         links=["https://%s/local/%s" % (H("courier"), story(i)[1]) for i in (45, 46)])

    h = H("herald")
    items = [item(story(i)[0], "https://%s/2025/%s" % (h, story(i)[1]), "https://%s/" % h, summary(i), rfc822(3 - k))
             for k, i in enumerate((9, 10, 11))]
    emit("guid-only-duplicate-guid-different-articles.xml", C,
         "Every item has the same GUID (the site home page) but a different title and link",
         CT_RSS, rss(items, "herald"), 3, titles=[story(i)[0] for i in (9, 10, 11)],
         links=["https://%s/2025/%s" % (h, story(i)[1]) for i in (9, 10, 11)],
         notes="The GUID is a CMS bug; these are three different articles.")

    h = H("kwxr")
    dup = item(story(0)[0], "https://%s/story/%s" % (h, story(0)[1]), "kwxr-88001", summary(0), rfc822(3), permalink=False)
    items = [dup, dup, item(story(1)[0], "https://%s/story/%s" % (h, story(1)[1]), "kwxr-88002", summary(1), rfc822(2), permalink=False), dup]
    emit("guid-only-exact-duplicates.xml", C, "The same item (same GUID, link, title) repeated three times in one feed",
         CT_RSS, rss(items, "kwxr"), 2, notes="Articles: %s; %s." % (story(0)[0], story(1)[0]))

    h = H("ledger")
    items = [
        item(story(2)[0], "https://%s/news/%s" % (h, story(2)[1]), "  ledger-77\n", summary(2), rfc822(3), permalink=False),
        item(story(2)[0], "https://%s/news/%s" % (h, story(2)[1]), "ledger-77", summary(2), rfc822(2), permalink=False),
        item(story(3)[0], "https://%s/news/%s" % (h, story(3)[1]), "ledger-78", summary(3), rfc822(1), permalink=False),
    ]
    emit("guid-only-guid-whitespace.xml", C, "Two copies of one article whose GUIDs differ only by surrounding whitespace",
         CT_RSS, rss(items, "ledger"), 2)

    h = H("avpr")
    body = (DECL + '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
            '<channel rdf:about="https://%s/rss">\n  <title>AVPR Newsroom</title>\n  <link>https://%s/</link>\n  <description>News</description>\n'
            '  <items><rdf:Seq><rdf:li rdf:resource="https://%s/n/51"/><rdf:li rdf:resource="https://%s/n/52"/></rdf:Seq></items>\n</channel>\n'
            % (h, h, h, h))
    for k, i in enumerate((51, 52)):
        body += ('<item rdf:about="https://%s/n/%d">\n  <title>%s</title>\n  <description>%s</description>\n  <dc:date>%s</dc:date>\n</item>\n'
                 % (h, i, esc(story(i)[0]), esc(summary(i)), iso(3 - k)))
    body += "</rdf:RDF>\n"
    emit("guid-only-rss10-about-no-link.xml", C, "RSS 1.0 items with rdf:about but no <link> element",
         "application/rdf+xml", body, 2, titles=[story(51)[0], story(52)[0]],
         notes="rdf:about holds each article's URL (https://%s/n/51, /n/52)." % h)

    h = "newsriverlocal.net"
    ents = [entry(story(i)[0], None, "urn:uuid:6f1c%04d-5a2e-4b7d-9c11-0e3f8a2b%04d" % (i, i), None, iso(3 - k),
                  content="<p>%s</p>" % esc(summary(i, 2)), content_type="html") for k, i in enumerate((47, 48, 49))]
    emit("guid-only-atom-no-links-content.xml", C, "Atom entries with urn:uuid ids, full HTML content and no <link> at all",
         CT_ATOM, atom(ents, "river"), 3, titles=[story(i)[0] for i in (47, 48, 49)])

    h = H("courier")
    items = [item(story(i)[0], None, "https://%s/?p=%d" % (h, 210 + k), summary(i), rfc822(3 - k), permalink=False)
             for k, i in enumerate((15, 16, 17))]
    emit("guid-only-permalink-false-url.xml", C, "No <link>; GUIDs look like URLs but are marked isPermaLink=\"false\"",
         CT_RSS, rss(items, "courier"), 3, titles=[story(i)[0] for i in (15, 16, 17)],
         notes="A reader must not treat the GUIDs as article links (they happen to be WordPress short links).")

    items = [item("Weather Update", None, "wx-upd-%d" % n, d, rfc822(3 - k), permalink=False)
             for k, (n, d) in enumerate([(311, "Rain ends by noon; highs near 58."),
                                         (310, "Freezing fog until 10 a.m.; highs near 49."),
                                         (309, "Sunny and breezy; highs near 61.")])]
    emit("guid-only-same-title-different-guids.xml", C, "Three link-less items all titled 'Weather Update' with different GUIDs and text",
         CT_RSS, rss(items, "wx"), 3, titles=["Weather Update"] * 3,
         contains=["Rain ends by noon", "Freezing fog until 10 a.m.", "Sunny and breezy"])

    road = item("Road Closure: Mill Street Bridge", None, None, "The bridge is closed to all traffic through Friday.", None)
    items = [road, item(story(32)[0], None, None, summary(32), None), road]
    emit("guid-only-identical-no-ids.xml", C, "Items with no link, GUID or date; one of them is repeated verbatim",
         CT_RSS, rss(items, "city"), 2, notes="Articles: 'Road Closure: Mill Street Bridge' (twice, identical) and '%s'." % story(32)[0])


# ==========================================================================
# 7. Giant entries
# ==========================================================================
PROSE = [
    "The commissioners spent most of the afternoon on the road budget, which has not kept pace with the cost of asphalt.",
    "Several residents of the north end asked when the drainage ditch along Cotter Lane would be cleared.",
    "The county engineer said the culvert under the old rail grade was installed in 1958 and is near the end of its life.",
    "A retired teacher read a letter from her neighbor, who could not attend because of a night shift at the plant.",
    "Staff presented three options for the fairgrounds roof, ranging from a patch to a full replacement.",
    "The treasurer reported that property tax collections were slightly ahead of last year at this point in the calendar.",
    "One commissioner asked whether the library bookmobile could add a stop at the senior apartments on Fourth Street.",
    "The parks director described a plan to replace the wooden footbridge at Miller Pond with a steel span.",
    "Public comment ran for nearly an hour, with speakers limited to three minutes each.",
    "A farmer from the east side of the county said the gravel on his road washed out after every heavy rain.",
    "The board agreed to seek bids for a new ambulance after the oldest unit passed three hundred thousand miles.",
    "Someone in the back row asked that the microphones be turned up, and the clerk adjusted the sound board.",
    "The planning director explained that the zoning map had not been fully updated since the annexation in 2009.",
    "Volunteers from the historical society offered to scan the old plat books if the county would provide a room.",
    "The meeting paused briefly while a storm knocked the power out and the backup generator started.",
    "Discussion turned to the cost of fuel for the snowplows, which ran over budget during the January storms.",
    "The extension office reported strong turnout for its spring workshops on soil testing and pasture management.",
    "A resident thanked the road crew for clearing a fallen cottonwood from the creek road within an hour.",
    "The auditor reminded the board that the annual financial report is due to the state by the end of June.",
    "Commissioners debated whether to move the regular meeting to the evening so more working people could attend.",
    "The emergency management coordinator described a tabletop exercise planned with the hospital and the school district.",
    "A high school senior presented a proposal for a skate park next to the swimming pool.",
    "The recycling center will extend its Saturday hours through the summer, the solid waste manager said.",
    "Several people spoke in favor of keeping the rural fire station staffed on weekends.",
    "The clerk noted that absentee ballot requests were running ahead of the last midterm election.",
    "A member of the weed board asked for help controlling leafy spurge along the river access roads.",
    "The board approved the consent agenda without discussion, including payroll and routine claims.",
    "An engineer from the state highway department gave an update on the bridge replacement schedule.",
    "The sheriff's budget request included two new patrol vehicles and a replacement radio console.",
    "Residents of the lake district asked the county to study the water quality near the public beach.",
    "The human resources director said the county had eleven open positions, most of them in the road department.",
    "The fair board reported that livestock entries were up and that the carnival contract had been renewed.",
    "A pastor from the valley asked the commissioners to consider a cooling center during the summer heat.",
    "The county attorney summarized a new state law on public records requests and how it affects staff time.",
    "The board tabled a proposal to rename a section of County Road 7 until the affected families could be contacted.",
    "A small business owner described the difficulty of finding affordable child care for her employees.",
    "The transit coordinator said the dial-a-ride van logged more trips in February than in any month last year.",
    "Members of the youth council presented survey results about what teenagers want from the county parks.",
    "The meeting adjourned shortly after seven, with the next session set for the second Tuesday of the month.",
    "Copies of the agenda and the minutes are available at the courthouse and on the county website.",
]


def prose(nchars, seed=1, sep="\n\n", wrap=("", "")):
    x = seed
    out = []
    total = 0
    while total < nchars:
        sents = []
        for _ in range(4 + x % 5):
            x = (x * 1103515245 + 12345) % 2147483648
            sents.append(PROSE[(x >> 8) % len(PROSE)])
        para = wrap[0] + " ".join(sents) + wrap[1]
        out.append(para)
        total += len(para) + len(sep)
    return sep.join(out)


def gen_giant():
    C = "giant"
    ICE = ("In a statement released late Thursday, a spokesperson for U.S. Immigration and Customs Enforcement said the agency "
           "would continue to lodge detainers with the county jail regardless of the board's vote.")

    h = H("ledger")
    body_text = prose(1050000, seed=7, sep="</p>\n<p>")
    big = "<p>" + body_text + "</p>\n<p>" + ICE + "</p>\n<p>The board will meet again on April 8.</p>"
    assert len(body_text) > 1000000
    items = [
        item(story(14)[0], "https://%s/news/%s" % (h, story(14)[1]), None, summary(14), rfc822(3)),
        item("Full Transcript: County Board Budget Hearing, March 11", "https://%s/news/transcript-budget-hearing" % h, None,
             big, rfc822(2), cdata_desc=True),
        item(story(17)[0], "https://%s/news/%s" % (h, story(17)[1]), None, summary(17), rfc822(1)),
    ]
    emit("giant-description-1mb.xml", C, "One item whose description is over 1,000,000 characters of prose; the ICE sentence sits at the very end",
         CT_RSS, rss(items, "ledger"), 3,
         titles=[story(14)[0], "Full Transcript: County Board Budget Hearing, March 11", story(17)[0]],
         contains=["Immigration and Customs Enforcement",
                   "would continue to lodge detainers with the county jail regardless of the board's vote"],
         notes="A reader that truncates the description (to any length below ~1 MB) loses the only mention of ICE.")

    h = H("sheriff")
    kinds = ["Suspicious vehicle", "Theft", "Welfare check", "Noise complaint", "Traffic hazard", "Burglary alarm",
             "Lost dog", "Vandalism", "Trespass", "Disturbance", "Found property", "Motor vehicle crash"]
    streets = ["Oak St", "County Road 12", "Fifth Ave", "Mill St", "Harbor Dr", "Bear Hollow Rd", "Elm St", "Highway 9",
               "Cotter Ln", "Riverside Dr", "Main St", "Westgate Blvd", "Fourth St"]
    items = []
    for n in range(2000):
        num = 2000 - n
        kind = kinds[num % len(kinds)]
        street = streets[(num * 7) % len(streets)]
        dt = BASE - datetime.timedelta(minutes=41 * n)
        date = "%s, %02d %s %04d %02d:%02d:00 -0600" % (DAYS[dt.weekday()], dt.day, MONTHS[dt.month - 1], dt.year, dt.hour, dt.minute)
        items.append("  <item>\n    <title>Blotter #%04d: %s, %s</title>\n    <link>https://%s/blotter/2025/%05d</link>\n"
                     "    <guid>https://%s/blotter/2025/%05d</guid>\n    <description>Deputies responded to a report of %s in the %d block of %s. Case 25-%05d.</description>\n"
                     "    <pubDate>%s</pubDate>\n  </item>\n"
                     % (num, kind, street, h, num, h, num, kind.lower(), 100 * (1 + num % 48), street, num, date))
    emit("giant-2000-items.xml", C, "A sheriff's blotter feed with 2,000 items",
         CT_RSS, rss(items, "sheriff", title="Tamsin County Sheriff's Blotter"), 2000,
         contains=["Case 25-02000", "Case 25-00001"])

    h = H("river")
    big_title = "Commission Meeting Summary: " + prose(512000, seed=11, sep=" ")
    items = [
        item(story(51)[0], "https://%s/r/12001" % h, None, summary(51), rfc822(3)),
        item(big_title, "https://%s/r/12002" % h, None, "Summary of the March commission meeting.", rfc822(2)),
        item(story(52)[0], "https://%s/r/12003" % h, None, summary(52), rfc822(1)),
    ]
    emit("giant-title-500kb.xml", C, "An item whose <title> is ~500 KB (the CMS pasted the whole body into the headline field)",
         CT_RSS, rss(items, "river"), 3, contains=[story(51)[0], story(52)[0], "Commission Meeting Summary:"],
         notes="Titles omitted: the 2nd title is 512,000+ characters.")

    h = H("kwxr")
    depth = 6000
    nested = ("<div class=\"wrap\">" * depth) + "<p>Deputies recovered the stolen trailer near mile marker 40.</p>" + ("</div>" * depth)
    items = [
        item("Stolen Trailer Recovered Near Mile Marker 40", "https://%s/story/stolen-trailer" % h, None, nested, rfc822(2), cdata_desc=True),
        item(story(43)[0], "https://%s/story/%s" % (h, story(43)[1]), None,
             R(("&lt;blockquote&gt;" * 3000) + "Both drivers were taken to Alder Valley Medical Center." + ("&lt;/blockquote&gt;" * 3000)),
             rfc822(1)),
    ]
    emit("giant-nested-divs.xml", C, "Descriptions with 6,000 nested <div>s (CDATA) and 3,000 nested escaped <blockquote>s",
         CT_RSS, rss(items, "kwxr"), 2, titles=["Stolen Trailer Recovered Near Mile Marker 40", story(43)[0]],
         contains=["Deputies recovered the stolen trailer near mile marker 40.", "Both drivers were taken to Alder Valley Medical Center."])

    h = H("courier")
    blob = "".join("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"[(i * 37 + i // 64) % 64] for i in range(300000))
    long_q = "&".join("f%d=%s" % (i, "x" * 30) for i in range(3000))
    long_link = "https://%s/search/results?%s" % (h, long_q)
    word = "Go" + "o" * 60000 + "al"
    items = [
        item("Photo: Ribbon Cutting at Fire Station 4", "https://%s/photos/fire-station-ribbon" % h, None,
             '<p>Chief Ana Reyes cuts the ribbon.</p><img alt="ribbon" src="data:image/png;base64,%s"/>' % blob, rfc822(3), cdata_desc=True),
        item("Search Results: Jail Budget", long_link, None, "Saved search results for 'jail budget'.", rfc822(2)),
        item("Fans Shout " + word + " as Eagles Win", "https://%s/sports/eagles-win" % h, None,
             "The student section's chant: " + word + "!", rfc822(1)),
    ]
    emit("giant-long-word-and-url.xml", C, "A 300 KB base64 data: URI with no spaces, a ~100 KB link URL and a 60,000-letter word",
         CT_RSS, rss(items, "courier"), 3, contains=["Chief Ana Reyes cuts the ribbon.", "as Eagles Win"],
         notes="Second link is %d characters." % len(long_link))

    h = H("avpr")
    big = prose(1800000, seed=23, sep="</p>\n<p>")
    content = "<p>" + big + "</p><p>Records show the jail received 388 detainer requests from Immigration and Customs Enforcement last year.</p>"
    ents = [
        entry("Special Report: Inside the County Budget", "https://%s/reports/county-budget" % h, "tag:avpr.org,2025:special-1",
              "A line-by-line look at the county's spending.", iso(2), content=content, content_type="html"),
        entry(story(26)[0], "https://%s/news/%s" % (h, story(26)[1]), "tag:avpr.org,2025:n26", summary(26), iso(1)),
    ]
    emit("giant-atom-content-2mb.xml", C, "Atom entry with ~1.8 MB of escaped HTML content; the ICE mention is the last paragraph",
         CT_ATOM, atom(ents, "avpr"), 2, titles=["Special Report: Inside the County Budget", story(26)[0]],
         contains=["388 detainer requests from Immigration and Customs Enforcement"])


# ==========================================================================
# 8. Dates
# ==========================================================================
def gen_dates():
    C = "dates"

    def dated(okey, first, dates, tag="pubDate", ns=(), notes=None, fname=None, trap=None, ct=CT_RSS):
        name, host = outlet(okey)
        items, titles = [], []
        for k, d in enumerate(dates):
            i = first + k
            t, slug, _ = story(i)
            ex = ""
            if d is not None:
                ex = "    <%s>%s</%s>" % (tag, d, tag) if not d.startswith("<") else "    " + d
            items.append(item(t, "https://%s/news/%s" % (host, slug), None, summary(i), None, extra=ex))
            titles.append(t)
        emit(fname, C, trap, ct, rss(items, okey, ns=ns), len(dates), titles=titles,
             links=["https://%s/news/%s" % (host, story(first + k)[1]) for k in range(len(dates))], notes=notes)

    dated("ledger", 0, ["Tue, 11 Mar 2025 14:05:00 EDT", "Tue, 11 Mar 2025 23:35:00 +0530", "Tue, 11 Mar 2025 20:05:00 GMT+2",
                        "Tue, 11 Mar 2025 10:05:00 PST", "Tue, 11 Mar 2025 18:05:00 Z", "Tue, 11 Mar 2025 18:05:00 UT",
                        "Tue, 11 Mar 2025 19:05:00 CET"],
          fname="dates-rfc822-odd-zones.xml", trap="RFC 822 dates with zone names/offsets: EDT, +0530, 'GMT+2', PST, Z, UT, CET",
          notes="All seven are 2025-03-11T18:05:00Z. 'GMT+2' is meant as UTC+2.")

    dated("sentinel", 7, ["2025-03-11T14:05:00Z", "2025-03-11T15:05:00.123456+01:00", "2025-03-11 14:05:00", "20250311T140500Z",
                          "2025-W11-2T14:05Z", "2025-070T14:05:00Z", "2025-03-11"], tag="dc:date", ns=("dc",),
          fname="dates-iso8601-variants.xml", trap="ISO 8601 variants in dc:date: fractional seconds, space separator, basic format, week date, ordinal date, date only",
          notes="All are 2025-03-11 (14:05 UTC where a time is given; '2025-03-11 14:05:00' has no zone).")

    dated("preps", 28, ["Tue, 11 Mar 25 14:05:00 GMT", "11-Mar-99 08:00:00 GMT", "03/11/25 2:05 PM", "Thursday, 11-Mar-99 08:00:00 GMT"],
          fname="dates-two-digit-years.xml", trap="Two-digit years (RFC 822 '25', RFC 850 '11-Mar-99', US '03/11/25')",
          notes="Intended years: 2025, 1999, 2025, 1999.")

    dated("courier", 14, ["mar., 11 mars 2025 14:05:00 +0100", "Di, 11. M\u00e4rz 2025 14:05:00 +0100", "11 f\u00e9vrier 2025",
                          "Mittwoch, 12. Februar 2025 09:30", "11 de marzo de 2025 14:05"],
          fname="dates-foreign-month-names.xml", trap="Dates with French, German and Spanish day/month names",
          notes="Intended: 2025-03-11 13:05Z, 2025-03-11 13:05Z, 2025-02-11, 2025-02-12 09:30 local, 2025-03-11 14:05 local.")

    dated("kwxr", 40, [None, None, None], fname="dates-missing.xml", trap="Items with no date element of any kind",
          notes="A reader must fall back to the fetch time or the channel lastBuildDate.")

    dated("herald", 4, ["Sun, 30 Feb 2025 10:00:00 GMT", "Tue, 11 Mar 2025 25:00:00 GMT", "Tue, 11 Mar 2025 14:61:00 GMT",
                        "Wed, 31 Sep 2025 08:00:00 GMT", "Fri, 11 Mar 2025 14:05:00 GMT"],
          fname="dates-impossible.xml", trap="Impossible dates: Feb 30, hour 25, minute 61, Sep 31, and a wrong weekday",
          notes="Only the last is a real instant (2025-03-11 14:05Z; the weekday is wrong: it was a Tuesday).")

    dated("biz", 34, ["Mon, 01 Jan 0001 00:00:00 GMT", "Fri, 31 Dec 9999 23:59:59 GMT", "Thu, 01 Jan 1970 00:00:00 GMT",
                      "0001-01-01T00:00:00"],
          fname="dates-year-0001-9999.xml", trap="Sentinel dates: .NET DateTime.MinValue/MaxValue (years 0001 and 9999) and the Unix epoch",
          notes="None of these is the real publication time.")

    dated("city", 18, ["Mon, 14 Apr 2031 09:00:00 GMT", "2099-12-31T23:00:00Z", "Wed, 01 Jan 2031 00:00:00 -0500"],
          fname="dates-future.xml", trap="Publication dates years in the future (scheduled posts leaking, typo'd years)")

    dated("wx", 22, ["1741701900", "1741701900000", "@1741701900"],
          fname="dates-epoch-seconds.xml", trap="Unix epoch timestamps as text (seconds, milliseconds, '@'-prefixed)",
          notes="All three mean 2025-03-11T14:05:00Z.")

    dated("avpr", 44, ["<pubDate/>", "<pubDate></pubDate>", "<pubDate> </pubDate>", "<pubDate>null</pubDate>",
                       "<pubDate>0000-00-00 00:00:00</pubDate>", "<pubDate>Invalid Date</pubDate>"],
          fname="dates-empty.xml", trap="Empty or junk pubDates: <pubDate/>, whitespace, 'null', MySQL zero date, JavaScript 'Invalid Date'")

    h = H("tribune")
    ents = [
        "  <entry>\n    <title>%s</title>\n    <link href=\"https://%s/news/%s\"/>\n    <id>tag:portaverilltribune.com,2025:%d</id>\n%s  </entry>\n"
        % (esc(story(i)[0]), h, story(i)[1], 600 + i, d)
        for i, d in [(50, "    <updated>2025-03-11T14:05:00-05:00</updated>\n"),
                     (51, "    <published>2025-03-11T14:05:00Z</published>\n"),
                     (52, "    <updated>2025-03-11T14:05:00</updated>\n"),
                     (53, "    <updated>2025-03-11t19:05:00z</updated>\n"),
                     (54, "    <published>2025-03-12T09:00:00Z</published>\n    <updated>2025-03-10T09:00:00Z</updated>\n")]]
    emit("dates-atom-variants.xml", C, "Atom date variants: updated only, published only, no zone, lowercase t/z, published after updated",
         CT_ATOM, atom(ents, "tribune"), 5, titles=[story(i)[0] for i in (50, 51, 52, 53, 54)])

    h = H("sheriff")
    items = [
        item(story(40)[0], "https://%s/news/%s" % (h, story(40)[1]), None, summary(40), "Tue, 11 Mar 2025 14:05:00 GMT",
             extra="    <dc:date>2024-11-02T08:00:00Z</dc:date>"),
        item(story(41)[0], "https://%s/news/%s" % (h, story(41)[1]), None, summary(41), "Wed, 12 Mar 2025 10:00:00 GMT"),
        item(story(42)[0], "https://%s/news/%s" % (h, story(42)[1]), None, summary(42), "Mon, 03 Mar 2025 10:00:00 GMT",
             extra="    <dc:date>2025-03-03T10:00:00Z</dc:date>"),
    ]
    emit("dates-conflicting.xml", C, "pubDate and dc:date disagree by months; items are not in date order",
         CT_RSS, rss(items, "sheriff", ns=("dc",)), 3, titles=[story(i)[0] for i in (40, 41, 42)])

    dated("river", 30, ["Yesterday", "3 hours ago", "March 11th, 2025 at 2:05 pm", "11/03/2025", "Tuesday"],
          fname="dates-human-language.xml", trap="Human-language dates ('Yesterday', '3 hours ago', 'March 11th, 2025 at 2:05 pm', ambiguous '11/03/2025')",
          notes="Relative dates depend on when the feed was fetched; 11/03/2025 is ambiguous (Nov 3 or Mar 11).")

    dated("ledger", 20, ["11 Mar 2025 14:05:00 GMT", "Tue, 11 Mar 2025 14:05 GMT", "tue, 11 mar 2025 14:05:00 gmt",
                         "Tuesday, 11 March 2025 14:05:00 GMT", "Tue,  11  Mar  2025  14:05:00  GMT", "Tue 11 Mar 2025 14:05:00 GMT",
                         "Tue, 11 Mar 2025 14:05:00"],
          fname="dates-rfc822-variants.xml", trap="RFC 822 variants: no weekday, no seconds, lower case, full names, doubled spaces, no comma, no zone",
          notes="All mean 2025-03-11 14:05 (GMT; the last has no zone).")


# ==========================================================================
# 9. Formats and non-feeds
# ==========================================================================
def gen_formats():
    C = "formats"

    h = H("herald")
    its = "".join("<item>\n<title>%s</title>\n<link>https://%s/%s.html</link>\n<description>%s</description>\n</item>\n"
                  % (esc(story(i)[0]), h, story(i)[1], esc(summary(i))) for i in (7, 8, 9))
    body = ('<?xml version="1.0" encoding="ISO-8859-1"?>\n<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" '
            '"http://my.netscape.com/publish/formats/rss-0.91.dtd">\n<rss version="0.91">\n<channel>\n<title>Border Plains Herald</title>\n'
            '<link>https://%s/</link>\n<description>News</description>\n<language>en-us</language>\n'
            '<image>\n<title>Border Plains Herald</title>\n<url>https://%s/logo.gif</url>\n<link>https://%s/</link>\n</image>\n%s</channel>\n</rss>\n'
            % (h, h, h, its))
    emit("format-rss091-netscape.xml", C, "RSS 0.91 (Netscape) with DOCTYPE and <image>",
         "application/rss+xml; charset=iso-8859-1", body.encode("iso-8859-1"), 3, titles=[story(i)[0] for i in (7, 8, 9)],
         links=["https://%s/%s.html" % (h, story(i)[1]) for i in (7, 8, 9)])

    h = H("sentinel")
    its = "".join("<item>\n<title>%s</title>\n<link>https://%s/%s.html</link>\n</item>\n" % (esc(story(i)[0]), h, story(i)[1]) for i in (10, 11, 12))
    body = ('<?xml version="1.0"?>\n<rss version="0.91">\n<channel>\n<title>San Lucerne Daily Sentinel</title>\n<link>https://%s/</link>\n'
            '<description>News</description>\n<language>en-us</language>\n%s</channel>\n</rss>\n' % (h, its))
    emit("format-rss091-userland.xml", C, "RSS 0.91 (UserLand) without DOCTYPE; items with only title and link",
         None, body, 3, titles=[story(i)[0] for i in (10, 11, 12)],
         notes="Served with no Content-Type header.")

    h = H("avpr")
    its = "".join("<item>\n<title>%s</title>\n<description>%s</description>\n<source url=\"https://%s/rss\">AVPR</source>\n"
                  "<category domain=\"https://%s/cats\">local</category>\n<enclosure url=\"https://media.avpr.org/%d.mp3\" length=\"%d\" type=\"audio/mpeg\"/>\n"
                  "<link>https://%s/n/%d</link>\n</item>\n" % (esc(story(i)[0]), esc(summary(i)), h, h, i, 100000 + i, h, i) for i in (13, 14, 15))
    body = '<?xml version="1.0"?>\n<rss version="0.92">\n<channel>\n<title>AVPR</title>\n<link>https://%s/</link>\n<description>News</description>\n%s</channel>\n</rss>\n' % (h, its)
    emit("format-rss092.xml", C, "RSS 0.92 with source, category and enclosure", CT_RSS_BARE, body, 3,
         titles=[story(i)[0] for i in (13, 14, 15)])

    h = H("courier")
    body = (DECL + '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/">\n'
            '<channel rdf:about="https://%s/rss.rdf">\n<title>Millbrook Courier</title>\n<link>https://%s/</link>\n<description>News</description>\n'
            '<dc:language>en</dc:language>\n<sy:updatePeriod>hourly</sy:updatePeriod>\n<items>\n<rdf:Seq>\n%s</rdf:Seq>\n</items>\n</channel>\n'
            % (h, h, "".join('<rdf:li rdf:resource="https://%s/a/%d"/>\n' % (h, i) for i in (16, 17, 18))))
    for k, i in enumerate((16, 17, 18)):
        body += ('<item rdf:about="https://%s/a/%d">\n<title>%s</title>\n<link>https://%s/a/%d</link>\n<description>%s</description>\n'
                 '<content:encoded><![CDATA[<p>%s</p>]]></content:encoded>\n<dc:creator>Courier Staff</dc:creator>\n<dc:date>%s</dc:date>\n</item>\n'
                 % (h, i, esc(story(i)[0]), h, i, esc(summary(i)), summary(i, 2), iso(3 - k)))
    body += "</rdf:RDF>\n"
    emit("format-rss10-rdf.xml", C, "RSS 1.0 (RDF) with dc, sy and content modules", "application/rdf+xml", body, 3,
         titles=[story(i)[0] for i in (16, 17, 18)], links=["https://%s/a/%d" % (h, i) for i in (16, 17, 18)])

    h = H("ledger")
    items = []
    for k, i in enumerate((0, 1, 2)):
        t, slug, _ = story(i)
        link = "https://%s/news/2025/03/%s/" % (h, slug)
        items.append(item(t, link, "https://%s/?p=%d" % (h, 5000 + i), summary(i), rfc822(3 - k), permalink=False,
                          cats=["Immigration", "Local"], extra=(
                              "    <dc:creator><![CDATA[Marisol Quintana]]></dc:creator>\n"
                              "    <content:encoded><![CDATA[<p>%s</p>]]></content:encoded>\n"
                              "    <wfw:commentRss>%sfeed/</wfw:commentRss>\n    <slash:comments>%d</slash:comments>\n"
                              '    <media:content url="https://img.redfernledger.com/%s.jpg" medium="image"/>\n'
                              "    <georss:point>38.5412 -105.9981</georss:point>\n"
                              "    <feedburner:origLink>%s</feedburner:origLink>" % (summary(i, 3), link, 4 + k, slug, link))))
    extra = ('  <atom:link href="https://%s/feed/" rel="self" type="application/rss+xml"/>\n  <sy:updatePeriod>hourly</sy:updatePeriod>\n'
             '  <sy:updateFrequency>1</sy:updateFrequency>\n  <generator>https://wordpress.org/?v=6.4.3</generator>\n'
             '  <itunes:explicit>no</itunes:explicit>\n  <googleplay:block>yes</googleplay:block>\n' % h)
    emit("format-rss20-many-namespaces.xml", C, "RSS 2.0 with eleven namespaces (dc, content, atom, media, itunes, slash, wfw, sy, georss, feedburner, googleplay)",
         CT_RSS, rss(items, "ledger", ns=tuple(NS), extra=extra), 3, titles=[story(i)[0] for i in (0, 1, 2)],
         links=["https://%s/news/2025/03/%s/" % (h, story(i)[1]) for i in (0, 1, 2)])

    h = H("tribune")
    ents = "".join('<entry>\n<title>%s</title>\n<link rel="alternate" type="text/html" href="https://%s/n/%d"/>\n<id>tag:portaverilltribune.com,2025:%d</id>\n'
                   '<issued>%s</issued>\n<modified>%s</modified>\n<summary type="text/plain">%s</summary>\n'
                   '<content type="text/html" mode="escaped">&lt;p&gt;%s&lt;/p&gt;</content>\n</entry>\n'
                   % (esc(story(i)[0]), h, i, i, iso(3 - k), iso(3 - k), esc(summary(i)), esc(esc(summary(i, 2))))
                   for k, i in enumerate((19, 20, 21)))
    body = (DECL + '<feed version="0.3" xmlns="http://purl.org/atom/ns#" xml:lang="en">\n<title>Port Averill Tribune</title>\n'
            '<link rel="alternate" type="text/html" href="https://%s/"/>\n<modified>%s</modified>\n<author><name>Tribune</name></author>\n%s</feed>\n'
            % (h, iso(5), ents))
    emit("format-atom03.xml", C, "Atom 0.3 (issued/modified, mode=\"escaped\" content)", CT_ATOM, body, 3,
         titles=[story(i)[0] for i in (19, 20, 21)], links=["https://%s/n/%d" % (h, i) for i in (19, 20, 21)])

    ents, titles, links = std_entries("kwxr", 22, 4, "https://{host}/story/{slug}")
    emit("format-atom10.xml", C, "Plain, valid Atom 1.0 (baseline)", CT_ATOM, atom(ents, "kwxr"), 4, titles=titles, links=links)

    h = H("biz")
    jf = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Eastgate Business Journal",
        "home_page_url": "https://%s/" % h,
        "feed_url": "https://%s/feed.json" % h,
        "language": "en-US",
        "items": [
            {"id": "https://%s/2025/03/%s" % (h, story(i)[1]), "url": "https://%s/2025/03/%s" % (h, story(i)[1]),
             "title": story(i)[0], "content_html": "<p>%s</p>" % summary(i, 2), "summary": story(i)[2],
             "date_published": iso(3 - k, "-06:00"), "authors": [{"name": "Business Desk"}], "tags": ["business"]}
            for k, i in enumerate((34, 35, 36))],
    }
    emit("format-jsonfeed-11.json", C, "JSON Feed 1.1 (feedparser does not read JSON Feed)", "application/feed+json",
         json.dumps(jf, indent=2, ensure_ascii=False) + "\n", 3, titles=[story(i)[0] for i in (34, 35, 36)],
         links=["https://%s/2025/03/%s" % (h, story(i)[1]) for i in (34, 35, 36)])

    h = H("preps")
    jf = {
        "version": "https://jsonfeed.org/version/1",
        "title": "Northfield Prep Sports",
        "home_page_url": "https://%s/" % h,
        "items": [
            {"id": str(7000 + i), "url": "https://%s/%s" % (h, story(i)[1]), "title": story(i)[0],
             "content_text": summary(i), "date_published": iso(3 - k), "author": {"name": "Prep Desk"}}
            for k, i in enumerate((28, 29))] + [
            {"id": "7099", "content_text": "Quick hit: Eagles 24, Hawks 21 (OT). Full story to come.", "date_published": iso(0)}],
    }
    emit("format-jsonfeed-10-as-json.json", C, "JSON Feed 1.0 served as application/json; one item has no title or URL",
         "application/json; charset=utf-8", json.dumps(jf, indent=1) + "\n", 3,
         contains=["Quick hit: Eagles 24, Hawks 21 (OT)."])

    items, titles, links = std_items("city", 17, 3, "https://{host}/news/{slug}")
    emit("format-served-text-html.xml", C, "A valid RSS feed served as text/html", "text/html; charset=utf-8",
         rss(items, "city"), 3, titles=titles, links=links)

    items, titles, links = std_items("wx", 24, 3, "https://{host}/news/{slug}")
    emit("format-served-text-plain.xml", C, "A valid RSS feed served as text/plain (no charset) with non-ASCII text",
         "text/plain", rss(items, "wx", desc="Forecasts \u2014 updated hourly"), 3, titles=titles, links=links)

    items, titles, links = std_items("biz", 37, 3, "https://{host}/news/{slug}")
    emit("format-served-octet-stream.xml", C, "A valid RSS feed served as application/octet-stream", "application/octet-stream",
         rss(items, "biz"), 3, titles=titles, links=links)

    items, titles, links = std_items("tribune", 38, 3, "https://{host}/news/{slug}")
    emit("format-gzip-no-content-encoding.xml.gz", C, "Gzip-compressed RSS body sent with no Content-Encoding header",
         CT_RSS, gzip.compress(rss(items, "tribune").encode("utf-8"), compresslevel=9, mtime=0), 3, titles=titles, links=links,
         notes="Articles counted after gunzip; the raw body is binary.")

    h = H("ledger")
    html = ('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>The Redfern County Ledger | Local News</title>\n'
            '<link rel="alternate" type="application/rss+xml" title="Ledger RSS" href="https://%s/feed/">\n'
            '<link rel="alternate" type="application/atom+xml" title="Ledger Atom" href="/feed/atom/">\n</head>\n<body>\n'
            '<header><h1>The Redfern County Ledger</h1></header>\n<main>\n'
            '<article><h2><a href="/news/2025/03/%s">%s</a></h2><p>%s</p></article>\n'
            '<article><h2><a href="/news/2025/03/%s">%s</a></h2><p>%s</p></article>\n</main>\n</body>\n</html>\n'
            % (h, story(0)[1], esc(story(0)[0]), esc(story(0)[2]), story(1)[1], esc(story(1)[0]), esc(story(1)[2])))
    emit("format-html-page-with-alternate-link.html", C, "An HTML home page (with <link rel=\"alternate\"> feed autodiscovery) instead of a feed",
         "text/html; charset=utf-8", html, 0, notes="Not a feed; the alternate links point to https://%s/feed/ and /feed/atom/." % h)

    emit("format-empty-body.xml", C, "HTTP 200 with an empty body", CT_RSS, b"", 0)
    emit("format-whitespace-body.xml", C, "HTTP 200 whose body is only whitespace (spaces, CR/LF, tab)", CT_RSS, b"  \r\n\r\n\t \n", 0)

    html = ('<!DOCTYPE html>\n<html>\n<head><title>429 Too Many Requests</title></head>\n<body>\n<h1>Slow down</h1>\n'
            '<p>You have made too many requests to the feed. Please try again in 600 seconds.</p>\n<hr><address>nginx</address>\n</body>\n</html>\n')
    emit("format-rate-limited-html.html", C, "A '429 Too Many Requests' HTML page delivered with status 200", "text/html", html, 0)

    html = ('<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title><meta http-equiv="refresh" content="390">'
            '<script>(function(){window._cf_chl_opt={cvId:"3",cType:"managed"};})();</script></head>'
            '<body><div class="main-wrapper"><h1>www.kwxr7news.com</h1><h2>Checking if the site connection is secure</h2>'
            '<noscript>Enable JavaScript and cookies to continue</noscript></div></body></html>\n')
    emit("format-bot-challenge-html.html", C, "A JavaScript bot-challenge interstitial page instead of the feed", "text/html; charset=UTF-8", html, 0)

    html = ('<html><head><title>Page Not Found - Millbrook Courier</title></head><body><h1>Oops! That page can&rsquo;t be found.</h1>'
            '<p>It looks like nothing was found at this location. Maybe try a search?</p>'
            '<ul><li><a href="/local/council-approves-budget">%s</a></li></ul></body></html>\n' % esc(story(14)[0]))
    emit("format-soft-404-html.html", C, "A 'page not found' HTML page served with status 200 at the feed URL", "text/html; charset=UTF-8", html, 0)

    body = (DECL + "<Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>7Q2K9X1M3B</RequestId>"
            "<HostId>b3JpZ2luLWZlZWQtYnVja2V0</HostId></Error>\n")
    emit("format-xml-error-document.xml", C, "An XML error document from a storage bucket instead of the feed", CT_XML, body, 0)

    h = H("avpr")
    items = []
    for k, n in enumerate((214, 213, 212)):
        items.append(item("Valley Talk %d: %s" % (n, story(40 + k)[0]), "https://%s/podcasts/valley-talk/%d" % (h, n),
                          "avpr-vt-%d" % n, summary(40 + k), rfc822(3 - k), permalink=False, extra=(
                              '    <enclosure url="https://media.avpr.org/valley-talk/ep%d.mp3" length="%d" type="audio/mpeg"/>\n'
                              "    <itunes:duration>%d:%02d</itunes:duration>\n    <itunes:episode>%d</itunes:episode>\n"
                              "    <itunes:explicit>false</itunes:explicit>\n    <itunes:image href=\"https://media.avpr.org/vt.jpg\"/>"
                              % (n, 20000000 + n, 25 + k, 10 * k, n))))
    extra = ('  <itunes:author>Alder Valley Public Radio</itunes:author>\n  <itunes:category text="News"><itunes:category text="Politics"/></itunes:category>\n'
             '  <itunes:owner><itunes:name>AVPR</itunes:name><itunes:email>podcasts@avpr.org</itunes:email></itunes:owner>\n')
    emit("format-podcast-itunes.xml", C, "Podcast RSS 2.0 with iTunes tags and enclosures", CT_RSS,
         rss(items, "avpr", title="Valley Talk", ns=("itunes", "content"), extra=extra), 3,
         titles=["Valley Talk %d: %s" % (n, story(40 + k)[0]) for k, n in enumerate((214, 213, 212))])

    items, titles, links = std_items("herald", 44, 3, "https://{host}/news/{slug}")
    body = rss(items, "herald").replace('<rss version="2.0">', "<rss>")
    emit("format-rss-no-version.xml", C, "<rss> root without a version attribute", CT_RSS, body, 3, titles=titles, links=links)

    items, titles, links = std_items("sentinel", 47, 3, "https://{host}/news/{slug}")
    body = rss(items, "sentinel", decl=DECL + '<?xml-stylesheet type="text/xsl" media="screen" href="/~files/feed-premium.xsl"?>\n'
               '<?xml-stylesheet type="text/css" href="/feed.css"?>\n')
    emit("format-rss-with-stylesheets.xml", C, "RSS 2.0 with xml-stylesheet processing instructions (browser-friendly feed)",
         CT_TEXTXML, body, 3, titles=titles, links=links)

    h = H("river")
    ents = "".join('  <atom:entry>\n    <atom:title>%s</atom:title>\n    <atom:link href="https://%s/r/%d"/>\n    <atom:id>tag:newsriverlocal.net,2025:%d</atom:id>\n'
                   '    <atom:updated>%s</atom:updated>\n    <atom:summary>%s</atom:summary>\n  </atom:entry>\n'
                   % (esc(story(i)[0]), h, 20000 + i, i, iso(3 - k), esc(summary(i))) for k, i in enumerate((53, 54, 55)))
    body = (DECL + '<atom:feed xmlns:atom="http://www.w3.org/2005/Atom">\n  <atom:title>NewsRiver Local</atom:title>\n'
            '  <atom:id>https://%s/</atom:id>\n  <atom:updated>%s</atom:updated>\n%s</atom:feed>\n' % (h, iso(9), ents))
    emit("format-atom-prefixed.xml", C, "Atom 1.0 where every element carries an 'atom:' prefix (no default namespace)",
         CT_ATOM, body, 3, titles=[story(i)[0] for i in (53, 54, 55)], links=["https://%s/r/%d" % (h, 20000 + i) for i in (53, 54, 55)])

    h = H("kwxr")
    its = "".join("<item>\n<title>%s</title>\n<link>https://%s/s/%d</link>\n<description>%s</description>\n<pubDate>%s</pubDate>\n</item>\n"
                  % (esc(story(i)[0]), h, i, esc(summary(i)), rfc822(60 - i)) for i in (56, 57, 58))
    body = '<?xml version="1.0"?>\n<rss version="0.94">\n<channel>\n<title>KWXR</title>\n<link>https://%s/</link>\n<description>News</description>\n%s</channel>\n</rss>\n' % (h, its)
    emit("format-rss094.xml", C, "RSS 0.94 (rare intermediate version)", CT_RSS_BARE, body, 3, titles=[story(i)[0] for i in (56, 57, 58)])


# ==========================================================================
# main
# ==========================================================================
def main():
    gen_entities()
    gen_illformed()
    gen_encoding()
    gen_texthtml()
    gen_urls()
    gen_guidonly()
    gen_giant()
    gen_dates()
    gen_formats()

    os.makedirs(OUT, exist_ok=True)
    for name in sorted(os.listdir(OUT)):
        if name not in FILES:
            os.remove(os.path.join(OUT, name))
    for name, data in FILES.items():
        path = os.path.join(OUT, name)
        try:
            with open(path, "rb") as f:
                if f.read() == data:
                    continue
        except FileNotFoundError:
            pass
        with open(path, "wb") as f:
            f.write(data)
    with open(MANIFEST, "w", encoding="utf-8", newline="\n") as f:
        json.dump(RECORDS, f, indent=1, ensure_ascii=False)
        f.write("\n")

    total = sum(len(d) for d in FILES.values())
    cats = {}
    for r in RECORDS:
        cats[r["category"]] = cats.get(r["category"], 0) + 1
    print("%d files, %.1f MB" % (len(FILES), total / 1e6))
    for c, n in cats.items():
        print("  %-10s %d" % (c, n))


if __name__ == "__main__":
    main()
