#!/usr/bin/env bash
# Browser tests drive Debian's chromium through Playwright (never `playwright install`).
# Install it with apt-get when it is absent; say in one line why when that fails.
set -uo pipefail
chromium=${CHROMIUM:-/usr/bin/chromium}
[ -x "$chromium" ] && exit 0
"$(dirname "$0")/apt_install.sh" "browser tests" chromium || exit 1
[ -x "$chromium" ] || { echo "error: apt-get installed chromium but $chromium is still missing" >&2; exit 1; }
