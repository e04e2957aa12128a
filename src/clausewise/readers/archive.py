"""Safe opening of zipped office files (.docx, .odt) and of the XML inside them.

Both formats are zip archives of XML parts, and both can be crafted: a zip bomb (a few MB
that inflate to gigabytes), thousands of members, an XML part that declares entities which
expand a billion times ("billion laughs"), or elements nested a million deep. The checks
here run before any part is parsed:

* the archive's declared sizes are summed; Python's zipfile never inflates a member beyond
  its declared size (it stops and reports a CRC error), so the declaration is a true bound;
* every member that will be parsed as XML (for a .docx its content type decides, never
  its name) is streamed once: its size and the archive's XML total are checked before it
  is inflated, its tags are counted (a parsed tree costs memory per element), and it may
  carry no document type declaration anywhere, not only in its head: neither Word nor
  OpenDocument ever writes one, and a DTD is the only way to declare entities;
* XML is parsed by lxml with entity resolution, network access and "huge tree" mode off,
  so libxml2's own caps (nesting depth 256, entity amplification) stay in force.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from typing import Callable

from lxml import etree

from .errors import ReadError
from .limits import (MAX_ARCHIVE_MEMBERS, MAX_UNPACKED_BYTES, MAX_XML_PART_BYTES,
                     MAX_XML_TAGS, MAX_XML_TOTAL_BYTES)

_DTD_MARKS = tuple(
    mark.encode(encoding)
    for mark in ("<!DOCTYPE", "<!ENTITY")
    for encoding in ("utf-8", "utf-16-le", "utf-16-be")
)
_HEAD_BYTES = 64 * 1024


def open_archive(data: bytes, name: str, what: str,
                 max_unpacked: int = MAX_UNPACKED_BYTES) -> zipfile.ZipFile:
    """The zip archive in ``data``, after the size checks; ``what`` is "Word file" etc."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise damaged(name, what, "the zip archive is damaged") from exc
    if len(members) > MAX_ARCHIVE_MEMBERS:
        raise ReadError(
            f"{name} holds {len(members)} files in its archive, more than the "
            f"{MAX_ARCHIVE_MEMBERS} Clausewise accepts in a {what}; open it in its program "
            "and save it again",
            reason="too-large",
        )
    unpacked = sum(info.file_size for info in members)
    if unpacked > max_unpacked:
        raise ReadError(
            f"{name} unpacks to {unpacked // 2**20} MB, more than the "
            f"{max_unpacked // 2**20} MB Clausewise accepts; remove large images "
            "or embedded files and save it again",
            reason="too-large",
        )
    return archive


def check_parts(archive: zipfile.ZipFile, name: str, what: str,
                parsed: Callable[[str], bool] | None = None) -> None:
    """Checks every member that may be parsed as XML before anything parses it.

    Which members those are is decided by ``parsed(member name)`` (for a .docx, by the
    package's content types, as python-docx decides), never by the name's extension: the
    main part of a .docx may be called ``document.dat`` and still be parsed. Without
    ``parsed``, every member counts. Of those, a member is XML if its content says so (its
    first non-blank byte is ``<``). Each is streamed once, in chunks: its declared size is
    checked against ``MAX_XML_PART_BYTES`` and the archive's XML total against
    ``MAX_XML_TOTAL_BYTES`` before it is inflated; then the whole of it (not only its head)
    is searched for a DTD, and its tags are counted against ``MAX_XML_TAGS``, because a
    parsed tree takes memory per element, not per byte. Members never parsed (images, an
    embedded web page) are bounded by the archive's unpacked size alone.
    """
    xml_bytes = tags = 0
    for info in archive.infolist():
        if parsed is not None and not parsed(info.filename):
            continue
        with _open_member(archive, info.filename, name, what) as stream:
            head = _xml_head(stream, name, what)
            if head is None:
                continue
            if info.file_size > MAX_XML_PART_BYTES:
                raise _part_too_large(name, info.filename, info.file_size)
            xml_bytes += info.file_size
            if xml_bytes > MAX_XML_TOTAL_BYTES:
                raise ReadError(
                    f"{name} holds more than {MAX_XML_TOTAL_BYTES // 2**20} MB of XML (headers, "
                    "footers, comments and body together), more than Clausewise parses; "
                    "remove long headers, footers or comments, or split the draft",
                    reason="too-large",
                )
            tags = _scan(stream, head, info.filename, tags, name, what)


#: Content types python-docx keeps as bytes and never parses, though they may be XML text.
_NEVER_PARSED = ("image/", "text/html", "application/xhtml+xml", "text/xml-dtd")


def docx_parsed_parts(archive: zipfile.ZipFile, name: str) -> Callable[[str], bool]:
    """Which members of a .docx python-docx may parse as XML, from ``[Content_Types].xml``.

    The relationships and the content types themselves are parsed; a part whose type is
    an image or a web page (an SVG picture, an embedded HTML "altChunk", which may carry a
    ``<!DOCTYPE html>``) is not; any other part is counted as parsed, whatever its type or
    name, including a part no content type names (python-docx would refuse it anyway).
    """
    try:
        data = read_member(archive, "[Content_Types].xml", name, "Word file", limit=2**20)
        root = parse_xml(data, name, "Word file")
    except ReadError:
        return lambda member: True   # the checks then take every member; python-docx fails
    defaults = {(e.get("Extension") or "").lower(): e.get("ContentType") or ""
                for e in root if isinstance(e.tag, str) and e.tag.endswith("}Default")}
    overrides = {(e.get("PartName") or "").lower(): e.get("ContentType") or ""
                 for e in root if isinstance(e.tag, str) and e.tag.endswith("}Override")}

    def parsed(member: str) -> bool:
        if member == "[Content_Types].xml" or member.lower().endswith(".rels"):
            return True
        kind = overrides.get("/" + member.lower())
        if kind is None:
            kind = defaults.get(member.rpartition(".")[2].lower() if "." in member else "")
        return kind is None or not kind.lower().startswith(_NEVER_PARSED)

    return parsed


