"""Rich Text drafts (.rtf), read with striprtf.

striprtf turns RTF into plain text: code pages (``\\ansicpg1251``), ``\\'xx`` escapes and
``\\u`` Unicode characters are decoded, and destinations such as the font table, pictures,
footnotes, comments, headers and footers are skipped. Around it, this module:

* cuts out picture and object data first (hex dumps of images are most of a large RTF
  and striprtf walks them character by character), counting them for the notices;
* ends table cells and rows like paragraphs, so a table is flattened cell by cell;
* keeps the numbers of old-style lists (``\\pntext``), which striprtf would drop;
* says what it could not keep: pictures, tables, footnotes, comments, headers and footers,
  and tracked deletions (RTF marks them with ``\\deleted``; striprtf reads them as text).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from ..core.model import SourceText
from .docx_tally import Tally
from .errors import ReadError
from .limits import MAX_RTF_DEPTH
from .text import text_source

#: Most characters of RTF handed to striprtf once pictures are cut out (about 7 s of work).
MAX_RTF_TEXT_CHARS = 32 * 1024 * 1024

_BINARY_GROUPS = re.compile(
    r"\{\\\*?\\(pict|shppict|nonshppict|objdata|datastore|themedata|colorschememapping|"
    r"blipuid)(?![a-z])")
_BRACES = re.compile(r"\\bin(\d{1,10}) ?|\\[{}\\]|[{}]")
_CELL = re.compile(r"\\(cell|nestcell|row|nestrow)(?![a-z])")
_PNTEXT = re.compile(r"\\pntext(?![a-z])")


def read_rtf(data: bytes, name: str) -> SourceText:
    """Reads a Rich Text draft from its bytes. Raises ReadError if it is damaged or empty."""
    from striprtf.striprtf import rtf_to_text

    rtf = data.decode("latin-1")   # RTF is 7-bit; 8-bit bytes are escaped or rare
    tally = Tally()
    rtf, pictures = _drop_groups(rtf)
    tally.images = pictures
    tally.tables = len(re.findall(r"\\trowd(?![a-z])", rtf)) and _count_tables(rtf)
    tally.footnotes = len(re.findall(r"\{\\footnote(?![a-z])", rtf))
    tally.comment_ids = {str(i) for i in range(len(re.findall(r"\\annotation(?![a-z])", rtf)))}
    tally.headers_or_footers = bool(re.search(r"\{\\(header|footer)[lrf]?(?![a-z])", rtf))
    deletions = len(re.findall(r"\\deleted(?![a-z0-9])", rtf))
    if len(rtf) > MAX_RTF_TEXT_CHARS:
        raise ReadError(
            f"{name} holds {len(rtf) // 2**20} MB of text and formatting, more than the "
            f"{MAX_RTF_TEXT_CHARS // 2**20} MB Clausewise reads from an RTF file; open it in "
            "Word and save it as .docx",
            reason="too-large",
        )
    if rtf.count("{") > MAX_RTF_DEPTH and _deepest(rtf) > MAX_RTF_DEPTH:
        raise ReadError(
            f"{name} nests its groups more than {MAX_RTF_DEPTH} deep, which no word processor "
            "writes; the file may be damaged or crafted: open it in Word and save it as .docx",
            reason="corrupt",
        )
    rtf = _CELL.sub(r"\\par ", _PNTEXT.sub(r"\\cwlisttext", rtf))
    try:
        text = rtf_to_text(rtf, errors="replace")
    except Exception as exc:  # striprtf raises what its regex walk runs into
        raise ReadError(
            f"{name} is not a valid Rich Text file ({type(exc).__name__} while reading it); "
            "open it in Word and save it again",
            reason="corrupt",
        ) from exc
    source = text_source(text, name, None, 0)
    notices = list(tally.notices())
    if deletions:
        passages = "1 deleted passage is" if deletions == 1 else f"{deletions} deleted passages are"
        notices.insert(0, f"the file has tracked changes: {passages} read as if still there; "
                          "accept or reject the changes in Word and save again")
    lines = tuple(replace(line, text=line.text.strip()) for line in source.lines)
    return SourceText(lines=lines, name=name, notices=(*source.notices, *notices),
                      format="rtf")


def _drop_groups(rtf: str) -> tuple[str, int]:
    """Cuts out picture, object and theme data groups; counts the pictures and objects
    (Word writes each picture twice, in \\shppict and \\nonshppict: counted once)."""
    pieces: list[str] = []
    position = pictures = 0
    while True:
        found = _BINARY_GROUPS.search(rtf, position)
        if found is None:
            break
        pieces.append(rtf[position:found.start()])
        pictures += found.group(1) in ("pict", "shppict", "objdata")
        position = _group_end(rtf, found.start())
    pieces.append(rtf[position:])
    return "".join(pieces), pictures


def _group_end(rtf: str, start: int) -> int:
    """The index just past the group opening at ``start`` (\\binN data skipped whole)."""
    depth = 0
    position = start
    while True:
        found = _BRACES.search(rtf, position)
        if found is None:
            return len(rtf)
        token = found.group(0)
        position = found.end()
        if found.group(1) is not None:
            position += int(found.group(1))
        elif token == "{":
            depth += 1
        elif token == "}":
            depth -= 1
            if depth == 0:
                return position


_BRACE_STEP = [0] * 256
_BRACE_STEP[ord("{")], _BRACE_STEP[ord("}")] = 1, -1
_NOT_BRACES = bytes(code for code in range(256) if chr(code) not in "{}")


def _deepest(rtf: str) -> int:
    """How deep the groups nest, escaped braces left out; stops counting past the limit.

    The braces are picked out and summed by C-level iterators, a million at a time, so a
    32 MB file of braces takes about 2 s and a crafted deep one stops at once."""
    braces = (rtf.replace("\\\\", "").replace("\\{", "").replace("\\}", "")
              .encode("latin-1", "replace").translate(None, _NOT_BRACES))
    depth = deepest = 0
    for start in range(0, len(braces), 1 << 20):
        chunk = braces[start:start + (1 << 20)]
        running = list(itertools.accumulate(map(_BRACE_STEP.__getitem__, chunk), initial=depth))
        deepest = max(deepest, max(running))
        depth = running[-1]
        if deepest > MAX_RTF_DEPTH:
            break
    return deepest


def _count_tables(rtf: str) -> int:
    """Tables, not rows: runs of rows with no paragraph outside a table between them."""
    return max(1, len(re.findall(r"\\lastrow(?![a-z])", rtf))) if "\\trowd" in rtf else 0
