"""Opening a draft: read the file, then segment it. The one seam between readers and core.

The GUI, the command line, the reports' self-test and the benchmarks all open drafts through
``load_draft`` so that a file is read and segmented the same way everywhere. ``open_draft``
also fingerprints it (SHA-256, as the workspace knows it): the session opens each draft once
this way, on the worker thread when the window drives it, and keeps the result.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from .core.model import Document, SourceText
from .core.segment import SegmentConfig, segment
from .paths import resource_path
from .readers import ReadError, read
from .store import file_sha256

__all__ = ["Draft", "DraftKey", "ReadError", "SAMPLES_DIR", "draft_key", "formats_read",
           "formats_text", "load_draft", "open_draft", "sample_paths"]

#: (path, size, modification time): a version of a file on disk (a changed file is read again).
DraftKey = tuple[str, int, int]


SAMPLES_DIR = resource_path("samples")


def formats_read() -> tuple[str, ...]:
    """The extensions of the formats a draft may be in (".docx", ".txt", ".odt"...), taken
    from the readers' own registry so that a help text never falls behind a new reader."""
    from .readers import _READERS  # the registry: one reader per format, named by extension

    return tuple(f".{name}" for name in _READERS)


def formats_text(last: str = "or") -> str:
    """ ".docx, .txt, .odt, .pdf, .html, .md or .rtf" """
    names = formats_read()
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} {last} {names[-1]}"


def load_draft(path: str | Path, config: SegmentConfig | None = None) -> Document:
    """Reads and segments one draft. Raises ReadError with a one-line message."""
    return segment(read(path), config)


def draft_key(path: str | Path) -> DraftKey:
    """What identifies a version of a file on disk; (path, -1, -1) for no file."""
    try:
        status = os.stat(path)
    except OSError:
        return (str(path), -1, -1)
    return (str(Path(path).resolve()), status.st_size, status.st_mtime_ns)


@dataclass(frozen=True, eq=False)
class Draft:
    """A draft as opened: read, segmented and fingerprinted once."""

    path: str
    key: DraftKey
    document: Document
    sha256: str


def open_draft(path: str | Path, source: SourceText | None = None, sha256: str = "",
               config: SegmentConfig | None = None) -> Draft:
    """Reads, segments and fingerprints the file at ``path``; or, given the ``source`` and
    ``sha256`` of a draft held only in a workspace, segments that. Raises ReadError."""
    if source is not None:
        return Draft(str(path), draft_key(path), segment(source, config), sha256)
    key = draft_key(path)
    document = load_draft(path, config)
    try:
        sha256 = file_sha256(path)
    except OSError as error:
        raise ReadError(f"{Path(path).name}: cannot be read again ({error.strerror}); check the file and try again", reason="unreadable") from error
    return Draft(str(path), key, document, sha256)


def sample_paths() -> tuple[Path, Path]:
    """The two bundled sample drafts the app opens when given no files."""
    return (SAMPLES_DIR / "security-agreement-draft1.txt",
            SAMPLES_DIR / "security-agreement-draft2.txt")
