"""Which feeds we read, and how that list changes: the admin pastes a page or a feed, imports or exports OPML,
and feeds.toml is edited in place.

    find_feed.py   from a pasted address to a feed: the address itself, or a feed its page links to (fetched and
                   parsed; finding the links in the HTML is parse/discover.py's job)
    feeds_file.py  the only code that writes feeds.toml, keeping its comments and layout
    opml.py        OPML in and out, as feed readers import and export subscription lists
"""
