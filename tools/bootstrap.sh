#!/usr/bin/env bash
# Shared set-up for ./run, ./test and ./package: make .venv, install the pinned tree when
# requirements.lock or pyproject.toml changed (a stamp file makes the no-change path fast),
# and, when asked, the Debian packages the tests need.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
PY="${PYTHON:-python3.11}"
command -v "$PY" >/dev/null 2>&1 || PY=python3

ensure_venv() {
  if [ ! -x "$VENV/bin/python" ]; then
    echo "[setup] creating virtual environment in .venv"
    "$PY" -m venv "$VENV"
  fi
  local stamp="$VENV/.reliefdesk-stamp"
  local want
  want="$(cat "$ROOT/requirements.lock" "$ROOT/pyproject.toml" | sha256sum | cut -d' ' -f1)"
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    echo "[setup] installing pinned dependencies (requirements.lock)"
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check -r "$ROOT/requirements.lock"
    echo "$want" > "$stamp"
  fi
}

# Debian packages: command -> package. Installed only when the command is missing.
ensure_debs() {
  local missing=()
  command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
  command -v qpdf >/dev/null 2>&1 || missing+=(qpdf)
  command -v xvfb-run >/dev/null 2>&1 || missing+=(xvfb xauth)
  command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
  # Qt's xcb/offscreen platform plugins need these shared libraries.
  ldconfig -p 2>/dev/null | grep -q libxkbcommon-x11 || missing+=(libxkbcommon-x11-0)
  ldconfig -p 2>/dev/null | grep -q libxcb-cursor || missing+=(libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-image0)
  ldconfig -p 2>/dev/null | grep -q libdbus-1 || missing+=(libdbus-1-3)
  [ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
  # Packaging tests: validate the desktop entry; strip bundled libraries.
  command -v desktop-file-validate >/dev/null 2>&1 || missing+=(desktop-file-utils)
  command -v strip >/dev/null 2>&1 || missing+=(binutils)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "[setup] installing Debian packages: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}
