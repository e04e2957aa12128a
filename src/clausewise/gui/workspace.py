"""Where the window's automatic workspaces live (the only part of choosing one that needs Qt).

Which ``.clausewise`` file holds the drafts, links and notes is the session's choice
(``clausewise.session.WorkspaceKeeper``): an explicit workspace the user opened or created,
else an automatic one per pair of drafts, in the folder named here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths


def automatic_folder(settings: QSettings | None) -> Path:
    """The user's data folder (``QStandardPaths`` ``AppDataLocation``/workspaces); beside the
    settings file when the settings are an .ini file, as in tests and screenshots."""
    if settings is not None and settings.format() == QSettings.Format.IniFormat:
        return Path(settings.fileName()).resolve().parent / "workspaces"
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location or Path.home() / ".clausewise") / "workspaces"


__all__ = ["automatic_folder"]
