#!/usr/bin/env bash
# Set up, ingest the sample corpus (examples/corpus) into sample.db and print a cited brief on Vietnam.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
db=${CHANCERY_DB:-sample.db}
.venv/bin/chancery ingest examples/corpus --db "$db"
echo
.venv/bin/chancery brief VNM --db "$db"
