"""The text of a PDF's pages as positioned lines, read with PDFium (pypdfium2).

PDFium parses a page into objects; each text object is one run of text in one font and
size at one position (a word processor writes one per line or per few words). Reading the
objects, not the characters, keeps the calls into the C library to a few per run, so a
200-page draft is read in about a second. Runs are put together into lines here:

* runs on one baseline whose gap is small belong to one line (joined with a space when the
  gap is a word space, without one when a word was split into two runs);
* runs further apart (a tab after "1.", a second column) stay separate lines; the reading
  order (``pdf_order``) joins them or reads them column by column;
* a run in small type raised above the line just below it is a footnote reference mark:
  it is kept in ``raw`` and taken out of ``text``;
* the width of a line's first word and of a space come from PDFium's character positions
  (the layout asks whether the next line's first word would have fitted on this one).

Font size is the run's size times the scale of its matrix; weight comes from the font
(its weight, its ForceBold flag or a "Bold" in its name).
"""

from __future__ import annotations

import ctypes
import math
from collections import Counter
from dataclasses import dataclass

from .errors import LimitReached
from .pdf_layout import MAYBE_SPACE, PdfLine

#: Runs on baselines closer than this (points) stand on one line.
_SAME_BASELINE = 1.5
#: Runs on one line with a gap wider than this (in font sizes) are separate pieces.
_PIECE_GAP = 1.0
#: Deepest form-in-form nesting followed (PDFium itself stops a little deeper).
_MAX_FORM_DEPTH = 16


class PageLimit(LimitReached):
    """A page has more objects or characters than the limits allow."""


@dataclass(slots=True)
class _Run:
    text: str
    x0: float
    x1: float
    baseline: float
    size: float
    bold: bool
    origin: float      # x of the run's origin (where its first glyph starts)
    mark: bool = False  # a footnote reference mark attached to the line below it


class _Fonts:
    """Whether each font is bold, asked once per font."""

    def __init__(self, raw) -> None:
        self.raw = raw
        self.known: dict[int, bool] = {}

    def bold(self, font) -> bool:
        key = ctypes.cast(font, ctypes.c_void_p).value or 0
        if key not in self.known:
            self.known[key] = self._ask(font)
        return self.known[key]

    def _ask(self, font) -> bool:
        raw = self.raw
        if not font:
            return False
        weight = raw.FPDFFont_GetWeight(font)
        if weight >= 600:
            return True
        flags = raw.FPDFFont_GetFlags(font)
        if flags > 0 and flags & (1 << 18):
            return True
        size = raw.FPDFFont_GetBaseFontName(font, None, 0)
        if 0 < size < 512:
            buffer = ctypes.create_string_buffer(size)
            raw.FPDFFont_GetBaseFontName(font, buffer, size)
            name = buffer.value.decode("latin-1", "replace").lower()
            return any(word in name for word in ("bold", "black", "heavy", "semibold",
                                                 "demi"))
        return False


