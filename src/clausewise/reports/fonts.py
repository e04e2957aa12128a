"""The bundled fonts, registered with reportlab, and text made safe for its markup.

Every character of a draft must print: DejaVu Sans covers Latin, Greek, Cyrillic, Arabic and
more; for what it lacks (Chinese, Japanese, Korean) a run of text switches to Droid Sans
Fallback. Both are TrueType files in resources/fonts/, embedded (subset) in every PDF, so a
briefing prints the same on a machine with no fonts installed.
"""

from __future__ import annotations

import re
from functools import lru_cache
from xml.sax.saxutils import escape

from ..paths import resource_path
from .options import ReportError

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
FALLBACK = "DroidSansFallback"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    FALLBACK: "DroidSansFallbackFull.ttf",
}

#: Scripts written without spaces between words: their lines may break between characters.
_CJK = re.compile("[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\U00020000-\U0002fa1f]")


@lru_cache(maxsize=1)
def register_fonts() -> dict[str, frozenset[int]]:
    """Registers the bundled fonts once; returns each font's set of code points."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont, TTFError

    coverage: dict[str, frozenset[int]] = {}
    for name, file_name in _FILES.items():
        path = resource_path("fonts", file_name)
        try:
            font = TTFont(name, str(path))
        except (OSError, TTFError) as error:
            raise ReportError(f"the bundled font {file_name} is missing or damaged "
                              f"({error}); reinstall Clausewise") from error
        pdfmetrics.registerFont(font)
        coverage[name] = frozenset(font.face.charToGlyph)
    for bold, italic, name in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, ITALIC), (1, 1, BOLD)):
        addMapping(REGULAR, bold, italic, name)
    return coverage


def markup(text: str) -> str:
    """Plain text as reportlab Paragraph markup that prints exactly that text.

    Escapes < > & (so "<b>" in a clause prints as written), keeps line breaks, and wraps
    each run of characters the main font lacks in the fallback font. Arabic and Hebrew are
    put in visual order before this (rtl.py).
    """
    coverage = register_fonts()
    main, fallback = coverage[REGULAR], coverage[FALLBACK]
    pieces: list[str] = []
    run: list[str] = []
    run_is_fallback = False

    def flush() -> None:
        if run:
            chunk = escape("".join(run))
            pieces.append(f'<font name="{FALLBACK}">{chunk}</font>' if run_is_fallback else chunk)
            run.clear()

    for char in text:
        if char == "\n":
            flush()
            pieces.append("<br/>")
            continue
        code = ord(char)
        needs_fallback = code not in main and code in fallback
        if needs_fallback != run_is_fallback:
            flush()
            run_is_fallback = needs_fallback
        run.append(char)
    flush()
    return "".join(pieces)


def mostly_cjk(text: str) -> bool:
    """True when text is mainly Chinese, Japanese or Korean, written without spaces, so its
    lines must break between characters. A few such words in a Latin or Cyrillic clause do
    not qualify: breaking there would cut the other words in two."""
    letters = sum(1 for char in text if not char.isspace())
    return letters > 0 and len(_CJK.findall(text)) > 0.3 * letters
