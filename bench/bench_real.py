"""The engine on real treaty texts: pairing scores, timings, and ratios against peers.

    .venv/bin/python bench/bench_real.py            # every real pair, then 1 MB and 5 MB
    .venv/bin/python bench/bench_real.py --runs 5 --no-large

Reads the corpus of official texts in ../shared/corpus (see its README) and, for each pair:

(a) scores the pairing against what the corpus guarantees: a unit numbered N on one side
    (Article N, Regulation N, paragraph N, an annex's own Article N) is paired with the unit
    numbered N on the other; recall is the share of such units found with their partner,
    precision the share of pairs between numbered units that join the same number. For the
    two UNCLOS sources, also how many articles come out unchanged;
(b) times Clausewise end to end (read + segment, then align + diff: the median of ``--runs``,
    reading and segmenting shown apart), and the peers on the same files, each in its own
    process: ``git diff --no-index --word-diff`` and diff-match-patch in line mode (no
    time-out), printed as ratios;
(c) builds a ~1 MB and a ~5 MB pair by concatenating real texts (each file with its
    counterpart: the report's advance / final issue, ISA crusts / sulphides, the rest as
    they are) and checks the budgets of DESIGN.md: 1 MB <= 0.5 s and never slower than
    diff-match-patch's line mode; 5 MB <= 3 s and <= 300 MB peak (fresh process); then a
    1 MB pair whose newer side holds the UNCLOS markdown export, so that the two sides'
    structures do not match (the worst case, shown beside the budget);
(d) times one article of 1,000 to 8,000 paragraphs (sentences of real texts): the cost per
    paragraph should stay flat.

Not a test: it asserts nothing, it prints what it measured (timings on a shared 2-core
machine are noisy: medians). Skips, saying so, when the corpus is absent.
"""

from __future__ import annotations

import argparse
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

from clausewise.core.compare import Comparison, Status, compare  # noqa: E402
from clausewise.core.model import Clause, ClauseKind, Document, Span  # noqa: E402
from clausewise.core.structure import forget_readings  # noqa: E402
from clausewise.drafts import load_draft  # noqa: E402

CORPUS = HERE.parents[1] / "shared" / "corpus"

#: (name, old file, new file, unit kinds scored)
ARTICLE = (ClauseKind.ARTICLE,)
PAIRS = [
    ("ISA crusts -> sulphides (Regulation N <-> N)", "isa-crusts-regulations-2012.en.txt",
     "isa-sulphides-regulations-2010.en.txt", ARTICLE),
    ("UN report advance -> final (paragraph N <-> N)", "bbnj-prepcom-report-2026.advance.txt",
     "bbnj-prepcom-report-2026.final.txt", (ClauseKind.PARAGRAPH,)),
    ("UNCLOS .txt -> .md (Article N <-> N)", "unclos-1982.en.txt", "unclos-1982.en.md", ARTICLE),
    ("BBNJ Agreement .txt -> .pdf", "bbnj-agreement-2023.en.txt", "bbnj-agreement-2023.en.pdf",
     ARTICLE),
    ("BBNJ Agreement en -> fr", "bbnj-agreement-2023.en.txt", "bbnj-agreement-2023.fr.txt",
     ARTICLE),
    ("BBNJ Agreement en -> ru", "bbnj-agreement-2023.en.txt", "bbnj-agreement-2023.ru.txt",
     ARTICLE),
    ("Outer Space Treaty en -> fr", "outer-space-treaty-1967.en.txt",
     "outer-space-treaty-1967.fr.txt", ARTICLE),
    ("Outer Space Treaty en -> ru", "outer-space-treaty-1967.en.txt",
     "outer-space-treaty-1967.ru.txt", ARTICLE),
    ("UN report advance -> final, from the PDFs", "bbnj-prepcom-report-2026.advance.pdf",
     "bbnj-prepcom-report-2026.final.pdf", (ClauseKind.PARAGRAPH,)),
]

