# tearwise — the two commands: `make run` and `make test`. See README.md.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip --disable-pip-version-check
# pip on some machines prints one harmless 'Location ... is ignored' line per package; keep logs readable.
QUIET_PIP := 2>&1 | { grep -v 'is ignored: it is neither a file nor a directory' || true; }
LINT_PATHS := $(wildcard src tests bench scripts)
# Debian packages the tests need (browser tests, PDF checks, load benchmark).
APT_PACKAGES := chromium poppler-utils wrk fonts-dejavu-core libpango-1.0-0 libpangoft2-1.0-0
export ORT_DISABLE_TELEMETRY := 1

.PHONY: help install dev run assess test check lint typecheck pytest bench eval system-deps clean

help:
	@echo "make run    - set up .venv and start tearwise"
	@echo "make test   - set up everything the tests need and run the whole suite"
	@echo "make check  - ruff (lint and format) and mypy --strict on src/, tests/, bench/ and scripts/"
	@echo "make bench  - run the benchmarks"
	@echo "make eval   - evaluate the narrative classifier on the test split"

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	set -o pipefail; $(PIP) install -q --upgrade pip setuptools wheel $(QUIET_PIP)

# Runtime install; re-runs when pyproject.toml changes.
# Then derives the fast text encoder from the packaged weights and compiles the red-flag
# patterns, once (offline, ~3 s), and writes the package's bytecode as pip does for a regular
# install (an editable one skips it, and PYTHONDONTWRITEBYTECODE stops Python from writing it
# later): each start of the text model would otherwise compile ~0.1 s of Python source again.
$(VENV)/.installed: $(VENV)/bin/python pyproject.toml
	set -o pipefail; $(PIP) install -q -e . $(QUIET_PIP)
	$(PY) -m tearwise.text.prepare
	$(PY) -m compileall -q src/tearwise
	@touch $@

# Development install: test and lint tools plus the optional Dask extra.
$(VENV)/.installed-dev: $(VENV)/.installed pyproject.toml
	set -o pipefail; $(PIP) install -q -e '.[dev,dask]' $(QUIET_PIP)
	@touch $@

install: $(VENV)/.installed

dev: $(VENV)/.installed-dev

run: install
	$(VENV)/bin/tearwise serve

assess: install
	$(VENV)/bin/tearwise assess

# Installs the Debian packages the suite needs when they are missing (needs root or sudo).
system-deps:
	@missing=""; \
	for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:$$missing"; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO="sudo"; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

lint: dev
	$(VENV)/bin/ruff check $(LINT_PATHS)
	$(VENV)/bin/ruff format --check $(LINT_PATHS)

typecheck: dev
	$(VENV)/bin/mypy --strict $(LINT_PATHS)

check: lint typecheck

pytest: dev system-deps
	$(VENV)/bin/pytest -q -p no:cacheprovider

test: check pytest

bench: dev system-deps
	$(PY) -m compileall -q src/tearwise
	$(PY) bench/run.py

eval: dev
	$(PY) -m tearwise.text.evaluate
	$(PY) -m tearwise.text.evaluate --probes

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache build *.egg-info src/*.egg-info src/tearwise/text/model/*.onnx
