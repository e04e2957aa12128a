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

from .model import Clause, ClauseKind, Document, SourceText, Span
from .numbering import Marker, Numeral, is_roman_point, parse_heading_numeral, parse_marker


@dataclass(frozen=True)
class SegmentConfig:
    """Limits of the heuristics; the defaults suit treaties and agreements."""

    #: A line after "Article 4" is its heading only if it is at most this long.
    max_heading_chars: int = 160
    #: Join hard-wrapped lines of plain text into paragraphs.
    join_wrapped_lines: bool = True


# --- classification of one block --------------------------------------------------------------

_ARTICLE_KEYWORDS = {
    "article": "Article", "art.": "Article", "art": "Article", "artículo": "Artículo",
    "artikel": "Artikel", "articolo": "Articolo", "статья": "Статья", "ст.": "Статья",
    "άρθρο": "Άρθρο", "αρθρο": "Άρθρο",
}
_CONTAINER_KEYWORDS = {
    "part": (ClauseKind.PART, "Part"), "chapter": (ClauseKind.CHAPTER, "Chapter"),
    "section": (ClauseKind.SECTION, "Section"), "annex": (ClauseKind.ANNEX, "Annex"),
    "protocol": (ClauseKind.PROTOCOL, "Protocol"), "appendix": (ClauseKind.APPENDIX, "Appendix"),
    "часть": (ClauseKind.PART, "Часть"), "глава": (ClauseKind.CHAPTER, "Глава"),
    "раздел": (ClauseKind.SECTION, "Раздел"), "приложение": (ClauseKind.ANNEX, "Приложение"),
    "протокол": (ClauseKind.PROTOCOL, "Протокол"), "μέρος": (ClauseKind.PART, "Μέρος"),
    "κεφάλαιο": (ClauseKind.CHAPTER, "Κεφάλαιο"), "παράρτημα": (ClauseKind.ANNEX, "Παράρτημα"),
}
#: Parts hold chapters, chapters hold sections: a division closes those of its rank and below.
_DIVISION_RANK = {ClauseKind.PART: 0, ClauseKind.CHAPTER: 1, ClauseKind.SECTION: 2}
#: Kinds whose number is optional ("ANNEX", "PROTOCOL" alone are headings too).
_NUMBER_OPTIONAL = {ClauseKind.ANNEX, ClauseKind.PROTOCOL, ClauseKind.APPENDIX}
_KEYWORD_RE = re.compile(r"^(?P<kw>[^\W\d_]+\.?)(?:\s+|(?=\d)|$)")
_SEPARATOR_RE = re.compile(r"^\s*[.:\-–—)]?\s*")
_FINAL_RE = re.compile(
    r"^(done\s+(at|in|on)\b|in\s+witness\s+whereof\b|совершено\s+в\b|в\s+удостоверение\s+чего\b"
    r"|fait\s+à\b|hecho\s+en\b)",
    re.IGNORECASE,
)
_SIGNATURE_RE = re.compile(r"^(for|за|pour|por)\s+\S.{0,120}:?$", re.IGNORECASE)
_CLOSING_WORDS_RE = re.compile(
    r"(agreed\s+as\s+follows|agree\s+as\s+follows|following\s+understanding|have\s+agreed"
    r"|согласились\s+о\s+(нижеследующем|следующем)|договорились\s+о\s+(нижеследующем|следующем)"
    r"|sont\s+convenus)",
    re.IGNORECASE,
)
_RECITAL_OPENERS_RE = re.compile(
    r"^(recogni[sz]ing|reaffirming|affirming|determined|mindful|noting|desiring|desirous|"
    r"considering|convinced|acknowledging|bearing\s+in\s+mind|welcoming|emphasi[sz]ing|"
    r"taking\s+into\s+(account|consideration)|guided\s+by|aware|conscious|stressing|recalling|"
    r"having\s+regard|wishing|committed|concerned|seeking|believing|expressing|underlining|"
    r"признавая|подтверждая|будучи|принимая\s+во\s+внимание|отмечая|желая|руководствуясь|"
    r"стремясь|исходя\s+из|учитывая|сознавая|напоминая|выражая|приветствуя|considérant|"
    r"reconnaissant|réaffirmant)\b",
    re.IGNORECASE,
)
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


