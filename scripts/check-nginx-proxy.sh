#!/usr/bin/env bash
# The deployment example for real: docs/deploy/nginx-vetrina.conf in front of `vetrina serve`
# (redirect to HTTPS, TLS, HTTP/2, HSTS through X-Forwarded-Proto, static files, the forwarded
# client in the access log), and docs/deploy/nginx-vetrina-cluster.conf in front of a writer and a
# `--replica` node (which node answers what). Installs nginx and openssl when it can (scripts/ensure-deps.sh proxy).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh proxy
[ -x .build/debug/vetrina ] || swift build --product vetrina
VETRINA=.build/debug/vetrina bash docs/deploy/try-nginx-proxy.sh
VETRINA=.build/debug/vetrina bash docs/deploy/try-nginx-cluster.sh