#: Concatenated real texts, each old file with its counterpart, for the 1 MB and 5 MB pairs:
#: like for like (plain text on both sides, as two consolidated versions would be)...
CONCATENATED = [
    ("unclos-1982.en.txt", "unclos-1982.en.txt"),
    ("isa-crusts-regulations-2012.en.txt", "isa-sulphides-regulations-2010.en.txt"),
    ("bbnj-prepcom-report-2026.advance.txt", "bbnj-prepcom-report-2026.final.txt"),
    ("bbnj-agreement-2023.en.txt", "bbnj-agreement-2023.en.txt"),
    ("outer-space-treaty-1967.en.txt", "outer-space-treaty-1967.en.txt"),
    ("bbnj-agreement-2023.fr.txt", "bbnj-agreement-2023.fr.txt"),
    ("bbnj-agreement-2023.ru.txt", "bbnj-agreement-2023.ru.txt"),
    ("isa-crusts-regulations-2012.ru.txt", "isa-crusts-regulations-2012.ru.txt"),
]
#: ...and with mismatched structures: the UNCLOS markdown export's text in the newer draft,
#: so that one side's units do not look like the other's (the engine's worst case).
MISMATCHED = [("unclos-1982.en.txt", "unclos-1982.en.md")] + CONCATENATED[1:]
BUDGETS = {"1 MB": (0.5, None), "5 MB": (3.0, 300)}


# --- scoring ---------------------------------------------------------------------------------


def numbered_units(document: Document, kinds: tuple[ClauseKind, ...]) -> dict[tuple, Clause]:
    """Units of these kinds by (enclosing annex number, kind, number); numbers seen twice
    (a page number read as a paragraph, say) are left out: they prove nothing."""
    found: dict[tuple, Clause] = {}
    seen_twice: set[tuple] = set()

    def visit(clauses: tuple[Clause, ...], annex: str) -> None:
        for clause in clauses:
            if clause.kind in kinds and clause.number:
                key = (annex, clause.kind.value, clause.number)
                if key in found:
                    seen_twice.add(key)
                found[key] = clause
                continue  # its paragraphs are not units
            inner = clause.number if clause.kind is ClauseKind.ANNEX else annex
            visit(clause.children, inner)

    visit(document.clauses, "")
    return {key: clause for key, clause in found.items() if key not in seen_twice}


@dataclass
class RealScore:
    truth: int
    right: int
    numbered_pairs: int
    precision: float
    recall: float
    unchanged: int
    statuses: dict

    def line(self) -> str:
        return (f"N <-> N: R {self.recall:.3f}  P {self.precision:.3f}   ({self.truth} numbered "
                f"in both, {self.right} paired with their number, {self.numbered_pairs} pairs "
                f"between numbered units; {self.unchanged} of those unchanged)")


def score_real(comparison: Comparison, kinds: tuple[ClauseKind, ...]) -> RealScore:
    olds = numbered_units(comparison.left, kinds)
    news = numbered_units(comparison.right, kinds)
    truth = olds.keys() & news.keys()
    key_of_old = {id(clause): key for key, clause in olds.items()}
    key_of_new = {id(clause): key for key, clause in news.items()}
    right = numbered = unchanged = 0
    for pair in comparison.walk():  # an annex's own articles are its children
        if len(pair.left) != 1 or len(pair.right) != 1:
            continue
        old_key, new_key = key_of_old.get(id(pair.left[0])), key_of_new.get(id(pair.right[0]))
        if old_key is None or new_key is None:
            continue
        numbered += 1
        if old_key == new_key:
            right += 1
            unchanged += pair.status is Status.UNCHANGED
    statuses = comparison.stats.as_dict()
    return RealScore(truth=len(truth), right=right, numbered_pairs=numbered,
                     precision=right / numbered if numbered else 1.0,
                     recall=right / len(truth) if truth else 1.0, unchanged=unchanged,
                     statuses=statuses)


# --- timing ----------------------------------------------------------------------------------


def time_clausewise(old: Path, new: Path, runs: int) -> tuple[float, float, Comparison]:
    """Medians of (read + segment) and (align + diff), and the last comparison."""
    reads, compares = [], []
    comparison = None
    for _ in range(runs):
        forget_readings()  # each run a pair as first opened: only the newer reads on
        start = time.perf_counter()
        left, right = load_draft(old), load_draft(new)
        middle = time.perf_counter()
        comparison = compare(left, right)
        reads.append(middle - start)
        compares.append(time.perf_counter() - middle)
    assert comparison is not None
    return statistics.median(reads), statistics.median(compares), comparison


def child_dmp_lines(old: str, new: str) -> None:
    """diff-match-patch in line mode over the two whole files, reading included."""
    from diff_match_patch import diff_match_patch

    start = time.perf_counter()
    a = Path(old).read_text(encoding="utf-8", errors="replace")
    b = Path(new).read_text(encoding="utf-8", errors="replace")
    differ = diff_match_patch()
    differ.Diff_Timeout = 0  # the full diff, as a compare tool needs
    a_chars, b_chars, lines = differ.diff_linesToChars(a, b)
    diffs = differ.diff_main(a_chars, b_chars, False)
    differ.diff_charsToLines(diffs, lines)
    print(f"{time.perf_counter() - start:.4f}")


