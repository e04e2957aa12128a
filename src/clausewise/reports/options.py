"""What the user chooses for a briefing, and the one error the exporters raise.

These are plain values so that the command line, the GUI's File > Export dialog and the tests
build them the same way; nothing here knows about PDF or Word.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Mapping, Sequence

from .labels import LANGUAGES


class ReportError(Exception):
    """An export that cannot be done; the message is one line that says what to do."""


@dataclass(frozen=True, slots=True)
class AnnotationNote:
    """One remark of the team on a clause, as a briefing prints it.

    ``citation`` is the clause cited in the newer draft (or in the older one if the clause
    was removed); ``tag`` is a short category ("red line", "query"); ``status`` where the
    team stands ("open", "agreed"). The annotations issue will fill these from the workspace.
    """

    citation: str
    tag: str = ""
    status: str = ""
    author: str = ""
    text: str = ""


#: The output formats a briefing can take (``BriefingOptions.format``).
FORMATS = ("pdf", "docx", "tracked")

#: The kinds of change a briefing may list (``BriefingOptions.kinds``), as the engine names them.
CHANGE_KINDS = ("modified", "added", "removed", "moved", "renumbered", "split", "merged")
#: A note's statuses (the workspace's own, ``store.schema``); "needs review" is a mark beside
#: them, not a status.
NOTE_STATUSES = ("open", "resolved")

#: The tag whose notes the executive summary lists first.
RED_LINE_TAG = "red line"


@dataclass(frozen=True)
class BriefingOptions:
    """How a briefing looks and what it says about itself.

    * ``title``: empty means "derived from the drafts" (the newer draft's title).
    * ``marking``: the handling marking printed at the head and foot of every page
      (e.g. "OFFICIAL-SENSITIVE"); empty prints none.
    * ``changed_only``: list only the clauses that changed (the usual briefing) or all.
    * ``left_path`` / ``right_path``: the draft files, read for their date and SHA-256
      fingerprint; only the file *name* is ever printed, never a folder.
    * ``annotations``: notes keyed by their row's stable key, ``("right", clause id)`` or
      ``("left", clause id)`` for a removed clause (``core.describe.row_key``; built from a
      workspace by ``clausewise.notes.briefing_notes``), or by a bare citation of the row.
    * ``now``: the briefing's date; fixed in tests so that output is reproducible.

    What to include (the export dialog's and the command line's choices; the defaults are
    the usual briefing, so ``BriefingOptions()`` keeps working for every caller):

    * ``format``: "pdf", "docx" (the briefing) or "tracked" (the newer draft with tracked
      changes); empty means "by the file's suffix" (``export`` decides).
    * ``kinds``: the kinds of change listed (names of ``CHANGE_KINDS``); empty means all.
      A clause is listed if any of its kinds is chosen.
    * ``note_tags`` / ``note_statuses``: only notes with one of these tags / statuses
      (compared without regard to case); empty means every tag / status.
    * ``resolved_notes``: whether notes whose status is "resolved" are printed.
    * ``notes_only``: list only the clauses that carry a (printed) note.
    """

    title: str = ""
    author: str = ""
    marking: str = ""
    changed_only: bool = True
    landscape: bool = False
    left_path: str | Path | None = None
    right_path: str | Path | None = None
    annotations: Mapping[tuple[str, str] | str, Sequence[AnnotationNote]] = field(default_factory=dict)
    now: datetime | None = None
    format: str = ""
    #: The briefing's own words: "en", "fr" or "ru" (``reports.labels``); the drafts' text
    #: and the notes are printed as they are.
    language: str = "en"
    kinds: tuple[str, ...] = ()
    note_tags: tuple[str, ...] = ()
    note_statuses: tuple[str, ...] = ()
    resolved_notes: bool = True
    notes_only: bool = False

    def __post_init__(self) -> None:
        if self.format and self.format not in FORMATS:
            raise ReportError(f"unknown briefing format {self.format!r}: "
                              f"choose one of {', '.join(FORMATS)}")
        if self.language not in LANGUAGES:
            *first, last = LANGUAGES
            raise ReportError(f"unknown briefing language {self.language!r}: choose "
                              f"{', '.join(first)} or {last}")
        unknown = [kind for kind in self.kinds if kind not in CHANGE_KINDS]
        if unknown:
            raise ReportError(f"unknown kind of change {unknown[0]!r}: "
                              f"choose among {', '.join(CHANGE_KINDS)}")
        unknown = [status for status in self.note_statuses
                   if status.casefold() not in NOTE_STATUSES]
        if unknown:
            raise ReportError(f"unknown note status {unknown[0]!r}: choose "
                              f"{' or '.join(NOTE_STATUSES)}")

    def shows_note(self, note: AnnotationNote) -> bool:
        """Whether a note is printed under these options (tag, status, resolved)."""
        status = note.status.split(" (")[0].strip().casefold()  # "open (needs review)"
        if not self.resolved_notes and status == "resolved":
            return False
        if self.note_tags and note.tag.casefold() not in {t.casefold() for t in self.note_tags}:
            return False
        if self.note_statuses and status not in {s.casefold() for s in self.note_statuses}:
            return False
        return True
