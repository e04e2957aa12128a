"""What a document's own conventions are, and where one paragraph really holds several.

Two jobs, both run before the segmenter builds its tree:

* ``learn_scheme`` reads the starts of all paragraphs once and finds the document's unit
  words: the known ones it actually uses ("Regulation", "Rule", "Статья") and any other
  capitalised word that recurs with increasing numbers ("Measure 4", "Commitment 7"); and
  whether chapters are numbered "I.", "II." as in UN reports.
* ``Splitter`` cuts a paragraph where a text layer glued several together: a unit heading after
  a finished sentence (``... of the Agreement. Rule 47 Voting thresholds``), a chapter and its
  first section (``II. Organizational matters A. Sessions ...``), a heading and the unit's first
  sentence (``Regulation 14. Previous contracts ... Where the applicant ...``), and numbered
  paragraphs and points run together on one line
  (``1. ... State. 2. Where ...``, ``means: (i) ...; (ii) ...``). Every cut is confirmed by
  the numbering sequence: "2." is cut only after "1.", "(ii)" only after "(i)", "Rule 47" only
  after "Rule 46". What cannot be confirmed stays whole.

Both are linear in the length of the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .headings import looks_like_heading, split_heading
from .numbering import int_to_roman, roman_to_int
from .vocabulary import ANNEX_WORDS, DIVISION_WORDS, FUNCTION_WORDS, NOT_UNIT_WORDS, UNIT_WORDS

#: A capitalised word and a number at the start of a paragraph: "Measure 4", "Rule 12.".
_WORD_NUMBER_RE = re.compile(
    r"^(?P<word>[A-ZÀ-ÖØ-ÞА-ЯЁΑ-Ω][^\W\d_]{1,24}\.?)\s+(?P<num>\d{1,5})"
    r"(?P<rest>(?:[.\-]\d{1,3})*\b\.?)(?=\s|$)")
#: "IV. Title" -- a chapter numbered in Roman numerals, as UN reports number them.
ROMAN_HEAD_RE = re.compile(r"^(?P<num>[IVXLC]{2,7}|[IVX])\.\s+(?=\S)")
#: "B. Title" -- a lettered section inside such a chapter.
LETTER_HEAD_RE = re.compile(r"^(?P<num>[A-Z])\.\s+(?=[A-Z][a-z])")

_SENTENCE_END = (".", ":", ";")
_LEAD_MARKER_RE = re.compile(
    r"^(?:(?P<dot>\d{1,3}\.\d{1,3})(?=\s)|(?P<num>\d{1,4})[.)]|\((?P<pnum>\d{1,3})\)"
    r"|\(?(?P<pt>[a-zа-я]{1,2}|[ivx]{1,6})\))(?=\s|$)")
#: A numbered paragraph ("2."), a dotted one ("2.1"), a point ("(b)") or a point whose mark
#: only closes ("; ii) Tout autre apport ...", as French and Russian texts write them) running
#: on inside a paragraph: one pass finds all four (no two of them can start at the same place,
#: and none can start inside another).
_INLINE_LIST = (r"\s(?:(?P<para>\d{1,4})\.(?=\s+[A-ZА-ЯЁ“\"‘(\[«]|$)"
                r"|(?P<dotted>\d{1,3}\.\d{1,3})(?=\s+[A-ZА-ЯЁ“\"‘(\[«])"
                r"|(?=\([A-Z]{2,8}\)(?P<glued>\d{1,4})\.\s+[A-ZА-ЯЁ])"
                r"|\((?P<point>[a-zа-я]{1,2}|[ivx]{1,6})\)(?=\s+\S)")
_INLINE_LIST_RE = re.compile(_INLINE_LIST + ")")
#: The same with the half points, looked for only after a leading mark (they are tried at
#: every word, so a paragraph without one is spared them).
_INLINE_LIST_HALF_RE = re.compile(_INLINE_LIST + r"|(?P<half>[a-zа-я]|[ivx]{1,6})\)(?=\s+\S))")
#: (An "l" after the digits is a 1 read by OCR: "Article 3l Request to intervene".)
_INLINE_UNIT_RE = re.compile(
    r"\s(?P<word>[A-ZА-ЯЁ][^\W\d_]{1,24})\.?\s+(?P<num>\d{1,5}l?)\b\.?\s+(?=[A-ZА-ЯЁ“\"])")
_INLINE_ROMAN_RE = re.compile(r"\s(?P<num>[IVXL]{1,6})\.\s+(?=[A-Z][a-z])")
_INLINE_LETTER_RE = re.compile(r"\s(?P<num>[A-H])\.\s+(?=[A-Z][a-z])")
#: Words that introduce a cross-reference: "see Rule 5", "under Article 3".
_REFERENCE_WORDS = frozenset({"see", "cf.", "pursuant", "according", "per", "also", "that",
                              "which", "paragraph", "subparagraph", "and/or", "including"})
#: Cheap tests that let most paragraphs skip the cutting, each a short regular expression or
#: a substring test (one combined pattern is slower: it tries every branch at every space).
#: They may say yes too often (the cutting then finds nothing), never too rarely. Paragraphs
#: reach the splitter with single spaces between words (the segmenter normalises every line),
#: so a space stands for any white space; a pattern led by a literal ("." rather than a
#: digit before it) is found by a fast scan instead of being tried at every character.
_MAYBE_UNIT_RE = re.compile(r" [A-ZА-ЯЁ][^\W\d_]+\.? \d{1,5}l?\b\.? [A-ZА-ЯЁ“\"]")
#: " II. Title", " B. Title": a Roman numeral or letter ends just before the dot (whether a
#: space comes before it is left to the cutting, for numerals of two letters and more).
_MAYBE_DIVISION_RE = re.compile(r"\.(?<=\s[IVXLA-H]\.)\s+[A-Z]|\.(?<=[IVXLA-H]{2}\.)\s+[A-Z]")
_FINAL_OPENERS = ("IN WITNESS", "DONE AT", "EN FOI", "FAIT À", "В УДОСТОВЕРЕНИЕ", "СОВЕРШЕНО В")
_AFTER_PUNCTUATION_RE = re.compile(r"[.:;,—–] [(\d]")
#: A heading with the next paragraph glued to it by its tag, as a text export leaves UN
#: reports: "II. Purpose and functions (ALL)2. Under the authority ..." (the tag "(ALL)"
#: says which bodies the paragraph concerns; it goes with the paragraph).
_GLUED_NUMBER_RE = re.compile(r"\)\d{1,4}\. [A-ZА-ЯЁ]")
_HALF_POINT_AFTER_RE = re.compile(r"[.:;,] (?:(?:and|or|et|ou|y|и|или) )?(?:[a-zа-я]|[ivx]{1,6})\) ")
#: The same after a bare "и"/"and" ("... (контрактами) и c) ..."), read only in the few
#: characters before each ") " (a pattern led by a space is tried at every word).
_BARE_AND_POINT_END_RE = re.compile(r" (?:and|or|et|ou|y|и|или) (?:[a-zа-я]|[ivx]{1,6})$")
#: " and (", " или (": found from the " (", then the word before it checked.
_AND_OR_POINT_RE = re.compile(
    r" \((?:(?<=\sand \()|(?<=\sили \()|(?<=\s(?:or|et|ou) \()|(?<=\s[yи] \())")
_END_NUMBER_RE = re.compile(r"\s\d{1,4}\.$")
_DOTTED_RE = re.compile(r"\.(?<=\d\.)\d")  # "2.1": a digit, a dot, a digit
_LEAD_POINT_RE = re.compile(r"\S{1,8} \(")
#: A list of points whose marks only close, opened after a colon inside a paragraph: "...
#: имеют: a) Предприятие ...; b) ..." (Latin or Cyrillic a, or i).
_OPENS_HALF_LIST_RE = re.compile(r":\s(?:[aа]|i)\)\s")
#: A lettered sub-point written with a dot, as under a Roman point: "d. The relevance ...".
_SUB_POINT_RE = re.compile(r"[a-zа-я]\.\s")


def _maybe_heading(text: str, divisions: bool) -> bool:
    """Whether a unit, division or final-clause heading may be glued inside ``text``."""
    if _MAYBE_UNIT_RE.search(text) or (divisions and _MAYBE_DIVISION_RE.search(text)):
        return True
    for opener in _FINAL_OPENERS:
        if opener in text:
            return True
    return False


def _half_point_after_bare_and(text: str) -> bool:
    at = text.find(") ")
    while at != -1:
        if _BARE_AND_POINT_END_RE.search(text, max(0, at - 12), at):
            return True
        at = text.find(") ", at + 2)
    return False


def _maybe_list(text: str) -> bool:
    """Whether numbered paragraphs or points may run on inside ``text``."""
    return bool(_AFTER_PUNCTUATION_RE.search(text)
                or (")" in text and _GLUED_NUMBER_RE.search(text))
                or (") " in text and (_HALF_POINT_AFTER_RE.search(text)
                                      or _half_point_after_bare_and(text)))
                or (" (" in text and (_AND_OR_POINT_RE.search(text) or _LEAD_POINT_RE.match(text)))
                or (text.endswith(".") and _END_NUMBER_RE.search(text, max(0, len(text) - 8)))
                or _DOTTED_RE.search(text))


#: Final clauses glued to the last article: "... in force. IN WITNESS WHEREOF the ..."
_INLINE_FINAL_RE = re.compile(r"(?<=[.:;]) (?=(?:IN WITNESS WHEREOF|DONE AT|EN FOI DE QUOI"
                              r"|FAIT À|В УДОСТОВЕРЕНИЕ ЧЕГО|СОВЕРШЕНО В)\b)")
_AND_OR_RE = re.compile(r"[;,]\s*(?:and|or|et|ou|y|и|или)$")
#: The same with no comma, trusted only before a mark that closes alone ("... и c) ..."):
#: "(b) and (c)" with both brackets is as often a cross-reference.
_BARE_AND_RE = re.compile(r"\s(?:and|or|et|ou|y|и|или)$")


class Readings:
    """What the paragraphs of one draft say from their text alone, and what those of the
    draft read before said.

    Two drafts of a treaty share most of their paragraphs word for word, and what a text
    alone says (the splitter's cheap tests, the segmenter's classification) is the same in
    both: the second draft looks most of its paragraphs up instead of reading them again.
    A reading depends on nothing but its text and the document's conventions
    (``Scheme.conventions``), so the draft before is consulted only when its conventions
    were the same. Only the last draft is kept (``keep_readings``): the memory held is that
    of one draft's texts. One table per question, by text: a lookup and a store in C.
    """

    __slots__ = ("conventions", "headings", "lists", "events", "classified",
                 "headings_before", "lists_before", "events_before", "classified_before")

    def __init__(self, conventions: tuple, before: "Readings | None" = None) -> None:
        self.conventions = conventions
        #: text -> where a heading may be glued inside it, False where none may be
        self.headings: dict[str, tuple | bool] = {}
        #: text -> (its leading marker, whether it opens with a sub-point "d. ", whether
        #: numbered paragraphs or points may run on inside it)
        self.lists: dict[str, tuple[re.Match | None, bool, bool]] = {}
        #: (half points looked for, text) -> the marks that may run on inside the text
        self.events: dict[tuple[bool, str], tuple[tuple[int, str, str], ...]] = {}
        #: text -> the segmenter's classification (a block's fields, the text after a heading)
        self.classified: dict[str, tuple[tuple, str]] = {}
        same = before is not None and before.conventions == conventions
        self.headings_before = before.headings if same else {}
        self.lists_before = before.lists if same else {}
        self.events_before = before.events if same else {}
        self.classified_before = before.classified if same else {}


#: The last draft's readings (see ``Readings``); replaced whole, never changed in place, so
#: that two drafts segmented at once on two threads only miss each other's.
_LAST_READINGS = Readings(())


def readings_for(scheme: "Scheme") -> Readings:
    """A table for a draft with these conventions, which reads on from the last draft's."""
    return Readings(scheme.conventions(), _LAST_READINGS)


