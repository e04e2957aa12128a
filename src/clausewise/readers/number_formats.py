"""Word's number formats (``w:numFmt``): how a counter value is shown in a list number.

Only the formats that appear in treaties and contracts are spelled out; any other format
falls back to decimal, which keeps the sequence right even if the glyphs differ.
"""

from __future__ import annotations

from ..core.numbering import int_to_roman

_LATIN = "abcdefghijklmnopqrstuvwxyz"
# Word's Russian letter numbering skips the letters that are never used as list markers.
_RUSSIAN = "абвгдежзиклмнопрстуфхцчшщэюя"

_ONES = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
_ORDINAL_WORDS = {
    "one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth",
    "nine": "ninth", "twelve": "twelfth",
}


def format_number(value: int, fmt: str) -> str:
    """``value`` as Word shows it in number format ``fmt`` ("decimal", "lowerRoman", ...)."""
    if fmt == "none":
        return ""
    formatter = _FORMATTERS.get(fmt, _decimal)
    return formatter(value)


def _decimal(value: int) -> str:
    return str(value)


def _decimal_zero(value: int) -> str:
    return f"{value:02d}" if 0 <= value < 10 else str(value)


def _roman(value: int) -> str:
    """Upper-case roman numeral; Word falls back to digits outside 1..3999."""
    return int_to_roman(value) if 0 < value < 4000 else str(value)


def _letters(alphabet: str, value: int) -> str:
    """Word's letter numbering: a..z, then aa..zz, then aaa... (the letter repeats)."""
    if value <= 0:
        return str(value)
    repeat, index = divmod(value - 1, len(alphabet))
    return alphabet[index] * (repeat + 1)


def _cardinal_words(value: int) -> str:
    """English words for 0..999 999 ("one hundred twenty-three"), digits beyond."""
    if value < 0 or value >= 1_000_000:
        return str(value)
    if value < 20:
        return _ONES[value]
    if value < 100:
        tens, ones = divmod(value, 10)
        return _TENS[tens] + (f"-{_ONES[ones]}" if ones else "")
    if value < 1000:
        hundreds, rest = divmod(value, 100)
        head = f"{_ONES[hundreds]} hundred"
        return head + (f" {_cardinal_words(rest)}" if rest else "")
    thousands, rest = divmod(value, 1000)
    head = f"{_cardinal_words(thousands)} thousand"
    return head + (f" {_cardinal_words(rest)}" if rest else "")


def _ordinal_words(value: int) -> str:
    """"first", "twenty-second": the last word of the cardinal becomes an ordinal."""
    words = _cardinal_words(value)
    if not words.isascii() or words.isdigit():
        return words
    head, sep, last = words.rpartition(" ")
    head2, sep2, last2 = last.rpartition("-")
    if last2 in _ORDINAL_WORDS:
        tail = _ORDINAL_WORDS[last2]
    elif last2.endswith("y"):
        tail = last2[:-1] + "ieth"
    else:
        tail = last2 + "th"
    return head + sep + head2 + sep2 + tail


def _ordinal(value: int) -> str:
    """1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st ..."""
    if value % 100 in (11, 12, 13):
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")
    return f"{value}{suffix}"


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


_FORMATTERS = {
    "decimal": _decimal,
    "decimalZero": _decimal_zero,
    "upperRoman": _roman,
    "lowerRoman": lambda v: _roman(v).lower(),
    "upperLetter": lambda v: _letters(_LATIN, v).upper(),
    "lowerLetter": lambda v: _letters(_LATIN, v),
    "russianLower": lambda v: _letters(_RUSSIAN, v),
    "russianUpper": lambda v: _letters(_RUSSIAN, v).upper(),
    "ordinal": _ordinal,
    "ordinalText": lambda v: _capitalised(_ordinal_words(v)),
    "cardinalText": lambda v: _capitalised(_cardinal_words(v)),
    "decimalEnclosedParen": lambda v: f"({v})",
    "decimalEnclosedFullstop": lambda v: f"{v}.",
}
