"""The workspace file: one ``.clausewise`` SQLite file per negotiation.

Choices, and why:

* **Rollback journal, not WAL.** Every commit lands in the one ``.clausewise`` file, so a
  copy of it (e-mailed, put on a USB stick, backed up while the app runs) is complete. WAL
  keeps recent commits in a ``-wal`` side file that such a copy misses, needs shared memory
  that network shares do not reliably give, and cannot be read through a read-only
  connection without writing a ``-shm`` file. Edits here are a few small writes a minute, so
  WAL's concurrency buys nothing. ``synchronous=FULL``: a commit is on disk when it returns.
* **The lock is SQLite's own, held for the whole session** (``locking_mode=EXCLUSIVE``, taken
  by an empty ``BEGIN EXCLUSIVE`` at open). It is an OS lock on the workspace file itself
  (POSIX advisory locks, ``LockFileEx`` on Windows), so the OS drops it when the process
  ends however it ends: there is never a stale lock to clear, no side file, no pid or
  hostname to trust, no heartbeat. A second window is refused at its read-only check
  (``checks.verify``) or at ``BEGIN EXCLUSIVE`` with ``WorkspaceLocked``. As with any file
  lock, a network share that does not honour locks cannot be protected.
* **Nothing is written before the file is known good**: ``checks`` reads the raw header and
  runs ``integrity_check`` read-only first. The one exception is a hot journal left by a
  crash in the middle of a write, which SQLite must roll back to give the last committed
  state; that is done only for a file whose header says it is a workspace we can read.
* **New files are built beside the target and renamed into place**, so a crash never
  leaves half a workspace under the user's file name.
* **A file that may not be written opens read-only**: a file marked read-only (no write
  permission bit, whoever the user is), in a folder that may not be written (the rollback
  journal lives beside it), or one SQLite refuses to write. It is copied into memory through
  a read-only connection, so it is never touched and takes no lock; ``read_only`` is True,
  every change raises ``WorkspaceReadOnly``, and ``save_as`` writes a normal, writable copy.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import uuid
from pathlib import Path

from .annotations import AnnotationStore
from .checks import BUSY_TIMEOUT, NeedsRecovery, damaged, locked, read_header, read_only_uri, verify
from .db import Database
from .drafts import DraftStore, LinkStore
from .errors import WorkspaceError, WorkspaceReadOnly
from .preferences import Settings, TagList
from .schema import migrate, schema_version

SUFFIX = ".clausewise"


class Workspace:
    """An open workspace: its drafts, manual links, annotations, tags and settings.

    Use ``Workspace.create`` or ``Workspace.open``; call ``close`` (or use ``with``) when done.
    Every change made through the stores is committed before the call returns; there is no
    "save". Use it from one thread (the GUI thread): each call is a short transaction.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path, read_only: bool = False) -> None:
        self._path = path
        self._db = Database(conn, path.name, read_only)
        self.drafts = DraftStore(self._db)
        self.links = LinkStore(self._db)
        self.annotations = AnnotationStore(self._db)
        self.tags = TagList(self._db)
        self.settings = Settings(self._db)

    # -- opening and creating --------------------------------------------------------------

    @classmethod
    def open(cls, path: str | os.PathLike[str]) -> "Workspace":
        """Opens an existing workspace and locks it against other windows.

        Raises ``WorkspaceError`` (not a workspace, damaged, from a newer Clausewise) without
        having written to the file, or ``WorkspaceLocked`` if it is open elsewhere. A file
        that may not be written opens read-only (``read_only``; see the module's docstring).
        """
        path = Path(path)
        header = read_header(path)
        try:
            verify(path, header)
        except NeedsRecovery:
            _recover(path)
            header = read_header(path)
            verify(path, header)
        if _may_write(path):
            try:
                return cls(_connect_locked(path, header.user_version), path)
            except WorkspaceReadOnly:
                pass  # SQLite found it read-only after all (a read-only mount, say)
        return cls(_load_read_only(path, header.user_version), path, read_only=True)

    @classmethod
    def create(cls, path: str | os.PathLike[str], *, overwrite: bool = False) -> "Workspace":
        """Creates a new, empty workspace (default tags) at ``path`` and opens it.

        An existing file is replaced only with ``overwrite=True`` (the GUI asks first), and
        never while another window has it open.
        """
        path = Path(path)
        _check_target(path, overwrite)
        _build_beside(path, _initialise)
        return cls.open(path)

    def save_as(self, path: str | os.PathLike[str]) -> None:
        """Copies the workspace to ``path`` and carries on working there, like Save As.

        The old file is left as it was at this moment, and unlocked. An existing ``path`` is
        replaced (the GUI confirms first) unless another window has it open.
        """
        target = Path(path)
        if _same_file(target, self._path):
            return
        _check_target(target, overwrite=True)
        _build_beside(target, self._db.conn.backup)
        conn = _connect_locked(target, schema_version())
        old = self._db.swap(conn, target.name)
        self._db.read_only = False
        if old is not None:
            old.close()
        self._path = target

    def close(self) -> None:
        """Closes the file and releases the lock. Safe to call twice."""
        conn = self._db.swap(None)
        if conn is not None:
            conn.close()

    # -- about the file -------------------------------------------------------------------

    @property
    def path(self) -> Path:
        return self._path

    @property
    def closed(self) -> bool:
        return self._db.closed

    @property
    def read_only(self) -> bool:
        """True when the file may not be written: it can be read and saved elsewhere only."""
        return self._db.read_only

    def __enter__(self) -> "Workspace":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "closed" if self.closed else "read-only" if self.read_only else "open"
        return f"<Workspace {self._path} ({state})>"


