"""A look at every stream of a PDF before PDFium parses it: the counted limits.

PDFium (C++) cannot be interrupted once it parses a page, and it keeps no budget of its own:
a few KB of deflated ``q`` operators become millions of saved graphics states (gigabytes),
a page of 400,000 one-glyph strings 300 MB of objects, and 200 million ``q Q`` pairs minutes
of work. So before any page is loaded, this module walks the raw bytes of the file once,
inflates each stream that PDFium may decode when it extracts text (page contents, forms,
object streams, font programs) within the budget ``MAX_PDF_DECODED_BYTES`` (images, which
it never decodes to read text, within ``MAX_PDF_IMAGE_BYTES`` of their own), and counts in
the operator streams (and in any other stream that looks like one: a label is only the
file's word):

* graphics-state pushes (``q``): at most ``MAX_PDF_STATE_PUSHES`` in the whole file;
* operators that make an object (text shown, paths painted, images and forms drawn): at most
  ``MAX_PDF_OBJECTS`` in the whole file;

so that the work PDFium does afterwards is bounded by counting, not by a clock. The scan
does not need the file's cross-reference table (a damaged file is scanned all the same) and
is linear in the file: every search is a C-level ``bytes`` method.
"""

from __future__ import annotations

import base64
import binascii
import re
import time
import zlib
from dataclasses import dataclass

from .errors import LimitReached
from .limits import (MAX_PDF_DECODED_BYTES, MAX_PDF_IMAGE_BYTES, MAX_PDF_OBJECTS,
                     MAX_PDF_SECONDS, MAX_PDF_STATE_PUSHES)

_STREAM = re.compile(rb"stream(?:\r\n|\n|\r)")
_FILTER = re.compile(rb"/Filter\s*(\[[^\]]*\]|/[A-Za-z0-9]+)")
_NAME = re.compile(rb"/([A-Za-z0-9]+)")
#: Dictionaries of streams PDFium does not parse as operators when it extracts text.
_NOT_OPERATORS = re.compile(
    rb"/Subtype\s*/(Image|Type1C|CIDFontType0C|OpenType|XML)\b|/Length[123]\b"
    rb"|/Type\s*/(EmbeddedFile|Metadata|XRef)\b")
_IMAGE = re.compile(rb"/Subtype\s*/Image\b")
_SUSPICIOUS = 4096              # "q" or "T" bytes in 1 MB of image data: 256 expected
_DELIMITED_PUSH = re.compile(rb"(?<=[\s\x00])q(?=[\s\x00])")
_DELIMITED_SHOW = re.compile(rb"[\s\x00\)\]>]T[jJ*](?=[\s\x00])")
_ABBREVIATIONS = {b"Fl": b"FlateDecode", b"LZW": b"LZWDecode", b"RL": b"RunLengthDecode",
                  b"AHx": b"ASCIIHexDecode", b"A85": b"ASCII85Decode"}
#: What is counted, by C-level searches (a Python loop per operator would cost more than
#: PDFium's own parsing): every ``q`` byte (a graphics-state push is the operator ``q``; the
#: letter is rare in text strings and absent from hex strings), and the operators that add
#: an object to a page: text shown (``Tj``, ``TJ``, ``'``, ``"``), an XObject, inline image
#: or shading drawn (``Do``, ``BI``, ``sh``), a path painted (``f``, ``S``, ``B``... before
#: a delimiter). Words of text strings that look like these are counted too: an over-count
#: of a few per cent, harmless under limits set far above real documents.
_NEEDLES = (b"Tj", b"TJ", b"Do", b"BI", b"sh", b"'", b'"')
_PAINT = re.compile(rb"[fFSsBb]\*?[\s\x00\[\(</%]")
_LOOK_BACK = 4096


class GuardStop(LimitReached):
    """A counted limit was reached; ``what`` names it."""


@dataclass(slots=True)
class Counts:
    """What the scan found (for the bench and the tests)."""

    streams: int = 0
    inflated: int = 0
    pushes: int = 0
    objects: int = 0


class _Tally:
    def __init__(self, deadline: float, max_bytes: int) -> None:
        self.counts = Counts()
        self.deadline = deadline
        self.left = max_bytes
        self.images_left = MAX_PDF_IMAGE_BYTES
        self.image = False        # the stream being inflated is labelled an image

    def spend(self, size: int) -> None:
        if self.image:
            self.images_left -= size
            if self.images_left < 0:
                raise GuardStop("images")
        else:
            self.left -= size
            self.counts.inflated += size
            if self.left < 0:
                raise GuardStop("inflate")
        if time.monotonic() > self.deadline:
            raise GuardStop("time")

    def disguised(self, piece: bytes, first: bool = False) -> None:
        """Counts, in a stream labelled an image or a font, the operators it would hold were
        it drawn as a page's content after all (its label is only the file's word for it):
        only where a byte count says it might, and only delimited operators (random image
        bytes seldom are)."""
        if piece.count(b"q") < _SUSPICIOUS and piece.count(b"T") < _SUSPICIOUS:
            return
        counts = self.counts
        counts.pushes += len(_DELIMITED_PUSH.findall(piece))
        counts.objects += len(_DELIMITED_SHOW.findall(piece)) + len(_PAINT.findall(piece))
        if counts.pushes > MAX_PDF_STATE_PUSHES:
            raise GuardStop("pushes")
        if counts.objects > MAX_PDF_OBJECTS:
            raise GuardStop("operators")

    def operators(self, piece: bytes, first: bool = False) -> None:
        """Counts pushes and object operators in a piece of an operator stream (an operator
        cut between two pieces may be missed: harmless, the limits are generous)."""
        counts = self.counts
        counts.pushes += piece.count(b"q")
        if counts.pushes > MAX_PDF_STATE_PUSHES:
            raise GuardStop("pushes")
        counts.objects += sum(piece.count(needle) for needle in _NEEDLES)
        counts.objects += len(_PAINT.findall(piece))
        if counts.objects > MAX_PDF_OBJECTS:
            raise GuardStop("operators")


