# Two commands: `make run` and `make test`. Both create .venv when missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint gazetteer parser calibrate bench bench-store bench-explorer services vendor clean mutation

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/pip install -q -e '.[test]'
	touch $(STAMP)

# The explorer's browser libraries (Cytoscape.js, YASGUI) from npm, pinned by js/package-lock.json,
# copied into kg/explore/static/vendor/ (not committed): needs npm once, at install time.
VENDORED := kg/explore/static/vendor/VERSIONS.txt
$(VENDORED): js/package.json js/package-lock.json scripts/vendor_js.sh
	scripts/vendor_js.sh

vendor: $(VENDORED)

# The demo has a store of its own, rebuilt from the samples each time: a user's .kg/store is never touched.
DEMO_STORE := .kg/demo

run: $(STAMP) $(VENDORED)
	rm -rf $(DEMO_STORE)
	$(BIN)/kg build data/samples --store $(DEMO_STORE)
	$(BIN)/kg query leaders --store $(DEMO_STORE)
	$(BIN)/kg query meetings --store $(DEMO_STORE)
	$(BIN)/kg query visits --store $(DEMO_STORE)
	@echo "explore it in a browser (then open http://127.0.0.1:7878/):"
	@echo "  $(BIN)/kg serve --store $(DEMO_STORE)"

test: $(STAMP) $(VENDORED)
	$(BIN)/ruff check kg tests scripts
	$(BIN)/python -m pytest -q

# Servers the store tests run against (tests/test_stores.py): Virtuoso 7 from Debian; and the browser of the
# explorer's test (tests/test_explorer_browser.py): Chromium + ChromeDriver from Debian. Needs root; without it
# (or without apt) those tests skip with a reason. `oxigraph serve` comes with pip.
services:
	@if command -v virtuoso-t >/dev/null 2>&1; then echo "virtuoso-t present"; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		( apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
			virtuoso-opensource-7-bin ) || echo "services: could not install Virtuoso: its tests will be skipped"; \
	else echo "services: not root or no apt-get: Virtuoso tests will be skipped"; fi
	@if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then echo "chromium and chromedriver present"; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		( apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
			chromium chromium-driver ) || echo "services: could not install Chromium: the browser test will be skipped"; \
	else echo "services: not root or no apt-get: the browser test will be skipped"; fi

bench-store: $(STAMP)
	$(BIN)/python scripts/bench_store.py

bench-explorer: $(STAMP) $(VENDORED)
	$(BIN)/python scripts/bench_explorer.py

gazetteer: $(STAMP)
	$(BIN)/kg gazetteer --source ../shared/data/wikidata --out data/gazetteer

# Retrain the shipped UD tagger + parser (data/models/{id,en}_ud) from ../shared/data/ud: about
# 15 minutes per language on 2 cores; seeded, see docs/models.md.
parser: $(STAMP)
	$(BIN)/pip install -q -e '.[train]'
	$(BIN)/python scripts/train_parser.py --lang id
	$(BIN)/python scripts/train_parser.py --lang en

# Refit kg:confidence on the team's articles (data/calibration/), each built by the code that read it blind (the
# commit its README names; needs the git history and ../shared/eval's scorer): builds them (≈ 15 minutes on 2
# cores), prints the reliability table and Brier scores (docs/accuracy.md, "Calibration") and writes
# data/models/calibration.json. The prior strength is chosen by leave-one-article-out Brier score, and the report's
# held-out column is nested (each fold chooses its own on its training articles): both are computed from counts per
# rule level, not refits (kg/extract/reliability.py), ≈ 1 minute for 268 articles (docs/accuracy.md, "Calibration",
# session 18).
calibrate: $(STAMP)
	$(BIN)/python scripts/calibrate.py --jobs 2 --blind-era --write

# Mutation run over kg/extract, kg/nlp and kg/link (mutmut, scripts/mutation.py; docs/accuracy.md "Mutation
# testing"). All ~8 000 mutants take far too long on 2 shared cores, so by default a seeded sample, from a fresh
# copy of the code; the report (counts, kill rate, time per mutant, full-run estimate, every survivor) goes to
# reports/mutation.md. Other scopes: make mutation MUTATION_ARGS="--fresh --module kg.link.offline".
MUTATION_ARGS ?= --fresh --sample 200 --seed 9
mutation: $(STAMP)
	$(BIN)/pip install -q -e '.[mutation]'
	$(BIN)/python scripts/mutation.py $(MUTATION_ARGS)

bench: $(STAMP)
	$(BIN)/python scripts/bench_build.py

clean:
	rm -rf $(VENV) .kg js/node_modules kg/explore/static/vendor mutants
