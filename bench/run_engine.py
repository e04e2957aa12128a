"""Engine benchmark: speed against whole-text diff tools, and alignment quality.

    .venv/bin/python bench/run_engine.py                 # 85 KB, 1 MB and 5 MB drafts
    .venv/bin/python bench/run_engine.py --sizes 1m --runs 9 --peer-timeout 300

For each size it writes a synthetic pair of drafts (bench/synth.py) to a temporary folder and

(a) times Clausewise end to end from the files (read, segment, align, diff: the median of
    ``--runs``), its peak memory in a fresh process, and the whole-text peers on the same
    files: diff-match-patch in word mode and difflib on word lists, each in its own process
    and stopped after ``--peer-timeout`` seconds (reported as "> N s", not as a figure);
(b) scores the alignment against the known truth (bench/score.py).

Not a test: it asserts nothing, it prints what it measured.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

from clausewise.core.compare import compare  # noqa: E402
from clausewise.drafts import load_draft  # noqa: E402
from score import score  # noqa: E402
from synth import make_pair  # noqa: E402

TARGETS = {"1m": (0.5, None), "5m": (3.0, 300)}


def parse_size(text: str) -> int:
    text = text.strip().lower()
    factor = {"k": 1_000, "m": 1_000_000}.get(text[-1], 1)
    return int(float(text.rstrip("km")) * factor)


def end_to_end(old: Path, new: Path):
    left, right = load_draft(old), load_draft(new)
    return compare(left, right)


def time_engine(old: Path, new: Path, runs: int) -> tuple[list[float], list[float]]:
    """Wall times of read + segment + compare, and of compare alone."""
    totals, compares = [], []
    for _ in range(runs):
        start = time.perf_counter()
        left, right = load_draft(old), load_draft(new)
        middle = time.perf_counter()
        compare(left, right)
        end = time.perf_counter()
        totals.append(end - start)
        compares.append(end - middle)
    return totals, compares


# --- child processes: memory and the peers ----------------------------------------------------


def _peak_kb() -> int:
    """VmHWM, the peak resident memory of this process (ru_maxrss survives exec on Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def child_memory(old: str, new: str) -> None:
    before = _peak_kb()
    end_to_end(Path(old), Path(new))
    print(f"{before} {_peak_kb()}")


def child_peer(kind: str, old: str, new: str) -> None:
    a = Path(old).read_text(encoding="utf-8")
    b = Path(new).read_text(encoding="utf-8")
    start = time.perf_counter()
    if kind == "dmp":
        from diff_match_patch import diff_match_patch
        words_a, words_b = a.split(" "), b.split(" ")
        codes: dict[str, str] = {}

        def encode(words):
            out = []
            for w in words:
                if w not in codes:
                    n = 0x100 + len(codes)
                    codes[w] = chr(n + 0x800 if n >= 0xD800 else n)
                out.append(codes[w])
            return "".join(out)

        differ = diff_match_patch()
        differ.Diff_Timeout = 0  # no shortcut: the full diff, as a compare tool needs
        diffs = differ.diff_main(encode(words_a), encode(words_b), False)
        differ.diff_cleanupSemantic(diffs)
    else:
        import difflib
        matcher = difflib.SequenceMatcher(None, a.split(), b.split(), autojunk=False)
        matcher.get_opcodes()
    print(f"{time.perf_counter() - start:.3f}")


def run_child(args: list[str], timeout: float) -> str | None:
    try:
        done = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True,
                              timeout=timeout, check=True)
    except subprocess.TimeoutExpired:
        return None
    return done.stdout.strip()


def peer_time(kind: str, old: Path, new: Path, timeout: float, runs: int) -> str:
    times = []
    for _ in range(runs):
        out = run_child(["--peer", kind, str(old), str(new)], timeout)
        if out is None:
            return f"> {timeout:.0f} s (stopped)"
        times.append(float(out))
    return f"{statistics.median(times):.2f} s (median of {len(times)})"


# --- the report -------------------------------------------------------------------------------


def bench_size(label: str, size: int, args: argparse.Namespace, folder: Path) -> None:
    old_text, new_text, truth = make_pair(size, seed=args.seed, edit_share=args.edit_share,
                                          word_share=args.word_share)
    old, new = folder / f"old-{label}.txt", folder / f"new-{label}.txt"
    old.write_text(old_text, encoding="utf-8")
    new.write_text(new_text, encoding="utf-8")
    print(f"\n== {label}: old {len(old_text.encode()) / 1e6:.2f} MB, "
          f"new {len(new_text.encode()) / 1e6:.2f} MB, "
          f"{old_text.count(chr(10) + 'Article ')} articles ==")
    totals, compares = time_engine(old, new, args.runs)
    total, only = statistics.median(totals), statistics.median(compares)
    target = TARGETS.get(label, (None, None))
    print(f"clausewise end to end (read+segment+align+diff): median {total:.3f} s of "
          f"{len(totals)} runs (min {min(totals):.3f}, max {max(totals):.3f})"
          + (f"  target <= {target[0]} s" if target[0] else ""))
    print(f"  of which compare (align+diff): median {only:.3f} s")
    memory = run_child(["--memory", str(old), str(new)], 600)
    if memory:
        before, after = (int(x) / 1024 for x in memory.split())
        print(f"  peak memory (fresh process): {after:.0f} MB (after imports: {before:.0f} MB)"
              + (f"  target <= {target[1]} MB" if target[1] else ""))
    comparison = end_to_end(old, new)
    for line in score(comparison, truth).lines():
        print("  " + line)
    if args.peers and size <= args.peer_max_size:
        for kind, name in (("dmp", "diff-match-patch, word mode, whole text"),
                           ("difflib", "difflib on word lists, whole text")):
            result = peer_time(kind, old, new, args.peer_timeout, args.peer_runs)
            ratio = ""
            if not result.startswith(">"):
                ratio = f"  ({float(result.split()[0]) / total:.0f}x clausewise end to end)"
            else:
                ratio = f"  (> {args.peer_timeout / total:.0f}x clausewise end to end)"
            print(f"  peer {name}: {result}{ratio}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="85k,1m,5m")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--edit-share", type=float, default=0.02,
                        help="share of articles touched by each kind of edit")
    parser.add_argument("--word-share", type=float, default=0.0,
                        help="share of words changed in each edited or moved article "
                             "(default: one to five words)")
    parser.add_argument("--peers", action=argparse.BooleanOptionalAction, default=True)
    parser.add_argument("--peer-timeout", type=float, default=60.0)
    parser.add_argument("--peer-runs", type=int, default=1)
    parser.add_argument("--peer-max-size", type=parse_size, default=parse_size("1m"))
    parser.add_argument("--memory", nargs=2, metavar=("OLD", "NEW"), help=argparse.SUPPRESS)
    parser.add_argument("--peer", nargs=3, metavar=("KIND", "OLD", "NEW"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.memory:
        child_memory(*args.memory)
        return 0
    if args.peer:
        child_peer(*args.peer)
        return 0
    print(f"Clausewise engine benchmark: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    with tempfile.TemporaryDirectory(prefix="clausewise-bench-") as tmp:
        for label in args.sizes.split(","):
            bench_size(label.strip().lower(), parse_size(label), args, Path(tmp))
    return 0


if __name__ == "__main__":
    sys.exit(main())
