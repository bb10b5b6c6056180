#!/usr/bin/env bash
# Regenerate the hashed locks from pyproject.toml with uv (pinned in the dev extra), resolving
# from the public package index only (https://pypi.org/simple), for every OS (--universal):
#   requirements.lock      what the app needs (./run installs it), plus setuptools (tools/build.in)
#   requirements-dev.lock  the app plus tests, lint and types (./test installs it)
#   packaging/requirements-package.txt  PyInstaller for ./package
# Run after changing pyproject.toml's dependencies: tools/lock.sh   (then commit both locks)
# Pass --upgrade to move unpinned transitive dependencies to their newest release.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
UV="${UV:-.venv/bin/uv}"
if [ ! -x "$UV" ]; then
  echo "lock: $UV not found: run ./test once (it installs the dev lock, which pins uv)" >&2
  exit 2
fi
extra=()
[ "${1:-}" = "--upgrade" ] && extra+=(--upgrade)
common=(--universal --python-version 3.11 --generate-hashes --no-strip-markers
        --index-url https://pypi.org/simple --no-config --quiet
        --custom-compile-command "tools/lock.sh")
# Keep already-locked versions unless --upgrade: each run starts from the current lock.
"$UV" pip compile pyproject.toml tools/build.in "${common[@]}" "${extra[@]}" -o requirements.lock
"$UV" pip compile pyproject.toml tools/build.in --extra dev "${common[@]}" "${extra[@]}" \
  -c requirements.lock -o requirements-dev.lock
# Build-only tools for ./package (PyInstaller), same versions of what they share with the app.
"$UV" pip compile packaging/requirements-package.in tools/build.in "${common[@]}" "${extra[@]}" \
  -c requirements.lock -o packaging/requirements-package.txt
echo "lock: wrote requirements.lock, requirements-dev.lock, packaging/requirements-package.txt"
