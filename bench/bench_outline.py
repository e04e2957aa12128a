"""Reads and segments every real text in ../shared/corpus and prints, per file, the units
found (by unit word), the citations repeated (must be 0), and the seconds to read and segment
(median of --runs). A benchmark, not a test: it asserts nothing.

    .venv/bin/python bench/bench_outline.py [--runs 5] [--corpus DIR]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from clausewise.core.segment import segment  # noqa: E402
from clausewise.readers import read  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args(argv)
    files = sorted(p for p in args.corpus.glob("*") if p.suffix in (".txt", ".md", ".pdf")
                   and p.name != "README.md")
    if not files:
        print(f"no corpus at {args.corpus}: nothing to measure")
        return 0
    print(f"{'file':44} {'KB':>6} {'read s':>7} {'segment s':>9} {'clauses':>7} "
          f"{'repeated':>8}  units")
    for path in files:
        read_times, segment_times = [], []
        for _ in range(args.runs):
            start = time.perf_counter()
            source = read(path)
            middle = time.perf_counter()
            document = segment(source)
            read_times.append(middle - start)
            segment_times.append(time.perf_counter() - middle)
        repeated = sum(1 for n in Counter(c.citation for c in document.walk()).values() if n > 1)
        units = ", ".join(f"{word} {count}" for word, count in document.unit_words) or "-"
        print(f"{path.name:44} {path.stat().st_size / 1024:6.0f} "
              f"{statistics.median(read_times):7.3f} {statistics.median(segment_times):9.3f} "
              f"{len(document):7d} {repeated:8d}  {units}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
