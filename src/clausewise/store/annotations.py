"""Annotations: what the team writes about a clause or a change, anchored where it belongs.

An annotation is anchored to one clause of one side of a comparison (or to the aligned pair
as a whole), optionally to a range of that clause's text. The anchor keeps a snapshot of the
clause's text as annotated, so a note still makes sense when the draft it was written on is
gone, and so ``carry.py`` can tell when the text it speaks about has changed.

Anchors by side:

* ``left`` / ``right``: a clause of the older / newer draft; ``clause_id`` is in that draft.
* ``pair``: the aligned pair as a whole ("we accept this change"); ``clause_id`` names the
  pair's newer clause. A removed clause has no newer clause: annotate its ``left`` side.

The store is built for an undo stack: ``add`` returns the record, ``update`` the record it
replaced, ``delete`` the record deleted (``add`` it again to undo, same id). Each call is one
committed transaction.
"""

from __future__ import annotations

import getpass
import uuid
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import Enum
from typing import Any, Iterable

from ..core.align import row_text
from ..core.compare import Pair
from ..core.model import Clause
from .db import Database
from .drafts import DraftPair, now
from .errors import AnnotationNotFound, WorkspaceError


class Side(str, Enum):
    LEFT = "left"
    RIGHT = "right"
    PAIR = "pair"

    def __str__(self) -> str:
        return self.value


class AnnotationStatus(str, Enum):
    OPEN = "open"
    RESOLVED = "resolved"

    def __str__(self) -> str:
        return self.value


def clause_text(clause: Clause) -> str:
    """The text an anchor's offsets count in: what the clause's row shows (heading, text)."""
    return row_text([clause])


@dataclass(frozen=True, slots=True)
class TextRange:
    """Characters ``start`` to ``end`` (exclusive) of the anchor's clause text, and what they say."""

    start: int
    end: int
    quote: str


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where an annotation sits: side, clause, the clause's text as annotated, a range in it."""

    side: Side
    clause_id: str
    citation: str
    clause_text: str
    range: TextRange | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "side", Side(self.side))
        span = self.range
        if span is not None and not (
                0 <= span.start <= span.end <= len(self.clause_text)
                and self.clause_text[span.start:span.end] == span.quote):
            raise ValueError(f"range {span.start}-{span.end} does not quote the text of "
                             f"{self.citation or 'the clause'}")

    @classmethod
    def on(cls, clause: Clause, side: Side | str,
           start: int | None = None, end: int | None = None) -> "Anchor":
        """An anchor on ``clause`` (of the draft on ``side``), on a range if one is given."""
        text = clause_text(clause)
        span = None if start is None else TextRange(start, end, text[start:end])  # type: ignore[arg-type]
        return cls(Side(side), clause.id, clause.citation, text, span)

    @classmethod
    def on_pair(cls, pair: Pair) -> "Anchor":
        """An anchor on a whole aligned pair (its newer clause; a removed clause's older one)."""
        if pair.right:
            return cls.on(pair.right[0], Side.PAIR)
        return cls.on(pair.left[0], Side.LEFT)

    @property
    def anchored(self) -> bool:
        """False for an annotation whose clause is in neither draft it now belongs to."""
        return bool(self.clause_id)


def default_author() -> str:
    """Who is writing: the login name, which air-gapped machines always have."""
    try:
        return getpass.getuser()
    except Exception:  # no login name in the environment or the password database
        return "unknown"


@dataclass(frozen=True, slots=True)
class Annotation:
    """One note by one person about one place in a comparison of two drafts."""

    id: str
    drafts: DraftPair
    anchor: Anchor
    note: str
    tag: str = ""
    status: AnnotationStatus = AnnotationStatus.OPEN
    author: str = field(default_factory=default_author)
    created: datetime = field(default_factory=now)
    modified: datetime = field(default_factory=now)
    needs_review: bool = False
    review_reason: str = ""
    carried_from: str = ""  # the annotation this one was carried forward from, if any

    def __post_init__(self) -> None:
        object.__setattr__(self, "status", AnnotationStatus(self.status))

    @classmethod
    def new(cls, drafts: DraftPair, anchor: Anchor, note: str, tag: str = "",
            author: str | None = None) -> "Annotation":
        stamp = now()
        return cls(id=str(uuid.uuid4()), drafts=drafts, anchor=anchor, note=note, tag=tag,
                   author=author or default_author(), created=stamp, modified=stamp)

    def edited(self, **changes: Any) -> "Annotation":
        """A copy with ``changes`` applied and ``modified`` set to now."""
        return replace(self, modified=now(), **changes)

    def reviewed(self) -> "Annotation":
        """The user has looked at a carried-forward annotation: clear its review flag."""
        return self.edited(needs_review=False, review_reason="")

    @property
    def content(self) -> tuple:
        """What makes two annotations say the same thing, whoever wrote them and when."""
        return (self.drafts, self.anchor.side, self.anchor.clause_id, self.anchor.range,
                self.note, self.tag)


