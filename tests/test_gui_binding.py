"""The Qt binding must not corrupt reference counts (PySide6 6.12.0 did, on Python 3.11).

Every call of a Qt method returning nothing dropped one reference to None; after some
thousands of calls the interpreter aborted ("deallocating None"). pyproject.toml keeps
PySide6 below 6.12 for this; this test fails if such a version comes back.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint  # noqa: E402
from PySide6.QtGui import QTextCharFormat  # noqa: E402


def test_calling_qt_methods_keeps_none_alive():
    point, text_format = QPoint(), QTextCharFormat()
    before = sys.getrefcount(None)

    for _ in range(2000):
        point.setX(1)
        text_format.setFontStrikeOut(True)

    assert sys.getrefcount(None) >= before - 50  # a little noise from the interpreter
