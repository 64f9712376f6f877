# Three commands for everyone: `make serve` (read the site), `make check` (check a change in
# under a minute) and `make test` (prove it, as CI does). Everything else here is what they
# stand on.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
# REQUIREMENTS=newest: any target with the newest versions that our pins' major versions allow
# (9.8.2 allows >=9.8.2,<10), in a venv of its own, from ranged copies of requirements/*.txt
# (scripts/newest_requirements.py). The weekly .github/workflows/newest.yml runs
# `make test REQUIREMENTS=newest`; locally, remove .venv-newest to pick up later releases.
REQUIREMENTS ?= pinned
ifeq ($(REQUIREMENTS),newest)
VENV := .venv-newest
REQS := $(VENV)/requirements
export PIP_UPGRADE := 1
else ifeq ($(REQUIREMENTS),pinned)
REQS := requirements
else
$(error REQUIREMENTS is pinned (default) or newest, not '$(REQUIREMENTS)')
endif
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
# pytest-xdist workers: one per core.
WORKERS ?= auto

# Material 9.7+ prints a notice about MkDocs 2 on every build; keep the log for what matters.
export NO_MKDOCS_2_WARNING := 1
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: help serve check checkers build test lint linkcheck bench bench-tricks screenshots share-kit chromium html-checker clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

# One stamp per requirements file: the venv is (re)filled only when the pins change.
# The project itself is installed too (editable): the build plugin is sitetools.plugin.
$(VENV)/.site-installed: $(REQS)/site.txt pyproject.toml scripts/bootstrap.sh
	@scripts/bootstrap.sh "$(PYTHON)" "$(VENV)" $(REQS)/site.txt
	@scripts/bootstrap.sh "$(PYTHON)" "$(VENV)" .
	@touch $@

$(VENV)/.dev-installed: $(REQS)/dev.txt $(VENV)/.site-installed
	@scripts/bootstrap.sh "$(PYTHON)" "$(VENV)" $(REQS)/dev.txt
	@touch $@

ifeq ($(REQUIREMENTS),newest)
$(REQS)/%.txt: requirements/%.txt scripts/newest_requirements.py scripts/sitetools/newest_requirements.py
	@"$(PYTHON)" scripts/newest_requirements.py ranges $< -o $@
endif

# A busy port is one line naming a free one (not MkDocs' traceback). The page reloads itself
# after an edit: under serve, the CSP lets MkDocs' reload script run (scripts/sitetools/plugin/csp.py).
serve: $(VENV)/.site-installed ## Serve the site with live reload on http://127.0.0.1:8000
	@$(BIN)/python scripts/check_port.py $(HOST) $(PORT)
	$(BIN)/mkdocs serve --livereload --dev-addr $(HOST):$(PORT)

# Files MkDocs cannot read (a symlink loop, a page not in UTF-8) are named in one line each,
# instead of a MkDocs traceback.
build: $(VENV)/.site-installed ## Build the static site into site/ (strict)
	$(BIN)/python scripts/check_docs_files.py docs
	$(BIN)/mkdocs build --strict --clean

# Lint: our checkers first (front matter, French typography, labels, both languages, links: a
# broken front matter is named there before pymarkdown trips on it), then Python (ruff, mypy),
# Markdown (pymarkdown), YAML (yamllint), spelling (codespell for code and English files,
# hunspell for the French and English pages). .pre-commit-config.yaml runs the same commands.
CODESPELL_PATHS := scripts tests overrides Makefile README.md CONTRIBUTING.md decisions .github/workflows \
	pyproject.toml mkdocs.yml .yamllint.yml .pre-commit-config.yaml docs/assets/javascripts \
	docs/assets/stylesheets

# `make test` runs the checkers first, then lint beside the build, saying so with CHECKERS_RAN.
lint: $(VENV)/.dev-installed hunspell $(if $(CHECKERS_RAN),,checkers) ## Our checkers, then Python, Markdown, YAML, spelling (FR+EN)
	$(BIN)/ruff check scripts tests
	$(BIN)/ruff format --check scripts tests
	$(BIN)/mypy
	$(BIN)/pymarkdown scan -r docs decisions README.md CONTRIBUTING.md CONTRIBUTING.fr.md .github
	$(BIN)/yamllint --strict .
	$(BIN)/codespell $(CODESPELL_PATHS)
	$(BIN)/python scripts/check_spelling.py $(CHECK_FORMAT)

.PHONY: hunspell
hunspell: ## Install Debian's hunspell and each language's dictionary if missing
	@scripts/ensure_hunspell.sh

