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
    levels: tuple[int | None, ...]   # heading level of each paragraph (1 = largest), or None
    footnotes: tuple[str, ...]
    gaps: frozenset[int]      # indexes of paragraphs with a wider gap (a blank line) above
    furniture_lines: int      # running headers, footers and page numbers dropped
    reference_marks: int      # footnote reference marks taken out of the body


_PAGE_NUMBER = re.compile(
    r"^[-–—\s]*((page|p\.|pg\.?|seite|página|pagina|стр\.?|страница|σελίδα)\s*)?"
    r"(\d{1,5}|[ivxlcdm]{1,8})\s*((of|/|из|von|de|di|από)\s*\d{1,5})?[-–—\s]*$",
    re.IGNORECASE,
)
#: Print-shop marks of UN documents at the foot of a first page: the job number
#: ("26-06383 (E) 180626") and its bar code ("*2606383*").
_PRINT_MARK = re.compile(r"^(\d{2}-\d{5}(\s*\([A-Z]\))?(\s+\d{6}){0,2}|\*\d{6,8}\*)$")
_DIGITS = re.compile(r"\d+")
#: Characters of scripts written without spaces between words (CJK ideographs and their
#: punctuation, kana).
_CJK = re.compile("[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")
_RULE = re.compile(r"^[_\-–—‒\s]{5,}$")
_MARKER = re.compile(
    r"^([IVXLC]{1,6}\.\s|[A-Z]\.\s|\(?[0-9]{1,3}[.)]|\(?[a-zа-я]{1,4}\)|(article|art\.|статья|part|chapter|section|annex"
    r"|rule|regulation|règle|правило|часть|глава|раздел|приложение)\s)", re.IGNORECASE)
#: A heading that is only a unit's name and number ("Article 5", "PART II", "Rule 12"): the
#: line after it is its title or its text, never the rest of it.
_UNIT_ONLY = re.compile(
    r"^(article|artículo|artikel|статья|part|partie|parte|часть|chapter|chapitre|глава"
    r"|section|раздел|annex|annexe|приложение|appendix|schedule|protocol|rule|règle"
    r"|regulation|правило|principle|guideline|standard|clause|preamble|préambule|преамбула"
    r")(\s+[\w.\-]{1,12})?(\s+(bis|ter|quater))?\.?$", re.IGNORECASE)
#: Words a title line ends with when it runs on to the next line ("... between this
#: Agreement and" / "relevant legal instruments").
_RUNS_ON = frozenset(
    "and or nor of the to for in on between with under by a an at from into its their as "
    "that which concerning regarding beyond within upon et ou de des du la le les à en sur "
    "и или в на по о об для с к от".split())
_NOTE_START = re.compile(r"^(\d{1,3}|[*†‡§¶]+)(\s|[.)]|\D)")
#: A note's first line without a raised number: "12 See ...", "* Reissued ...".
_NOTE_FIRST = re.compile(r"^(\d{1,3}|[*†‡§¶]+)\s+[^\W\d]")
_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_SENTENCE_END = (".", ";", ":", "!", "?")
#: Stands in a line's text where two runs of glyphs are a word space apart or a little less
#: (a justified line spaces out both "of" + "the" and "consultati" + "ons"): it becomes
#: nothing where the two halves make a word the document writes elsewhere, else a space.
MAYBE_SPACE = "\ue000"
_MAYBE = re.compile(r"([^\W\d_]*)\ue000([^\W\d_]*)")

#: Share of a margin band of the page height in which headers and footers stand.
_BAND = 0.16


def lay_out(pages: list[list[PdfLine]]) -> Laid:
    """Paragraphs in reading order from the lines of every page (each in reading order)."""
    _settle_spaces(pages)
    pages, furniture = _strip_furniture(pages)
    body_size = _body_size(pages)
    pages, notes = _split_footnotes(pages, body_size)
    body = [line for page in pages for line in page]
    vocabulary = _vocabulary(body)
    paragraphs, gaps, styles = _paragraphs(body, vocabulary)
    return Laid(
        paragraphs=tuple(paragraphs),
        levels=_heading_levels(paragraphs, styles, body_size),
        gaps=frozenset(gaps),
        footnotes=tuple(_group_notes(notes, vocabulary)),
        furniture_lines=furniture,
        reference_marks=sum(line.marks for line in body),
    )


