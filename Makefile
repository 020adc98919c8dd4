# Two commands a user needs: `make run` and `make test`. Everything else is a helper.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint format lock bench clean

# The lock is installed in hash-checking mode (every wheel, the English model's among them, must
# match its sha256); the project itself is not in the lock and its dependencies all are: --no-deps.
$(STAMP): requirements.lock pyproject.toml package-lock.json $(wildcard parkbridge/locale/*/LC_MESSAGES/django.po)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	$(BIN)/parkbridge setup-assets
	touch $(STAMP)

# `make run PORT=8001 HOST=0.0.0.0` serves elsewhere than 127.0.0.1:8000.
HOST ?= 127.0.0.1
PORT ?= 8000

run: $(STAMP)
	$(BIN)/parkbridge serve --host $(HOST) --port $(PORT)

# Tests that touch the database run a second time on a throw-away PostgreSQL server when its
# binaries are installed (always in CI).
DB_TESTS := parkbridge/core parkbridge/sites parkbridge/organisations parkbridge/events \
	parkbridge/agreements parkbridge/targets parkbridge/press parkbridge/b2b \
	parkbridge/marketplace parkbridge/accounts parkbridge/web --ignore=parkbridge/web/tests/browser

# schemathesis' generated cases don't run under xdist, so that file runs on its own.
HOSTILE := parkbridge/accounts/tests/test_api_survives_hostile_input.py

test: $(STAMP)
	$(BIN)/ruff check parkbridge benchmarks tests scripts
	$(BIN)/python -m pytest -n 2 --dist loadfile -q --ignore=$(HOSTILE)
	$(BIN)/python -m pytest -q -p no:xdist $(HOSTILE)
	$(BIN)/python -m parkbridge.testing.with_postgres sh -c '\
		$(BIN)/python -m pytest -n 2 --dist loadfile -q --ignore=$(HOSTILE) $(DB_TESTS) && \
		$(BIN)/python -m pytest -q -p no:xdist $(HOSTILE)'

lint: $(STAMP)
	$(BIN)/ruff check parkbridge benchmarks tests scripts
	$(BIN)/ruff format --check parkbridge benchmarks tests

format: $(STAMP)
	$(BIN)/ruff format parkbridge benchmarks tests
	$(BIN)/ruff check --fix parkbridge benchmarks tests

# Every pinned package carries its sha256 hashes (issue 16: the English model's wheel is pinned
# by hash, not only by version).
lock:
	$(BIN)/pip-compile --quiet --extra dev --strip-extras --generate-hashes -o requirements.lock pyproject.toml

bench: $(STAMP)
	$(BIN)/python benchmarks/registry.py

clean:
	rm -rf $(VENV)
