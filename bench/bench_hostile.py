"""Time and peak memory of the readers on hostile and oversized drafts (not a test).

    .venv/bin/python bench/bench_hostile.py            # every case, one child process each
    .venv/bin/python bench/bench_hostile.py --fuzz 20000   # plus a long fuzzing run

Each case is read by ``clausewise.readers.read`` in a fresh child process whose address
space is limited (RLIMIT_AS, 1.5 GiB, as documented in readers/limits.py) with a timeout;
the table shows what the reader answered, the seconds it took and its peak resident memory.
The largest *legitimate* inputs (a 60 MB text draft, a long PDF) are measured too: they
set the real bound, since hostile files are refused early.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(REPO / "src"))

import hostile_files as hostile  # noqa: E402


def _long_text(folder: Path, size: int = 60 * 2**20) -> Path:
    """A legitimate draft at the size limit: the sample repeated to 60 MB."""
    sample = (REPO / "resources" / "samples" / "security-agreement-draft1.txt").read_bytes()
    path = folder / "long-draft.txt"
    path.write_bytes(sample * (size // len(sample)))
    return path


def _long_pdf(folder: Path) -> Path:
    from pdf_factory import draft_to_pdf

    text = (REPO / "resources" / "samples" / "security-agreement-draft1.txt").read_text(
        encoding="utf-8")
    return draft_to_pdf(text * 12, folder / "long-draft.pdf")   # about 100 pages


CASES = [
    ("zip bomb .docx (300 MB inflated)", hostile.zip_bomb_docx),
    ("zip bomb .odt (300 MB inflated)", hostile.zip_bomb_odt),
    ("forged zip sizes .docx (200 MB)", hostile.lying_zip_docx),
    ("entity bomb .docx", hostile.entity_bomb_docx),
    ("entity bomb .odt", hostile.entity_bomb_odt),
    ("200,000-deep XML .docx", hostile.deep_docx),
    ("200,000-deep XML .odt", hostile.deep_odt),
    ("500,000-deep HTML", hostile.deep_html),
    ("PDF deflate bomb (1 GiB)", lambda f: hostile.deflate_bomb_pdf(f, 1024 * 2**20)),
    ("PDF run-length bomb (512 MiB)", hostile.runlength_bomb_pdf),
    ("PDF page of 400,000 glyphs", hostile.many_glyphs_pdf),
    ("PDF page of 100,000 glyphs", lambda f: hostile.many_glyphs_pdf(f, 100_000)),
    ("PDF of 8 million q (8 KB)", hostile.state_pushes_pdf),
    ("PDF of 200 million q Q (0.8 GB)", lambda f: hostile.save_restore_pdf(f, 200_000_000)),
    ("PDF of 8 million q labelled an image", hostile.disguised_pushes_pdf),
    ("400 MB .pdf", lambda f: hostile.huge_sparse(f, "huge.pdf")),
    ("400 MB .txt", lambda f: hostile.huge_sparse(f, "huge.txt")),
    ("60 MB of line breaks .txt", hostile.line_breaks_only),
    ("64 KB random bytes .docx", lambda f: hostile.random_bytes(f, "random.docx")),
    ("64 KB random bytes .pdf", lambda f: hostile.random_bytes(f, "random.pdf")),
    ("legitimate 60 MB .txt draft", _long_text),
    ("legitimate 100-page .pdf draft", _long_pdf),
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fuzz", type=int, default=0,
                        help="also run the fuzz tests with this many inputs per reader")
    args = parser.parse_args(argv)
    print(f"{'case':<34} {'answer':<52} {'s':>6} {'peak MB':>8}")
    with tempfile.TemporaryDirectory() as folder:
        for title, make in CASES:
            path = make(Path(folder))
            try:
                outcome = hostile.read_isolated(path)
                answer = (f"read, {outcome.lines} lines" if outcome.read
                          else f"{outcome.reason}: {outcome.message[len(path.name) + 1:]}")
                print(f"{title:<34} {answer[:52]:<52} {outcome.seconds:6.2f} "
                      f"{outcome.peak_mb:8.0f}")
            except subprocess.TimeoutExpired:
                print(f"{title:<34} {'HUNG (timeout)':<52}")
            finally:
                path.unlink(missing_ok=True)
    if args.fuzz:
        env = dict(os.environ, CLAUSEWISE_FUZZ_EXAMPLES=str(args.fuzz),
                   QT_QPA_PLATFORM="offscreen")
        return subprocess.call([sys.executable, "-m", "pytest", "-q",
                                str(REPO / "tests" / "test_read_fuzz.py")], env=env, cwd=REPO)
    return 0


if __name__ == "__main__":
    sys.exit(main())
