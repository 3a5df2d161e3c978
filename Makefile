# smsspec — every target creates the project venv first when it is missing, so a fresh clone needs nothing else.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PROVIDER ?=

.DEFAULT_GOAL := help
.PHONY: help venv generate validate bundle docs test lint format check-generated clean mock contract-deep properties-deep bench

help: ## List the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z_-]+:.*## / {printf "  make %-16s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

$(STAMP): pyproject.toml requirements.lock
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip==25.3"
	$(BIN)/python -m pip install --quiet -c requirements.lock -e ".[dev]"
	@touch $@

venv: $(STAMP) ## Create the project venv (.venv) with every pinned tool

generate: $(STAMP) ## The main job: validate, bundle, apply overlays, regenerate everything
	$(BIN)/smsspec generate $(PROVIDER)

validate: $(STAMP) ## Validate the specs (OpenAPI 3.1 + house rules); PROVIDER=… for one
	$(BIN)/smsspec validate $(PROVIDER)

bundle: $(STAMP) ## Bundle the specs into generated/specs/ (named and dereferenced flavours)
	$(BIN)/smsspec bundle $(PROVIDER)

docs: $(STAMP) ## Offline HTML docs into generated/docs/ (make generate builds them too)
	$(BIN)/smsspec docs $(PROVIDER)

test: $(STAMP) lint check-generated ## Lint, check generated/ for drift, run the test suite
	$(BIN)/python -m pytest

lint: $(STAMP) ## ruff (lint + format check) and mypy --strict on scripts/ and tests/
	$(BIN)/ruff check scripts tests
	$(BIN)/ruff format --check scripts tests
	$(BIN)/mypy

format: $(STAMP) ## Apply ruff fixes and formatting
	$(BIN)/ruff check --fix scripts tests
	$(BIN)/ruff format scripts tests

check-generated: $(STAMP) ## Regenerate into a temporary directory and diff against generated/
	$(BIN)/smsspec check-generated

mock: $(STAMP) ## Serve a provider's stateful mock: make mock PROVIDER=bsg [PORT=4010] [SEED=0] [CALLBACK_URL=…]
	@test -n "$(PROVIDER)" || { echo "make mock: set PROVIDER=<one of boolky bsg serwersms octopush smsgateway24>" >&2; exit 2; }
	$(BIN)/smsspec mock $(PROVIDER) --port $(or $(PORT),4010) --seed $(or $(SEED),0) \
		--callback-url $(or $(CALLBACK_URL),http://127.0.0.1:$(or $(PORT),4010)/__mock__/inbox)

contract-deep: $(STAMP) ## The contract suite against every mock with many more examples (slow)
	SMSSPEC_CONTRACT_EXAMPLES=$(or $(EXAMPLES),200) $(BIN)/python -m pytest tests/test_contract.py -k schemathesis

properties-deep: $(STAMP) ## The client property tests with many more examples: make properties-deep [EXAMPLES=200] [SEED=n]
	SMSSPEC_PROPERTY_EXAMPLES=$(or $(EXAMPLES),200) $(if $(SEED),SMSSPEC_PROPERTY_SEED=$(SEED)) $(BIN)/python -m pytest tests/clients/test_properties.py

bench: $(STAMP) ## Benchmarks (not part of make test): generate vs the upstream CLIs; mock vs Stoplight Prism
	@command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
	@test -x .bench/node_modules/.bin/prism || npm install --silent --prefix .bench @stoplight/prism-cli@5.14.2
	$(BIN)/python -m smsspec.bench generate $(PROVIDER)
	$(BIN)/python -m smsspec.bench mock $(PROVIDER)

clean: ## Remove caches and the venv (never generated/)
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache build scripts/*.egg-info
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
