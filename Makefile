# Each target sets up its own .venv, with exactly the versions in requirements/dev.lock.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
LOCK := requirements/dev.lock

.PHONY: check test lint bench bench-corpus bench-reach bench-probe bench-edits bench-drift bench-archive bench-inputs bench-hostile fuzz lock deps-newest deps-lowest clean

# The lock pins every package (build backend included) with its hashes; the project itself
# goes in without touching the network again (--no-deps --no-build-isolation).
$(STAMP): pyproject.toml $(LOCK)
	rm -rf $(VENV)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r $(LOCK)
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

check: $(STAMP)  ## the gate on the seeds, with the consistency table
	$(BIN)/python -m pytest checks/ -q

test: $(STAMP) lint  ## the library's tests, then the gate
	$(BIN)/python -m pytest tests/ checks/ -q

lint: $(STAMP)
	$(BIN)/ruff check src tests $(wildcard benchmarks scripts)
	$(BIN)/ruff format --check src tests $(wildcard benchmarks scripts)
	$(BIN)/mypy

bench: $(STAMP)  ## judging (mutations, against pofilter) and speed; tables go to benchmarks/README.md
	$(BIN)/python benchmarks/mutations.py --readme benchmarks/README.md
	$(BIN)/python benchmarks/speed.py --readme benchmarks/README.md
	$(BIN)/python benchmarks/archive.py --readme benchmarks/README.md

bench-corpus: $(STAMP)  ## compare on every document of the NTREX corpus
	$(BIN)/python benchmarks/corpus.py ../shared/corpus/ntrex-en-vi-dev --readme benchmarks/README.md

bench-reach: $(STAMP)  ## compare on NTREX, FLORES-200 and XQuAD, tune and unseen parts apart
	$(BIN)/python benchmarks/reach.py --readme benchmarks/README.md

bench-probe: $(STAMP)  ## compare on every probe of new genres (benchmarks/probe): false alarms and slips caught, tune and held-out apart, beside each probe's blind first reading
	$(BIN)/python benchmarks/probe.py --readme benchmarks/README.md
	$(BIN)/python benchmarks/probes.py --readme benchmarks/README.md

bench-edits: $(STAMP)  ## edits injected into the three development sets: caught, false alarms, beside pofilter
	$(BIN)/python benchmarks/real_edits.py --readme benchmarks/README.md

bench-drift: $(STAMP)  ## edits replayed in a scratch git repository: one-sided edits caught, false drift, time beside compare
	$(BIN)/python benchmarks/drift_replay.py --readme benchmarks/README.md

bench-archive: $(STAMP)  ## compare --pairs over the three development sets: pairs/s per core, 1 and 2 workers, beside pofilter
	$(BIN)/python benchmarks/archive.py --readme benchmarks/README.md

bench-inputs: $(STAMP)  ## the web-page readers on saved pages: article figures kept, boilerplate figures let in
	$(BIN)/python benchmarks/html_readers.py --readme benchmarks/README.md

bench-hostile: $(STAMP)  ## scaling: time per item of name claims, figure claims, distinct figures and adversarial texts
	cd benchmarks && ../$(BIN)/python hostile.py --scaling --readme README.md

fuzz: $(STAMP)  ## 100,000 hypothesis inputs through every parser and the claims loader
	$(BIN)/python benchmarks/fuzz.py --inputs 100000

# Refresh the lock after changing a range in pyproject.toml, or to take new releases.
lock:
	$(PYTHON) -m venv .venv-lock
	.venv-lock/bin/python -m pip install --quiet pip-tools
	.venv-lock/bin/pip-compile --quiet --extra dev --all-build-deps --generate-hashes --allow-unsafe \
		--strip-extras --no-emit-index-url --no-emit-find-links --upgrade -o $(LOCK) pyproject.toml

# Drift seen early: the tests against the newest release of every dependency, and against
# the lowest versions pyproject.toml's ranges allow (resolved by uv). Neither uses the lock.
DRIFT_TESTS := -m pytest tests/ checks/ -q -p no:cacheprovider
deps-newest:
	rm -rf .venv-newest
	$(PYTHON) -m venv .venv-newest
	.venv-newest/bin/python -m pip install --quiet --upgrade -e ".[dev]"
	.venv-newest/bin/python -m pip freeze --exclude-editable > .venv-newest/versions.txt
	.venv-newest/bin/python $(DRIFT_TESTS)

deps-lowest:
	rm -rf .venv-lowest
	$(PYTHON) -m venv .venv-lowest
	.venv-lowest/bin/python -m pip install --quiet uv
	.venv-lowest/bin/uv pip install --quiet --python .venv-lowest/bin/python --resolution lowest-direct -e ".[dev]"
	.venv-lowest/bin/uv pip freeze --python .venv-lowest/bin/python --exclude-editable > .venv-lowest/versions.txt
	.venv-lowest/bin/python $(DRIFT_TESTS)

clean:
	rm -rf $(VENV) .venv-lock .venv-newest .venv-lowest build src/*.egg-info .mypy_cache .ruff_cache .hypothesis
