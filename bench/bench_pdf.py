"""Seconds per page of the PDF reader beside `pdftotext` (not a test).

    .venv/bin/python bench/bench_pdf.py            # every PDF in ../shared/corpus, 3 runs
    .venv/bin/python bench/bench_pdf.py --runs 5 some.pdf other.pdf

For each PDF: pages, the reader's median seconds over the runs (``clausewise.readers.read``:
PDFium extraction, stream guard, layout into paragraphs), seconds per page, its CPU seconds,
`pdftotext`'s medians on the same file when it is installed (poppler-utils), and the ratios
between the two, by the clock and by CPU time (the steadier one on a shared machine).
A long draft made by tests/pdf_factory.py (about 200 pages, the size of a long regulation)
is measured too. Timings are medians of several runs because the machine is shared; they
are printed, never asserted.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(REPO / "src"))

CORPUS = REPO.parent / "shared" / "corpus"


def _pages(path: Path) -> int:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    try:
        return len(document)
    finally:
        document.close()


def _median_seconds(action, runs: int) -> tuple[float, float]:
    """Median wall-clock seconds and median CPU seconds (this process and its children:
    on a shared machine the CPU time is the steadier of the two)."""
    walls, cpus = [], []
    for _ in range(runs):
        before = _cpu()
        start = time.perf_counter()
        action()
        walls.append(time.perf_counter() - start)
        cpus.append(_cpu() - before)
    return statistics.median(walls), statistics.median(cpus)


def _cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _pdftotext(path: Path) -> None:
    subprocess.run(["pdftotext", str(path), "-"], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)


def _long_draft(folder: Path) -> Path:
    from pdf_factory import draft_to_pdf

    text = (REPO / "resources" / "samples" / "security-agreement-draft1.txt").read_text(
        encoding="utf-8")
    return draft_to_pdf(text * 24, folder / "long-draft-factory.pdf")


def main(argv: list[str] | None = None) -> int:
    from clausewise.readers import read

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="PDFs (default: the corpus)")
    parser.add_argument("--runs", type=int, default=3, help="runs per file (median taken)")
    args = parser.parse_args(argv)
    files = list(args.files) or sorted(CORPUS.glob("*.pdf"))
    if not args.files and not files:
        print(f"no corpus at {CORPUS}; pass PDF files to measure")
    poppler = shutil.which("pdftotext") is not None
    if not poppler:
        print("pdftotext is not installed (apt-get install poppler-utils): its column is empty")
    with tempfile.TemporaryDirectory() as folder:
        if not args.files:
            files.append(_long_draft(Path(folder)))
        print(f"{'file':<38} {'pages':>5} {'paras':>5} {'s':>6} {'s/page':>7} {'cpu s':>6} "
              f"{'pdftotext s':>11} {'cpu s':>6} {'ratio':>5} {'cpu':>5}")
        for path in files:
            pages = _pages(path)
            source = read(path)
            paragraphs = sum(1 for line in source.lines if line.text)
            ours, ours_cpu = _median_seconds(lambda: read(path), args.runs)
            line = (f"{path.name[:38]:<38} {pages:5d} {paragraphs:5d} {ours:6.3f} "
                    f"{ours / max(pages, 1):7.4f} {ours_cpu:6.3f}")
            if poppler:
                theirs, theirs_cpu = _median_seconds(lambda: _pdftotext(path), args.runs)
                cpu_ratio = ours_cpu / theirs_cpu if theirs_cpu > 0 else float("nan")
                line += (f" {theirs:11.3f} {theirs_cpu:6.3f} {ours / theirs:5.1f} "
                         f"{cpu_ratio:5.1f}")
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
