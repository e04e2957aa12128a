"""Issue 17: ``--out`` never silently replaces a file. An existing file needs ``--force``; a
file marked read-only is never replaced and keeps its mode; a replaced file keeps its own
permissions; and the briefing appears whole or not at all (temporary file, then rename)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from clausewise.reports.options import ReportError
from clausewise.reports.output import write_atomically

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "resources" / "samples"
OLD, NEW = SAMPLES / "security-agreement-draft1.txt", SAMPLES / "security-agreement-draft2.txt"


def compare_out(out: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "clausewise.cli", "compare", str(OLD), str(NEW),
                           "--out", str(out), *extra], capture_output=True, text=True,
                          timeout=120)


@pytest.mark.parametrize("name", ["other-draft.docx", "briefing.pdf"])
def test_an_existing_file_is_not_replaced_without_force(tmp_path, name):
    other = tmp_path / name
    other.write_bytes(b"another draft, not in the comparison")
    result = compare_out(other)
    assert result.returncode == 2
    assert result.stderr.strip() == (f"clausewise: --out {name} already exists: add --force "
                                      "to replace it, or choose another file name")
    assert other.read_bytes() == b"another draft, not in the comparison"


def test_force_replaces_it_and_keeps_its_permissions(tmp_path):
    old = tmp_path / "briefing.pdf"
    old.write_bytes(b"last week's briefing")
    old.chmod(0o640)
    result = compare_out(old, "--force")
    assert result.returncode == 0, result.stderr
    assert old.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(old.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["briefing.pdf"]   # no temporary left


def test_a_read_only_file_is_never_replaced_even_with_force(tmp_path):
    kept = tmp_path / "signed.docx"
    kept.write_bytes(b"the signed text")
    kept.chmod(0o444)
    result = compare_out(kept, "--force")
    assert result.returncode == 2
    assert "signed.docx is marked read-only and is left as it is" in result.stderr
    assert kept.read_bytes() == b"the signed text"
    assert stat.S_IMODE(kept.stat().st_mode) == 0o444


def test_force_without_out_is_refused(tmp_path):
    result = subprocess.run([sys.executable, "-m", "clausewise.cli", "compare", str(OLD),
                             str(NEW), "--force"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 2 and "--force only apply to a briefing" in result.stderr


def test_a_briefing_that_fails_half_way_leaves_the_old_file_whole(tmp_path):
    target = tmp_path / "briefing.docx"
    target.write_bytes(b"the old briefing")

    def fail(temp: Path) -> None:
        temp.write_bytes(b"half a briefing")
        raise OSError(28, "No space left on device")

    with pytest.raises(ReportError, match="No space left on device"):
        write_atomically(target, fail)
    assert target.read_bytes() == b"the old briefing"
    assert os.listdir(tmp_path) == ["briefing.docx"]
