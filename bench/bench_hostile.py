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


# --- issue 17: Word, OpenDocument and text cases (memory by design, mixed encodings) --------


def _odt_empty_paragraphs(folder: Path, paragraphs: int) -> Path:
    office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    body = (f'<office:document-content xmlns:office="{office}" xmlns:text="{text}">'
            '<office:body><office:text><text:p>Article 1</text:p>'.encode()
            + b"<text:p/>" * paragraphs + b"</office:text></office:body></office:document-content>")
    return hostile.odt_with_content(folder, "empty-paragraphs.odt", body)


def _mixed_encoding_text(folder: Path, size: int = 48 * 2**20) -> Path:
    """A legitimate long draft, its first half saved as UTF-8 and its second as UTF-16."""
    sample = (REPO / "resources" / "samples" / "security-agreement-draft1.txt").read_text(
        encoding="utf-8")
    one, two = sample.encode(), sample.encode("utf-16-le")
    repeats = size // (len(one) + len(two))
    path = folder / "mixed-encoding.txt"
    path.write_bytes(one * repeats + two * repeats)
    return path


def _rtf_many_groups(folder: Path) -> Path:
    """About 31 MB of RTF: 500 groups nested as deep as the limit allows, then ten million
    shallow ones; the most work an accepted RTF can ask of the depth check and striprtf."""
    path = folder / "many-groups.rtf"
    path.write_bytes(b"{\\rtf1\\ansi Article 1 " + b"{" * 500 + b"}" * 500
                     + b"{x}" * 10_000_000 + b"}")
    return path


ISSUE17_CASES = [
    (".docx 8 headers x 31 MB", hostile.docx_big_headers),
    (".docx main part .dat (68 MB)", hostile.docx_main_part_dat),
    (".docx entity bomb in .dat part", hostile.docx_entity_in_dat),
    (".docx 5,000,000 empty paragraphs", hostile.docx_empty_paragraphs),
    (".docx XXE after 200 KB padding", hostile.docx_padded_xxe),
    (".odt XXE after 200 KB padding", hostile.odt_padded_xxe),
    ("limit: .docx 2.99M empty paras", lambda f: hostile.docx_empty_paragraphs(
        f, 2_990_000)),
    ("limit: .docx 7 headers x 8 MB", lambda f: hostile.docx_big_headers(
        f, headers=7, size=8 * 2**20)),
    ("limit: .odt 2.99M empty paras", lambda f: _odt_empty_paragraphs(f, 2_990_000)),
    ("mixed UTF-8/UTF-16 .txt (48 MB)", _mixed_encoding_text),
    (".odt tables nested 80 deep", hostile.odt_nested_tables),
    (".docx 20,000 styles in one chain", hostile.docx_style_chain),
    (".html 20,000,000 empty <p> (57 MB)", lambda f: hostile.html_many_tags(f, 20_000_000)),
    ("limit: .html 1,990,000 tags", lambda f: hostile.html_many_tags(f, 1_990_000)),
    (".rtf groups 15,000,000 deep", lambda f: hostile.rtf_deep_groups(f, 15_000_000)),
    ("limit: .rtf 10M groups 512 deep", _rtf_many_groups),
    (".docx [Content_Types] bomb 1.6 GB", hostile.content_types_bomb_docx),
    (".docx 250,000 deleted para marks", hostile.docx_deleted_marks),
    (".odt 1.4M runs of 1,000 spaces", hostile.odt_space_runs),
]
CASES.extend(ISSUE17_CASES)


# --- the segmenter and the engine on large structures (issue 17, item 1) --------------------
# Not hostile files but drafts within the documented limits whose structure once made the
# segmenter quadratic: each is run through `clausewise outline` and `clausewise compare`
# (against itself) end to end in a child process; the budget is 30 s and 1 GB each.