# On GitHub Actions the validator's findings become annotations on the pull request.
CHECK_FORMAT := $(if $(GITHUB_ACTIONS),--format github,--format text)

# The Nu Html Checker that tests/overrides/test_nu_html_checker.py runs on the built site: npm's
# vnu-jar, pinned by tests/vnu/package-lock.json (npm ci --ignore-scripts), run with Java 11+.
HTML_CHECKER := tests/vnu/node_modules/.package-lock.json
$(HTML_CHECKER): tests/vnu/package-lock.json
	@scripts/ensure_html_checker.sh

html-checker: $(HTML_CHECKER) ## Install the Nu Html Checker (npm, pinned; Debian's Java and npm if missing)

# Our own checkers, before any MkDocs output: each finding names file:line and the fix.
checkers: $(VENV)/.dev-installed ## Our checkers: content rules, both languages, links, images
	$(BIN)/python scripts/check_content.py $(CHECK_FORMAT)
	$(BIN)/python scripts/check_translations.py $(CHECK_FORMAT)
	$(BIN)/python scripts/check_site.py --offline $(CHECK_FORMAT)

# "Check my change" in under a minute: the checkers, the strict build, and every test that does
# not start a browser (those carry the `browser` marker, tests/conftest.py), on every core.
check: $(VENV)/.dev-installed $(HTML_CHECKER) hunspell checkers build ## Checkers, strict build, every test but the browser's (<1 min)
	$(BIN)/python -m pytest -m "not browser" -n $(WORKERS) --dist worksteal

# What CI runs: the checkers first (their messages come before MkDocs'), then the strict build
# and lint side by side, on both cores (each one's output in one piece: --output-sync), then
# every test, the browser's included, on every core (work stealing: no idle core at the end).
test: $(VENV)/.dev-installed chromium $(HTML_CHECKER) hunspell checkers ## Checkers, strict build, lint, every test
	@$(MAKE) --no-print-directory -j2 --output-sync=target build lint CHECKERS_RAN=1
	$(BIN)/python -m pytest -n $(WORKERS) --dist worksteal

linkcheck: $(VENV)/.dev-installed ## Check every external link of the site (network needed)
	$(BIN)/python scripts/check_site.py $(CHECK_FORMAT)

bench/node_modules/.package-lock.json: bench/package-lock.json
	cd bench && npm ci --no-audit --no-fund --ignore-scripts

bench: $(VENV)/.dev-installed chromium bench/node_modules/.package-lock.json ## Benchmarks, not tests: validator vs linkchecker and mkdocs build; Lighthouse and build time vs stock Material; plugin vs hooks lines
	@scripts/bootstrap.sh "$(PYTHON)" "$(VENV)" requirements/bench.txt
	$(BIN)/python scripts/bench_check_site.py
	$(BIN)/python scripts/bench_check_site_build.py
	$(BIN)/python scripts/bench_pages.py
	$(BIN)/python scripts/bench_build.py
	$(BIN)/python scripts/code_size.py

# Each performance trick with and without it (issue 17): long (about 35 s a Lighthouse run on a
# loaded machine, times tricks+1 variants, 4 pages, TRICK_RUNS rounds); not part of `make test`.
# Removed tricks are measured again too (trick_bench.REMOVED). Narrower: TRICK_ARGS="--only
# +compile-hints --pages opt-out/ en/opt-out/".
TRICK_RUNS ?= 3
bench-tricks: $(VENV)/.dev-installed chromium bench/node_modules/.package-lock.json ## Lighthouse with and without each performance trick: keep or remove
	$(BIN)/python scripts/bench_tricks.py --runs $(TRICK_RUNS) $(TRICK_ARGS)

screenshots: $(VENV)/.dev-installed chromium ## Render the opt-out illustrations (Debian's chromium)
	$(BIN)/python scripts/render_screenshots.py

# After a change to what the share kit is drawn from (check_content.py says share-kit-stale):
# builds take the kit from share-kit/ instead of drawing it (scripts/sitetools/share_kit/committed.py).
share-kit: $(VENV)/.site-installed ## Draw the share kit of each language into share-kit/ (commit it)
	$(BIN)/python scripts/draw_share_kit.py

chromium: ## Install Debian's chromium for the browser tests if it is missing
	@scripts/ensure_chromium.sh

clean: ## Remove the built site and caches (keeps .venv)
	rm -rf site .cache .pytest_cache .mypy_cache .ruff_cache
	find scripts tests overrides -name __pycache__ -type d -prune -exec rm -rf {} +
