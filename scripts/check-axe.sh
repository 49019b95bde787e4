#!/usr/bin/env bash
# Accessibility check with axe-core 4.x (the axe.min.js shipped by PyPI axe-playwright-python,
# injected through Selenium into headless Chromium): every public and admin page type, at 390
# and 1280 px, against the real server on a free port over a temporary demo database. Any
# violation of any impact fails. The page list is at the top of scripts/check_axe.py.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh browser
bash scripts/ensure-deps.sh axe
# A lower PBKDF2 work factor keeps the debug build quick; production uses the default (600 000).
export VETRINA_PASSWORD_ITERATIONS=20000
source scripts/live-server.sh
start_live_server

BIN="$(swift build --show-bin-path)/vetrina"
PASSWORD="cavallo batteria graffetta $$"
printf '%s\n' "$PASSWORD" | "$BIN" user create --db "$LIVE_TMP/vetrina.sqlite" --email axe@example.it \
  --role admin --name "Controllo accessibilità" --iterations "$VETRINA_PASSWORD_ITERATIONS" >/dev/null

# A read-only node on the same file, for the read-only page (503).
start_replica_server

python3 scripts/check_axe.py "$BASE" axe@example.it "$PASSWORD" "$REPLICA_BASE"
