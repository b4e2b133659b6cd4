"""Self-check for the hand-labelled press-release pickup set (standard library only).

    python3 tests/data/pickup/check_labeled.py

Checks labeled.json against the release files and the article texts, prints counts per match type,
and exits 1 (listing every problem) if anything is inconsistent.

Labelling conventions the checks rely on:
- A release's `quotes` are the words between its curly quote marks, without the marks and without the
  comma that hands over to the attribution (`“... families,” said ...` → `... families`).
- `index` in an article label is 1-based into that list. `verbatim` is true when the article uses the
  release's words unchanged (case and punctuation aside), possibly trimmed at either end; `altered` then
  lists nothing. Otherwise `altered` lists every word-level change inside the used part of the quote:
  `old→new` (replaced), `old→` (dropped), `→new` (added).
- Words outside the quote marks (a split attribution such as `,” Tramonte said. “`) are not part of a
  quote and are never alterations.
- A release missing from an article's `expected` means match "none" for that pair.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

HERE = Path(__file__).resolve().parent
LABELS = HERE / "labeled.json"
MATCHES = ("verbatim", "partial", "quote", "mention", "none")
STRENGTH = {m: i for i, m in enumerate(reversed(MATCHES))}  # none=0 ... verbatim=4
MIN_RUN = 8          # consecutive quote words an article must contain for a "verbatim" quote label
MIN_QUOTE_WORDS = 12


def words(text: str) -> list[str]:
    """Casefolded words with punctuation stripped (apostrophes removed inside words)."""
    text = text.casefold().replace("’", "").replace("'", "")
    return re.findall(r"[^\W_]+", text)


def contains_run(haystack: list[str], needle: list[str]) -> bool:
    """True if `needle` occurs in `haystack` as consecutive words."""
    return (" " + " ".join(needle) + " ") in (" " + " ".join(haystack) + " ")


def has_window(article: list[str], quote: list[str], size: int) -> bool:
    """True if some `size` consecutive words of `quote` (the whole quote if shorter) occur in `article`."""
    size = min(size, len(quote))
    return any(contains_run(article, quote[i:i + size]) for i in range(len(quote) - size + 1))


def main() -> int:
    data = json.loads(LABELS.read_text(encoding="utf-8"))
    problems: list[str] = []

    def check(ok: bool, message: str) -> None:
        if not ok:
            problems.append(message)

    releases = {}
    for rel in data["releases"]:
        rid = rel["id"]
        check(rid not in releases, f"duplicate release id {rid}")
        releases[rid] = rel
        path = HERE / rel["file"]
        if not path.is_file():
            problems.append(f"{rid}: release file {rel['file']} does not exist")
            continue
        raw = path.read_text(encoding="utf-8")
        check(2 <= len(rel["quotes"]) <= 4, f"{rid}: {len(rel['quotes'])} quotes, expected 2-4")
        for n, quote in enumerate(rel["quotes"], 1):
            check(quote in raw, f"{rid}: quote {n} does not appear verbatim in {rel['file']}")
            check(f"“{quote}" in raw, f"{rid}: quote {n} does not start right after a curly opening quote")
            check(len(words(quote)) >= MIN_QUOTE_WORDS, f"{rid}: quote {n} is shorter than {MIN_QUOTE_WORDS} words")
        check(bool(rel.get("homes")), f"{rid}: no homes")
        check(bool(rel.get("organisation")) and bool(rel.get("spokespeople")), f"{rid}: organisation/spokespeople missing")

    article_ids = set()
    by_article = Counter()
    by_pair = Counter()
    quote_labels = Counter()
    homes = multi = 0
    for art in data["articles"]:
        aid = art["id"]
        check(aid not in article_ids, f"duplicate article id {aid}")
        article_ids.add(aid)
        for key in ("url", "outlet", "published", "title", "text", "expected", "note"):
            check(key in art, f"{aid}: missing key {key}")
        text_words = words(art["title"] + "\n\n" + art["text"])
        host = urlsplit(art["url"]).hostname or ""
        is_home = any(host == h or host.endswith("." + h) for r in releases.values() for h in r["homes"])
        check(bool(art.get("home")) == is_home, f"{aid}: home flag {art.get('home')} but host {host}")
        homes += is_home

        strongest = "none"
        seen = set()
        for label in art["expected"]:
            rid = label["release"]
            match = label["match"]
            check(rid in releases, f"{aid}: unknown release {rid}")
            check(rid not in seen, f"{aid}: release {rid} labelled twice")
            seen.add(rid)
            check(match in MATCHES, f"{aid}/{rid}: invalid match {match!r}")
            check(match != "none", f"{aid}/{rid}: 'none' pairs are expressed by leaving the release out")
            if match not in MATCHES or rid not in releases:
                continue
            by_pair[match] += 1
            if STRENGTH[match] > STRENGTH[strongest]:
                strongest = match
            rel = releases[rid]
            check(art["published"] >= rel["published"], f"{aid}/{rid}: article published before the release")
            quotes = label.get("quotes", [])
            check(match not in ("mention",) or not quotes, f"{aid}/{rid}: a mention cannot contain quotes")
            check(match != "quote" or bool(quotes), f"{aid}/{rid}: match 'quote' needs at least one quote")
            indexes = [q["index"] for q in quotes]
            check(len(indexes) == len(set(indexes)), f"{aid}/{rid}: a quote index is listed twice")
            for q in quotes:
                n = q["index"]
                if not (isinstance(n, int) and 1 <= n <= len(rel["quotes"])):
                    problems.append(f"{aid}/{rid}: quote index {n} out of range 1..{len(rel['quotes'])}")
                    continue
                qwords = words(rel["quotes"][n - 1])
                altered = q.get("altered", [])
                for edit in altered:
                    check("→" in edit, f"{aid}/{rid}: quote {n} altered entry {edit!r} has no →")
                    check(edit.strip() != "→", f"{aid}/{rid}: quote {n} altered entry {edit!r} is empty")
                check(q["verbatim"] == (not altered),
                      f"{aid}/{rid}: quote {n} verbatim={q['verbatim']} but altered={altered}")
                if q["verbatim"]:
                    check(has_window(text_words, qwords, MIN_RUN),
                          f"{aid}/{rid}: quote {n} labelled verbatim but no {MIN_RUN} consecutive quote words found")
                    quote_labels["verbatim"] += 1
                else:
                    check(has_window(text_words, qwords, 4),
                          f"{aid}/{rid}: quote {n} labelled altered but not even 4 consecutive quote words found")
                    quote_labels["altered"] += 1
        by_article[strongest] += 1
        multi += len(art["expected"]) > 1

    print(f"{len(data['releases'])} releases, {len(data['articles'])} articles")
    for rel in data["releases"]:
        print(f"  {rel['id']}: {len(rel['quotes'])} quotes, {rel['organisation']}")
    print("articles by strongest match:", ", ".join(f"{m} {by_article[m]}" for m in MATCHES))
    print("labelled (article, release) pairs:", ", ".join(f"{m} {by_pair[m]}" for m in MATCHES[:-1]))
    print(f"quote labels: verbatim {quote_labels['verbatim']}, altered {quote_labels['altered']}; "
          f"articles matching two releases: {multi}; articles on a release's home host: {homes}")
    if problems:
        print(f"\n{len(problems)} problem(s):")
        for p in problems:
            print("  -", p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