def _keyword_heading(text: str) -> tuple[str, ClauseKind | None, Numeral | None, str] | None:
    """Reads "Article 4 - Title" / "PART II" / "ANNEX" at the start of a line.

    Returns (citation keyword, kind or None for an article, numeral, inline heading) or None
    when the line is ordinary prose that happens to start with such a word.
    """
    match = _KEYWORD_RE.match(text)
    if not match:
        return None
    word = match.group("kw").lower()
    rest = text[match.end():]
    if word in _ARTICLE_KEYWORDS or word.rstrip(".") in _ARTICLE_KEYWORDS:
        keyword = _ARTICLE_KEYWORDS.get(word) or _ARTICLE_KEYWORDS[word.rstrip(".")]
        kind = None
    elif word in _CONTAINER_KEYWORDS:
        kind, keyword = _CONTAINER_KEYWORDS[word]
    else:
        return None
    numeral = parse_heading_numeral(rest) if rest else None
    if numeral is None:
        if kind not in _NUMBER_OPTIONAL or (rest and not _looks_like_heading_tail(rest)):
            return None
        tail = rest
    else:
        tail = numeral.rest
    separator = _SEPARATOR_RE.match(tail)
    heading = tail[separator.end():].strip() if separator else tail.strip()
    had_separator = bool(separator and separator.group(0).strip())
    if heading and not had_separator and not _looks_like_heading_tail(heading):
        return None  # "Article 5 shall apply ..." is prose, not a heading
    if heading.endswith(".") and len(heading) > 80:
        return None
    return keyword, kind, numeral, heading


def _looks_like_heading_tail(text: str) -> bool:
    text = text.strip()
    return bool(text) and (text[0].isupper() or text[0] in "(–—-") and not text.endswith((".", ";", ","))


def _classify(text: str, auto_number: str | None, start: int, end: int) -> Block:
    """Classifies one paragraph. ``auto_number`` is Word's automatic number, if any."""
    if auto_number:
        found = _keyword_heading(auto_number.strip())
        if found:
            return _heading_block(found, auto_number.strip(), text, start, end, inline_text=True)
        marker = parse_marker(auto_number.strip() + " ")
        if marker:
            return Block("marker", text.strip(), start, end, label=marker.label,
                         number=marker.value, marker=marker)
        text = f"{auto_number.strip()} {text}".strip()
    found = _keyword_heading(text)
    if found:
        return _heading_block(found, text, "", start, end)
    marker = parse_marker(text)
    if marker:
        return Block("marker", marker.rest.strip(), start, end, label=marker.label,
                     number=marker.value, marker=marker)
    if _FINAL_RE.match(text):
        return Block("final", text, start, end)
    return Block("text", text, start, end)


def _heading_block(found, written: str, extra: str, start: int, end: int,
                   inline_text: bool = False) -> Block:
    keyword, kind, numeral, heading = found
    if inline_text and extra.strip():
        heading = extra.strip()  # Word: the number is automatic, the paragraph is the heading
    label = written[: len(written) - len(heading)] if heading and not inline_text else written
    if numeral is None:
        number, style, shown = "", "", ""
    else:
        number, style = numeral.number, numeral.style
        # How the citation shows the number: Roman and "4 bis" as written, words as digits.
        shown = {"roman": numeral.written.upper(), "arabic": " ".join(numeral.written.split()),
                 "letter": numeral.written}.get(style, number)
    return Block("article" if kind is None else "container", heading, start, end,
                 label=label.strip().rstrip(" .:-–—"), number=number, keyword=keyword,
                 numeral_style=style, clause_kind=kind, shown_number=shown)


def _blocks(source: SourceText, config: SegmentConfig) -> list[Block]:
    """Classified paragraphs, with hard-wrapped plain-text lines joined."""
    plain = source.format == "txt" and config.join_wrapped_lines
    blocks: list[Block] = []
    blank_before = True
    for index, line in enumerate(source.lines):
        text = " ".join(line.text.split())
        if not text and not line.number:
            blank_before = True
            continue
        previous = blocks[-1] if blocks else None
        if (plain and previous is not None and not blank_before
                and _continues(previous, text)):
            previous.text = f"{previous.text} {text}"
            previous.end = index + 1
            continue
        block = _classify(text, line.number, index, index + 1)
        block.heading_level = line.heading_level
        block.new_block = blank_before or not plain
        blocks.append(block)
        blank_before = False
    return blocks


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
    point_style: str = ""       # for points: "letter" or "roman"

    def add_text(self, text: str, end: int) -> None:
        self.texts.append(text)
        self.end = max(self.end, end)


