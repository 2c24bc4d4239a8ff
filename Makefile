# Each target sets up its own .venv from pyproject.toml on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: check test lint bench bench-corpus fuzz clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

check: $(STAMP)  ## the gate on the seeds, with the consistency table
	$(BIN)/python -m pytest checks/ -q

test: $(STAMP) lint  ## the library's tests, then the gate
	$(BIN)/python -m pytest tests/ checks/ -q

lint: $(STAMP)
	$(BIN)/ruff check src tests $(wildcard benchmarks scripts)
	$(BIN)/ruff format --check src tests $(wildcard benchmarks scripts)
	$(BIN)/mypy

BENCH_STAMP := $(VENV)/.bench-installed
$(BENCH_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e ".[dev,bench]"
	touch $(BENCH_STAMP)

bench: $(BENCH_STAMP)  ## judging (mutations, against pofilter) and speed; tables go to benchmarks/README.md
	$(BIN)/python benchmarks/mutations.py --readme benchmarks/README.md
	$(BIN)/python benchmarks/speed.py --readme benchmarks/README.md

bench-corpus: $(STAMP)  ## compare on every document of the NTREX corpus
	$(BIN)/python benchmarks/corpus.py ../shared/corpus/ntrex-en-vi-dev --readme benchmarks/README.md

fuzz: $(STAMP)  ## 100,000 hypothesis inputs through every parser and the claims loader
	$(BIN)/python benchmarks/fuzz.py --inputs 100000

clean:
	rm -rf $(VENV) build src/*.egg-info .mypy_cache .ruff_cache .hypothesis
