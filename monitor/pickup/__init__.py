"""Press-release pickup: did the press use our release, where, and which of our quotes ran.

prose.py        words with offsets, boilerplate, sentences, hashed word 5-grams (pure)
fingerprint.py  a release, fingerprinted once: its body's 5-grams, distinctive sentences, quotes
match.py        one article against one release: containment, copied sentences (whole or lightly edited)
quotes.py       a release quote in an article: aligned word by word, each changed word named
mentions.py     named, on the release's subject, and not for an earlier statement
index.py        many articles against many releases: candidates by shared 5-grams, topics and names, then
                match.py; what releases share with each other is boilerplate
report.py       stored matches into the report's rows, series and formats
"""

ALGORITHM_VERSION = "pickup-2"
