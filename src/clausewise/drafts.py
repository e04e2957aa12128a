"""Opening a draft: read the file, then segment it. The one seam between readers and core.

The GUI, the command line, the reports' self-test and the benchmarks all open drafts through
``load_draft`` so that a file is read and segmented the same way everywhere.
"""

from __future__ import annotations

from pathlib import Path

from .core.model import Document
from .paths import resource_path
from .core.segment import SegmentConfig, segment
from .readers import ReadError, read

__all__ = ["ReadError", "load_draft", "sample_paths", "SAMPLES_DIR"]


SAMPLES_DIR = resource_path("samples")


def load_draft(path: str | Path, config: SegmentConfig | None = None) -> Document:
    """Reads and segments one draft. Raises ReadError with a one-line message."""
    return segment(read(path), config)


def sample_paths() -> tuple[Path, Path]:
    """The two bundled sample drafts the app opens when given no files."""
    return (SAMPLES_DIR / "security-agreement-draft1.txt",
            SAMPLES_DIR / "security-agreement-draft2.txt")
