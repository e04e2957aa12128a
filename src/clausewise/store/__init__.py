"""The workspace file (SQLite): drafts, manual links, annotations, tags and settings.

Public API, for the GUI and scripts (no Qt here):

* ``Workspace.create(path)`` / ``Workspace.open(path)`` / ``save_as(path)`` / ``close()``;
  ``workspace.drafts``, ``.links``, ``.annotations``, ``.tags``, ``.settings``.
* ``Annotation``, ``Anchor``, ``TextRange``, ``DraftPair``: what an annotation is.
* ``carry_forward``: re-attach a comparison's annotations to the next comparison.
* ``export_annotations`` / ``import_annotations``: share annotations as a JSON file.
* ``WorkspaceError`` (one-line message) and its kinds: ``WorkspaceLocked``,
  ``WorkspaceReadOnly``, ``WriteFailed`` (disk full...), ``ShareError``.
"""

from .annotations import Anchor, Annotation, AnnotationStatus, Side, TextRange, clause_text
from .carry import REMOVED, TEXT_CHANGED, carry_forward
from .drafts import DraftPair, DraftRecord, file_sha256
from .errors import (AnnotationNotFound, ShareError, WorkspaceError, WorkspaceLocked,
                     WorkspaceReadOnly, WriteFailed)
from .share import ImportResult, export_annotations, import_annotations
from .workspace import SUFFIX, Workspace

__all__ = [
    "Anchor", "Annotation", "AnnotationNotFound", "AnnotationStatus", "DraftPair",
    "DraftRecord", "ImportResult", "REMOVED", "SUFFIX", "ShareError", "Side", "TEXT_CHANGED",
    "TextRange", "Workspace", "WorkspaceError", "WorkspaceLocked", "WorkspaceReadOnly",
    "WriteFailed", "carry_forward",
    "clause_text", "export_annotations", "file_sha256", "import_annotations",
]
