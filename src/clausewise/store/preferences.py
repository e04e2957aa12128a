"""The workspace's tag list and its settings (view options and the like).

Tags are names the team picks from when annotating ("Red line", "Needs legal review"). The
list is editable; an annotation keeps its tag even if the tag leaves the list, so removing a
tag never silently changes what somebody wrote. Renaming a tag renames it everywhere.
"""

from __future__ import annotations

import json
from typing import Any, Sequence

from .db import Database
from .errors import WorkspaceError


class TagList:
    """The ordered, editable list of tags."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def names(self) -> list[str]:
        return [row[0] for row in self._db.rows("SELECT name FROM tags ORDER BY position, name")]

    def add(self, name: str) -> str:
        """Appends a tag (surrounding spaces dropped); returns the name as stored."""
        name = self._valid(name)
        if name in self.names():
            return name
        with self._db.write() as conn:
            conn.execute("INSERT INTO tags (name, position) "
                         "SELECT ?, coalesce(max(position) + 1, 0) FROM tags", (name,))
        return name

    def remove(self, name: str) -> None:
        """Takes a tag off the list; annotations that carry it keep it."""
        with self._db.write() as conn:
            conn.execute("DELETE FROM tags WHERE name = ?", (name,))

    def rename(self, old: str, new: str) -> None:
        """Renames a tag in the list and on every annotation that carries it."""
        new = self._valid(new)
        if new == old:
            return
        if new in self.names():
            raise WorkspaceError(f"a tag named {new!r} already exists; choose another name")
        with self._db.write() as conn:
            conn.execute("UPDATE tags SET name = ? WHERE name = ?", (new, old))
            conn.execute("UPDATE annotations SET tag = ? WHERE tag = ?", (new, old))

    def reorder(self, names: Sequence[str]) -> None:
        """Puts the tags in this order; tags not named keep their place after these."""
        order = [n for n in names if n in self.names()]
        order += [n for n in self.names() if n not in order]
        with self._db.write() as conn:
            conn.executemany("UPDATE tags SET position = ? WHERE name = ?",
                             list(enumerate(order)))

    @staticmethod
    def _valid(name: str) -> str:
        name = " ".join(name.split())
        if not name:
            raise WorkspaceError("a tag needs a name; type one")
        return name


class Settings:
    """Key/value settings stored as JSON (anything ``json.dumps`` takes)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, key: str, default: Any = None) -> Any:
        row = self._db.row("SELECT value FROM settings WHERE key = ?", (key,))
        return json.loads(row[0]) if row else default

    def set(self, key: str, value: Any) -> None:
        text = json.dumps(value, ensure_ascii=False)
        with self._db.write() as conn:
            conn.execute("INSERT INTO settings (key, value) VALUES (?, ?) "
                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, text))

    def remove(self, key: str) -> None:
        with self._db.write() as conn:
            conn.execute("DELETE FROM settings WHERE key = ?", (key,))

    def items(self) -> dict[str, Any]:
        return {row[0]: json.loads(row[1])
                for row in self._db.rows("SELECT key, value FROM settings ORDER BY key")}
