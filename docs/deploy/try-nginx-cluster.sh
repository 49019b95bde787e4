#!/usr/bin/env bash
# Tries docs/deploy/nginx-vetrina-cluster.conf for real on this machine: a writer and a
# `--replica` node of `vetrina serve` on one demo database (a replica's LiteFS copy is the same
# file here), nginx started from a copy of the example (ports → free high ports, a self-signed
# certificate, both upstreams → the two local nodes), then checks which node answered each
# request (their access logs): pages without cookies on the replica, /admin, a POST and a
# signed-in operator's pages on the writer, and the replica's own 503 for a write sent to it
# directly. Needs nginx, openssl, curl and a built vetrina (VETRINA=.build/debug/vetrina).
set -euo pipefail
cd "$(dirname "$0")/../.."
VETRINA=${VETRINA:-.build/debug/vetrina}
tmp=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; sleep 0.5; rm -rf "$tmp"; }
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wait_for() { for _ in $(seq 300); do grep -q "in ascolto" "$1" && return 0; sleep 0.1; done; cat "$1" "${1%.out}.err" >&2; return 1; }

"$VETRINA" migrate --db "$tmp/v.sqlite" >/dev/null
"$VETRINA" seed --db "$tmp/v.sqlite" --demo >/dev/null
printf '%s\n' "cavallo batteria graffetta" | "$VETRINA" user create --db "$tmp/v.sqlite" --email capo@rete.it \
  --role admin --iterations 1000 >/dev/null
writer=$(free_port); replica=$(free_port); http=$(free_port); https=$(free_port)
public="https://welfare.example.it:$https"
"$VETRINA" serve --db "$tmp/v.sqlite" --port "$writer" --base-url "$public" --trusted-proxy 127.0.0.1 \
  --password-iterations 1000 >"$tmp/writer.out" 2>"$tmp/writer.err" & pids+=($!)
wait_for "$tmp/writer.out"   # the writer first: it creates the site keys the replica needs
"$VETRINA" serve --db "$tmp/v.sqlite" --port "$replica" --base-url "$public" --trusted-proxy 127.0.0.1 \
  --replica --writer-url "$public" >"$tmp/replica.out" 2>"$tmp/replica.err" & pids+=($!)
wait_for "$tmp/replica.out"

openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=welfare.example.it \
  -keyout "$tmp/key.pem" -out "$tmp/cert.pem" 2>/dev/null
mkdir -p "$tmp/logs" "$tmp/acme"
sed -e "s|server 10.0.0.1:8080;|server 127.0.0.1:$writer;|" -e "s|server 10.0.0.2:8080;|server 127.0.0.1:$replica;|" \
    -e "/server 10.0.0.3:8080;/d" -e "s|server 10.0.0.1:8080 backup;|server 127.0.0.1:$writer backup;|" \
    -e "s|listen 80;|listen 127.0.0.1:$http;|" -e "/listen \[::\]/d" \
    -e "s|listen 443 ssl http2;.*|listen 127.0.0.1:$https ssl http2;|" \
    -e "s|/etc/letsencrypt/live/welfare.example.it/fullchain.pem|$tmp/cert.pem|" \
    -e "s|/etc/letsencrypt/live/welfare.example.it/privkey.pem|$tmp/key.pem|" \
    -e "s|/var/www/acme|$tmp/acme|" -e "/ssl_stapling/d" docs/deploy/nginx-vetrina-cluster.conf > "$tmp/site.conf"
cat > "$tmp/nginx.conf" <<CONF
daemon off;
pid $tmp/nginx.pid;
error_log $tmp/logs/error.log warn;
events { worker_connections 256; }
http {
    access_log $tmp/logs/access.log;
    client_body_temp_path $tmp; proxy_temp_path $tmp; fastcgi_temp_path $tmp; uwsgi_temp_path $tmp; scgi_temp_path $tmp;
    include $tmp/site.conf;
}
CONF
nginx -t -q -c "$tmp/nginx.conf" -p "$tmp"
nginx -c "$tmp/nginx.conf" -p "$tmp" & pids+=($!)
for _ in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:$http/" && break; sleep 0.1; done

fail=0
expect() { if [ "$2" = "$3" ]; then echo "ok   $1"; else echo "FAIL $1: got '$2', want '$3'"; fail=1; fi; }
jar="$tmp/cookies"
get() { curl -sk -b "$jar" -c "$jar" --resolve "welfare.example.it:$https:127.0.0.1" -o "$tmp/page.html" -w '%{http_code}' "$public$1"; }
post() { curl -sk -b "$jar" -c "$jar" --resolve "welfare.example.it:$https:127.0.0.1" -H "Origin: $public" -o "$tmp/page.html" \
              -w '%{http_code}' "${@:2}" "$public$1"; }
# Which node logged `path` (with `status`) last: "writer", "replica" or "none".
served_by() {
  if grep -q "method=$1 path=$2 status=$3" "$tmp/replica.err"; then echo replica
  elif grep -q "method=$1 path=$2 status=$3" "$tmp/writer.err"; then echo writer; else echo none; fi
}
expect "a page without cookies" "$(get /territori/pinerolo)" 200
expect "... is served by the replica" "$(served_by GET /territori/pinerolo 200)" replica
expect "search without cookies" "$(get '/cerca?q=anziani')" 200
expect "... is served by the replica" "$(served_by GET /cerca 200)" replica
expect "the sign-in form" "$(get /admin/accedi)" 200
expect "... is served by the writer" "$(served_by GET /admin/accedi 200)" writer
csrf=$(grep -o 'name="csrf" value="[^"]*' "$tmp/page.html" | head -1 | sed 's/.*value="//')
expect "signing in" "$(post /admin/accedi --data-urlencode email=capo@rete.it \
  --data-urlencode "password=cavallo batteria graffetta" --data-urlencode "csrf=$csrf")" 303
expect "... on the writer, which set the session cookie" "$(served_by POST /admin/accedi 303)/$(grep -c '__Host-vw_sessione' "$jar")" writer/1
expect "a page with the operator's session" "$(get /territori/cuneo)" 200
expect "... is served by the writer" "$(served_by GET /territori/cuneo 200)" writer
slug=$(grep -o 'href="/servizi/[^"?]*' "$tmp/page.html" | head -1 | sed 's|href="/servizi/||')
rm -f "$jar"
report=$(post "/servizi/$slug/segnalazione" -d messaggio=prova)
expect "a citizen's report (POST, no cookies) reaches the writer (which refuses the incomplete form)" \
  "$report/$(served_by POST "/servizi/$slug/segnalazione" "$report")" 400/writer
expect "no proxied request got a 503 from the replica" "$(grep -c 'status=503' "$tmp/replica.err" || true)" 0
direct=$(curl -s -o "$tmp/direct.html" -w '%{http_code}' -d "messaggio=prova" "http://127.0.0.1:$replica/servizi/$slug/segnalazione")
expect "a write sent to the replica directly gets 503" "$direct" 503
expect "... with the read-only page linking the public address" \
  "$(grep -c '<h1>Questo nodo è in sola lettura</h1>' "$tmp/direct.html")/$(grep -c "href=\"$public/\"" "$tmp/direct.html")" 1/1
exit $fail
