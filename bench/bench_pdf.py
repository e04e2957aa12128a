"""Seconds per page of the PDF reader beside `pdftotext` (not a test).

    .venv/bin/python bench/bench_pdf.py            # every PDF in ../shared/corpus, 3 runs
    .venv/bin/python bench/bench_pdf.py --runs 5 some.pdf other.pdf

For each PDF: pages, the reader's median seconds over the runs (``clausewise.readers.read``:
PDFium extraction, stream guard, layout into paragraphs), seconds per page, `pdftotext`'s
median on the same file when it is installed (poppler-utils), and the ratio between the two.
A long draft made by tests/pdf_factory.py (about 200 pages, the size of a long regulation)
is measured too. Timings are medians of several runs because the machine is shared; they
are printed, never asserted.
"""

from __future__ import annotations

import argparse
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


def _median_seconds(action, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


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
        print(f"{'file':<42} {'pages':>5} {'paras':>6} {'s':>7} {'s/page':>8} "
              f"{'pdftotext s':>11} {'ratio':>6}")
        for path in files:
            pages = _pages(path)
            source = read(path)
            paragraphs = sum(1 for line in source.lines if line.text)
            ours = _median_seconds(lambda: read(path), args.runs)
            theirs = _median_seconds(lambda: _pdftotext(path), args.runs) if poppler else None
            ratio = f"{ours / theirs:6.1f}" if theirs else "     -"
            other = f"{theirs:11.3f}" if theirs is not None else f"{'-':>11}"
            print(f"{path.name[:42]:<42} {pages:5d} {paragraphs:6d} {ours:7.3f} "
                  f"{ours / max(pages, 1):8.4f} {other} {ratio}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
