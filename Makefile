# The two commands: `make demo` and `make test`. Both set up from nothing.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test setup clean bench

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip==25.3
	$(BIN)/pip install --quiet -e '.[test,bench]'
	touch $(STAMP)

setup: $(STAMP)

demo: $(STAMP)
	$(BIN)/python -m tolltrack.demo

# The PostgreSQL half of the suite runs against a server scripts/postgres.sh
# installs and starts in .pg/; under CI a missing server fails the run.
test: $(STAMP)
	scripts/postgres.sh start || [ "$$CI" != true ]
	if [ -f .pg/env ]; then . ./.pg/env; fi; $(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python bench/extract_speed.py
	$(BIN)/python bench/ingest_speed.py

clean:
	-scripts/postgres.sh stop
	rm -rf $(VENV) build *.egg-info .pytest_cache .pg
