"""The workspace's tables, and how an older workspace file is brought up to date.

The schema version lives in ``PRAGMA user_version`` (bytes 60-63 of the file header), and
``PRAGMA application_id`` (bytes 68-71) marks the file as a Clausewise workspace, so both can
be read from the raw header before SQLite is asked to open the file at all.

``MIGRATIONS[n]`` turns a version-``n`` workspace into a version ``n + 1`` one; a new
workspace runs them all. Each runs inside the transaction that also bumps ``user_version``, so
a crash mid-migration leaves the file at its old version. To change the schema, append a
function; never edit one that has shipped.
"""

from __future__ import annotations

import sqlite3
from typing import Callable

#: "ClWs" as a big-endian 32-bit integer: what ``PRAGMA application_id`` says in our files.
APPLICATION_ID = 0x436C5773

#: The tag list of a new workspace; the user can edit it.
DEFAULT_TAGS = ("Acceptable", "Needs legal review", "Red line", "Question for the other side")


def _v1_initial(conn: sqlite3.Connection) -> None:
    """Drafts, manual links, annotations, tags and settings."""
    conn.execute("""
        CREATE TABLE drafts (
            id       INTEGER PRIMARY KEY,
            name     TEXT NOT NULL,            -- the original file name, no folders
            sha256   TEXT NOT NULL UNIQUE,     -- fingerprint of the original file's bytes
            format   TEXT NOT NULL,
            snapshot TEXT NOT NULL,            -- JSON: the source lines with their hints
            added    TEXT NOT NULL,            -- ISO 8601, UTC
            position INTEGER NOT NULL
        )""")
    conn.execute("""
        CREATE TABLE links (
            left_draft   TEXT NOT NULL REFERENCES drafts(sha256) ON DELETE CASCADE,
            right_draft  TEXT NOT NULL REFERENCES drafts(sha256) ON DELETE CASCADE,
            left_clause  TEXT NOT NULL,
            right_clause TEXT NOT NULL,
            linked       INTEGER NOT NULL CHECK (linked IN (0, 1)),
            PRIMARY KEY (left_draft, right_draft, left_clause, right_clause)
        )""")
    conn.execute("""
        CREATE TABLE annotations (
            id            TEXT PRIMARY KEY,
            left_draft    TEXT NOT NULL,       -- fingerprints, so a shared file needs no mapping
            right_draft   TEXT NOT NULL,
            side          TEXT NOT NULL CHECK (side IN ('left', 'right', 'pair')),
            clause_id     TEXT NOT NULL,
            citation      TEXT NOT NULL,
            clause_text   TEXT NOT NULL,
            range_start   INTEGER,
            range_end     INTEGER,
            range_quote   TEXT,
            note          TEXT NOT NULL,
            tag           TEXT NOT NULL,
            status        TEXT NOT NULL CHECK (status IN ('open', 'resolved')),
            author        TEXT NOT NULL,
            created       TEXT NOT NULL,
            modified      TEXT NOT NULL,
            needs_review  INTEGER NOT NULL CHECK (needs_review IN (0, 1)),
            review_reason TEXT NOT NULL,
            carried_from  TEXT NOT NULL
        )""")
    conn.execute("CREATE INDEX annotations_by_pair ON annotations (left_draft, right_draft)")
    conn.execute("CREATE TABLE tags (name TEXT PRIMARY KEY, position INTEGER NOT NULL)")
    conn.executemany("INSERT INTO tags (name, position) VALUES (?, ?)",
                     [(name, index) for index, name in enumerate(DEFAULT_TAGS)])
    conn.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")


def _v2_draft_labels(conn: sqlite3.Connection) -> None:
    """A label per draft, the user's name for it in the series ("Chair's text"); '' until
    the user gives one (the series then calls it D1, D2, ...)."""
    conn.execute("ALTER TABLE drafts ADD COLUMN label TEXT NOT NULL DEFAULT ''")


Migration = Callable[[sqlite3.Connection], None]

MIGRATIONS: list[Migration] = [_v1_initial, _v2_draft_labels]

#: Tables a workspace of the current version must hold; a file without them is damaged.
TABLES = frozenset({"drafts", "links", "annotations", "tags", "settings"})


def schema_version() -> int:
    """The version this Clausewise writes: one per migration."""
    return len(MIGRATIONS)


def migrate(conn: sqlite3.Connection, found: int) -> None:
    """Runs the migrations after version ``found``. The caller holds a write transaction."""
    for version in range(found, schema_version()):
        MIGRATIONS[version](conn)
        conn.execute(f"PRAGMA user_version = {version + 1}")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
