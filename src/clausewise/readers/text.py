"""Plain-text drafts (.txt): decode, then make the lines clean for the segmenter.

What is changed, and why:

* line endings (``\\r\\n``, ``\\r``, and the Unicode line/paragraph separators) become one
  kind, so a draft saved on Windows compares equal to the same draft saved on a Mac;
* the BOM is dropped; tabs become a single space (a tab after "1." is layout, not text);
* NUL and other control characters become spaces, and a notice says how many;
* text is put in Unicode NFC form, so "é" typed two ways is one word for the diff;
* trailing spaces are dropped. Blank lines are kept: in plain text they separate blocks.
"""

from __future__ import annotations

import re
import unicodedata

from ..core.model import SourceLine, SourceText
from .encoding import decode
from .errors import ReadError
from .limits import MAX_CONTROL_SHARE

_LINE_BREAKS = re.compile(r"\r\n|[\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")


def read_text(data: bytes, name: str) -> SourceText:
    """Reads a plain-text draft from its bytes. Raises ReadError for binary data."""
    decoded = decode(data, name)
    text = decoded.text.lstrip("\ufeff").replace("\ufeff", "")
    text = _LINE_BREAKS.sub("\n", text).replace("\t", " ")
    controls = len(_CONTROLS.findall(text))
    if controls > max(8, MAX_CONTROL_SHARE * len(text)):
        raise ReadError(
            f"{name} contains binary data, not plain text; check that it is the right file, "
            "or open it in its program and save it as .docx or .txt",
            reason="binary",
        )
    text = unicodedata.normalize("NFC", _CONTROLS.sub(" ", text))
    lines = [line.rstrip() for line in text.split("\n")]
    if lines and lines[-1] == "":
        lines.pop()  # the line break that ends the last line
    if not any(lines):
        raise ReadError(
            f"{name} contains no text, only blank lines; check that it was saved completely",
            reason="empty",
        )
    return SourceText(
        lines=tuple(SourceLine(line) for line in lines),
        name=name,
        notices=_notices(decoded.invalid_bytes, controls),
        encoding=decoded.encoding,
        format="txt",
    )


def _notices(invalid_bytes: int, controls: int) -> tuple[str, ...]:
    notices = []
    if invalid_bytes:
        notices.append(
            f"{_count(invalid_bytes, 'byte')} not valid in the file's encoding "
            "replaced by \ufffd"
        )
    if controls:
        noun, verb = ("character", "was") if controls == 1 else ("characters", "were")
        notices.append(f"{controls} control {noun} (such as NUL) {verb} replaced by spaces")
    return tuple(notices)


def _count(number: int, noun: str) -> str:
    """"1 byte was", "3 bytes were": notices read as sentences."""
    return f"{number} {noun} was" if number == 1 else f"{number} {noun}s were"
