"""PDF drafts: the text layer, read with pdfminer.six, turned back into paragraphs.

pdfminer gives every character with its position, font and size; ``pdf_layout`` does the
rest (reading order, headers and footers, footnotes, paragraphs, hyphenation). This module
opens the file and guards the machine against it: a PDF is a program of sorts, and a damaged
or crafted one can ask for gigabytes (a deflate bomb), millions of glyphs or hours of work.
pdfminer has no such limits of its own, so:

* every stream it inflates goes through ``_Budget`` (``MAX_PDF_DECODED_BYTES`` in all);
* the layout device counts characters per page and checks the clock (``MAX_PDF_SECONDS``);
* vector drawings are not kept (they are never text);
* any error pdfminer raises on a damaged file becomes one ``ReadError``.
"""

from __future__ import annotations

import io
import logging
import re
import statistics
import threading
import time
import zlib
from collections import Counter

from ..core.model import SourceLine, SourceText
from .errors import ReadError
from .guards import too_many_lines
from .limits import MAX_LINES, MAX_PDF_DECODED_BYTES, MAX_PDF_PAGES, MAX_PDF_SECONDS
from .pdf_layout import PdfLine, lay_out
from .pdf_order import reading_order

#: Most characters on one page (a dense page has about 5,000).
MAX_CHARS_PER_PAGE = 60_000
_CID = re.compile(r"\(cid:\d+\)")

logging.getLogger("pdfminer").setLevel(logging.ERROR)   # damaged files log by the thousand


class _Exhausted(BaseException):
    """Raised inside pdfminer when a limit is hit; a BaseException so that none of its
    ``except Exception`` handlers can swallow it."""

    def __init__(self, what: str) -> None:
        super().__init__(what)
        self.what = what


class _Budget(threading.local):
    """Bytes left to inflate and the deadline of the PDF being read on this thread.
    Outside ``read_pdf`` (pdfminer used by other code in the process) nothing is limited."""

    remaining: int | None = None
    deadline: float = float("inf")

    def start(self, max_bytes: int, seconds: float) -> None:
        self.remaining = max_bytes
        self.deadline = time.monotonic() + seconds

    def stop(self) -> None:
        self.remaining, self.deadline = None, float("inf")

    def spend(self, size: int) -> None:
        if self.remaining is None:
            return
        self.remaining -= size
        if self.remaining < 0:
            raise _Exhausted("inflate")
        self.check_clock()

    def check_clock(self) -> None:
        if time.monotonic() > self.deadline:
            raise _Exhausted("time")


_BUDGET = _Budget()


def _inflate(data: bytes) -> bytes:
    """zlib.decompress with the budget: stops a deflate bomb after the bytes allowed."""
    inflater = zlib.decompressobj()
    out = bytearray()
    pending = data
    try:
        while pending:
            piece = inflater.decompress(pending, 1 << 20)
            _BUDGET.spend(len(piece))
            out += piece
            pending = inflater.unconsumed_tail
            if inflater.eof:
                break
        if not inflater.eof:
            out += inflater.flush()
    except zlib.error:
        if not out:
            raise
    return bytes(out)   # a stream cut short keeps what inflated, as pdfminer does


class _BrokenInflater:
    """What pdfminer's byte-by-byte repair of a damaged stream gets: a clean failure (the
    repair would take quadratic time on a large stream)."""

    def decompress(self, data: bytes, *args) -> bytes:
        raise zlib.error("damaged stream")


class _BoundedZlib:
    """Stands in for the ``zlib`` module inside ``pdfminer.pdftypes``."""

    error = zlib.error

    @staticmethod
    def decompress(data: bytes, *args) -> bytes:
        return _inflate(data)

    @staticmethod
    def decompressobj(*args, **kwargs) -> _BrokenInflater:
        return _BrokenInflater()


