"""Python's cyclic garbage collector, run on the GUI thread only.

Left to itself, the collector runs in whichever thread happens to allocate when a threshold is
crossed: a preview or an export on the pool could then be the one to destroy a closed dialog
or its signals, and a Qt object destroyed outside its own thread crashes the process (seen:
two briefing previews rendering while the dialogs of an earlier test were collected). So the
window turns automatic collection off and collects, generation by generation as Python would,
from a timer on the GUI thread. Reference counting frees memory as usual meanwhile.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 500

_installed: "MainThreadCollector | None" = None


class MainThreadCollector(QObject):
    """Collects on the GUI thread when Python's own thresholds say it is time."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        young, middle, old = gc.get_count()
        if young > self.thresholds[0]:
            gc.collect(0)
            if middle > self.thresholds[1]:
                gc.collect(1)
                if old > self.thresholds[2]:
                    gc.collect(2)


def install() -> MainThreadCollector | None:
    """Once per process, with a QApplication: automatic collection off, the timer on."""
    global _installed
    app = QCoreApplication.instance()
    if _installed is None and app is not None:
        _installed = MainThreadCollector(app)
    return _installed


__all__ = ["INTERVAL_MS", "MainThreadCollector", "install"]
