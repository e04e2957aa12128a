"""Safe opening of zipped office files (.docx, .odt) and of the XML inside them.

Both formats are zip archives of XML parts, and both can be crafted: a zip bomb (a few MB
that inflate to gigabytes), thousands of members, an XML part that declares entities which
expand a billion times ("billion laughs"), or elements nested a million deep. The checks
here run before any part is parsed:

* the archive's declared sizes are summed; Python's zipfile never inflates a member beyond
  its declared size (it stops and reports a CRC error), so the declaration is a true bound;
* no XML part may carry a document type declaration: neither Word nor OpenDocument ever
  writes one, and a DTD is the only way to declare entities;
* XML is parsed by lxml with entity resolution, network access and "huge tree" mode off,
  so libxml2's own caps (nesting depth 256, entity amplification) stay in force.
"""

from __future__ import annotations

import io
import zipfile
import zlib

from lxml import etree

from .errors import ReadError
from .limits import MAX_ARCHIVE_MEMBERS, MAX_UNPACKED_BYTES, MAX_XML_PART_BYTES

_XML_SUFFIXES = (".xml", ".rels")
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


def refuse_dtds(archive: zipfile.ZipFile, name: str, what: str) -> None:
    """Refuses an archive whose XML parts declare a DTD (the carrier of entity bombs)."""
    for info in archive.infolist():
        if not info.filename.lower().endswith(_XML_SUFFIXES):
            continue
        head = read_member(archive, info.filename, name, what, limit=_HEAD_BYTES)
        if any(mark in head for mark in _DTD_MARKS):
            raise ReadError(
                f"{name} is not a valid {what} (its part {info.filename} declares XML "
                "entities, which office programs never write; the file may have been "
                "crafted); ask the sender for a fresh copy",
                reason="corrupt",
            )


def read_member(archive: zipfile.ZipFile, member: str, name: str, what: str,
                limit: int | None = None) -> bytes:
    """The bytes of one member (the first ``limit`` only, if given)."""
    try:
        with archive.open(member) as stream:
            return stream.read(limit if limit is not None else -1)
    except KeyError as exc:
        raise damaged(name, what, f"{member} is missing") from exc
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError,
            NotImplementedError, RuntimeError) as exc:
        # RuntimeError: an encrypted member; NotImplementedError: an unknown compression.
        raise damaged(name, what, "the zip archive is damaged") from exc


def parse_xml_member(archive: zipfile.ZipFile, member: str, name: str,
                     what: str) -> etree._Element:
    """The root element of one XML member, parsed with every guard on."""
    info = archive.getinfo(member) if member in archive.namelist() else None
    if info is None:
        raise damaged(name, what, f"{member} is missing")
    if info.file_size > MAX_XML_PART_BYTES:
        raise ReadError(
            f"{name} has a {info.file_size // 2**20} MB {member}, more than the "
            f"{MAX_XML_PART_BYTES // 2**20} MB Clausewise parses; split the draft and try "
            "again",
            reason="too-large",
        )
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
