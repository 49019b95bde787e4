# Shared by try-nginx-proxy.sh and try-nginx-cluster.sh (sourced, not run): a scratch
# directory cleaned up on exit, free ports, and nginx started from a copy of one of the
# examples with its ports, certificate and paths pointed at this machine.
VETRINA=${VETRINA:-.build/debug/vetrina}
tmp=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; sleep 0.5; rm -rf "$tmp"; }
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
fail=0
expect() { if [ "$2" = "$3" ]; then echo "ok   $1"; else echo "FAIL $1: got '$2', want '$3'"; fail=1; fi; }

# start_nginx EXAMPLE HTTP_PORT HTTPS_PORT [sed expressions for the upstreams…]: a self-signed
# certificate for welfare.example.it, the example with listen ports, certificate and ACME paths
# rewritten (plus the caller's expressions), nginx in the foreground under $tmp, waited for.
start_nginx() {
  local example=$1 http=$2 https=$3
  shift 3
  local upstreams=()
  for expression in "$@"; do upstreams+=(-e "$expression"); done
  openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=welfare.example.it \
    -keyout "$tmp/key.pem" -out "$tmp/cert.pem" 2>/dev/null
  mkdir -p "$tmp/logs" "$tmp/acme"
  sed "${upstreams[@]}" -e "s|listen 80;|listen 127.0.0.1:$http;|" -e "/listen \[::\]/d" \
      -e "s|listen 443 ssl http2;.*|listen 127.0.0.1:$https ssl http2;|" \
      -e "s|/etc/letsencrypt/live/welfare.example.it/fullchain.pem|$tmp/cert.pem|" \
      -e "s|/etc/letsencrypt/live/welfare.example.it/privkey.pem|$tmp/key.pem|" \
      -e "s|/var/www/acme|$tmp/acme|" -e "/ssl_stapling/d" "$example" > "$tmp/site.conf"
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
}
