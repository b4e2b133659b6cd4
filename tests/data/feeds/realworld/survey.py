#!/usr/bin/env python3
"""Survey the realworld corpus with the real feedparser.

For every file in manifest.json this parses the raw bytes with
``feedparser.parse(data, response_headers={"content-type": ...})`` (the bytes
are wrapped in io.BytesIO, which feedparser treats exactly like a bytes
argument but never mistakes for a file name) and prints one row per file:

    file  category  bozo  bozo_exception  entries  expected_articles  strict

``strict`` says whether a naive strict XML reader (xml.etree.ElementTree on
the raw bytes) can parse the file at all.  If feedparser itself raises, the
row shows CRASH:<exception> and 0 entries.  Totals per category follow.

    /work/main/.venv/bin/python survey.py [--quiet]
"""

import io
import json
import os
import sys
import time
import xml.etree.ElementTree as ET

import feedparser

HERE = os.path.dirname(os.path.abspath(__file__))


def strict_ok(data):
    try:
        ET.fromstring(data)
    except Exception:
        return False
    return True


def main():
    quiet = "--quiet" in sys.argv
    with open(os.path.join(HERE, "manifest.json"), encoding="utf-8") as f:
        manifest = json.load(f)

    rows = []
    started = time.time()
    for rec in manifest:
        with open(os.path.join(HERE, "files", rec["file"]), "rb") as f:
            data = f.read()
        headers = {"content-type": rec["content_type"]} if rec["content_type"] else {}
        t0 = time.time()
        try:
            d = feedparser.parse(io.BytesIO(data), response_headers=headers)
        except Exception as e:  # feedparser itself raised: record it, keep going
            d = {"bozo": True, "entries": []}
            exc_name = "CRASH:" + type(e).__name__
        else:
            exc = d.get("bozo_exception")
            exc_name = type(exc).__name__ if exc is not None else "-"
        rows.append({
            "file": rec["file"],
            "category": rec["category"],
            "bozo": bool(d.get("bozo")),
            "exc": exc_name,
            "entries": len(d["entries"]),
            "expected": rec["expect"].get("articles"),
            "strict": strict_ok(data),
            "secs": time.time() - t0,
        })

    if not quiet:
        w = max(len(r["file"]) for r in rows)
        print("%-*s  %-10s %-5s %-28s %7s %8s %6s" % (w, "file", "category", "bozo", "bozo_exception", "entries", "expected", "strict"))
        for r in rows:
            print("%-*s  %-10s %-5s %-28s %7d %8s %6s" % (
                w, r["file"], r["category"], "yes" if r["bozo"] else "no", r["exc"], r["entries"],
                "-" if r["expected"] is None else r["expected"], "ok" if r["strict"] else "FAIL"))
        print()

    cats = []
    for r in rows:
        if r["category"] not in cats:
            cats.append(r["category"])
    print("%-10s %6s %8s %6s %8s %12s" % ("category", "files", ">=1 entry", "bozo", "entries", "strict-fail"))
    tot = [0, 0, 0, 0, 0]
    for c in cats:
        rs = [r for r in rows if r["category"] == c]
        vals = [len(rs), sum(r["entries"] > 0 for r in rs), sum(r["bozo"] for r in rs),
                sum(r["entries"] for r in rs), sum(not r["strict"] for r in rs)]
        tot = [a + b for a, b in zip(tot, vals)]
        print("%-10s %6d %8d %6d %8d %12d" % ((c,) + tuple(vals)))
    print("%-10s %6d %8d %6d %8d %12d" % (("TOTAL",) + tuple(tot)))

    lost = [r for r in rows if r["entries"] == 0 and (r["expected"] or 0) > 0]
    print("\nfiles with expected articles but no feedparser entries (%d):" % len(lost))
    for r in lost:
        print("  %s (%s, expected %s)" % (r["file"], r["exc"], r["expected"]))
    slow = sorted(rows, key=lambda r: -r["secs"])[:5]
    print("\nslowest: " + ", ".join("%s %.1fs" % (r["file"], r["secs"]) for r in slow))
    print("total time %.1fs" % (time.time() - started))


if __name__ == "__main__":
    main()
