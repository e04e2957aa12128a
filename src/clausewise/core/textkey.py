"""What counts as a change: the comparison key of a clause's text.

Two texts that differ only in what the reader told the engine to ignore have the same key:
cross-reference numbers ("Article 7", "paragraph 2(a)", "Annex II", "статьи 5", "第四条")
always, and case, punctuation or whitespace when ``CompareOptions`` says so. The aligner
hashes and scores keys; the differ uses the same rules token by token, so the status of a
pair and the colours of its diff agree.

Only cross-reference *numbers* are masked: "within 30 days" -> "within 60 days" is a real
change, "Article 7" -> "Article 9" after a renumbering is not. Typographic variants of a mark
(curly and straight quotes) and the spelling of a compound with or without its hyphen
("co-operate" / "cooperate") are no change either; accents are ("régime" / "regime").
"""

from __future__ import annotations

import re
from functools import lru_cache

#: Stands for a masked cross-reference number in keys (a private-use character, so it never
#: collides with real text).
MASK = "\ue000"
#: Stands for any punctuation token when punctuation is ignored.
PUNCT = "\ue001"

#: Words that introduce a cross reference, written with single characters, ``[...]`` classes
#: and the quantifiers ``?`` and ``*`` only, so that ``_reversed`` can turn them around.
_REF_WORDS = (
    # English
    "articles?", r"arts?\.", "paragraphs?", r"paras?\.", "subparagraphs?", "sub-paragraphs?",
    "points?", "recitals?", "annex", "annexes", "protocols?", "appendix", "appendices",
    "chapters?", "parts?", "sections?", "schedules?", "clauses?", "subclauses?", "rules?",
    "regulations?",
    "items?", "titles?",
    # French, Spanish, Italian, German
    "paragraphes?", "alinéas?", "annexes?", "appendices?", "chapitres?", "considérants?",
    "règles?", "artículos?", "apartados?", "párrafos?", "anexos?", "capítulos?", "articol[oi]",
    "paragraf[oi]", "allegat[oi]", "artikel[ns]?", "absatz", "absätze", "anhang", "anhänge",
    "kapitel", "nummer",
    # Russian (every case, by the stem), Greek
    "стать[а-яё]*", "пункт[а-яё]*", "подпункт[а-яё]*", "приложени[а-яё]*", "глав[а-яё]*",
    "раздел[а-яё]*", "част[а-яё]*", "протокол[а-яё]*", "правил[а-яё]*", "добавлени[а-яё]*",
    "άρθρ[α-ωάέήίόύώ]*", "παράγραφ[α-ωάέήίόύώ]*", "παράρτημ[α-ωάέήίόύώ]*",
    "κεφάλαι[α-ωάέήίόύώ]*", "μέρ[α-ωάέήίόύώ]*",
    # Arabic
    "المادة", "المواد", "مادة", "الفقرة", "الفقرات", "فقرة", "الملحق", "ملحق", "الفصل", "البند",
    "بند",
)
_JOINERS = ("and", "or", "to", "et", "ou", "à", "y", "o", "a", "und", "oder", "bis", "и",
            "или", "по", "και", "ή", "έως", "و")
_ATOM_RE = re.compile(r"(\[[^\]]+\]|\\.|[^\[\\])([?*]?)")


def _reversed(word_pattern: str) -> str:
    """The pattern of the word spelled backwards ("articles?" -> "s?elcitra")."""
    atoms = _ATOM_RE.findall(word_pattern)
    return "".join(atom + quantifier for atom, quantifier in reversed(atoms))


# The engine masks references in the *reversed* text: there the pattern starts with the number
# (a digit, ")" or a capital), which the regex engine finds quickly, instead of trying a long
# case-insensitive list of words at every position. This is several times faster on 1 MB.
_NUMBER_REVERSED = r"(?:\)[a-z0-9]{1,6}\()*(?:\d+|\)[a-z0-9]{1,6}\(|[IVXLCDM]{1,7}|[A-Z])"
_JOINER_REVERSED = (r"(?:\s*[,–-]\s*|\s+(?:" + "|".join(_reversed(j) for j in _JOINERS)
                    + r")\s+)")
