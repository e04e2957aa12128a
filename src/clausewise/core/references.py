"""Cross-references that follow the renumbering are no change; any other one is.

The aligner masks cross-reference numbers so that "in accordance with Article 7" and "in
accordance with Article 9" compare equal once Article 7 has become Article 9. But a reference
that now points somewhere else ("Article 5" -> "Article 6" while Article 5 kept its number)
changes what the clause means, and a negotiator must see it. This pass looks at every pair the
aligner called unchanged although its words differ, and calls it modified unless each article
reference of the old text maps, through the drafts' own renumbering, onto the new text's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .compare import Pair, Status
from .model import ClauseKind

#: "Article 7", "Articles 4 and 5", "Art. 12", "статьи 7", "Статья 3": the numbers they cite.
_ARTICLE_REFERENCE = re.compile(
    r"(?<!\w)(?:articles?|arts?\.|стать[а-яё]*|άρθρ[α-ωάέήίόύώ]*)\s+"
    r"(\d+(?:\s*(?:,|and|or|to|и|или|και|ή|–|-)\s*\d+)*)",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"\d+")


def article_references(text: str) -> list[str]:
    """The article numbers ``text`` cites, in order: "Articles 4 and 5" -> ["4", "5"]."""
    return [number for match in _ARTICLE_REFERENCE.finditer(text)
            for number in _NUMBER.findall(match.group(1))]


def renumbering(pairs: tuple[Pair, ...]) -> dict[str, set[str]]:
    """Old article number -> the new numbers of the article(s) it became."""
    mapping: dict[str, set[str]] = {}
    for pair in pairs:
        olds = [c.number for c in pair.left if c.kind is ClauseKind.ARTICLE and c.number]
        news = {c.number for c in pair.right if c.kind is ClauseKind.ARTICLE and c.number}
        for old in olds:
            mapping.setdefault(old, set()).update(news)
    return mapping


def flag_stray_references(pairs: tuple[Pair, ...]) -> tuple[Pair, ...]:
    """The pairs, with "unchanged" pairs whose cross-references moved elsewhere modified."""
    mapping = renumbering(pairs)
    return tuple(_check(pair, mapping) for pair in pairs)


def _check(pair: Pair, mapping: dict[str, set[str]]) -> Pair:
    children = tuple(_check(child, mapping) for child in pair.children)
    status = pair.status
    if status is Status.UNCHANGED:
        stray = _has_stray_reference(pair, mapping)
        child_changed = any(c.status is not Status.UNCHANGED and c is not o
                            for c, o in zip(children, pair.children))
        if stray or child_changed:
            status = Status.MODIFIED
    if status is pair.status and all(c is o for c, o in zip(children, pair.children)):
        return pair
    return replace(pair, status=status, children=children)


def _has_stray_reference(pair: Pair, mapping: dict[str, set[str]]) -> bool:
    if all(op == "=" for op, _ in pair.diff):
        return False
    old = article_references("".join(text for op, text in pair.diff if op != "+"))
    new = article_references("".join(text for op, text in pair.diff if op != "-"))
    if len(old) != len(new):
        return True
    return any(after != before and after not in mapping.get(before, {before})
               for before, after in zip(old, new))
