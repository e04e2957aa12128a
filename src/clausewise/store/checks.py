"""Is this file a workspace we can open? Decided without writing a byte to it.

The checks go from cheap to thorough, and each refusal is a one-line ``WorkspaceError``:

1. the raw 100-byte header, read as plain bytes: an SQLite file? ours (``application_id``)?
   a schema version this Clausewise knows (``user_version``)?
2. a read-only SQLite connection (URI ``mode=ro``): ``PRAGMA integrity_check`` and the
   tables the version promises. A read-only connection cannot write, so a damaged file or
   one from a newer version is left byte-for-byte as it was.

A workspace held by another window answers "database is locked" to the read-only reader
(its holder keeps an exclusive lock, see ``workspace.py``); that becomes ``WorkspaceLocked``.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from .errors import WorkspaceError, WorkspaceLocked
from .schema import APPLICATION_ID, TABLES, schema_version

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT = 2.0  # seconds: long enough for another window's start-up check to finish


@dataclass(frozen=True, slots=True)
class Header:
    """What the first 100 bytes of a workspace file say about it."""

    application_id: int
    user_version: int


def read_header(path: Path) -> Header:
    """Reads the SQLite header as plain bytes; refuses anything that is not our workspace."""
    try:
        with path.open("rb") as handle:
            head = handle.read(100)
    except FileNotFoundError:
        raise WorkspaceError(f"{path.name}: no such workspace file; check the name "
                             "and folder") from None
    except IsADirectoryError:
        raise WorkspaceError(f"{path.name} is a folder, not a workspace file") from None
    except OSError as error:
        raise WorkspaceError(f"{path.name} cannot be read ({error.strerror}); check that "
                             "you may read it") from None
    if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
        raise WorkspaceError(f"{path.name} is not a Clausewise workspace (not a database "
                             "file); open a .clausewise file")
    header = Header(application_id=int.from_bytes(head[68:72], "big"),
                    user_version=int.from_bytes(head[60:64], "big", signed=True))
    if header.application_id != APPLICATION_ID:
        raise WorkspaceError(f"{path.name} is a database but not a Clausewise workspace; "
                             "open a .clausewise file")
    if header.user_version > schema_version():
        raise WorkspaceError(
            f"{path.name} was saved by a newer Clausewise (workspace version "
            f"{header.user_version}, this one reads up to {schema_version()}); "
            "update Clausewise to open it")
    return header


def read_only_uri(path: Path) -> str:
    """An SQLite URI that opens ``path`` for reading only (any characters in the path)."""
    return path.resolve().as_uri() + "?mode=ro"


class NeedsRecovery(Exception):
    """The file has a hot journal: a crash interrupted a write, and SQLite must roll it back."""


def verify(path: Path, header: Header) -> None:
    """Checks integrity through a read-only connection; never writes to the file."""
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True, timeout=BUSY_TIMEOUT)
    except sqlite3.Error as error:
        raise WorkspaceError(f"{path.name} cannot be opened ({error})") from None
    try:
        problems = [row[0] for row in conn.execute("PRAGMA integrity_check(5)")]
        tables = {row[0] for row in conn.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'table'")}
    except sqlite3.Error as error:
        raise _explain(path, error) from None
    finally:
        conn.close()
    if problems != ["ok"]:
        raise damaged(path, problems[0])
    missing = TABLES - tables if header.user_version == schema_version() else set()
    if header.user_version < 1 or missing:
        raise damaged(path, "tables missing: " + ", ".join(sorted(missing or TABLES)))


def damaged(path: Path, detail: str) -> WorkspaceError:
    """The one-line refusal of a damaged file; ``detail`` is SQLite's first finding."""
    findings = [line.strip() for line in detail.splitlines()
                if line.strip() and not line.startswith("***")]
    detail = findings[0] if findings else "unreadable"
    return WorkspaceError(f"{path.name} is damaged ({detail}); it was left untouched: "
                          "open a backup copy")


def _explain(path: Path, error: sqlite3.Error) -> Exception:
    """Turns what SQLite said while checking into the error the user should see."""
    name = getattr(error, "sqlite_errorname", "")
    if name.startswith("SQLITE_BUSY") or name.startswith("SQLITE_LOCKED"):
        return locked(path)
    if name == "SQLITE_READONLY_ROLLBACK":
        return NeedsRecovery(str(path))
    return damaged(path, str(error))


def locked(path: Path) -> WorkspaceLocked:
    return WorkspaceLocked(f"{path.name} is already open in another Clausewise window; "
                           "switch to it, or close it there and open the workspace again")
