#!/usr/bin/env bash
# Browser tests drive Debian's chromium through Playwright (never `playwright install`).
# Install it with apt-get when it is absent; say in one line why when that fails.
set -uo pipefail
chromium=${CHROMIUM:-/usr/bin/chromium}
[ -x "$chromium" ] && exit 0

fail() { echo "error: $*" >&2; exit 1; }
command -v apt-get >/dev/null 2>&1 || fail "$chromium is missing and apt-get is not available: install Chromium and set CHROMIUM=/path/to/chromium"
sudo=""
if [ "$(id -u)" != 0 ]; then
  command -v sudo >/dev/null 2>&1 || fail "$chromium is missing: run 'apt-get install chromium' as root"
  sudo="sudo"
fi
echo "Installing Debian's chromium for the browser tests"
log=$(mktemp)
if ! { $sudo apt-get update -q && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -yq --no-install-recommends chromium; } >"$log" 2>&1; then
  reason=$(grep -m1 -E "^E:|Unable|Could not|Failed" "$log" || tail -n1 "$log")
  rm -f "$log"
  fail "could not install chromium with apt-get (no network to the Debian mirror?): $reason"
fi
rm -f "$log"
[ -x "$chromium" ] || fail "apt-get installed chromium but $chromium is still missing"
