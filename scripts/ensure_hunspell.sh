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
packages=$pinned
# shellcheck disable=SC1091
if ! { [ -r /etc/os-release ] && . /etc/os-release && [ "${ID:-}" = debian ] && [ "${VERSION_CODENAME:-}" = bookworm ]; }; then
  packages=$(echo "$pinned" | sed -E 's/=[^ ]+//g')
  echo "Not Debian 12: installing this distribution's versions of $packages"
fi
# A pinned version the mirror no longer carries must not stop the tests: fall back to the
# mirror's own version of the same packages.
# shellcheck disable=SC2086
"$(dirname "$0")/apt_install.sh" "spelling check" $packages \
  || "$(dirname "$0")/apt_install.sh" "spelling check, mirror's versions" $(echo "$pinned" | sed -E 's/=[^ ]+//g') \
  || exit 1
[ -f "$dicts/fr_FR.dic" ] && [ -f "$dicts/en_GB.dic" ] || fail "apt-get installed hunspell but $dicts/fr_FR.dic or en_GB.dic is still missing"