def _bounded_rldecode(data: bytes) -> bytes:
    """RunLength decoding (up to 128 times the input) within the budget."""
    out = bytearray()
    index, size = 0, len(data)
    while index < size:
        length = data[index]
        index += 1
        if length == 128:
            break
        if length < 128:
            chunk = data[index:index + length + 1]
            index += length + 1
        else:
            chunk = data[index:index + 1] * (257 - length)
            index += 1
        _BUDGET.spend(len(chunk))
        out += chunk
    return bytes(out)


def _bounded_lzwdecode(data: bytes) -> bytes:
    from pdfminer.lzw import LZWDecoder

    out = bytearray()
    for chunk in LZWDecoder(io.BytesIO(data)).run():
        _BUDGET.spend(len(chunk))
        out += chunk
    return bytes(out)


def _install_guards() -> None:
    """Routes pdfminer's stream decoding through the budget (once per process)."""
    from pdfminer import pdftypes

    if getattr(pdftypes, "_clausewise_guarded", False):
        return
    pdftypes.zlib = _BoundedZlib()
    pdftypes.rldecode = _bounded_rldecode
    pdftypes.lzwdecode = _bounded_lzwdecode
    pdftypes.ccittfaxdecode = lambda data, params: b""   # fax images: never text
    pdftypes._clausewise_guarded = True


def read_pdf(data: bytes, name: str) -> SourceText:
    """Reads a PDF draft from its bytes. Raises ReadError if it has no text or is damaged."""
    _install_guards()
    _BUDGET.start(MAX_PDF_DECODED_BYTES, MAX_PDF_SECONDS)
    try:
        pages, stats = _extract(data, name)
    except _Exhausted as exc:
        raise _exhausted(name, exc.what) from None
    except ReadError:
        raise
    except MemoryError as exc:
        raise _exhausted(name, "memory") from exc
    except RecursionError as exc:
        raise _damaged(name, "its objects refer to each other in a loop") from exc
    except Exception as exc:  # pdfminer raises many types on damaged input
        raise _damaged(name, _why(exc)) from exc
    finally:
        _BUDGET.stop()
    return _source(name, pages, stats)


def _extract(data: bytes, name: str) -> tuple[list[list[PdfLine]], Counter]:
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFDocument, PDFPasswordIncorrect, PDFEncryptionError
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    parser = PDFParser(io.BytesIO(data))
    try:
        document = PDFDocument(parser, password="")
    except PDFPasswordIncorrect as exc:
        raise ReadError(
            f"{name} is protected by a password; open it in a PDF program with the "
            "password, save a copy without protection, and open that copy",
            reason="encrypted",
        ) from exc
    except PDFEncryptionError as exc:
        raise ReadError(
            f"{name} is encrypted in a way Clausewise cannot open ({exc}); save a copy "
            "without protection from a PDF program, and open that copy",
            reason="encrypted",
        ) from exc
    manager = PDFResourceManager(caching=True)
    device = _Device(manager, LAParams(line_margin=0.5, char_margin=2.0, boxes_flow=None,
                                       all_texts=True))
    interpreter = PDFPageInterpreter(manager, device)
    pages: list[list[PdfLine]] = []
    lines = 0
    for number, page in enumerate(PDFPage.create_pages(document)):
        if number >= MAX_PDF_PAGES:
            device.stats["pages over the limit"] += 1
            break
        _BUDGET.check_clock()
        interpreter.process_page(page)
        pages.append(device.lines)
        lines += len(device.lines)
        if lines > MAX_LINES:
            raise too_many_lines(name)
    device.stats["pages"] = len(pages)
    return pages, device.stats


