"""Word-level diff of one aligned pair: diff-match-patch over word tokens.

Why words and not characters: a reader who sees "refrain" struck and "abstain" inserted
understands the change at once; "re[-fr-]{+ab+}[-ain-]{+stain+}" is character soup. Why not
difflib: diff-match-patch's semantic clean-up makes the edits read as phrases.

The text is cut into tokens (runs of letters or digits, runs of whitespace, single
punctuation marks, and cross-reference numbers as one token). Each distinct token *key* is
mapped to one private character, diff-match-patch diffs those strings, and the result is
mapped back to the real tokens. The key applies the options of ``CompareOptions`` (and masks
cross-reference numbers), so "Article 7" -> "Article 9" or "Shall" -> "shall" under
ignore_case never derail the alignment of the words around them.

The result always rebuilds both texts exactly: the "=" and "-" parts give the old text, the
"=" and "+" parts the new one. A difference that the options ignore therefore still appears
as a small "-"/"+" couple of the token concerned (the pair's *status* ignores it); the diff
never hides what the drafts really say.
"""

from __future__ import annotations

import re
from typing import Iterable

from diff_match_patch import diff_match_patch

from .compare import CompareOptions, DiffOp
from .textkey import CJK, MASK, PUNCT, reference_spans

_TOKEN_RE = re.compile(rf"[{CJK}]|[^\W{CJK}]+|\s+|[^\w\s]")
#: Equalities of only this many tokens between two edits are folded into the edits, so that
#: "-the old +a new = -fox +dog" reads "-the old fox +a new dog".
_SHORT_EQUALITY_TOKENS = 1

_differ = diff_match_patch()
_differ.Diff_Timeout = 2.0  # seconds per pair; one clause is never near this


def diff_words(old: str, new: str, options: CompareOptions | None = None) -> tuple[DiffOp, ...]:
    """The word-level diff of ``old`` into ``new``, as ("=" | "-" | "+", text) operations."""
    if old == new:
        return (("=", old),) if old else ()
    if not old:
        return (("+", new),)
    if not new:
        return (("-", old),)
    options = options or CompareOptions()
    old_tokens, old_keys = tokenize(old, options)
    new_tokens, new_keys = tokenize(new, options)
    old_chars, new_chars = _encode(old_keys, new_keys)
    edits = _differ.diff_main(old_chars, new_chars, False)
    _differ.diff_cleanupSemantic(edits)
    ops = _decode(edits, old_tokens, new_tokens)
    return tuple(_fold_short_equalities(_merge(ops)))


def tokenize(text: str, options: CompareOptions) -> tuple[list[str], list[str]]:
    """The tokens of ``text`` and their keys.

    Tokens are words, whitespace runs and single punctuation marks; a cross-reference number
    ("7(2)(a)" in "Article 7(2)(a)") is one token, whose key is ``MASK``.
    """
    tokens: list[str] = []
    keys: list[str] = []
    position = 0
    for start, end in reference_spans(text):
        _add_plain(text, position, start, options, tokens, keys)
        tokens.append(text[start:end])
        keys.append(MASK)
        position = end
    _add_plain(text, position, len(text), options, tokens, keys)
    return tokens, keys


def _add_plain(text: str, start: int, end: int, options: CompareOptions,
               tokens: list[str], keys: list[str]) -> None:
    found = _TOKEN_RE.findall(text, start, end)
    tokens.extend(found)
    keys.extend(_token_key(token, options) for token in found)


def _token_key(token: str, options: CompareOptions) -> str:
    first = token[0]
    if first.isspace():
        return " " if options.ignore_whitespace else token
    if options.ignore_punctuation and not (first.isalnum() or first == "_"):
        return PUNCT
    return token.casefold() if options.ignore_case else token


def _encode(old_keys: list[str], new_keys: list[str]) -> tuple[str, str]:
    """Each distinct key -> one character (skipping the surrogate range), as dmp's linesToChars."""
    codes: dict[str, str] = {}

    def code(key: str) -> str:
        found = codes.get(key)
        if found is None:
            number = 0x100 + len(codes)
            if number >= 0xD800:
                number += 0x800
            found = codes[key] = chr(number)
        return found

    return "".join(map(code, old_keys)), "".join(map(code, new_keys))


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
            for old_token, new_token in zip(old_tokens[i:i + count], new_tokens[j:j + count]):
                if old_token == new_token:
                    yield "=", old_token
                else:
                    yield "-", old_token
                    yield "+", new_token
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