# The first number is written from its first character on, which the pattern consumes at
# once: a pattern that starts with a character class lets the regex engine skip in C to the
# next digit, ")" or capital, instead of trying the pattern at every character (3x faster).
# Then, by that character: the rest of "(a)" (and any numbers before it), of "12", of a
# Roman "IV", or nothing for a single capital; the same matches, tried in the same order.
_FIRST_NUMBER_REVERSED = (
    r"[0-9)A-Z](?<!\w[\s\S])"  # ...not inside a word
    rf"(?:(?<=\))[a-z0-9]{{1,6}}\((?:{_NUMBER_REVERSED})?|(?<=[0-9])\d*"
    r"|(?<=[IVXLCDM])[IVXLCDM]{0,6}|(?<=[A-Z]))")
_REF_REVERSED_RE = re.compile(
    rf"{_FIRST_NUMBER_REVERSED}(?:{_JOINER_REVERSED}{_NUMBER_REVERSED})*"
    rf"(?P<word>(?:\s+|(?<=[0-9(]))(?i:{'|'.join(_reversed(w) for w in _REF_WORDS)}))(?!\w)"
)
_ZH_REF_RE = re.compile(r"第[〇零一二三四五六七八九十百千0-9]+(?=[条款项章节编])")

#: Page furniture a text export leaves inside a paragraph: a page number and a UN job
#: number ("6 12-57345"), or the job number alone ("12-57345 (E)"). Not the instrument's
#: numbers: parallel reading (``core.parallel``) and the substantive flags (``core.flags``)
#: both pass over it. The date stamp after it is part of it ("24-18832 (E) 051224"), and so
#: is a page's number after it ("12-57345 41").
JOB_NUMBER = re.compile(r"(?:\b\d{1,3}\s+)?\b\d{2}-\d{5}\b(?:\s*\(\w\)(?:\s+\d{6}\b)?)?"
                        r"(?:\s+\d{1,3}\b(?![.,:/]?\d|/|\s+(?:per|%|days?|months?|years?)\b))?")

_PUNCTUATION_RE = re.compile(rf"[^\w\s{MASK}]+")
#: Chinese and Japanese write no spaces: each ideograph or kana is a word of its own.
CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_WORD_RE = re.compile(rf"[{CJK}]|[^\W{CJK}]+|{MASK}|[^\w\s]")


#: The letter "l" read for the digit "1" by an OCR'd text layer, where only a digit can stand:
#: before a digit or a "(", after a digit, or alone after "paragraph" / "article" / "section"
#: ("paragraph l(b)", "article l4", "paragraph l shall").
_OCR_ONE_RE = re.compile(r"(?<![^\W_])l(?=\d|\()|(?<=\d)l(?![^\W_])|(?<=graph )l(?![^\W_])"
                         r"|(?<=ticle )l(?![^\W_])|(?<=ction )l(?![^\W_])")


#: Where the full pattern may match: an "l" before a digit or "(", after a digit, or after
#: "graph ", "ticle ", "ction ". Led by the literal "l", so one quick scan.
_OCR_HINT = re.compile(r"l(?:[\d(]|(?<=[0-9]l)|(?<=graph l)|(?<=ticle l)|(?<=ction l))")


def fold_ocr_digits(text: str) -> str:
    """``text`` with an OCR's "l" for "1" read as the digit (same length, so positions hold):
    an editing slip of the text layer is no change of wording or of a cross-reference."""
    if _OCR_HINT.search(text):
        return _OCR_ONE_RE.sub("1", text)
    return text  # nearly every text: one quick scan instead of the full pattern


def mask_references(text: str) -> str:
    """The text with every cross-reference number replaced by ``MASK``.

    "subject to Article 7(2)(a) and Annex II" -> "subject to Article \ue000 and Annex \ue000";
    "Articles 4 and 5" -> "Articles \ue000"; "第四条" -> "第\ue000条".
    """
    return _masked(text, _spans(text))


def _masked(text: str, spans: tuple[tuple[int, int], ...]) -> str:
    """``text`` with each of these (start, end) spans, in order and apart, made ``MASK``."""
    if not spans:
        return text
    parts = []
    last = 0
    for start, end in spans:
        parts.append(text[last:start])
        parts.append(MASK)
        last = end
    parts.append(text[last:])
    return "".join(parts)


