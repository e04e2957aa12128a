"""Long work off the GUI thread: reading, comparing and laying out drafts; exporting.

Each job runs on Qt's thread pool and reports through signals (delivered on the GUI thread).
A comparison job carries a serial number: the window ignores what a stale job reports and
cancels it through ``CompareOptions.cancel`` as soon as a newer one starts, so changing an
option twice quickly never shows the older result.
"""

from __future__ import annotations

import os
import threading
import traceback
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ..core.compare import Cancelled, CompareOptions, Comparison, compare
from ..core.model import Document
from ..drafts import ReadError, load_draft
from .rows import Layout, layout

#: (path, size, modification time) -> the draft as segmented; a file is read once per change.
DraftKey = tuple[str, int, int]


def draft_key(path: str | Path) -> DraftKey:
    """What identifies a version of a file on disk (a changed file is read again)."""
    try:
        status = os.stat(path)
    except OSError:
        return (str(path), -1, -1)
    return (str(Path(path).resolve()), status.st_size, status.st_mtime_ns)


@dataclass
class CompareResult:
    comparison: Comparison
    layout: Layout
    drafts: dict[DraftKey, Document] = field(default_factory=dict)


class JobSignals(QObject):
    progress = Signal(int, float)          # serial, fraction done
    finished = Signal(int, object)         # serial, result
    failed = Signal(int, str, str)         # serial, title, one-line message
    cancelled = Signal(int)


class CompareJob(QRunnable):
    """Reads both drafts (unless cached), compares them and lays the rows out."""

    def __init__(self, serial: int, left: str, right: str, options: CompareOptions,
                 drafts: dict[DraftKey, Document], signals: JobSignals) -> None:
        super().__init__()
        self.serial = serial
        self.paths = (left, right)
        self.options = options
        self.drafts = dict(drafts)
        self.signals = signals
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()

    def run(self) -> None:  # runs on a pool thread
        try:
            result = self._work()
        except Cancelled:
            self.signals.cancelled.emit(self.serial)
        except ReadError as error:
            self.signals.failed.emit(self.serial, "Cannot open the draft", str(error))
        except Exception as error:  # never let a thread die silently
            traceback.print_exc()
            self.signals.failed.emit(self.serial, "Cannot compare the drafts",
                                     f"{type(error).__name__}: {error}")
        else:
            if not self.cancelled:
                self.signals.finished.emit(self.serial, result)
            else:
                self.signals.cancelled.emit(self.serial)

    def _work(self) -> CompareResult:
        loaded = {}
        documents = []
        for number, path in enumerate(self.paths):
            key = draft_key(path)
            document = self.drafts.get(key)
            if document is None:
                document = load_draft(path)
                loaded[key] = document
            documents.append(document)
            self._report(0.15 * (number + 1))
            if self.cancelled:
                raise Cancelled("stale")
        options = replace(self.options, cancel=self._stop.is_set,
                          progress=lambda fraction: self._report(0.3 + 0.6 * fraction))
        comparison = compare(documents[0], documents[1], options)
        rows = layout(comparison)
        self._report(1.0)
        return CompareResult(comparison, rows, loaded)

    def _report(self, fraction: float) -> None:
        self.signals.progress.emit(self.serial, fraction)


class ExportSignals(QObject):
    finished = Signal(str)       # the path written
    failed = Signal(str)         # a one-line message


class CallJob(QRunnable):
    """Runs one call (an export) on the pool; reports its result or its error message."""

    def __init__(self, call: Callable[[], object], signals: ExportSignals,
                 expected: tuple[type[BaseException], ...] = ()) -> None:
        super().__init__()
        self.call = call
        self.signals = signals
        self.expected = expected

    def run(self) -> None:
        try:
            written = self.call()
        except self.expected as error:
            self.signals.failed.emit(str(error))
        except Exception as error:
            traceback.print_exc()
            self.signals.failed.emit(f"{type(error).__name__}: {error}")
        else:
            self.signals.finished.emit(str(written))


def pool() -> QThreadPool:
    return QThreadPool.globalInstance()
