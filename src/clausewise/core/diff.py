"""Word-level diff of one aligned pair: diff-match-patch over word tokens.

Why words and not characters: a reader who sees "refrain" struck and "abstain" inserted
understands the change at once; "re[-fr-]{+ab+}[-ain-]{+stain+}" is character soup. Why not
difflib: diff-match-patch's semantic clean-up makes the edits read as phrases.

The text is cut into tokens (runs of letters or digits, runs of whitespace, single
punctuation marks, cross-reference numbers as one token, and a bracketed alternative or
placeholder as one token: "[shall/should]" -> "shall" reads as the choice it is). Each distinct token *key* is
mapped to one private character, diff-match-patch diffs those strings, and the result is
mapped back to the real tokens. The key applies the options of ``CompareOptions`` (and masks
cross-reference numbers), so "Article 7" -> "Article 9" or "Shall" -> "shall" under
ignore_case never derail the alignment of the words around them.

Bounded and deterministic: diff-match-patch runs without its clock (a time-out would make
the result depend on the machine's load); when the two token strings are long and far apart,
where its pure-Python search would take seconds, rapidfuzz's LCS (in C) finds the edits and
diff-match-patch only cleans them up. Beyond ``_MAX_TOKEN_PRODUCT`` the texts are first
aligned sentence by sentence and only the changed sentences diffed word by word.

The result always rebuilds both texts exactly: the "=" and "-" parts give the old text, the
"=" and "+" parts the new one. A difference that the options ignore therefore still appears
as a small "-"/"+" couple of the token concerned (the pair's *status* ignores it); the diff
never hides what the drafts really say.
"""

from __future__ import annotations

import re
from typing import Iterable

from diff_match_patch import diff_match_patch
from rapidfuzz.distance import Indel

from .result import CompareOptions, DiffOp
from .textkey import CJK, MASK, PUNCT, TYPOGRAPHY, reference_spans

#: A bracketed alternative ("[shall/should]", "[30/60 days]") or placeholder ("[to be
#: inserted]", "[...]", "[TBC]", "[●]") is one token: choosing "shall" then reads as the
#: bracket replaced by the word chosen, not as six characters deleted.
_BRACKET_UNIT = (r"\[(?:[^\[\]\n/]{1,40}/)+[^\[\]\n/]{1,40}\]"
                 r"|\[(?:\.{2,}|…|●|•|_+|[xX]{1,4}|TBC|TBD|tbc|tbd|to be \w+|[Ii]nsert[^\[\]\n]{0,40}"
                 r"|à \w+)\]")
_TOKEN_RE = re.compile(rf"{_BRACKET_UNIT}|[{CJK}]|[^\W{CJK}]+|\s+|[^\w\s]")
#: Equalities of only this many tokens between two edits are folded into the edits, so that
#: "-the old +a new = -fox +dog" reads "-the old fox +a new dog".
_SHORT_EQUALITY_TOKENS = 1

_differ = diff_match_patch()
#: No deadline that a slow or busy machine could reach (diff-match-patch switches its
#: half-match shortcut off at 0, so a deadline stays, out of reach): the cost is bounded by
#: the sizes below instead, and the same texts always give the same diff.
_differ.Diff_Timeout = 1e9
#: Above this many tokens changed, the edits come from rapidfuzz (see ``_edits``).
_MAX_BISECT_CHANGES = 16
#: Equalities of at most this many tokens between two changes are folded into them there.
_LONE = 2
#: Above this product of the two token counts, texts are aligned sentence by sentence first.
_MAX_TOKEN_PRODUCT = 100_000_000
_SENTENCE_RE = re.compile(r"[^\n]*?(?:[.;:!?]\s+|\n|$)")


