# Two entry points: `make run` (set up, then open the app) and `make test` (set up, then test;
# `make test-fast` skips the tests marked slow).
# Each creates the virtual environment in .venv when it is missing.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test test-fast bench package wheelhouse clean system-deps

$(STAMP): pyproject.toml
	@bash scripts/system-deps.sh
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/clausewise $(ARGS)

test: $(STAMP)
	@bash scripts/system-deps.sh --test
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/lint-imports --config pyproject.toml
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

# The quick run, while working: everything but the tests marked slow (pytest.mark.slow).
test-fast: $(STAMP)
	@bash scripts/system-deps.sh --test
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/lint-imports --config pyproject.toml
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m "not slow" $(PYTEST_ARGS)

bench: $(STAMP)
	$(PY) bench/run_all.py

# Air-gapped delivery: a self-contained folder (dist/clausewise) and an offline wheelhouse
# (dist/wheelhouse); each build ends by running the built app's self-test with no network.
package:
	bash packaging/build-frozen.sh

wheelhouse:
	bash packaging/build-wheelhouse.sh

clean:
	rm -rf $(VENV) .venv-package build dist src/*.egg-info
