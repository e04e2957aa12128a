"""Plain lines -> a tree of clauses, following the conventions of real treaties.

The segmenter works in two passes:

1. ``_blocks`` turns the reader's lines into *blocks*: one per paragraph, with hard-wrapped
   plain-text lines joined, each block classified once (article heading, part heading,
   numbered paragraph, point, final clauses, signature, plain text).
2. ``_Builder`` walks the blocks with a small state machine (title -> preamble -> body ->
   final clauses -> signature -> annexes) and a stack of open clauses, and builds the frozen
   ``Clause`` tree.

Conventions it knows: "Article 1", "Article I", "ARTICLE ONE", "Art. 1", "Article premier",
"Статья 1", "Article 4 bis"; Part / Chapter / Section / Annex / Protocol / Appendix headings
(English and Russian); paragraphs "1.", "1)", "(1)"; points "(a)", "a)", "а)"; sub-points
"(i)"; the preamble (parties, recitals, "Have agreed as follows:"); "Done at ..." and
"For the ...:". A text with none of these falls back to paragraphs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .gcpause import no_cyclic_gc
from .langtext import SAMPLE, detect
from .headings import looks_like_heading, split_heading
from .model import Clause, ClauseKind, Document, SourceText, built_clause, built_span
from .numbering import (Marker, Numeral, is_roman_point, parse_heading_numeral, parse_marker,
                        roman_to_int)
from .structure import (LETTER_HEAD_RE, ROMAN_HEAD_RE, Readings, Scheme, Splitter,
                        keep_readings, learn_scheme, readings_for)
from .vocabulary import (ANNEX_WORDS, DIVISION_WORDS, SECTION_WORDS, SUBSECTION_WORDS, UNIT_WORDS,
                         citation_words)


@dataclass(frozen=True)
class SegmentConfig:
    """Limits of the heuristics; the defaults suit treaties and agreements."""

    #: A line after "Article 4" is its heading only if it is at most this long.
    max_heading_chars: int = 160
    #: Join hard-wrapped lines of plain text into paragraphs.
    join_wrapped_lines: bool = True


# --- classification of one block --------------------------------------------------------------

#: Parts hold chapters, chapters hold sections: a division closes those of its rank and below.
_DIVISION_RANK = {ClauseKind.PART: 0, ClauseKind.CHAPTER: 1, ClauseKind.SECTION: 2}
#: Kinds whose number is optional ("ANNEX", "PROTOCOL" alone are headings too).
_NUMBER_OPTIONAL = {ClauseKind.ANNEX, ClauseKind.PROTOCOL, ClauseKind.APPENDIX}
_KEYWORD_RE = re.compile(r"^(?P<kw>[^\W\d_]+\.?)(?:\s+|(?=\d)|$)")
_SEPARATOR_RE = re.compile(r"^\s*[.:\-–—)]?\s*")
#: A unit's first numbered paragraph: "1. The", "(1) Each".
_FIRST_PARAGRAPH_RE = re.compile(r"(?:1\.|\(1\))\s+[A-ZА-ЯЁÀ-Þ“\"«(]")
#: A first point opening a numbered paragraph's text ("4. (a) For the purposes ..."), as a
#: Markdown list item whose text is its first point gives it.
_FIRST_POINT_RE = re.compile(r"\(?(?:a|i|а)\)\s+\S")
_FINAL_RE = re.compile(
    r"^(done\s+(at|in|on)\b|in\s+witness\s+whereof\b|совершено\s+в\b|в\s+удостоверение\s+чего\b"
    r"|fait\s+(à|en)\b|hecho\s+en\b|en\s+foi\s+de\s+quoi\b|en\s+testimonio\s+de\s+lo\s+cual\b"
    r"|zu\s+urkund\s+dessen\b|geschehen\s+zu\b|ten\s+blijke\s+waarvan\b|gedaan\s+te\b)",
    re.IGNORECASE,
)
_SIGNATURE_RE = re.compile(r"^(for|за|pour|por)\s+\S.{0,120}:?$", re.IGNORECASE)
_CLOSING_WORDS_RE = re.compile(
    r"(agreed\s+as\s+follows|agree\s+as\s+follows|following\s+understanding|have\s+agreed"
    r"|согласились\s+о\s+(нижеследующем|следующем)|договорились\s+о\s+(нижеследующем|следующем)"
    r"|sont\s+convenu(?:e)?s)",
    re.IGNORECASE,
)
_RECITAL_OPENER_WORDS = (
    r"(prompted|recogni[sz]ing|reaffirming|affirming|determined|mindful|noting|desiring|desirous|"
    r"considering|convinced|acknowledging|bearing\s+in\s+mind|welcoming|emphasi[sz]ing|"
    r"taking\s+into\s+(account|consideration)|guided\s+by|aware|conscious|stressing|recalling|"
    r"having\s+regard|wishing|committed|concerned|seeking|believing|expressing|underlining|"
    r"признавая|подтверждая|будучи|принимая\s+во\s+внимание|отмечая|желая|руководствуясь|"
    r"стремясь|исходя\s+из|учитывая|сознавая|напоминая|выражая|приветствуя|considérant|"
    r"reconnaissant|réaffirmant|aspiring|alarmed|urging|reiterating|highlighting|rappelant|"
    r"soulignant|conscient(?:e)?s?|désireu(?:x|ses)|résolu(?:e)?s?|convaincu(?:e)?s?|notant|"
    r"affirmant|tenant\s+compte|ayant\s+à\s+l.esprit|aspirant|respecting|respectant|"
    r"respectueu(?:x|ses)|constatant|attaché(?:e)?s?|"
    r"подчеркивая|подчёркивая|ссылаясь|осознавая|уважая|считая|памятуя|заявляя|констатируя|"
    r"преисполненные)\b")
_RECITAL_OPENERS_RE = re.compile("^" + _RECITAL_OPENER_WORDS, re.IGNORECASE)
#: The same, where a recital begins inside a paragraph (``_recital_pieces``).
_RECITAL_OPENER_AT_RE = re.compile(_RECITAL_OPENER_WORDS, re.IGNORECASE)
_TERMINAL_PUNCTUATION = (".", ";", ":", ",", "!", "?")


@dataclass(slots=True)
class Block:
    """One paragraph of the draft, classified."""

    kind: str                 # "article", "container", "marker", "final", "text"
    text: str                 # the text without its label or number
    start: int                # first source line
    end: int                  # one past the last source line
    label: str = ""           # "Article 4", "PART II", "(a)"
    number: str = ""          # "4", "2", "a"
    keyword: str = ""         # citation keyword: "Article", "Part", "Статья"
    numeral_style: str = ""   # "arabic", "roman", "word", "letter"
    shown_number: str = ""    # the number as the citation shows it: "IV", "4 bis", "4"
    clause_kind: ClauseKind | None = None
    marker: Marker | None = None
    heading_level: int | None = None
    new_block: bool = True    # preceded by a blank line (or from a format with no blank lines)
    raw: str = ""             # the paragraph as read, label included
    word: str = ""            # the heading word as written, lower case ("section", "rule")
    known: tuple["Block", str] | None = None  # the first pass's classification of ``raw``


@dataclass(frozen=True, slots=True)
class _Heading:
    """A heading found at the start of a paragraph, and the text glued after it."""

    keyword: str
    kind: ClauseKind | None          # None for a unit (article, regulation, rule...)
    numeral: Numeral | None
    heading: str
    rest: str                        # the unit's first sentence when it shared the line
    word: str


def _keyword_heading(text: str, scheme: Scheme) -> _Heading | None:
    """Reads "Article 4 - Title" / "PART II" / "Regulation 13. Title First sentence ..." at
    the start of a line. None when the line is prose that happens to start with such a word.
    """
    match = _KEYWORD_RE.match(text)
    if not match or not text[0].isupper():  # "regulation 19." wrapped from a sentence
        return None
    word = match.group("kw").lower()
    bare = word.rstrip(".")
    rest = text[match.end():]
    if word in UNIT_WORDS or bare in UNIT_WORDS or bare in scheme.unit_words:
        keyword = UNIT_WORDS.get(word) or UNIT_WORDS.get(bare) or scheme.unit_words[bare]
        kind = None
    elif bare in DIVISION_WORDS:
        kind, keyword = DIVISION_WORDS[bare]
    elif bare in ANNEX_WORDS:
        kind, keyword = ANNEX_WORDS[bare]
    else:
        return None
    numeral = parse_heading_numeral(rest) if rest else None
    if numeral is None:
        if kind not in _NUMBER_OPTIONAL or (rest and not rest.strip()[:1].isupper()):
            return None
        tail = rest
    else:
        tail = numeral.rest
    separator = _SEPARATOR_RE.match(tail)
    had_separator = bool(separator and separator.group(0).strip())
    tail = tail[separator.end():].strip() if separator else tail.strip()
    if not tail:
        return _Heading(keyword, kind, numeral, "", "", bare)
    if kind is None and numeral is not None and _FIRST_PARAGRAPH_RE.match(tail):
        # "Article 2 1. The Commission shall ... 2. The initial election ...": a unit with no
        # title whose first paragraph shares its line (no sentence goes on "Article 2 1.").
        return _Heading(keyword, kind, numeral, "", tail, bare)
    if not had_separator and not (tail[0].isupper() or tail[0] in "(–—-[“\"«"):
        return None  # "Article 5 shall apply ..." is prose, not a heading
    found = split_heading(tail, numeral.number if numeral else "")
    if found is None:
        if kind is None or kind in _NUMBER_OPTIONAL:
            return _Heading(keyword, kind, numeral, "", tail, bare)  # unsure: keep text whole
        return None
    heading, body = found
    return _Heading(keyword, kind, numeral, heading, body, bare)


def _division_heading(text: str, scheme: Scheme) -> _Heading | None:
    """ "IV. Attendance" (a chapter) and "B. Sessions" (its section), as UN reports number them."""
    if not scheme.roman_chapters:
        return None
    for pattern, kind, keyword, style in ((ROMAN_HEAD_RE, ClauseKind.CHAPTER, "Chapter", "roman"),
                                          (LETTER_HEAD_RE, ClauseKind.SECTION, "Section", "letter")):
        match = pattern.match(text)
        if not match:
            continue
        written = match.group("num")
        value = roman_to_int(written) if style == "roman" else written
        if value is None:
            return None
        found = split_heading(text[match.end():])
        if not found or not found[0]:
            return None
        numeral = Numeral(written, str(value), style, "")
        return _Heading(keyword, kind, numeral, found[0], found[1], keyword.lower())
    return None


def _classify(text: str, auto_number: str | None, start: int, end: int,
              scheme: Scheme) -> tuple[Block, str]:
    """Classifies one paragraph; returns the block and any text glued after its heading.

    ``auto_number`` is Word's automatic number, if any.
    """
    if auto_number:
        found = _keyword_heading(auto_number.strip(), scheme)
        if found:
            found = _Heading(found.keyword, found.kind, found.numeral, text.strip() or found.heading,
                             "", found.word)
            return _heading_block(found, auto_number.strip(), start, end), ""
        marker = parse_marker(auto_number.strip() + " ")
        if marker:
            if _FIRST_POINT_RE.match(text.lstrip()) and marker.level == "paragraph":
                # "4." holding "(a) For the purposes ...": paragraph 4 opens with point (a)
                return Block("marker", "", start, end, label=marker.label,
                             number=marker.value, marker=marker, raw=auto_number), text.strip()
            return Block("marker", text.strip(), start, end, label=marker.label,
                         number=marker.value, marker=marker, raw=text), ""
        text = f"{auto_number.strip()} {text}".strip()
    found = _keyword_heading(text, scheme) or _division_heading(text, scheme)
    if found:
        written = text[: len(text) - len(found.rest)] if found.rest else text
        return _heading_block(found, written, start, end), found.rest
    marker = parse_marker(text)
    if marker:
        return Block("marker", marker.rest.strip(), start, end, label=marker.label,
                     number=marker.value, marker=marker, raw=text), ""
    if _FINAL_RE.match(text):
        return Block("final", text, start, end, raw=text), ""
    return Block("text", text, start, end, raw=text), ""


def _classify_known(text: str, start: int, end: int, scheme: Scheme,
                    readings: Readings) -> tuple[Block, str]:
    """``_classify`` of a paragraph with no automatic number, looked up when the draft read
    before had the same text (see ``Readings``); a new block either way, as blocks change."""
    known = readings.classified_before.get(text)
    if known is None:
        block, rest = _classify(text, None, start, end, scheme)
        readings.classified[text] = ((block.kind, block.text, block.label, block.number,
                                      block.keyword, block.numeral_style, block.shown_number,
                                      block.clause_kind, block.marker, block.raw, block.word),
                                     rest)
        return block, rest
    readings.classified[text] = known
    (kind, body, label, number, keyword, style, shown, clause_kind, marker, raw,
     word), rest = known
    return Block(kind, body, start, end, label, number, keyword, style, shown, clause_kind,
                 marker, None, True, raw, word), rest


def _heading_block(found: _Heading, written: str, start: int, end: int) -> Block:
    numeral = found.numeral
    heading = found.heading
    written = written.strip()
    label = written[: written.rfind(heading)] if heading and heading in written else written
    if numeral is None:
        number, style, shown = "", "", ""
    else:
        number, style = numeral.number, numeral.style
        # How the citation shows the number: Roman and "4 bis" as written, words as digits.
        shown = {"roman": numeral.written.upper(), "arabic": " ".join(numeral.written.split()),
                 "letter": numeral.written}.get(style, number)
    return Block("article" if found.kind is None else "container", heading, start, end,
                 label=label.strip().rstrip(" .:-–—"), number=number, keyword=found.keyword,
                 numeral_style=style, clause_kind=found.kind, shown_number=shown, raw=written,
                 word=found.word)


def _blocks(source: SourceText, config: SegmentConfig) -> tuple[list[Block], Scheme]:
    """Classified paragraphs: hard-wrapped plain-text lines joined, glued ones cut apart."""
    plain = source.format == "txt" and config.join_wrapped_lines
    texts = [_normal_spaces(line.text) for line in source.lines]
    scheme = learn_scheme(texts)
    paragraphs: list[Block] = []
    blank_before = True
    for index, line in enumerate(source.lines):
        text = texts[index]
        if not text and not line.number:
            blank_before = True
            continue
        previous = paragraphs[-1] if paragraphs else None
        if plain and previous is not None and blank_before and _broken_at_blank(previous, text):
            blank_before = False   # "... referred to in" / blank / "regulation 9 (b) shall"
        if plain and previous is not None and not blank_before:
            if previous.kind == "pending":  # joining needs to know what the line above was
                previous.known = _classify(previous.raw, None, previous.start, previous.end,
                                           scheme)
                previous.kind, previous.text = previous.known[0].kind, previous.known[0].text
            if _continues(previous, text):
                previous.text = f"{previous.text} {text}"
                previous.raw = f"{previous.raw} {text}"
                previous.end = index + 1
                previous.known = None
                continue
        block = Block("pending" if plain else "text", text, index, index + 1)
        block.raw = text
        block.heading_level = line.heading_level
        block.new_block = blank_before or not plain
        block.label = line.number or ""  # the automatic number, kept for the second pass
        paragraphs.append(block)
        blank_before = False
    splitter = Splitter(scheme, readings_for(scheme))
    blocks: list[Block] = []
    for paragraph in paragraphs:
        auto = paragraph.label or None
        pieces = [paragraph.raw] if auto else splitter.split_headings(paragraph.raw)
        known = paragraph.known if len(pieces) == 1 else None
        for position, piece in enumerate(pieces):
            _emit(blocks, piece, auto if position == 0 else None, paragraph, splitter, scheme,
                  first=position == 0, known=known)
    _tags_to_their_paragraphs(blocks)
    keep_readings(splitter.readings)
    return blocks, scheme


#: A UN report's tag of the bodies a paragraph concerns, left at the end of the heading
#: before it by a text export: "I. Relationship with the rules ... Parties (ALL)".
_TRAILING_TAG_RE = re.compile(r"\s(\([A-Z]{2,8}\))$")


def _tags_to_their_paragraphs(blocks: list[Block]) -> None:
    """Gives a heading's trailing tag back to the numbered paragraph after it, as the PDF
    prints it ("(ALL)1. The rules ..."): the heading then reads as in every edition."""
    for block, after in zip(blocks, blocks[1:]):
        if block.kind != "container" or after.kind != "marker" or after.marker is None:
            continue
        found = _TRAILING_TAG_RE.search(block.text)
        if found and after.marker.level == "paragraph" and not after.text.startswith("("):
            block.text = block.text[:found.start()]
            after.text = f"{found.group(1)} {after.text}"


def _emit(blocks: list[Block], text: str, auto: str | None, paragraph: Block,
          splitter: Splitter, scheme: Scheme, first: bool,
          known: tuple[Block, str] | None = None) -> None:
    """Classifies one piece of a paragraph, cutting off the sentence glued to a heading and
    numbered paragraphs or points run together on one line. ``known`` is the classification
    the first pass already made of this very text, if any."""
    if known is not None:
        block, rest = known
    elif auto:
        block, rest = _classify(text, auto, paragraph.start, paragraph.end, scheme)
    else:
        block, rest = _classify_known(text, paragraph.start, paragraph.end, scheme,
                                      splitter.readings)
    if block.kind in ("marker", "text") and not auto:
        parts = splitter.split_lists(text)
        if len(parts) > 1:
            for index, part in enumerate(parts):
                piece, _ = _classify_known(part, paragraph.start, paragraph.end, scheme,
                                           splitter.readings)
                _place(blocks, piece, paragraph, first and index == 0)
            return
    _place(blocks, block, paragraph, first)
    if rest:
        _emit(blocks, rest, None, paragraph, splitter, scheme, first=False)


def _place(blocks: list[Block], block: Block, paragraph: Block, first: bool) -> None:
    block.heading_level = paragraph.heading_level if first else None
    block.new_block = paragraph.new_block if first else False
    blocks.append(block)


#: Invisible characters that text layers put between a number and its text ("1.\u2060 \u2060The"):
#: zero-width space, word joiner, byte order mark. (Zero-width joiners shape Arabic and Indic
#: scripts and are kept.)
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u2060\ufeff"), None)


def _normal_spaces(text: str) -> str:
    """One space between words, and no invisible characters."""
    if (text.isprintable() and "  " not in text and not text.startswith(" ")
            and not text.endswith(" ")):
        # Most lines: every white space but " " and every invisible character is
        # unprintable, so there is nothing to change (one scan in C instead of a split).
        return text
    if "\u200b" in text or "\u2060" in text or "\ufeff" in text:
        text = text.translate(_INVISIBLE)
    return " ".join(text.split())


def _broken_at_blank(previous: Block, text: str) -> bool:
    """Whether a blank line (a page break of the export) cut a sentence in two: the
    paragraph before stops mid-sentence and this one goes on in lower case, not as a point
    ("а) ...") nor as a heading could."""
    before = previous.raw or previous.text
    return (len(before) >= 40 and before[-1:].isalpha() and before[-1:].islower()
            and text[:1].islower() and not parse_marker(text)
            and not _RECITAL_OPENERS_RE.match(text))


def _continues(previous: Block, text: str) -> bool:
    """Whether a plain-text line is the hard-wrapped continuation of the previous paragraph."""
    if previous.kind not in ("text", "marker", "final") or not previous.text:
        return False
    if previous.text.endswith(_TERMINAL_PUNCTUATION):
        return False
    # A short unpunctuated line may be a heading ("Consultations"): only a line that goes on
    # in lower case, or the rest of a numbered paragraph or point, continues it.
    if len(previous.text) < 40 and previous.kind != "marker" and not text[:1].islower():
        return False
    # A sentence broken mid-way continues even onto "Article 5." ("... as set out in /
    # Article 5."): a real heading follows a finished sentence. Points and "Done at" still
    # open a new paragraph, since lists are often written without blank lines.
    return not (parse_marker(text) or _FINAL_RE.match(text))


# --- building the tree ------------------------------------------------------------------------


@dataclass
class _Node:
    """A clause under construction (the frozen Clause is made at the end)."""

    kind: ClauseKind
    label: str = ""
    number: str = ""
    citation: str = ""
    heading: str = ""
    texts: list[str] = field(default_factory=list)
    children: list["_Node"] = field(default_factory=list)
    start: int = 0
    end: int = 0
    id: str = ""
    point_style: str = ""       # for points: "letter", "roman", or "dotted" ("a." below "(ii)")
    unnumbered: int = 0         # how many unnumbered (¶) children so far
    rank: int = 0               # divisions: 0 part, 1 chapter, 2 section, 3 sub-section

    def add_text(self, text: str, end: int) -> None:
        self.texts.append(text)
        self.end = max(self.end, end)


def segment(source: SourceText, config: SegmentConfig | None = None) -> Document:
    """Segments a draft into a Document (a tree of clauses). Never raises on odd input."""
    config = config or SegmentConfig()
    with no_cyclic_gc():
        blocks, scheme = _blocks(source, config)
        builder = _Builder(blocks, config, scheme)
        nodes, title = builder.build()
        unit_words = tuple(sorted(builder.unit_counts.items(), key=lambda item: -item[1]))
        language = builder.language
        del blocks, builder  # the blocks, freed now: the collector would visit them at the end
        taken: dict[str, int] = {}
        clauses = tuple(_freeze(node, taken) for node in nodes)
        del nodes
    return Document(title=title, clauses=clauses, name=source.name, notices=source.notices,
                    source=source, unit_words=unit_words, language=language)


#: The name of a UN report or other document on its cover page.
_REPORT_TITLE_RE = re.compile(r"\b(?:Report|Draft report|Final report) of the \S.{10,400}?"
                              r"(?=\s+(?:I\.|Contents|Chapter|Annex)\b|$)")
#: Page furniture of UN and EU documents: symbols, dates, distribution lines.
_FURNITURE_RE = re.compile(
    r"^(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|[A-Z]{1,6}(?:/[A-Z0-9.()-]+)+|distr\.?\s*:.*|original\s*:.*"
    r"|advance,?\s+unedited\s+version|united\s+nations|general\s+assembly|security\s+council"
    r"|economic\s+and\s+social\s+council|\*?[\d ]{5,}\*?|page\s+\d+.*|\d{1,4}"
    r"|\d{1,2}\s+\w+\s+\d{4}|[\w ]*session|item\s+\d+.*|agenda\s+item.*)$",
    re.IGNORECASE,
)
#: A word of three letters or more: a line without one ("A", "04/05/26") is no title.
_WORD_RE = re.compile(r"[^\W\d_]{3}")
_PREAMBLE_LABEL_RE = re.compile(r"^(?:preamble|préambule|preámbulo|преамбула|präambel)\b[.:]?\s*",
                                re.IGNORECASE)
_PARTIES_RE = re.compile(
    r"^(the\s+(states?\s+)?parties\b|the\s+government|the\s+high\s+contracting|les\s+(états|parties|hautes)"
    r"|государства|стороны|правительство|los\s+estados|las\s+partes)", re.IGNORECASE)
_ANNEX_KINDS = (ClauseKind.ANNEX, ClauseKind.PROTOCOL, ClauseKind.APPENDIX)


#: Where a recital or the closing words begin inside a preamble run into one paragraph:
#: "..., Recalling the relevant provisions ..., Stressing the need ..., Have agreed as follows:"
#: (A Russian preamble goes on after a comma in lower case: "..., подчеркивая необходимость".)
_INLINE_RECITAL_RE = re.compile(r"[,;]\s+(?=[A-ZА-ЯЁÀ-Þ]|[а-яё])")


def _recital_pieces(text: str) -> list[str]:
    """A preamble paragraph cut where its recitals and closing words begin; the paragraph
    whole when fewer than two recitals begin inside it (a recital may name a "Noting" body)."""
    cuts = [match.end() for match in _INLINE_RECITAL_RE.finditer(text)
            if _RECITAL_OPENER_AT_RE.match(text, match.end())
            or _CLOSING_WORDS_RE.match(text, match.end())]
    if len(cuts) < 2:
        return [text]
    bounds = [0, *cuts, len(text)]
    return [text[start:stop].strip() for start, stop in zip(bounds, bounds[1:])
            if text[start:stop].strip()]


class _Builder:
    """The state machine: title -> preamble -> body -> final clauses -> signature -> annexes."""

    def __init__(self, blocks: list[Block], config: SegmentConfig, scheme: Scheme) -> None:
        self.blocks = blocks
        self.config = config
        self.scheme = scheme
        first_annex = next((i for i, b in enumerate(blocks)
                            if b.kind == "container" and b.clause_kind in _ANNEX_KINDS), len(blocks))
        self.has_articles = any(b.kind == "article" for b in blocks)
        #: the body (before any annex) has units of its own: articles, regulations, rules...
        self.body_articles = any(b.kind == "article" for b in blocks[:first_annex])
        self.has_units = self.has_articles or any(
            b.kind == "container" or (b.kind == "marker" and b.marker and b.marker.level == "paragraph")
            for b in blocks)
        self.next_structure = self._next_structure()
        self.top: list[_Node] = []
        self.title = ""
        self.stack: list[_Node] = []       # open clauses, outermost first
        self.containers: list[_Node] = []    # the open part > chapter > section, outermost first
        self.annex: _Node | None = None      # the open annex / protocol / appendix
        self.annex_parent: _Node | None = None  # the annex holding a schedule or appendix
        self.state = "title"
        self.issued: dict[str, int] = {}     # citations given so far: never twice the same
        self.last_paragraph = 0              # continuously numbered paragraphs (UN reports)
        self.unit_counts: dict[str, int] = {}
        #: The words the draft's own parts are cited by ("Preamble, recital 3", "Преамбула,
        #: абзац 3"), in the draft's language: a citation is never in two languages.
        self.language, told = _language_of(blocks)
        self.words = citation_words(told)

    def _next_structure(self) -> list[str]:
        """For each block, what the next heading after it opens: "article", "division"..."""
        result = [""] * len(self.blocks)
        upcoming = ""
        for index in range(len(self.blocks) - 1, -1, -1):
            result[index] = upcoming
            block = self.blocks[index]
            if block.kind == "article":
                upcoming = "article"
            elif block.kind == "container":
                upcoming = "annex" if block.clause_kind in _ANNEX_KINDS else "division"
        return result

    def _cite(self, citation: str) -> str:
        """The citation made unique: a number a document really repeats is told apart as
        "Annex [2]"."""
        count = self.issued.get(citation, 0) + 1
        self.issued[citation] = count
        if count == 1:
            return citation
        unique = f"{citation} [{count}]"
        while unique in self.issued:
            count += 1
            unique = f"{citation} [{count}]"
        self.issued[unique] = 1
        return unique

    # The main loop -------------------------------------------------------------------------

    def build(self) -> tuple[list[_Node], str]:
        index = self._read_title()
        if not self.has_units:
            self._fallback_paragraphs(self.blocks[index:])
            return self.top, self.title or self._title_in_front_matter()
        index = self._read_preamble(index)
        while index < len(self.blocks):
            index = self._read_block(index)
        return self.top, self.title or self._title_in_front_matter()

    def _title_in_front_matter(self) -> str:
        """A report's name on its cover page, run together with the document symbol and the
        session ("... Third session New York, 23 March-2 April 2026 Report of the Preparatory
        Commission ..."): the draft's name to show, though no clause of its own."""
        front = next((node for node in self.top if node.kind is ClauseKind.FRONT), None)
        if front is None:
            return ""
        found = _REPORT_TITLE_RE.search(" ".join(front.texts))
        return found.group(0).strip() if found else ""

    def _read_title(self) -> int:
        """The title: Title-styled lines, or the first block of short unpunctuated lines.

        Page furniture before it (a document symbol, a date, "Distr.: General") is front
        matter, never the title.
        """
        lines: list[str] = []
        furniture: list[Block] = []
        index = 0
        for index, block in enumerate(self.blocks):
            if not lines and block.kind == "text" and (_FURNITURE_RE.match(block.text)
                                                       or not _WORD_RE.search(block.text)):
                furniture.append(block)
                continue
            if (block.kind != "text" or block.text.endswith((",", ";", ":"))
                    or len(block.text) > 250 or _RECITAL_OPENERS_RE.match(block.text)
                    or _FURNITURE_RE.match(block.text)):
                break
            styled = block.heading_level == 0
            if not lines and not (styled or self._title_like(block)):
                break
            if lines and not styled and (block.new_block or not self._title_like(block)):
                break
            lines.append(block.text)
        else:
            index = len(self.blocks)
        if furniture:
            self._add_front_matter(furniture, raw=False)
        if lines:
            self.title = " ".join(lines)
            start, end = self.blocks[len(furniture)].start, self.blocks[index - 1].end
            self.top.append(_Node(ClauseKind.TITLE, citation=self._cite(self.words["title"]),
                                  texts=[self.title], start=start, end=end, id="title"))
        return index

    @staticmethod
    def _title_like(block: Block) -> bool:
        text = block.text
        letters = [ch for ch in text if ch.isalpha()]
        upper = bool(letters) and sum(ch.isupper() for ch in letters) >= 0.8 * len(letters)
        return (block.heading_level is not None or upper or
                (len(text) <= 250 and not text.endswith(_TERMINAL_PUNCTUATION)))

    def _read_preamble(self, index: int) -> int:
        """Parties, recitals and closing words: everything before the first unit.

        With no sign of a preamble (no parties, recital or "have agreed"), the text before the
        first unit is front matter: a report's cover page, a decision adopting regulations.
        """
        end = index
        while end < len(self.blocks) and not (self._starts_unit(self.blocks[end])
                                              or self.blocks[end].kind == "final"):
            end += 1
        if index < end and not any(self._preamble_sign(block) for block in self.blocks[index:end]):
            self._add_front_matter(self.blocks[index:end])
            return end
        index = self._cover_before_preamble_label(index, end)
        index = self._title_lines_before_parties(index, end)
        preamble = _Node(ClauseKind.PREAMBLE, citation=self.words["preamble"], id="preamble")
        recitals = 0
        pieces: list[str] = []   # the rest of a preamble a text export ran into one paragraph
        while index < end:
            block = self.blocks[index]
            if not pieces:
                text = _PREAMBLE_LABEL_RE.sub("", block.raw or block.text, count=1)
                if not text.strip():   # "PREAMBLE" on its own line: the preamble's heading
                    index += 1
                    continue
                pieces = _recital_pieces(text)
            text = pieces.pop(0)
            last = preamble.children[-1] if preamble.children else None
            if _CLOSING_WORDS_RE.search(text) and len(text) < 200:
                node = _Node(ClauseKind.UNNUMBERED, citation=self._in_preamble("closing"),
                             id="preamble/closing", start=block.start)
            elif last is None:
                node = _Node(ClauseKind.UNNUMBERED, citation=self._in_preamble("parties"),
                             id="preamble/parties", start=block.start)
            elif (last.id == "preamble/parties" and not _RECITAL_OPENERS_RE.match(text)
                  and not pieces and self._has_recital_opener_ahead(index)):
                last.add_text(text, block.end)  # the parties' names span paragraphs
                index += 1
                continue
            else:
                recitals += 1
                node = _Node(ClauseKind.RECITAL, number=str(recitals),
                             citation=self._in_preamble("recital", recitals),
                             id=f"preamble/recital-{recitals}", start=block.start)
            node.citation = self._cite(node.citation)
            node.add_text(text, block.end)
            preamble.children.append(node)
            if not pieces:
                index += 1
        if preamble.children:
            preamble.citation = self._cite(preamble.citation)
            preamble.start = preamble.children[0].start
            preamble.end = preamble.children[-1].end
            self.top.append(preamble)
        return index

    def _title_lines_before_parties(self, index: int, end: int) -> int:
        """A second heading-styled title line before the parties ("## Verdrag ..." then
        "#### United Nations Convention on the Law of the Sea" then "The States Parties
        ..."): part of the title, not the parties' names."""
        title = next((node for node in self.top if node.kind is ClauseKind.TITLE), None)
        while (title is not None and index + 1 < end
               and self.blocks[index].heading_level is not None
               and self.blocks[index].kind == "text" and self._title_like(self.blocks[index])
               and not _PREAMBLE_LABEL_RE.fullmatch(self.blocks[index].text.strip())
               and _PARTIES_RE.match(self.blocks[index + 1].raw or self.blocks[index + 1].text)):
            block = self.blocks[index]
            title.texts.append(block.text)
            title.end = block.end
            index += 1
        return index

    def _cover_before_preamble_label(self, index: int, end: int) -> int:
        """Where the preamble starts: at its "PREAMBLE" heading when one stands alone, the
        lines before it being a cover page ("UNITED NATIONS 2023", the title printed again
        on the first page), kept as front matter, the title's repetition left out."""
        label = next((k for k in range(index, end) if _PREAMBLE_LABEL_RE.fullmatch(
            (self.blocks[k].raw or self.blocks[k].text).strip())), None)
        if label is None or label == index:
            return index
        title = " ".join(self.title.casefold().split())
        cover = [block for block in self.blocks[index:label]
                 if " ".join((block.raw or block.text).casefold().split()) != title]
        if cover:
            self._add_front_matter(cover)
        return label

    def _add_front_matter(self, blocks: list[Block], raw: bool = True) -> None:
        """Blocks of front matter (page furniture, a cover page, the text before a body with
        no preamble), added to the draft's one front-matter clause, made at the first."""
        front = next((node for node in self.top if node.kind is ClauseKind.FRONT), None)
        if front is None:
            front = _Node(ClauseKind.FRONT, citation=self._cite(self.words["front"]), id="front",
                          start=blocks[0].start)
            self.top.append(front)
        for block in blocks:
            front.add_text((block.raw or block.text) if raw else block.text, block.end)

    def _in_preamble(self, role: str, number: int | None = None) -> str:
        """ "Preamble, recital 3", "Préambule, considérant 3", "Преамбула, абзац 3"."""
        words = self.words
        return f"{words['preamble']}, {words[role]}" + (f" {number}" if number else "")

    def _paragraph_word(self, citation: str) -> str:
        """ "paragraph" for "Annex I", "пункт" for "Приложение I": no mixed-language citations
        (the annex word decides, as the draft may cite in more than one language)."""
        return _PARAGRAPH_WORDS.get(citation.split(" ")[0]) or self.words["paragraph"]

    def _preamble_sign(self, block: Block) -> bool:
        text = block.raw or block.text
        return bool(_RECITAL_OPENERS_RE.match(text) or _CLOSING_WORDS_RE.search(text)
                    or _PREAMBLE_LABEL_RE.match(text) or _PARTIES_RE.match(text)
                    or (self.body_articles and block.kind == "text" and len(text) < 400
                        and text.endswith(",")))

    def _has_recital_opener_ahead(self, index: int) -> bool:
        for block in self.blocks[index:index + 40]:
            if self._starts_unit(block):
                return False
            if _RECITAL_OPENERS_RE.match(block.text):
                return True
        return False

    def _starts_unit(self, block: Block) -> bool:
        if block.kind in ("article", "container"):
            return True
        return (not self.body_articles and block.kind == "marker" and block.marker is not None
                and block.marker.level == "paragraph")

    def _read_block(self, index: int) -> int:
        block = self.blocks[index]
        if block.kind == "article":
            return self._open_article(index)
        if block.kind == "container":
            if (block.clause_kind is ClauseKind.SECTION and block.word in SECTION_WORDS
                    and self.annex is not None and self.next_structure[index] != "article"):
                return self._open_article(index)  # an annex's section of clauses is a unit
            return self._open_container(index)
        if block.kind == "final" and self.state not in ("signature",):
            return self._add_final(block, index)
        if self.state in ("final", "signature") and self._is_signature(block):
            return self._add_signature(block, index)
        if block.kind == "marker":
            self._add_marker(block)
        else:
            self._add_text(block)
        return index + 1

    # Units ----------------------------------------------------------------------------------

    def _open_article(self, index: int) -> int:
        block = self.blocks[index]
        self.state = "body"
        citation = f"{block.keyword} {block.shown_number}".strip()
        if self.annex is not None:
            citation = f"{self.annex.citation}, {citation}"
        prefix = f"{block.keyword.lower()}-" if block.keyword not in ("Article", "Статья") else "art-"
        node = _Node(ClauseKind.ARTICLE, label=block.label, number=block.number,
                     citation=self._cite(citation), heading=block.text, start=block.start,
                     end=block.end, id=self._id_in_annex(f"{prefix}{block.number or index}"))
        self.unit_counts[block.keyword] = self.unit_counts.get(block.keyword, 0) + 1
        index = self._take_heading(node, index)
        parent = self.container or self.annex
        (parent.children if parent else self.top).append(node)
        self.stack = [node]
        return index

    def _open_container(self, index: int) -> int:
        block = self.blocks[index]
        kind = block.clause_kind or ClauseKind.SECTION
        citation = f"{block.keyword} {block.shown_number}".strip()
        node = _Node(kind, label=block.label, number=block.number, citation=citation,
                     heading=block.text, start=block.start, end=block.end,
                     id=f"{kind.name.lower()}-{block.number or index}")
        index = self._take_heading(node, index)
        if kind in _ANNEX_KINDS:
            self._open_annex(node, block)
            return index
        self.state = "body"
        node.rank = 3 if block.word in SUBSECTION_WORDS else _DIVISION_RANK.get(kind, 3)
        while self.containers and self.containers[-1].rank >= node.rank:
            self.containers.pop()
        outer = self.containers[-1] if self.containers else None
        if outer is not None:  # "Chapter 1" of Part II: cited and identified within it
            node.citation = f"{outer.citation}, {node.citation}"
            node.id = f"{outer.id}/{node.id}"
            outer.children.append(node)
        elif self.annex is not None:
            node.citation = f"{self.annex.citation}, {node.citation}"
            node.id = f"{self.annex.id}/{node.id}"
            self.annex.children.append(node)
        else:
            self.top.append(node)
        node.citation = self._cite(node.citation)
        self.containers.append(node)
        self.stack = []
        return index

    def _open_annex(self, node: _Node, block: Block) -> None:
        """An annex, protocol or appendix. A schedule, an appendix or an unnumbered "Annex"
        that follows a numbered annex belongs to it ("Annex II, annex")."""
        holder = self.annex_parent or self.annex
        nested = holder is not None and holder.number and (
            (node.kind is ClauseKind.APPENDIX and holder.kind is ClauseKind.ANNEX)
            or (node.kind is ClauseKind.ANNEX and not node.number))
        if nested:
            node.citation = f"{holder.citation}, {node.citation}"
            node.id = f"{holder.id}/{node.id}"
            holder.children.append(node)
            self.annex_parent = holder
        else:
            self.top.append(node)
            self.annex_parent = None
        node.citation = self._cite(node.citation)
        self.annex, self.containers = node, []
        self.state = "annex"
        self.stack = [node]
        self.last_paragraph = 0

    @property
    def container(self) -> _Node | None:
        """The innermost open part, chapter or section."""
        return self.containers[-1] if self.containers else None

    def _id_in_annex(self, base: str) -> str:
        return f"{self.annex.id}/{base}" if self.annex is not None else base

    def _take_heading(self, node: _Node, index: int) -> int:
        """Takes the line after "Article 4" as its heading when it reads like one."""
        if node.heading or index + 1 >= len(self.blocks):
            return index + 1
        nxt = self.blocks[index + 1]
        after = self.blocks[index + 2] if index + 2 < len(self.blocks) else None
        chapeau = (after is not None and after.kind == "marker" and after.marker is not None
                   and after.marker.level == "point")  # "The Parties shall" + "(a) ..."
        longest = self.config.max_heading_chars * (3 if nxt.heading_level is not None else 1)
        if (nxt.kind == "text" and (len(nxt.text) <= longest or looks_like_heading(nxt.text))
                and not chapeau and not nxt.text[:1].islower()
                and not nxt.text.endswith((".", ";", ",", ":"))
                and (not nxt.new_block or nxt.heading_level is not None
                     or self._next_is_body(index + 2))):
            node.heading = nxt.text
            node.end = nxt.end
            return index + 2
        if (nxt.kind == "text" and (node.kind is ClauseKind.ARTICLE or node.kind in _ANNEX_KINDS)
                and not nxt.text[:1].islower()):
            # "Article 1" / "Use of terms For the purposes of ...", "ANNEX II" / "Types of
            # capacity-building ... Under this Agreement, ...": the heading shares the next
            # line with the first sentence.
            found = split_heading(nxt.text)
            if found and found[0] and found[1]:
                node.heading = found[0]
                nxt.text = nxt.raw = found[1]
        return index + 1

    def _next_is_body(self, index: int) -> bool:
        """After a candidate heading on a line of its own, something else must follow: text,
        or (in a PDF, where no blank lines tell blocks apart) the next article or part."""
        return index < len(self.blocks) and self.blocks[index].kind != "final"

    # Paragraphs and points ------------------------------------------------------------------

    def _unit(self) -> _Node | None:
        return self.stack[0] if self.stack else None

    def _add_marker(self, block: Block) -> None:
        marker = block.marker
        assert marker is not None
        unit = self._unit()
        if unit is None:
            if marker.level == "paragraph" and (self.annex is not None or not self.body_articles):
                self._add_paragraph_unit(block)
                return
            self._orphan_text(block, f"{marker.label} {block.text}".strip())
            return
        if marker.level == "paragraph":
            if _out_of_run(marker.value, self._last_number(unit)):
                self._add_text(Block("text", f"{marker.label} {block.text}".strip(), block.start,
                                     block.end, raw=block.raw))
                return
            self._add_paragraph(unit, block)
        else:
            self._add_point(block)

    @staticmethod
    def _last_number(unit: _Node) -> int:
        """The number of the unit's last numbered paragraph, 0 when there is none."""
        for child in reversed(unit.children):
            if child.kind is ClauseKind.PARAGRAPH and child.number.isdecimal():
                return int(child.number)
        return 0

    def _add_paragraph_unit(self, block: Block) -> None:
        """A paragraph that is a unit of its own: a report's paragraphs numbered on across its
        chapters ("Paragraph 57"), or an annex's ("Annex II, paragraph 17").

        A number that breaks the run and reads as a title ("1. Organizational meeting"
        between paragraphs 14 and 15) heads a sub-section instead.
        """
        marker = block.marker
        assert marker is not None
        value = int(marker.value) if marker.value.isdecimal() else 0
        expected = self.last_paragraph + 1
        if self.stack and _out_of_run(marker.value, self.last_paragraph):
            # "2025. The Commission ..." -- a year that a text layer put at a line's start.
            self._add_text(Block("text", f"{marker.label} {block.text}".strip(), block.start,
                                 block.end, raw=block.raw))
            return
        if (value and value != expected and self.last_paragraph and self.container is not None
                and looks_like_heading(block.text) and len(block.text.split()) <= 12):
            self._open_subsection(block)
            return
        if value:
            self.last_paragraph = value
        if self.annex is not None:
            citation = f"{self.annex.citation}, {self._paragraph_word(self.annex.citation)} {marker.value}"
            base_id = f"{self.annex.id}/p-{marker.value}"
        else:
            word = self.words["paragraph"]
            citation, base_id = f"{word[:1].upper()}{word[1:]} {marker.value}", f"p-{marker.value}"
            if citation in self.issued and self.container is not None:
                citation = f"{self.container.citation}, {word} {marker.value}"
                base_id = f"{self.container.id}/p-{marker.value}"
        node = _Node(ClauseKind.PARAGRAPH, label=marker.label, number=marker.value,
                     citation=self._cite(citation), id=base_id, start=block.start, end=block.end,
                     texts=[block.text] if block.text else [])
        parent = self.container or self.annex
        (parent.children if parent else self.top).append(node)
        self.stack = [node]

    def _open_subsection(self, block: Block) -> None:
        marker = block.marker
        assert marker is not None
        outer = self.container
        assert outer is not None
        while self.containers and self.containers[-1].rank >= 3:
            self.containers.pop()
        outer = self.containers[-1] if self.containers else outer
        node = _Node(ClauseKind.SECTION, label=marker.label, number=marker.value,
                     citation=self._cite(f"{outer.citation}.{marker.value}"), heading=block.text,
                     start=block.start, end=block.end, id=f"{outer.id}/sub-{marker.value}", rank=3)
        outer.children.append(node)
        self.containers.append(node)
        self.stack = []

    def _add_paragraph(self, unit: _Node, block: Block) -> None:
        marker = block.marker
        assert marker is not None
        if unit.kind in _ANNEX_KINDS:
            citation = f"{unit.citation}, {self._paragraph_word(unit.citation)} {marker.value}"
            if marker.value.isdecimal():
                self.last_paragraph = int(marker.value)
        elif unit.kind is ClauseKind.PARAGRAPH:
            # A top-level "paragraph" unit (no articles): a new number starts a new unit.
            self.stack = []
            self._add_marker(block)
            return
        elif "." in marker.value and marker.value.startswith(unit.number + "."):
            citation = f"{unit.citation}{marker.value[len(unit.number):]}"  # "Section 2.1"
        else:
            citation = f"{unit.citation}({marker.value})"
        node = _Node(ClauseKind.PARAGRAPH, label=marker.label, number=marker.value,
                     citation=self._cite(citation), id=f"{unit.id}/para-{marker.value}",
                     start=block.start, end=block.end, texts=[block.text] if block.text else [])
        unit.children.append(node)
        unit.end = max(unit.end, block.end)
        self.stack = [unit, node]

    def _add_point(self, block: Block) -> None:
        marker = block.marker
        assert marker is not None
        value = marker.value
        if marker.label.endswith("."):   # "a." -- a point under the innermost point
            self._add_dotted_letter(block, marker)
            return
        # A point in brackets closes any "a." list below it.
        while (len(self.stack) > 1 and self.stack[-1].kind is ClauseKind.POINT
               and self.stack[-1].point_style == "dotted"):
            self.stack = self.stack[:-1]
        # Find the parent: a point opens under the innermost paragraph, a Roman sub-point
        # under the innermost letter point.
        parent_index = len(self.stack) - 1
        innermost = self.stack[-1]
        roman = False
        if innermost.kind is ClauseKind.POINT:
            siblings_prev = innermost.number
            roman = is_roman_point(value, siblings_prev) and innermost.point_style != "roman"
            if roman and innermost.point_style == "letter":
                parent_index = len(self.stack) - 1      # sub-point of the current point
            else:
                parent_index = len(self.stack) - 2      # sibling of the current point
                if innermost.point_style == "roman" and not is_roman_point(value, None):
                    # Back from a Roman sub-list to the next letter point.
                    while parent_index > 0 and self.stack[parent_index].kind is ClauseKind.POINT \
                            and self.stack[parent_index].point_style == "roman":
                        parent_index -= 1
                    if self.stack[parent_index].kind is ClauseKind.POINT:
                        parent_index -= 1
        else:
            roman = is_roman_point(value, None) and len(value) > 1
        parent = self.stack[parent_index]
        node = _Node(ClauseKind.POINT, label=marker.label, number=value,
                     citation=self._cite(f"{parent.citation}({value})"), id=f"{parent.id}/pt-{value}",
                     start=block.start, end=block.end, texts=[block.text] if block.text else [],
                     point_style="roman" if roman or (is_roman_point(value, None)
                                                      and parent.kind is ClauseKind.POINT)
                     else "letter")
        parent.children.append(node)
        for open_node in self.stack[: parent_index + 1]:
            open_node.end = max(open_node.end, block.end)
        self.stack = self.stack[: parent_index + 1] + [node]

    def _add_dotted_letter(self, block: Block, marker: Marker) -> None:
        """ "a. The natural sciences ..." under "(ii) Education and training in:": a sibling of
        the "a." before it, else a child of the innermost point or paragraph."""
        innermost = self.stack[-1]
        if innermost.kind is ClauseKind.POINT and innermost.point_style == "dotted":
            parent_index = len(self.stack) - 2
        elif innermost.kind in (ClauseKind.POINT, ClauseKind.PARAGRAPH) or len(self.stack) == 1:
            parent_index = len(self.stack) - 1
        else:
            parent_index = len(self.stack) - 1
        parent = self.stack[parent_index]
        value = marker.value
        node = _Node(ClauseKind.POINT, label=marker.label, number=value,
                     citation=self._cite(f"{parent.citation}({value})"),
                     id=f"{parent.id}/pt-{value}", start=block.start, end=block.end,
                     texts=[block.text] if block.text else [], point_style="dotted")
        parent.children.append(node)
        for open_node in self.stack[: parent_index + 1]:
            open_node.end = max(open_node.end, block.end)
        self.stack = self.stack[: parent_index + 1] + [node]

    def _add_text(self, block: Block) -> None:
        """Unnumbered text: a recital-like orphan, an article's own text, or a ¶ child."""
        if self.state == "annex" and self.annex is not None and self.stack[:1] == [self.annex]:
            target = self.annex
        else:
            target = self._unit()
        if target is None:
            self._orphan_text(block, block.text)
            return
        # Text after numbered paragraphs belongs to the innermost paragraph (closing words);
        # text in an article with no numbered paragraphs becomes a ¶ child.
        if len(self.stack) > 1:
            parent = self.stack[1] if self.stack[1].kind is ClauseKind.PARAGRAPH else target
        else:
            parent = target
        parent.unnumbered += 1
        ordinal = parent.unnumbered
        node = _Node(ClauseKind.UNNUMBERED, citation=self._cite(f"{parent.citation}, ¶ {ordinal}"),
                     id=f"{parent.id}/u-{ordinal}", start=block.start, end=block.end,
                     texts=[block.text])
        parent.children.append(node)
        parent.end = max(parent.end, block.end)
        target.end = max(target.end, block.end)
        self.stack = self.stack[:2] if parent is not target else self.stack[:1]

    def _orphan_text(self, block: Block, text: str) -> None:
        """Text outside any unit (e.g. between a part heading and its first article)."""
        parent = self.container or (self.annex if self.state == "annex" else None)
        siblings = parent.children if parent else self.top
        if parent is not None:
            parent.unnumbered += 1
            ordinal = parent.unnumbered
        else:
            self.top_unnumbered = getattr(self, "top_unnumbered", 0) + 1
            ordinal = self.top_unnumbered
        base = parent.citation + ", " if parent else ""
        node = _Node(ClauseKind.UNNUMBERED, citation=self._cite(f"{base}¶ {ordinal}".strip()),
                     id=f"{parent.id + '/' if parent else ''}u-{ordinal}",
                     start=block.start, end=block.end, texts=[text])
        siblings.append(node)

    # Final clauses and signatures -------------------------------------------------------------

    def _add_final(self, block: Block, index: int) -> int:
        last = self.top[-1] if self.top else None
        if last is None or last.kind is not ClauseKind.FINAL or self.state != "final":
            last = _Node(ClauseKind.FINAL, citation=self._cite(self.words["final"]),
                         id="final", start=block.start)
            self.top.append(last)
        last.add_text(block.text, block.end)
        self.state = "final"
        self.stack, self.containers, self.annex, self.annex_parent = [], [], None, None
        return index + 1

    def _is_signature(self, block: Block) -> bool:
        return self.state == "signature" or bool(_SIGNATURE_RE.match(block.text))

    def _add_signature(self, block: Block, index: int) -> int:
        if self.state != "signature":
            node = _Node(ClauseKind.SIGNATURE, citation=self._cite(self.words["signature"]),
                         id="signature", start=block.start)
            self.top.append(node)
            self.state = "signature"
        self.top[-1].add_text(block.text, block.end)
        return index + 1

    # No structure at all ----------------------------------------------------------------------

    def _fallback_paragraphs(self, blocks: list[Block]) -> None:
        """A draft with no numbering: every paragraph is a unit, cited by its ordinal."""
        for ordinal, block in enumerate(blocks, start=1):
            text = block.text if block.kind != "marker" else f"{block.label} {block.text}".strip()
            self.top.append(_Node(ClauseKind.PARAGRAPH, citation=self._cite(f"Paragraph {ordinal}"),
                                  id=f"p-{ordinal}", start=block.start, end=block.end,
                                  texts=[text]))


def _out_of_run(value: str, last: int) -> bool:
    """A paragraph number far beyond the run it would continue ("2025." after 21.) is a
    number that a text layer put at a line's start, not a paragraph."""
    return value.isdecimal() and int(value) >= 100 and int(value) > last + 10


#: How an annex cites its paragraphs, in the language of the annex's own heading.
_PARAGRAPH_WORDS = {"Приложение": "пункт", "Протокол": "пункт", "Παράρτημα": "παράγραφος"}


def _language_of(blocks: list[Block]) -> tuple[str, str]:
    """The draft's language from the start of its text: as firmly as two drafts are told
    apart by (``Document.language``), and as a guess good enough to choose citation words."""
    sample: list[str] = []
    size = 0
    for block in blocks:
        sample.append(block.text)
        size += len(block.text)
        if size >= _LANGUAGE_SAMPLE:
            break
    text = "\n".join(sample)
    firm = detect(text)
    return firm, firm or detect(text, min_words=15)


#: Characters of a draft's start read to tell its language (``langtext.SAMPLE``).
_LANGUAGE_SAMPLE = SAMPLE


_OWN_TEXT_KINDS = frozenset({ClauseKind.ARTICLE, ClauseKind.PARAGRAPH, ClauseKind.POINT})


def _freeze(node: _Node, taken: dict[str, int]) -> Clause:
    """Builds the immutable Clause tree, making ids unique and moving a lone ¶ into text."""
    children = node.children
    texts = node.texts
    if (children and not texts and children[0].kind is ClauseKind.UNNUMBERED
            and node.kind in _OWN_TEXT_KINDS and not children[0].children
            and sum(1 for c in children if c.kind is ClauseKind.UNNUMBERED) == 1):
        texts = children[0].texts  # the article's own text (chapeau or single paragraph)
        children = children[1:]
    node_id = node.id or "clause"
    unique = node_id
    if unique in taken:
        count = taken.get(node_id, 1) + 1   # linear however often an id repeats
        while f"{node_id}~{count}" in taken:
            count += 1
        unique = f"{node_id}~{count}"
        taken[node_id] = count
    taken.setdefault(unique, 1)
    end = node.end
    for child in children:
        if child.end > end:
            end = child.end
    frozen_children = tuple([_freeze(child, taken) for child in children])
    return built_clause(unique, node.kind, node.label, node.number, node.citation,
                        node.heading, "\n".join(texts), built_span(node.start, end),
                        frozen_children)
