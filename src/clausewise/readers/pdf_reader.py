"""PDF drafts: the text layer, read with PDFium (pypdfium2), turned back into paragraphs.

``pdf_pdfium`` gives the positioned lines of each page (text runs with their font size and
weight); ``pdf_order`` puts them in reading order and ``pdf_layout`` does the rest (headers
and footers, footnotes, paragraphs, hyphenation, headings). This module opens the file and
guards the machine against it: a PDF is a program of sorts, and a damaged or crafted one can
ask for gigabytes (a deflate bomb, millions of saved graphics states), millions of objects
or hours of work, and PDFium, a C++ library, cannot be interrupted while it parses a page.
So, before PDFium parses any page:

* ``pdf_guard`` inflates every stream it would parse within ``MAX_PDF_DECODED_BYTES`` and
  counts the graphics-state pushes and object-making operators (``MAX_PDF_STATE_PUSHES``,
  ``MAX_PDF_OBJECTS``); an encrypted file is scanned in a decrypted copy;
* then each page's objects and characters are counted before its text is extracted
  (``MAX_PDF_PAGE_OBJECTS``, ``MAX_PDF_PAGE_CHARS``), and the clock is checked between
  pages (``MAX_PDF_SECONDS``);
* any error on a damaged file becomes one ``ReadError``; a MemoryError too.

PDFium is not thread-safe: a PDF is read holding ``pdfium_lock.PDFIUM``, the one lock that
every use of PDFium in the process holds.
"""

from __future__ import annotations

import time
from collections import Counter

from ..core.model import SourceLine, SourceText
from .errors import ReadError
from .guards import too_many_lines
from .limits import (MAX_LINES, MAX_PDF_DECODED_BYTES, MAX_PDF_IMAGE_BYTES, MAX_PDF_OBJECTS,
                     MAX_PDF_PAGE_CHARS, MAX_PDF_PAGE_OBJECTS, MAX_PDF_PAGES,
                     MAX_PDF_SECONDS, MAX_PDF_STATE_PUSHES)
from .pdf_layout import PdfLine, lay_out
from .pdf_order import reading_order
from .pdfium_lock import PDFIUM

#: Most characters on one page (a dense page has about 5,000).
MAX_CHARS_PER_PAGE = MAX_PDF_PAGE_CHARS


class _Exhausted(Exception):
    def __init__(self, what: str) -> None:
        super().__init__(what)
        self.what = what


def read_pdf(data: bytes, name: str) -> SourceText:
    """Reads a PDF draft from its bytes. Raises ReadError if it has no text or is damaged."""
    from .pdf_guard import GuardStop
    from .pdf_pdfium import PageLimit

    with PDFIUM:
        try:
            pages, stats = _extract(data, name)
        except (GuardStop, PageLimit, _Exhausted) as exc:
            raise _exhausted(name, exc.what) from None
        except ReadError:
            raise
        except MemoryError:
            raise _exhausted(name, "memory") from None
        except RecursionError:
            raise _damaged(name, "its objects refer to each other in a loop") from None
        except Exception as exc:  # noqa: BLE001 - a damaged file may raise anything
            raise _damaged(name, _why(exc)) from None
    return _source(name, pages, stats)


def _open(data: bytes, name: str):
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code == raw.FPDF_ERR_PASSWORD:
            raise ReadError(
                f"{name} is protected by a password; open it in a PDF program with the "
                "password, save a copy without protection, and open that copy",
                reason="encrypted",
            ) from None
        if code == raw.FPDF_ERR_SECURITY:
            raise ReadError(
                f"{name} is encrypted in a way Clausewise cannot open; save a copy "
                "without protection from a PDF program, and open that copy",
                reason="encrypted",
            ) from None
        raise _damaged(name, "its structure is damaged") from None


def _decrypted(document) -> bytes:
    """A copy of an encrypted document without its encryption (for the stream scan)."""
    import io

    import pypdfium2.raw as raw

    buffer = io.BytesIO()
    document.save(buffer, flags=raw.FPDF_REMOVE_SECURITY)
    return buffer.getvalue()


def _extract(data: bytes, name: str) -> tuple[list[list[PdfLine]], Counter]:
    import pypdfium2.raw as raw

    from .pdf_guard import scan
    from .pdf_pdfium import PageReader

    deadline = time.monotonic() + MAX_PDF_SECONDS
    if b"%PDF" not in data[:1024]:
        raise _damaged(name, "it has no PDF header")
    document = _open(data, name)
    try:
        encrypted = raw.FPDF_GetSecurityHandlerRevision(document.raw) != -1
        scan(_decrypted(document) if encrypted else data, max_bytes=MAX_PDF_DECODED_BYTES,
             deadline=deadline)
        stats: Counter = Counter()
        reader = PageReader(stats, MAX_PDF_PAGE_OBJECTS, MAX_CHARS_PER_PAGE)
        pages: list[list[PdfLine]] = []
        lines = 0
        total = len(document)
        for number in range(total):
            if number >= MAX_PDF_PAGES:
                stats["pages over the limit"] += 1
                break
            if time.monotonic() > deadline:
                raise _Exhausted("time")
            page = raw.FPDF_LoadPage(document.raw, number)
            if not page:
                stats["damaged pages"] += 1
                pages.append([])
                continue
            try:
                found = reader.lines(page, number)
            finally:
                raw.FPDF_ClosePage(page)
            stats["chars"] += sum(len(line.raw) for line in found)
            ordered = reading_order(found)
            pages.append(ordered)
            lines += len(ordered)
            if lines > MAX_LINES:
                raise too_many_lines(name)
        if time.monotonic() > deadline:
            raise _Exhausted("time")
        stats["pages"] = len(pages)
        return pages, stats
    finally:
        document.close()


# --- from lines to a SourceText ---------------------------------------------------------------


def _source(name: str, pages: list[list[PdfLine]], stats: Counter) -> SourceText:
    if stats["sampled"] and stats["unmapped"] * 2 > stats["sampled"]:
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
        lines.append(SourceLine(text, heading_level=laid.levels[index]))
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
    if stats["damaged pages"]:
        count = stats["damaged pages"]
        out.append(f"{_were(count, 'damaged page')} skipped")
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
        "images": f"its images inflate to more than {MAX_PDF_IMAGE_BYTES // 2**20} MB",
        "time": f"laying out its pages took more than {MAX_PDF_SECONDS:.0f} seconds",
        "characters": f"a page has more than {MAX_CHARS_PER_PAGE} characters",
        "objects": f"a page or its forms hold more than {MAX_PDF_PAGE_OBJECTS} objects",
        "pushes": f"it saves the graphics state more than {MAX_PDF_STATE_PUSHES:,} times",
        "operators": f"it draws more than {MAX_PDF_OBJECTS:,} objects",
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
    if "XRef" in kind or "Syntax" in kind or "EOF" in kind or "Pdfium" in kind:
        return "its structure is damaged"
    return f"{kind} while reading it"