def _device_class():
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LTChar, LTFigure, LTImage, LTTextLineHorizontal

    class Device(PDFPageAggregator):
        """Keeps the text lines of each page as PdfLines; counts images; bounds the work."""

        def __init__(self, manager, laparams) -> None:
            super().__init__(manager, laparams=laparams)
            self.lines: list[PdfLine] = []
            self.stats: Counter = Counter()
            self._chars = 0

        def begin_page(self, page, ctm) -> None:
            super().begin_page(page, ctm)
            self._chars = 0

        def render_char(self, *args, **kwargs) -> float:
            self._chars += 1
            if self._chars > MAX_CHARS_PER_PAGE:
                raise _Exhausted("characters")
            if self._chars % 2000 == 0:
                _BUDGET.check_clock()
            return super().render_char(*args, **kwargs)

        def paint_path(self, *args, **kwargs) -> None:
            self.stats["paths"] += 1
            if self.stats["paths"] % 5000 == 0:
                _BUDGET.check_clock()

        def receive_layout(self, ltpage) -> None:
            index = ltpage.pageid - 1
            height, width = ltpage.height, ltpage.width
            found: list[PdfLine] = []
            stack = list(ltpage)
            while stack:
                item = stack.pop()
                if isinstance(item, LTTextLineHorizontal):
                    line = _line(item, index, (width, height), LTChar)
                    if line is not None:
                        found.append(line)
                elif isinstance(item, LTImage):
                    self.stats["images"] += 1
                    self.stats[f"image page {index}"] += 1
                elif isinstance(item, LTFigure) or hasattr(item, "__iter__"):
                    stack.extend(item)
            cids = sum(len(_CID.findall(line.raw)) for line in found)
            self.stats["cid"] += cids
            self.stats["chars"] += sum(len(line.raw) for line in found)
            self.lines = reading_order(found)
            self.result = None

    return Device


_DEVICE = None


def _Device(manager, laparams):
    global _DEVICE
    if _DEVICE is None:
        _DEVICE = _device_class()
    return _DEVICE(manager, laparams)


def _line(item, page: int, page_size: tuple[float, float], char_type) -> PdfLine | None:
    """A PdfLine from one pdfminer text line: main size, baseline, reference marks out."""
    chars = [obj for obj in item if isinstance(obj, char_type)]
    if not chars:
        return None
    size = Counter(round(char.size, 1) for char in chars).most_common(1)[0][0]
    main = [char for char in chars if round(char.size, 1) == size]
    baseline = statistics.median(char.matrix[5] for char in main)
    bottom = statistics.median(char.y0 for char in main)
    text, raw, marks = [], [], 0
    for obj in item:
        piece = obj.get_text()
        raw.append(piece)
        if isinstance(obj, char_type) and _is_reference_mark(obj, size, bottom):
            marks += 1
            continue
        text.append(piece)
    words = [char for char in chars if char.get_text().strip()]
    first_word_width = _first_word_width(item, char_type)
    spaces = [char.width for char in chars if char.get_text() == " " and char.width > 0]
    return PdfLine(
        text="".join(text).replace("\n", " ").strip(),
        raw="".join(raw).replace("\n", " ").strip(),
        page=page,
        x0=min(char.x0 for char in words) if words else item.x0,
        x1=max(char.x1 for char in words) if words else item.x1,
        baseline=baseline,
        size=size,
        first_word_width=first_word_width,
        space_width=statistics.median(spaces) if spaces else 0.28 * size,
        page_height=page_size[1],
        page_width=page_size[0],
        marks=1 if marks else 0,
    )


def _is_reference_mark(char, size: float, baseline_y0: float) -> bool:
    """A footnote reference: a figure or symbol in small type raised above the line (by a
    text rise or a new position: the bottom of its box is compared, not its origin)."""
    return (char.size < 0.8 * size and char.y0 > baseline_y0 + 0.2 * size
            and char.get_text().strip() != "")


def _first_word_width(item, char_type) -> float:
    start = end = None
    for obj in item:
        text = obj.get_text()
        if not text.strip():
            if start is not None:
                break
            continue
        if isinstance(obj, char_type):
            start = obj.x0 if start is None else start
            end = obj.x1
    return (end - start) if start is not None and end is not None else 0.0


