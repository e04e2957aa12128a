"""The comparison pipeline: align + diff + divisions + references + flags + statistics.

``compare(left, right, options) -> Comparison`` is the one entry point; the result types it
returns (``Comparison``, ``Pair``, ``Status``...) are defined in ``core.result`` and re-exported
here, so ``from clausewise.core.compare import Comparison`` keeps working.
"""

from __future__ import annotations

from .align import build_pairs
from .diff import diff_words
from .divisions import pair_divisions
from .flags import flag_pairs
from .model import Document
from .references import flag_stray_references
from .result import (Cancelled, CompareOptions, Comparison, DiffOp, ManualLink, Pair, Stats,
                     Status, statistics)

__all__ = ["Cancelled", "CompareOptions", "Comparison", "DiffOp", "ManualLink", "Pair", "Stats",
           "Status", "compare", "statistics"]


def compare(left: Document, right: Document, options: CompareOptions | None = None) -> Comparison:
    """Compares an older draft (``left``) with a newer one (``right``), clause by clause.

    Aligns the clauses (``core.align``), diffs each pair word by word (``core.diff``), checks
    the cross-references (``core.references``), flags the substantive changes
    (``core.flags``) and counts the changes. Honours ``options``: what to ignore, the user's manual links, the
    cancel callback (raises ``Cancelled``) and the progress callback.
    """
    options = options or CompareOptions()

    def differ(old: str, new: str) -> tuple[DiffOp, ...]:
        return diff_words(old, new, options)

    pairs = flag_pairs(flag_stray_references(build_pairs(left, right, options, differ)))
    return Comparison(left=left, right=right, pairs=pairs, stats=statistics(pairs),
                      options=options, divisions=pair_divisions(left, right, differ))