def keep_readings(readings: Readings) -> None:
    """This draft's readings become the ones the next draft reads on from."""
    global _LAST_READINGS
    _LAST_READINGS = readings


def forget_readings() -> None:
    """Drops the last draft's readings: the next draft is read from scratch (benchmarks
    time a pair as a user first opens it)."""
    keep_readings(Readings(()))


@dataclass
class Scheme:
    """A document's own conventions, learned from the starts of its paragraphs."""

    #: lower-case unit word -> citation keyword, for the unit words the document uses.
    unit_words: dict[str, str] = field(default_factory=dict)
    #: how many headings each unit word opens, in first-seen order (for the outline).
    unit_counts: dict[str, int] = field(default_factory=dict)
    #: unit words learned from the document that no list knows ("Measure").
    learned: tuple[str, ...] = ()
    #: chapters numbered "I.", "II." (UN reports): "I. Introduction" is a chapter heading.
    roman_chapters: bool = False

    def conventions(self) -> tuple:
        """What a reading of one paragraph may depend on: the unit words (in a fixed order)
        and the chapter style."""
        return (tuple(sorted(self.unit_words.items())), self.roman_chapters)


def learn_scheme(texts: list[str]) -> Scheme:
    """Finds the unit words and chapter style of a document from its paragraphs' starts."""
    scheme = Scheme()
    candidates: dict[str, list[int]] = {}
    romans: list[int] = []
    for text in texts:
        if not text:
            continue  # a blank line
        match = _WORD_NUMBER_RE.match(text)
        if match:
            word = match.group("word").lower()
            bare = word.rstrip(".")
            tail = text[match.end():].strip()
            if word in UNIT_WORDS or bare in UNIT_WORDS:
                if _heading_tail(tail):
                    keyword = UNIT_WORDS.get(word) or UNIT_WORDS[bare]
                    scheme.unit_words.setdefault(bare, keyword)
                    scheme.unit_counts[keyword] = scheme.unit_counts.get(keyword, 0) + 1
            elif (bare not in DIVISION_WORDS and bare not in ANNEX_WORDS
                  and bare not in NOT_UNIT_WORDS and _heading_tail(tail)):
                candidates.setdefault(match.group("word").rstrip("."), []).append(
                    int(match.group("num")))
            continue
        roman = ROMAN_HEAD_RE.match(text)
        if roman:
            value = roman_to_int(roman.group("num"))
            if value is not None and _heading_tail(text[roman.end():]):
                romans.append(value)
    learned = []
    for word, numbers in candidates.items():  # insertion order: document order
        steps = sum(1 for a, b in zip(numbers, numbers[1:]) if b == a + 1 or b == 1)
        if len(numbers) >= 3 and steps >= 0.7 * (len(numbers) - 1):
            scheme.unit_words[word.lower()] = word
            scheme.unit_counts[word] = len(numbers)
            learned.append(word)
    scheme.learned = tuple(learned)

    scheme.roman_chapters = len(romans) >= 2 and sum(
        1 for a, b in zip(romans, romans[1:]) if b == a + 1) >= 1
    return scheme


