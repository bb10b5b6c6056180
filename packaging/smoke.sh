#!/usr/bin/env bash
# Smoke test of a built ReliefDesk folder: the headless commands and the GUI, run from the bundle
# with a throw-away data folder and without the source tree on the Python path.
#   packaging/smoke.sh [dist/ReliefDesk]
# Needs pdftotext (poppler-utils). Prints one line per check and the time each took; exits non-zero
# on the first failure.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DIST="$(cd "${1:-$ROOT/dist/ReliefDesk}" && pwd)"
APP="$DIST/ReliefDesk"
[ -x "$APP" ] || { echo "smoke: $APP not found or not executable (run ./package)" >&2; exit 1; }
command -v pdftotext >/dev/null || { echo "smoke: pdftotext is missing (poppler-utils)" >&2; exit 1; }

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
# Never touch the user's real case file; run from an empty folder so nothing is imported from
# the source tree by accident.
export RELIEFDESK_HOME="$WORK/home"
export HOME="$WORK/userhome"
export XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/data" XDG_CACHE_HOME="$WORK/cache"
unset PYTHONPATH PYTHONHOME
mkdir -p "$RELIEFDESK_HOME" "$HOME"
cd "$WORK"
# The demo client's family name (casefile/demo.py: fictional).
DEMO_NAME="${RELIEFDESK_SMOKE_NAME:-Ejemplo Vargas}"
EXPECTED_VERSION="$(sed -n 's/^version = "\(.*\)"/\1/p' "$ROOT/pyproject.toml" | head -1)"

step() { printf '[smoke] %-58s' "$1"; T0=$(date +%s.%N); }
ok() { printf 'ok (%.1f s)\n' "$(echo "$(date +%s.%N) - $T0" | bc)"; }
fail() { echo "FAILED"; echo "smoke: $*" >&2; exit 1; }

step "--version"
out="$("$APP" --version 2>"$WORK/err")" || fail "--version exited $?: $(cat "$WORK/err")"
[ "$out" = "ReliefDesk $EXPECTED_VERSION" ] || fail "--version printed '$out', expected 'ReliefDesk $EXPECTED_VERSION'"
ok

step "assess --client demo --json (five reliefs)"
"$APP" assess --client demo --json >"$WORK/assess.json" 2>"$WORK/err" \
  || fail "assess exited $?: $(cat "$WORK/err")"
python3 - "$WORK/assess.json" <<'EOF' || fail "assess JSON is not what was expected"
import json, sys
data = json.load(open(sys.argv[1], encoding="utf-8"))
want = {"t_visa", "u_visa", "continued_presence", "asylum_psg", "vacatur"}
got = set(data["assessments"])
if got != want:
    sys.exit(f"reliefs {sorted(got)} != {sorted(want)}")
for relief, a in data["assessments"].items():
    if not a.get("outcome") or not a.get("elements"):
        sys.exit(f"{relief} has no outcome or no elements")
EOF
ok

# LibreOffice (system, not bundled) runs through a wrapper that records the library path it got.
REAL_SOFFICE="$(command -v soffice || command -v libreoffice || true)"
if [ -n "$REAL_SOFFICE" ]; then
  printf '#!/bin/bash\necho "LD_LIBRARY_PATH=${LD_LIBRARY_PATH:-}" >>"%s"\nexec "%s" "$@"\n' \
    "$WORK/soffice-env.log" "$REAL_SOFFICE" >"$WORK/soffice"
  chmod +x "$WORK/soffice"
  export RELIEFDESK_SOFFICE="$WORK/soffice"
fi

step "packet --client demo --relief t_visa --out packet.pdf"
"$APP" packet --client demo --relief t_visa --out "$WORK/packet.pdf" --quiet \
  >"$WORK/packet.log" 2>&1 || fail "packet exited $?: $(tail -20 "$WORK/packet.log")"
[ -s "$WORK/packet.pdf" ] || fail "packet.pdf was not written"
pdftotext "$WORK/packet.pdf" "$WORK/packet.txt" || fail "pdftotext cannot read packet.pdf"
grep -q "$DEMO_NAME" "$WORK/packet.txt" || fail "packet.pdf does not name the client '$DEMO_NAME'"
pages="$(pdfinfo "$WORK/packet.pdf" 2>/dev/null | sed -n 's/^Pages: *//p')"
printf '%s pages, ' "${pages:-?}"
ok

if [ -n "$REAL_SOFFICE" ]; then
  step "LibreOffice started without the bundle's library path"
  [ -s "$WORK/soffice-env.log" ] || fail "the packet did not start LibreOffice ($REAL_SOFFICE)"
  if grep -q "$DIST" "$WORK/soffice-env.log"; then
    fail "LibreOffice got the bundle's libraries: $(sort -u "$WORK/soffice-env.log")"
  fi
  ok
