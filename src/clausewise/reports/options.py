"""What the user chooses for a briefing, and the one error the exporters raise.

These are plain values so that the command line, the GUI's File > Export dialog and the tests
build them the same way; nothing here knows about PDF or Word.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Mapping, Sequence


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