def _spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where the cross-reference numbers stand in ``text`` as it is (no OCR folding)."""
    size = len(text)
    spans = [(size - match.start("word"), size - match.start())
             for match in _REF_REVERSED_RE.finditer(text[::-1])]
    spans.reverse()
    if "第" in text:
        spans.extend((m.start() + 1, m.end()) for m in _ZH_REF_RE.finditer(text))
        spans.sort()
    return tuple(spans)


def reference_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where the cross-reference numbers stand in ``text``: (start, end) in reading order."""
    return folded_reference_spans(fold_ocr_digits(text))


@lru_cache(maxsize=1 << 15)
def folded_reference_spans(folded: str) -> tuple[tuple[int, int], ...]:
    """``reference_spans`` of a text already OCR-folded (``fold_ocr_digits``).

    Remembered for the last few tens of thousands of texts (the texts of a comparison of
    two 5 MB drafts): the comparison key, the differ, its shortcut for renumbered references
    and the reference check all ask about the same clause texts, and each is scanned once.
    """
    return _spans(folded)


#: Typographic variants of the same mark, which one edition sets and another does not:
#: curly and straight quotes, the non-breaking and the plain hyphen, the no-break space.
#: Never a change of the text (the diff still shows them, as a change it ignores).
TYPOGRAPHY = str.maketrans({"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"',
                            "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'",
                            "\u2010": "-", "\u2011": "-", "\u00a0": " ", "\u202f": " "})
#: The same as (mark, plain) pairs: a replacement per mark found is many times faster on a
#: long text than ``str.translate``, which looks every character up in the table.
_TYPOGRAPHY_PAIRS = tuple((chr(mark), plain) for mark, plain in TYPOGRAPHY.items())


#: Any of those marks: one scan tells whether a text needs the replacements at all.
_TYPOGRAPHY_RE = re.compile("[" + "".join(mark for mark, _ in _TYPOGRAPHY_PAIRS) + "]")


def plain_typography(text: str) -> str:
    """``text`` with every typographic variant of a mark made plain (``TYPOGRAPHY``)."""
    if not _TYPOGRAPHY_RE.search(text):
        return text
    for mark, plain in _TYPOGRAPHY_PAIRS:
        if mark in text:
            text = text.replace(mark, plain)
    return text
#: A hyphen between two letters inside a word: "co-operate" and "cooperate", "sea-bed" and
#: "seabed" are spellings of one word, not a change of wording (the diff still shows them).
#: Accents are kept: in French "régime" and "regime" are not the same word.
#: "Sea-Bed" is "Seabed" too: the capital after the hyphen of a lower-case first part goes.
_COMPOUND_HYPHEN_RE = re.compile(r"-([^\W\d_])")  # led by the hyphen: a fast scan


def _join_compound(match: re.Match[str]) -> str:
    start = match.start()
    before = match.string[start - 1] if start else ""
    if not before.isalpha():
        return match.group(0)  # "1-3", " -word": not a compound
    letter = match.group(1)
    if letter.isupper() and before.islower():
        return letter.lower()
    return letter




def text_key(text: str, ignore_case: bool = False, ignore_punctuation: bool = False,
             ignore_whitespace: bool = True) -> str:
    """The comparison key of one text: equal keys mean "no change" for the reader."""
    # the masked numbers of the OCR-folded text, from the same remembered scan as the
    # reference check's
    folded = fold_ocr_digits(text)
    key = plain_typography(_masked(folded, folded_reference_spans(folded)))
    if "-" in key:
        key = _COMPOUND_HYPHEN_RE.sub(_join_compound, key)
    if ignore_punctuation:
        key = _PUNCTUATION_RE.sub("", key)
    if ignore_whitespace and not _single_spaced(key):
        # (most texts come single-spaced from the segmenter; a heading is joined to its
        # text by a line break, which is then the only white space to make a space)
        spaced = key.replace("\n", " ") if "\n" in key else ""
        key = spaced if spaced and _single_spaced(spaced) else " ".join(key.split())
    if ignore_case:
        key = key.casefold()
    return key


def _single_spaced(text: str) -> bool:
    """Whether ``" ".join(text.split())`` is ``text`` itself: its only white space is single
    spaces between words (every other white space character is unprintable)."""
    return text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " "


def key_words(key: str) -> list[str]:
    """The words (and single punctuation marks) of a key: the units of similarity."""
    return _WORD_RE.findall(key)

