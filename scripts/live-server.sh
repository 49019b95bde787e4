# Sourced by scripts/check-html.sh, scripts/check-browser.sh and scripts/screenshots.sh:
# builds `vetrina`, makes a temporary database (migrations + comuni + demo catalog, through the
# CLI), starts the real server on a free port and sets BASE=http://127.0.0.1:PORT.
# The server and the temporary files are removed when the calling script exits.

LIVE_TMP="$(mktemp -d "${TMPDIR:-/tmp}/vetrina-check.XXXXXX")"
LIVE_PID=""

stop_live_server() {
  if [ -n "$LIVE_PID" ] && kill -0 "$LIVE_PID" 2>/dev/null; then
    kill -TERM "$LIVE_PID" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$LIVE_PID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$LIVE_PID" 2>/dev/null || true
  fi
  rm -rf "$LIVE_TMP"
}
trap stop_live_server EXIT

start_live_server() {
  swift build --product vetrina >"$LIVE_TMP/build.log" 2>&1 || { cat "$LIVE_TMP/build.log" >&2; return 1; }
  local bin db
  bin="$(swift build --show-bin-path)/vetrina"
  db="$LIVE_TMP/vetrina.sqlite"
  "$bin" migrate --db "$db" >/dev/null
  "$bin" seed --db "$db" --demo >/dev/null
  "$bin" serve --db "$db" --host 127.0.0.1 --port 0 --public Public \
    >"$LIVE_TMP/server.out" 2>"$LIVE_TMP/server.err" &
  LIVE_PID=$!
  for _ in $(seq 1 300); do
    BASE="$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$LIVE_TMP/server.out" 2>/dev/null | head -1 || true)"
    if [ -n "$BASE" ]; then export BASE; return 0; fi
    kill -0 "$LIVE_PID" 2>/dev/null || break
    sleep 0.1
  done
  echo "The server did not start:" >&2
  cat "$LIVE_TMP/server.out" "$LIVE_TMP/server.err" >&2
  return 1
}
