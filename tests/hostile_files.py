"""Damaged and hostile drafts, written for the tests and for bench/bench_hostile.py, and the
runner that reads one in a child process under an address-space limit.

Each maker writes one file into a folder and returns its path. ``read_isolated(path)`` runs
``clausewise.readers.read`` on it in a fresh Python with ``RLIMIT_AS`` set (so a reader that
tried to take gigabytes would fail there, not here) and a wall-clock timeout, and returns
what happened: the draft's line count or the ReadError's reason and message, the seconds it
took and the peak resident memory.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
#: Address space a reader may use in the child: the documented bound.
MEMORY_LIMIT_BYTES = 1536 * 2**20
#: Wall-clock seconds a reader may take in the child before it counts as hanging.
TIMEOUT_SECONDS = 120

_CHILD = r"""
import json, resource, sys, time
limit = int(sys.argv[2])
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
from clausewise.readers import ReadError, read
started = time.perf_counter()
try:
    source = read(sys.argv[1])
    outcome = {"read": True, "lines": len(source.lines), "notices": list(source.notices)}
except ReadError as error:
    outcome = {"read": False, "reason": error.reason, "message": str(error)}
outcome["seconds"] = time.perf_counter() - started
try:   # this process's own high-water mark (ru_maxrss would include the parent's at fork)
    status = open("/proc/self/status").read()
    outcome["peak_mb"] = int(status.split("VmHWM:")[1].split()[0]) / 1024
