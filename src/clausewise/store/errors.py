"""What can go wrong with a workspace file, as exceptions whose message is one line.

The GUI shows ``str(error)`` as is, so every message names the file, says what is wrong and
what the user can do about it.
"""

from __future__ import annotations


class WorkspaceError(Exception):
    """The workspace cannot be created, opened, read or written; the message says why."""


class WorkspaceLocked(WorkspaceError):
    """Another Clausewise window (or program) has this workspace open."""


class WorkspaceReadOnly(WorkspaceError):
    """The workspace was opened read-only (its file or folder may not be written): it can be
    read, and saved elsewhere with Save As, but nothing in it can change."""


class WriteFailed(WorkspaceError):
    """A change could not be written (disk full, file made read-only, I/O error); nothing of
    it was kept, and the workspace is as it was before the change."""


class AnnotationNotFound(WorkspaceError, LookupError):
    """An update or delete named an annotation the workspace does not hold."""


class ShareError(WorkspaceError):
    """An annotations file to import cannot be read; the message says why."""
