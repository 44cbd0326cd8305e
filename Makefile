# The two commands the README starts with: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SEED := seeds/000_9b8fa9f70d0e437b.txt

.PHONY: demo test install bench timex-needs clean

$(BIN)/factcheck: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,dask]'
	@# An editable install leaves src/ without bytecode, and where
	@# PYTHONDONTWRITEBYTECODE is set every run would compile it again (0.1 s).
	$(BIN)/python -m compileall -q src
	touch $@

install: $(BIN)/factcheck

demo: install
	$(BIN)/factcheck extract $(SEED) --published 2023-09-02

test: install
	$(BIN)/python -m pytest

bench: install
	$(BIN)/python -m pip install --quiet -e '.[test,dask,bench]'
	$(BIN)/python benchmarks/bench_extract.py
	$(BIN)/python benchmarks/bench_diff.py
	$(BIN)/python benchmarks/bench_news.py

# After editing a timex pattern: refresh the table of strings each pattern needs.
timex-needs: install
	$(BIN)/python -c "from factcheck import timex; timex.write_needs_table()"

clean:
	rm -rf $(VENV) build src/*.egg-info
