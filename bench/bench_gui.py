"""The desktop app at scale: two large drafts, first screen, scrolling, memory.

Writes two synthetic drafts of about ``--size`` bytes each (bench/synth.py), opens them in the
main window on the offscreen platform, and measures

* first screen: from ``open_drafts`` until the comparison is shown and painted once
  (read, segment, compare, lay out the rows, estimate heights, measure and paint the
  visible rows); budget 2 s for 1 MB;
* scrolling: the time to scroll one page down and repaint, over many pages, and to jump to
  random places (as a dragged scroll bar does); reported as median, 95th centile and worst;
* memory: the process's peak resident size; budget 600 MB.

Usage: ``bench/bench_gui.py [--size 1MB] [--pages 150] [--screenshot out.png]``;
``bench/bench_gui.py --real [--repeat 3]`` runs each real pair of ../shared/corpus that many
times, each in a fresh process, and gives the medians of the first screen and peak memory.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

from synth import make_pair  # noqa: E402

FIRST_SCREEN_BUDGET_S = 2.0
MEMORY_BUDGET_MB = 600


def parse_size(text: str) -> int:
    text = text.upper().rstrip("B")
    factor = {"K": 1_000, "M": 1_000_000}.get(text[-1:], 1)
    return int(float(text.rstrip("KM")) * factor)


def write_drafts(size: int, folder: Path) -> tuple[Path, Path]:
    old, new, _truth = make_pair(size, seed=7)
    paths = (folder / "large-old.txt", folder / "large-new.txt")
    for path, text in zip(paths, (old, new)):
        path.write_text(text, encoding="utf-8")
    return paths


def first_screen(app, window, old: Path, new: Path) -> float:
    from PySide6.QtCore import QEventLoop

    loop = QEventLoop()
    window.comparisonShown.connect(loop.quit)
    start = time.perf_counter()
    window.open_drafts(old, new)
    loop.exec()
    for _ in range(3):  # let the columns settle (a scroll bar appears) and measure the rows
        app.processEvents()
    window.view.viewport().repaint()
    return time.perf_counter() - start


def scroll_times(app, window, pages: int) -> tuple[list[float], list[float]]:
    """Seconds per page scrolled (then repainted), and per random jump."""
    view = window.view
    bar = view.verticalScrollBar()
    steps, jumps = [], []
    for _ in range(pages):
        start = time.perf_counter()
        bar.setValue(bar.value() + bar.pageStep())
        app.processEvents()
        view.viewport().repaint()
        steps.append(time.perf_counter() - start)
    rng = random.Random(3)
    for _ in range(pages // 3):
        start = time.perf_counter()
        bar.setValue(rng.randint(0, bar.maximum()))
        app.processEvents()
        view.viewport().repaint()
        jumps.append(time.perf_counter() - start)
    return steps, jumps


def describe(label: str, times: list[float]) -> str:
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return (f"{label}: median {statistics.median(ordered) * 1000:.1f} ms, "
            f"95th {p95 * 1000:.1f} ms, worst {ordered[-1] * 1000:.1f} ms ({len(ordered)} runs)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="1MB", help="size of each draft (default 1MB)")
    parser.add_argument("--pages", type=int, default=150, help="pages to scroll")
    parser.add_argument("--screenshot", help="also save the first screen to this PNG")
    parser.add_argument("--keep", help="write the drafts to this folder and keep them")
    parser.add_argument("--pair", nargs=2, metavar=("OLD", "NEW"),
                        help="open these two drafts instead of synthetic ones")
    parser.add_argument("--real", action="store_true",
                        help="runs per real pair of ../shared/corpus (UNCLOS .txt/.md, the "
                             "UN report's .txt and PDFs, a 1 MB pair of concatenated real "
                             "texts)")
    parser.add_argument("--repeat", type=int, default=3,
                        help="with --real: runs per pair, each in a fresh process; the "
                             "medians are given (default 3)")
    args = parser.parse_args(argv)
    if args.real:
        return _real_pairs(args)

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from clausewise.gui.theme import apply_palette, load_bundled_fonts
    from clausewise.gui.window import MainWindow

    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bench-gui-"))
    folder.mkdir(parents=True, exist_ok=True)
    if args.pair:
        old, new = Path(args.pair[0]), Path(args.pair[1])
    else:
        old, new = write_drafts(parse_size(args.size), folder)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    load_bundled_fonts()
    apply_palette(app, dark=False)
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings, quiet_errors=True)
    window.resize(1400, 900)
    window.show()
    app.processEvents()

    seconds = first_screen(app, window, old, new)
    if window.comparison is None:
        print(f"failed: {window.errors}")
        return 1
    if args.screenshot:
        window.grab().save(args.screenshot, "PNG")
    rows = window.view.comparison_model.rowCount()
    steps, jumps = scroll_times(app, window, args.pages)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"drafts: {old.stat().st_size / 1e6:.2f} MB and {new.stat().st_size / 1e6:.2f} MB, "
          f"{rows} rows in the view")
    if old.stat().st_size <= 1.1e6:
        verdict = "ok" if seconds <= FIRST_SCREEN_BUDGET_S else "OVER BUDGET"
        print(f"first screen: {seconds:.2f} s (budget {FIRST_SCREEN_BUDGET_S:.0f} s at 1 MB: "
              f"{verdict})")
    else:
        print(f"first screen: {seconds:.2f} s (the {FIRST_SCREEN_BUDGET_S:.0f} s budget is for "
              "1 MB drafts)")
    print(describe("scroll one page", steps))
    print(describe("jump to a random place", jumps))
    verdict = "ok" if peak_mb <= MEMORY_BUDGET_MB else "OVER BUDGET"
    print(f"peak memory: {peak_mb:.0f} MB (budget {MEMORY_BUDGET_MB} MB: {verdict})")
    window.close()
    if not args.keep:
        for path in ((folder / "settings.ini",) if args.pair else
                     (old, new, folder / "settings.ini")):
            path.unlink(missing_ok=True)
    return 0


def _real_pairs(args: argparse.Namespace) -> int:
    """Each real pair in a fresh process (a window's memory is measured alone)."""
    import subprocess

    sys.path.insert(0, str(HERE))
    from bench_real import CORPUS, build_concatenated

    if not CORPUS.is_dir():
        print(f"no corpus at {CORPUS}: nothing to measure")
        return 0
    folder = Path(tempfile.mkdtemp(prefix="bench-gui-real-"))
    big_old, big_new = build_concatenated(folder, 1_000_000)
    pairs = [("UNCLOS .txt -> .md", CORPUS / "unclos-1982.en.txt", CORPUS / "unclos-1982.en.md"),
             ("UN report advance -> final (.txt)", CORPUS / "bbnj-prepcom-report-2026.advance.txt",
              CORPUS / "bbnj-prepcom-report-2026.final.txt"),
             ("UN report advance -> final (PDF)", CORPUS / "bbnj-prepcom-report-2026.advance.pdf",
              CORPUS / "bbnj-prepcom-report-2026.final.pdf"),
             ("1 MB of real texts, like for like", big_old, big_new)]
    failed = 0
    for title, old, new in pairs:
        print(f"\n== {title}", flush=True)
        seconds, peaks = [], []
        for run in range(max(1, args.repeat)):
            done = subprocess.run([sys.executable, __file__, "--pages", str(args.pages),
                                   "--pair", str(old), str(new)], capture_output=True,
                                  text=True)
            failed += done.returncode != 0
            if run == 0 or done.returncode != 0:
                print(done.stdout.rstrip(), flush=True)
            seconds += [float(line.split()[2]) for line in done.stdout.splitlines()
                        if line.startswith("first screen:")]
            peaks += [float(line.split()[2]) for line in done.stdout.splitlines()
                      if line.startswith("peak memory:")]
        if seconds and peaks:
            print(f"median of {len(seconds)} runs: first screen {statistics.median(seconds):.2f} s "
                  f"(each: {', '.join(f'{s:.2f}' for s in seconds)}), peak memory "
                  f"{statistics.median(peaks):.0f} MB", flush=True)
    for path in (big_old, big_new):
        path.unlink(missing_ok=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
