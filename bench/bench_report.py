"""Benchmark: exporting a briefing of 1,000 changed clauses (``make bench`` runs it).

Budget (DESIGN.md and issue 5): PDF <= 15 s, Word <= 10 s, on this 2-core machine. Two
synthetic drafts of 1,000 articles each are written, segmented and compared with the real
engine; every article changes (a word replaced, a phrase inserted, some in Cyrillic and
Greek). Then the PDF briefing (two layout passes: bookmarks, linked contents), the Word
briefing, the rebuilt tracked-changes draft and the tracked changes written into a copy of
the newer draft saved as .docx are exported several times each and the median is printed,
with the size of each file.

Usage: bench/bench_report.py [--clauses N] [--runs R]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from docx import Document as new_word_document  # noqa: E402

from clausewise.core.compare import compare  # noqa: E402
from clausewise.drafts import load_draft  # noqa: E402
from clausewise.core.model import SourceText  # noqa: E402
from clausewise.core.segment import segment  # noqa: E402
from clausewise.reports import BriefingOptions, export_briefing, export_tracked_changes  # noqa: E402
from clausewise.reports.content import build_briefing  # noqa: E402

BUDGETS = {"PDF briefing": 15.0, "Word briefing": 10.0, "tracked-changes Word": None,
           "tracked onto the .docx": None}

WORDS = ("the Parties shall ensure that vessels carrying goods between the ports of either "
         "State enjoy equal treatment in respect of tolls inspections and pilotage subject "
         "to the safety rules adopted by the joint commission").split()
FOREIGN = ("Стороны обеспечивают равное обращение", "τα Μέρη διασφαλίζουν ίση μεταχείριση",
           "les Parties veillent à l'égalité de traitement")


def article_text(number: int, newer: bool) -> str:
    """About 45 words, different for each article; the newer draft changes every one."""
    chooser = random.Random(number)  # the same words in both drafts, different per article
    words = [chooser.choice(WORDS) for _ in range(40)]
    if newer:
        words[5] = "must"
        words.insert(20, "in good faith and without delay")
    sentence = " ".join(words)
    foreign = FOREIGN[number % len(FOREIGN)]
    days = number + 30 if newer else number
    return f"{sentence.capitalize()} ({foreign}) within {days} days."


def draft(count: int, newer: bool) -> str:
    lines = ["Agreement on River Navigation (benchmark)", ""]
    for number in range(1, count + 1):
        lines += [f"Article {number}", f"Heading of article {number}", "",
                  article_text(number, newer), ""]
    return "\n".join(lines)


def time_runs(runs: int, export) -> list[float]:
    seconds = []
    for _ in range(runs):
        started = time.perf_counter()
        export()
        seconds.append(time.perf_counter() - started)
    return seconds


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clauses", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)

    old = segment(SourceText.from_text(draft(args.clauses, False), name="bench-old.txt"))
    new = segment(SourceText.from_text(draft(args.clauses, True), name="bench-new.txt"))
    comparison = compare(old, new)
    options = BriefingOptions(marking="OFFICIAL-SENSITIVE", author="Benchmark")
    rows = len(build_briefing(comparison, options).rows)
    print(f"{rows} changed clauses in the briefing table ({comparison.stats.as_dict()}); "
          f"{args.runs} runs each, median shown")
    failed = False
    with tempfile.TemporaryDirectory(prefix="clausewise-bench-") as folder:
        newer_docx = Path(folder, "bench-new.docx")
        word = new_word_document()
        for line in draft(args.clauses, True).splitlines():
            if line:
                word.add_paragraph(line)
        word.save(str(newer_docx))
        onto = compare(old, load_draft(newer_docx))
        onto_options = BriefingOptions(marking="OFFICIAL-SENSITIVE", author="Benchmark",
                                       right_path=newer_docx)
        exports = {
            "PDF briefing": lambda: export_briefing(comparison, Path(folder, "b.pdf"), options),
            "Word briefing": lambda: export_briefing(comparison, Path(folder, "b.docx"), options),
            "tracked-changes Word": lambda: export_tracked_changes(
                comparison, Path(folder, "t.docx"), options),
            "tracked onto the .docx": lambda: export_tracked_changes(
                onto, Path(folder, "o.docx"), onto_options),
        }
        for name, export in exports.items():
            seconds = time_runs(args.runs, export)
            median = statistics.median(seconds)
            size = max((p for p in Path(folder).iterdir() if p != newer_docx),
                       key=lambda p: p.stat().st_mtime).stat().st_size
            budget = BUDGETS[name]
            verdict = "" if budget is None else (
                f"  (budget {budget:.0f} s: {'ok' if median <= budget else 'OVER'})")
            failed |= budget is not None and median > budget
            print(f"{name:22} median {median:6.2f} s  runs {', '.join(f'{s:.2f}' for s in seconds)}"
                  f"  {size / 1e6:.1f} MB{verdict}", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
