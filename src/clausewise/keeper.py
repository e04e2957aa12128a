"""Which workspace file holds the drafts, links and notes of the comparison shown.

The session's helper (``session.Session.keeper``); no Qt. See ``WorkspaceKeeper``.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Sequence

from .core.compare import ManualLink
from .core.model import Document, SourceText
from .store import DraftPair, Workspace, WorkspaceError, file_sha256

#: settings keys kept in the workspace
SHOWN = "gui.shown"           # [older fingerprint, newer fingerprint] last compared
PATHS = "gui.paths"           # fingerprint -> the file it was read from, last time
OPTIONS = "gui.options"       # the comparison options last shown (ignore case, ...)
OPTION_NAMES = ("ignore_case", "ignore_punctuation", "ignore_whitespace")
#: a path that names a draft held only in the workspace (its file is gone or elsewhere)
PSEUDO = "::draft-"


@dataclass(frozen=True)
class Wanted:
    """A draft to open: a file, or (``source``) a draft held only in the workspace."""

    path: str
    source: SourceText | None = None
    sha256: str = ""


class WorkspaceKeeper:
    """Which ``.clausewise`` file holds the drafts, links and notes of the comparison shown.

    * an **explicit** workspace, opened or created by the user, stays open whatever drafts
      are compared, until the user opens another;
    * otherwise an **automatic** one in ``folder``, named by the two drafts' fingerprints,
      ``<old 16 hex>-<new 16 hex>.clausewise``: the same two files, from anywhere and under
      any name, find the same notes. A newer draft added to it stays in it.

    The store commits every change as it is made; this only chooses the file and records
    the drafts as they are compared. Errors are the store's one-line ``WorkspaceError``.
    """

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self.workspace: Workspace | None = None
        self.explicit = False
        self.pair: DraftPair | None = None          # the comparison shown
        self._fingerprints: dict[str, str] = {}     # path -> sha256 (pseudo paths too)
        self.expected: dict[str, str] = {}          # path -> the draft a workspace expects

    @property
    def path(self) -> Path | None:
        return self.workspace.path if self.workspace is not None else None

    def open(self, path: str | Path) -> Workspace:
        """Opens ``path`` as the explicit workspace (raises ``WorkspaceError``)."""
        workspace = Workspace.open(path)
        self._switch(workspace, explicit=True)
        return workspace

    def create(self, path: str | Path) -> Workspace:
        workspace = Workspace.create(path, overwrite=True)
        self._switch(workspace, explicit=True)
        return workspace

    def save_as(self, path: str | Path) -> None:
        if self.workspace is None:
            raise WorkspaceError("no workspace is open yet; compare two drafts first")
        self.workspace.save_as(path)
        self.explicit = True

    def close(self) -> None:
        if self.workspace is not None:
            self.workspace.close()
        self.workspace, self.explicit, self.pair = None, False, None

    def _switch(self, workspace: Workspace, explicit: bool) -> None:
        if self.workspace is not None and self.workspace is not workspace:
            self.workspace.close()
        self.workspace, self.explicit, self.pair = workspace, explicit, None

    def automatic_path(self, left: str, right: str) -> Path | None:
        if self.folder is None:
            return None
        return self.folder / f"{left[:16]}-{right[:16]}.clausewise"

    def remember(self, path: str, fingerprint: str) -> None:
        self._fingerprints[path] = fingerprint

    def fingerprint(self, path: str) -> str:
        """The SHA-256 of a draft as opened (raises ``OSError`` for a file never opened)."""
        known = self._fingerprints.get(path)
        if known is None:
            known = file_sha256(path)
            self._fingerprints[path] = known
        return known

    def prepare(self, left_path: str, right_path: str, stay: bool = False) -> DraftPair:
        """Chooses the workspace for these two drafts (opening the automatic one if needed);
        ``stay`` keeps the open one (a newer draft added to it).

        Raises ``WorkspaceError`` (locked, damaged) or ``OSError`` (file unreadable).
        """
        pair = DraftPair(self.fingerprint(left_path), self.fingerprint(right_path))
        if self.workspace is not None and (self.explicit or stay or self._holds(pair)):
            return pair
        target = self.automatic_path(pair.left, pair.right)
        if target is None or (self.workspace is not None and self.workspace.path == target):
            return pair
        target.parent.mkdir(parents=True, exist_ok=True)
        workspace = Workspace.open(target) if target.exists() else Workspace.create(target)
        self._switch(workspace, explicit=False)
        return pair

    def _holds(self, pair: DraftPair) -> bool:
        drafts = self.workspace.drafts
        return drafts.get(pair.left) is not None and drafts.get(pair.right) is not None

    def record(self, paths: Sequence[str], pair: DraftPair,
               documents: Sequence[Document]) -> None:
        """Stores the compared drafts (their text as read) and remembers them as shown."""
        workspace = self.workspace
        if workspace is None:
            return
        if workspace.read_only:   # shown, but nothing can be kept in it
            self.pair = pair
            return
        known = dict(workspace.settings.get(PATHS, {}))
        for path, fingerprint, document in zip(paths, (pair.left, pair.right), documents):
            if workspace.drafts.get(fingerprint) is None and document.source is not None:
                workspace.drafts.add(document.source, fingerprint)
            if PSEUDO not in path:
                known[fingerprint] = str(Path(path).resolve())
        workspace.settings.set(PATHS, known)
        workspace.settings.set(SHOWN, [pair.left, pair.right])
        self.pair = pair

    def shown_drafts(self) -> tuple[list[str], dict[str, Wanted]] | None:
        """The paths of the drafts last shown, and what to open for those held only in the
        workspace (their files moved or gone); None if nothing was shown yet. A file found
        is expected to be the same draft (``expected``): opening it tells."""
        workspace = self.workspace
        shown = workspace.settings.get(SHOWN) if workspace is not None else None
        if not shown:
            records = workspace.drafts.all() if workspace is not None else []
            if len(records) < 2:
                return None
            shown = [records[-2].sha256, records[-1].sha256]
        known = workspace.settings.get(PATHS, {})
        paths, held = [], {}
        for fingerprint in shown:
            path = known.get(fingerprint)
            if path and Path(path).is_file():
                self.expected[path] = fingerprint
                paths.append(path)
                continue
            want = self.held(fingerprint)
            held[want.path] = want
            paths.append(want.path)
        return paths, held

    def held(self, fingerprint: str) -> Wanted:
        """A draft held in the workspace, under a pseudo path (its file is gone or changed)."""
        source = self.workspace.drafts.source(fingerprint)
        pseudo = f"{self.workspace.path}{PSEUDO}{fingerprint[:12]}/{source.name or 'draft'}"
        self._fingerprints[pseudo] = fingerprint
        return Wanted(pseudo, source, fingerprint)

    def links(self, pair: DraftPair) -> list[ManualLink]:
        return list(self.workspace.links.for_pair(pair)) if self.workspace else []

    def save_links(self, pair: DraftPair, links: Sequence[ManualLink]) -> None:
        """Makes the stored links of ``pair`` equal ``links`` (the drafts must be recorded)."""
        store = self.workspace.links if self.workspace else None
        if store is None or self.workspace.drafts.get(pair.left) is None \
                or self.workspace.drafts.get(pair.right) is None:
            return
        wanted = {(l.left_id, l.right_id): l for l in links}
        for old in store.for_pair(pair):
            if (old.left_id, old.right_id) not in wanted:
                store.remove(pair, old.left_id, old.right_id)
        for link in links:
            store.set(pair, link)


def copy_of(path: Path, folder: Path) -> Path:
    """A copy of a workspace another window holds, to read and annotate on its own."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{path.stem} (copy {stamp}){path.suffix}"
    shutil.copyfile(path, target)
    return target


__all__ = ["OPTIONS", "OPTION_NAMES", "PATHS", "PSEUDO", "SHOWN", "Wanted", "WorkspaceKeeper",
           "copy_of"]
