"""The one connection a workspace writes through, and its transactions.

Every change is its own short transaction, committed before the call returns, so whatever a
call has returned survives a crash or a power cut (rollback journal, ``synchronous=FULL``).
The stores (drafts, annotations, tags, settings) share one ``Database``; ``save_as`` swaps the
connection underneath them, so they keep working on the new file.
"""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from typing import Any, Iterator, Sequence

from .errors import WorkspaceError


class Database:
    """A connection opened by ``Workspace``; raises ``WorkspaceError`` once it is closed."""

    def __init__(self, conn: sqlite3.Connection, name: str) -> None:
        self._conn: sqlite3.Connection | None = conn
        self.name = name

    @property
    def conn(self) -> sqlite3.Connection:
        if self._conn is None:
            raise WorkspaceError(f"{self.name} is closed; open the workspace again")
        return self._conn

    @property
    def closed(self) -> bool:
        return self._conn is None

    def swap(self, conn: sqlite3.Connection | None, name: str = "") -> sqlite3.Connection | None:
        """Puts ``conn`` in place of the current connection and returns the old one."""
        old, self._conn = self._conn, conn
        self.name = name or self.name
        return old

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        try:
            return self.conn.execute(sql, params).fetchall()
        except sqlite3.Error as error:
            raise self._failed(error) from None

    def row(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Row | None:
        found = self.rows(sql, params)
        return found[0] if found else None

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """A transaction: committed (to disk) when the block ends, rolled back if it raises."""
        conn = self.conn
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise self._failed(error) from None
        try:
            yield conn
        except BaseException as error:
            conn.execute("ROLLBACK")
            if isinstance(error, sqlite3.Error):
                raise self._failed(error) from None
            raise
        try:
            conn.execute("COMMIT")
        except sqlite3.Error as error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise self._failed(error) from None

    def _failed(self, error: sqlite3.Error) -> WorkspaceError:
        if isinstance(error, sqlite3.IntegrityError):
            return WorkspaceError(f"{self.name}: {error}")
        return WorkspaceError(f"{self.name} could not be read or written ({error}); "
                              "check the disk, then reopen the workspace")
