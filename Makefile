# The two set-up commands of the README, plus their parts.
# Everything a command needs is installed by tools/setup.sh (idempotent).
PY := .venv/bin/python
PG := .venv/bin/policygraph

.PHONY: demo test setup setup-test

## make demo: ingest the bundled samples into the embedded store and open the dashboard
demo: setup
	$(PG) demo

## make test: the whole test suite (installs the Neo4j test server and Chromium first; about 10 min for 660 tests on a quiet 2-core machine; lists the 15 slowest tests)
test: setup-test
	bash tools/run-tests.sh

setup:
	bash tools/setup.sh

setup-test:
	bash tools/setup.sh --test
