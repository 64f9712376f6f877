#!/usr/bin/env bash
# The spelling check (scripts/check_spelling.py) runs Debian's hunspell with the dictionary of
# every language of data/languages.yml (its `hunspell:` entries). Install what is absent with
# apt-get: hunspell and the French and British English dictionaries at the versions pinned
# below on Debian 12 (this project's machines), on another distribution (GitHub's Ubuntu
# runners) its own versions; a dictionary added with a language (scripts/add_language.py) from
# Debian's package named after it (de_DE: hunspell-de-de, else hunspell-de). Say in one line
# why when that fails.
set -uo pipefail
pinned="hunspell=1.7.1-1 hunspell-fr-classical=1:7.0-1 hunspell-en-gb=1:7.5.0-1"
dicts=${HUNSPELL_DICTS:-/usr/share/hunspell}
table=${LANGUAGES_TABLE:-$(dirname "$0")/../data/languages.yml}
here=$(dirname "$0")

fail() { echo "error: $*" >&2; exit 1; }
[ -r "$table" ] || fail "$table: cannot read the languages table"
wanted=$(sed -nE 's/^  hunspell: *["'\'']?([A-Za-z_]+).*/\1/p' "$table")
[ -n "$wanted" ] || fail "$table: no language names a hunspell dictionary"
missing() { for dict in "$@"; do [ -f "$dicts/$dict.dic" ] || echo "$dict"; done; }

if ! command -v hunspell >/dev/null 2>&1 || [ -n "$(missing fr_FR en_GB)" ]; then
  packages=$pinned
  # shellcheck disable=SC1091
  if ! { [ -r /etc/os-release ] && . /etc/os-release && [ "${ID:-}" = debian ] && [ "${VERSION_CODENAME:-}" = bookworm ]; }; then
    packages=$(echo "$pinned" | sed -E 's/=[^ ]+//g')
    echo "Not Debian 12: installing this distribution's versions of $packages"
  fi
  # A pinned version the mirror no longer carries must not stop the tests: fall back to the
  # mirror's own version of the same packages.
  # shellcheck disable=SC2086
  "$here/apt_install.sh" "spelling check" $packages \
    || "$here/apt_install.sh" "spelling check, mirror's versions" $(echo "$pinned" | sed -E 's/=[^ ]+//g') \
    || exit 1
  [ -z "$(missing fr_FR en_GB)" ] || fail "apt-get installed hunspell but $dicts/fr_FR.dic or en_GB.dic is still missing"
fi

# shellcheck disable=SC2086
for dict in $(missing $wanted); do
  language=${dict%%_*}
  both=$(echo "$dict" | tr 'A-Z_' 'a-z-')
  tried=""
  for package in "hunspell-$both" "hunspell-$language"; do
    tried="$tried $package"
    "$here/apt_install.sh" "spelling check ($dict)" "$package" 2>/dev/null && break
  done
  [ -f "$dicts/$dict.dic" ] \
    || fail "$table: no Debian package gave $dicts/$dict.dic (tried$tried); install the $dict dictionary by hand"
done
exit 0
