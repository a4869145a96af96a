# Two commands: `make lab` opens the course, `make test` runs every test. Both set up .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
ROOT_FLAG := $(shell [ "$$(id -u)" = 0 ] && echo --allow-root)
LAB_SETTINGS := $(VENV)/share/jupyter/lab/settings

# What ruff checks.
LINT_PATHS := course tests benchmarks conftest.py lite deploy notebooks assessments/source

.PHONY: lab test test-fast test-lite bench lint clean-notebooks release setup nbgrader collect-zip \
	lite lite-serve test-pyodide-pins lms-export item-analysis autograde-class

setup: $(STAMP)

$(STAMP): requirements.txt requirements-test.txt requirements-lite.txt pyproject.toml .binder/overrides.json
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt -r requirements-test.txt -r requirements-lite.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	mkdir -p $(LAB_SETTINGS) && cp .binder/overrides.json $(LAB_SETTINGS)/overrides.json
	touch $(STAMP)

lab: $(STAMP)
	$(BIN)/jupyter lab $(ROOT_FLAG) --ServerApp.root_dir=$(CURDIR) \
		--LabApp.default_url=/lab/tree/notebooks/00_start_here.ipynb

# axe-core for the browser tests' accessibility check (tests/browser/test_axe.py), pinned; without
# npm the test says so in one line and skips.
AXE_VERSION := 4.14.1
AXE := build/axe/node_modules/axe-core/axe.min.js
$(AXE):
	command -v npm >/dev/null && npm install --no-audit --no-fund --silent --prefix build/axe \
		axe-core@$(AXE_VERSION) || echo "npm is missing: the axe test will be skipped"

# Every tier. --dist loadgroup: conftest.py keeps each file (and the browser, static-site and
# nbgrader tests as a whole) on one worker. Then the unit tier again with the static site's
# numpy, scipy and pandas.
test: $(STAMP) $(AXE)
	$(BIN)/ruff check --quiet $(LINT_PATHS)
	$(BIN)/python -m pytest -n 2 --dist loadgroup
	$(MAKE) --no-print-directory test-pyodide-pins

# The fast tiers (unit, content): no kernel, server or browser; under a minute. Only tests/ is
# collected: notebooks/ holds the notebooks tier alone.
test-fast: $(STAMP)
	$(BIN)/ruff check --quiet $(LINT_PATHS)
	$(BIN)/python -m pytest -q -m "unit or content" tests

# The static site's tests alone (they are part of `make test` too): build, recipe, every lesson.
test-lite: $(STAMP)
	$(BIN)/python -m pytest tests/lite

# The static JupyterLite site (no server: the lessons run in the browser) in build/lite-site/.
lite: $(STAMP)
	$(BIN)/python lite/build.py

LITE_PORT ?= 8000
lite-serve: lite
	@echo "Serving the static site at http://127.0.0.1:$(LITE_PORT)/ (Ctrl-C stops it)"
	$(BIN)/python -m http.server --bind 127.0.0.1 --directory build/lite-site $(LITE_PORT)

# The course's unit tier against the numpy, scipy and pandas of the static site's Pyodide 0.27.7,
# on CPython 3.11 in a second venv (`make test` runs it after the main run).
PYODIDE_PINS := numpy==2.0.2 scipy==1.14.1 pandas==2.2.3
PYODIDE_VENV := .venv-pyodide-pins
$(PYODIDE_VENV)/.installed: requirements.txt requirements-test.txt pyproject.toml
	test -x $(PYODIDE_VENV)/bin/python || $(PYTHON) -m venv $(PYODIDE_VENV)
	grep -v -E '^(numpy|scipy|pandas)==' requirements.txt > $(PYODIDE_VENV)/runtime.txt
	$(PYODIDE_VENV)/bin/python -m pip install --quiet -r $(PYODIDE_VENV)/runtime.txt \
		$$(grep -E '^(pytest|pytest-xdist|nbval)==' requirements-test.txt) $(PYODIDE_PINS)
	$(PYODIDE_VENV)/bin/python -m pip install --quiet --no-deps -e .
	touch $@

test-pyodide-pins: $(STAMP) $(PYODIDE_VENV)/.installed
	$(PYODIDE_VENV)/bin/python -m pytest -q -m unit tests --ignore=tests/browser --ignore=tests/lite

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

lint: $(STAMP)
	$(BIN)/ruff check $(LINT_PATHS)

clean-notebooks: $(STAMP)
	$(BIN)/python -m course.tools.clean_notebooks notebooks assessments/source

# Regenerate assessments/release, the keys, and the gradebook entries autograde uses.
release: $(STAMP)
	$(BIN)/python -m course.assessment.release

# Any nbgrader command in assessments/, with the environment's tools on PATH:
#   make nbgrader ARGS="autograde quiz02_diagnosis"
nbgrader: $(STAMP)
	cd assessments && PATH="$(CURDIR)/$(BIN):$$PATH" $(CURDIR)/$(BIN)/python -m nbgrader $(ARGS)

# Collect an LMS archive (downloaded/<assignment>/archive/); fails when nothing was collected:
#   make collect-zip ASSIGNMENT=case01_tumour_board
collect-zip: $(STAMP)
	cd assessments && $(CURDIR)/$(BIN)/python -m course.assessment.collect $(ASSIGNMENT)

# Grades for an LMS: one row per student, a column per released assignment, a total (and
# <OUT>_notes.csv with late and missing work), in assessments/ like nbgrader's grades.csv.
# LMS=canvas or moodle; ARGS e.g.
#   make lms-export LMS=canvas ARGS="--late-penalty 10 --late-cap 50"
LMS ?= canvas
OUT ?= assessments/grades_$(LMS).csv
lms-export: $(STAMP)
	cd assessments && $(CURDIR)/$(BIN)/python -m course.assessment.lms $(LMS) \
		--out $(abspath $(OUT)) $(ARGS)

# Item analysis of one assignment (difficulty, discrimination, options chosen) as an HTML page:
#   make item-analysis ASSIGNMENT=quiz01_pathophysiology
item-analysis: $(STAMP)
	cd assessments && $(CURDIR)/$(BIN)/python -m course.assessment.items $(ASSIGNMENT) \
		--html $(CURDIR)/assessments/item_analysis_$(ASSIGNMENT).html

# Autograde every collected submission of an assignment, WORKERS at a time (default: one per
# core; more than one needs the PostgreSQL gradebook, NBGRADER_DB_URL). Ctrl-C, then the same
# command, resumes. Failures: assessments/autograde_failures_<ASSIGNMENT>.csv.
#   make autograde-class ASSIGNMENT=quiz01_pathophysiology WORKERS=2
autograde-class: $(STAMP)
	cd assessments && PATH="$(CURDIR)/$(BIN):$$PATH" $(CURDIR)/$(BIN)/python \
		-m course.assessment.classgrade $(ASSIGNMENT) $(if $(WORKERS),--workers $(WORKERS))