# -- rows ----------------------------------------------------------------------------------

_COLUMNS = ("id, left_draft, right_draft, side, clause_id, citation, clause_text, range_start, "
            "range_end, range_quote, note, tag, status, author, created, modified, "
            "needs_review, review_reason, carried_from")


def _values(a: Annotation) -> tuple:
    span = a.anchor.range
    return (a.id, a.drafts.left, a.drafts.right, a.anchor.side.value, a.anchor.clause_id,
            a.anchor.citation, a.anchor.clause_text, span.start if span else None,
            span.end if span else None, span.quote if span else None, a.note, a.tag, a.status.value, a.author,
            a.created.isoformat(), a.modified.isoformat(), int(a.needs_review),
            a.review_reason, a.carried_from)


def _from_row(row: Any) -> Annotation:
    span = (TextRange(row["range_start"], row["range_end"], row["range_quote"])
            if row["range_start"] is not None else None)
    anchor = Anchor(row["side"], row["clause_id"], row["citation"], row["clause_text"], span)
    return Annotation(
        id=row["id"], drafts=DraftPair(row["left_draft"], row["right_draft"]), anchor=anchor,
        note=row["note"], tag=row["tag"], status=row["status"], author=row["author"],
        created=datetime.fromisoformat(row["created"]),
        modified=datetime.fromisoformat(row["modified"]),
        needs_review=bool(row["needs_review"]), review_reason=row["review_reason"],
        carried_from=row["carried_from"])


class AnnotationStore:
    """Annotations of a workspace; every call commits before it returns."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, annotation: Annotation) -> Annotation:
        """Stores a new annotation (or re-inserts a deleted one, same id, to undo)."""
        if self.get(annotation.id) is not None:
            raise WorkspaceError(f"{self._db.name} already holds annotation {annotation.id}")
        with self._db.write() as conn:
            conn.execute(_INSERT, _values(annotation))
        return annotation

    def update(self, annotation: Annotation) -> Annotation:
        """Replaces the annotation with the same id; returns the old record, for undo."""
        old = self._require(annotation.id)
        with self._db.write() as conn:
            conn.execute("DELETE FROM annotations WHERE id = ?", (annotation.id,))
            conn.execute(_INSERT, _values(annotation))
        return old

    def delete(self, annotation_id: str) -> Annotation:
        """Deletes an annotation; returns it so that undo can ``add`` it back."""
        old = self._require(annotation_id)
        with self._db.write() as conn:
            conn.execute("DELETE FROM annotations WHERE id = ?", (annotation_id,))
        return old

    def get(self, annotation_id: str) -> Annotation | None:
        row = self._db.row(f"SELECT {_COLUMNS} FROM annotations WHERE id = ?", (annotation_id,))
        return _from_row(row) if row else None

    def for_pair(self, drafts: DraftPair) -> list[Annotation]:
        """The annotations of one comparison, oldest first."""
        return [_from_row(row) for row in self._db.rows(
            f"SELECT {_COLUMNS} FROM annotations WHERE left_draft = ? AND right_draft = ? "
            "ORDER BY created, id", (drafts.left, drafts.right))]

    def all(self) -> list[Annotation]:
        return [_from_row(row) for row in self._db.rows(
            f"SELECT {_COLUMNS} FROM annotations ORDER BY created, id")]

    def add_all(self, annotations: Iterable[Annotation]) -> list[Annotation]:
        """Stores several new annotations in one transaction: all of them or none."""
        batch = list(annotations)
        with self._db.write() as conn:
            conn.executemany(_INSERT, [_values(a) for a in batch])
        return batch

    def merge(self, added: Iterable[Annotation], replacing: Iterable[Annotation]) -> None:
        """Adds new annotations and replaces others (same id) in one transaction (imports)."""
        new, newer = list(added), list(replacing)
        with self._db.write() as conn:
            conn.executemany("DELETE FROM annotations WHERE id = ?", [(a.id,) for a in newer])
            conn.executemany(_INSERT, [_values(a) for a in new + newer])

    def _require(self, annotation_id: str) -> Annotation:
        found = self.get(annotation_id)
        if found is None:
            raise AnnotationNotFound(f"{self._db.name} holds no annotation {annotation_id}; "
                                     "it may have been deleted")
        return found


_INSERT = f"INSERT INTO annotations ({_COLUMNS}) VALUES ({', '.join('?' * 19)})"
