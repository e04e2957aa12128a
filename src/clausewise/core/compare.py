"""The comparison pipeline: align + diff + divisions + references + flags + statistics.

``compare(left, right, options) -> Comparison`` is the one entry point; the result types it
returns (``Comparison``, ``Pair``, ``Status``...) are defined in ``core.result`` and re-exported
here, so ``from clausewise.core.compare import Comparison`` keeps working.
"""

from __future__ import annotations

from .align import build_pairs
from .diff import diff_words
from .divisions import pair_divisions
from .gcpause import no_cyclic_gc
from .language import document_language, shared_words
from .flags import flag_pairs
from .model import Document
from .parallel import parallel_divisions, parallel_pairs
from .references import flag_stray_references
from .result import (Cancelled, CompareOptions, Comparison, DiffOp, ManualLink, Mismatch, Pair,
                     Stats, Status, statistics)

__all__ = ["Cancelled", "CompareOptions", "Comparison", "DiffOp", "ManualLink", "Mismatch",
           "Pair", "Stats", "Status", "compare", "statistics"]


def compare(left: Document, right: Document, options: CompareOptions | None = None) -> Comparison:
    """Compares an older draft (``left``) with a newer one (``right``), clause by clause.

    Two drafts in different languages (``core.language``) are read in parallel instead:
    paired by structure, not diffed, checked for what differs across languages
    (``core.parallel``; ``Comparison.mode`` is then "parallel").

    Aligns the clauses (``core.align``), diffs each pair word by word (``core.diff``), checks
    the cross-references (``core.references``), flags the substantive changes
    (``core.flags``) and counts the changes. Honours ``options``: what to ignore, the user's manual links, the
    cancel callback (raises ``Cancelled``) and the progress callback.
    """
    options = options or CompareOptions()
    languages = (document_language(left), document_language(right))
    # Two languages told apart, and vocabularies that do not overlap as one language's do:
    # a short or odd draft is never read "in parallel" on a guess.
    parallel = (all(languages) and languages[0] != languages[1]
                and shared_words(left, right) < 0.2)

    def differ(old: str, new: str) -> tuple[DiffOp, ...]:
        if parallel:   # two language versions: no word is the same, nothing to diff
            return ()
        return diff_words(old, new, options)

    with no_cyclic_gc():  # the whole pipeline: one pause, not one per step
        pairs = build_pairs(left, right, options, differ)
        divisions = pair_divisions(left, right, differ)
        if parallel:
            pairs = parallel_pairs(pairs, languages)
            divisions = parallel_divisions(divisions, languages)
        else:
            pairs = flag_pairs(flag_stray_references(pairs))
        return Comparison(left=left, right=right, pairs=pairs, stats=statistics(pairs),
                          options=options, divisions=divisions, languages=languages,
                          mode="parallel" if parallel else "compare")