else
  echo "[smoke] LibreOffice checks: NOT RUN, soffice is not installed (it is not bundled)"
fi

step "forms list (bundled official PDFs found)"
"$APP" forms list >"$WORK/forms.txt" 2>"$WORK/err" || fail "forms list exited $?: $(cat "$WORK/err")"
grep -q "I-589" "$WORK/forms.txt" || fail "forms list does not show I-589"
ok

step "init --with-demo: SQLCipher store + alembic migrations"
RELIEFDESK_PASSPHRASE="smoke-test passphrase (not a real one)" \
  "$APP" init --with-demo >"$WORK/init.log" 2>&1 || fail "init exited $?: $(cat "$WORK/init.log")"
db="$RELIEFDESK_HOME/cases.db"
[ -s "$db" ] || fail "init did not create $db"
if head -c 15 "$db" | grep -q "SQLite format"; then fail "$db is a plain SQLite file, not encrypted"; fi
RELIEFDESK_PASSPHRASE="smoke-test passphrase (not a real one)" \
  "$APP" clients --json >"$WORK/clients.json" 2>"$WORK/err" || fail "clients exited $?: $(cat "$WORK/err")"
grep -q "$DEMO_NAME" "$WORK/clients.json" || fail "clients does not list the demo client"
set +e
RELIEFDESK_PASSPHRASE="a wrong passphrase" "$APP" clients >/dev/null 2>"$WORK/err"
rc=$?
set -e
[ $rc -ne 0 ] || fail "a wrong passphrase opened the store"
if grep -q "Traceback" "$WORK/err"; then fail "a wrong passphrase printed a traceback"; fi
ok

step "GUI gui --demo starts offscreen and quits by itself"
# desktop/app.py quits after RELIEFDESK_SMOKE_SECONDS.
set +e
g0=$(date +%s.%N)
QT_QPA_PLATFORM=offscreen RELIEFDESK_SMOKE_SECONDS=3 \
  timeout 30 "$APP" gui --demo >"$WORK/gui.log" 2>&1
rc=$?
set -e
[ $rc -ne 124 ] || fail "the GUI did not quit within 30 s: $(tail -20 "$WORK/gui.log")"
# it must have stayed up until the quit timer fired (not exited early without an error)
if [ "$(echo "$(date +%s.%N) - $g0 < 3" | bc)" = 1 ]; then
  fail "the GUI exited before its 3 s quit timer: $(tail -20 "$WORK/gui.log")"
fi
[ $rc -eq 0 ] || fail "the GUI exited $rc: $(tail -20 "$WORK/gui.log")"
if grep -q "Traceback" "$WORK/gui.log"; then fail "the GUI printed a traceback: $(cat "$WORK/gui.log")"; fi
ok

step "GUI first-run passphrase window (encrypted store path)"
set +e
QT_QPA_PLATFORM=offscreen RELIEFDESK_SMOKE_SECONDS=2 \
  timeout 30 "$APP" >"$WORK/gui2.log" 2>&1
rc=$?
set -e
[ $rc -eq 0 ] || fail "the GUI (no --demo) exited $rc: $(tail -20 "$WORK/gui2.log")"
if grep -q "Traceback" "$WORK/gui2.log"; then fail "traceback: $(cat "$WORK/gui2.log")"; fi
ok

if command -v xvfb-run >/dev/null 2>&1; then
  step "GUI on X11 (xvfb): the bundled xcb plugin loads"
  set +e
  QT_QPA_PLATFORM=xcb QT_DEBUG_PLUGINS=1 RELIEFDESK_SMOKE_SECONDS=2 \
    timeout 40 xvfb-run -a "$APP" gui --demo >"$WORK/x11.log" 2>&1
  rc=$?
  set -e
  [ $rc -eq 0 ] || fail "the GUI under xvfb exited $rc: $(grep -v '^qt\.core' "$WORK/x11.log" | tail -20)"
  grep -q "$DIST/_internal/PySide6/Qt/plugins/platforms/libqxcb.so\" loaded library" "$WORK/x11.log" \
    || fail "the xcb platform plugin was not loaded from the bundle"
  if grep -q "Traceback" "$WORK/x11.log"; then fail "traceback under xvfb"; fi
  ok
else
  echo "[smoke] GUI on X11: NOT RUN, xvfb-run is missing (apt install xvfb xauth)"
fi

echo "[smoke] all checks passed for $DIST"
