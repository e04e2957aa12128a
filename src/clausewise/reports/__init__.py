"""Briefings: a Comparison exported to PDF or Word, and the newer draft with tracked changes.

Public API (used by the command line and the GUI's File > Export):

* ``BriefingOptions``, ``AnnotationNote``: what the user chose, and the team's notes.
* ``export_briefing(comparison, path, options) -> Path``: PDF or Word by the file's suffix.
* ``export_tracked_changes(comparison, path, options) -> Path``: the newer draft as .docx in
  which every change against the older draft is a real Word tracked change.
* Both take ``progress`` (called with the fraction done) and ``cancel`` (returns True to
  stop: ``core.Cancelled`` is raised and no file is written), for a window's progress bar.
* ``ReportError``: raised with a one-line message for anything the user can fix.

Every export is written to a temporary file beside the target and then renamed, so a
failed export never leaves half a file. Only file *names* are printed, never folders.
"""

from __future__ import annotations

from pathlib import Path

from ..core.compare import Comparison
from ..core.language import name as language_name
from .content import build_briefing
from .options import AnnotationNote, BriefingOptions, ReportError
from .output import check_target, write_atomically
from .progress import Cancel, Progress, Steps

__all__ = ["AnnotationNote", "BriefingOptions", "ReportError", "TRACKED_PARALLEL",
           "export_briefing", "export_tracked_changes"]

#: Why no tracked-changes file is written for two language versions (one line, English: the
#: command line's message; the window says it in its own language).
TRACKED_PARALLEL = ("these are two language versions ({left} and {right}): a tracked-changes "
                    "file would delete every word of one and insert every word of the other; "
                    "write the briefing instead (--out FILE.pdf or FILE.docx), whose language "
                    "versions report lists what the versions do not agree on")


def export_briefing(comparison: Comparison, path: str | Path,
                    options: BriefingOptions | None = None, *, progress: Progress | None = None,
                    cancel: Cancel | None = None) -> Path:
    """Writes the briefing as PDF (``.pdf``) or Word (``.docx``); returns the path written."""
    options = options or BriefingOptions()
    target = check_target(path, (".pdf", ".docx"))
    steps = Steps(progress, cancel)
    steps(0.0)
    briefing = build_briefing(comparison, options)
    if target.suffix.lower() == ".pdf":
        from .pdf import write_pdf as write
    else:
        from .word import write_docx as write
    written = write_atomically(target, lambda temp: write(briefing, temp, steps.part(0.05, 1.0)))
    steps(1.0)
    return written


def export_tracked_changes(comparison: Comparison, path: str | Path,
                           options: BriefingOptions | None = None, *,
                           progress: Progress | None = None, cancel: Cancel | None = None) -> Path:
    """Writes the newer draft as .docx with every change a tracked change; returns the path.

    Refused for two language versions: nothing is diffed between them, and a tracked-changes
    file would delete every word of one language and insert every word of the other."""
    from .tracked import write_tracked_changes

    if comparison.mode == "parallel":
        raise ReportError(TRACKED_PARALLEL.format(left=language_name(comparison.languages[0]),
                                                  right=language_name(comparison.languages[1])))
    options = options or BriefingOptions()
    target = check_target(path, (".docx",))
    steps = Steps(progress, cancel)
    steps(0.0)
    written = write_atomically(
        target, lambda temp: write_tracked_changes(comparison, options, temp, steps))
    steps(1.0)
    return written
