#!/usr/bin/env bash
# Validates the open data API (/api/v1) of the real server, on a free port over a temporary demo
# database, against the official HSDS 3.0 JSON Schemas read in place from ../shared/hsds-3.0
# (PyPI jsonschema + referencing), and its OpenAPI document with PyPI openapi-spec-validator.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d ../shared/hsds-3.0/schema ] || { echo "check-hsds: ../shared/hsds-3.0/schema is missing" >&2; exit 1; }
bash scripts/ensure-deps.sh hsds
source scripts/live-server.sh
start_live_server
python3 scripts/check_hsds.py
