"""One file written off the GUI thread, with a status-bar strip: label, progress bar, Cancel.

The briefing export (``export_dialog.BackgroundExport``) and the history table export
(``history_export.HistoryExport``) both write through here. The writer is called with a
hidden temporary file beside the target, a ``progress(fraction)`` and a ``cancel()``
callback; the file is renamed over the target only if it was not cancelled first, so Cancel
answers at once, the writer stops at its next step, and no file is left behind. A replaced
file keeps its permissions; a read-only one is refused before anything is written.
"""

from __future__ import annotations

import os
import stat
import tempfile
import threading
import traceback
from pathlib import Path
from typing import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QRunnable, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from ..core.result import Cancelled
from ..reports import ReportError
from ..reports.output import check_target
from . import worker

# write(temporary file, progress, cancel): writes the export into the temporary file.
Writer = Callable[[Path, Callable[[float], None], Callable[[], bool]], object]


class FileJob(QRunnable):
    """Writes one file on the pool; ``cancel()`` says whether it came in time."""

    def __init__(self, target: Path, suffixes: Sequence[str], write: Writer,
                 signals: worker.ExportSignals) -> None:
        super().__init__()
        self.target, self.suffixes, self.write = target, tuple(suffixes), write
        self.signals = signals
        self._lock = threading.Lock()
        self._cancelled = False
        self._placed = False

    def cancel(self) -> bool:
        with self._lock:
            if self._placed:
                return False
            self._cancelled = True
            return True

    def run(self) -> None:   # a pool thread
        try:
            written = self._write()
        except Cancelled:
            return
        except ReportError as error:
            self.signals.failed.emit(str(error))
        except Exception as error:   # never let a thread die silently
            traceback.print_exc()
            self.signals.failed.emit(f"{type(error).__name__}: {error}")
        else:
            self.signals.finished.emit(str(written))

    def _write(self) -> Path:
        target = check_target(self.target, self.suffixes)   # a read-only file: refused
        temp: Path | None = None
        try:
            handle, name = tempfile.mkstemp(prefix=".clausewise-export-", suffix=target.suffix,
                                            dir=target.parent)
            os.close(handle)
            temp = Path(name)
            if self._cancelled:
                raise Cancelled("export cancelled")
            self.write(temp, self.signals.progress.emit, lambda: self._cancelled)
            with self._lock:
                if self._cancelled:
                    raise Cancelled("export cancelled")
                try:
                    os.chmod(temp, stat.S_IMODE(target.stat().st_mode))
                except FileNotFoundError:
                    pass
                os.replace(temp, target)
                self._placed = True
        except OSError as error:
            raise ReportError(QCoreApplication.translate(
                "ExportStrip", "cannot write {name} ({reason}): check the disk space and "
                "that the file is not open elsewhere").format(
                    name=target.name, reason=error.strerror or error)) from error
        finally:
            if temp is not None and not self._placed:
                temp.unlink(missing_ok=True)
        return target


class ExportStrip(QWidget):
    """The status-bar strip while one file is written: "Exporting NAME…", the progress and
    Cancel. ``finished(path)``, ``failed(message)`` or ``cancelled()`` is emitted once, on
    the GUI thread; the strip then hides (the owner removes it)."""

    finished = Signal(str)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget, target: str | Path, suffixes: Sequence[str],
                 write: Writer) -> None:
        super().__init__(parent)
        self.target = Path(target)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self.tr("Exporting {name}…").format(name=self.target.name), self)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(140)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.cancel_button = QToolButton(self)
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop the export; no file is written"))
        self.cancel_button.clicked.connect(self.cancel)
        for widget in (self.label, self.progress, self.cancel_button):
            layout.addWidget(widget)
        self.signals = worker.ExportSignals()
        self.signals.finished.connect(self._finished)
        self.signals.failed.connect(self._failed)
        self.signals.progress.connect(self._advanced)
        self.job = FileJob(self.target, suffixes, write, self.signals)
        self.job.setAutoDelete(False)
        self.running = False

    def start(self) -> None:
        self.running = True
        worker.pool().start(self.job)

    def cancel(self) -> bool:
        """Stops waiting for the export; False if the file is already written."""
        if not self.running or not self.job.cancel():
            return False
        self.running = False
        self.hide()
        self.cancelled.emit()
        return True

    def _advanced(self, fraction: float) -> None:
        if self.running:
            self.progress.setValue(round(100 * fraction))

    def _finished(self, written: str) -> None:
        if self.running:
            self.running = False
            self.hide()
            self.finished.emit(written)

    def _failed(self, message: str) -> None:
        if self.running:
            self.running = False
            self.hide()
            self.failed.emit(message)


__all__ = ["ExportStrip", "FileJob", "Writer"]