def _tariff_annex(folder: Path) -> Path:
    """634 KB: a short agreement with a 15,000-line tariff annex."""
    body = "".join(f"Article {n}\nArticle heading {n}\n\nThe Parties shall apply rule {n}.\n\n"
                   for n in range(1, 30))
    lines = "\n".join(f"0101.{i:05d} Live animals of kind {i}, other than breeding 5%"
                       for i in range(15_000))
    path = folder / "tariff-annex.txt"
    path.write_text(body + "ANNEX I\nTariff schedule\n\n" + lines + "\n", encoding="utf-8")
    return path


def _one_long_article(folder: Path) -> Path:
    """1.9 MB: one article of 30,000 paragraphs."""
    paragraphs = "\n\n".join(f"The Party concerned shall notify measure {i} in writing to the "
                               "other Parties within thirty days." for i in range(30_000))
    path = folder / "one-article.txt"
    path.write_text("Article 1\nNotifications\n\n" + paragraphs + "\n", encoding="utf-8")
    return path


def _dense_lines(folder: Path, lines: int, name: str) -> Path:
    """Articles from 1 up (past 10,000), each a heading, two paragraphs and two points: every
    line a clause, the densest structure a text can have."""
    chunks = []
    for n in range(1, lines // 8 + 1):
        chunks.append(f"Article {n}\nHeading of article {n}\n1. The Parties shall consult.\n"
                      f"(a) first point;\n(b) second point.\n2. Text of the second paragraph "
                      f"of article {n}, which runs on and on as real paragraphs do, with a few "
                      "more words to make the line as long as lines in treaties are.\n\n")
    path = folder / name
    path.write_text("".join(chunks), encoding="utf-8")
    return path


STRUCTURE_CASES = [
    ("634 KB text, 15,000-line tariff annex", _tariff_annex),
    ("one article of 30,000 paragraphs", _one_long_article),
    ("990,000 lines (refused: over 250,000)", lambda f: _dense_lines(f, 990_000, "990k.txt")),
    ("limit: 249,000 dense lines", lambda f: _dense_lines(f, 249_000, "249k.txt")),
]


def _run_measured(command: list[str], timeout: float = 120) -> tuple[str, float, float]:
    """(outcome, seconds, peak MB) of one clausewise command in a child process."""
    import resource
    import time

    code = ("import resource, subprocess, sys, time; start = time.perf_counter(); "
            "rc = subprocess.call(sys.argv[1:], stdout=subprocess.DEVNULL); "
            "took = time.perf_counter() - start; "
            "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024; "
            "print(rc, took, peak)")
    del resource, time
    try:
        out = subprocess.run([sys.executable, "-c", code, *command], capture_output=True,
                             text=True, timeout=timeout).stdout.split()
    except subprocess.TimeoutExpired:
        return "HUNG (timeout)", timeout, 0.0
    rc, seconds, peak = int(out[0]), float(out[1]), float(out[2])
    return ("ok" if rc == 0 else f"exit {rc}"), seconds, peak


def structure_cases() -> None:
    cli = [sys.executable, "-m", "clausewise.cli"]
    print(f"\n{'structure case (budget 30 s, 1 GB)':<40} {'command':<8} {'answer':<14} "
          f"{'s':>6} {'peak MB':>8}")
    with tempfile.TemporaryDirectory() as folder:
        for title, make in STRUCTURE_CASES:
            path = make(Path(folder))
            for name, command in (("outline", [*cli, "outline", "--json", str(path)]),
                                  ("compare", [*cli, "compare", "--json", str(path), str(path)])):
                outcome, seconds, peak = _run_measured(command)
                print(f"{title:<40} {name:<8} {outcome:<14} {seconds:6.2f} {peak:8.0f}")
            path.unlink(missing_ok=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fuzz", type=int, default=0,
                        help="also run the fuzz tests with this many inputs per reader")
    parser.add_argument("--structure-only", action="store_true",
                        help="only the segmenter and engine cases on large structures")
    args = parser.parse_args(argv)
    structure_cases()
    if args.structure_only:
        return 0
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
