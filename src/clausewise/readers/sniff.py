"""Which format a file really is: the extension proposes, the first bytes confirm.

Drafts are often renamed by hand or by mail gateways: a .docx saved as "draft.txt", a
legacy Word 97 file called "draft.docx", a PDF with no extension. Trusting the extension
alone would show the user garbage or a traceback; trusting the bytes alone would accept any
zip file. So: when the bytes are a format Clausewise reads, that format is read (with a
notice if the extension disagreed); when they are a format it does not read, the error
names that format and says how to convert it.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import PurePath

from .errors import ReadError

#: Formats Clausewise reads, as the user knows them (for messages).
SUPPORTED_FORMATS = ("Word (.docx), PDF (.pdf), OpenDocument (.odt), web page (.html), "
                     "Markdown (.md), Rich Text (.rtf) and plain text (.txt)")

TEXT_EXTENSIONS = frozenset({".txt", ".text", ""})
DOCX_EXTENSIONS = frozenset({".docx"})
ODT_EXTENSIONS = frozenset({".odt"})
PDF_EXTENSIONS = frozenset({".pdf"})
HTML_EXTENSIONS = frozenset({".html", ".htm", ".xhtml"})
MARKDOWN_EXTENSIONS = frozenset({".md", ".markdown"})
RTF_EXTENSIONS = frozenset({".rtf"})

#: Where a PDF header may stand: the specification lets producers put bytes before it.
PDF_HEADER_WINDOW = 1024

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")

# What other formats look like, and what to tell the user about each.
_FOREIGN_MAGICS = (
    (b"\x89PNG", "an image (PNG)", "Clausewise needs the text of the draft, not a scan"),
    (b"\xff\xd8\xff", "an image (JPEG)", "Clausewise needs the text of the draft, not a scan"),
    (b"GIF8", "an image (GIF)", "Clausewise needs the text of the draft, not a scan"),
    (b"II*\x00", "an image (TIFF)", "Clausewise needs the text of the draft, not a scan"),
    (b"MM\x00*", "an image (TIFF)", "Clausewise needs the text of the draft, not a scan"),
)

_HTML_STARTS = (b"<!doctype html", b"<html", b"<?xml version")
_MIME_STARTS = (b"mime-version:", b"from:", b"received:", b"return-path:")

_EXTENSION_ADVICE = {
    ".doc": "open it in Word and save it as .docx",
    ".docm": "open it in Word and save it as a Word Document (.docx)",
    ".dotx": "open it in Word and save it as a Word Document (.docx)",
    ".dot": "open it in Word and save it as a Word Document (.docx)",
    ".pages": "export it from Pages as Word (.docx)",
    ".mht": "open it in a browser and save it as a web page (.html), or copy its text "
            "and paste it as a draft",
    ".mhtml": "open it in a browser and save it as a web page (.html), or copy its text "
              "and paste it as a draft",
    ".eml": "open the message, copy the draft's text and paste it as a draft",
    ".msg": "open the message, copy the draft's text and paste it as a draft",
    ".ott": "open it in LibreOffice and save it as an OpenDocument Text (.odt)",
    ".fodt": "open it in LibreOffice and save it as an OpenDocument Text (.odt)",
}

_OWN_NAMES = {"docx": "a Word (.docx)", "odt": "an OpenDocument (.odt)", "pdf": "a PDF",
              "rtf": "a Rich Text (.rtf)", "html": "a web page (HTML)"}


@dataclass(frozen=True, slots=True)
class Sniffed:
    """The format to read ("txt", "docx", "odt", "pdf", "html", "md", "rtf") and a notice
    if the extension was misleading."""

    format: str
    notice: str | None = None


def sniff(name: str, data: bytes) -> Sniffed:
    """Decides how to read ``data`` (the bytes of file ``name``), or raises ReadError."""
    extension = PurePath(name).suffix.lower()
    head = data[:16]
    if head.startswith(_ZIP_MAGICS):
        return _sniff_zip(name, extension, data)
    if head.startswith(_OLE_MAGIC):
        raise _ole_error(name, extension, data)
    if b"%PDF-" in data[:PDF_HEADER_WINDOW]:
        return _own(name, extension, "pdf", PDF_EXTENSIONS)
    if data[:64].lstrip()[:5] == b"{\\rtf":
        return _own(name, extension, "rtf", RTF_EXTENSIONS)
    for magic, what, advice in _FOREIGN_MAGICS:
        if head.startswith(magic):
            raise _unsupported(name, what, advice)
    start = data[:256].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith(_MIME_STARTS) and extension not in MARKDOWN_EXTENSIONS:
        raise _unsupported(name, "a web archive or e-mail file (MIME)",
                           _EXTENSION_ADVICE[".mht"])
    if extension in HTML_EXTENSIONS:
        return Sniffed("html")
    if extension in MARKDOWN_EXTENSIONS:
        return Sniffed("md")
    if start.startswith(_HTML_STARTS[:2]):
        return _own(name, extension, "html", HTML_EXTENSIONS)
    if extension in TEXT_EXTENSIONS:
        return Sniffed("txt")
    if extension in DOCX_EXTENSIONS:
        raise ReadError(
            f"{name} is not a valid Word file (it is not a zip archive; perhaps it was "
            "renamed or only partly copied); open it in Word and save it again as .docx",
            reason="corrupt",
        )
    if extension in ODT_EXTENSIONS:
        raise ReadError(
            f"{name} is not a valid OpenDocument file (it is not a zip archive; perhaps it "
            "was renamed or only partly copied); open it in LibreOffice and save it again",
            reason="corrupt",
        )
    if extension in PDF_EXTENSIONS:
        raise ReadError(
            f"{name} is not a valid PDF file (it has no PDF header; perhaps it was renamed "
            "or only partly copied); ask for a fresh copy of the PDF",
            reason="corrupt",
        )
    if extension in RTF_EXTENSIONS:
        raise ReadError(
            f"{name} is not a valid Rich Text file (it does not start with {{\\rtf); open "
            "it in Word and save it again",
            reason="corrupt",
        )
    advice = _EXTENSION_ADVICE.get(extension, "save it in one of these formats")
    raise _unsupported(name, f"a {extension} file", advice)


def _own(name: str, extension: str, fmt: str, extensions: frozenset[str]) -> Sniffed:
    """A format Clausewise reads; a notice if the file's name said otherwise."""
    if extension in extensions:
        return Sniffed(fmt)
    return Sniffed(fmt, f"{name} is {_OWN_NAMES[fmt]} file despite its name and was read "
                        "as one")


