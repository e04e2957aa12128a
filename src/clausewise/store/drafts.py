"""The drafts a workspace holds, and the user's rulings on how their clauses align.

A draft is stored as the lines its reader produced (with their structure hints), so the
workspace can be re-segmented and compared without the original file, on another machine.
Drafts are known by the SHA-256 of the original file's bytes (their *fingerprint*): the same
file added twice is one draft, and annotations and links name drafts by fingerprint, so a
shared annotations file means the same drafts in everybody's workspace.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Sequence

from ..core.compare import ManualLink
from ..core.model import SourceLine, SourceText
from .db import Database
from .errors import WorkspaceError

_HINTS = ("style", "heading_level", "list_level", "number")


@dataclass(frozen=True, slots=True)
class DraftPair:
    """The two drafts of a comparison, by fingerprint: older (left) and newer (right)."""

    left: str
    right: str


@dataclass(frozen=True, slots=True)
class DraftRecord:
    """One draft of the workspace, without its text (``DraftStore.source`` has that)."""

    id: int
    name: str
    sha256: str
    format: str
    added: datetime
    position: int
    label: str = ""   # the user's name for the draft in the series; '' if none given


def file_sha256(path: str | os.PathLike[str]) -> str:
    """The fingerprint of a draft file: SHA-256 of its bytes, as hex."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def now() -> datetime:
    return datetime.now(timezone.utc)


class DraftStore:
    """The drafts, in the order the user arranged them."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, source: SourceText, sha256: str) -> DraftRecord:
        """Stores a draft as read; a draft with the same fingerprint is returned as it is."""
        existing = self.get(sha256)
        if existing is not None:
            return existing
        with self._db.write() as conn:
            position = conn.execute("SELECT coalesce(max(position) + 1, 0) FROM drafts").fetchone()[0]
            conn.execute(
                "INSERT INTO drafts (name, sha256, format, snapshot, added, position) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (source.name, sha256, source.format, _snapshot(source), now().isoformat(),
                 position))
        return self.get(sha256)  # type: ignore[return-value]

    def all(self) -> list[DraftRecord]:
        return [_record(row) for row in self._db.rows(
            f"SELECT {_COLUMNS} FROM drafts ORDER BY position, id")]

    def get(self, sha256: str) -> DraftRecord | None:
        row = self._db.row(f"SELECT {_COLUMNS} FROM drafts WHERE sha256 = ?", (sha256,))
        return _record(row) if row else None

    def source(self, sha256: str) -> SourceText:
        """The draft's text as its reader gave it, ready for ``core.segment.segment``."""
        row = self._db.row("SELECT name, format, snapshot FROM drafts WHERE sha256 = ?",
                           (sha256,))
        if row is None:
            raise WorkspaceError(f"{self._db.name} holds no draft {sha256[:12]}; add it again")
        return _source(row["name"], row["format"], row["snapshot"])

    def remove(self, sha256: str) -> DraftRecord | None:
        """Removes a draft and its manual links; its annotations stay (they can be exported)."""
        record = self.get(sha256)
        if record is not None:
            with self._db.write() as conn:
                conn.execute("DELETE FROM drafts WHERE sha256 = ?", (sha256,))
        return record

    def rename(self, sha256: str, label: str) -> DraftRecord:
        """Gives the draft the user's label ("RU draft 17 Dec"); '' takes the label away.
        The label is kept on one line; the file name stays as it was."""
        if self.get(sha256) is None:
            raise WorkspaceError(f"{self._db.name} holds no draft {sha256[:12]}; add it again")
        label = " ".join(label.split())
        with self._db.write() as conn:
            conn.execute("UPDATE drafts SET label = ? WHERE sha256 = ?", (label, sha256))
        return self.get(sha256)  # type: ignore[return-value]

    def move(self, sha256: str, offset: int) -> bool:
        """Moves a draft ``offset`` places later (negative: earlier) in the series, within
        its ends. False if it did not move (already first or last, or not held)."""
        order = [record.sha256 for record in self.all()]
        if sha256 not in order:
            return False
        here = order.index(sha256)
        there = min(max(here + offset, 0), len(order) - 1)
        if there == here:
            return False
        order.insert(there, order.pop(here))
        self.reorder(order)
        return True

    def reorder(self, fingerprints: Sequence[str]) -> None:
        """Puts the drafts in this order; drafts not named keep their place after these."""
        order = list(fingerprints) + [d.sha256 for d in self.all() if d.sha256 not in fingerprints]
        with self._db.write() as conn:
            conn.executemany("UPDATE drafts SET position = ? WHERE sha256 = ?",
                             list(enumerate(order)))


