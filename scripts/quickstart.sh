#!/usr/bin/env bash
# Set up, ingest the sample corpus (examples/corpus) into sample.db and print what was found.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
db=${CHANCERY_DB:-sample.db}
.venv/bin/chancery ingest examples/corpus --db "$db"
echo
echo "== Vietnam's partners (chancery partners VNM --db $db)"
.venv/bin/chancery partners VNM --db "$db"
echo
echo "== Facts, most corroborated first (chancery facts --db $db)"
.venv/bin/chancery facts --db "$db"
