"""Build tests/data/dev77/quotes.json from the hand-written tests/data/dev77/quotes.src.

    python tests/data/dev77/build_dev77.py   # from the repository root: validate, write, print counts
    python tests/data/dev77/build_dev77.py --check   # validate and compare, write nothing (exit 1 if stale)
    python tests/data/dev77/build_dev77.py --show fy-004   # print documents with their labels marked inline

A seventy-seventh labelled development (tuning) set for the quotation tagger, written blind (without sight of
the tagger or of the texts of the held-out set and the earlier labelled sets): sixteen documents in the mix an
immigration advocacy group's press monitor sees, on subjects other than dev60's to dev76's, weighted to no shape,
466-681 words each, with many people quoted in each, people described and never named, relatives sharing a surname,
people named by first name only, pronouns reaching back across paragraphs and quotes credited in the sentence after
them.
A volunteer dog groomer arrested by ICE at an animal shelter's adoption fair (a spokesman's "said in an email" and
two partials after "He said", a boy named in full and credited as "Theo", a last "she said" with three women quoted
since); wire copy in straight marks of Janet Napolitano telling domestic violence shelter directors that ICE will
make no arrests at shelters ("told the directors", "asked:" and "Napolitano replied:", "He added", "According to", an
abuser's threat relayed by the woman he threatened, Lynn Tramonte's "said in a statement" and "urged"); America's
Voice's release on ICE arresting a janitor on city hall's steps after a volunteer award (a headline quote, "Frank
Sharry issued the following statement:" over two paragraphs, John Morton's memo, a literacy council's Facebook post,
"Tramonte continued:" and a continuation); a court report of an appeals court opening a jail's work release to people
held on ICE detainers ("The opinion said", a handbook's "promises", "testified that", "warned" and "accused"); a 4-H
agent's op-ed on families skipping the county fair after ICE arrests at a sale barn ("she told me", Morton's "has
said", her own "As I told the fair board", "asked Yesenia"); a letters page on a soccer sign-up form asking for a
Social Security number (the paper's editorial cited by a letter, "One coach told me:", a son's questions, Sharry's
"wrote", a continuation); a state House committee hearing on a bill keeping ICE interviews out of schools, with an
edited excerpt whose labelled turns are not quotes ("She told the committee:", a student's "told me,", Morton's
letter in a representative's turn); a present-tense feature at a flower shop whose driver ICE arrested (a quote
credited in the next sentence, "says in an email", a customer's "says,", "says Sofía"); a Q-and-A with a real estate
agent on families selling before deportation ("You told", "As I tell", Sharry's "has said" in a question, "told me
...:"); a live blog of a sheriffs' association vote on honoring detainers ("Marroquín says:", Morton by video, a
shout credited to nobody, a resolution's "asks", "Asked Lorne Fisk ...:", Tramonte's "tweets:"); an obituary of a
sheriff who ended his jail's 287(g) agreement ("He told the Gazette ...:", "told the commissioners:" over two
paragraphs); a sports story on a minor-league pitcher pitching with his mother in ICE detention (a headline quote
credited by its colon, "called it on the air:", his mother's words relayed, "said in a statement"); an editorial on
ICE searching small claims filings for addresses ("told legislators", Napolitano's letter "wrote that", "told this
newspaper:", "She then asked Garrity:"); local TV web copy of a documentary premiere about a deported cook ("told
KWLT 7", a woman in the audience, "The agency ... said"). Two confounders that hit no watched topic: a shaved ice
truck with SHAVE ICE on its side, in straight marks, and Lynn Tramonte the 71-year-old marathoner, a namesake.
Speakers are people, organisations and descriptions; cues go beyond said (told, added, wrote, testified, asked,
replied, called, warned, accused, urged, promises, continued, tweets, according to, in a statement); beside them
stand non-quotes (titles, signs, nicknames, a slogan, a term, words, a scare quote).
It is in exactly the format of the held-out set (tests/data/heldout/quotes.src), built by the held-out
builder's code (tests/data/heldout/build_heldout.py and tests/data/labelled_sets.py). This wrapper sets what
differs: ids look like ``fy-001`` and documents run 450-900 words. Its conventions beyond the earlier sets'
are in the header of quotes.src.

Like the builders of dev4 to dev76 it reads each document's comment line ``# focus: ...``, reports the number
of documents per focus, and warns about a focus the document's labels cannot bear out.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # set before the import below, so no __pycache__ appears next to the builders
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/data

from foci import HARD_SHAPES, focused_set  # noqa: E402
from labelled_sets import main  # noqa: E402

DEV77 = focused_set(__file__, id_prefix="fy", words=(450, 900), focus_help=HARD_SHAPES)

if __name__ == "__main__":
    sys.exit(main(DEV77, sys.argv[1:]))
