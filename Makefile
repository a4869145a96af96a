# Two commands: `make lab` opens the course, `make test` runs every test. Both set up .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
ROOT_FLAG := $(shell [ "$$(id -u)" = 0 ] && echo --allow-root)
LAB_SETTINGS := $(VENV)/share/jupyter/lab/settings

.PHONY: lab test bench lint clean-notebooks release setup nbgrader collect-zip

setup: $(STAMP)

$(STAMP): requirements.txt pyproject.toml .binder/overrides.json
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	mkdir -p $(LAB_SETTINGS) && cp .binder/overrides.json $(LAB_SETTINGS)/overrides.json
	touch $(STAMP)

lab: $(STAMP)
	$(BIN)/jupyter lab $(ROOT_FLAG) --ServerApp.root_dir=$(CURDIR) \
		--LabApp.default_url=/lab/tree/notebooks/00_start_here.ipynb

test: $(STAMP)
	$(BIN)/ruff check --quiet course tests benchmarks conftest.py
	$(BIN)/python -m pytest -n 2 --dist loadfile

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

lint: $(STAMP)
	$(BIN)/ruff check course tests benchmarks conftest.py

clean-notebooks: $(STAMP)
	$(BIN)/python -m course.tools.clean_notebooks notebooks assessments/source

# Regenerate assessments/release, the keys, and the gradebook entries autograde uses.
release: $(STAMP)
	$(BIN)/python -m course.tools.release

# Any nbgrader command in assessments/, with the environment's tools on PATH:
#   make nbgrader ARGS="autograde quiz02_diagnosis"
nbgrader: $(STAMP)
	cd assessments && PATH="$(CURDIR)/$(BIN):$$PATH" $(CURDIR)/$(BIN)/python -m nbgrader $(ARGS)

# Collect an LMS archive (downloaded/<assignment>/archive/); fails when nothing was collected:
#   make collect-zip ASSIGNMENT=case01_tumour_board
collect-zip: $(STAMP)
	cd assessments && $(CURDIR)/$(BIN)/python -m course.assessment.collect $(ASSIGNMENT)
