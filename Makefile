# The hub's commands. `make run` and `make test` are all a new machine needs.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
BACKUP_DIR ?= backups

.PHONY: run demo test lint format messages backup restore lock clean bench-deps bench bench-outage \
	screenshots lighthouse

$(VENV)/.installed: requirements.txt requirements-test.txt constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-test.txt -c constraints.txt
	touch $@

## Set everything up (venv, dependencies, database, demo content) and serve the site.
run: demo
	$(MANAGE) runserver $(HOST):$(PORT)

## Migrate and load the demo content from the seeds; idempotent.
demo: $(VENV)/.installed
	$(MANAGE) migrate --no-input
	$(MANAGE) load_demo

## The whole suite (browser tests need Debian's chromium; see README).
test: $(VENV)/.installed
	$(PY) -m pytest

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(VENV)/.installed
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

## Refresh the gettext catalogues in locale/ (the project's, and the admin's upstream packages'
## in locale/upstream/) and compile them.
messages: $(VENV)/.installed
	$(MANAGE) admin_catalogues
	$(MANAGE) makemessages --locale he --locale ar --locale en --ignore '.venv/*' --ignore 'tests/*' --ignore 'bench/*' --no-obsolete
	$(MANAGE) compilemessages --locale he --locale ar --locale en --ignore '.venv/*'

## Back up the database and the media into a new dated folder in BACKUP_DIR (default backups/).
backup: $(VENV)/.installed
	$(MANAGE) backup $(BACKUP_DIR)

## Restore BACKUP=backups/<name> into the configured database, which must be new and empty, and
## its media; verify both against the backup's manifest, then migrate to the current code.
restore: $(VENV)/.installed
	@test -n "$(BACKUP)" || { echo "usage: make restore BACKUP=$(BACKUP_DIR)/<name>" >&2; exit 2; }
	$(MANAGE) restore $(BACKUP)
	$(MANAGE) migrate --no-input

## Install what the benchmarks and the load test need (Locust).
bench-deps: $(VENV)/.installed
	$(PY) -m pip install --quiet -r requirements-bench.txt -c constraints.txt

## Fill the benchmark databases at scale (once), then measure pages, search, the page cache,
## throughput under load and the open data (API, exports, feeds, sitemap); see bench/RESULTS.md.
bench: bench-deps
	cd bench && ../$(PY) projects.py && ../$(PY) institutions.py && ../$(PY) search.py \
		&& ../$(PY) page_cache.py && ../$(PY) load.py \
		&& ../$(PY) api.py && ../$(PY) exports.py && ../$(PY) feeds.py && ../$(PY) sitemap.py

## The site under load while Redis stops and PostgreSQL is cut for 10 s (needs PostgreSQL at
## 127.0.0.1:5432 and Debian's redis-server; starts a Redis of its own).
bench-outage: $(VENV)/.installed
	$(PY) bench/outage.py

## Full-page screenshots of every public page, he/ar/en, at 360 and 1280 px, into screenshots/
## (the demo site, loaded once and kept in .demo-site/ until its code changes; Debian's chromium).
screenshots: $(VENV)/.installed
	$(PY) bench/screenshots.py

LIGHTHOUSE := .lighthouse/node_modules/.bin/lighthouse
$(LIGHTHOUSE):
	mkdir -p .lighthouse
	cd .lighthouse && { test -f package.json || echo '{"private": true}' > package.json; } \
		&& npm i -E --no-audit --no-fund lighthouse@12.2.3

## Lighthouse (mobile) on the main pages of a fresh demo site: a table of scores, failing when
## one is below performance 95, accessibility 100, best practices 95 or SEO 95.
lighthouse: $(VENV)/.installed $(LIGHTHOUSE)
	CHROME_PATH=/usr/bin/chromium $(PY) bench/lighthouse.py

## Re-pin every transitive dependency after changing requirements*.txt.
lock:
	$(PY) -m pip freeze --exclude-editable | grep -v '^-e' > constraints.txt

clean:
	rm -rf $(VENV) db.sqlite3 media static
