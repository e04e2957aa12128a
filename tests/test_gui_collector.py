"""The cyclic garbage collector runs on the GUI thread only (gui/collector.py): a thread of
the pool never destroys a Qt object, which would crash the process."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject

from clausewise.gui import collector
from gui_support import warnings, window  # noqa: F401


def test_the_window_turns_automatic_collection_off_and_collects_on_its_thread(qtbot, window):  # noqa: F811
    assert collector.install() is not None and not gc.isenabled()
    collected_in: list[str] = []

    def watch(phase, info) -> None:
        if phase == "start":
            collected_in.append(threading.current_thread().name)

    class Cycle(QObject):
        pass

    gc.callbacks.append(watch)
    try:
        def make_garbage() -> None:   # on another thread, as a preview job would
            for _ in range(2000):
                a, b = Cycle(), [None]
                b[0] = b
                a.loop = a
        worker = threading.Thread(target=make_garbage, name="pool-like")
        worker.start()
        worker.join()
        assert "pool-like" not in collected_in     # nothing collected on that thread
        qtbot.wait(collector.INTERVAL_MS * 3)
        assert collected_in and set(collected_in) == {threading.main_thread().name}
    finally:
        gc.callbacks.remove(watch)