def segment(source: SourceText, config: SegmentConfig | None = None) -> Document:
    """Segments a draft into a Document (a tree of clauses). Never raises on odd input."""
    config = config or SegmentConfig()
    blocks = _blocks(source, config)
    builder = _Builder(blocks, config)
    nodes, title = builder.build()
    clauses = tuple(_freeze(node, set()) for node in nodes)
    return Document(title=title, clauses=clauses, name=source.name, notices=source.notices,
                    source=source)


class _Builder:
    """The state machine: title -> preamble -> body -> final clauses -> signature -> annexes."""

    def __init__(self, blocks: list[Block], config: SegmentConfig) -> None:
        self.blocks = blocks
        self.config = config
        self.has_articles = any(b.kind == "article" for b in blocks)
        self.has_units = self.has_articles or any(
            b.kind == "container" or (b.kind == "marker" and b.marker and b.marker.level == "paragraph")
            for b in blocks)
        self.top: list[_Node] = []
        self.title = ""
        self.stack: list[_Node] = []       # open clauses, outermost first
        self.containers: list[_Node] = []    # the open part > chapter > section, outermost first
        self.annex: _Node | None = None      # the open annex / protocol / appendix
        self.state = "title"

    # The main loop -------------------------------------------------------------------------

    def build(self) -> tuple[list[_Node], str]:
        index = self._read_title()
        if not self.has_units:
            self._fallback_paragraphs(self.blocks[index:])
            return self.top, self.title
        index = self._read_preamble(index)
        while index < len(self.blocks):
            index = self._read_block(index)
        return self.top, self.title

    def _read_title(self) -> int:
        """The title: Title-styled lines, or the first block of short unpunctuated lines."""
        lines: list[str] = []
        index = 0
        for index, block in enumerate(self.blocks):
            if (block.kind != "text" or block.text.endswith((",", ";", ":"))
                    or len(block.text) > 250 or _RECITAL_OPENERS_RE.match(block.text)):
                break
            styled = block.heading_level == 0
            if not lines and not (styled or self._title_like(block)):
                break
            if lines and not styled and (block.new_block or not self._title_like(block)):
                break
            lines.append(block.text)
        else:
            index = len(self.blocks)
        if lines:
            self.title = " ".join(lines)
            start, end = self.blocks[0].start, self.blocks[index - 1].end
            self.top.append(_Node(ClauseKind.TITLE, citation="Title", texts=[self.title],
                                  start=start, end=end, id="title"))
        return index

    @staticmethod
    def _title_like(block: Block) -> bool:
        text = block.text
        letters = [ch for ch in text if ch.isalpha()]
        upper = bool(letters) and sum(ch.isupper() for ch in letters) >= 0.8 * len(letters)
        return (block.heading_level is not None or upper or
                (len(text) <= 160 and not text.endswith(_TERMINAL_PUNCTUATION)))

    def _read_preamble(self, index: int) -> int:
        """Parties, recitals and closing words: everything before the first unit."""
        preamble = _Node(ClauseKind.PREAMBLE, citation="Preamble", id="preamble")
        recitals = 0
        while index < len(self.blocks):
            block = self.blocks[index]
            if self._starts_unit(block) or block.kind == "final":
                break
            last = preamble.children[-1] if preamble.children else None
            if _CLOSING_WORDS_RE.search(block.text) and len(block.text) < 200:
                node = _Node(ClauseKind.UNNUMBERED, citation="Preamble, closing words",
                             id="preamble/closing", start=block.start)
            elif last is None:
                node = _Node(ClauseKind.UNNUMBERED, citation="Preamble, parties",
                             id="preamble/parties", start=block.start)
            elif (last.id == "preamble/parties" and not _RECITAL_OPENERS_RE.match(block.text)
                  and self._has_recital_opener_ahead(index)):
                last.add_text(block.text, block.end)  # the parties' names span paragraphs
                index += 1
                continue
            else:
                recitals += 1
                node = _Node(ClauseKind.RECITAL, number=str(recitals),
                             citation=f"Preamble, recital {recitals}",
                             id=f"preamble/recital-{recitals}", start=block.start)
            node.add_text(block.text, block.end)
            preamble.children.append(node)
            index += 1
        if preamble.children:
            preamble.start = preamble.children[0].start
            preamble.end = preamble.children[-1].end
            self.top.append(preamble)
        return index

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
        return (not self.has_articles and block.kind == "marker" and block.marker is not None
                and block.marker.level == "paragraph")

    def _read_block(self, index: int) -> int:
        block = self.blocks[index]
        if block.kind == "article":
            return self._open_article(index)
        if block.kind == "container":
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
        node = _Node(ClauseKind.ARTICLE, label=block.label, number=block.number,
                     citation=citation, heading=block.text, start=block.start, end=block.end,
                     id=self._id_in_annex(f"art-{block.number or index}"))
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
        if kind in (ClauseKind.ANNEX, ClauseKind.PROTOCOL, ClauseKind.APPENDIX):
            self.annex, self.containers = node, []
            self.state = "annex"
            self.top.append(node)
            self.stack = [node]
        else:
            self.state = "body"
            rank = _DIVISION_RANK.get(kind, len(_DIVISION_RANK))
            while self.containers and _DIVISION_RANK.get(self.containers[-1].kind, 9) >= rank:
                self.containers.pop()
            outer = self.containers[-1] if self.containers else None
            if outer is not None:  # "Chapter 1" of Part II: cited and identified within it
                node.citation = f"{outer.citation}, {node.citation}"
                node.id = f"{outer.id}/{node.id}"
                outer.children.append(node)
            elif self.annex is not None:
                node.id = f"{self.annex.id}/{node.id}"
                self.annex.children.append(node)
            else:
                self.top.append(node)
            self.containers.append(node)
            self.stack = []
        return index

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
        if (nxt.kind == "text" and len(nxt.text) <= self.config.max_heading_chars
                and not chapeau and not nxt.text[:1].islower()
                and not nxt.text.endswith((".", ";", ",", ":"))
                and (not nxt.new_block or nxt.heading_level is not None
                     or self._next_is_body(index + 2))):
            node.heading = nxt.text
            node.end = nxt.end
            return index + 2
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
            if not self.has_articles and marker.level == "paragraph":
                node = _Node(ClauseKind.PARAGRAPH, label=marker.label, number=marker.value,
                             citation=f"Paragraph {marker.value}", id=f"p-{marker.value}",
                             start=block.start, end=block.end, texts=[block.text] if block.text else [])
                parent = self.container
                (parent.children if parent else self.top).append(node)
                self.stack = [node]
                return
            self._orphan_text(block, f"{marker.label} {block.text}".strip())
            return
        if marker.level == "paragraph":
            self._add_paragraph(unit, block)
        else:
            self._add_point(block)

    def _add_paragraph(self, unit: _Node, block: Block) -> None:
        marker = block.marker
        assert marker is not None
        if unit.kind in (ClauseKind.ANNEX, ClauseKind.PROTOCOL, ClauseKind.APPENDIX):
            citation = f"{unit.citation}, {_paragraph_word(unit.citation)} {marker.value}"
        elif unit.kind is ClauseKind.PARAGRAPH:
            # A top-level "paragraph" unit (no articles): a new number starts a new unit.
            self.stack = []
            self._add_marker(block)
            return
        else:
            citation = f"{unit.citation}({marker.value})"
        node = _Node(ClauseKind.PARAGRAPH, label=marker.label, number=marker.value,
                     citation=citation, id=f"{unit.id}/para-{marker.value}",
                     start=block.start, end=block.end, texts=[block.text] if block.text else [])
        unit.children.append(node)
        unit.end = max(unit.end, block.end)
        self.stack = [unit, node]

    def _add_point(self, block: Block) -> None:
        marker = block.marker
        assert marker is not None
        value = marker.value
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
                     citation=f"{parent.citation}({value})", id=f"{parent.id}/pt-{value}",
                     start=block.start, end=block.end, texts=[block.text] if block.text else [],
                     point_style="roman" if roman or (is_roman_point(value, None)
                                                      and parent.kind is ClauseKind.POINT)
                     else "letter")
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
        ordinal = sum(1 for c in parent.children if c.kind is ClauseKind.UNNUMBERED) + 1
        node = _Node(ClauseKind.UNNUMBERED, citation=f"{parent.citation}, ¶ {ordinal}",
                     id=f"{parent.id}/u-{ordinal}", start=block.start, end=block.end,
                     texts=[block.text])
        parent.children.append(node)
        parent.end = max(parent.end, block.end)
        target.end = max(target.end, block.end)
        self.stack = self.stack[:2] if parent is not target else self.stack[:1]

    def _orphan_text(self, block: Block, text: str) -> None:
        """Text outside any unit (e.g. between a part heading and its first article)."""
        parent = self.container
        siblings = parent.children if parent else self.top
        ordinal = sum(1 for c in siblings if c.kind is ClauseKind.UNNUMBERED) + 1
        base = parent.citation + ", " if parent else ""
        node = _Node(ClauseKind.UNNUMBERED, citation=f"{base}¶ {ordinal}".strip(),
                     id=f"{parent.id + '/' if parent else ''}u-{ordinal}",
                     start=block.start, end=block.end, texts=[text])
        siblings.append(node)

    # Final clauses and signatures -------------------------------------------------------------

    def _add_final(self, block: Block, index: int) -> int:
        existing = next((n for n in self.top if n.kind is ClauseKind.FINAL and self.state == "final"), None)
        if existing is None or self.top[-1] is not existing:
            existing = _Node(ClauseKind.FINAL, citation="Final clauses",
                             id=self._unique_top_id("final"), start=block.start)
            self.top.append(existing)
        existing.add_text(block.text, block.end)
        self.state = "final"
        self.stack, self.containers, self.annex = [], [], None
        return index + 1

    def _is_signature(self, block: Block) -> bool:
        return self.state == "signature" or bool(_SIGNATURE_RE.match(block.text))

    def _add_signature(self, block: Block, index: int) -> int:
        if self.state != "signature":
            node = _Node(ClauseKind.SIGNATURE, citation="Signature block",
                         id=self._unique_top_id("signature"), start=block.start)
            self.top.append(node)
            self.state = "signature"
        self.top[-1].add_text(block.text, block.end)
        return index + 1

    def _unique_top_id(self, base: str) -> str:
        taken = {n.id for n in self.top}
        if base not in taken:
            return base
        count = 2
        while f"{base}-{count}" in taken:
            count += 1
        return f"{base}-{count}"

    # No structure at all ----------------------------------------------------------------------

    def _fallback_paragraphs(self, blocks: list[Block]) -> None:
        """A draft with no numbering: every paragraph is a unit, cited by its ordinal."""
        for ordinal, block in enumerate(blocks, start=1):
            text = block.text if block.kind != "marker" else f"{block.label} {block.text}".strip()
            self.top.append(_Node(ClauseKind.PARAGRAPH, citation=f"Paragraph {ordinal}",
                                  id=f"p-{ordinal}", start=block.start, end=block.end,
                                  texts=[text]))


