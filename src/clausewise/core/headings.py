"""Telling a heading from the first sentence when a text layer puts both on one line.

PDF text layers and exports often give ``Regulation 14. Previous contracts with the Authority
Where the applicant ...`` or ``Article 1 Use of terms and scope 1. For the purposes ...`` on
one line. ``split_heading`` finds where the heading ends: at the unit's first paragraph number,
at a footnote rule, or at the first capitalised word that opens a sentence (after a lower-case
heading word, or a word that typically opens a legal sentence). When nothing tells them apart
it answers None, and the caller keeps the text whole rather than guess.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .vocabulary import (CLAUSE_OPENERS, FUNCTION_WORDS, HEADING_NOUNS, SENTENCE_OPENERS,
                         VERBS_AFTER_SUBJECT)

#: Longest heading, in words and characters.
MAX_HEADING_WORDS = 28
_TERMINAL = (".", ";", ",", ":", "!", "?")
_FOOTNOTE_RULE = re.compile(r"_{5,}")


def looks_like_heading(text: str, max_words: int = MAX_HEADING_WORDS) -> bool:
    """A short line that starts like a title and does not end like a sentence."""
    text = text.strip()
    if not text or len(text) > max_words * 8 or text.endswith(_TERMINAL):
        return False
    first = text[0]
    if not (first.isupper() or first in "(“\"'[«–—-" or first.isdigit()):
        return False
    words = text.split()
    return len(words) <= max_words and words[-1].lower() not in FUNCTION_WORDS


#: "1." / "1)" / "(1)" / "2.1" after a space; the lookahead in front lets the regex engine skip
#: to the next digit or bracket instead of trying every branch at every character.
_FIRST_MARKER_RE = re.compile(
    r"(?=[\d(])(?:(?<=[\s)])1[.)](?:\s+(?=[^\s\d])|$)|(?<=\s)\(1\)\s+(?=\S)"
    r"|(?<=\s)(?P<unit>\d{1,3})\.1\s+(?=\S))")
#: How an adjective before "States" or "Parties" ends ("Coastal", "Archipelagic",
#: "Developing", "Land-locked", "Contiguous"): the two are one subject, not a one-word heading
#: and a sentence.
_ADJECTIVE_ENDINGS = ("al", "ic", "ing", "ed", "ous", "ive", "ian")
#: A heading is never longer than this: the first paragraph number is looked for within it.
_MARKER_WINDOW = 400


def first_marker_at(tail: str, unit_number: str = "") -> int:
    """Where the unit's first numbered paragraph starts inside ``tail`` ("... scope 1. For"),
    or -1. ``unit_number`` lets "2.1" open Section 2."""
    for match in _FIRST_MARKER_RE.finditer(tail[:_MARKER_WINDOW]):
        if match.group("unit") is None or match.group("unit") == unit_number:
            return match.start()
    ocr = _OCR_FIRST_MARKER_RE.search(tail, 0, _MARKER_WINDOW)
    if ocr and _SECOND_MARKER_RE.search(tail, ocr.end()):
        return ocr.start()  # "... liability l. Parties ... 2. Any": an OCR's "l" for the "1"
    return -1


#: An OCR'd "1." read as "l." before the first paragraph's sentence; taken for the first
#: paragraph's number only when a paragraph "2." follows.
_OCR_FIRST_MARKER_RE = re.compile(r"(?<=\s)l\.\s+(?=[A-Z])")
_SECOND_MARKER_RE = re.compile(r"(?<=[.;:]\s)2\.\s+(?=[A-Z])")


@lru_cache(maxsize=8192)
def split_heading(tail: str, unit_number: str = "") -> tuple[str, str] | None:
    """(heading, rest) for the text after a unit's number; rest may be empty.

    None when the two cannot be told apart: the caller keeps the whole text as the unit's
    text, with no heading. Remembered: the segmenter asks about the same heading lines when
    it learns the document's conventions and when it reads them, and two drafts share most.
    """
    tail = tail.strip()
    if not tail:
        return "", ""
    rule = _FOOTNOTE_RULE.search(tail) if "_____" in tail else None
    if rule and rule.start() > 0 and looks_like_heading(tail[: rule.start()]):
        return tail[: rule.start()].strip(), tail[rule.end():].strip()
    marker = first_marker_at(tail, unit_number)
    if marker > 0 and looks_like_heading(tail[:marker], max_words=45):
        body = tail[marker:].strip()
        if body.startswith("l."):
            body = "1" + body[1:]  # the paragraph's number as it is (see ``first_marker_at``)
        return tail[:marker].strip(), body
    if looks_like_heading(tail):
        return tail, ""
    # Only the first words can end a heading: the rest of a long paragraph stays in one piece
    # (words[k + 1] is read for k up to MAX_HEADING_WORDS).
    words = tail.split(" ", MAX_HEADING_WORDS + 2)
    if words[0] in CLAUSE_OPENERS:
        return None  # "In the case of disagreement ..., the coastal State shall": a sentence
    for k in range(1, min(len(words) - 1, MAX_HEADING_WORDS + 1)):
        if _sentence_starts_at(words, k):
            heading, rest = " ".join(words[:k]), " ".join(words[k:])
            if looks_like_heading(heading) and len(rest) >= 12:
                return heading, rest
    return None


def _sentence_starts_at(words: list[str], k: int) -> bool:
    word, prev = words[k], words[k - 1]
    if not word or not word[0].isupper() or not prev:
        return False
    bare_prev = prev.strip("“”\"'()[]").lower()
    if bare_prev in FUNCTION_WORDS or prev.endswith(("-", ",", "’s", "'s")):
        return False
    if word in SENTENCE_OPENERS:
        return True
    if k >= 1 and word.lower() == words[0].lower() and len(word) > 3:
        return True  # "Roadsteads Roadsteads which are ..."
    nxt = words[k + 1].rstrip(",;:") if k + 1 < len(words) else ""
    if word in HEADING_NOUNS:  # "... of authorized activities Parties shall, ..."
        if k == 1 and prev.lower().endswith(_ADJECTIVE_ENDINGS):
            return False  # "Coastal States shall ...", "Developing States may ...": one subject
        return nxt in VERBS_AFTER_SUBJECT
    # A capitalised word after a lower-case one: a new sentence only if what comes before
    # is short and has no comma, as headings are; languages that capitalise nouns inside a
    # sentence ("в соответствии с целями настоящего Договора, государства — участники
    # Договора будут ...") would otherwise lose their first sentence to a "heading".
    if k > 8 or any(w.endswith((",", ";", "—")) or w in ("—", "–") for w in words[:k]):
        return False
    return prev[0].islower() and any(ch.islower() for ch in word[1:])