_COLUMNS = "id, name, sha256, format, added, position, label"


def _record(row) -> DraftRecord:
    return DraftRecord(id=row["id"], name=row["name"], sha256=row["sha256"],
                       format=row["format"], added=datetime.fromisoformat(row["added"]),
                       position=row["position"], label=row["label"])


def _snapshot(source: SourceText) -> str:
    """The source lines as JSON: text always, each hint only when the reader gave one."""
    lines = []
    for line in source.lines:
        entry: dict[str, object] = {"text": line.text}
        entry.update({hint: getattr(line, hint) for hint in _HINTS
                      if getattr(line, hint) is not None})
        lines.append(entry)
    return json.dumps({"lines": lines, "encoding": source.encoding,
                       "notices": list(source.notices),
                       "footnotes": list(getattr(source, "footnotes", ()))}, ensure_ascii=False)


def _source(name: str, format: str, snapshot: str) -> SourceText:
    data = json.loads(snapshot)
    lines = tuple(SourceLine(**line) for line in data["lines"])
    extra = {"footnotes": tuple(data["footnotes"])} if data.get("footnotes") else {}
    return SourceText(lines=lines, name=name, notices=tuple(data.get("notices", ())),
                      encoding=data.get("encoding"), format=format, **extra)


class LinkStore:
    """The user's manual links for each pair of drafts (``CompareOptions.manual_links``)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def for_pair(self, drafts: DraftPair) -> tuple[ManualLink, ...]:
        rows = self._db.rows(
            "SELECT left_clause, right_clause, linked FROM links "
            "WHERE left_draft = ? AND right_draft = ? ORDER BY rowid",
            (drafts.left, drafts.right))
        return tuple(ManualLink(row[0], row[1], bool(row[2])) for row in rows)

    def set(self, drafts: DraftPair, link: ManualLink) -> ManualLink | None:
        """Records a ruling; returns the one it replaced (for undo), or None."""
        self._require_drafts(drafts)
        previous = self._find(drafts, link.left_id, link.right_id)
        with self._db.write() as conn:
            conn.execute(
                "INSERT INTO links (left_draft, right_draft, left_clause, right_clause, linked) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET linked = excluded.linked",
                (drafts.left, drafts.right, link.left_id, link.right_id, int(link.linked)))
        return previous

    def remove(self, drafts: DraftPair, left_id: str, right_id: str) -> ManualLink | None:
        """Forgets a ruling; returns it (for undo), or None if there was none."""
        previous = self._find(drafts, left_id, right_id)
        if previous is not None:
            with self._db.write() as conn:
                conn.execute("DELETE FROM links WHERE left_draft = ? AND right_draft = ? "
                             "AND left_clause = ? AND right_clause = ?",
                             (drafts.left, drafts.right, left_id, right_id))
        return previous

    def _find(self, drafts: DraftPair, left_id: str, right_id: str) -> ManualLink | None:
        row = self._db.row("SELECT linked FROM links WHERE left_draft = ? AND right_draft = ? "
                           "AND left_clause = ? AND right_clause = ?",
                           (drafts.left, drafts.right, left_id, right_id))
        return ManualLink(left_id, right_id, bool(row[0])) if row else None

    def _require_drafts(self, drafts: DraftPair) -> None:
        found = self._db.rows("SELECT sha256 FROM drafts WHERE sha256 IN (?, ?)",
                              (drafts.left, drafts.right))
        if len({row[0] for row in found}) < len({drafts.left, drafts.right}):
            raise WorkspaceError(f"{self._db.name}: add both drafts to the workspace before "
                                 "linking their clauses")
