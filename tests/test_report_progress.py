"""Exports report how far they have got and stop when asked: no file is left behind, and the
file that was there before is untouched."""

from __future__ import annotations

import zipfile

import pytest

from clausewise.core import Cancelled
from clausewise.drafts import load_draft
from clausewise.core.compare import compare
from clausewise.reports import BriefingOptions, export_briefing, export_tracked_changes
from clausewise.reports.progress import Steps

from conftest import SAMPLES  # noqa: F401  (the samples folder)

DRAFT1 = SAMPLES / "security-agreement-draft1.txt"
DRAFT2 = SAMPLES / "security-agreement-draft2.txt"


@pytest.fixture(scope="module")
def comparison():
    return compare(load_draft(DRAFT1), load_draft(DRAFT2))


EXPORTS = [("briefing.pdf", export_briefing), ("briefing.docx", export_briefing),
           ("tracked.docx", export_tracked_changes)]


@pytest.mark.parametrize("name,export", EXPORTS)
def test_progress_rises_to_the_end(comparison, tmp_path, name, export):
    seen: list[float] = []
    export(comparison, tmp_path / name, BriefingOptions(), progress=seen.append)
    assert len(seen) >= 10, seen                     # a bar that moves, not a jump to the end
    assert seen == sorted(seen) and seen[0] <= 0.05 and seen[-1] == 1.0
    assert zipfile.is_zipfile(tmp_path / name) == name.endswith(".docx")


@pytest.mark.parametrize("name,export", EXPORTS)
def test_cancel_stops_the_writer_and_leaves_the_old_file(comparison, tmp_path, name, export):
    target = tmp_path / name
    target.write_bytes(b"last week's briefing")
    asked = []

    def cancel() -> bool:
        asked.append(1)
        return len(asked) > 5     # stop part-way, after the writer has started

    with pytest.raises(Cancelled):
        export(comparison, target, BriefingOptions(), cancel=cancel)
    assert target.read_bytes() == b"last week's briefing"
    assert sorted(path.name for path in tmp_path.iterdir()) == [name]   # no temporary file
    assert len(asked) == 6    # it stopped at the first "yes"


def test_parts_map_into_the_whole_and_never_go_back():
    seen: list[float] = []
    steps = Steps(seen.append)
    steps.part(0.0, 0.5)(1.0)
    steps.part(0.5, 1.0).count(4)(2)
    steps.part(0.0, 0.5)(0.2)            # an earlier part reporting late: not shown
    steps(1.0)
    assert seen == [0.5, 0.75, 1.0]