def refuse_dtds(archive: zipfile.ZipFile, name: str, what: str) -> None:
    """Refuses an archive whose XML parts declare a DTD (kept for callers; see check_parts)."""
    check_parts(archive, name, what)


_CHUNK = 1 << 20
_OVERLAP = max(len(mark) for mark in _DTD_MARKS) - 1
_BLANK = b" \t\r\n\x00"


def _xml_head(stream, name: str, what: str) -> bytes | None:
    """The bytes read so far if the member is XML (first non-blank byte ``<``), else None."""
    read = b""
    while True:
        chunk = _read_chunk(stream, name, what)
        if not chunk:
            return None
        read += chunk
        content = read
        for bom in (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"):
            if content.startswith(bom):
                content = content[len(bom):]
                break
        content = content.lstrip(_BLANK)
        if content:
            return read if content[:1] == b"<" else None
        read = read[-4:]   # only blanks so far: keep a little, in case a BOM was split


def _scan(stream, head: bytes, member: str, tags: int, name: str, what: str) -> int:
    """Streams the rest of an XML member: refuses a DTD anywhere, counts tags."""
    carry = b""
    chunk = head
    while chunk:
        window = carry + chunk
        if any(mark in window for mark in _DTD_MARKS):
            raise ReadError(
                f"{name} is not a valid {what} (its part {member} declares XML "
                "entities, which office programs never write; the file may have been "
                "crafted); ask the sender for a fresh copy",
                reason="corrupt",
            )
        tags += chunk.count(b"<")
        if tags > MAX_XML_TAGS:
            raise ReadError(
                f"{name} has more than {MAX_XML_TAGS:,} XML tags (paragraphs, runs and "
                f"their properties), far more than any treaty; check that it is the right "
                "file, or save it again from its program",
                reason="too-large",
            )
        carry = window[-_OVERLAP:]
        chunk = _read_chunk(stream, name, what)
    return tags


def _read_chunk(stream, name: str, what: str) -> bytes:
    try:
        return stream.read(_CHUNK)
    except _ZIP_ERRORS as exc:
        raise damaged(name, what, "the zip archive is damaged") from exc


def _part_too_large(name: str, member: str, size: int) -> ReadError:
    return ReadError(
        f"{name} has a {size // 2**20} MB {member}, more than the "
        f"{MAX_XML_PART_BYTES // 2**20} MB Clausewise parses; split the draft and try again",
        reason="too-large",
    )


def _open_member(archive: zipfile.ZipFile, member: str, name: str, what: str):
    try:
        return archive.open(member)
    except KeyError as exc:
        raise damaged(name, what, f"{member} is missing") from exc
    except _ZIP_ERRORS as exc:
        raise damaged(name, what, "the zip archive is damaged") from exc


#: What zipfile raises on a damaged member (RuntimeError: encrypted; NotImplementedError: an
#: unknown compression method).
_ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError,
               NotImplementedError, RuntimeError)


def read_member(archive: zipfile.ZipFile, member: str, name: str, what: str,
                limit: int | None = None) -> bytes:
    """The bytes of one member (the first ``limit`` only, if given)."""
    try:
        with archive.open(member) as stream:
            return stream.read(limit if limit is not None else -1)
    except KeyError as exc:
        raise damaged(name, what, f"{member} is missing") from exc
    except _ZIP_ERRORS as exc:
        raise damaged(name, what, "the zip archive is damaged") from exc


def parse_xml_member(archive: zipfile.ZipFile, member: str, name: str,
                     what: str) -> etree._Element:
    """The root element of one XML member, parsed with every guard on."""
    info = archive.getinfo(member) if member in archive.namelist() else None
    if info is None:
        raise damaged(name, what, f"{member} is missing")
    if info.file_size > MAX_XML_PART_BYTES:
        raise _part_too_large(name, member, info.file_size)
    return parse_xml(read_member(archive, member, name, what), name, what)


def parse_xml(data: bytes, name: str, what: str) -> etree._Element:
    """Parses XML with no DTD, no entity resolution, no network and libxml2's size caps."""
    if any(mark in data[:_HEAD_BYTES] for mark in _DTD_MARKS):
        raise damaged(name, what, "its XML declares entities")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False,
                             load_dtd=False, dtd_validation=False)
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        why = "its XML is nested too deeply" if "depth" in str(exc) else "its XML is damaged"
        raise damaged(name, what, why) from exc
    except ValueError as exc:
        raise damaged(name, what, "its XML is damaged") from exc


def damaged(name: str, what: str, why: str) -> ReadError:
    program = "Word" if what.startswith("Word") else "its program"
    return ReadError(
        f"{name} is not a valid {what} ({why}); open it in {program} and save it again",
        reason="corrupt",
    )
