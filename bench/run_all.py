"""Runs every benchmark (``make bench``): the engine's on synthetic drafts, the engine's on
the real texts of the corpus (bench_real.py), then any other bench_*.py beside them.

Each runs in its own process, one after the other (the machine has two cores; running them
side by side would spoil each other's timings). Extra arguments go to run_engine.py.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    scripts = [[str(HERE / "run_engine.py"), *argv], [str(HERE / "bench_real.py")]]
    scripts += [[str(path)] for path in sorted(HERE.glob("bench_*.py"))
                if path.name != "bench_real.py"]
    scripts.append([str(HERE / "bench_gui.py"), "--real"])  # the window on real pairs too
    failed = 0
    for command in scripts:
        print(f"\n### {Path(command[0]).name}", flush=True)
        failed += subprocess.call([sys.executable, *command]) != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