def child_memory(old: str, new: str) -> None:
    before = _peak_kb()
    compare(load_draft(Path(old)), load_draft(Path(new)))
    print(f"{before} {_peak_kb()}")


def _peak_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def peer_dmp(old: Path, new: Path, runs: int, timeout: float) -> float | None:
    times = []
    for _ in range(runs):
        try:
            done = subprocess.run([sys.executable, __file__, "--dmp-lines", str(old), str(new)],
                                  capture_output=True, text=True, timeout=timeout, check=True)
        except subprocess.TimeoutExpired:
            return None
        times.append(float(done.stdout.strip()))
    return statistics.median(times)


def peer_git(old: Path, new: Path, runs: int, timeout: float) -> float | None:
    git = shutil.which("git")
    if git is None:
        return None
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        try:
            subprocess.run([git, "diff", "--no-index", "--word-diff", "--no-color", str(old),
                            str(new)], capture_output=True, timeout=timeout, check=False)
        except subprocess.TimeoutExpired:
            return None
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def ratio_text(name: str, peer: float | None, ours: float, timeout: float) -> str:
    if peer is None:
        return f"{name}: > {timeout:.0f} s (stopped) or unavailable"
    return f"{name}: {peer:.3f} s; clausewise / peer = {ours / peer:.2f}"


# --- the report ------------------------------------------------------------------------------


def bench_pair(name: str, old: Path, new: Path, kinds: tuple[ClauseKind, ...],
               args: argparse.Namespace) -> None:
    size = (old.stat().st_size + new.stat().st_size) / 2e6
    print(f"\n== {name}: {old.name} ({old.stat().st_size / 1e3:.0f} KB) -> {new.name} "
          f"({new.stat().st_size / 1e3:.0f} KB) ==")
    try:
        reading, comparing, comparison = time_clausewise(old, new, args.runs)
    except Exception as error:  # a bench reports, it does not stop at the first problem
        print(f"  clausewise failed: {type(error).__name__}: {error}")
        return
    total = reading + comparing
    print(f"  clausewise end to end {total:.3f} s (median of {args.runs}): read+segment "
          f"{reading:.3f} s, align+diff {comparing:.3f} s; {size:.2f} MB per draft")
    score = score_real(comparison, kinds)
    print("  " + score.line())
    print("  statuses " + ", ".join(f"{k} {v}" for k, v in score.statuses.items() if v))
    if args.peers and old.suffix != ".pdf":
        print("  " + ratio_text("peer git diff --no-index --word-diff",
                                peer_git(old, new, args.peer_runs, args.peer_timeout), total,
                                args.peer_timeout))
        print("  " + ratio_text("peer diff-match-patch line mode",
                                peer_dmp(old, new, args.peer_runs, args.peer_timeout), total,
                                args.peer_timeout))


def build_concatenated(folder: Path, target: int,
                       files: list[tuple[str, str]] = CONCATENATED) -> tuple[Path, Path]:
    """An old and a new draft of about ``target`` bytes from real texts and counterparts."""
    olds, news, size = [], [], 0
    while size < target:
        for old_name, new_name in files:
            old_text = (CORPUS / old_name).read_text(encoding="utf-8")
            olds.append(old_text)
            news.append((CORPUS / new_name).read_text(encoding="utf-8"))
            size += len(old_text.encode("utf-8"))
            if size >= target:
                break
    label = f"{target // 1_000_000}mb-{'like' if files is CONCATENATED else 'mixed'}"
    old, new = folder / f"real-{label}-old.txt", folder / f"real-{label}-new.txt"
    old.write_text("\n".join(olds), encoding="utf-8")
    new.write_text("\n".join(news), encoding="utf-8")
    return old, new


