"""Seeded data the benchmarks and the tests share, made in one place, so a change of schema or format is made
once.

    news.py        fictional news articles, on topic or not, with the confounders a prefilter must turn away
    pickups.py     fictional press releases and articles that do or do not use them
    store_rows.py  a store filled with N articles as a pass would have stored them (rows of the real schema)
    feeds.py       RSS and Atom documents: item by item for tests, whole generated feeds for the fetch benchmark
    samples.py     the bundled sample feeds as the documents a pass tags, with their labels
"""
