"""Readers: a draft file on disk -> ``SourceText`` (lines with structure hints).

``read(path)`` is the one entry point. It checks the file (exists, is a readable regular
file, not empty, not over the size limit), decides its format from the extension confirmed
by the first bytes, and hands the bytes to the reader of that format. Everything that can go
wrong with a user's file ends as a ``ReadError`` with a one-line message; a reader never
decides what a clause is (``core.segment`` does).

Formats, one module each: Word ``.docx`` (``docx_reader``), PDF (``pdf_reader``),
OpenDocument ``.odt`` (``odt_reader``), web pages ``.html`` (``html_reader``), Markdown
``.md`` (``markdown_reader``), Rich Text ``.rtf`` (``rtf_reader``) and plain text ``.txt``
(``text``). ``read_pasted_text`` turns text pasted from the clipboard into a draft.
Limits against damaged and hostile files are in ``limits``.
"""

from __future__ import annotations

import dataclasses
import os
import stat
from pathlib import Path
from typing import Callable

from ..core.model import SourceText
from .errors import ReadError
from .limits import MAX_DOCX_UNPACKED_BYTES, MAX_FILE_BYTES
from .sniff import SUPPORTED_FORMATS, sniff
from .text import read_pasted_text

__all__ = [
    "MAX_DOCX_UNPACKED_BYTES",
    "MAX_FILE_BYTES",
    "ReadError",
    "SUPPORTED_FORMATS",
    "read",
    "read_pasted_text",
]


def read(path: str | os.PathLike[str], *, max_bytes: int = MAX_FILE_BYTES) -> SourceText:
    """Reads the draft at ``path``. Raises ReadError (one line: what is wrong, what to do)."""
    path = Path(path)
    name = path.name or str(path)
    data = _load(path, name, max_bytes)
    sniffed = sniff(name, data)
    try:
        source = _READERS[sniffed.format](data, name)
    except ReadError:
        raise
    except RecursionError as exc:
        raise ReadError(
            f"{name} is nested too deeply to read; it may be damaged or crafted: ask the "
            "sender for a fresh copy", reason="corrupt") from exc
    except MemoryError as exc:
        raise ReadError(
            f"{name} needs more memory to read than this computer has free; close other "
            "programs and try again, or ask for a smaller file", reason="too-large") from exc
    except Exception as exc:  # a reader's own bug on an odd file: say so, keep the app up
        raise ReadError(
            f"{name} could not be read ({type(exc).__name__} in the "
            f"{sniffed.format} reader); save it again from its program, and please report "
            "the file", reason="internal") from exc
    if sniffed.notice:
        source = _with_notice(source, sniffed.notice)
    return source


def _read_docx(data: bytes, name: str) -> SourceText:
    from .docx_reader import read_docx  # python-docx is only imported when needed

    return read_docx(data, name)


def _read_text(data: bytes, name: str) -> SourceText:
    from .text import read_text

    return read_text(data, name)


def _read_odt(data: bytes, name: str) -> SourceText:
    from .odt_reader import read_odt

    return read_odt(data, name)


def _read_pdf(data: bytes, name: str) -> SourceText:
    from .pdf_reader import read_pdf  # PDFium is only loaded when needed

    return read_pdf(data, name)


def _read_html(data: bytes, name: str) -> SourceText:
    from .html_reader import read_html

    return read_html(data, name)


def _read_markdown(data: bytes, name: str) -> SourceText:
    from .markdown_reader import read_markdown

    return read_markdown(data, name)


def _read_rtf(data: bytes, name: str) -> SourceText:
    from .rtf_reader import read_rtf

    return read_rtf(data, name)


_READERS: dict[str, Callable[[bytes, str], SourceText]] = {
    "docx": _read_docx,
    "txt": _read_text,
    "odt": _read_odt,
    "pdf": _read_pdf,
    "html": _read_html,
    "md": _read_markdown,
    "rtf": _read_rtf,
}


def _load(path: Path, name: str, max_bytes: int) -> bytes:
    """The file's bytes, after the checks a user can act on."""
    try:
        info = path.stat()
    except (FileNotFoundError, NotADirectoryError) as exc:
        raise ReadError(
            f"{name} was not found; check that the file still exists and choose it again",
            reason="missing",
        ) from exc
    except PermissionError as exc:
        raise _unreadable(name) from exc
    except OSError as exc:
        raise ReadError(
            f"{name} could not be opened ({exc.strerror or exc}); check the disk or network "
            "share and try again",
            reason="unreadable",
        ) from exc
    if stat.S_ISDIR(info.st_mode):
        raise ReadError(
            f"{name} is a folder, not a file; choose a draft inside it",
            reason="not-a-file",
        )
    if not stat.S_ISREG(info.st_mode):
        raise ReadError(
            f"{name} is not a regular file (a device or pipe); choose a saved draft",
            reason="not-a-file",
        )
    _check_size(name, info.st_size, max_bytes)
    try:
        with path.open("rb") as stream:
            data = stream.read(max_bytes + 1)
    except PermissionError as exc:
        raise _unreadable(name) from exc
    except OSError as exc:
        raise ReadError(
            f"{name} could not be read ({exc.strerror or exc}); copy it to a local folder and "
            "try again",
            reason="unreadable",
        ) from exc
    _check_size(name, len(data), max_bytes)
    return data


def _check_size(name: str, size: int, max_bytes: int) -> None:
    if size == 0:
        raise ReadError(
            f"{name} is empty (0 bytes); check that it was saved or copied completely",
            reason="empty",
        )
    if size > max_bytes:
        raise ReadError(
            f"{name} is larger than the {_megabytes(max_bytes)} Clausewise reads; remove "
            "embedded images or split the draft, and try again",
            reason="too-large",
        )


def _megabytes(size: int) -> str:
    mb = size / 2**20
    return f"{mb:.0f} MB" if mb >= 1 else f"{size} bytes"


def _unreadable(name: str) -> ReadError:
    return ReadError(
        f"{name} cannot be read: permission denied; ask the owner for access or copy the "
        "file to a folder of your own",
        reason="unreadable",
    )


def _with_notice(source: SourceText, notice: str) -> SourceText:
    return dataclasses.replace(source, notices=(notice, *source.notices))
