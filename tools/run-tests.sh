#!/usr/bin/env bash
# The whole test suite. pytest's exit code 5 ("no tests collected") is a
# failure here: a run that tests nothing must not pass. The 15 slowest tests
# are listed at the end, so a run that grows slower shows where the time went.
set -uo pipefail
cd "$(dirname "$0")/.."
.venv/bin/python -m pytest --durations=15 "$@"
rc=$?
if [ "$rc" = 5 ]; then
  echo "run-tests: pytest collected no tests" >&2
  exit 1
fi
exit "$rc"
