#!/usr/bin/env bash
# apt-get install for the set-up scripts: as root, or through sudo.
# apt's and debconf's chatter goes to a log file, not the terminal; on failure
# the last lines and the log's path are printed, so the set-up output stays
# short when all goes well and says where to look when it does not.
# Usage: bash tools/apt-install.sh PACKAGE...
set -uo pipefail
[ "$#" -gt 0 ] || { echo "apt-install: no package named" >&2; exit 2; }
sudo=""
if [ "$(id -u)" != 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "setup: need $* but am not root and have no sudo; install them and run again" >&2; exit 1; }
  sudo="sudo"
fi
command -v apt-get >/dev/null 2>&1 || { echo "setup: need $* and found no apt-get; install them and run again" >&2; exit 1; }
log=$(mktemp "${TMPDIR:-/tmp}/policygraph-apt.XXXXXX.log")
echo "setup: installing $* as root with apt-get (log: $log)" >&2
export DEBIAN_FRONTEND=noninteractive
if ! { $sudo apt-get update -q && $sudo apt-get install -y -q --no-install-recommends "$@"; } >"$log" 2>&1; then
  tail -n 15 "$log" >&2
  echo "setup: apt-get install $* failed; the whole output is in $log" >&2
  exit 1
fi
rm -f "$log"
