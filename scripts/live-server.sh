# Sourced by scripts/check-html.sh, scripts/check-browser.sh and scripts/screenshots.sh:
# builds `vetrina`, makes a temporary database (migrations + comuni + demo catalog, through the
# CLI), starts the real server on a free port and sets BASE=http://127.0.0.1:PORT.
# The server and the temporary files are removed when the calling script exits.

LIVE_TMP="$(mktemp -d "${TMPDIR:-/tmp}/vetrina-check.XXXXXX")"
LIVE_PID=""
REPLICA_PID=""

stop_server_pid() {
  if [ -n "$1" ] && kill -0 "$1" 2>/dev/null; then
    kill -TERM "$1" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$1" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$1" 2>/dev/null || true
  fi
}

stop_live_server() {
  stop_server_pid "$REPLICA_PID"
  stop_server_pid "$LIVE_PID"
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
  BASE="$(announced_base "$LIVE_PID" "$LIVE_TMP/server" "The server")" || return 1
  export BASE
}

# Prints the http://127.0.0.1:PORT that the `vetrina serve` running as PID announced in
# PREFIX.out; if it exits or stays silent for 30 s, prints its PREFIX.out/.err and fails.
announced_base() {
  local pid=$1 prefix=$2 label=$3 base
  for _ in $(seq 1 300); do
    base="$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$prefix.out" 2>/dev/null | head -1 || true)"
    if [ -n "$base" ]; then echo "$base"; return 0; fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  echo "$label did not start:" >&2
  cat "$prefix.out" "$prefix.err" >&2
  return 1
}

# After start_live_server: a read-only node (`serve --replica`, docs/SCALING.md) on the same file,
# for the read-only page (503). Sets REPLICA_BASE=http://127.0.0.1:PORT.
start_replica_server() {
  local bin
  bin="$(swift build --show-bin-path)/vetrina"
  "$bin" serve --db "$LIVE_TMP/vetrina.sqlite" --host 127.0.0.1 --port 0 --public Public --replica --writer-url "$BASE" \
    >"$LIVE_TMP/replica.out" 2>"$LIVE_TMP/replica.err" &
  REPLICA_PID=$!
  REPLICA_BASE="$(announced_base "$REPLICA_PID" "$LIVE_TMP/replica" "The read-only node")" || return 1
  export REPLICA_BASE
}
