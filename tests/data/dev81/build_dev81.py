"""Build tests/data/dev81/quotes.json from the hand-written tests/data/dev81/quotes.src.

    python tests/data/dev81/build_dev81.py   # from the repository root: validate, write, print counts
    python tests/data/dev81/build_dev81.py --check   # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev81/build_dev81.py --show gc-004   # print documents with their labels marked inline

An eighty-first labelled development (tuning) set for the quotation tagger, written blind (without sight of
the tagger or of the texts of the held-out set and the earlier labelled sets): sixteen documents in the mix an
immigration advocacy group's press monitor sees, on subjects other than dev60's to dev80's, weighted to no shape,
464-549 words each, with many people quoted in each, people described and never named, organisations as speakers,
relatives sharing a surname, people named by first name only, pronouns reaching back across paragraphs and quotes
credited in the sentence after them.
Local news of ICE arresting a piñata maker at a party supply store's back door (an owner's splits, a wife's "she
said" and a quote credited in the next sentence with a continuation, an ICE spokeswoman's two partials, a customer
never named, "asked Emilio", a lawyer); wire copy in straight marks of John Morton telling blood bank operators that
ICE will make no arrests at blood drives ("told the collectors' annual meeting", "He called", a directive's text
"According to", "asked:" and "Morton replied:", a forklift driver never named, Frank Sharry's "called" and "said");
America's Voice's release on ICE arresting a father at a Little League concession stand after a Secure Communities
match and a jail detainer (a headline quote, Lynn Tramonte's "issued the following statement:" over two paragraphs,
"told the Dorsey County Herald", a boy's question relayed by his mother, ICE's two partials, "wrote on Facebook",
an umpire, Sharry's "added:" and a continuation); a court report of a small claims judge ordering a landlord to
return the deposit of a tenant deported from the county jail on an ICE detainer ("wrote that", "She called",
"testified", "she told the court", the tenant's letter read into the record, the sheriff's office's "said in a
statement", a clerk, a legal aid lawyer's quote credited in the next sentence); an auto mechanic's op-ed on cars
left in his lot after ICE arrests ("She asked me", ICE's partials, "I told the city council", Morton's "has said",
"he joked", "used to say"); a letters page on a hospital district sending ICE the addresses on unpaid ambulance
bills (the paper's editorial cited, "She told the Record", a paramedic's "told me", Janet Napolitano's partial,
"She asked:", "As I said" and a continuation); a city council committee hearing on ICE tip-line ads on buses with a
transcript excerpt ("He told the committee:", Tramonte's written testimony, "A rider told me", "testified", a
union's "said in a statement" and a continuation, an ICE spokesman's partial); a present-tense feature on a
quilting circle making a quilt for a member in ICE detention ("says", a quote credited in the next sentence and a
continuation, "says in an email", "asks Itzel"); a Spanish-language weekly's English edition with a translated
Q-and-A with a mover (a headline quote handed to a description, "You told", "One woman in Pharr asked me", "I tell
my crews", "Leticia ... told me"); a live blog of a faculty senate vote keeping ICE out of classrooms ("Lomax
says:", a shout credited to nobody, Napolitano's letter read out, "tweets ...:", "tells the senate", "issues a
statement"); an obituary of a barber who gave free haircuts to men released from ICE detention ("he told the
Gazette:" over two paragraphs, Tramonte's "said in a statement", a brother's split and continuation); a sports
story on a state tennis doubles title with a player's father held in the county jail on an ICE detainer (a
headline quote, a father's words relayed, a school district's statement, Sharry's "tweeted ...:"); a fact-check of
a commissioner's claim about Secure Communities (the claim credited in the next sentence, "According to" the
sheriff's office, Napolitano's "told Congress", Morton's "wrote in a June 2011 memo that", the rating a term); a
fishermen's cooperative's newsletter on a deckhand arrested by ICE at the fuel dock ("told the Landing Line" and a
continuation, ICE's "said in a statement", "asked Jonah", a dockhand never named). Two confounders that hit no
watched topic: a police log in straight marks on black ice, a stolen ice auger and an ice cream truck at midnight,
and a photo caption gallery of a town's 150th anniversary parade whose grand marshal, Lynn Tramonte, a retired
postmaster, is a namesake.
Speakers are people, organisations and descriptions; cues go beyond said (told, tells, added, wrote, testified,
asked, replied, called, joked, shouted, tweeted, tweets, according to, in a statement, in an email, issued the
following statement, issues a statement); beside them stand non-quotes (titles, signs, slogans, nicknames, terms,
a word, a scare quote).
It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out
builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what
differs: ids look like ``gc-001`` and documents run 450-900 words. Its conventions beyond the earlier sets'
are in the header of quotes.src.

Like the builders of dev4 to dev80 it reads each document's comment line ``# focus: ...``, reports the number
of documents per focus, and warns about a focus the document's labels cannot bear out.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # set before the import below, so no __pycache__ appears next to the builders
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/data

from foci import HARD_SHAPES, focused_set  # noqa: E402
from labelled_sets import main  # noqa: E402

DEV81 = focused_set(__file__, id_prefix="gc", words=(450, 900), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV81, sys.argv[1:]))
