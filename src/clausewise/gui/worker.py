"""Long work off the GUI thread: opening, comparing and laying out drafts; exporting.

Each job runs on Qt's thread pool and reports through signals (delivered on the GUI thread).
The work itself is the session's (``Session.load``, ``Session.run``); a job only carries it.
A comparison job carries a serial number: the window ignores what a stale job reports and
cancels it through ``CompareOptions.cancel`` as soon as a newer one starts, so changing an
option twice quickly never shows the older result.
"""

from __future__ import annotations

import threading
import traceback
from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from ..core.compare import Cancelled
from ..drafts import ReadError

class JobSignals(QObject):
    progress = Signal(int, float)          # serial, fraction done
    finished = Signal(int, object)         # serial, result
    failed = Signal(int, str, str)         # serial, title, one-line message
    cancelled = Signal(int)


class Job(QRunnable):
    """One step of a comparison (opening drafts, comparing) on the pool.

    ``work(cancelled, report)`` does the step: ``cancelled()`` says whether to stop,
    ``report(fraction)`` tells the progress. Its result, or a one-line error, comes back
    through ``signals`` with the job's serial number.
    """

    def __init__(self, serial: int, work: Callable[[Callable[[], bool],
                                                     Callable[[float], None]], object],
                 signals: JobSignals) -> None:
        super().__init__()
        self.serial = serial
        self.work = work
        self.signals = signals
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()

    def run(self) -> None:  # runs on a pool thread
        try:
            result = self.work(self._stop.is_set, self._report)
        except Cancelled:
            self.signals.cancelled.emit(self.serial)
        except ReadError as error:
            self.signals.failed.emit(
                self.serial, QCoreApplication.translate("Worker", "Cannot open the draft"),
                str(error))
        except Exception as error:  # never let a thread die silently
            traceback.print_exc()
            self.signals.failed.emit(self.serial,
                                     QCoreApplication.translate("Worker", "Cannot compare the drafts"),
                                     f"{type(error).__name__}: {error}")
        else:
            if not self.cancelled:
                self.signals.finished.emit(self.serial, result)
            else:
                self.signals.cancelled.emit(self.serial)

    def _report(self, fraction: float) -> None:
        self.signals.progress.emit(self.serial, fraction)


class ExportSignals(QObject):
    finished = Signal(str)       # the path written
    failed = Signal(str)         # a one-line message
    progress = Signal(float)     # the fraction written, in [0, 1]


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
