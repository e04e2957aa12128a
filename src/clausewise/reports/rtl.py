"""Arabic and Hebrew in the PDF: letters joined and written right to left.

reportlab draws characters one after the other, left to right, as stored: Arabic would print
in isolated letter forms and in reverse order. So before text reaches reportlab:

* Arabic letters are *shaped* into their contextual presentation forms (initial, medial,
  final, the lam-alef ligature) with ``arabic_reshaper``, keeping the vowel marks;
* the text is put in *visual order*, one line at a time: lines are cut to the width of the
  column first (a reversed text cannot be wrapped afterwards), then each line is reversed,
  keeping each letter with its marks, keeping numbers and Latin or Cyrillic words in their
  own left-to-right order, and mirroring brackets.

Two cases. A paragraph that is mostly right-to-left (an Arabic clause) is laid out whole
this way and printed right-aligned. A mostly left-to-right paragraph that quotes Arabic or
Hebrew gets each quoted run turned round in place, cut into pieces no wider than a line
and held together with no-break spaces.

This is not the full Unicode bidi algorithm, but it keeps clause texts readable. The Word
exports need none of it: Word and LibreOffice shape and order text themselves.

Text travels here as *tagged runs*, ``(tag, text)`` pairs, so that the change marks of a
diff ("=", "-", "+") stay on the right words when a line is turned round.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Callable, Iterator, Sequence

NO_BREAK_SPACE = "\u00a0"
_MIRROR = str.maketrans("()[]{}<>«»‹›", ")(][}{><»«›‹")
_RTL_LETTERS = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc"
_RTL_LETTER = re.compile(f"[{_RTL_LETTERS}]")
#: A quoted run: right-to-left letters, with what stands between them.
_RUN = re.compile(f"[{_RTL_LETTERS}](?:[{_RTL_LETTERS}0-9 \u00a0.,:;!?%()«»\"'\u200c\u200d-]*"
                  f"[{_RTL_LETTERS}])?")

Measure = Callable[[str], float]
Tagged = list[tuple[str, str]]  # one (tag, character) per character


def has_rtl(text: str) -> bool:
    return _RTL_LETTER.search(text) is not None


def mostly_rtl(text: str) -> bool:
    """True when most letters are Arabic or Hebrew: the paragraph reads right to left."""
    letters = [char for char in text if char.isalpha()]
    rtl = sum(1 for char in letters if _RTL_LETTER.match(char))
    return bool(letters) and rtl > len(letters) / 2


def visual_paragraph(runs: Sequence[tuple[str, str]], measure: Measure | None,
                     width: float | None) -> list[tuple[str, str]]:
    """A right-to-left paragraph as tagged runs in visual order, lines ended by "\\n"."""
    shaped = [(tag, _shape(text)) for tag, text in runs]
    chars: Tagged = [(tag, char) for tag, text in shaped for char in text]
    lines: list[Tagged] = [[]]
    for tag, char in chars:
        if char == "\n":
            lines.append([])
        else:
            lines[-1].append((tag, char))
    visual: Tagged = []
    for number, line in enumerate(lines):
        for piece_number, piece in enumerate(_line_pieces(line, measure, width)):
            if number or piece_number:
                visual.append(("=", "\n"))
            visual.extend(_reversed(piece))
    return _regroup(visual)


def visual_runs(runs: Sequence[tuple[str, str]], measure: Measure | None = None,
                width: float | None = None) -> list[tuple[str, str]]:
    """A left-to-right paragraph with each quoted right-to-left run turned round in place.

    Runs are found in the whole text, across change marks, so a quoted Arabic phrase with
    one word changed still reads right to left as a whole.
    """
    plain = "".join(text for _, text in runs)
    if not has_rtl(plain):
        return list(runs)
    chars: Tagged = [(tag, char) for tag, text in runs for char in text]
    result: Tagged = []
    position = 0
    for match in _RUN.finditer(plain):
        result.extend(chars[position:match.start()])
        shaped = [(tag, char) for tag, text in _regroup(chars[match.start():match.end()])
                  for char in _shape(text)]
        for number, piece in enumerate(_line_pieces(shaped, measure, width)):
            if number:
                result.append((piece[0][0] if piece else "=", " "))
            result.extend((tag, NO_BREAK_SPACE if char == " " else char)
                          for tag, char in _reversed(piece))
        position = match.end()
    result.extend(chars[position:])
    return _regroup(result)


def _line_pieces(chars: Tagged, measure: Measure | None, width: float | None) -> Iterator[Tagged]:
    """The characters cut at spaces into pieces that each fit in ``width``."""
    if measure is None or width is None:
        yield chars
        return
    limit = 0.95 * width  # room for the bold and struck-through variants of the font
    words: list[Tagged] = [[]]
    for tagged in chars:
        if tagged[1] == " ":
            words.append([])
        else:
            words[-1].append(tagged)
    piece: Tagged = []
    piece_text = ""
    for word in words:
        word_text = "".join(char for _, char in word)
        candidate = f"{piece_text} {word_text}" if piece else word_text
        if piece and measure(candidate) > limit:
            yield piece
            piece, piece_text = [], ""
            candidate = word_text
        if piece:
            piece.append((word[0][0] if word else "=", " "))
        piece.extend(word)
        piece_text = candidate
    if piece or not chars:
        yield piece


def _reversed(chars: Tagged) -> Tagged:
    """Visual order of one line: clusters reversed; marks, numbers and LTR words kept whole."""
    clusters: list[Tagged] = []
    for tagged in chars:
        char = tagged[1]
        if clusters and (unicodedata.combining(char) or char in "\u200c\u200d"):
            clusters[-1].append(tagged)
        elif clusters and _continues_ltr(clusters[-1], char):
            clusters[-1].append(tagged)
        else:
            clusters.append([tagged])
    visual: Tagged = []
    for cluster in reversed(_detach_trailing(clusters)):
        if len(cluster) == 1 and not _is_ltr(cluster[0][1]):
            tag, char = cluster[0]
            visual.append((tag, char.translate(_MIRROR)))
        else:
            visual.extend(cluster)
    return visual


def _detach_trailing(clusters: list[Tagged]) -> list[Tagged]:
    """A space or dot after a number or Latin word belongs to the right-to-left text."""
    result: list[Tagged] = []
    for cluster in clusters:
        trailing: list[Tagged] = []
        while len(cluster) > 1 and not _is_ltr(cluster[-1][1]):
            trailing.insert(0, [cluster.pop()])
        result.append(cluster)
        result.extend(trailing)
    return result


def _is_ltr(char: str) -> bool:
    return char.isdigit() or unicodedata.bidirectional(char) == "L"


def _continues_ltr(cluster: Tagged, char: str) -> bool:
    """Whether ``char`` extends a left-to-right cluster (a number, a Latin phrase)."""
    if not _is_ltr(cluster[0][1]):
        return False
    return _is_ltr(char) or char in " .,%:/-'"


def _regroup(chars: Tagged) -> list[tuple[str, str]]:
    runs: list[tuple[str, str]] = []
    for tag, char in chars:
        if runs and runs[-1][0] == tag:
            runs[-1] = (tag, runs[-1][1] + char)
        else:
            runs.append((tag, char))
    return runs


def _shape(text: str) -> str:
    return _reshaper()(text) if has_rtl(text) else text


@lru_cache(maxsize=1)
def _reshaper() -> Callable[[str], str]:
    """arabic_reshaper, keeping vowel marks and only ligatures the bundled font can draw."""
    try:
        from arabic_reshaper import ArabicReshaper
        from arabic_reshaper.ligatures import LIGATURES
    except ImportError:  # without the reshaper, letters print unjoined but in the right order
        return lambda text: text
    from .fonts import REGULAR, register_fonts

    drawable = register_fonts()[REGULAR]
    configuration: dict[str, object] = {"delete_harakat": False, "support_ligatures": True}
    for name, (_, forms) in LIGATURES:
        configuration[name] = all(ord(char) in drawable for form in forms for char in form)
    return ArabicReshaper(configuration=configuration).reshape
