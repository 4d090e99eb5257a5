# Two commands work on a fresh machine with only Python 3.11+: `make run`, `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
QM := resources/i18n/deepscope_ko.qm

.PHONY: run test test-slow bench claims soak lint translations clean

$(STAMP): requirements.lock pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.lock
	$(PY) -m pip install --quiet --no-deps -e .
	touch $(STAMP)

# The Korean translation, compiled from its source (the .qm is not kept in git).
$(QM): resources/i18n/deepscope_ko.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

run: $(STAMP) $(QM)
	$(PY) main.py $(ARGS)

test: $(STAMP) $(QM)
	$(VENV)/bin/lint-imports
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

# Minutes of training: every demo's claims on seeds 1-3 (issue 15).
test-slow: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m slow $(PYTEST_ARGS)

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m bench

# Every demo's claims on seeds 0-9, as a table.
claims: $(STAMP)
	$(PY) -m bench.demo_claims $(ARGS)

# Half an hour of the heaviest demos, the memory of both processes sampled (issue 15).
soak: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m bench.soak $(ARGS)

lint: $(STAMP)
	$(PY) -m ruff check .
	$(VENV)/bin/lint-imports

# lupdate finds no .py files when given a folder, so name every file. -no-obsolete drops
# messages whose source text is gone; tools/message_texts.py then writes the engine's
# messages (codes) with their Korean from resources/i18n/messages_ko/; lrelease builds the .qm that gui/app.py loads.
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete -source-language en -target-language ko \
		main.py $(sort $(shell find gui -name '*.py')) -ts resources/i18n/deepscope_ko.ts
	$(PY) tools/message_texts.py
	$(VENV)/bin/pyside6-lrelease resources/i18n/deepscope_ko.ts -qm resources/i18n/deepscope_ko.qm

clean:
	rm -rf $(VENV)
