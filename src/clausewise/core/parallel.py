"""Two language versions of a treaty, read side by side: what can be checked across languages.

When the two drafts are in different languages (``core.language``), a word diff means
nothing: every clause would be "rewritten". The aligner still pairs them by structure (unit
words in each language, numbers, order, containers: Article 5 with Статья 5), and this
module turns each pair into a *parallel* pair, with no word diff, and checks what can be
checked without understanding the words:

* ``number``: a number, date, amount or percentage in one version and not the other
  (written with digits; "1,000", "1 000" and "1.000" are the same number, "0.5" and "0,5");
* ``reference``: the versions cite different articles;
* ``count``: not as many paragraphs or points (an article's own text, where the other
  version puts its words in paragraphs, counts as its paragraph 1, as ``align.text_as_clause``
  reads it between two drafts of one language);
* ``missing``: the clause is in one version only (its pair stays added or removed).

Each finding is a ``Mismatch`` on the pair. A pair whose versions agree has none.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .align import text_as_clause
from .language import name
from .model import Clause, ClauseKind
from .references import article_references
from .result import Mismatch, Pair, Status
from .textkey import JOB_NUMBER as _JOB_NUMBER  # page furniture, shared with core.flags

#: A number written with digits: thousands grouped by a comma, a point or a (no-break)
#: space, a decimal part after a point or a comma.
_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[,.\u00a0\u202f ]\d{3}(?!\d))*(?:[.,]\d+(?!\d))?")
#: What a count counts, by the kinds of sub-clause it counts: a paragraph numbered or not
#: (one version may number them, the other set them apart by a blank line only).
_KINDS_COUNTED = {(ClauseKind.PARAGRAPH, ClauseKind.UNNUMBERED): ("paragraph", "paragraphs"),
                  (ClauseKind.POINT,): ("point", "points")}


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
    text_moved = (False, False)
    if len(pair.left) == 1 and len(pair.right) == 1:
        # The aligner paired the sub-clauses by their words, which two languages do not
        # share: pair them again by structure.
        sub_pairs, text_moved = _sub_pairs(pair.left[0], pair.right[0])
        children = tuple(_parallel(child, languages) for child in sub_pairs)
    else:
        children = tuple(_parallel(child, languages) for child in pair.children)
    left_name, right_name = name(languages[0]), name(languages[1])
    if not pair.left or not pair.right:
        return replace(pair, children=children, diff=(),
                       mismatches=_missing(pair, left_name, right_name))
    found: list[Mismatch] = []
    left_text = _own_text(pair.left, with_text=not text_moved[0])
    right_text = _own_text(pair.right, with_text=not text_moved[1])
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
    for kinds, (one, many) in _KINDS_COUNTED.items():
        left_count = _count(pair.left, kinds, text_moved[0])
        right_count = _count(pair.right, kinds, text_moved[1])
        if left_count != right_count:
            found.append(Mismatch("count", str(left_count), str(right_count),
                                  f"{left_count} {one if left_count == 1 else many} in "
                                  f"{left_name}, {right_count} in {right_name}", counted=one))
    if any(m.kind == "count" and m.counted == "paragraph" for m in found):
        children = _counted_apart(children)
    return replace(pair, status=Status.PARALLEL, diff=(), children=children,
                   mismatches=tuple(found), renumbered=False)


def _missing(pair: Pair, left_name: str, right_name: str) -> tuple[Mismatch, ...]:
    present, absent = ((left_name, right_name) if pair.left else (right_name, left_name))
    return (Mismatch("missing", ", ".join(pair.left_citations),
                     ", ".join(pair.right_citations),
                     f"in the {present} version only, not in the {absent}"),)


def _counted_apart(children: tuple[Pair, ...]) -> tuple[Pair, ...]:
    """Unnumbered paragraphs in one version only, when the parent already says that the
    versions have not as many paragraphs: which of them is "missing" cannot be told (the
    same words may be cut in more paragraphs), so the count says it and they say nothing."""
    return tuple(replace(child, mismatches=()) if not (child.left and child.right) and all(
        clause.kind is ClauseKind.UNNUMBERED for clause in child.left + child.right) else child
        for child in children)


def _sub_pairs(old: Clause, new: Clause) -> tuple[list[Pair], tuple[bool, bool]]:
    """The sub-clauses of two versions of a clause paired by structure, and on which side
    the clause's own text was set against the other version's paragraphs.

    One version may give an article's words as its own text ("Article X / In order to...")
    and the other in paragraphs ("Статья X / ¶ 1 / ¶ 2"): the text then stands for the
    other's paragraphs, as ``align.text_as_clause`` reads it between two drafts of one
    language. It is paired with all of them when they are all the other's sub-clauses and
    none is numbered (the same words, cut in more paragraphs), else with the first one.
    Not when the version with the text has paragraphs of its own: its text is then an
    opening (or a heading the text layer did not set apart), not the other's paragraph 1."""
    if _has_paragraphs(old) or _has_paragraphs(new):
        return structural_pairs(old.children, new.children), (False, False)
    if old.text and not new.text and new.children:
        pairs = _text_pairs(text_as_clause(old), old.children, new.children, text_left=True)
        return pairs, (True, False)
    if new.text and not old.text and old.children:
        pairs = _text_pairs(text_as_clause(new), new.children, old.children, text_left=False)
        return pairs, (False, True)
    return structural_pairs(old.children, new.children), (False, False)


