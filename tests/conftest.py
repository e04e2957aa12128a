"""Shared fixtures. GUI tests run on Qt's offscreen platform; nothing here needs a display."""

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "resources" / "samples"


@pytest.fixture
def samples_dir() -> Path:
    return SAMPLES
