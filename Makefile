# Two entry points: `make run` (set up, then open the app) and `make test` (set up, then test;
# `make test-fast` skips the tests marked slow).
# Each creates the virtual environment in .venv when it is missing.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test test-fast bench package wheelhouse clean system-deps translations

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

# The interface's translations (docs/DESIGN.md, "Translations"): collect the strings of gui/
# into the .ts sources (new ones unfinished, gone ones dropped), then compile the .qm files
# that ship. Translate the unfinished entries (pyside6-linguist, or by hand) and run it again.
TS_DIR := resources/translations
LUPDATE := $(VENV)/bin/pyside6-lupdate -extensions py -no-obsolete -locations none src/clausewise/gui
translations: $(STAMP)
	$(LUPDATE) -ts $(TS_DIR)/clausewise_ru.ts $(TS_DIR)/clausewise_fr.ts
	$(LUPDATE) -pluralonly -ts $(TS_DIR)/clausewise_en.ts
	for ts in $(TS_DIR)/*.ts; do $(VENV)/bin/pyside6-lrelease -silent $$ts || exit 1; done

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
