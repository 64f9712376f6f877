#!/usr/bin/env bash
# The Nu Html Checker (tests/overrides/test_nu_html_checker.py) is npm's vnu-jar, pinned by
# tests/vnu/package-lock.json: npm installs it, Java 11+ runs it. Install Debian's npm and
# default-jre-headless with apt-get when they are absent; say in one line why when that fails.
# Then install the checker from the lock file, without its install script (which would
# download a Java of its own when it finds none).
set -uo pipefail
here=$(dirname "$0")
fail() { echo "error: $*" >&2; exit 1; }

java_major() {
  java -version 2>&1 | sed -nE '1s/.*version "(1\.)?([0-9]+).*/\2/p'
}

missing=()
command -v npm >/dev/null 2>&1 || missing+=(npm)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
if [ ${#missing[@]} -gt 0 ]; then
  "$here/apt_install.sh" "HTML checker" "${missing[@]}" || exit 1
fi
command -v npm >/dev/null 2>&1 || fail "apt-get installed npm but npm is still not on PATH"
major=$(java_major)
[ -n "$major" ] && [ "$major" -ge 11 ] \
  || fail "the HTML checker needs Java 11 or newer; 'java -version' says: $(java -version 2>&1 | head -n1)"

cd "$here/../tests/vnu" || fail "tests/vnu is missing"
log=$(mktemp)
if ! npm ci --no-audit --no-fund --ignore-scripts >"$log" 2>&1; then
  reason=$(grep -m1 -E "ERR!|error" "$log" || tail -n1 "$log")
  rm -f "$log"
  fail "npm ci in tests/vnu failed (no network to the npm registry?): $reason"
fi
rm -f "$log"
