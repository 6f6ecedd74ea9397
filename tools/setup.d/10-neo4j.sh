#!/usr/bin/env bash
# Builds tools/neo4j-test-server, the real Neo4j 5.26 Community server the
# tests start (Docker does not run on our machines). Needs Java >= 17 and
# Maven; installs them with apt-get when missing. Downloads go to the default
# Maven repository (~/.m2), so later runs on the same machine reuse them.
# Does nothing when the launcher is newer than its pom.xml and sources.
set -euo pipefail
cd "$(dirname "$0")/../neo4j-test-server"

fail() { echo "setup: neo4j test server: $*" >&2; exit 1; }

java_major() {
  # "17.0.15" -> 17, "1.8.0_392" -> 8; empty when java is missing.
  command -v "$1" >/dev/null 2>&1 || return 0
  # java prints 'openjdk version "17.0.15" ...', javac prints 'javac 17.0.15'.
  "$1" -version 2>&1 | grep -oE '(version "|javac )[0-9][0-9._]*' | head -n1 |
    grep -oE '[0-9][0-9._]*' | awk -F. '{ print ($1 == 1 ? $2 : $1) }'
}

apt_install() {
  # Quiet: apt's output goes to a log file whose path is printed on failure.
  bash ../apt-install.sh "$@" || exit 1
}

# javac as well as java: the launcher is compiled here.
if [ "$(java_major java)" = "" ] || [ "$(java_major java)" -lt 17 ] ||
   [ "$(java_major javac)" = "" ] || [ "$(java_major javac)" -lt 17 ]; then
  apt_install openjdk-17-jdk-headless
  [ "$(java_major java)" != "" ] && [ "$(java_major java)" -ge 17 ] \
    || fail "java >= 17 still not the default 'java' after installing openjdk-17-jdk-headless (see update-alternatives --config java)"
fi
command -v mvn >/dev/null 2>&1 || apt_install maven
command -v mvn >/dev/null 2>&1 || fail "mvn not found after installing maven"

jar=target/neo4j-test-server.jar
# Two test sessions may find the launcher stale at once: build one at a time.
mkdir -p target
if command -v flock >/dev/null 2>&1; then
  exec 9>target/.build.lock
  flock 9
fi
if [ -f "$jar" ] && [ -d target/lib ] && [ -z "$(find pom.xml src -newer "$jar" -print -quit)" ]; then
  exit 0
fi

echo "setup: building the Neo4j test server (Maven; the first build downloads ~170 MB)" >&2
log=$(mktemp "${TMPDIR:-/tmp}/neo4j-test-server-build.XXXXXX")
# A changed pom may drop jars: start from an empty lib/ so none is left over.
rm -rf target/lib "$jar"
start=$(date +%s)
if ! mvn -B -q -Dmaven.test.skip=true package >"$log" 2>&1 || [ ! -f "$jar" ]; then
  # Maven 3.8 colours some lines even in batch mode.
  sed -i 's/\x1b\[[0-9;]*m//g' "$log"
  tail -n 30 "$log" >&2
  echo >&2
  # The first line that names the problem (a compile error, a missing artifact).
  reason=$(grep -E '^\[ERROR\] (.*\.java:\[|Failed to execute|Non-resolvable|Could not)' "$log" | head -n1 | cut -c1-400 || true)
  fail "Maven build failed: ${reason:-see $log}"
fi
rm -f "$log"
echo "setup: Neo4j test server built in $(( $(date +%s) - start )) s" >&2
