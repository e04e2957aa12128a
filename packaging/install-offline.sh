#!/usr/bin/env bash
# Installs Clausewise from this folder of wheels, with no network: pip --no-index.
# Usage: bash install-offline.sh [TARGET_VENV]   (default: ./clausewise-venv)
# Needs Python 3.11+ (python3 -m venv). Afterwards run TARGET_VENV/bin/clausewise --self-test.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
target="${1:-clausewise-venv}"
PYTHON=${PYTHON:-python3}
"$PYTHON" -m venv "$target"
"$target/bin/python" -m pip install --quiet --no-index --find-links "$here" clausewise
echo "Installed: $target/bin/clausewise"
