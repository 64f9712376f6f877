#!/usr/bin/env bash
# Create the virtual env if missing and install pinned packages into it; with "." as the third
# argument, install the project itself (scripts/sitetools, editable, no dependencies), so that
# the build plugin (sitetools.plugin) is registered, and compile it to bytecode. Failures end
# in one clear line, not a pip traceback.
set -uo pipefail
python=$1 venv=$2 requirements=$3

fail() { echo "error: $*" >&2; exit 1; }

command -v "$python" >/dev/null 2>&1 \
  || fail "'$python' not found: install Python 3.11+ (Debian: apt-get install python3 python3-venv) or run make PYTHON=/path/to/python3"
"$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
  || fail "Python 3.11 or newer is needed; '$python' is $("$python" -V 2>&1)"

if [ ! -x "$venv/bin/python" ]; then
  echo "Creating $venv"
  "$python" -m venv "$venv" >/dev/null 2>"$venv.log" \
    || fail "could not create $venv (Debian: apt-get install python3-venv); see $venv.log"
  rm -f "$venv.log"
fi

if [ "$requirements" = . ]; then
  args=(--no-deps --editable .) what="the project's sitetools package"
else
  args=(-r "$requirements") what=$requirements
fi
echo "Installing $what into $venv"
log=$(mktemp)
if ! "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "${args[@]}" >"$log" 2>&1; then
  reason=$(grep -m1 -E "^ERROR|Could not|No matching|HTTPError|Max retries" "$log" || tail -n1 "$log")
  rm -f "$log"
  fail "installing $what failed (no network to PyPI?): $reason"
fi
rm -f "$log"
# pip compiles every package it installs to bytecode, but not an editable one: compile ours as
# pip would, or every build compiles the plugin's modules again (90 ms with PYTHONDONTWRITEBYTECODE).
if [ "$requirements" = . ]; then
  "$venv/bin/python" -m compileall -q scripts/sitetools >/dev/null \
    || fail "compiling scripts/sitetools failed"
fi
