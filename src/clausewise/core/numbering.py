"""Numerals as treaties write them: 4, IV, FOUR, premier, 4 bis, (a), (iv), а).

The segmenter asks two questions of the start of a line: "is this a clause number?" and "what
is its value?". Keeping the numeral grammar here lets the segmenter read as a list of
conventions rather than a thicket of regular expressions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ROMAN_VALUES = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)

_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_ORDINAL_WORDS = {"premier": 1, "1er": 1, "first": 1, "première": 1, "primero": 1}
_SUFFIXES = ("bis", "ter", "quater", "quinquies", "sexies")

_NUMERAL_RE = re.compile(
    r"(?P<digits>\d{1,5})(?P<compound>(?:[.\-]\d{1,3})+\b)?"
    r"(?:\s*(?P<suffix>bis|ter|quater|quinquies|sexies)\b|(?P<letter>[A-Za-z])\b)?"
    r"|(?P<roman>[IVXLCDM]{1,8})(?P<rcompound>-\d{1,3})?\b"
    r"|(?P<lcompound>[A-Z]-\d{1,3})\b"
    r"|(?P<word>[A-Za-zÀ-ÿ]+(?:[- ][A-Za-z]+)?)"
)


def roman_to_int(text: str) -> int | None:
    """The value of a well-formed upper- or lower-case Roman numeral, else None."""
    upper = text.upper()
    if not upper or any(ch not in "IVXLCDM" for ch in upper):
        return None
    value, rest = 0, upper
    for amount, symbol in _ROMAN_VALUES:
        while rest.startswith(symbol):
            value += amount
            rest = rest[len(symbol):]
    if rest or int_to_roman(value) != upper:
        return None  # "IIII" or "VX": not a numeral a drafter would write
    return value


def int_to_roman(value: int) -> str:
    parts = []
    for amount, symbol in _ROMAN_VALUES:
        count, value = divmod(value, amount)
        parts.append(symbol * count)
    return "".join(parts)


def words_to_int(text: str) -> int | None:
    """'FOUR' -> 4, 'twenty-one' -> 21, 'premier' -> 1; None for anything else."""
    word = text.lower().replace(" ", "-")
    if word in _ORDINAL_WORDS:
        return _ORDINAL_WORDS[word]
    if word in _UNITS:
        return _UNITS[word]
    if word in _TENS:
        return _TENS[word]
    tens, _, unit = word.partition("-")
    if tens in _TENS and unit in _UNITS and _UNITS[unit] < 10:
        return _TENS[tens] + _UNITS[unit]
    return None


@dataclass(frozen=True, slots=True)
class Numeral:
    """A clause number found at the start of a heading: how it was written and its value."""

    written: str      # "IV", "4 bis", "FOUR"
    number: str       # normalised: "4", "4bis", "4"
    style: str        # "arabic", "roman", "word", "letter"
    rest: str         # what follows the numeral on the line


def parse_heading_numeral(text: str) -> Numeral | None:
    """Reads the numeral that follows a keyword such as "Article" or "PART".

    Returns None when ``text`` does not start with a numeral. Word numerals are accepted only
    when they are real numbers ("ONE", "Twenty-One", "premier"), so "Article shall" is not an
    article heading.
    """
    match = _NUMERAL_RE.match(text)
    if not match:
        return None
    if match.group("digits"):
        digits = str(int(match.group("digits")))
        suffix = match.group("suffix") or match.group("letter") or ""
        written = match.group(0)
        if suffix == "l":   # "Article 3l": a 1 read as "l" by OCR, not an article "3 l"
            digits, suffix = str(int(match.group("digits") + "1")), ""
            written = digits   # cited as the number it is
        number = digits + (match.group("compound") or "") + suffix.lower()
        return Numeral(written, number, "arabic", text[match.end():])
    if match.group("roman"):
        value = roman_to_int(match.group("roman"))
        if value is None:
            return None
        compound = match.group("rcompound") or ""
        return Numeral(match.group("roman") + compound, str(value) + compound, "roman",
                       text[match.end():])
    if match.group("lcompound"):  # "PART A-1"
        return Numeral(match.group("lcompound"), match.group("lcompound"), "letter",
                       text[match.end():])
    word = match.group("word")
    # Try the two-word compound first ("Twenty One"), then the first word alone.
    for candidate in (word, re.split(r"[- ]", word)[0]):
        value = words_to_int(candidate)
        if value is not None:
            return Numeral(candidate, str(value), "word", text[len(candidate):])
    if len(word) == 1 and word.isalpha() and word.isupper():
        return Numeral(word, word, "letter", text[1:])  # "Annex A"
    return None


# --- paragraph and point markers at the start of a line -------------------------------------

#: "1." "1)" "(1)" "2.1" -- a paragraph number. The dot form must be followed by a space, and
#: the dotted form by a capital, so that "1.5 million" is not a paragraph.
#: A UN report's tag of the body a paragraph concerns may stand glued before its number:
#: "(ALL)1. The rules ...", "(ABS)9. In accordance ..." -- kept at the head of the text.
_PARAGRAPH_RE = re.compile(
    r"^(?P<tag>\([A-Z]{2,8}\)(?=\d))?(?:\((?P<p1>\d{1,3})\)|(?P<p2>\d{1,4})[.)]"
    r"|(?P<p3>\d{1,3}(?:\.\d{1,3})+)\.?(?=\s+[A-ZА-ЯЁ\u201c\"\u2018(\[]))(?:\s+|$)")
#: "(a)" "a)" "(iv)" "iv)" "(а)" "а)" (Cyrillic) -- a point or sub-point; "a. The ..." -- a
#: lettered point one level further down (under "(ii)"), as some treaties number them.
_POINT_RE = re.compile(
    r"^(?:\((?P<q1>[a-zа-я]{1,2}|[ivx]{1,6})\)|(?P<q2>[a-zа-я]|[ivx]{1,6})\)"
    r"|(?P<q3>[a-z])\.(?=\s+[A-Z]))(?:\s+|$)"
)


@dataclass(frozen=True, slots=True)
class Marker:
    """A paragraph or point marker: "(a)" with value "a", at the head of ``rest``."""

    label: str   # as written: "1.", "(a)", "iv)"
    value: str   # "1", "a", "iv"
    level: str   # "paragraph" or "point"
    rest: str


def parse_marker(text: str) -> Marker | None:
    """The paragraph ("1.") or point ("(a)") marker that opens ``text``, if any."""
    match = _PARAGRAPH_RE.match(text)
    if match:
        if match.group("p3"):  # "2.1" in Section 2: the number is cited as written
            value = ".".join(str(int(part)) for part in match.group("p3").split("."))
        else:
            value = str(int(match.group("p1") or match.group("p2")))
        tag = match.group("tag")
        rest = f"{tag} {text[match.end():]}" if tag else text[match.end():]
        return Marker(text[len(tag or ""): match.end()].strip(), value, "paragraph", rest)
    match = _POINT_RE.match(text)
    if match:
        value = match.group("q1") or match.group("q2") or match.group("q3")
        return Marker(text[: match.end()].strip(), value, "point", text[match.end():])
    return None


def is_roman_point(value: str, previous: str | None) -> bool:
    """Whether a point value such as "i" or "v" is a Roman sub-point rather than a letter.

    "(i)" after "(h)" is the ninth letter; "(i)" anywhere else opens a Roman list. Multi-letter
    values made of i, v and x ("ii", "iv") are always Roman.
    """
    if not value or any(ch not in "ivx" for ch in value):
        return False
    if len(value) > 1:
        return True
    if previous is not None and len(previous) == 1 and ord(value) - ord(previous) == 1:
        return False  # h -> i, u -> v, w -> x: the letter sequence continues
    return True
