"""Which language a draft is written in (``core.langtext`` tells it from a text), and how much
of their vocabulary two drafts share.
"""

from __future__ import annotations

from collections import Counter

from .langtext import _WORD, SAMPLE, detect, script_of
from .model import Document

__all__ = ["NAMES", "SAMPLE", "detect", "document_language", "name", "script_of",
           "shared_words"]


def document_language(document: Document) -> str:
    """The language of a draft, from its text (not its file name): as the segmenter told it
    from the draft's start, else from the text of its clauses."""
    return document.language or detect(_sample(document))


def _sample(document: Document) -> str:
    parts: list[str] = []
    size = 0
    for clause in document.walk():
        for piece in (clause.heading, clause.text):
            if piece:
                parts.append(piece)
                size += len(piece) + 1
        if size >= SAMPLE:
            break
    return "\n".join(parts)


def shared_words(one: Document, other: Document) -> float:
    """How much of their common vocabulary two drafts share: the share of the 100 words
    each uses most (of three letters or more) that the other uses too. Two language versions
    share little beyond names and numbers (under 0.1 on the corpus); two texts in one language
    over 0.3, two drafts of one text over 0.9."""
    def common(document: Document) -> set[str]:
        counted = Counter(word for word in _WORD.findall(_sample(document).casefold())
                          if len(word) >= 3)
        return {word for word, _ in sorted(counted.items(), key=lambda kv: (-kv[1], kv[0]))[:100]}

    first, second = common(one), common(other)
    if not first or not second:
        return 0.0
    return len(first & second) / min(len(first), len(second))


#: The languages' names as the reports and the window print them.
NAMES = {"en": "English", "fr": "French", "es": "Spanish", "de": "German", "it": "Italian",
         "nl": "Dutch", "pt": "Portuguese", "ru": "Russian", "uk": "Ukrainian", "el": "Greek",
         "ar": "Arabic", "zh": "Chinese"}


def name(code: str) -> str:
    return NAMES.get(code, code or "unknown")