def diff_words(old: str, new: str, options: CompareOptions | None = None) -> tuple[DiffOp, ...]:
    """The word-level diff of ``old`` into ``new``, as ("=" | "-" | "+", text) operations."""
    if old == new:
        return (("=", old),) if old else ()
    if not old:
        return (("+", new),)
    if not new:
        return (("-", old),)
    options = options or CompareOptions()
    quick = _references_only(old, new)
    if quick is not None:
        return quick
    head, old_middle, new_middle, tail = _common_ends(old, new)
    middle = _diff_tokens(old_middle, new_middle, options)
    return tuple(_merge([("=", head), *middle, ("=", tail)])) if head or tail else middle


def _diff_tokens(old: str, new: str, options: CompareOptions) -> tuple[DiffOp, ...]:
    """diff-match-patch over the tokens of two texts (see the module's docstring)."""
    if not old or not new:
        return (("-", old),) if old else (("+", new),) if new else ()
    old_tokens, old_refs = tokenize(old)
    new_tokens, new_refs = tokenize(new)
    old_chars, new_chars = _encode(old_tokens, old_refs, new_tokens, new_refs, options)
    if old_chars == new_chars:  # only ignored differences, e.g. case under ignore_case
        edits = [(0, old_chars)]
    elif len(old_chars) * len(new_chars) > _MAX_TOKEN_PRODUCT:
        return _diff_by_sentences(old, new, options)
    else:
        edits = _edits(old_chars, new_chars)
    ops = _decode(edits, old_tokens, new_tokens)
    return tuple(_fold_short_equalities(_merge(ops)))


def _edits(old: str, new: str) -> list[tuple[int, str]]:
    """diff-match-patch edits of two code strings, semantically cleaned, at bounded cost.

    diff-match-patch's search costs about the square of the number of tokens changed, in
    Python: beyond ``_MAX_BISECT_CHANGES`` (two language versions, a rewritten article) the
    edits come from rapidfuzz's LCS in C, lone tokens left equal between two edits (a space,
    a comma, "the") are folded into them in one linear pass, and only then does the semantic
    clean-up run, on a short list.
    """
    changed = Indel.distance(old, new)
    if changed <= _MAX_BISECT_CHANGES:
        edits = _differ.diff_main(old, new, False)
    else:
        edits = _fold_lone_equalities(Indel.opcodes(old, new), old, new)
        _differ.diff_cleanupMerge(edits)
    _differ.diff_cleanupSemantic(edits)
    return edits


def _fold_lone_equalities(opcodes, old: str, new: str) -> list[tuple[int, str]]:
    """LCS opcodes as diff-match-patch edits; an equality of at most ``_LONE`` tokens between
    two changes becomes part of both (what the semantic clean-up would do, in linear time)."""
    edits: list[tuple[int, str]] = []
    count = len(opcodes)
    for index, (tag, old_start, old_end, new_start, new_end) in enumerate(opcodes):
        if tag == "equal" and not (0 < index < count - 1 and old_end - old_start <= _LONE):
            edits.append((0, old[old_start:old_end]))
            continue
        if old_end > old_start:
            edits.append((-1, old[old_start:old_end]))
        if new_end > new_start:
            edits.append((1, new[new_start:new_end]))
    return edits


def _diff_by_sentences(old: str, new: str, options: CompareOptions) -> tuple[DiffOp, ...]:
    """Very long texts: sentences (and lines) aligned first, then each changed run of them
    word by word."""
    old_lines = [chunk for chunk in _SENTENCE_RE.findall(old) if chunk]
    new_lines = [chunk for chunk in _SENTENCE_RE.findall(new) if chunk]
    codes: dict[str, str] = {}
    for line in old_lines + new_lines:
        if line not in codes:
            number = 0x100 + len(codes)
            codes[line] = chr(number + 0x800 if number >= 0xD800 else number)
    old_chars = "".join(codes[line] for line in old_lines)
    new_chars = "".join(codes[line] for line in new_lines)
    ops: list[DiffOp] = []
    pending_old: list[str] = []
    pending_new: list[str] = []

    def flush() -> None:
        if pending_old or pending_new:
            old_part, new_part = "".join(pending_old), "".join(pending_new)
            if len(old_part) * len(new_part) <= _MAX_TOKEN_PRODUCT:
                ops.extend(diff_words(old_part, new_part, options))
            else:
                ops.extend((("-", old_part), ("+", new_part)))
            pending_old.clear()
            pending_new.clear()

    for tag, old_start, old_end, new_start, new_end in Indel.opcodes(old_chars, new_chars):
        if tag == "equal":
            flush()
            ops.append(("=", "".join(old_lines[old_start:old_end])))
        else:
            pending_old.extend(old_lines[old_start:old_end])
            pending_new.extend(new_lines[new_start:new_end])
    flush()
    return tuple(_merge(ops))


