"""Build tests/data/dev70/quotes.json from the hand-written tests/data/dev70/quotes.src.

    python tests/data/dev70/build_dev70.py   # from the repository root: validate, write, print counts
    python tests/data/dev70/build_dev70.py --check   # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev70/build_dev70.py --show fr-004   # print documents with their labels marked inline

A seventieth labelled development (tuning) set for the quotation tagger, written blind (without sight of the
tagger or of the texts of the held-out set and the earlier labelled sets): sixteen documents in the mix an
immigration advocacy group's press monitor sees, on subjects other than dev60's to dev69's, weighted to no shape.
ICE officers arresting a hospice aide in a dying farmer's driveway (his daughter's last "she said" with two others
quoted since, a spokeswoman described before she is named, relatives sharing the surnames Ostby and Quintanilla);
wire copy in straight marks of John Morton telling public defenders that ICE detainees, those held in county jails
on detainers among them, will get a free call within six hours ("told the Western Conference of Public Defenders",
"she asked" and "Morton replied:", Frank Sharry's "called" and "said" partials); America's Voice's release on a
kidney donor arrested on his way to surgery for his brother (a headline quote, "Lynn Tramonte ... issued the
following statement:" over two paragraphs, Morton's memo, "According to the family's lawyer", "Frank Sharry ...
added:"); a court report of a magistrate judge throwing out evidence from a predawn ICE entry ("calling", "wrote",
"testified", "argued", "told the court", "replied", relatives sharing the surname Espinal); a hardware store owner's
op-ed on his clerk (Morton's "has said", Napolitano's "told a Senate committee", a customer never named, his own "As
I told"); a letters page on a fair board lending ICE a sheep barn (the paper's editorial cited by a letter, a child
never named); a state House hearing on standby guardians for children, with an edited excerpt whose labelled turns
are not quotes (the agency's letter read out, Sharry's phrase in a question); a present-tense feature at a swap meet
("stops ... and says:", a son by first name); a Q-and-A with a guardian ad litem (Napolitano's words in a question,
"You told the county board", "As I told them"); a live blog of a state Senate debate on E-Verify ("Asked Osei:", a
shout credited to nobody, "issued a statement:", Tramonte's statement, ICE's fact sheet); a medical society's report
on pregnant women in ICE detention (a pull quote, "The report found", "according to the report", "It recommended",
"ICE said in a statement:" over two paragraphs); a food co-op's newsletter ("As we wrote", "told our board", a member's
comment card); an editorial on a sheriff's federal jail money with Secure Communities and detainers ("According to a
memo from the county's finance director", Napolitano's letter "wrote that"); local radio copy of a diner owner's
Instagram posts about her cook held on a detainer (commenters never named, "wrote on Instagram", "posted"). Two
confounders that hit no watched topic: S-Comm the internet provider, in straight marks, and John Morton the
courthouse clock keeper, a namesake. Speakers are people, organisations and descriptions; cues go beyond said (told,
added, wrote, posted, testified, argued, replied, answered, asked, warned, recalled, according to, in a statement);
beside them stand non-quotes (titles, signs, slogans, scare quotes, nicknames, words as words, terms).
It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out
builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what
differs: ids look like ``fr-001`` and documents run 200-1100 words. Its conventions beyond the earlier sets'
are in the header of quotes.src.

Like the builders of dev4 to dev69 it reads each document's comment line ``# focus: ...``, reports the number
of documents per focus, and warns about a focus the document's labels cannot bear out.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # set before the import below, so no __pycache__ appears next to the builders
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/data

from foci import HARD_SHAPES, focused_set  # noqa: E402
from labelled_sets import main  # noqa: E402

DEV70 = focused_set(__file__, id_prefix="fr", words=(200, 1100), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV70, sys.argv[1:]))
