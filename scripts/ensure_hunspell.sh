#!/usr/bin/env bash
# The spelling check (scripts/check_spelling.py) runs Debian's hunspell with its French and
# British English dictionaries. Install them with apt-get when they are absent, at the versions
# pinned below on Debian 12 (this project's machines); on another distribution (GitHub's
# Ubuntu runners) its own versions. Say in one line why when that fails.
set -uo pipefail
pinned="hunspell=1.7.1-1 hunspell-fr-classical=1:7.0-1 hunspell-en-gb=1:7.5.0-1"
dicts=${HUNSPELL_DICTS:-/usr/share/hunspell}
if command -v hunspell >/dev/null 2>&1 && [ -f "$dicts/fr_FR.dic" ] && [ -f "$dicts/en_GB.dic" ]; then
  exit 0
fi

fail() { echo "error: $*" >&2; exit 1; }
command -v apt-get >/dev/null 2>&1 || fail "hunspell with fr_FR and en_GB dictionaries is missing and apt-get is not available: install them with your package manager"
sudo=""
if [ "$(id -u)" != 0 ]; then
  command -v sudo >/dev/null 2>&1 || fail "hunspell is missing: run 'apt-get install $pinned' as root"
  sudo="sudo"
fi
packages=$pinned
# shellcheck disable=SC1091
if ! { [ -r /etc/os-release ] && . /etc/os-release && [ "${ID:-}" = debian ] && [ "${VERSION_CODENAME:-}" = bookworm ]; }; then
  packages=$(echo "$pinned" | sed -E 's/=[^ ]+//g')
  echo "Not Debian 12: installing this distribution's versions of $packages"
fi
echo "Installing hunspell and its French and English dictionaries for the spelling check"
log=$(mktemp)
# shellcheck disable=SC2086
if ! { $sudo apt-get update -q && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -yq --no-install-recommends $packages; } >"$log" 2>&1; then
  reason=$(grep -m1 -E "^E:|Unable|Could not|Failed" "$log" || tail -n1 "$log")
  rm -f "$log"
  fail "could not install hunspell with apt-get (no network to the Debian mirror?): $reason"
fi
rm -f "$log"
[ -f "$dicts/fr_FR.dic" ] && [ -f "$dicts/en_GB.dic" ] || fail "apt-get installed hunspell but $dicts/fr_FR.dic or en_GB.dic is still missing"