#: How an annex cites its paragraphs, in the language of the annex's own heading.
_PARAGRAPH_WORDS = {"Приложение": "пункт", "Протокол": "пункт", "Παράρτημα": "παράγραφος"}


def _paragraph_word(citation: str) -> str:
    """ "paragraph" for "Annex I", "пункт" for "Приложение I": no mixed-language citations."""
    return _PARAGRAPH_WORDS.get(citation.split(" ")[0], "paragraph")


def _freeze(node: _Node, taken: set[str]) -> Clause:
    """Builds the immutable Clause tree, making ids unique and moving a lone ¶ into text."""
    children = list(node.children)
    texts = list(node.texts)
    unnumbered = [c for c in children if c.kind is ClauseKind.UNNUMBERED]
    if (node.kind in (ClauseKind.ARTICLE, ClauseKind.PARAGRAPH, ClauseKind.POINT)
            and children and children[0].kind is ClauseKind.UNNUMBERED
            and len(unnumbered) == 1 and not texts and not children[0].children):
        texts = children.pop(0).texts  # the article's own text (chapeau or single paragraph)
    node_id = node.id or "clause"
    unique = node_id
    count = 2
    while unique in taken:
        unique = f"{node_id}~{count}"
        count += 1
    taken.add(unique)
    end = max([node.end] + [c.end for c in children])
    frozen_children = tuple(_freeze(child, taken) for child in children)
    return Clause(id=unique, kind=node.kind, label=node.label, number=node.number,
                  citation=node.citation, heading=node.heading, text="\n".join(texts),
                  span=Span(node.start, end), children=frozen_children)
