#!/usr/bin/env bash
# Backup and restore under load: `vetrina backup` runs while another process keeps committing
# writes; `vetrina restore` then checks and restores the copy, which must open, pass
# integrity_check and hold every write acknowledged before the backup started. Python stdlib only.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .build/debug/vetrina ] || swift build --product vetrina
python3 scripts/check_backup.py .build/debug/vetrina
