# One command to set up and build the sample corpus, one to run the tests.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test setup browser clean

run: setup
	$(BIN)/csto-graph build corpus --out out
	@echo "graph: out/graph.nt  page: out/graph.html  timeline: out/timeline.html"
	@echo "try:   $(BIN)/csto-graph query out met"

test: setup browser
	$(BIN)/pytest -q

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[test]"
	touch $@

# Debian's Chromium, for the tests that load the pages as a person would.
browser:
	@command -v chromium >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq chromium >/dev/null) \
	  || echo "could not install chromium: the browser tests will be skipped"

clean:
	rm -rf $(VENV) out .pytest_cache