def _references_only(old: str, new: str) -> tuple[DiffOp, ...] | None:
    """The diff of two texts that differ only in cross-reference numbers, else None.

    After a renumbering, a third of the clauses of a draft differ only so; this path diffs
    them with string slices instead of tokens.
    """
    old_spans, new_spans = reference_spans(old), reference_spans(new)
    if not old_spans or len(old_spans) != len(new_spans):
        return None
    ops: list[DiffOp] = []
    old_at = new_at = 0
    for (old_start, old_end), (new_start, new_end) in zip(old_spans, new_spans):
        between = old[old_at:old_start]
        if between != new[new_at:new_start]:
            return None
        ops.append(("=", between))
        old_ref, new_ref = old[old_start:old_end], new[new_start:new_end]
        if old_ref == new_ref:
            ops.append(("=", old_ref))
        else:
            ops += [("-", old_ref), ("+", new_ref)]
        old_at, new_at = old_end, new_end
    if old[old_at:] != new[new_at:]:
        return None
    ops.append(("=", old[old_at:]))
    return tuple(_merge(ops))


def _common_ends(old: str, new: str) -> tuple[str, str, str, str]:
    """Splits off the text both share at the start and at the end, cut at spaces.

    Most pairs differ in a few words (often a renumbered cross reference), so diffing only
    the middle saves tokenizing whole articles. The cut stays ``_CONTEXT`` characters away
    from the first and last difference, so that "Article 12" -> "Article 13" keeps its word
    "Article" in the middle and is still read as one reference.
    """
    prefix = _common_prefix(old, new)
    cut = old.rfind(" ", 0, max(prefix - _CONTEXT, 0)) + 1
    suffix = _common_prefix(old[::-1], new[::-1])
    suffix = min(suffix, len(old) - cut, len(new) - cut)
    end = old.find(" ", len(old) - suffix + _CONTEXT)
    tail = old[end:] if end != -1 else ""
    if tail and len(new) - len(tail) < cut:
        tail = ""
    return (old[:cut], old[cut:len(old) - len(tail)], new[cut:len(new) - len(tail)], tail)


_CONTEXT = 60


def _common_prefix(a: str, b: str) -> int:
    """Length of the common prefix, by halving (slice comparisons run in C)."""
    low, high = 0, min(len(a), len(b))
    while low < high:
        middle = (low + high + 1) // 2
        if a[low:middle] == b[low:middle]:
            low = middle
        else:
            high = middle - 1
    return low


def tokenize(text: str) -> tuple[list[str], set[int]]:
    """The tokens of ``text``, and which of them are cross-reference numbers.

    Tokens are words, whitespace runs and single punctuation marks; a cross-reference number
    ("7(2)(a)" in "Article 7(2)(a)") is one token.
    """
    tokens: list[str] = []
    references: set[int] = set()
    position = 0
    for start, end in reference_spans(text):
        tokens.extend(_TOKEN_RE.findall(text, position, start))
        references.add(len(tokens))
        tokens.append(text[start:end])
        position = end
    tokens.extend(_TOKEN_RE.findall(text, position))
    return tokens, references