def scan(data: bytes, *, max_bytes: int | None = None,
         deadline: float | None = None) -> Counts:
    """Walks every stream of ``data``; raises GuardStop when a limit is reached."""
    tally = _Tally(time.monotonic() + MAX_PDF_SECONDS if deadline is None else deadline,
                   MAX_PDF_DECODED_BYTES if max_bytes is None else max_bytes)
    position = 0
    while True:
        found = _STREAM.search(data, position)
        if found is None:
            break
        start = found.end()
        end = data.find(b"endstream", start)
        if end < 0:
            end = len(data)
        head = data[max(0, found.start() - _LOOK_BACK):found.start()]
        if not head.rstrip().endswith(b">>"):
            position = start          # the word "stream" inside another stream's bytes
            continue
        dictionary = head[head.rfind(b"obj") + 3:] if b"obj" in head else head
        _stream(data[start:end], dictionary, tally)
        position = end + 9
    return tally.counts


def _filters(dictionary: bytes) -> list[bytes]:
    found = _FILTER.search(dictionary)
    if found is None:
        return []
    names = _NAME.findall(found.group(1))
    return [_ABBREVIATIONS.get(name, name) for name in names]


def _stream(raw: bytes, dictionary: bytes, tally: _Tally) -> None:
    tally.counts.streams += 1
    # An image is never decoded by PDFium to extract text: its inflated bytes count against
    # a budget of their own, so large scans do not use up the budget of the streams PDFium
    # parses; but its bytes are still looked at, in case a page uses it as its content.
    tally.image = _IMAGE.search(dictionary) is not None
    operators = not tally.image and _NOT_OPERATORS.search(dictionary) is None
    count = tally.operators if operators else tally.disguised
    filters = _filters(dictionary)
    if not filters:
        count(raw, True)
        return
    data = raw
    for index, name in enumerate(filters):
        last = index == len(filters) - 1
        sink = count if last else None
        try:
            if name == b"FlateDecode":
                data = _inflate(data, tally, sink)
            elif name == b"RunLengthDecode":
                data = _run_length(data, tally, sink)
            elif name == b"LZWDecode":
                data = _lzw(data, tally, sink)
            elif name == b"ASCIIHexDecode":
                data = _hex(data)
                sink(data, True) if sink else None
            elif name == b"ASCII85Decode":
                data = _a85(data)
                sink(data, True) if sink else None
            else:
                return      # images (DCT, JPX, JBIG2, CCITT) and unknown filters: not parsed
        except (zlib.error, ValueError, binascii.Error):
            return          # a damaged stream: PDFium gets no more out of it than we did
        if not last and len(data) == 0:
            return


def _inflate(data: bytes, tally: _Tally, sink) -> bytes:
    """Inflates within the budget; keeps the output only when another filter needs it."""
    inflater = zlib.decompressobj()
    keep = sink is None
    out = bytearray()
    pending = data
    first = True
    while pending:
        piece = inflater.decompress(pending, 1 << 20)
        tally.spend(len(piece))
        if sink is not None:
            sink(piece, first)
            first = False
        if keep:
            out += piece
        pending = inflater.unconsumed_tail
        if inflater.eof or not piece:
            break
    return bytes(out)


def _run_length(data: bytes, tally: _Tally, sink) -> bytes:
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
        tally.spend(len(chunk))
        out += chunk
        _spill(out, sink)
    return _finish(out, sink)


def _spill(out: bytearray, sink) -> None:
    """Hands a full megabyte of decoded bytes to ``sink`` (when streaming) and forgets it."""
    if len(out) >= 1 << 20 and sink is not None:
        sink(bytes(out), False)
        out.clear()


def _finish(out: bytearray, sink) -> bytes:
    """The last decoded bytes: to ``sink`` when streaming, and returned."""
    if sink is not None:
        sink(bytes(out), False)
    return bytes(out)


def _lzw(data: bytes, tally: _Tally, sink) -> bytes:
    """LZW as PDF writes it (codes of 9 to 12 bits, early change), within the budget."""
    table = [bytes([value]) for value in range(256)] + [b"", b""]
    out = bytearray()
    bits = buffer = 0
    width = 9
    previous = b""
    for byte in data:
        buffer = (buffer << 8) | byte
        bits += 8
        while bits >= width:
            bits -= width
            code = (buffer >> bits) & ((1 << width) - 1)
            buffer &= (1 << bits) - 1
            if code == 256:
                table = table[:258]
                width, previous = 9, b""
                continue
            if code == 257:
                sink(bytes(out), False) if sink else None
                return bytes(out)
            if code < len(table):
                entry = table[code]
                if previous:
                    table.append(previous + entry[:1])
            elif previous:
                entry = previous + previous[:1]
                table.append(entry)
            else:
                raise ValueError("bad LZW code")
            tally.spend(len(entry))
            out += entry
            previous = entry
            if len(table) + 1 >= (1 << width) and width < 12:
                width += 1
            _spill(out, sink)
    return _finish(out, sink)


def _hex(data: bytes) -> bytes:
    text = data.split(b">", 1)[0].translate(None, b" \t\r\n\f\x00")
    return binascii.unhexlify(text + b"0" if len(text) % 2 else text)


def _a85(data: bytes) -> bytes:
    body = data.split(b"~>", 1)[0]
    body = body[2:] if body.startswith(b"<~") else body
    return base64.a85decode(b"".join(body.split()))
