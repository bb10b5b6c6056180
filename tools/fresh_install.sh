#!/usr/bin/env bash
# Prove the runtime lock installs from scratch: a throwaway venv, the public package index only
# (this machine's pip/uv configuration, caches and extra indexes are ignored), no cache, hashes
# required; then import every top-level package the lock installed. Prints the time.
# ./test runs it in CI (CI=true); by hand: tools/fresh_install.sh [lock]
# Installer: uv (pinned in the dev lock; parallel downloads and unpacking) when .venv has it,
# else pip; FRESH_INSTALLER=pip forces pip, the installer ./run uses (several times slower on a
# busy 2-core machine: ~3 min against uv's ~30 s, measured with 8 engineers' load).
# Budget: under 3 minutes (issue 13).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LOCK="${1:-$ROOT/requirements.lock}"
PY="${PYTHON:-python3.11}"
command -v "$PY" >/dev/null 2>&1 || PY=python3
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
start=$(date +%s)
"$PY" -m venv "$WORK/venv"
INSTALLER="${FRESH_INSTALLER:-uv}"
[ "$INSTALLER" = uv ] && [ ! -x "$ROOT/.venv/bin/uv" ] && INSTALLER=pip
# Nothing from this machine: no pip.conf / uv.toml, no find-links, no extra index, no cache.
if [ "$INSTALLER" = uv ]; then
  env -u UV_INDEX_URL -u UV_EXTRA_INDEX_URL -u UV_FIND_LINKS \
    "$ROOT/.venv/bin/uv" pip install -q --python "$WORK/venv/bin/python" --no-config --no-cache \
      --index-url https://pypi.org/simple --require-hashes --no-deps -r "$LOCK"
else
  env -u PIP_FIND_LINKS -u PIP_EXTRA_INDEX_URL -u PIP_INDEX_URL -u PIP_CONSTRAINT \
    PIP_CONFIG_FILE=/dev/null PIP_NO_CACHE_DIR=1 \
    "$WORK/venv/bin/python" -m pip install -q --disable-pip-version-check --no-cache-dir \
      --index-url https://pypi.org/simple --require-hashes --no-deps -r "$LOCK"
fi
installed=$(date +%s)
"$WORK/venv/bin/python" - <<'PY'
import importlib
import importlib.metadata as md
import importlib.util
import sys
import time

names: set[str] = set()
for dist in md.distributions():
    if dist.metadata["Name"].lower() in ("pip", "setuptools"):
        continue
    top = dist.read_text("top_level.txt")
    if top:  # entries such as "PySide6/Qt3DCore" or "Shiboken" are not importable names
        names.update(n for n in top.split() if n.isidentifier() and importlib.util.find_spec(n))
        continue
    for f in dist.files or ():
        first = f.parts[0]
        if first.endswith((".dist-info", ".data")) or first in ("..", "__pycache__"):
            continue
        if len(f.parts) == 1:
            if f.suffix in (".py",) or f.name.endswith(".so"):
                names.add(f.name.split(".")[0])
        elif first.isidentifier():
            names.add(first)
skip = {n for n in names if n.startswith("_") and n != "_cffi_backend"} | {"bin", "share", "lib"}
failed = []
t = time.perf_counter()
for name in sorted(names - skip):
    try:
        importlib.import_module(name)
    except Exception as exc:  # report every one, then fail
        failed.append(f"{name}: {type(exc).__name__}: {exc}")
print(f"[fresh install] imported {len(names - skip) - len(failed)}/{len(names - skip)} top-level "
      f"packages in {time.perf_counter() - t:.1f} s: {', '.join(sorted(names - skip))}")
for line in failed:
    print(f"[fresh install] import failed: {line}")
sys.exit(1 if failed else 0)
PY
end=$(date +%s)
echo "[fresh install] runtime lock from the public index into a new venv with $INSTALLER:" \
  "install $((installed - start)) s, total $((end - start)) s (budget 180 s)"
[ $((end - start)) -lt 180 ] || { echo "[fresh install] over the 3-minute budget"; exit 1; }
