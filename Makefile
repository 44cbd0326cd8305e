# The two commands the README starts with: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SEED := seeds/000_9b8fa9f70d0e437b.txt

.PHONY: demo test install bench clean

$(BIN)/factcheck: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

install: $(BIN)/factcheck

demo: install
	$(BIN)/factcheck extract $(SEED) --published 2023-09-02

test: install
	$(BIN)/python -m pytest

bench: install
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	$(BIN)/python benchmarks/bench_extract.py
	$(BIN)/python benchmarks/bench_diff.py

clean:
	rm -rf $(VENV) build src/*.egg-info
