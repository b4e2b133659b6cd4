"""Press-release pickup: did the press use our release, where, and which of our quotes ran.

    text.py         words with offsets, boilerplate, sentences, hashed word 5-grams (pure)
    fingerprint.py  a release, fingerprinted once: its body's 5-grams, distinctive sentences, quotes
    match.py        one article against one release: containment, copied sentences, fuzzy quotes
    index.py        many articles against many releases: candidates by shared 5-grams, then match.py
    report.py       stored matches into the report's rows, series and formats
"""

ALGORITHM_VERSION = "pickup-1"