def _unsupported(name: str, what: str, advice: str) -> ReadError:
    return ReadError(
        f"{name} is {what}, which Clausewise does not read; it reads {SUPPORTED_FORMATS} "
        f"files: {advice}",
        reason="unsupported",
    )


def _sniff_zip(name: str, extension: str, data: bytes) -> Sniffed:
    """A zip archive: a .docx, another Office or OpenDocument file, or just a zip."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            content_types = _read_member(archive, "[Content_Types].xml")
            mimetype = _read_member(archive, "mimetype")
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError,
            NotImplementedError, RuntimeError) as exc:
        raise _damaged_zip(name, extension) from exc
    if b"wordprocessingml.document.main+xml" in content_types:
        return _own(name, extension, "docx", DOCX_EXTENSIONS)
    if mimetype.strip() == b"application/vnd.oasis.opendocument.text":
        return _own(name, extension, "odt", ODT_EXTENSIONS)
    if b"macroEnabled.main+xml" in content_types and "word/" in _top_dirs(names):
        raise _unsupported(name, "a macro-enabled Word file", _EXTENSION_ADVICE[".docm"])
    if b"wordprocessingml.template.main+xml" in content_types:
        raise _unsupported(name, "a Word template", _EXTENSION_ADVICE[".dotx"])
    if mimetype.startswith(b"application/vnd.oasis.opendocument.text-template"):
        raise _unsupported(name, "an OpenDocument template", _EXTENSION_ADVICE[".ott"])
    if mimetype.startswith(b"application/vnd.oasis.opendocument"):
        raise _unsupported(name, "an OpenDocument spreadsheet, presentation or drawing",
                           "save the draft as an OpenDocument Text (.odt) or .docx")
    if "xl/" in _top_dirs(names) or "ppt/" in _top_dirs(names):
        raise _unsupported(name, "an Excel or PowerPoint file", "save the draft as .docx")
    if extension in ODT_EXTENSIONS:
        raise ReadError(
            f"{name} is not a valid OpenDocument file (the archive has no text document in "
            "it); open it in LibreOffice and save it again",
            reason="corrupt",
        )
    if extension in DOCX_EXTENSIONS:
        raise ReadError(
            f"{name} is not a valid Word file (the archive has no Word document in it); "
            "open it in Word and save it again",
            reason="corrupt",
        )
    raise _unsupported(name, "a zip archive", "unpack it and choose the draft inside")


def _read_member(archive: zipfile.ZipFile, member: str) -> bytes:
    """The first 64 KB of a member: only those are inflated (the member may be a bomb, and
    the archive's sizes are checked only once its format is known)."""
    try:
        if member not in archive.namelist():
            return b""
        with archive.open(member) as stream:
            return stream.read(65536)
    except KeyError:
        return b""


def _top_dirs(names: set[str]) -> set[str]:
    return {n.split("/", 1)[0] + "/" for n in names if "/" in n}


def _damaged_zip(name: str, extension: str) -> ReadError:
    what, program = "zip archive", "Word"
    if extension in DOCX_EXTENSIONS:
        what = "Word file"
    elif extension in ODT_EXTENSIONS:
        what, program = "OpenDocument file", "LibreOffice"
    return ReadError(
        f"{name} is not a valid {what} (the zip archive is damaged); "
        f"open it in {program} and save it again, or ask for a fresh copy",
        reason="corrupt",
    )


def _ole_error(name: str, extension: str, data: bytes) -> ReadError:
    """An OLE compound file: a legacy .doc, or a password-protected .docx."""
    if "EncryptedPackage".encode("utf-16-le") in data:
        return ReadError(
            f"{name} is protected by a password; open it in Word, remove the password "
            "(File > Info > Protect Document) and save it again",
            reason="unsupported",
        )
    if extension in (".doc", ".dot", ".docx", ".txt", ""):
        what = "a legacy Word 97-2003 document (.doc)"
    else:
        what = "a legacy Office 97-2003 file"
    return _unsupported(name, what, "open it in Word and save it as .docx")