def _connect_locked(path: Path, found_version: int) -> sqlite3.Connection:
    """Opens ``path`` for writing, takes the session-long exclusive lock, migrates."""
    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT, isolation_level=None)
    except sqlite3.Error as error:
        raise WorkspaceError(f"{path.name} cannot be opened ({error})") from None
    try:
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("BEGIN EXCLUSIVE")
        if found_version < schema_version():
            migrate(conn, found_version)
        conn.execute("COMMIT")
    except sqlite3.Error as error:
        conn.close()
        if "locked" in str(error) or "busy" in str(error):
            raise locked(path) from None
        if isinstance(error, sqlite3.DatabaseError) and "readonly" in str(error):
            raise WorkspaceReadOnly(f"{path.name} is read-only; copy it to a folder where "
                                    "you may write, or use Save As") from None
        raise damaged(path, str(error)) from None
    return conn


def _may_write(path: Path) -> bool:
    """May the workspace and its folder (where SQLite puts its journal) be written?

    A file with no write permission bit counts as read-only even for an administrator, who
    could write it anyway: the user marked it so, and it is kept as it is.
    """
    try:
        modes = (path.stat().st_mode, path.parent.stat().st_mode)
    except OSError:
        return False
    if not all(mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) for mode in modes):
        return False
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _load_read_only(path: Path, found_version: int) -> sqlite3.Connection:
    """A copy in memory of a workspace that may not be written, brought up to date there."""
    try:
        source = sqlite3.connect(read_only_uri(path), uri=True, timeout=BUSY_TIMEOUT)
        try:
            memory = sqlite3.connect(":memory:", isolation_level=None)
            source.backup(memory)
        finally:
            source.close()
        memory.row_factory = sqlite3.Row
        memory.execute("PRAGMA foreign_keys = ON")
        if found_version < schema_version():
            memory.execute("BEGIN IMMEDIATE")
            migrate(memory, found_version)
            memory.execute("COMMIT")
    except sqlite3.Error as error:
        if "locked" in str(error) or "busy" in str(error):
            raise locked(path) from None
        raise damaged(path, str(error)) from None
    return memory


def _recover(path: Path) -> None:
    """Lets SQLite roll back the hot journal a crash left, restoring the last commit."""
    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT)
        try:
            conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as error:
        if "locked" in str(error):
            raise locked(path) from None
        raise WorkspaceError(f"{path.name} was left mid-write by a crash and cannot be "
                             f"recovered here ({error}); copy it to a folder where you may "
                             "write and open the copy") from None


def _initialise(conn: sqlite3.Connection) -> None:
    """Fills an empty database with the current schema."""
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("BEGIN IMMEDIATE")
    migrate(conn, 0)
    conn.execute("COMMIT")


def _check_target(path: Path, overwrite: bool) -> None:
    """Refuses a target that exists (unless ``overwrite``), is a folder, or is held open."""
    if path.is_dir():
        raise WorkspaceError(f"{path.name} is a folder; choose a file name ending in {SUFFIX}")
    if not path.parent.is_dir():
        raise WorkspaceError(f"{path.parent} does not exist; choose an existing folder")
    if not path.exists():
        return
    if not overwrite:
        raise WorkspaceError(f"{path.name} already exists; open it, or choose another name")
    if _held_elsewhere(path):
        raise locked(path)


def _held_elsewhere(path: Path) -> bool:
    """True when another window holds ``path``: reading it through SQLite is refused."""
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True, timeout=BUSY_TIMEOUT)
    except sqlite3.Error:
        return False
    try:
        conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
    except sqlite3.Error as error:
        return "locked" in str(error)
    finally:
        conn.close()
    return False


def _build_beside(path: Path, fill) -> None:
    """Builds a database in a temporary file next to ``path``, then renames it into place."""
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        conn = sqlite3.connect(str(temporary), isolation_level=None)
        try:
            fill(conn)
        finally:
            conn.close()
        os.replace(temporary, path)
        _sync_folder(path.parent)
    except (OSError, sqlite3.Error) as error:
        raise WorkspaceError(f"{path.name} could not be written ({_reason(error)}); check "
                             "that the folder exists and that you may write there") from None
    finally:
        for leftover in (temporary, temporary.with_name(temporary.name + "-journal")):
            leftover.unlink(missing_ok=True)


def _sync_folder(folder: Path) -> None:
    """Makes the rename durable (POSIX); Windows has no folder handles to sync."""
    if os.name != "posix":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def _same_file(one: Path, other: Path) -> bool:
    try:
        return one.exists() and os.path.samefile(one, other)
    except OSError:
        return False


def _reason(error: Exception) -> str:
    return getattr(error, "strerror", None) or str(error)
