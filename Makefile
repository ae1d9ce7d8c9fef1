# Two commands do all set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install run test lint bench score clean

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/tracker ingest seeds/
	$(BIN)/tracker list
	$(BIN)/tracker report

lint: $(STAMP)
	$(BIN)/ruff check tracker tests
	$(BIN)/ruff format --check tracker tests

test: $(STAMP)
	$(BIN)/ruff check tracker tests
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python bench/bench.py

score: $(STAMP)
	$(BIN)/python tests/corpus/score.py tests/corpus/dev
	$(BIN)/python tests/corpus/score.py tests/corpus/seeds

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
