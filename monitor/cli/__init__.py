"""The `monitor` command line, what cron and the admin run.

app.py     the commands: each parses its options, calls one function, prints the result
output.py  how results look on a terminal (rich tables) and in files (CSV, JSON)
logs.py    logging for cron: warnings and errors to stderr, everything to a rotating file
"""

from .app import app

__all__ = ["app"]
