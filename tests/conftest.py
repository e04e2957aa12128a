"""Shared fixtures. GUI tests run on Qt's offscreen platform; nothing here needs a display."""

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "resources" / "samples"


@pytest.fixture
def samples_dir() -> Path:
    return SAMPLES


@pytest.fixture(autouse=True)
def background_jobs_end_with_their_test():
    """No job on the worker pool outlives the test that started it (a preview rendering, a
    draft being read): left running, it would overlap the next test's work, and PDFium, for
    one, allows no two calls at once in a process. Torn down after the test's own fixtures
    (its windows closed first); Qt is only looked at when the test loaded it."""
    yield
    if "PySide6.QtCore" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication, QThreadPool

    if QCoreApplication.instance() is None:
        return
    assert QThreadPool.globalInstance().waitForDone(60_000), \
        "a background job was still running a minute after its test ended"
