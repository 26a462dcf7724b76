# Two commands: `make run` and `make test`. Both create .venv when missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint gazetteer bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/pip install -q -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	rm -rf .kg/store
	$(BIN)/kg build data/samples --store .kg/store
	$(BIN)/kg query leaders --store .kg/store
	$(BIN)/kg query meetings --store .kg/store
	$(BIN)/kg query visits --store .kg/store

test: $(STAMP)
	$(BIN)/ruff check kg tests scripts
	$(BIN)/python -m pytest -q

gazetteer: $(STAMP)
	$(BIN)/kg gazetteer --source ../shared/data/wikidata --out data/gazetteer

bench: $(STAMP)
	$(BIN)/python scripts/bench_build.py

clean:
	rm -rf $(VENV) .kg
