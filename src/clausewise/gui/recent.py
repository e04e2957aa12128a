"""Recently compared drafts, kept in the user's settings (QSettings), newest first."""

from __future__ import annotations

from PySide6.QtCore import QSettings

KEY = "recent/pairs"
LIMIT = 8
SEPARATOR = "\n"


class RecentDrafts:
    """The last few (older, newer) pairs of files the user compared."""

    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    def entries(self) -> list[tuple[str, str]]:
        stored = self.settings.value(KEY, [])
        if isinstance(stored, str):  # QSettings gives a lone string for a one-item list
            stored = [stored]
        pairs = []
        for entry in stored or []:
            parts = str(entry).split(SEPARATOR)
            if len(parts) == 2 and all(parts):
                pairs.append((parts[0], parts[1]))
        return pairs

    def add(self, left: str, right: str) -> None:
        pairs = [(left, right)] + [pair for pair in self.entries() if pair != (left, right)]
        self.settings.setValue(KEY, [SEPARATOR.join(pair) for pair in pairs[:LIMIT]])
        self.settings.sync()

    def clear(self) -> None:
        self.settings.remove(KEY)
        self.settings.sync()
