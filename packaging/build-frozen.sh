#!/usr/bin/env bash
# Builds the self-contained app folder dist/clausewise with PyInstaller, reports its size,
# and runs its self-test with the network blocked. Usage: packaging/build-frozen.sh
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
VENV=.venv-package
bash scripts/system-deps.sh
[ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
"$VENV/bin/python" -m pip install --quiet --upgrade pip
"$VENV/bin/python" -m pip install --quiet . "pyinstaller>=6.0"
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/clausewise.spec
echo "Built dist/clausewise: $(du -sh dist/clausewise | cut -f1), $(find dist/clausewise -type f | wc -l) files"
bash packaging/offline-run.sh dist/clausewise/clausewise --self-test
