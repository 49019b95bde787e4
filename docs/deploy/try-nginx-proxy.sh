#!/usr/bin/env bash
# Tries docs/deploy/nginx-vetrina.conf for real on this machine, without root ports or a real
# certificate: a temporary demo database served by `vetrina serve`, nginx started from a copy of
# the example (ports 80/443 → free high ports, a self-signed certificate, upstream → the portal),
# then curl checks the redirect, a page over TLS, HSTS (the portal trusts X-Forwarded-Proto from
# nginx) and the access line the portal logged. Needs nginx and openssl (apt-get install nginx
# openssl) and a built vetrina (VETRINA=.build/debug/vetrina by default). Stops what it starts.
set -euo pipefail
cd "$(dirname "$0")/../.."
source docs/deploy/try-nginx-lib.sh

"$VETRINA" migrate --db "$tmp/v.sqlite" >/dev/null
"$VETRINA" seed --db "$tmp/v.sqlite" --demo >/dev/null
app=$(free_port); http=$(free_port); https=$(free_port)
"$VETRINA" serve --db "$tmp/v.sqlite" --port "$app" --base-url https://welfare.example.it \
  --trusted-proxy 127.0.0.1 >"$tmp/serve.out" 2>"$tmp/serve.err" & pids+=($!)
for _ in $(seq 100); do grep -q "in ascolto" "$tmp/serve.out" && break; sleep 0.1; done

start_nginx docs/deploy/nginx-vetrina.conf "$http" "$https" "s|127.0.0.1:8080|127.0.0.1:$app|"

resolve=(--resolve "welfare.example.it:$https:127.0.0.1" --resolve "welfare.example.it:$http:127.0.0.1")
expect "HTTP redirects to HTTPS" "$(curl -s -o /dev/null -w '%{http_code}' "${resolve[@]}" "http://welfare.example.it:$http/cerca")" 301
head=$(curl -sk -D - -o "$tmp/home.html" "${resolve[@]}" "https://welfare.example.it:$https/")
expect "home page over TLS" "$(printf '%s' "$head" | head -1 | tr -d '\r' | cut -d' ' -f2)" 200
expect "HSTS from the portal (X-Forwarded-Proto trusted)" \
  "$(printf '%s' "$head" | grep -ci '^strict-transport-security:' || true)" 1
expect "HTTP/2 negotiated" "$(curl -sk --http2 -o /dev/null -w '%{http_version}' "${resolve[@]}" "https://welfare.example.it:$https/")" 2
expect "static file through the proxy" "$(curl -sk -o /dev/null -w '%{http_code}' "${resolve[@]}" "https://welfare.example.it:$https/static/vetrina.css")" 200
kill "${pids[0]}"; wait "${pids[0]}" 2>/dev/null || true
expect "portal logged the proxied requests (access log flushed on SIGTERM)" \
  "$(grep -c 'client=127.0.0.1.* path=/ status=200' "$tmp/serve.err")" 2
expect "the log names nginx as the proxy beside the forwarded client" \
  "$(grep -c 'client=127.0.0.1 proxy=127.0.0.1:[0-9]*.* path=/ status=200' "$tmp/serve.err")" 2
exit $fail
