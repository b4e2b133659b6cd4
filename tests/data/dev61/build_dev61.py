"""Build tests/data/dev61/quotes.json from the hand-written tests/data/dev61/quotes.src.

    python tests/data/dev61/build_dev61.py   # from the repository root: validate, write, print counts
    python tests/data/dev61/build_dev61.py --check   # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev61/build_dev61.py --show fi-004   # print documents with their labels marked inline

A sixty-first labelled development (tuning) set for the quotation tagger, written blind (without sight of the tagger
or of the texts of the held-out set and the earlier labelled sets) as a fair proxy for the held-out set: sixteen
documents of the kinds an immigration advocacy group's press monitor sees, in the mix of shapes ordinary news copy
has, weighted to none, on subjects other than dev59's and dev60's. A roofer arrested by ICE officers in a courthouse
hallway (the public defender and a judge split, his wife's "she said", the spokeswoman's "called" and "said in an
email", the chief judge's partial); wire copy of families left at an Arizona bus depot (straight marks: a volunteer
coordinator, ICE's two partials after "said in a statement", an unnamed ICE spokesman, a mother through an
interpreter, the city manager "told reporters", a bus company, "said one volunteer"); America's Voice's release on
a Tennessee study of Secure Communities (a headline quote, "According to the report", John Morton's partial, "The
following is a statement from Lynn Tramonte ...:" over two paragraphs, a police chief's letter "As ... wrote",
"Tramonte continued:", "Tramonte added:") and a Nashville story that picks it up with reworded and partial quotes
(the study's author split and "she said", "The report says", Tramonte's two partials after two verbs, an ICE
spokesman's "wrote", a police chief by phone, a sheriff and his continued paragraph, "wrote on Facebook"); a TV
transcript with a police chief whose jail stopped honoring detainers (labelled turns; inside them a city attorney
"told me", Janet Napolitano read by the host, "As I said", ICE's letter "says", a sheriff's partial, a woman's
question, a viewer's email); an orchardist's op-ed on an I-9 audit (the notice's "it warned", the foreman "told me",
Napolitano's "called", a congressman's "he said:", his own "As I told ..."); a family feature in the present tense
after a fishing ticket, a Secure Communities match and a detainer (a three-paragraph "She tells it this way:", a
sheriff's spokeswoman, the daughter, the teacher, the father by phone, ICE's partial); a county commission renting
jail beds to ICE ("what one speaker called", a memo "according to", "told commissioners", "told the commission:",
a shout); wire copy of a hunger strike at a detention center (straight marks: ICE's "confirmed" and "said", guards'
words relayed, a lawyer "told Gulf States Wire", the contractor, Frank Sharry's two partials); a university's dairy
labour study ("the study said", "According to the study", its author "told the Dairyland Courier", a pull quote);
a mother in sanctuary in a church (the pastor, ICE's three partials, a church member split, a dissenter, "he
answered:"); a deferred action clinic ("Said one volunteer ...:", Napolitano's memo "As ... wrote", an agency's
website "says", a congressman "called" and "said in a statement"); a county audit of a sheriff's 287(g) jail unit
("It concluded", "According to the audit", the sheriff split and "he said" after another man, an unnamed ICE
spokeswoman, Frank Sharry, "She recalled ...:"); a task force's report on Secure Communities with five members
quitting (the report's partials, "she wrote:" over two paragraphs with Napolitano named between, Napolitano's and
Morton's words); and two confounders that hit no watched topic (firefighters urging an ICE, "in case of emergency",
entry in phones; Frank Sharry the retiring school crossing guard, a namesake). Speakers are people, organisations
and descriptions; quotes are positional, split, partial inside reported speech, continued and multi-paragraph,
credited by pronouns across paragraphs with people of the same sex between, by cues other than said; beside
non-quotes (titles, signs, slogans, scare quotes, nicknames, terms, words as words).
It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out
builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what
differs: ids look like ``fi-001`` and documents run 200-1100 words. Its conventions beyond the earlier sets'
are in the header of quotes.src.

Like the builders of dev4 to dev60 it reads each document's comment line ``# focus: ...``, reports the number
of documents per focus, and warns about a focus the document's labels cannot bear out.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # set before the import below, so no __pycache__ appears next to the builders
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/data

from foci import HARD_SHAPES, focused_set  # noqa: E402
from labelled_sets import main  # noqa: E402

DEV61 = focused_set(__file__, id_prefix="fi", words=(200, 1100), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV61, sys.argv[1:]))
