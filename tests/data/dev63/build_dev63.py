"""Build tests/data/dev63/quotes.json from the hand-written tests/data/dev63/quotes.src.

    python tests/data/dev63/build_dev63.py   # from the repository root: validate, write, print counts
    python tests/data/dev63/build_dev63.py --check   # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev63/build_dev63.py --show fk-004   # print documents with their labels marked inline

A sixty-third labelled development (tuning) set for the quotation tagger, written blind (without sight of the
tagger or of the texts of the held-out set and the earlier labelled sets) as a fair proxy for the held-out set:
sixteen documents of the kinds an immigration advocacy group's press monitor sees, in the mix of shapes ordinary news
copy has, weighted to none, on subjects other than dev60's, dev61's and dev62's. A father arrested at a routine ICE
check-in (his daughter's splits, "she said" after two other women are named, "his daughter said", an ICE
spokeswoman's two partials after one "said in an email" and a "She said" partial, a pastor, a congresswoman's
statement); wire copy of a governor signing a bill that limits detainers in county jails (straight marks: the
governor's splits and a last "he said" with three men between, the bill's sponsor, "told Cascade Wire", a sheriff's
partials after "said" and "predicted", ICE's statement, Frank Sharry's partials after "said in a statement" and
"called"); America's Voice's "Statement of Lynn Tramonte, Deputy Director, America's Voice, on ..." (a narrative
paragraph before the statement's two paragraphs, John Morton's memo, Janet Napolitano's "told a Senate committee"
partial, a sheriff's letter, "Tramonte continued:"); a university center's study of detainers in Kansas jails ("The
study found", "According to the report", "It warns", a pull quote, ICE's guidance "describes", "told the Kaw Valley
Courier" split, "Replied Halvorsen:", a field office spokesman); a federal judge ordering a bond hearing ("she wrote"
partial, "wrote" split, "noted", "had argued", a wife's and a detained man's "said" splits); an edited transcript of
a House subcommittee hearing with Morton ("who testified that", a cellmate's letter read into the record, "As I wrote",
"The 2011 standards say", Napolitano's testimony cited, a sheriff's words "He said, and I wrote it down,", "She
wrote:"); a Q-and-A with Sharry (a senator's "calls", "As I told a room full of DREAMers", Morton's "says", "she had
written:", "My mother used to say,"); a present-tense feature on a know-your-rights class in a laundromat ("she
says", "She recalls ...:" over two paragraphs, "she asks", "answers", a room's repeated phrase); a pediatrician's
op-ed ("told me:", Morton's memo, "put it more bluntly than I can:", "As I told the county health board", a boy's
"asked me ... whether" partial, Napolitano's "has said that"); an editorial on renewing a 287(g) agreement ("he told
commissioners", "according to the report", "she told this newspaper", a scare quote and a slogan); wire copy of a
death in a Nevada detention center (straight marks: ICE's "the agency said" and "It said" partials, a sister's "she
said by phone" and a last "she said" with three women between, a former detainee, the contractor, "told reporters",
Lynn Tramonte's "said in a statement" partial); neighbors raising a detained landscaper's bond ("Mateo asked", "Holt
said, though he added that"); an immigrant coalition's release on Secure Communities (a headline quote credited by
its colon, "issued the following statement:" over two paragraphs, "told the coalition", "wrote in a letter to county
commissioners", "added:"); students protesting ICE recruiters at a career fair (a chant, signs, an unnamed recruiter,
"In an emailed statement, ICE said it"); and two confounders that hit no watched topic (a high school orchestra on a
stalled ICE, Germany's InterCity Express; John Morton the retiring church organist, a namesake, with "He still
remembers his first lesson:" before a quote-only paragraph and a continued one). Speakers are people, organisations
and descriptions; quotes are positional, split, partial inside reported speech, continued and multi-paragraph,
credited by pronouns across paragraphs with people of the same sex between, by cues other than said; beside
non-quotes (titles, signs, slogans, scare quotes, nicknames, words as words, terms).
It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out
builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what
differs: ids look like ``fk-001`` and documents run 200-1100 words. Its conventions beyond the earlier sets'
are in the header of quotes.src.

Like the builders of dev4 to dev62 it reads each document's comment line ``# focus: ...``, reports the number
of documents per focus, and warns about a focus the document's labels cannot bear out.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # set before the import below, so no __pycache__ appears next to the builders
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/data

from foci import HARD_SHAPES, focused_set  # noqa: E402
from labelled_sets import main  # noqa: E402

DEV63 = focused_set(__file__, id_prefix="fk", words=(200, 1100), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV63, sys.argv[1:]))
