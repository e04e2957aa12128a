"""Web pages (.html, .htm): drafts published online or saved from a browser or from Word.

The standard library's ``html.parser`` reads the tags as a stream (it builds no tree, so
deep nesting costs nothing); each block element (paragraph, heading, list item, table cell,
line break) ends a line. Headings h1-h6 give the heading level; items of numbered lists get
the number the browser draws ("1.", or "(a)" / "(i)" for lettered and roman lists, as
treaties cite them), honouring ``start``, ``type`` and ``value``. Scripts, styles, the
head, navigation and forms are dropped; tables are flattened cell by cell, and deleted text
(``<del>``) is left out, each with a notice.
"""

from __future__ import annotations

import re
import unicodedata
from html.parser import HTMLParser

from ..core.model import SourceLine, SourceText
from .docx_tally import Tally
from .encoding import decode
from .errors import ReadError
from .guards import too_many_lines
from .limits import MAX_CONTROL_SHARE, MAX_HTML_DEPTH, MAX_HTML_TAGS, MAX_LINES
from .number_formats import format_number

_BLOCKS = frozenset({
    "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "tr", "table", "br",
    "blockquote", "pre", "dt", "dd", "dl", "section", "article", "header", "footer", "main",
    "aside", "address", "caption", "figcaption", "center", "hr", "ul", "ol", "body", "html",
    "figure", "form", "fieldset", "legend", "details", "summary", "thead", "tbody", "tfoot",
})
_SKIPPED = frozenset({"script", "style", "head", "title", "noscript", "template", "nav",
                      "select", "option", "textarea", "button", "iframe", "object", "svg",
                      "math", "canvas", "audio", "video", "del"})
_VOID = frozenset({"br", "hr", "img", "meta", "link", "input", "area", "base", "col",
                   "embed", "param", "source", "track", "wbr"})
_LIST_TYPES = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman",
               "I": "upperRoman"}
_CSS_TYPES = {"lower-alpha": "a", "lower-latin": "a", "upper-alpha": "A", "upper-latin": "A",
              "lower-roman": "i", "upper-roman": "I", "decimal": "1"}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""",
                           re.IGNORECASE)
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x84\x86-\x9f]")


def read_html(data: bytes, name: str) -> SourceText:
    """Reads a web-page draft from its bytes. Raises ReadError for binary or empty pages."""
    text, encoding, invalid, decoding_notices = _decode(data, name)
    if text.count("<") > MAX_HTML_TAGS:   # counted in C before the parser's slow walk
        raise ReadError(
            f"{name} has more than {MAX_HTML_TAGS:,} tags, far more than a page of any "
            "treaty; check that it is the right file, or save the draft as .docx or .txt",
            reason="too-large",
        )
    controls = len(_CONTROLS.findall(text))
    if controls > max(8, MAX_CONTROL_SHARE * len(text)):
        raise ReadError(
            f"{name} contains binary data, not a web page; check that it is the right file",
            reason="binary",
        )
    parser = DraftHTMLParser()
    try:
        parser.feed(_CONTROLS.sub(" ", text))
        parser.close()
    except _TooManyLines:
        raise too_many_lines(name) from None
    lines = parser.finish()
    if not lines:
        raise ReadError(
            f"{name} has no text in its body (only scripts, styles or images); check that it "
            "is the page of the draft, or copy the draft's text and paste it as a draft",
            reason="empty",
        )
    notices = [*decoding_notices, *parser.tally.notices()]   # lines of the page's source
    if invalid:
        notices.append(f"{invalid} bytes not valid in the page's encoding were replaced by "
                       "\ufffd" if invalid > 1 else "1 byte not valid in the page's encoding "
                       "was replaced by \ufffd")
    return SourceText(lines=lines, name=name, notices=tuple(notices), encoding=encoding,
                      format="html")


def html_lines(text: str, name: str = "") -> tuple[tuple[SourceLine, ...], Tally]:
    """The lines of an HTML fragment (used for raw HTML inside Markdown)."""
    parser = DraftHTMLParser()
    try:
        parser.feed(text)
        parser.close()
    except _TooManyLines:
        raise too_many_lines(name) from None
    return parser.finish(), parser.tally


def _decode(data: bytes, name: str) -> tuple[str, str, int, tuple[str, ...]]:
    """The page's text: its BOM or <meta charset> first, then the text detector."""
    declared = _META_CHARSET.search(data[:4096])
    if declared and not data.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        charset = declared.group(1).decode("ascii", "replace").lower()
        try:
            text = data.decode(charset)
            return text, charset, 0, ()
        except (LookupError, UnicodeDecodeError):
            pass
    decoded = decode(data, name)
    return (decoded.text.lstrip("\ufeff"), decoded.encoding, decoded.invalid_bytes,
            decoded.notices)


