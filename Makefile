# Two commands for a newcomer: `make run` and `make test`. Both build the
# environment first from the pinned lock file, so a fresh clone needs nothing else.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run test lint typecheck layers pytest gui-tests screenshots lock clean demo bench

$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c requirements.lock -e '.[dev,postgres]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/observer

test: $(STAMP) lint typecheck layers pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks docs
	$(BIN)/ruff format --check src tests benchmarks docs

typecheck: $(STAMP)
	$(BIN)/mypy

layers: $(STAMP)
	$(BIN)/lint-imports

pytest: $(STAMP)
	$(BIN)/pytest -q

# The GUI tests again on a real X server (CI runs this after `make test`).
gui-tests: $(STAMP)
	xvfb-run -a -s "-screen 0 1280x1024x24" $(BIN)/pytest -q -m gui

screenshots: $(STAMP)
	xvfb-run -a -s "-screen 0 1400x900x24" $(BIN)/python docs/make_screenshots.py

demo: $(STAMP)
	$(BIN)/observer demo

# Re-pin after changing dependencies in pyproject.toml.
lock: $(STAMP)
	$(BIN)/pip freeze --exclude-editable | grep -v '^observer' > requirements.lock

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info

bench: $(STAMP)
	cd benchmarks && ../$(BIN)/python bench_lists.py; ../$(BIN)/python bench_startup.py; ../$(BIN)/python bench_demo.py