def _settle_spaces(pages: list[list[PdfLine]]) -> None:
    """Turns each MAYBE_SPACE into a space or nothing (see there), in place."""
    marked = [line for page in pages for line in page if MAYBE_SPACE in line.raw]
    if not marked:
        return
    words: set[str] = set()
    for page in pages:
        for line in page:
            text = line.text.lower()
            words.update(_WORDS.findall(_MAYBE.sub(" ", text) if MAYBE_SPACE in text
                                        else text))

    def settle(found: re.Match) -> str:
        head, tail = found.group(1), found.group(2)
        whole = (head + tail).lower()
        if head and tail and whole in words and not (
                head.lower() in words and tail.lower() in words and len(head) > 2
                and len(tail) > 2):
            return head + tail
        return f"{head} {tail}"

    for line in marked:
        line.text = _MAYBE.sub(settle, line.text).replace(MAYBE_SPACE, " ")
        line.raw = _MAYBE.sub(settle, line.raw).replace(MAYBE_SPACE, " ")


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
        furniture |= {id(line) for line in page
                      if _in_band(line) and _PRINT_MARK.match(line.text.strip())}
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
        others = [abs(line.baseline - other.baseline) for other in page
                  if other is not line and other.x0 < line.x1 and line.x0 < other.x1]
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
        lowest_body = min((line.baseline for line in page if line.size > body_size * 0.9),
                          default=None)
        foot = [line for line in page
                if line.size <= body_size * 0.9 and lowest_body is not None
                and line.baseline < lowest_body and line.baseline < line.page_height * 0.5]
        ids = {id(line) for line in foot}
        out.append([line for line in page if id(line) not in ids])
        notes.extend(sorted(foot, key=lambda line: -line.baseline))
    return out, notes


def _group_notes(lines: list[PdfLine], vocabulary: set[str]) -> list[str]:
    """Footnote lines into notes: a line starting with a number or a symbol starts one."""
    notes: list[str] = []
    for line in lines:
        text = " ".join(line.raw.split())
        if _RULE.match(text):
            continue          # the rule a word processor draws above the notes with "_"
        starts = line.marks > 0 and _NOTE_START.match(text) or _NOTE_FIRST.match(text)
        if notes and not starts:
            notes[-1] = _join(notes[-1], text, vocabulary)   # on the same or the next page
        else:
            notes.append(text)
    return notes


# --- paragraphs -------------------------------------------------------------------------------


def _paragraphs(body: list[PdfLine], vocabulary: set[str]
                ) -> tuple[list[str], set[int], list[tuple[float, bool, int]]]:
    """The paragraphs, which of them follow a wider gap (a blank line in the draft), and
    the style of each (font size, bold, number of lines)."""
    if not body:
        return [], set(), []
    right = _right_edge(body)
    leading = _leading(body)
    paragraphs = [" ".join(body[0].text.split())]
    styles = [(body[0].size, body[0].bold, 1)]
    gaps: set[int] = set()
    for previous, line in zip(body, body[1:]):
        text = " ".join(line.text.split())
        if not text:
            continue
        if not paragraphs[-1]:
            paragraphs[-1] = text
            styles[-1] = (line.size, line.bold, 1)
        elif _continues(previous, line, right, leading):
            paragraphs[-1] = _join(paragraphs[-1], text, vocabulary)
            size, bold, count = styles[-1]
            styles[-1] = (size, bold and line.bold, count + 1)
        else:
            if _gap_between(previous, line, leading):
                gaps.add(len(paragraphs))
            paragraphs.append(text)
            styles.append((line.size, line.bold, 1))
    return paragraphs, gaps, styles


