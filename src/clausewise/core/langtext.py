"""Which language a text is in: by its script, then by its commonest short words.

No model and nothing to download: a treaty's body text is long and regular, so counting the
letters of each script, and for Latin script the function words of each language, is enough
to tell English, French, Spanish, German, Italian, Dutch and Portuguese apart, and Russian,
Greek, Arabic and Chinese by their scripts. The answer is an ISO 639-1 code, or "" when the
text is too short or mixed to say.

Text only, at the bottom of the engine: the segmenter asks it which words to cite a draft's
preamble and final clauses in; ``core.language`` asks it about a whole draft.
"""

from __future__ import annotations

import re
from collections import Counter

#: How much of a draft is looked at (its body text, from the start): plenty for a language.
SAMPLE = 20_000

#: Function words that are frequent in one language and rare in the others (lower case).
_STOP_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset("the of and to shall be or by for with any such this that which as in "
                    "under".split()),
    "fr": frozenset("le la les des du de et en aux au est sont une dans par pour sur qui "
                    "ou présent présente".split()),
    "es": frozenset("el la los las del de y en por para con que una presente sobre "
                    "cualquier".split()),
    "de": frozenset("der die das und des dem den zu im ist sind nicht mit eine einer "
                    "diesem dieses".split()),
    "it": frozenset("il lo la gli le del della dei delle e di in per con che una sono "
                    "presente".split()),
    "nl": frozenset("de het een en van in op te voor met zijn door dit deze".split()),
    "pt": frozenset("os do da dos das em por para com uma presente não".split()),
}

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def script_of(char: str) -> str:
    """The script of a letter: latin, cyrillic, greek, arabic, han, or ""."""
    code = ord(char)
    if char.isascii():
        return "latin" if char.isalpha() else ""
    if 0x00C0 <= code <= 0x024F:
        return "latin"
    if 0x0400 <= code <= 0x052F:
        return "cyrillic"
    if 0x0370 <= code <= 0x03FF or 0x1F00 <= code <= 0x1FFF:
        return "greek"
    if 0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F or 0xFB50 <= code <= 0xFEFF:
        return "arabic"
    if 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF:
        return "han"
    return ""


_SCRIPT_LANGUAGE = {"cyrillic": "ru", "greek": "el", "arabic": "ar", "han": "zh"}


def detect(text: str, min_words: int = 60) -> str:
    """The language of ``text`` (ISO 639-1), or "" if it cannot be told. A Latin-script text
    of fewer than ``min_words`` words is not told at all (two drafts are read as two
    languages only on firm ground); the segmenter, choosing citation words, asks with less."""
    sample = text[:SAMPLE]
    counts: dict[str, int] = {}
    # Each distinct character is looked at once (a draft uses a few hundred), with its count.
    for char, count in Counter(sample).items():
        if char.isalpha():
            script = script_of(char)
            if script:
                counts[script] = counts.get(script, 0) + count
    letters = sum(counts.values())
    if letters < 40:
        return ""
    script = max(sorted(counts), key=lambda name: counts[name])
    if counts[script] < 0.6 * letters:
        return ""
    if script != "latin":
        if script == "cyrillic" and re.search(r"[іїєґ]", sample):
            return "uk"
        return _SCRIPT_LANGUAGE[script]
    found = _WORD.findall(sample.casefold())
    words = len(found)
    seen = Counter(found)
    scores = {language: sum(seen[word] for word in sorted(stop))
              for language, stop in _STOP_WORDS.items()}
    best = max(sorted(scores), key=lambda language: scores[language])
    ranked = sorted(scores.values(), reverse=True)
    # Latin-script languages share many short words: say nothing on little text or a near
    # tie (two drafts would otherwise be read as two languages on a whim).
    if words < min_words or ranked[0] < 0.1 * words or ranked[0] < 1.5 * ranked[1]:
        return ""
    return best
