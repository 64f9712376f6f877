#!/usr/bin/env bash
# Install Debian packages that a check needs, as root or through sudo; on failure say why in
# one line. Usage: apt_install.sh "what it is for" PACKAGE[=VERSION]...
# Callers (ensure_chromium.sh, ensure_hunspell.sh) first check whether anything is missing.
set -uo pipefail
purpose=$1
shift

fail() { echo "error: $*" >&2; exit 1; }
command -v apt-get >/dev/null 2>&1 \
  || fail "$purpose: $* missing and apt-get is not available; install them with your package manager"
sudo=""
if [ "$(id -u)" != 0 ]; then
  command -v sudo >/dev/null 2>&1 || fail "$purpose: run 'apt-get install $*' as root"
  sudo="sudo"
fi
echo "Installing $* ($purpose)"
log=$(mktemp)
if ! { $sudo apt-get update -q && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -yq --no-install-recommends "$@"; } >"$log" 2>&1; then
  reason=$(grep -m1 -E "^E:|Unable|Could not|Failed" "$log" || tail -n1 "$log")
  rm -f "$log"
  fail "$purpose: apt-get could not install $* (no network to the Debian mirror?): $reason"
fi
rm -f "$log"
