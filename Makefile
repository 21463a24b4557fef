# Tocsin — every target does its own set-up and is safe to run again. `make help` lists them.
SHELL := /bin/bash
.DEFAULT_GOAL := help
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: help setup up down run test test-unit lint format bench eval clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	@touch $(STAMP)

setup: $(STAMP) ## create .venv with the `tocsin` command; fetch Kafka jars; install redis-server if missing
	bash deploy/kafka/fetch.sh
	bash deploy/redis/install.sh

up: setup ## start Kafka (127.0.0.1:19092) and Redis (127.0.0.1:16379)
	bash deploy/kafka/start.sh
	bash deploy/redis/start.sh

down: ## stop Kafka and Redis
	-bash deploy/kafka/stop.sh
	-bash deploy/redis/stop.sh

run: setup ## run every service, the demo feed server and a live alert subscriber (Ctrl-C stops all)
	bash deploy/run-local.sh

test: up ## the whole suite (unit, integration, end-to-end) on the real Kafka and Redis
	$(PY) -m pytest -ra -p no:cacheprovider tests

test-unit: setup ## unit tests only (no servers)
	$(PY) -m pytest -ra -p no:cacheprovider -m "not integration" tests

lint: setup ## ruff (lint + format check) and mypy
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy shared services

format: setup ## apply ruff's fixes and formatting
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

bench: up ## throughput and latency per stage and end to end (real Kafka and Redis)
	$(PY) bench/run.py

eval: setup ## score tagging and dedup on ../shared/eval (when present); fails if a target is missed
	$(PY) scripts/eval_tagging.py; tagging=$$?; $(PY) scripts/eval_dedup.py; dedup=$$?; exit $$((tagging | dedup))

clean: down ## stop servers and remove local state (.state) but keep .venv
	rm -rf .state
