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

from .errors import WorkspaceError, WorkspaceReadOnly, WriteFailed


class Database:
    """A connection opened by ``Workspace``; raises ``WorkspaceError`` once it is closed.

    Every failure, of a read or of a write, leaves here as a ``WorkspaceError`` (never a raw
    ``sqlite3`` error): ``WorkspaceReadOnly`` for a workspace opened read-only, ``WriteFailed``
    for a write SQLite refused (disk full, I/O error), after which nothing of the change is
    kept. ``read_only`` is set by ``Workspace`` for a file it may not write.
    """

    def __init__(self, conn: sqlite3.Connection, name: str, read_only: bool = False) -> None:
        self._conn: sqlite3.Connection | None = conn
        self.name = name
        self.read_only = read_only

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
        """A transaction: committed (to disk) when the block ends, rolled back if it raises.

        SQLite itself rolls the transaction back on some failures (a full disk, an I/O
        error, ``RAISE(ROLLBACK)``); the rollback here is then skipped, so the error the user
        sees is the one that happened, as a ``WriteFailed``.
        """
        if self.read_only:
            raise WorkspaceReadOnly(
                f"{self.name} is open read-only, so nothing can be changed in it; use "
                "File > Save Workspace As to keep working on a copy")
        conn = self.conn
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise self._failed(error, writing=True) from None
        try:
            yield conn
        except BaseException as error:
            _rollback(conn)
            if isinstance(error, sqlite3.Error):
                raise self._failed(error, writing=True) from None
            raise
        try:
            conn.execute("COMMIT")
        except sqlite3.Error as error:
            _rollback(conn)
            raise self._failed(error, writing=True) from None

    def _failed(self, error: sqlite3.Error, writing: bool = False) -> WorkspaceError:
        if isinstance(error, sqlite3.IntegrityError):
            return WriteFailed(f"{self.name}: the change was not saved ({error})")
        if not writing:
            return WorkspaceError(f"{self.name} could not be read ({error}); check the "
                                  "disk, then reopen the workspace")
        code = getattr(error, "sqlite_errorname", "") or ""
        if code.startswith("SQLITE_FULL") or "full" in str(error):
            why = "the disk is full; free some space, then try again"
        elif code.startswith("SQLITE_READONLY") or "readonly" in str(error):
            why = ("the file can no longer be written; check that the disk or share is still "
                   "writable, or use File > Save Workspace As")
        else:
            why = f"{error}; check the disk, then try again"
        return WriteFailed(f"{self.name}: the change was not saved, because {why}")


def _rollback(conn: sqlite3.Connection) -> None:
    """Rolls back the open transaction, if SQLite has not already done so itself."""
    if conn.in_transaction:
        try:
            conn.execute("ROLLBACK")
        except sqlite3.Error:
            pass  # the connection is unusable; the caller's error says what happened