except (OSError, IndexError, ValueError):
    outcome["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(outcome))
"""


@dataclass(frozen=True)
class Outcome:
    read: bool
    reason: str | None
    message: str | None
    lines: int | None
    seconds: float
    peak_mb: float


def read_isolated(path: Path, memory: int = MEMORY_LIMIT_BYTES,
                  timeout: float = TIMEOUT_SECONDS) -> Outcome:
    """Reads ``path`` in a child process under the limits; raises AssertionError if the child
    crashed (any exit but a clean one) and subprocess.TimeoutExpired if it hung."""
    env = dict(os.environ, PYTHONPATH=str(REPO / "src"))
    done = subprocess.run([sys.executable, "-c", _CHILD, str(path), str(memory)],
                          capture_output=True, text=True, timeout=timeout, env=env)
    assert done.returncode == 0, f"the reader crashed on {path.name}:\n{done.stderr[-2000:]}"
    data = json.loads(done.stdout.strip().splitlines()[-1])
    return Outcome(read=data["read"], reason=data.get("reason"), message=data.get("message"),
                   lines=data.get("lines"), seconds=data["seconds"], peak_mb=data["peak_mb"])


# --- archives ---------------------------------------------------------------------------------

_DOCX_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
    'package/2006/content-types"><Default Extension="rels" ContentType="application/'
    'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
    '"application/xml"/><Override PartName="/word/document.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
_DOCX_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats'
    '.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
    'openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/></Relationships>')
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def docx_with_body(folder: Path, name: str, document_xml: bytes) -> Path:
    """A minimal .docx whose word/document.xml is ``document_xml``."""
    path = folder / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _DOCX_TYPES)
        archive.writestr("_rels/.rels", _DOCX_RELS)
        archive.writestr("word/document.xml", document_xml)
    return path


def odt_with_content(folder: Path, name: str, content_xml: bytes) -> Path:
    path = folder / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text",
                         zipfile.ZIP_STORED)
        archive.writestr("content.xml", content_xml)
    return path


def _bomb_member(archive: zipfile.ZipFile, member: str, head: bytes, size: int) -> None:
    """A member of ``size`` bytes: ``head`` then spaces, streamed so no copy is in memory."""
    with archive.open(member, "w", force_zip64=True) as stream:
        stream.write(head)
        chunk = b" " * 2**20
        written = len(head)
        while written < size:
            piece = chunk[: min(len(chunk), size - written)]
            stream.write(piece)
            written += len(piece)


def zip_bomb_docx(folder: Path, unpacked: int = 300 * 2**20) -> Path:
    """A .docx whose document.xml inflates to ``unpacked`` bytes (a few hundred KB packed)."""
    path = folder / "zip-bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", _DOCX_TYPES)
        archive.writestr("_rels/.rels", _DOCX_RELS)
        _bomb_member(archive, "word/document.xml",
                     f'<w:document xmlns:w="{W}"><w:body>'.encode(), unpacked)
    return path


def zip_bomb_odt(folder: Path, unpacked: int = 300 * 2**20) -> Path:
    path = folder / "zip-bomb.odt"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text",
                         zipfile.ZIP_STORED)
        _bomb_member(archive, "content.xml", b"<office:document-content>", unpacked)
    return path


def lying_zip_docx(folder: Path) -> Path:
    """A .docx whose document.xml declares 1 KB but inflates to 200 MB (a forged header)."""
    honest = docx_with_body(folder, "honest.docx",
                            f'<w:document xmlns:w="{W}"><w:body/></w:document>'.encode())
    payload = zlib.compressobj(9, zlib.DEFLATED, -15)
    packed = payload.compress(b" " * (200 * 2**20)) + payload.flush()
    buffer = io.BytesIO()
    with zipfile.ZipFile(honest) as source, zipfile.ZipFile(buffer, "w") as target:
        for info in source.infolist():
            if info.filename != "word/document.xml":
                target.writestr(info, source.read(info.filename))
    data = bytearray(buffer.getvalue())
    # Append a member by hand: local header with a small declared size, the bomb, and a
    # central directory that agrees with the lie.
    name = b"word/document.xml"
    offset = data.rfind(b"PK\x05\x06")
    central_start = int.from_bytes(data[offset + 16:offset + 20], "little")
    central = bytes(data[central_start:offset])
    body = bytes(data[:central_start])
    local_at = len(body)
    crc, declared = 0, 1024
    local = (b"PK\x03\x04" + (20).to_bytes(2, "little") + bytes(2) + (8).to_bytes(2, "little")
             + bytes(4) + crc.to_bytes(4, "little") + len(packed).to_bytes(4, "little")
             + declared.to_bytes(4, "little") + len(name).to_bytes(2, "little") + bytes(2)
             + name)
    entry = (b"PK\x01\x02" + (20).to_bytes(2, "little") + (20).to_bytes(2, "little")
             + bytes(2) + (8).to_bytes(2, "little") + bytes(4) + crc.to_bytes(4, "little")
             + len(packed).to_bytes(4, "little") + declared.to_bytes(4, "little")
             + len(name).to_bytes(2, "little") + bytes(2) + bytes(2) + bytes(2) + bytes(2)
             + bytes(4) + local_at.to_bytes(4, "little") + name)
    count = int.from_bytes(data[offset + 10:offset + 12], "little") + 1
    new_body = body + local + packed
    new_central = central + entry
    end = (b"PK\x05\x06" + bytes(4) + count.to_bytes(2, "little") + count.to_bytes(2, "little")
           + len(new_central).to_bytes(4, "little") + len(new_body).to_bytes(4, "little")
           + bytes(2))
    path = folder / "lying-zip.docx"
    path.write_bytes(new_body + new_central + end)
    honest.unlink()
    return path


def billion_laughs(depth: int = 10) -> bytes:
    """An XML prolog declaring entities that expand ten times at each of ``depth`` levels."""
    entities = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol%d;" % (i - 1)) * 10}">' for i in range(1, depth)]
    return f'<?xml version="1.0"?><!DOCTYPE lolz [{"".join(entities)}]>'.encode()


def entity_bomb_docx(folder: Path) -> Path:
    body = (billion_laughs() + f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>&lol9;'
            '</w:t></w:r></w:p></w:body></w:document>'.encode())
    return docx_with_body(folder, "entity-bomb.docx", body)


def entity_bomb_odt(folder: Path) -> Path:
    body = (billion_laughs() + b'<office:document-content xmlns:office="urn:oasis:names:tc:'
            b'opendocument:xmlns:office:1.0"><office:body><office:text>&lol9;</office:text>'
            b'</office:body></office:document-content>')
    return odt_with_content(folder, "entity-bomb.odt", body)


def deep_docx(folder: Path, depth: int = 200_000) -> Path:
    nest = f"<w:sdt><w:sdtContent>".encode() * depth
    body = (f'<w:document xmlns:w="{W}"><w:body>'.encode() + nest
            + b"</w:sdtContent></w:sdt>" * depth + b"</w:body></w:document>")
    return docx_with_body(folder, "deep.docx", body)


def deep_odt(folder: Path, depth: int = 200_000) -> Path:
    office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    body = (f'<office:document-content xmlns:office="{office}" xmlns:text="{text}">'
            '<office:body><office:text>'.encode() + b"<text:section>" * depth
            + b"</text:section>" * depth + b"</office:text></office:body>"
            b"</office:document-content>")
    return odt_with_content(folder, "deep.odt", body)


def deep_html(folder: Path, depth: int = 500_000) -> Path:
    path = folder / "deep.html"
    path.write_bytes(b"<html><body>" + b"<div>" * depth + b"Article 1" + b"</div>" * depth)
    return path


# --- PDFs ---------------------------------------------------------------------------------------


def pdf_with_content_stream(stream: bytes, filter_name: bytes = b"/FlateDecode") -> bytes:
    """A one-page PDF whose page content is ``stream``, with a correct xref table."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length %d /Filter %s >>\nstream\n" % (len(stream), filter_name) + stream
        + b"\nendstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objects) + 1, xref))
    return out.getvalue()


def deflate_bomb_pdf(folder: Path, inflated: int = 320 * 2**20) -> Path:
    """A PDF whose page content inflates to ``inflated`` bytes of spaces."""
    packer = zlib.compressobj(9)
    chunk = b" " * 2**24
    packed = b"".join(packer.compress(chunk) for _ in range(inflated // len(chunk)))
    packed += packer.flush()
    path = folder / "deflate-bomb.pdf"
    path.write_bytes(pdf_with_content_stream(packed))
    return path


def runlength_bomb_pdf(folder: Path, runs: int = 4 * 2**20) -> Path:
    """RunLengthDecode: each 2-byte run repeats a byte 128 times (512 MiB in all)."""
    path = folder / "runlength-bomb.pdf"
    path.write_bytes(pdf_with_content_stream(b"\x81 " * runs + b"\x80", b"/RunLengthDecode"))
    return path


def many_glyphs_pdf(folder: Path, glyphs: int = 400_000) -> Path:
    """One page that shows 400,000 characters (a dense real page has about 5,000)."""
    content = b"BT /F1 1 Tf " + b"(a) Tj " * glyphs + b"ET"
    path = folder / "many-glyphs.pdf"
    data = pdf_with_content_stream(zlib.compress(content))
    data = data.replace(b"/MediaBox [0 0 595 842]",
                        b"/MediaBox [0 0 595 842] /Resources << /Font << /F1 << /Type /Font "
                        b"/Subtype /Type1 /BaseFont /Helvetica >> >> >>")
    path.write_bytes(_fix_xref(data))
    return path


def state_pushes_pdf(folder: Path, pushes: int = 8_000_000) -> Path:
    """A page of nothing but graphics-state pushes (``q``): 16 MB inflated from a few KB.
    Unbounded, PDFium keeps every saved state (about 1.8 GB for 8 million)."""
    path = folder / "state-pushes.pdf"
    path.write_bytes(pdf_with_content_stream(_deflated(b"q ", pushes)))
    return path


def disguised_pushes_pdf(folder: Path, pushes: int = 8_000_000) -> Path:
    """The pushes of ``state_pushes_pdf`` in a page content stream whose dictionary says it
    is an image (PDFium parses it as the page's content all the same)."""
    data = pdf_with_content_stream(_deflated(b"q ", pushes))
    data = data.replace(b"/Filter /FlateDecode", b"/Filter /FlateDecode /Subtype /Image", 1)
    path = folder / "disguised-pushes.pdf"
    path.write_bytes(_fix_xref(data))
    return path


def save_restore_pdf(folder: Path, pairs: int = 5_000_000) -> Path:
    """A page of ``q Q`` pairs that draw nothing (200 million ran for minutes unbounded)."""
    path = folder / "save-restore.pdf"
    path.write_bytes(pdf_with_content_stream(_deflated(b"q Q ", pairs)))
    return path


def _deflated(unit: bytes, times: int) -> bytes:
    """``unit * times`` deflated, built in chunks so that it never sits whole in memory."""
    packer = zlib.compressobj(9)
    chunk_units = max(1, 2**22 // len(unit))
    out = []
    left = times
    while left > 0:
        count = min(left, chunk_units)
        out.append(packer.compress(unit * count))
        left -= count
    out.append(packer.flush())
    return b"".join(out)


def pdf_without_unicode_map(folder: Path) -> Path:
    """Text in a font whose glyph names mean nothing ("/g17") and with no ToUnicode map:
    what a PDF made by some typesetters looks like to any text extractor."""
    content = (b"BT /F1 12 Tf 72 700 Td (abcabcabc abc abcabc) Tj 0 -14 Td (abc abcabc) Tj ET")
    data = pdf_with_content_stream(zlib.compress(content))
    data = data.replace(b"/MediaBox [0 0 595 842]",
                        b"/MediaBox [0 0 595 842] /Resources << /Font << /F1 << /Type /Font "
                        b"/Subtype /Type1 /BaseFont /Helvetica /Encoding << /Type /Encoding "
                        b"/Differences [97 /g17 /g42 /g43] >> >> >> >>")
    path = folder / "no-unicode-map.pdf"
    path.write_bytes(_fix_xref(data))
    return path


def _fix_xref(data: bytes) -> bytes:
    """Rewrites the xref offsets after an edit in place (objects found by "N 0 obj")."""
    import re

    head, _, _ = data.partition(b"xref\n")
    offsets = [m.start() for m in re.finditer(rb"(?m)^\d+ 0 obj", head)]
    table = b"xref\n0 %d\n0000000000 65535 f \n" % (len(offsets) + 1)
    table += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    trailer = (b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
               % (len(offsets) + 1, len(head)))
    return head + table + trailer


# --- plain files ------------------------------------------------------------------------------


def huge_sparse(folder: Path, name: str, size: int = 400 * 2**20) -> Path:
    """A file of ``size`` bytes that takes no disk space (its content is all NUL)."""
    path = folder / name
    with path.open("wb") as stream:
        stream.truncate(size)
    return path


def line_breaks_only(folder: Path, name: str = "newlines.txt", size: int = 60 * 2**20) -> Path:
    path = folder / name
    path.write_bytes(b"\n" * size)
    return path


def random_bytes(folder: Path, name: str, size: int = 64 * 1024, seed: int = 7) -> Path:
    import random

    path = folder / name
    path.write_bytes(random.Random(seed).randbytes(size))
    return path
