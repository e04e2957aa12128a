"""`clausewise OLD NEW --screenshot out.png [--dark]`: the window rendered offscreen to a PNG."""

from __future__ import annotations

import os
import subprocess
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QImage  # noqa: E402

from gui_support import DRAFT1, DRAFT2, REPO  # noqa: E402


def _run(*args: str) -> subprocess.CompletedProcess:
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "clausewise.gui.app", *args], cwd=REPO,
                          env=environment, capture_output=True, text=True, timeout=120)


def _lightness(image: QImage) -> float:
    """Mean lightness of a grid of pixels over the comparison area."""
    samples = [image.pixelColor(x, y).lightness()
               for x in range(image.width() // 3, image.width() - 20, 37)
               for y in range(60, image.height() - 40, 41)]
    return sum(samples) / len(samples)


def test_a_screenshot_of_two_drafts_in_the_light_palette(tmp_path):
    target = tmp_path / "light.png"

    finished = _run(str(DRAFT1), str(DRAFT2), "--screenshot", str(target), "--size", "1200x800")

    assert finished.returncode == 0, finished.stderr
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1200, 800)
    assert _lightness(image) > 180


def test_a_screenshot_in_the_dark_palette_is_dark(tmp_path):
    target = tmp_path / "dark.png"

    finished = _run("--screenshot", str(target), "--dark")  # no files: the bundled samples

    assert finished.returncode == 0, finished.stderr
    assert _lightness(QImage(str(target))) < 90


def test_a_screenshot_at_high_dpi_has_twice_the_pixels(tmp_path):
    target = tmp_path / "hidpi.png"

    finished = _run("--screenshot", str(target), "--size", "800x600", "--scale", "2")

    assert finished.returncode == 0, finished.stderr
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1600, 1200)


def test_a_draft_that_cannot_be_read_exits_with_one_line(tmp_path):
    missing = tmp_path / "missing-draft.txt"

    finished = _run(str(DRAFT1), str(missing), "--screenshot", str(tmp_path / "x.png"))

    assert finished.returncode == 2
    message = [line for line in finished.stderr.splitlines() if line.startswith("clausewise:")]
    assert len(message) == 1 and "missing-draft.txt" in message[0]
    assert not (tmp_path / "x.png").exists()


def test_one_file_alone_is_refused_with_a_usage_line(tmp_path):
    finished = _run(str(DRAFT1), "--screenshot", str(tmp_path / "x.png"))

    assert finished.returncode == 2
    assert "two drafts" in finished.stderr


def test_a_screenshot_leaves_nothing_behind(tmp_path):
    """Its settings and its automatic workspace (full copies of both drafts) go in a
    temporary folder that is removed before the process ends."""
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    target = tmp_path / "shot.png"
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", TMPDIR=str(scratch),
                       XDG_RUNTIME_DIR=str(runtime))

    finished = subprocess.run([sys.executable, "-m", "clausewise.gui.app", str(DRAFT1),
                               str(DRAFT2), "--screenshot", str(target)], cwd=REPO,
                              env=environment, capture_output=True, text=True, timeout=120)

    assert finished.returncode == 0, finished.stderr
    assert QImage(str(target)).width() > 0
    assert sorted(path.name for path in scratch.rglob("*")) == []


def _without_display() -> dict[str, str]:
    return {key: value for key, value in os.environ.items()
            if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}


def test_the_clausewise_command_takes_a_screenshot_with_no_display(tmp_path):
    """`clausewise OLD NEW --screenshot out.png` on a machine with no screen (a server, CI):
    the window is rendered offscreen, with no need to set QT_QPA_PLATFORM first."""
    target = tmp_path / "shot.png"

    finished = subprocess.run([sys.executable, "-m", "clausewise.cli", str(DRAFT1), str(DRAFT2),
                               "--screenshot", str(target)], cwd=REPO, env=_without_display(),
                              capture_output=True, text=True, timeout=120)

    assert finished.returncode == 0, finished.stderr
    assert QImage(str(target)).width() == 1400
    assert "propagateSizeHints" not in finished.stderr   # the offscreen platform's notice


def test_the_window_with_no_display_says_what_to_do_instead():
    finished = subprocess.run([sys.executable, "-m", "clausewise.cli", str(DRAFT1), str(DRAFT2)],
                              cwd=REPO, env=_without_display(), capture_output=True, text=True,
                              timeout=120)

    assert finished.returncode != 0
    assert "no display to open the window on" in finished.stderr
    assert "--screenshot" in finished.stderr and "Traceback" not in finished.stderr
