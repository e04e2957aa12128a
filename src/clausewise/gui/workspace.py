"""The window's workspace: which ``.clausewise`` file holds the drafts, links and annotations.

Annotations must never be lost, so there is always a workspace once two drafts are shown:

* an **explicit** one, opened or created by the user (File > Open / New Workspace…, or
  ``clausewise file.clausewise``): it stays open, whatever drafts are compared, until the
  user opens another;
* otherwise an **automatic** one, in the user's data folder (``QStandardPaths``
  ``AppDataLocation``/workspaces; beside the settings file when the settings are an .ini
  file, as in tests and screenshots), named by the two drafts' SHA-256 fingerprints:
  ``<old 16 hex>-<new 16 hex>.clausewise``. Opening the same two files again, from anywhere
  and under any name, finds the same notes. A newer draft added to it stays in it.

The store commits every change as it is made; this class only chooses the file, records the
drafts as they are compared, and turns the store's errors into one-line messages.
"""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

from ..core.compare import ManualLink
from ..core.model import Document
from ..core.segment import segment
from ..readers import ReadError, read
from ..store import DraftPair, Workspace, WorkspaceError, file_sha256

#: settings keys kept in the workspace
SHOWN = "gui.shown"           # [older fingerprint, newer fingerprint] last compared
PATHS = "gui.paths"           # fingerprint -> the file it was read from, last time
#: a path that names a draft held only in the workspace (its file is gone or elsewhere)
PSEUDO = "::draft-"


def automatic_folder(settings: QSettings | None) -> Path:
    """Where automatic workspaces live (see the module's docstring)."""
    if settings is not None and settings.format() == QSettings.Format.IniFormat:
        return Path(settings.fileName()).resolve().parent / "workspaces"
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location or Path.home() / ".clausewise") / "workspaces"


class WorkspaceSession:
    """The open workspace of one window, and the drafts of the comparison on screen."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.workspace: Workspace | None = None
        self.explicit = False
        self.pair: DraftPair | None = None          # the comparison shown
        self._fingerprints: dict[str, str] = {}     # path -> sha256 (pseudo paths too)

    # -- which file ---------------------------------------------------------------------------

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

    def automatic_path(self, left: str, right: str) -> Path:
        return self.folder / f"{left[:16]}-{right[:16]}.clausewise"

    # -- drafts -------------------------------------------------------------------------------

    def fingerprint(self, path: str) -> str:
        """The SHA-256 of a draft file (remembered per path; raises ``OSError``)."""
        known = self._fingerprints.get(path)
        if known is None or PSEUDO not in path:
            known = file_sha256(path)
            self._fingerprints[path] = known
        return known

    def prepare(self, left_path: str, right_path: str) -> DraftPair:
        """Chooses the workspace for these two drafts (opening the automatic one if needed).

        Raises ``WorkspaceError`` (locked, damaged) or ``OSError`` (file unreadable).
        """
        pair = DraftPair(self.fingerprint(left_path), self.fingerprint(right_path))
        if self.workspace is not None and (self.explicit or self._holds(pair)):
            return pair
        target = self.automatic_path(pair.left, pair.right)
        if self.workspace is not None and self.workspace.path == target:
            return pair
        target.parent.mkdir(parents=True, exist_ok=True)
        workspace = Workspace.open(target) if target.exists() else Workspace.create(target)
        self._switch(workspace, explicit=False)
        return pair

    def _holds(self, pair: DraftPair) -> bool:
        drafts = self.workspace.drafts
        return drafts.get(pair.left) is not None and drafts.get(pair.right) is not None

    def record(self, paths: list[str], pair: DraftPair) -> None:
        """Stores the compared drafts (text snapshots) and remembers them as shown."""
        workspace = self.workspace
        if workspace is None:
            return
        if workspace.read_only:   # shown, but nothing can be kept in it
            self.pair = pair
            return
        known = dict(workspace.settings.get(PATHS, {}))
        for path, fingerprint in zip(paths, (pair.left, pair.right)):
            if workspace.drafts.get(fingerprint) is None:
                workspace.drafts.add(read(path), fingerprint)
            if PSEUDO not in path:
                known[fingerprint] = str(Path(path).resolve())
        workspace.settings.set(PATHS, known)
        workspace.settings.set(SHOWN, [pair.left, pair.right])
        self.pair = pair

    def shown_drafts(self) -> tuple[list[str], dict[tuple, Document]] | None:
        """The paths to compare for the drafts last shown, and documents for those held only
        in the workspace (their files moved or gone); None if nothing was shown yet."""
        workspace = self.workspace
        shown = workspace.settings.get(SHOWN) if workspace is not None else None
        if not shown:
            records = workspace.drafts.all() if workspace is not None else []
            if len(records) < 2:
                return None
            shown = [records[-2].sha256, records[-1].sha256]
        known = workspace.settings.get(PATHS, {})
        paths, documents = [], {}
        for fingerprint in shown:
            path = known.get(fingerprint)
            if path and Path(path).is_file() and _same_sha(path, fingerprint):
                paths.append(path)
                self._fingerprints[path] = fingerprint
                continue
            source = workspace.drafts.source(fingerprint)
            pseudo = f"{workspace.path}{PSEUDO}{fingerprint[:12]}/{source.name or 'draft'}"
            self._fingerprints[pseudo] = fingerprint
            documents[(pseudo, -1, -1)] = segment(source)
            paths.append(pseudo)
        return paths, documents

    # -- manual links -------------------------------------------------------------------------

    def links(self, pair: DraftPair) -> list[ManualLink]:
        return list(self.workspace.links.for_pair(pair)) if self.workspace else []

    def save_links(self, pair: DraftPair, links: list[ManualLink]) -> None:
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


def _same_sha(path: str, fingerprint: str) -> bool:
    try:
        return file_sha256(path) == fingerprint
    except OSError:
        return False


def copy_of(path: Path, folder: Path) -> Path:
    """A copy of a workspace another window holds, to read and annotate on its own."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{path.stem} (copy {stamp}){path.suffix}"
    shutil.copyfile(path, target)
    return target


__all__ = ["PATHS", "PSEUDO", "ReadError", "SHOWN", "WorkspaceSession", "automatic_folder",
           "copy_of"]
