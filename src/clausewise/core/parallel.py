"""Two language versions of a treaty, read side by side: what can be checked across languages.

When the two drafts are in different languages (``core.language``), a word diff means
nothing: every clause would be "rewritten". The aligner still pairs them by structure (unit
words in each language, numbers, order, containers: Article 5 with Статья 5), and this
module turns each pair into a *parallel* pair, with no word diff, and checks what can be
checked without understanding the words:

* ``number``: a number, date, amount or percentage in one version and not the other
  (written with digits; "1,000", "1 000" and "1.000" are the same number, "0.5" and "0,5");
* ``reference``: the versions cite different articles;
* ``count``: not as many paragraphs or points;
* ``missing``: the clause is in one version only (its pair stays added or removed).

Each finding is a ``Mismatch`` on the pair. A pair whose versions agree has none.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .language import name
from .model import Clause, ClauseKind
from .references import article_references
from .result import Mismatch, Pair, Status

#: A number written with digits: thousands grouped by a comma, a point or a (no-break)
#: space, a decimal part after a point or a comma.
_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[,.\u00a0\u202f ]\d{3}(?!\d))*(?:[.,]\d+(?!\d))?")
_KINDS_COUNTED = {ClauseKind.PARAGRAPH: ("paragraph", "paragraphs"),
                  ClauseKind.POINT: ("point", "points")}


def parallel_pairs(pairs: tuple[Pair, ...], languages: tuple[str, str]) -> tuple[Pair, ...]:
    """The pairs of two language versions: parallel, with their mismatches.

    ``pairs`` are the aligner's; only their units are used. The units are paired again by
    structure: by kind, number and place (the n-th Article 5 with the n-th Статья 5, the
    title with the title, recital 3 with recital 3), so that a unit missing in one version
    does not throw the others out of step, as a pairing by words across languages would."""
    lefts = sorted({id(c): c for p in pairs for c in p.left}.values(), key=_reading)
    rights = sorted({id(c): c for p in pairs for c in p.right}.values(), key=_reading)
    keyed = _keyed_pairs(lefts, rights, _unit_keys(lefts), _unit_keys(rights))
    return tuple(_parallel(pair, languages) for pair in keyed)


def _reading(clause: Clause) -> tuple[int, int]:
    return (clause.span.start, clause.span.end)


def _unit_keys(units: list[Clause]) -> list[tuple]:
    """(kind, number, n-th of these) per unit: "the second Article 1" (an annex's own)."""
    seen: dict[tuple, int] = {}
    keys = []
    for clause in units:
        base = (clause.kind, clause.number.casefold())
        seen[base] = seen.get(base, 0) + 1
        keys.append((*base, seen[base]))
    return keys


def _keyed_pairs(lefts: list[Clause], rights: list[Clause], left_keys: list[tuple],
                 right_keys: list[tuple]) -> list[Pair]:
    """Units with the same key paired, in the left version's order, a unit of the right
    version only placed after the one it follows there."""
    where = {}
    for j, key in enumerate(right_keys):
        where.setdefault(key, j)
    matches = {i: where[key] for i, key in enumerate(left_keys) if key in where}
    return _in_order(lefts, rights, matches)


def parallel_divisions(divisions: tuple[Pair, ...], languages: tuple[str, str]
                       ) -> tuple[Pair, ...]:
    """Parts, chapters and sections of two language versions: parallel where both have
    them (their headings are in two languages, not "retitled"), missing where one has not."""
    out = []
    for pair in divisions:
        if pair.left and pair.right:
            out.append(replace(pair, status=Status.PARALLEL, diff=(), renumbered=False))
        else:
            out.append(_parallel(replace(pair, children=()), languages))
    return tuple(out)


def _parallel(pair: Pair, languages: tuple[str, str]) -> Pair:
    if len(pair.left) == 1 and len(pair.right) == 1:
        # The aligner paired the sub-clauses by their words, which two languages do not
        # share: pair them again by structure.
        children = tuple(_parallel(child, languages)
                         for child in structural_pairs(pair.left[0].children,
                                                       pair.right[0].children))
    else:
        children = tuple(_parallel(child, languages) for child in pair.children)
    left_name, right_name = name(languages[0]), name(languages[1])
    if not pair.left or not pair.right:
        present, absent = ((left_name, right_name) if pair.left else (right_name, left_name))
        missing = Mismatch("missing", ", ".join(pair.left_citations),
                           ", ".join(pair.right_citations),
                           f"in the {present} version only, not in the {absent}")
        return replace(pair, children=children, diff=(), mismatches=(missing,))
    found: list[Mismatch] = []
    left_text = _own_text(pair.left)
    right_text = _own_text(pair.right)
    left_refs = sorted(set(article_references(left_text)), key=_number_order)
    right_refs = sorted(set(article_references(right_text)), key=_number_order)
    if left_refs != right_refs:
        found.append(Mismatch("reference", ", ".join(left_refs), ", ".join(right_refs),
                              f"cites {_articles(left_refs)} in {left_name}, "
                              f"{_articles(right_refs)} in {right_name}"))
    skip = set(left_refs) | set(right_refs) if left_refs != right_refs else set()
    left_numbers = _numbers(left_text) - skip
    right_numbers = _numbers(right_text) - skip
    if left_numbers != right_numbers:
        only_left = sorted(left_numbers - right_numbers, key=_number_order)
        only_right = sorted(right_numbers - left_numbers, key=_number_order)
        found.append(Mismatch("number", ", ".join(only_left), ", ".join(only_right),
                              _number_detail(only_left, only_right, left_name, right_name)))
    for kind, (one, many) in _KINDS_COUNTED.items():
        left_count = _count(pair.left, kind)
        right_count = _count(pair.right, kind)
        if left_count != right_count:
            found.append(Mismatch("count", str(left_count), str(right_count),
                                  f"{left_count} {one if left_count == 1 else many} in "
                                  f"{left_name}, {right_count} in {right_name}", counted=one))
    return replace(pair, status=Status.PARALLEL, diff=(), children=children,
                   mismatches=tuple(found), renumbered=False)


def structural_pairs(lefts: tuple[Clause, ...], rights: tuple[Clause, ...]) -> list[Pair]:
    """Sub-clauses of two language versions of a clause, paired by kind and place: the
    n-th paragraph with the n-th paragraph, the n-th point with the n-th point. Where one
    version has more of a kind, numbered ones pair by their number (digits, or the same
    mark) and the rest are in one version only. In the order of the left version, with a
    right-only sub-clause after the one it follows."""
    matches: dict[int, int] = {}
    for kind in _kinds(lefts) | _kinds(rights):
        left_places = [i for i, clause in enumerate(lefts) if clause.kind is kind]
        right_places = [i for i, clause in enumerate(rights) if clause.kind is kind]
        if len(left_places) == len(right_places):
            matches.update(zip(left_places, right_places))
            continue
        by_number: dict[str, int] = {}
        for i in right_places:
            by_number.setdefault(rights[i].number, i)
        unnumbered = iter([i for i in right_places if not rights[i].number])
        for i in left_places:
            number = lefts[i].number
            j = by_number.pop(number, None) if number else next(unnumbered, None)
            if j is not None:
                matches[i] = j
    return _in_order(lefts, rights, matches)


def _in_order(lefts, rights, matches: dict[int, int]) -> list[Pair]:
    """Pairs for ``matches`` (left place -> right place), then the unpaired ones, in the
    left order with each right-only clause after the one it follows."""
    pairs: list[Pair] = []
    paired_rights = set(matches.values())
    next_right = 0

    def rights_before(limit: int) -> None:
        nonlocal next_right
        while next_right < limit:
            if next_right not in paired_rights:
                pairs.append(Pair(left=(), right=(rights[next_right],), status=Status.ADDED))
            next_right += 1

    for i, clause in enumerate(lefts):
        j = matches.get(i)
        if j is None:
            pairs.append(Pair(left=(clause,), right=(), status=Status.REMOVED))
            continue
        rights_before(j)
        next_right = max(next_right, j + 1)
        pairs.append(Pair(left=(clause,), right=(rights[j],), status=Status.PARALLEL,
                          basis="position"))
    rights_before(len(rights))
    return pairs


def _kinds(clauses: tuple[Clause, ...]) -> set[ClauseKind]:
    return {clause.kind for clause in clauses}


#: A word broken at a line end by a text layer: "ста- тьей", "ста-тьей" (Cyrillic, Greek
#: or Latin lower-case letters on both sides).
_BROKEN_WORD = re.compile(r"(?<=[a-zà-ÿа-яёα-ω])-\s*(?=[a-zà-ÿа-яёα-ω])")


#: Page furniture a text export leaves inside a paragraph: a page number and a UN job
#: number ("6 12-57345"), or the job number alone. Not the instrument's numbers.
_JOB_NUMBER = re.compile(r"(?:\b\d{1,3}\s+)?\b\d{2}-\d{5}\b(?:\s*\(\w\))?")


def _own_text(clauses: tuple[Clause, ...]) -> str:
    """The heading and own text of the clauses (their sub-clauses are pairs of their own),
    with words broken at line ends joined again, so that "ста-тьей 14" cites article 14."""
    text = "\n".join(part for clause in clauses for part in (clause.heading, clause.text)
                     if part)
    return _JOB_NUMBER.sub(" ", _BROKEN_WORD.sub("", text))


def _count(clauses: tuple[Clause, ...], kind: ClauseKind) -> int:
    return sum(1 for clause in clauses for child in clause.children if child.kind is kind)


def _numbers(text: str) -> set[str]:
    """The numbers written with digits, normalised: "1 000" -> "1000", "0,5" -> "0.5"."""
    found = set()
    for match in _NUMBER.finditer(text):
        raw = match.group()
        head = re.split(r"[.,](?=\d{1,2}$|\d{4,}$)", raw)   # a decimal part is not 3 digits
        whole = re.sub(r"[,.\u00a0\u202f ]", "", head[0])
        number = whole.lstrip("0") or "0"
        if len(head) > 1:
            number += "." + head[1]
        found.add(number)
    return found


def _number_order(number: str) -> tuple[float, str]:
    try:
        return (float(number), number)
    except ValueError:
        return (float("inf"), number)


def _articles(numbers: list[str]) -> str:
    if not numbers:
        return "no article"
    return ("Article " if len(numbers) == 1 else "Articles ") + ", ".join(numbers)


def _number_detail(only_left: list[str], only_right: list[str], left_name: str,
                   right_name: str) -> str:
    parts = []
    if only_left:
        parts.append(f"{', '.join(only_left)} in {left_name} only")
    if only_right:
        parts.append(f"{', '.join(only_right)} in {right_name} only")
    return "numbers differ: " + "; ".join(parts)