# --- from lines to a SourceText ---------------------------------------------------------------


def _source(name: str, pages: list[list[PdfLine]], stats: Counter) -> SourceText:
    total = stats["chars"]
    if total and stats["cid"] * 6 > total * 0.5:
        raise ReadError(
            f"{name} has text that cannot be extracted (its fonts have no Unicode map); "
            "export the draft again from the program that made it, or ask for a .docx",
            reason="no-text",
        )
    laid = lay_out(pages)
    if not laid.paragraphs:
        if stats["images"]:
            raise ReadError(
                f"{name} has no text layer (its pages are scanned images); run text "
                "recognition (OCR) on it in a PDF program and save it again, or ask for "
                "the draft as .docx",
                reason="no-text",
            )
        raise ReadError(
            f"{name} has no text (its pages are empty or drawn as shapes); check that it "
            "is the right file, or ask for the draft as .docx",
            reason="empty",
        )
    lines: list[SourceLine] = []
    for index, text in enumerate(laid.paragraphs):
        if index in laid.gaps:
            lines.append(SourceLine(""))   # the blank line the gap stands for
        lines.append(SourceLine(text))
    return SourceText(lines=tuple(lines), name=name, notices=_notices(laid, pages, stats),
                      format="pdf", footnotes=laid.footnotes)


def _notices(laid, pages: list[list[PdfLine]], stats: Counter) -> tuple[str, ...]:
    out = []
    if laid.footnotes:
        count = len(laid.footnotes)
        out.append(f"{_were(count, 'footnote')} kept apart from the body and not compared")
    scanned = [str(index + 1) for index, page in enumerate(pages)
               if not page and stats[f"image page {index}"]]
    if scanned:
        out.append(f"{_pages(scanned)} no text layer (scanned images) and "
                   f"{'was' if len(scanned) == 1 else 'were'} skipped")
    if stats["images"]:
        out.append(f"{_were(stats['images'], 'image')} ignored")
    if laid.furniture_lines:
        count = laid.furniture_lines
        out.append(f"{count} {'line' if count == 1 else 'lines'} of running headers, footers "
                   f"and page numbers {'was' if count == 1 else 'were'} removed")
    if stats["pages over the limit"]:
        out.append(f"only the first {MAX_PDF_PAGES} pages were read")
    out.append("the paragraphs were rebuilt from the lines of the PDF; check the outline "
               "where the layout is unusual")
    return tuple(out)


def _were(count: int, noun: str) -> str:
    return f"1 {noun} was" if count == 1 else f"{count} {noun}s were"


def _pages(numbers: list[str]) -> str:
    if len(numbers) == 1:
        return f"page {numbers[0]} has"
    shown = ", ".join(numbers[:10]) + (" ..." if len(numbers) > 10 else "")
    return f"pages {shown} have"


def _exhausted(name: str, what: str) -> ReadError:
    limits = {
        "inflate": f"its compressed streams inflate to more than "
                   f"{MAX_PDF_DECODED_BYTES // 2**20} MB",
        "time": f"laying out its pages took more than {MAX_PDF_SECONDS:.0f} seconds",
        "characters": f"a page has more than {MAX_CHARS_PER_PAGE} characters",
        "memory": "reading it needs more memory than this computer has",
    }
    return ReadError(
        f"{name} is too large or too complex to read ({limits.get(what, what)}); it may be "
        "damaged or crafted: ask for the draft as .docx or as a simpler PDF",
        reason="too-large",
    )


def _damaged(name: str, why: str) -> ReadError:
    return ReadError(
        f"{name} is not a valid PDF file ({why}); ask for a fresh copy, or open it in a PDF "
        "program and save it again",
        reason="corrupt",
    )


def _why(exc: Exception) -> str:
    kind = type(exc).__name__
    if "XRef" in kind or "Syntax" in kind or "EOF" in kind:
        return "its structure is damaged"
    return f"{kind} while reading it"
