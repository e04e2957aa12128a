"""Writes real OpenDocument text files (.odt) for tests, as LibreOffice lays them out.

An .odt is a zip: ``mimetype`` first and stored, ``META-INF/manifest.xml``, ``styles.xml``
(named styles, the outline numbering of headings) and ``content.xml`` (automatic styles,
list styles and the body). ``odt_bytes(body)`` wraps body XML written with the helpers here;
``draft_to_odt(text)`` sets a plain-text draft the way a drafter would in LibreOffice:
"Article N" drawn by the outline numbering on an empty heading, paragraphs "1." and points
"(a)" / "(i)" / "а)" drawn by a list style, none of these numbers in the text.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from xml.sax.saxutils import escape, quoteattr

NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "xlink": "http://www.w3.org/1999/xlink",
    "dc": "http://purl.org/dc/elements/1.1/",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
}
DECLS = " ".join(f'xmlns:{prefix}="{uri}"' for prefix, uri in NS.items())
MIMETYPE = "application/vnd.oasis.opendocument.text"

#: A list style for treaty paragraphs: "1." / "(a)" / "(i)".
TREATY_LIST = (("1", "", "."), ("a", "(", ")"), ("i", "(", ")"))
#: The same with Russian letters for points: "1." / "а)".
RUSSIAN_LIST = (("1", "", "."), ("а", "", ")"), ("i", "(", ")"))


def list_style(name: str, levels, bullets: bool = False) -> str:
    """A text:list-style; ``levels`` is a sequence of (format, prefix, suffix)."""
    body = []
    for index, (fmt, prefix, suffix) in enumerate(levels, start=1):
        if bullets:
            body.append(f'<text:list-level-style-bullet text:level="{index}" '
                        'text:bullet-char="•"/>')
        else:
            body.append(f'<text:list-level-style-number text:level="{index}" '
                        f'style:num-format={quoteattr(fmt)} style:num-prefix={quoteattr(prefix)} '
                        f'style:num-suffix={quoteattr(suffix)}/>')
    return f'<text:list-style style:name="{name}">{"".join(body)}</text:list-style>'


def outline_style(article_word: str = "Article") -> str:
    """Level 1 of the outline draws "Article N"; lower levels are unnumbered."""
    return ('<text:outline-style style:name="Outline">'
            f'<text:outline-level-style text:level="1" style:num-format="1" '
            f'style:num-prefix={quoteattr(article_word + " ")} style:num-suffix=""/>'
            '<text:outline-level-style text:level="2" style:num-format=""/>'
            '</text:outline-style>')


def p(text: str, style: str = "Standard", inner: str | None = None) -> str:
    """A paragraph; ``inner`` is raw XML used instead of the escaped text."""
    return f'<text:p text:style-name={quoteattr(style)}>{inner if inner is not None else escape(text)}</text:p>'


def h(text: str, level: int = 1, style: str | None = None) -> str:
    style = style or f"Heading_20_{level}"
    return (f'<text:h text:style-name={quoteattr(style)} text:outline-level="{level}">'
            f'{escape(text)}</text:h>')


def odt_bytes(body: str, *, automatic_styles: str = "", outline: str | None = None,
              extra_styles: str = "", header: str = "", tracked_changes: str = "") -> bytes:
    """A complete .odt around ``body`` (the children of office:text)."""
    styles = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {DECLS} '
        'office:version="1.3"><office:styles>'
        '<style:style style:name="Standard" style:family="paragraph"/>'
        '<style:style style:name="Title" style:family="paragraph"/>'
        '<style:style style:name="Heading_20_1" style:display-name="Heading 1" '
        'style:family="paragraph"/>'
        '<style:style style:name="Heading_20_2" style:display-name="Heading 2" '
        'style:family="paragraph"/>'
        f'{extra_styles}{outline if outline is not None else outline_style()}'
        '</office:styles><office:master-styles><style:master-page style:name="Standard">'
        f'{header}</style:master-page></office:master-styles></office:document-styles>'
    )
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {DECLS} '
        f'office:version="1.3"><office:automatic-styles>{automatic_styles}'
        '</office:automatic-styles><office:body><office:text>'
        f'{tracked_changes}{body}</office:text></office:body></office:document-content>'
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.3"><manifest:file-entry manifest:full-path="/" '
        f'manifest:media-type="{MIMETYPE}"/></manifest:manifest>'
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), MIMETYPE, zipfile.ZIP_STORED)
        archive.writestr("META-INF/manifest.xml", manifest)
        archive.writestr("styles.xml", styles)
        archive.writestr("content.xml", content)
    return buffer.getvalue()


# --- a plain-text draft set as LibreOffice would set it -------------------------------------

_ARTICLE = re.compile(r"^(Article|Статья) (\d+)$")
_CONTAINER = re.compile(r"^(PART|ANNEX|ЧАСТЬ|ПРИЛОЖЕНИЕ)\b")
_PARAGRAPH = re.compile(r"^(\d+)\.\s+(.*)$")
_POINT = re.compile(r"^\(([a-z]{1,3})\)\s+(.*)$")
_RU_POINT = re.compile(r"^([а-я])\)\s+(.*)$")
_ROMAN = re.compile(r"^(?=[ivx])x{0,3}(ix|iv|v?i{0,3})$")
_LATIN = "abcdefghijklmnopqrstuvwxyz"
_RUSSIAN = "абвгдежзиклмнопрстуфхцчшщэюя"
_ROMANS = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]


@dataclass
class _Lists:
    """The open lists while a draft is set: nested text:list elements as strings."""

    parts: list[str] = field(default_factory=list)
    open: list[int] = field(default_factory=list)       # levels of open lists
    expected: dict[int, int] = field(default_factory=dict)
    last_letter: int = 0

    def close_to(self, level: int) -> None:
        while self.open and self.open[-1] > level:
            self.parts.append("</text:list-item></text:list>")
            self.open.pop()
            self.expected = {k: v for k, v in self.expected.items() if k <= self.open[-1]} \
                if self.open else {}

    def item(self, level: int, value: int, text: str, style: str) -> None:
        if self.open and self.open[-1] >= level:
            self.close_to(level)
            self.parts.append("</text:list-item>")
        else:
            attrs = f' text:style-name="{style}"' if not self.open else ""
            if not self.open and level > 0:
                raise ValueError("a point with no paragraph above it")
            self.parts.append(f"<text:list{attrs}>")
            self.open.append(level)
            self.expected[level] = 1
        start = "" if self.expected.get(level, 1) == value else f' text:start-value="{value}"'
        self.expected[level] = value + 1
        for deeper in [k for k in self.expected if k > level]:
            del self.expected[deeper]
        self.parts.append(f"<text:list-item{start}>{p(text, 'List_20_Paragraph')}")

    def close_all(self) -> None:
        self.close_to(-1)


def draft_to_odt(text: str) -> bytes:
    """The draft ``text`` (one paragraph a line) as an .odt with automatic numbering."""
    russian = "Статья" in text
    lists = _Lists()
    out = lists.parts
    in_title, after_article = True, False
    for line in text.splitlines():
        line = line.strip()
        if not line:
            in_title = False
            continue
        article = _ARTICLE.match(line)
        marker = _marker(line, lists, russian)
        if marker is None:
            lists.close_all()
        if in_title:
            out.append(p(line, "Title"))
        elif article:
            out.append(h("", 1))
            after_article = True
            continue
        elif _CONTAINER.match(line):   # typed, so the outline keeps counting articles
            out.append(p(line, "Heading_20_1"))
            after_article = True
            continue
        elif after_article and marker is None:
            out.append(h(line, 2))
        elif marker is not None:
            level, value, rest = marker
            lists.item(level, value, rest, "L1")
        else:
            out.append(p(line))
        after_article = False
    lists.close_all()
    levels = RUSSIAN_LIST if russian else TREATY_LIST
    return odt_bytes("".join(out), automatic_styles=list_style("L1", levels),
                     outline=outline_style("Статья" if russian else "Article"))


def _marker(line: str, lists: _Lists, russian: bool) -> tuple[int, int, str] | None:
    """(level, value, text) of a numbered paragraph or point, as a list item."""
    found = _PARAGRAPH.match(line)
    if found:
        lists.last_letter = 0
        return 0, int(found.group(1)), found.group(2)
    if not lists.open:
        return None   # a point with no paragraph above it stays typed
    found = _RU_POINT.match(line) if russian else _POINT.match(line)
    if not found:
        return None
    label = found.group(1)
    letters = _RUSSIAN if russian else _LATIN
    is_next_letter = (len(label) == 1 and label in letters
                      and letters.index(label) == lists.last_letter)
    if _ROMAN.match(label) and not is_next_letter:
        return 2, _ROMANS.index(label) + 1, found.group(2)
    if len(label) == 1 and label in letters:
        lists.last_letter = letters.index(label) + 1
        return 1, letters.index(label) + 1, found.group(2)
    return None
