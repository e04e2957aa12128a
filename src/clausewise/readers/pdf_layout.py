"""From positioned PDF lines back to the paragraphs the drafter typed.

A PDF keeps no paragraphs, only lines of glyphs at positions. This module undoes what the
typesetter did, using only geometry and the text itself (no dictionary):

* **page furniture**: running headers and footers are the lines in the top or bottom margin
  whose text (digits aside) comes back at the same height on many pages; page numbers
  ("3", "- 3 -", "Page 3 of 12", "Стр. 3") are dropped wherever they stand in a margin;
* **footnotes**: lines in smaller type below the last body-size line of a page, kept apart;
* **paragraphs**: a line ends its paragraph when the first word of the next line would have
  fitted on it (so the typesetter did not wrap there), when a wider gap follows, or when a
  finished sentence is followed by a clause number ("(b)", "2.", "Article 5");
* **hyphenation**: "consul-" + "tations" is joined to "consultations" unless the hyphenated
  form is what the draft writes elsewhere ("self-defence").
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass


@dataclass(slots=True)
class PdfLine:
    """One line of text on a page, in PDF points (y grows upwards)."""

    text: str            # footnote reference marks (small raised figures) taken out
    raw: str             # as on the page, marks included
    page: int
    x0: float
    x1: float
    baseline: float
    size: float          # the font size most of its characters have
    first_word_width: float
    space_width: float
    page_height: float
    page_width: float = 0.0
    marks: int = 0       # footnote reference marks taken out of ``text``
    right: float = 0.0   # right edge of its column, when the page has two (0: one column)
    bold: bool = False   # most of its characters in a bold font


@dataclass(frozen=True, slots=True)
class Laid:
    """The body paragraphs and footnotes of a PDF, and what was left out."""

    paragraphs: tuple[str, ...]
    footnotes: tuple[str, ...]
    gaps: frozenset[int]      # indexes of paragraphs with a wider gap (a blank line) above
    furniture_lines: int      # running headers, footers and page numbers dropped
    reference_marks: int      # footnote reference marks taken out of the body


_PAGE_NUMBER = re.compile(
    r"^[-–—\s]*((page|p\.|pg\.?|seite|página|pagina|стр\.?|страница|σελίδα)\s*)?"
    r"(\d{1,5}|[ivxlcdm]{1,8})\s*((of|/|из|von|de|di|από)\s*\d{1,5})?[-–—\s]*$",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d+")
_MARKER = re.compile(
    r"^(\(?[0-9]{1,3}[.)]|\(?[a-zа-я]{1,4}\)|(article|art\.|статья|part|chapter|section|annex"
    r"|часть|глава|раздел|приложение)\s)", re.IGNORECASE)
_NOTE_START = re.compile(r"^(\d{1,3}|[*†‡§¶]+)(\s|[.)]|\D)")
_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_SENTENCE_END = (".", ";", ":", "!", "?")

#: Share of a margin band of the page height in which headers and footers stand.
_BAND = 0.16


def lay_out(pages: list[list[PdfLine]]) -> Laid:
    """Paragraphs in reading order from the lines of every page (each in reading order)."""
    pages, furniture = _strip_furniture(pages)
    body_size = _body_size(pages)
    pages, notes = _split_footnotes(pages, body_size)
    body = [line for page in pages for line in page]
    vocabulary = _vocabulary(body)
    paragraphs, gaps = _paragraphs(body, vocabulary)
    return Laid(
        paragraphs=tuple(paragraphs),
        gaps=frozenset(gaps),
        footnotes=tuple(_group_notes(notes, vocabulary)),
        furniture_lines=furniture,
        reference_marks=sum(line.marks for line in body),
    )


# --- page furniture ---------------------------------------------------------------------------


def _in_band(line: PdfLine) -> bool:
    height = line.page_height or 1
    return line.baseline > height * (1 - _BAND) or line.baseline < height * _BAND


def _strip_furniture(pages: list[list[PdfLine]]) -> tuple[list[list[PdfLine]], int]:
    """Drops running headers and footers and page numbers; returns the pages and the count."""
    edges = [_edge_lines(page) for page in pages]
    repeated = _repeated(edges, len(pages))
    out, dropped = [], 0
    for page, page_edges in zip(pages, edges):
        furniture = {id(line) for line in page_edges
                     if _PAGE_NUMBER.match(line.text)
                     or _near(line.baseline, repeated.get(_key(line), ()))}
        dropped += len(furniture)
        out.append([line for line in page if id(line) not in furniture])
    return out, dropped


def _edge_lines(page: list[PdfLine]) -> list[PdfLine]:
    """Lines at the top or bottom of a page (up to 3 each), in a margin band, standing apart
    from their neighbours (a header has more room around it than a line of a paragraph)."""
    ordered = sorted(page, key=lambda line: -line.baseline)
    picked = {id(line): line for line in ordered[:3] + ordered[-3:]}
    out = []
    for line in picked.values():
        others = [abs(line.baseline - other.baseline) for other in page if other is not line]
        nearest = min((gap for gap in others if gap > 0.5), default=1e9)
        if _in_band(line) and nearest > 1.6 * max(line.size, 1.0):
            out.append(line)
    return out


def _key(line: PdfLine) -> str:
    return _DIGITS.sub("#", " ".join(line.text.lower().split()))


def _near(baseline: float, heights) -> bool:
    return any(abs(baseline - height) <= 4 for height in heights)


def _repeated(edges: list[list[PdfLine]], pages_count: int) -> dict[str, list[float]]:
    """Texts (digits aside) at the same height in the margin of at least 40% of the pages
    (and of two pages at least): the heights at which each stands."""
    spots: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for page_edges in edges:
        for line in page_edges:
            if line.text.strip():
                spots[_key(line)].append((line.page, line.baseline))
    need = max(2, -(-pages_count * 2 // 5))
    out: dict[str, list[float]] = {}
    for key, places in spots.items():
        for _, height in places:
            pages_there = {page for page, other in places if abs(other - height) <= 4}
            if len(pages_there) >= need:
                out.setdefault(key, []).append(height)
    return out


# --- footnotes --------------------------------------------------------------------------------


def _body_size(pages: list[list[PdfLine]]) -> float:
    """The font size of most of the text (weighted by characters)."""
    sizes: Counter[float] = Counter()
    for page in pages:
        for line in page:
            sizes[round(line.size, 1)] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _split_footnotes(pages: list[list[PdfLine]], body_size: float
                     ) -> tuple[list[list[PdfLine]], list[PdfLine]]:
    """Moves the small-type lines below the last body-size line of each page to the notes."""
    out, notes = [], []
    for page in pages:
        if not page or body_size <= 0:
            out.append(page)
            continue
        lowest_body = min((line.baseline for line in page if line.size > body_size * 0.85),
                          default=None)
        foot = [line for line in page
                if line.size <= body_size * 0.85 and lowest_body is not None
                and line.baseline < lowest_body and line.baseline < line.page_height * 0.5]
        ids = {id(line) for line in foot}
        out.append([line for line in page if id(line) not in ids])
        notes.extend(sorted(foot, key=lambda line: -line.baseline))
    return out, notes


def _group_notes(lines: list[PdfLine], vocabulary: set[str]) -> list[str]:
    """Footnote lines into notes: a line starting with a number or a symbol starts one."""
    notes: list[str] = []
    previous: PdfLine | None = None
    for line in lines:
        text = " ".join(line.raw.split())
        new_page = previous is None or previous.page != line.page
        if notes and not new_page and not _NOTE_START.match(text):
            notes[-1] = _join(notes[-1], text, vocabulary)
        elif notes and new_page and not _NOTE_START.match(text):
            notes[-1] = _join(notes[-1], text, vocabulary)   # a note running onto a page
        else:
            notes.append(text)
        previous = line
    return notes


# --- paragraphs -------------------------------------------------------------------------------


def _paragraphs(body: list[PdfLine], vocabulary: set[str]) -> tuple[list[str], set[int]]:
    """The paragraphs, and which of them follow a wider gap (a blank line in the draft)."""
    if not body:
        return [], set()
    right = _right_edge(body)
    leading = _leading(body)
    paragraphs = [" ".join(body[0].text.split())]
    gaps: set[int] = set()
    for previous, line in zip(body, body[1:]):
        text = " ".join(line.text.split())
        if not text:
            continue
        if not paragraphs[-1]:
            paragraphs[-1] = text
        elif _continues(previous, line, right, leading):
            paragraphs[-1] = _join(paragraphs[-1], text, vocabulary)
        else:
            if _gap_between(previous, line, leading):
                gaps.add(len(paragraphs))
            paragraphs.append(text)
    return paragraphs, gaps


def _gap_between(previous: PdfLine, line: PdfLine, leading: float) -> bool:
    step = previous.baseline - line.baseline
    return line.page == previous.page and leading > 0 and step > leading * 1.4


def _right_edge(body: list[PdfLine]) -> float:
    """Where the text column ends: nearly the rightmost line end (a stray long line aside).
    With too few full lines to tell (a short draft), the page is taken to be symmetric."""
    ends = sorted(line.x1 for line in body)
    edge = ends[min(len(ends) - 1, int(len(ends) * 0.98))]
    full = sum(1 for end in ends if end >= edge - 15)
    width = max((line.page_width for line in body), default=0.0)
    if full < 3 and width > 0:
        return max(edge, width - min(line.x0 for line in body))
    return edge


def _leading(body: list[PdfLine]) -> float:
    """The usual distance between the baselines of two lines of one paragraph: one of the
    smallest steps (wider steps are gaps between paragraphs)."""
    steps = sorted(previous.baseline - line.baseline for previous, line in zip(body, body[1:])
                   if previous.page == line.page
                   and 0 < previous.baseline - line.baseline < 3 * max(previous.size, 1))
    return steps[len(steps) // 10] if steps else 0.0


def _continues(previous: PdfLine, line: PdfLine, right: float, leading: float) -> bool:
    """Whether ``line`` carries on the paragraph that ``previous`` belongs to."""
    if line.page == previous.page:
        step = previous.baseline - line.baseline
        if step <= 0 or _gap_between(previous, line, leading):
            return False      # a new column, or a wider gap
    elif line.page != previous.page + 1:
        return False
    if abs(line.size - previous.size) > 0.15 * max(line.size, previous.size):
        return False          # a heading in another size
    edge = previous.right or right
    fits = previous.x1 + previous.space_width + line.first_word_width <= edge
    if fits:
        return False          # the typesetter would have put the next word on this line
    ended = previous.text.rstrip().endswith(_SENTENCE_END)
    return not (ended and _MARKER.match(line.text.lstrip()))


def _join(paragraph: str, text: str, vocabulary: set[str]) -> str:
    """Joins a line to its paragraph, undoing a hyphenation at the line end."""
    if paragraph.endswith("\u00ad"):
        return paragraph[:-1] + text
    if (paragraph.endswith(("-", "\u2010")) and len(paragraph) > 1
            and paragraph[-2].isalpha() and text[:1].isalpha()):
        head = _last_word(paragraph[:-1])
        tail = _first_word(text)
        joined, hyphenated = (head + tail).lower(), f"{head}-{tail}".lower()
        if joined in vocabulary or (hyphenated not in vocabulary and text[0].islower()):
            return paragraph[:-1] + text
        return paragraph[:-1] + "-" + text
    return f"{paragraph} {text}"


def _last_word(text: str) -> str:
    found = re.search(r"[^\W\d_]+$", text)
    return found.group(0) if found else ""


def _first_word(text: str) -> str:
    found = re.match(r"[^\W\d_]+", text)
    return found.group(0) if found else ""


def _vocabulary(lines: list[PdfLine]) -> set[str]:
    """Every word of the body as written, hyphenated compounds included, in lower case."""
    words: set[str] = set()
    for line in lines:
        text = line.text.rstrip("-\u00ad\u2010 ")
        for word in _WORDS.findall(text.lower()):
            words.add(word)
    return words
