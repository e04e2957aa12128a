"""``clausewise --self-test``: prove an installation works, with nothing but what it ships.

Reads the bundled sample drafts, compares them, and exports a PDF briefing (read back with
the PDF reader), a Word briefing and a tracked-changes Word file into a temporary folder,
checking each step's result. It
prints one line and exits 0 when everything worked, 1 otherwise. It is what an administrator
runs after copying the app onto an air-gapped machine, and what the packaging build runs
against the frozen app with the network blocked.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from .core.compare import compare
from .drafts import load_draft, sample_paths


class SelfTestFailure(Exception):
    """One step of the self-test did not give the expected result."""


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise SelfTestFailure(message)


def run_self_test() -> str:
    """Runs every step; returns the one-line success summary or raises SelfTestFailure."""
    started = time.perf_counter()
    old_path, new_path = sample_paths()
    _check(old_path.is_file() and new_path.is_file(), "the bundled sample drafts are missing")
    old, new = load_draft(old_path), load_draft(new_path)
    _check(len(old) > 10 and len(new) > 10, "the sample drafts were not segmented into clauses")
    comparison = compare(old, new)
    _check(any(pair.changed for pair in comparison.pairs), "the sample comparison found no change")

    from . import reports  # imported here so a broken report stack fails the test, not start-up

    written = []
    with tempfile.TemporaryDirectory(prefix="clausewise-selftest-") as folder:
        options = reports.BriefingOptions(marking="SELF-TEST", author="Clausewise self-test",
                                          left_path=str(old_path), right_path=str(new_path))
        for name, export, magic in (
                ("briefing.pdf", reports.export_briefing, b"%PDF"),
                ("briefing.docx", reports.export_briefing, b"PK"),
                ("tracked-changes.docx", reports.export_tracked_changes, b"PK")):
            target = Path(folder) / name
            export(comparison, target, options)
            _check(target.is_file() and target.stat().st_size > 1000, f"{name} was not written")
            _check(target.read_bytes()[:4].startswith(magic), f"{name} is not a valid file")
            written.append(f"{name} {target.stat().st_size // 1024} KB")
            if name == "briefing.pdf":   # and read it back: the PDF reader's native library
                from .readers import read
                lines = [line for line in read(target).lines if line.text]
                _check(len(lines) > 10, "the PDF reader read nothing back from briefing.pdf")
                written[-1] += f" (read back: {len(lines)} paragraphs)"
    seconds = time.perf_counter() - started
    stats = comparison.stats
    return (f"self-test passed: {len(old)} and {len(new)} clauses compared "
            f"({stats.modified} modified, {stats.added} added, {stats.removed} removed, "
            f"{stats.moved} moved, {stats.renumbered} renumbered); wrote "
            f"{', '.join(written)}; {seconds:.1f} s")


def main() -> int:
    try:
        print(run_self_test())
        return 0
    except Exception as error:  # the self-test reports every failure as one line
        print(f"self-test FAILED: {type(error).__name__}: {error}")
        return 1