def _heading_tail(tail: str) -> bool:
    """What follows "Rule 12" reads as a heading, or a heading and a sentence."""
    if not tail:
        return True
    if tail[0] in ".:-–—":
        tail = tail[1:].strip()
        if not tail:
            return True
    return bool(tail[:1]) and (tail[0].isupper() or tail[0] in "(“\"[«") and (
        looks_like_heading(tail) or split_heading(tail) is not None)


class Splitter:
    """Cuts glued paragraphs apart, keeping the numbering state across the document."""

    def __init__(self, scheme: Scheme, readings: Readings | None = None) -> None:
        self.scheme = scheme
        self.readings = readings if readings is not None else Readings(scheme.conventions())
        self.last_unit: dict[str, int] = {}   # unit keyword -> last number seen
        self.last_roman = 0
        self.last_letter = ""
        self.last_para = 0                    # the open unit's last paragraph number
        #: The last Roman point ("ii)", "(ii)") of the open list: a line of lettered
        #: sub-points under it ("d. ...; iii) ...") may carry the list's next one.
        self.last_roman_point = ""
        #: The open unit's last dotted paragraph ("1.1"): a point of it may carry the next
        #: one run on ("(c) ... adopted by the Authority. 1.2 Terms and phrases ...").
        self.last_dotted = ""

    # Unit and division headings ---------------------------------------------------------

    def split_headings(self, text: str) -> list[str]:
        """A paragraph cut where a unit or division heading was glued into it."""
        self._observe(text)
        readings = self.readings
        candidates = readings.headings_before.get(text)
        if candidates is None:
            candidates = self._heading_candidates(text)
        readings.headings[text] = candidates
        if candidates is False:
            return [text]
        out: list[str] = []
        start = 0
        for position, what, match in candidates:
            if position <= start:
                continue
            before = text[start:position].rstrip()
            after_heading = self._is_division_head(before)
            sentence_end = before.endswith(_SENTENCE_END)
            if what == "unit":
                keyword = self._keyword(match.group("word"))
                if keyword is None:
                    continue
                number = int(match.group("num").replace("l", "1"))
                last = self.last_unit.get(keyword, 0)
                # After a chapter head any later number; after a finished sentence the next
                # one or the one after (a rule the text layer lost); mid-sentence only the
                # very next, and never after "of", "with", "under"...
                previous_word = before.rsplit(" ", 1)[-1].lower() if before else ""
                if not ((after_heading and number > last)
                        or (sentence_end and last < number <= last + 2)
                        or (number == last + 1 and previous_word
                            and previous_word not in FUNCTION_WORDS
                            and previous_word not in _REFERENCE_WORDS)):
                    continue
            elif what == "final":
                pass  # the lookbehind already asks for a finished sentence
            elif not (sentence_end or after_heading):
                continue
            elif what == "roman":
                if roman_to_int(match.group("num")) != self.last_roman + 1 or self.last_roman == 0:
                    continue
            elif what == "letter":
                expected = chr(ord(self.last_letter) + 1) if self.last_letter else "A"
                if match.group("num") != expected or (expected == "A" and not after_heading):
                    continue
            out.append(text[start:position].strip())
            start = position + 1
            self._observe(text[start:])
        out.append(text[start:].strip())
        return [piece for piece in out if piece]

    def _heading_candidates(self, text: str) -> tuple[tuple[int, str, re.Match], ...] | bool:
        """Where a unit, division or final-clause heading may start inside ``text``, in
        order; False when a cheap test rules every one out. From the text alone (and the
        chapter style): whether one is cut there depends on the numbering so far."""
        roman_chapters = self.scheme.roman_chapters
        if not _maybe_heading(text, roman_chapters):
            return False
        return tuple(sorted(
            [(m.start(), "unit", m) for m in _INLINE_UNIT_RE.finditer(text)]
            + ([(m.start(), "roman", m) for m in _INLINE_ROMAN_RE.finditer(text)]
               + [(m.start(), "letter", m) for m in _INLINE_LETTER_RE.finditer(text)]
               if roman_chapters else [])
            + [(m.start(), "final", m) for m in _INLINE_FINAL_RE.finditer(text)],
            key=lambda item: item[0]))

    def _keyword(self, word: str) -> str | None:
        """The citation keyword of a unit word, known to the lists or learned."""
        bare = word.lower()
        return self.scheme.unit_words.get(bare) or UNIT_WORDS.get(bare)

    def _is_division_head(self, text: str) -> bool:
        """ "II. Organizational matters" or "I. Scope and definitions": a chapter head alone."""
        roman = ROMAN_HEAD_RE.match(text) if self.scheme.roman_chapters else None
        return bool(roman) and looks_like_heading(text[roman.end():])

    def _observe(self, text: str) -> None:
        """Keeps the numbering state: the last unit number per keyword, chapter, section."""
        match = _WORD_NUMBER_RE.match(text)
        if match:
            word = match.group("word").rstrip(".")
            keyword = self._keyword(word)
            if keyword is not None:
                self.last_unit[keyword] = int(match.group("num"))
                self.last_para = 0
                self.last_dotted = ""
            return
        if not self.scheme.roman_chapters:
            return
        roman = ROMAN_HEAD_RE.match(text)
        if roman:
            value = roman_to_int(roman.group("num"))
            if value is not None:
                if value == 1 or value <= self.last_roman:
                    self.last_unit.clear()  # a new annex numbers its rules again
                self.last_roman = value
                self.last_letter = ""
            return
        letter = LETTER_HEAD_RE.match(text)
        if letter:
            self.last_letter = letter.group("num")

    # Numbered paragraphs and points run together --------------------------------------

    def split_lists(self, text: str) -> list[str]:
        """A paragraph cut where numbered paragraphs or points run on in it."""
        readings = self.readings
        known = readings.lists_before.get(text)
        if known is None:
            found = _LEAD_MARKER_RE.match(text)
            known = (found, found is None and _SUB_POINT_RE.match(text) is not None,
                     _maybe_list(text))
        readings.lists[text] = known
        lead, sub_point, maybe = known
        prior_para = self.last_para   # before a leading number that may head a subsection
        lead_number = lead and (lead.group("num") or lead.group("pnum"))
        if lead_number:
            self.last_para = int(lead_number)
            self.last_roman_point = ""
        # "d. The relevance of ...; iii) The exchange of ...": the last lettered sub-point
        # of point (ii) with points (iii) and (iv) run on after it (French, Russian).
        carried = self.last_roman_point if sub_point else ""
        if not maybe:
            self._keep_roman(lead, "")
            return [text]
        if lead and lead.group("dot"):
            self.last_dotted = lead.group("dot")
        elif lead_number:
            self.last_dotted = ""
        next_dotted = _next_dotted(self.last_dotted) if self.last_dotted else ""
        first_dotted = f"{lead.group('num')}.1" if lead and lead.group("num") else ""
        letter, roman = "", carried
        if lead and lead.group("pt"):
            value = lead.group("pt")
            if _opens_roman(value):
                roman = value
            else:
                letter = value
        out: list[str] = []
        start = 0
        runs_on = (_INLINE_LIST_HALF_RE if (lead is not None and not text.startswith("("))
                   or carried or _OPENS_HALF_LIST_RE.search(text) else _INLINE_LIST_RE)
        key = (runs_on is _INLINE_LIST_HALF_RE, text)
        events = readings.events_before.get(key)
        if events is None:
            events = tuple([(m.start(), "point" if m.lastgroup == "half" else m.lastgroup,
                             m.group(m.lastgroup)) for m in runs_on.finditer(text)])
        readings.events[key] = events
        # "(5) (a) ..." : a marker right after the leading marker opens a point at once.
        for position, what, found in events:
            if position < start:
                continue
            before = text[start:position].rstrip()
            if what == "glued":
                # "... Purpose and functions (ALL)2. Under ...": the next paragraph, glued to
                # a heading by its tag; next after the last paragraph, or after the one before
                # a numbered subsection heading ("1. Eligibility criteria (ALL)8. ...")
                value = int(found)
                if not ((self.last_para and value == self.last_para + 1)
                        or (prior_para and value == prior_para + 1 and len(before) <= 200)):
                    continue
                self.last_para = value
                letter = roman = ""
                out.append(text[start:position].strip())
                start = position
                continue
            if what == "para":
                value = int(found)
                if not ((self.last_para and value == self.last_para + 1
                         and before.endswith(_SENTENCE_END))
                        or (not self.last_para and value == 1 and before.endswith(":"))
                        or (not self.last_para and value == 2 and before.endswith(".")
                            and _numbered_after(events, position, 3))):
                    # (the third: "... under their jurisdiction. 2. States shall ... 3. Such
                    # laws ...": a text export lost the "1." of the unit's first paragraph)
                    continue
                self.last_para = value
                letter = roman = ""
            elif what == "dotted":
                # "1. Scope 1.1 The present rules ... 1.2 ...": paragraph 1's first
                # sub-paragraph may follow its title; the next ones follow a sentence.
                if found == first_dotted:
                    next_dotted, first_dotted = first_dotted, ""
                if not (next_dotted and found == next_dotted
                        and (before.endswith(_SENTENCE_END) or next_dotted.endswith(".1"))):
                    continue
                self.last_dotted = found
                next_dotted = _next_dotted(next_dotted)
                letter = roman = ""
            else:
                value = found
                kind = self._point_kind(value, letter, roman)
                if kind is None:
                    continue
                opens = (before.endswith((":", "—", "–")) or _LEAD_MARKER_RE.fullmatch(before)
                         is not None)
                follows = (before.endswith((";", ",", ".")) or _AND_OR_RE.search(before)
                           or (text[position + 1:position + 2] != "("   # "b) ... и c) ..."
                               and _BARE_AND_RE.search(before)))
                if kind == "letter":
                    if not ((value in ("a", "а") and opens) or (letter and follows)):
                        continue
                    letter, roman = value, ""
                else:
                    if not ((value == "i" and opens) or ((roman or letter) and follows)):
                        continue
                    roman, letter = value, ""
            out.append(text[start:position].strip())
            start = position + 1
        out.append(text[start:].strip())
        self._keep_roman(lead, roman if len(out) > 1 else "")
        return [piece for piece in out if piece]

    def _keep_roman(self, lead: re.Match | None, roman: str) -> None:
        """Remembers the open list's last Roman point: the one this paragraph's cuts ended on
        (``roman``), or its own leading one; a new lettered point closes the list."""
        if roman:
            self.last_roman_point = roman
            return
        value = lead.group("pt") if lead else None
        if value is not None:
            self.last_roman_point = value if _opens_roman(value) else ""

    @staticmethod
    def _point_kind(value: str, letter: str, roman: str) -> str | None:
        """Whether "(value)" continues the letter list, the Roman list, or neither."""
        if roman:
            expected = int_to_roman(roman_to_int(roman) + 1).lower() if roman_to_int(roman) else ""
            if value == expected:
                return "roman"
        if value == "i" and letter != "h":
            return "roman"
        if letter in ("v", "x") and value == int_to_roman(roman_to_int(letter) + 1).lower():
            return "roman"   # "v) ...; vi) ...": the v was a Roman five
        if len(value) == 1:
            expected = chr(ord(letter) + 1) if letter else value if value in "aа" else "a"
            if value == expected:
                return "letter"
        return None


def _opens_roman(value: str) -> bool:
    """Whether a leading point mark is Roman: "ii", "iv", or "i" (any other single letter,
    "v" or "x" included, is read as a letter until the list says otherwise)."""
    return all(ch in "ivx" for ch in value) and (len(value) > 1 or value == "i")


def _numbered_after(events: tuple[tuple[int, str, str], ...], position: int, value: int) -> bool:
    """Whether paragraph ``value`` runs on later in the same text than ``position``."""
    return any(where > position and what == "para" and found == str(value)
               for where, what, found in events)


def _next_dotted(number: str) -> str:
    """ "2.1" -> "2.2": the next dotted paragraph of the same section."""
    head, _, last = number.rpartition(".")
    return f"{head}.{int(last) + 1}"
