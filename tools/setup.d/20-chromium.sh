#!/usr/bin/env bash
# Headless Chromium for the dashboard's end-to-end tests: Debian's own package.
# Playwright (a Python test dependency) drives it through its executable path;
# it never downloads a browser of its own (those downloads fail on our machines).
# fonts-noto-cjk makes Chinese text render in screenshots instead of boxes.
# Safe to run again: installs only what is missing.
set -euo pipefail
want=()
[ -x /usr/bin/chromium ] || want+=(chromium)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || want+=(fonts-noto-cjk)
if [ "${#want[@]}" -eq 0 ]; then
  exit 0
fi
bash "$(dirname "$0")/../apt-install.sh" "${want[@]}"
/usr/bin/chromium --version >&2