def bench_large(label: str, target: int, folder: Path, args: argparse.Namespace,
                files: list[tuple[str, str]] = CONCATENATED) -> None:
    old, new = build_concatenated(folder, target, files)
    kind = "like for like" if files is CONCATENATED else "mismatched structures"
    print(f"\n== {label} of real texts concatenated, {kind}: old "
          f"{old.stat().st_size / 1e6:.2f} MB, new {new.stat().st_size / 1e6:.2f} MB ==")
    reading, comparing, comparison = time_clausewise(old, new, args.runs)
    total = reading + comparing
    seconds, megabytes = BUDGETS[label]
    print(f"  clausewise end to end {total:.3f} s (median of {args.runs}; budget <= {seconds} s: "
          f"{'ok' if total <= seconds else 'OVER'}): read+segment {reading:.3f} s, "
          f"align+diff {comparing:.3f} s")
    print("  statuses " + ", ".join(f"{k} {v}" for k, v in comparison.stats.as_dict().items()
                                    if v))
    try:
        done = subprocess.run([sys.executable, __file__, "--memory", str(old), str(new)],
                              capture_output=True, text=True, timeout=600, check=True)
        before, after = (int(x) / 1024 for x in done.stdout.split())
        verdict = "" if megabytes is None else (
            f"; budget <= {megabytes} MB: {'ok' if after <= megabytes else 'OVER'}")
        print(f"  peak memory (fresh process) {after:.0f} MB (after imports {before:.0f} MB)"
              f"{verdict}")
    except (subprocess.SubprocessError, ValueError) as error:
        print(f"  peak memory not measured: {error}")
    if args.peers:
        git = peer_git(old, new, args.peer_runs, args.peer_timeout)
        print("  " + ratio_text("peer git diff --no-index --word-diff", git, total,
                                args.peer_timeout))
        if label == "1 MB":
            dmp = peer_dmp(old, new, args.peer_runs, args.peer_timeout)
            print("  " + ratio_text("peer diff-match-patch line mode", dmp, total,
                                    args.peer_timeout))
            if dmp is not None:
                print(f"  never slower than diff-match-patch line mode: "
                      f"{'ok' if total <= dmp else 'SLOWER'}")


def one_unit(sentences: list[str], count: int) -> Document:
    """A draft whose one article holds ``count`` paragraphs (one sentence of real text each)."""
    span = Span(0, 0)
    paragraphs = tuple(
        Clause(id=f"art-1/para-{k}", kind=ClauseKind.PARAGRAPH, label=f"{k}.", number=str(k),
               citation=f"Article 1({k})", heading="", text=text, span=span)
        for k, text in enumerate(sentences[:count], 1))
    unit = Clause(id="art-1", kind=ClauseKind.ARTICLE, label="Article 1", number="1",
                  citation="Article 1", heading="", text="", span=span, children=paragraphs)
    return Document(title="One article", clauses=(unit,))


def sentences_of(names: list[str]) -> list[str]:
    text = " ".join(" ".join((CORPUS / name).read_text(encoding="utf-8").split())
                    for name in names)
    return [s for s in re.split(r"(?<=[.;:,])\s+", text) if len(s.split()) >= 4]


def bench_one_unit(args: argparse.Namespace) -> None:
    """Near-linear cost even when a document is one unit of thousands of paragraphs."""
    old = sentences_of(["unclos-1982.en.txt", "bbnj-prepcom-report-2026.advance.txt"])
    new = sentences_of(["unclos-1982.en.md", "bbnj-prepcom-report-2026.final.txt"])
    print("\n== one article of N paragraphs (sentences of UNCLOS and the UN report, the two "
          "editions of each) ==")
    for count in (1000, 2000, 4000, 8000):
        left, right = one_unit(old, count), one_unit(new, count)
        times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            compare(left, right)
            times.append(time.perf_counter() - start)
        took = statistics.median(times)
        print(f"  {count:5d} paragraphs: align+diff {took:.3f} s ({took / count * 1e6:.0f} us "
              f"per paragraph)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--peers", action=argparse.BooleanOptionalAction, default=True)
    parser.add_argument("--peer-runs", type=int, default=1)
    parser.add_argument("--peer-timeout", type=float, default=120.0)
    parser.add_argument("--large", action=argparse.BooleanOptionalAction, default=True,
                        help="also the 1 MB and 5 MB pairs built from real texts")
    parser.add_argument("--dmp-lines", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--memory", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.dmp_lines:
        child_dmp_lines(*args.dmp_lines)
        return 0
    if args.memory:
        child_memory(*args.memory)
        return 0
    if not CORPUS.is_dir():
        print(f"Real-text benchmark skipped: the corpus is absent ({CORPUS}).")
        return 0
    print("Clausewise on real treaty texts (timings: medians on a shared machine)")
    for name, old, new, kinds in PAIRS:
        if (CORPUS / old).is_file() and (CORPUS / new).is_file():
            bench_pair(name, CORPUS / old, CORPUS / new, kinds, args)
        else:
            print(f"\n== {name}: skipped, {old} or {new} is not in the corpus ==")
    bench_one_unit(args)
    if args.large:
        with tempfile.TemporaryDirectory(prefix="clausewise-real-") as tmp:
            bench_large("1 MB", 1_000_000, Path(tmp), args)
            bench_large("5 MB", 5_000_000, Path(tmp), args)
            bench_large("1 MB", 1_000_000, Path(tmp), args, MISMATCHED)
    return 0


if __name__ == "__main__":
    sys.exit(main())
