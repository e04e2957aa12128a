#!/usr/bin/env bash
# Builds dist/wheelhouse: the Clausewise wheel and every wheel it depends on, plus
# install-offline.sh, so that a machine with no network installs it with pip --no-index.
# Then proves it: a fresh virtual environment, installed with --no-index from the wheelhouse
# alone (pip's own configuration ignored), and the installed app's self-test run offline.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
rm -rf dist/wheelhouse build/wheelhouse-check
mkdir -p dist/wheelhouse
"$PYTHON" -m pip wheel --quiet --wheel-dir dist/wheelhouse .
cp packaging/install-offline.sh dist/wheelhouse/
echo "Built dist/wheelhouse: $(ls dist/wheelhouse/*.whl | wc -l) wheels, $(du -sh dist/wheelhouse | cut -f1)"
PIP_CONFIG_FILE=/dev/null bash dist/wheelhouse/install-offline.sh build/wheelhouse-check
bash packaging/offline-run.sh build/wheelhouse-check/bin/clausewise --self-test