def _has_paragraphs(clause: Clause) -> bool:
    """Whether the clause has its own text and paragraphs (numbered or not) under it."""
    return bool(clause.text) and any(child.kind in (ClauseKind.PARAGRAPH, ClauseKind.UNNUMBERED)
                                     for child in clause.children)


def _text_pairs(text: Clause, own: tuple[Clause, ...], others: tuple[Clause, ...],
                text_left: bool) -> list[Pair]:
    """``text`` (one version's own text) paired with the other version's first paragraph,
    or all its paragraphs when it has only unnumbered ones and this version nothing else."""
    if not own and all(clause.kind is ClauseKind.UNNUMBERED for clause in others):
        taken, rest = others, ()
    else:
        taken, rest = others[:1], others[1:]
    if text_left:
        first = Pair(left=(text,), right=tuple(taken), status=Status.PARALLEL, basis="position")
        return [first] + structural_pairs(own, rest)
    first = Pair(left=tuple(taken), right=(text,), status=Status.PARALLEL, basis="position")
    return [first] + structural_pairs(rest, own)


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
    return _joined_to_previous(_in_order(lefts, rights, matches))


def _joined_to_previous(pairs: list[Pair]) -> list[Pair]:
    """An unnumbered paragraph of one version only joins the pair of unnumbered paragraphs
    before it: the other version most likely has the same words in fewer paragraphs (the
    French Outer Space Treaty's Article I in two, the English in three), and the checks
    then read the words of both against each other instead of calling one "missing"."""
    out: list[Pair] = []
    for pair in pairs:
        previous = out[-1] if out else None
        if (previous is not None and previous.left and previous.right
                and not (pair.left and pair.right)
                and all(c.kind is ClauseKind.UNNUMBERED
                        for c in previous.left + previous.right + pair.left + pair.right)):
            out[-1] = replace(previous, left=previous.left + pair.left,
                              right=previous.right + pair.right)
            continue
        out.append(pair)
    return out


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


def _own_text(clauses: tuple[Clause, ...], with_text: bool = True) -> str:
    """The heading and own text of the clauses (their sub-clauses are pairs of their own;
    without the text when it was set against the other version's paragraphs), with words
    broken at line ends joined again, so that "ста-тьей 14" cites article 14."""
    text = "\n".join(part for clause in clauses
                     for part in (clause.heading, clause.text if with_text else "") if part)
    return _JOB_NUMBER.sub(" ", _BROKEN_WORD.sub("", text))


def _count(clauses: tuple[Clause, ...], kinds: tuple[ClauseKind, ...], text_moved: bool) -> int:
    """How many sub-clauses of these kinds; an own text that stands for the other version's
    paragraph 1 counts as a paragraph."""
    own = 1 if text_moved and ClauseKind.PARAGRAPH in kinds else 0
    return own + sum(1 for clause in clauses for child in clause.children if child.kind in kinds)


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
