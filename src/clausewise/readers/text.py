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

import dataclasses
import re
import unicodedata

from ..core.gcpause import no_cyclic_gc
from ..core.model import SourceLine, SourceText
from .encoding import decode
from .errors import ReadError
from .guards import too_many_lines
from .limits import MAX_CONTROL_SHARE, MAX_LINES, MAX_PASTED_CHARS

_LINE_BREAKS = re.compile(r"\r\n|[\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
#: The line breaks other than "\n": most files have none, and a substring test for each is
#: many times faster than the substitution over a whole 1 MB draft.
_OTHER_BREAKS = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")


def read_text(data: bytes, name: str) -> SourceText:
    """Reads a plain-text draft from its bytes. Raises ReadError for binary data."""
    decoded = decode(data, name)
    source = text_source(decoded.text, name, decoded.encoding, decoded.invalid_bytes)
    if decoded.notices:   # a mixed or undecided encoding: said first, with where
        source = dataclasses.replace(source, notices=(*decoded.notices, *source.notices))
    return source


def read_pasted_text(text: str, name: str = "Pasted text") -> SourceText:
    """A draft pasted from the clipboard (an e-mail, a web page, a PDF viewer) as a SourceText.

    It is read like a .txt file: line endings, tabs, control characters and Unicode forms
    made uniform, hard-wrapped lines left to the segmenter. If every line is quoted as in an
    e-mail reply ("> Article 1"), one level of quoting is taken off, with a notice. Raises
    ReadError for text that is empty, too long or not text at all.
    """
    if not isinstance(text, str):
        raise ReadError(f"{name} is not text; copy the draft's text and paste it again",
                        reason="unsupported")
    if len(text) > MAX_PASTED_CHARS:
        raise ReadError(
            f"{name} is longer than the {MAX_PASTED_CHARS // 2**20} million characters "
            "Clausewise accepts from the clipboard; save the draft as a file and open it",
            reason="too-large",
        )
    if not text.strip():
        raise ReadError(f"{name} is empty; copy the draft's text and paste it again",
                        reason="empty")
    text, broken = _SURROGATES.subn("\ufffd", text)  # half of a UTF-16 pair is no text
    text, quoted = _unquote_email(text)
    source = text_source(text, name, None, 0)
    notices = []
    if quoted:
        notices.append(f"the e-mail quoting (\">\") in front of {quoted} lines was removed")
    if broken:
        notices.append(f"{_count(broken, 'broken character')} replaced by \ufffd (half "
                       "of a UTF-16 pair, not text)")
    if notices:
        source = SourceText(lines=source.lines, name=source.name,
                            notices=(*notices, *source.notices), format=source.format)
    return source


def text_source(text: str, name: str, encoding: str | None, invalid_bytes: int,
                strip_trailing: bool = True) -> SourceText:
    """Clean lines of decoded text (see the module's docstring for what is changed).
    ``strip_trailing=False`` keeps trailing spaces (a hard line break in Markdown)."""
    with no_cyclic_gc():  # thousands of lines, none of them garbage: no collection midway
        return _text_source(text, name, encoding, invalid_bytes, strip_trailing)


def _text_source(text: str, name: str, encoding: str | None, invalid_bytes: int,
                 strip_trailing: bool) -> SourceText:
    if text.count("\n") > MAX_LINES or text.count("\r") > MAX_LINES:
        raise too_many_lines(name)   # before the work below, which is per line break
    text = text.lstrip("\ufeff").replace("\ufeff", "")
    if any(brk in text for brk in _OTHER_BREAKS):
        text = _LINE_BREAKS.sub("\n", text)
    if "\t" in text:
        text = text.replace("\t", " ")
    if text.count("\n") > MAX_LINES:
        raise too_many_lines(name)
    cleaned, controls = _CONTROLS.subn(" ", text)  # one pass: count and replace
    if controls > max(8, MAX_CONTROL_SHARE * len(text)):
        raise ReadError(
            f"{name} contains binary data, not plain text; check that it is the right file, "
            "or open it in its program and save it as .docx or .txt",
            reason="binary",
        )
    text = unicodedata.normalize("NFC", cleaned)
    lines = [line.rstrip() if strip_trailing else line for line in text.split("\n")]
    if lines and lines[-1] == "":
        lines.pop()  # the line break that ends the last line
    if not any(lines):
        raise ReadError(
            f"{name} contains no text, only blank lines; check that it was saved completely",
            reason="empty",
        )
    return SourceText(
        lines=_source_lines(lines),
        name=name,
        notices=_notices(invalid_bytes, controls),
        encoding=encoding,
        format="txt",
    )


def _source_lines(lines: list[str]) -> tuple[SourceLine, ...]:
    """One SourceLine per line; equal lines (the blank ones, mostly) share one frozen object,
    which is made once instead of once per line."""
    made: dict[str, SourceLine] = {}
    return tuple([made[line] if line in made else made.setdefault(line, SourceLine(line))
                  for line in lines])


_QUOTE = re.compile(r"^ ?> ?")
_SURROGATES = re.compile("[\ud800-\udfff]")


def _unquote_email(text: str) -> tuple[str, int]:
    """Takes one level of "> " quoting off when every non-blank line carries it."""
    lines = _LINE_BREAKS.split(text)
    filled = [line for line in lines if line.strip()]
    if not filled or not all(_QUOTE.match(line) for line in filled):
        return text, 0
    return "\n".join(_QUOTE.sub("", line, count=1) for line in lines), len(filled)


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
