"""How the monitor shows what it found, for every face (the review site, the digest, the command line): pure
functions over store rows and the configuration, importing nothing from the faces themselves.

    story_groups.py  copies of one story grouped under the earliest
    snippets.py      highlighted segments: a snippet around the first mention, an article's paragraphs
    links.py         links from feeds made safe for an href
    clock.py         dates on the team's clock ("yesterday 14:05", "3 h ago")
    labels.py        watched ids to the names people read
    svg_charts.py    line and bar charts as escaped inline SVG
    cells.py         CSV cells a spreadsheet will not run as formulas
"""
