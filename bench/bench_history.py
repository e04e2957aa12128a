"""Negotiation history: lineages through a series of drafts, and the N-column table.

    .venv/bin/python bench/bench_history.py            # 10 drafts of 200 KB; table of 5 x 100
    .venv/bin/python bench/bench_history.py --runs 5

Checks the budgets of docs/DESIGN.md: a series of 10 drafts of 200 KB each builds its
lineage (read, segment, compare each draft with the next, chain) in <= 2 s; the table of a
series of 5 drafts of 100 articles exports in <= 10 s (Word and PDF). The drafts are
synthetic (bench/synth.py: each draft the one before with deletions, insertions, moves,
splits, merges and word edits); then the same on the sample drafts and, when the corpus is
present, on the BBNJ PrepCom report's advance and final issues (a real pair) as a 2-step
series. Not a test: it prints medians of ``--runs``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))

from clausewise.core.lineage import history  # noqa: E402
from clausewise.drafts import SAMPLES_DIR, load_draft  # noqa: E402
from clausewise.reports import BriefingOptions  # noqa: E402
from clausewise.reports.history import export_history  # noqa: E402
from synth import make_series  # noqa: E402

CORPUS = HERE.parents[1] / "shared" / "corpus"


def timed(work, runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def lineage_of(paths: list[Path]):
    return history([load_draft(path) for path in paths])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="clausewise-bench-history-") as folder:
        root = Path(folder)
        paths = []
        for number, text in enumerate(make_series(200_000, 10), 1):
            path = root / f"d{number}.txt"
            path.write_text(text, encoding="utf-8")
            paths.append(path)
        seconds, found = timed(lambda: lineage_of(paths), args.runs)
        verdict = "within" if seconds <= 2 else "OVER"
        print(f"lineage, 10 drafts x 200 KB: {seconds:.2f} s median of {args.runs} "
              f"({len(found.lineages)} rows) — budget 2 s: {verdict}")

        five = []
        for number, text in enumerate(make_series(100 * 1000, 5, seed=7), 1):
            path = root / f"t{number}.txt"
            path.write_text(text, encoding="utf-8")
            five.append(path)
        found = lineage_of(five)
        options = BriefingOptions(landscape=True, changed_only=False, marking="OFFICIAL")
        for suffix in (".docx", ".pdf"):
            seconds, _ = timed(lambda: export_history(found, root / f"table{suffix}", options),
                               args.runs)
            verdict = "within" if seconds <= 10 else "OVER"
            print(f"table {suffix}, 5 drafts x {len(found.lineages)} rows: {seconds:.2f} s "
                  f"median — budget 10 s: {verdict}")

    samples = [SAMPLES_DIR / f"security-agreement-draft{i}.txt" for i in (1, 2, 3)]
    seconds, found = timed(lambda: lineage_of(samples), args.runs)
    print(f"lineage, the 3 sample drafts: {seconds:.3f} s ({len(found.lineages)} rows)")
    real = [CORPUS / "bbnj-prepcom-report-2026.advance.txt",
            CORPUS / "bbnj-prepcom-report-2026.final.txt"]
    if all(path.exists() for path in real):
        seconds, found = timed(lambda: lineage_of(real), args.runs)
        print(f"lineage, UN report advance -> final (real): {seconds:.3f} s "
              f"({len(found.lineages)} rows)")
    else:
        print(f"(corpus not found at {CORPUS}: the real series is skipped)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