def _heading_levels(paragraphs: list[str], styles: list[tuple[float, bool, int]],
                    body_size: float) -> tuple[int | None, ...]:
    """Heading levels from type: a short paragraph in a larger size than the body, or in
    bold, is a heading; its level is the rank of its style (size, then bold before plain)
    among the heading styles the document uses more than once (1 = largest). A style used
    once (a cover page's title) takes the level of the nearest smaller ranked style."""
    candidates: list[tuple[float, bool] | None] = []
    for text, (size, bold, lines) in zip(paragraphs, styles):
        larger = body_size > 0 and size >= body_size * 1.08
        heading = (larger or bold) and len(text) <= 500 and lines <= 8 \
            and not (text.endswith((".", ";", ",")) and len(text) > 80)
        candidates.append((round(size, 1), bold) if heading else None)
    uses = Counter(style for style in candidates if style is not None)
    ranked = sorted((style for style, count in uses.items() if count > 1),
                    key=lambda style: (-style[0], not style[1]))
    rank = {style: index + 1 for index, style in enumerate(ranked)}
    levels: list[int | None] = []
    for style in candidates:
        if style is None:
            levels.append(None)
        elif style in rank:
            levels.append(rank[style])
        else:
            below = [rank[other] for other in ranked
                     if (-other[0], not other[1]) >= (-style[0], not style[1])]
            levels.append(min(below) if below else (len(ranked) + 1 if ranked else 1))
    return tuple(levels)


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
            return False      # a new column, a piece of the same line, or a wider gap
    elif line.page != previous.page + 1:
        return False
    if abs(line.size - previous.size) > 0.15 * max(line.size, previous.size):
        return False          # a heading in another size
    text, before = line.text.lstrip(), previous.text.rstrip()
    ended = before.endswith(_SENTENCE_END)
    if _UNIT_ONLY.match(before):
        return False          # "Article 5" stands alone; its title comes next
    if previous.bold != line.bold:
        return False          # a bold heading above plain text, or the reverse
    marker = _MARKER.match(text) is not None
    lower = text[:1].islower() and not marker
    if lower and not ended:
        return True           # a sentence running on ("... the" / "of the Agreement")
    words = before.split()
    if (not ended and not marker and line.page == previous.page
            and (previous.bold or (words and words[-1].lower() in _RUNS_ON))):
        return True           # a title running on ("... Convention and" / "relevant ...")
    edge = previous.right or right
    fits = previous.x1 + previous.space_width + line.first_word_width <= edge
    if fits:
        return False          # the typesetter would have put the next word on this line
    return not (ended and marker)


def _join(paragraph: str, text: str, vocabulary: set[str]) -> str:
    """Joins a line to its paragraph, undoing a hyphenation at the line end; Chinese and
    Japanese lines are joined without a space (they have none between words)."""
    if paragraph.endswith("\u00ad"):
        return paragraph[:-1] + text
    if paragraph and text and _CJK.match(paragraph[-1]) and _CJK.match(text[0]):
        return paragraph + text
    if (paragraph.endswith(("-", "\u2010")) and len(paragraph) > 1
            and paragraph[-2].isalpha() and text[:1].isalpha()):
        head = _last_word(paragraph[:-1])
        tail = _first_word(text)
        joined, hyphenated = (head + tail).lower(), f"{head}-{tail}".lower()
        if joined in vocabulary:
            return paragraph[:-1] + text
        if hyphenated in vocabulary:
            return paragraph + text
        if (len(head) >= 4 and len(tail) >= 4 and head.lower() in vocabulary
                and tail.lower() in vocabulary):
            return paragraph + text       # two words of the text: a compound ("user-friendly")
        if text[0].islower():
            return paragraph[:-1] + text
        return paragraph + text
    return f"{paragraph} {text}"


def _last_word(text: str) -> str:
    found = re.search(r"[^\W\d_]+$", text)
    return found.group(0) if found else ""


def _first_word(text: str) -> str:
    found = re.match(r"[^\W\d_]+", text)
    return found.group(0) if found else ""


def _vocabulary(lines: list[PdfLine]) -> set[str]:
    """Every word of the body as written, hyphenated compounds included, in lower case;
    the two halves of a word broken at a line end are not words of their own."""
    words: set[str] = set()
    broken_before = False
    for line in lines:
        found = _WORDS.findall(line.text.lower())
        broken = line.text.rstrip().endswith(("-", "\u00ad", "\u2010"))
        if broken and found:
            found = found[:-1]
        if broken_before and found:
            found = found[1:]
        words.update(found)
        broken_before = broken
    return words
