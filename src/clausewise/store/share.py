"""Sharing annotations between colleagues' workspaces as a JSON file.

The file is UTF-8 JSON, versioned (``format``, ``version``), and names the drafts by their
fingerprints (SHA-256 of the original files), so an annotation lands on the same drafts in
the receiving workspace whatever they are called there. Importing merges:

* an annotation whose id the workspace already holds: the one modified last wins;
* one saying exactly what an existing one says (same drafts, anchor, note and tag): skipped;
* anything else is added. Tags the workspace does not list yet are added to its list.

A file that cannot be read is refused as a whole (``ShareError``), before anything changes.
"""

from __future__ import annotations

import json
import os
import stat
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable

from .annotations import Anchor, Annotation, TextRange
from .drafts import DraftPair, now
from .errors import ShareError, WorkspaceError
from .workspace import Workspace

FORMAT = "clausewise-annotations"
FORMAT_VERSION = 1


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import did, for the message the GUI shows."""

    added: int
    updated: int
    skipped: int


def export_annotations(workspace: Workspace, path: str | os.PathLike[str],
                       annotations: Iterable[Annotation] | None = None) -> int:
    """Writes ``annotations`` (default: all of the workspace's) to ``path``; returns how many."""
    chosen = list(workspace.annotations.all() if annotations is None else annotations)
    fingerprints = sorted({fp for a in chosen for fp in (a.drafts.left, a.drafts.right)})
    drafts = []
    for fingerprint in fingerprints:
        record = workspace.drafts.get(fingerprint)
        drafts.append({"sha256": fingerprint, "name": record.name if record else ""})
    document = {"format": FORMAT, "version": FORMAT_VERSION, "exported": now().isoformat(),
                "drafts": drafts, "annotations": [to_dict(a) for a in chosen]}
    _write_atomically(Path(path), json.dumps(document, ensure_ascii=False, indent=1))
    return len(chosen)


def import_annotations(workspace: Workspace, path: str | os.PathLike[str]) -> ImportResult:
    """Merges the annotations of a shared file into the workspace (see the module's rules)."""
    incoming = read_annotations(path)
    held = {a.id: a for a in workspace.annotations.all()}
    said = {a.content for a in held.values()}
    added, replacing, skipped = [], [], 0
    for annotation in incoming:
        mine = held.get(annotation.id)
        if mine is not None:
            if annotation.modified > mine.modified:
                replacing.append(annotation)
            else:
                skipped += 1
        elif annotation.content in said:
            skipped += 1
        else:
            added.append(annotation)
            held[annotation.id] = annotation
        said.add(annotation.content)
    workspace.annotations.merge(added, replacing)
    for tag in dict.fromkeys(a.tag for a in added + replacing if a.tag):
        workspace.tags.add(tag)
    return ImportResult(added=len(added), updated=len(replacing), skipped=skipped)


def read_annotations(path: str | os.PathLike[str]) -> list[Annotation]:
    """The annotations of a shared file; ``ShareError`` (one line) if it cannot be used."""
    path = Path(path)
    try:
        document = json.loads(path.read_bytes().decode("utf-8-sig"))
    except OSError as error:
        raise ShareError(f"{path.name} cannot be read ({error.strerror}); check the name "
                         "and that you may read it") from None
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ShareError(f"{path.name} is not an annotations file (not UTF-8 JSON); choose "
                         "a file exported by Clausewise") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ShareError(f"{path.name} is not a Clausewise annotations file; choose a file "
                         "exported by Clausewise")
    version = document.get("version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise ShareError(f"{path.name} was exported by a newer Clausewise (format version "
                         f"{version}); update Clausewise to import it")
    items = document.get("annotations")
    if not isinstance(items, list):
        raise ShareError(f"{path.name} holds no list of annotations; export it again")
    annotations = []
    for number, item in enumerate(items, start=1):
        try:
            annotations.append(from_dict(item))
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise ShareError(f"{path.name}: annotation {number} is unusable ({_why(error)}); "
                             "nothing was imported") from None
    return annotations


def to_dict(a: Annotation) -> dict[str, Any]:
    span = a.anchor.range
    return {
        "id": a.id,
        "drafts": {"left": a.drafts.left, "right": a.drafts.right},
        "anchor": {"side": a.anchor.side.value, "clause_id": a.anchor.clause_id,
                   "citation": a.anchor.citation, "clause_text": a.anchor.clause_text,
                   "range": None if span is None else
                   {"start": span.start, "end": span.end, "quote": span.quote}},
        "note": a.note, "tag": a.tag, "status": a.status.value, "author": a.author,
        "created": a.created.isoformat(), "modified": a.modified.isoformat(),
        "needs_review": a.needs_review, "review_reason": a.review_reason,
        "carried_from": a.carried_from,
    }


def from_dict(data: dict[str, Any]) -> Annotation:
    """An annotation from ``to_dict``'s shape; raises KeyError/TypeError/ValueError if bad."""
    anchor_data = data["anchor"]
    span_data = anchor_data.get("range")
    span = None if span_data is None else TextRange(
        _int(span_data, "start"), _int(span_data, "end"), _str(span_data, "quote"))
    anchor = Anchor(anchor_data["side"], _str(anchor_data, "clause_id"),
                    _str(anchor_data, "citation"), _str(anchor_data, "clause_text"), span)
    drafts = DraftPair(_str(data["drafts"], "left"), _str(data["drafts"], "right"))
    return Annotation(
        id=str(uuid.UUID(_str(data, "id"))), drafts=drafts, anchor=anchor,
        note=_str(data, "note"), tag=_str(data, "tag"), status=data["status"],
        author=_str(data, "author"), created=_time(data, "created"),
        modified=_time(data, "modified"), needs_review=bool(data.get("needs_review")),
        review_reason=str(data.get("review_reason") or ""),
        carried_from=str(data.get("carried_from") or ""))


def _str(data: dict[str, Any], key: str) -> str:
    value = data[key]
    if not isinstance(value, str):
        raise TypeError(f"{key!r} is not text")
    return value


def _int(data: dict[str, Any], key: str) -> int:
    value = data[key]
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"{key!r} is not a whole number")
    return value


def _time(data: dict[str, Any], key: str) -> datetime:
    """An ISO 8601 time; one without a zone is taken as UTC, so times always compare."""
    stamp = datetime.fromisoformat(_str(data, key))
    return stamp if stamp.tzinfo else stamp.replace(tzinfo=timezone.utc)


def _why(error: Exception) -> str:
    if isinstance(error, KeyError):
        return f"{error.args[0]!r} is missing"
    return str(error)


def _write_atomically(path: Path, text: str) -> None:
    """Writes beside ``path`` and renames, so a crash never leaves half a file. A file it
    replaces keeps its permissions; one marked read-only is not replaced."""
    try:
        mode: int | None = stat.S_IMODE(path.stat().st_mode)
    except OSError:
        mode = None
    if mode is not None and not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        raise WorkspaceError(f"{path.name} is marked read-only and is left as it is; choose "
                             "another file name")
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        with temporary.open("w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is not None:
            os.chmod(temporary, mode)
        os.replace(temporary, path)
    except OSError as error:
        raise WorkspaceError(f"{path.name} could not be written ({error.strerror}); check "
                             "that the folder exists and that you may write there") from None
    finally:
        temporary.unlink(missing_ok=True)