class _TooManyLines(Exception):
    """Raised from inside the parser when a page has more lines than a draft can."""


class DraftHTMLParser(HTMLParser):
    """Collects lines of text with heading levels and list numbers from a stream of tags."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tally = Tally()
        self.lines: list[SourceLine] = []
        self._text: list[str] = []
        self._skipping: dict[str, int] = {}
        self._lists: list[list] = []          # [kind, format, next value]
        self._heading: int | None = None
        self._number: str | None = None
        self._pre = 0
        self._depth = 0

    # --- tags ---------------------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs) -> None:
        attributes = dict(attrs)
        if tag in _SKIPPED:
            self._skipping[tag] = self._skipping.get(tag, 0) + 1
            self.tally.tracked_changes += tag == "del"
            return
        if tag == "img":
            self.tally.images += not self._skipping
            return
        if tag not in _VOID:
            self._depth += 1
            if self._depth > MAX_HTML_DEPTH:
                self._depth = MAX_HTML_DEPTH   # unclosed tags pile up; treat them as flat
        if self._skipping:
            return
        if tag in _BLOCKS:
            self._flush()
        if tag in ("ol", "ul"):
            self._open_list(tag, attributes)
        elif tag == "li":
            self._number = self._next_number(attributes)
        elif tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self._heading = int(tag[1])
        elif tag == "table":
            self.tally.tables += 1
        elif tag == "pre":
            self._pre += 1
        elif tag == "ins":
            self.tally.tracked_changes += 1

    def handle_startendtag(self, tag: str, attrs) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            if self._skipping.get(tag):
                self._skipping[tag] -= 1
                if not self._skipping[tag]:
                    del self._skipping[tag]
            return
        if tag not in _VOID:
            self._depth = max(0, self._depth - 1)
        if self._skipping:
            return
        if tag in _BLOCKS:
            self._flush()
        if tag in ("ol", "ul") and self._lists:
            self._lists.pop()
        elif tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self._heading = None
        elif tag == "pre":
            self._pre = max(0, self._pre - 1)
        elif tag == "li":
            self._number = None   # an item with no text of its own is not a line

    def handle_data(self, data: str) -> None:
        if self._skipping:
            return
        if self._pre:
            parts = data.split("\n")
            for index, part in enumerate(parts):
                if index:
                    self._flush()
                self._text.append(part)
        else:
            self._text.append(data)

    def handle_comment(self, data: str) -> None:
        pass   # HTML comments are markup, not reviewers' comments

    # --- lists --------------------------------------------------------------------------------

    def _open_list(self, tag: str, attributes: dict) -> None:
        kind = attributes.get("type") or _css_list_type(attributes.get("style") or "")
        fmt = _LIST_TYPES.get(kind or "1", "decimal") if tag == "ol" else None
        start = _int(attributes.get("start"), 1)
        self._lists.append([tag, fmt, start])

    def _next_number(self, attributes: dict) -> str | None:
        if not self._lists:
            return None
        current = self._lists[-1]
        _, fmt, value = current
        value = _int(attributes.get("value"), value)
        current[2] = value + 1
        if fmt is None:
            return None
        shown = format_number(max(value, 0), fmt)
        return f"{shown}." if fmt == "decimal" else f"({shown})"

    # --- lines --------------------------------------------------------------------------------

    def _flush(self) -> None:
        text = unicodedata.normalize("NFC", " ".join("".join(self._text).split()))
        self._text = []
        if not text:
            return   # a pending list number waits for the item's text
        level = len(self._lists) - 1 if self._lists else None
        if len(self.lines) >= MAX_LINES:
            raise _TooManyLines()
        self.lines.append(SourceLine(text=text, heading_level=self._heading,
                                     list_level=level, number=self._number))
        self._number = None

    def finish(self) -> tuple[SourceLine, ...]:
        self._flush()
        return tuple(line for line in self.lines if line.text or line.number)


def _css_list_type(style: str) -> str | None:
    found = re.search(r"list-style(?:-type)?\s*:\s*([a-z\-]+)", style, re.IGNORECASE)
    return _CSS_TYPES.get(found.group(1).lower()) if found else None


def _int(value: str | None, default: int) -> int:
    """An attribute as a list number, kept within what a draft could number (0-99,999)."""
    try:
        number = int(value) if value is not None else default
    except ValueError:
        return default
    return min(max(number, 0), 99_999)