class PageReader:
    """Reads the lines of one page after another of an open pypdfium2 document."""

    def __init__(self, stats: Counter, max_objects: int, max_chars: int) -> None:
        import pypdfium2.raw as raw

        self.raw = raw
        self.stats = stats
        self.max_objects = max_objects
        self.max_chars = max_chars
        self.fonts = _Fonts(raw)
        self._grow(4096)
        self._double = [ctypes.c_double() for _ in range(4)]
        self._float = [ctypes.c_float() for _ in range(5)]
        self._matrix = raw.FS_MATRIX()

    def _grow(self, size: int) -> None:
        self._buffer = ctypes.create_string_buffer(size)
        self._size = size
        self._pointer = ctypes.cast(self._buffer, ctypes.POINTER(ctypes.c_ushort))

    def lines(self, page, index: int) -> list[PdfLine]:
        raw = self.raw
        count = raw.FPDFPage_CountObjects(page)
        if count > self.max_objects:
            raise PageLimit("objects")
        textpage = raw.FPDFText_LoadPage(page)
        if not textpage:
            return []
        try:
            chars = raw.FPDFText_CountChars(textpage)
            if chars > self.max_chars:
                raise PageLimit("characters")
            self._unicode_errors(textpage, chars)
            width = raw.FPDF_GetPageWidthF(page)
            height = raw.FPDF_GetPageHeightF(page)
            runs: list[_Run] = []
            objects = [(raw.FPDFPage_GetObject(page, k), None, 0) for k in range(count)]
            self._walk(objects, textpage, index, runs)
            return _lines(runs, index, (width, height), self, textpage)
        finally:
            raw.FPDFText_ClosePage(textpage)

    def _unicode_errors(self, textpage, chars: int) -> None:
        """Samples the page's characters for glyphs with no Unicode meaning."""
        if chars <= 0:
            return
        step = max(1, chars // 64)
        sampled = errors = 0
        for position in range(0, chars, step):
            sampled += 1
            if self.raw.FPDFText_HasUnicodeMapError(textpage, position) == 1:
                errors += 1
        self.stats["sampled"] += sampled
        self.stats["unmapped"] += errors

    def _walk(self, objects, textpage, index: int, runs: list[_Run]) -> None:
        raw = self.raw
        stack = list(reversed(objects))
        while stack:
            obj, outer, depth = stack.pop()
            kind = raw.FPDFPageObj_GetType(obj)
            if kind == raw.FPDF_PAGEOBJ_TEXT:
                run = self._run(obj, textpage, outer)
                if run is not None:
                    runs.append(run)
            elif kind == raw.FPDF_PAGEOBJ_IMAGE:
                self.stats["images"] += 1
                self.stats[f"image page {index}"] += 1
            elif kind == raw.FPDF_PAGEOBJ_PATH:
                self.stats["paths"] += 1
            elif kind == raw.FPDF_PAGEOBJ_FORM and depth < _MAX_FORM_DEPTH:
                matrix = self._matrix_of(obj)
                if outer is not None:
                    matrix = _compose(matrix, outer)
                inner = raw.FPDFFormObj_CountObjects(obj)
                if inner > self.max_objects:
                    raise PageLimit("objects")
                stack.extend((raw.FPDFFormObj_GetObject(obj, k), matrix, depth + 1)
                             for k in reversed(range(max(inner, 0))))

    def _matrix_of(self, obj) -> tuple[float, ...]:
        matrix = self._matrix
        if not self.raw.FPDFPageObj_GetMatrix(obj, matrix):
            return (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
        return (matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f)

    def _run(self, obj, textpage, outer) -> _Run | None:
        raw = self.raw
        length = raw.FPDFTextObj_GetText(obj, textpage, self._pointer, self._size)
        if length <= 2:
            return None
        if length > self._size:       # a run longer than the buffer: a larger one, again
            self._grow(length)
            raw.FPDFTextObj_GetText(obj, textpage, self._pointer, self._size)
        text = self._buffer.raw[:length - 2].decode("utf-16-le", "replace")
        text = text.replace("\x00", " ").replace("\r", " ").replace("\n", " ").replace(
            "\x02", "-")   # PDFium marks a hyphen at a line end as U+0002
        if not text.strip():
            return None
        a, b, c, d, e, f = self._matrix_of(obj)
        size_value = self._float[4]
        raw.FPDFTextObj_GetFontSize(obj, size_value)
        scale = math.sqrt(abs(a * d - b * c)) or 1.0
        left, bottom, right, top = self._float[:4]
        raw.FPDFPageObj_GetBounds(obj, left, bottom, right, top)
        x0, x1 = left.value, right.value
        size = size_value.value * scale
        if outer is not None:
            oa, ob, oc, od, oe, of = outer
            e, f = oa * e + oc * f + oe, ob * e + od * f + of
            x0, x1 = sorted((oa * x0 + oc * bottom.value + oe, oa * x1 + oc * top.value + oe))
            size *= math.sqrt(abs(oa * od - ob * oc)) or 1.0
        return _Run(text=text, x0=x0, x1=x1, baseline=f, size=round(size, 2),
                    bold=self.fonts.bold(raw.FPDFTextObj_GetFont(obj)), origin=e)

    def first_word(self, textpage, line: PdfLine) -> tuple[float, float] | None:
        """The advance width of the line's first word and of the space after it, from
        PDFium's character origins; None when the characters cannot be found."""
        raw = self.raw
        size = line.size
        at = raw.FPDFText_GetCharIndexAtPos(textpage, line.x0 + 0.3, line.baseline + 0.3 * size,
                                            0.6 * size, 0.6 * size)
        if at < 0:
            return None
        count = raw.FPDFText_GetText(textpage, at, 48, self._pointer)
        text = self._buffer.raw[:max(count - 1, 0) * 2].decode("utf-16-le", "replace")
        word = line.text.split()[0] if line.text.split() else ""
        if not word or not text.startswith(word[:1]):
            return None
        end = 0
        while end < len(text) and not text[end].isspace():
            end += 1
        if end >= len(text) or end == 0:
            return None
        x, y = self._double[0], self._double[1]
        origins = []
        for position in (at, at + end, at + end + 1):
            if not raw.FPDFText_GetCharOrigin(textpage, position, x, y):
                return None
            origins.append(x.value)
        word_width = origins[1] - origins[0]
        space = origins[2] - origins[1]
        if word_width <= 0 or not 0 < space < 3 * size:
            return None
        return word_width, space


def _compose(inner: tuple[float, ...], outer: tuple[float, ...]) -> tuple[float, ...]:
    a, b, c, d, e, f = inner
    oa, ob, oc, od, oe, of = outer
    return (a * oa + b * oc, a * ob + b * od, c * oa + d * oc, c * ob + d * od,
            e * oa + f * oc + oe, e * ob + f * od + of)


def _lines(runs: list[_Run], page: int, page_size: tuple[float, float], reader: PageReader,
           textpage) -> list[PdfLine]:
    """Runs grouped into lines (baseline clusters split at wide gaps), marks attached."""
    clusters = _clusters(runs)
    clusters = _attach_marks(clusters)
    out: list[PdfLine] = []
    for cluster in clusters:
        for piece in _pieces(cluster):
            line = _line(piece, page, page_size)
            if line is not None:
                out.append(line)
    _measure_first_words(out, reader, textpage)
    return out


def _measure_first_words(lines: list[PdfLine], reader: PageReader, textpage) -> None:
    """Measures the first word and space of the lines where the layout's question "would
    it have fitted on the line above?" is a close call (the estimate from the run's width
    would do elsewhere; asking PDFium costs a search of the page's characters)."""
    if textpage is None or not lines:
        return
    edge = max(line.x1 for line in lines)
    above: PdfLine | None = None
    for line in lines:
        room = edge - above.x1 - above.space_width if above is not None else None
        if room is None or abs(room - line.first_word_width) <= \
                0.4 * line.first_word_width + 0.5 * line.size:
            measured = reader.first_word(textpage, line)
            if measured is not None:
                line.first_word_width, line.space_width = measured
        above = line


def _clusters(runs: list[_Run]) -> list[list[_Run]]:
    ordered = sorted(runs, key=lambda run: (-run.baseline, run.x0))
    clusters: list[list[_Run]] = []
    anchor = None
    for run in ordered:
        if anchor is not None and anchor - run.baseline < _SAME_BASELINE:
            clusters[-1].append(run)
        else:
            clusters.append([run])
            anchor = run.baseline
    for cluster in clusters:
        cluster.sort(key=lambda run: run.x0)
    return clusters


def _main_size(runs: list[_Run]) -> float:
    first = round(runs[0].size, 1) if runs else 0.0
    if all(round(run.size, 1) == first for run in runs):
        return first
    sizes: Counter[float] = Counter()
    for run in runs:
        sizes[round(run.size, 1)] += len(run.text.strip())
    return sizes.most_common(1)[0][0] if sizes else 0.0


#: Raised letters that are part of a word, not reference marks: ordinals ("20th", "1er",
#: "2e", "1o") and the like.
_RAISED_WORD = frozenset("st nd rd th er re e ème eme o a os as".split())


def _is_mark(run: _Run, size: float) -> bool:
    text = run.text.strip()
    if text.isalpha() and (len(text) > 1 or text.lower() in _RAISED_WORD):
        return False
    return 0 < len(text) <= 4 and run.size < 0.8 * size and all(
        ch.isdigit() or ch in "*†‡§¶,abcdefghijklmnopqrstuvwxyz" or "\ue000" < ch <= "\uf8ff"
        for ch in text)      # private-use: a symbol font's asterisk with no Unicode map


def _is_raised(run: _Run, size: float) -> bool:
    """A few characters in small type: raised above a line, a superscript of it."""
    return 0 < len(run.text.strip()) <= 4 and run.size < 0.8 * size


def _attach_marks(clusters: list[list[_Run]]) -> list[list[_Run]]:
    """Small raised runs join the line just below them: reference marks (taken out of its
    text), or a superscript that belongs to a word ("20th")."""
    out: list[list[_Run]] = []
    for index, cluster in enumerate(clusters):
        below = clusters[index + 1] if index + 1 < len(clusters) else None
        if below is not None:
            size = _main_size(below)
            step = cluster[0].baseline - below[0].baseline
            left = min(run.x0 for run in below) - 2 * size   # a note's hanging number
            right = max(run.x1 for run in below) + size
            marks = [run for run in cluster if _is_raised(run, size) and 0 < step < 0.7 * size
                     and left <= run.x0 <= right]
            if marks:
                for run in marks:
                    below.append(_Run(run.text, run.x0, run.x1, below[0].baseline, run.size,
                                      run.bold, run.origin, mark=_is_mark(run, size)))
                below.sort(key=lambda run: run.x0)
                taken = {id(run) for run in marks}
                cluster = [run for run in cluster if id(run) not in taken]
        if cluster:
            out.append(cluster)
    return out


def _pieces(cluster: list[_Run]) -> list[list[_Run]]:
    """A baseline cluster split where the gap between two runs is wider than a word space
    could be (a tab, a second column)."""
    pieces: list[list[_Run]] = []
    for run in cluster:
        if pieces:
            last = pieces[-1][-1]
            gap = run.x0 - last.x1
            if gap <= _PIECE_GAP * max(run.size, last.size) or run.mark or last.mark:
                pieces[-1].append(run)
                continue
        pieces.append([run])
    return pieces


def _line(runs: list[_Run], page: int, page_size: tuple[float, float]) -> PdfLine | None:
    body = [run for run in runs if not run.mark] or runs
    size = _main_size(body)
    main = [run for run in body if round(run.size, 1) == size] or body
    text: list[str] = []
    raw: list[str] = []
    previous: _Run | None = None
    marks = 0
    for run in runs:
        # A space that starts a run is a glyph of the PDF: a space. One at the end of a run
        # is a hint, not a fact (PDFium adds one after a run that a justified line spaced
        # out, "ar" + "eas"). Measured on UN documents, from ink end to the next origin in
        # font sizes: word spaces 0.1-0.6 (0.1 after an italic "f"), letters of one word
        # split into two runs up to 0.2. So a wide gap is a space, a narrow one none, and
        # one in between, where PDFium hinted a space, is settled by the layout with the
        # words of the document (MAYBE_SPACE).
        piece = run.text.strip()
        if previous is not None:
            gap = (min(run.x0, run.origin) - previous.x1) / max(size, 1.0)
            hinted = previous.text[-1:].isspace()
            if run.text[:1].isspace() or gap >= (0.3 if hinted else 0.25):
                piece = " " + piece
            elif hinted and gap > 0.05 and piece[:1] in "([“‘\"«„":
                piece = " " + piece               # "the matter" + "(A/AC.296/2025/17)"
            elif hinted and gap > 0.05 and piece[:1].isalnum():
                if previous.text.strip()[-1:].isalnum():
                    piece = MAYBE_SPACE + piece   # "of" + "the" or "consultati" + "ons":
                else:                             # the layout decides with the words of
                    piece = " " + piece           # the document; "decided," + "in"
        raw.append(piece)
        if run.mark:
            marks += 1
            if piece.startswith(" "):
                text.append(" ")
        else:
            text.append(piece)
        previous = run
    joined = " ".join("".join(text).split())
    if not joined:
        return None
    bold_chars = sum(len(run.text.strip()) for run in body if run.bold)
    all_chars = sum(len(run.text.strip()) for run in body) or 1
    first = runs[0]
    share = len(joined.split()[0]) / max(len(first.text.strip()), 1)
    estimate = ((first.x1 - first.x0) * min(share, 1.0), 0.28 * size)
    return PdfLine(
        text=joined,
        raw=" ".join("".join(raw).split()),
        page=page,
        x0=min(run.x0 for run in body),
        x1=max(run.x1 for run in body),
        baseline=sorted(run.baseline for run in main)[len(main) // 2],
        size=size,
        first_word_width=estimate[0],
        space_width=estimate[1],
        page_height=page_size[1],
        page_width=page_size[0],
        marks=1 if marks else 0,
        bold=bold_chars * 2 > all_chars,
    )
