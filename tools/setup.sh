#!/usr/bin/env bash
# Installs what policygraph needs into ./.venv; with --test also what the
# tests need (test extras, the Neo4j test server, headless Chromium).
# Safe to run again: every step checks before it installs.
set -euo pipefail
cd "$(dirname "$0")/.."
want_test=0
[ "${1:-}" = "--test" ] && want_test=1

py=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv" >&2
  "$py" -m venv .venv
fi
stamp=.venv/.policygraph-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  echo "setup: installing Python packages" >&2
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".[test,ner]"
  touch "$stamp"
fi

if [ "$want_test" = 1 ]; then
  for part in tools/setup.d/*.sh; do
    [ -e "$part" ] || continue
    bash "$part"
  done
fi
