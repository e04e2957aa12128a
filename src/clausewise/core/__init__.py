"""The engine: drafts as clause trees, and their comparison. No Qt, no file formats.

The small public API, for the GUI, the reports, the command line and scripts::

    from clausewise.core import SourceText, segment, compare
    old = segment(SourceText.from_text(text_of_draft_1, name="draft1.txt"))
    new = segment(SourceText.from_text(text_of_draft_2, name="draft2.txt"))
    comparison = compare(old, new)          # -> Comparison: pairs, stats, divisions
    describe.pair_title(comparison.pairs[0])

Modules, lowest layer first (import-linter checks that no import goes upwards):
``model`` / ``numbering`` / ``vocabulary`` / ``gcpause`` -> ``headings`` -> ``structure`` ->
``segment``; ``textkey`` -> ``result`` -> ``matching`` -> ``align`` | ``diff`` |
``divisions`` | ``references`` | ``flags`` -> ``describe`` -> ``compare``.
"""

from __future__ import annotations

from . import describe
from .compare import compare
from .model import Clause, ClauseKind, Document, SourceLine, SourceText
from .result import (Cancelled, CompareOptions, Comparison, DiffOp, ManualLink, Pair, Stats,
                     Status)
from .segment import SegmentConfig, segment

__all__ = [
    "Cancelled", "Clause", "ClauseKind", "CompareOptions", "Comparison", "DiffOp", "Document",
    "ManualLink", "Pair", "SegmentConfig", "SourceLine", "SourceText", "Stats", "Status",
    "compare", "describe", "segment",
]