def token_key(token: str, options: CompareOptions) -> str:
    """What the diff compares of a token, given what the options ignore."""
    first = token[0]
    if first.isspace():
        return " " if options.ignore_whitespace else token
    if options.ignore_punctuation and not (first.isalnum() or first == "_"):
        return PUNCT
    if len(token) == 1 or not token.isalnum():  # words hold no quotes, hyphens or spaces
        token = token.translate(TYPOGRAPHY)
    return token.casefold() if options.ignore_case else token


def _encode(old_tokens: list[str], old_refs: set[int], new_tokens: list[str],
            new_refs: set[int], options: CompareOptions) -> tuple[str, str]:
    """Each distinct token key -> one character, as diff-match-patch's linesToChars does.

    Works per distinct token (a third of the tokens), then maps the token lists in C.
    """
    codes: dict[str, str] = {MASK: chr(0x100)}
    table: dict[str, str] = {}
    for token in dict.fromkeys(old_tokens + new_tokens):  # first seen first: no set order
        key = token_key(token, options)
        code = codes.get(key)
        if code is None:
            number = 0x100 + len(codes)
            code = codes[key] = chr(number + 0x800 if number >= 0xD800 else number)
        table[token] = code

    def encoded(tokens: list[str], refs: set[int]) -> str:
        chars = list(map(table.__getitem__, tokens))
        for index in refs:
            chars[index] = codes[MASK]
        return "".join(chars)

    return encoded(old_tokens, old_refs), encoded(new_tokens, new_refs)


def _decode(edits: list[tuple[int, str]], old_tokens: list[str],
            new_tokens: list[str]) -> Iterable[DiffOp]:
    """Back from characters to the real tokens. Equal keys with different text -> "-"/"+"."""
    i = j = 0
    for operation, chars in edits:
        count = len(chars)
        if operation == -1:
            yield "-", "".join(old_tokens[i:i + count])
            i += count
        elif operation == 1:
            yield "+", "".join(new_tokens[j:j + count])
            j += count
        else:
            old_text = "".join(old_tokens[i:i + count])
            if old_text == "".join(new_tokens[j:j + count]):
                yield "=", old_text
                i += count
                j += count
                continue
            olds, news = old_tokens[i:i + count], new_tokens[j:j + count]
            start = 0
            for k in [k for k, (a, b) in enumerate(zip(olds, news)) if a != b]:
                if k > start:
                    yield "=", "".join(olds[start:k])
                yield "-", olds[k]
                yield "+", news[k]
                start = k + 1
            if start < count:
                yield "=", "".join(olds[start:])
            i += count
            j += count


def _merge(ops: Iterable[DiffOp]) -> list[DiffOp]:
    """Joins neighbours: one "=" per equal run; one "-" then one "+" per changed run."""
    merged: list[DiffOp] = []
    deleted: list[str] = []
    inserted: list[str] = []
    equal: list[str] = []

    def flush_changes() -> None:
        if deleted:
            merged.append(("-", "".join(deleted)))
            deleted.clear()
        if inserted:
            merged.append(("+", "".join(inserted)))
            inserted.clear()

    for op, text in ops:
        if not text:
            continue
        if op == "=":
            flush_changes()
            equal.append(text)
            continue
        if equal:
            merged.append(("=", "".join(equal)))
            equal.clear()
        (deleted if op == "-" else inserted).append(text)
    flush_changes()
    if equal:
        merged.append(("=", "".join(equal)))
    return merged


def _fold_short_equalities(ops: list[DiffOp]) -> list[DiffOp]:
    """Folds a lone space (or one short token) between two changes into both of them."""
    if len(ops) < 3:
        return ops
    result: list[DiffOp] = []
    for index, (op, text) in enumerate(ops):
        between_changes = (
            op == "=" and 0 < index < len(ops) - 1
            and ops[index - 1][0] != "=" and ops[index + 1][0] != "="
            and len(_TOKEN_RE.findall(text)) <= _SHORT_EQUALITY_TOKENS
        )
        if between_changes:
            result.append(("-", text))
            result.append(("+", text))
        else:
            result.append((op, text))
    return _merge(result) if len(result) != len(ops) else result
