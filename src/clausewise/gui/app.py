"""Starts the desktop app: ``clausewise [OLD NEW | FILE.clausewise] [--screenshot PNG] [--dark]``.

With no files it opens the bundled sample drafts; with one ``.clausewise`` file (or
``--workspace FILE``) it opens that workspace and the drafts it showed last. ``--screenshot out.png`` renders the window
offscreen once the comparison is shown, saves it and exits (status 0; 2 if a draft could not
be read), which is how the README's pictures are made.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import traceback
from pathlib import Path
from typing import Sequence

SCREENSHOT_TIMEOUT_MS = 120_000


def window_parser() -> argparse.ArgumentParser:
    """The window's command line (no Qt needed: ``clausewise --help`` shows it too)."""
    from ..drafts import formats_text

    parser = argparse.ArgumentParser(
        prog="clausewise",
        description="Open two drafts side by side (the bundled samples if none are given).")
    parser.add_argument("drafts", nargs="*", metavar="DRAFT",
                        help=f"the older and the newer draft ({formats_text()})")
    parser.add_argument("--screenshot", metavar="PNG",
                        help="render the window offscreen to this PNG file and exit")
    parser.add_argument("--dark", action="store_true", help="use the dark palette")
    parser.add_argument("--size", default="1400x900", metavar="WxH",
                        help="window size for --screenshot (default 1400x900)")
    parser.add_argument("--scale", type=float, default=0, metavar="FACTOR",
                        help="device pixel ratio for --screenshot (2 for a high-DPI screen)")
    parser.add_argument("--workspace", metavar="FILE",
                        help="open this .clausewise workspace (with its drafts and notes)")
    parser.add_argument("--show", metavar="CITATION",
                        help='scroll to this clause first, e.g. "Article 9"')
    parser.add_argument("--changed-only", action="store_true",
                        help="start with the unchanged clauses folded away")
    parser.add_argument("--language", choices=("en", "ru", "fr"),
                        help="the interface's language for this run (default: the one chosen "
                             "in View > Interface Language, else the system's)")
    return parser


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = window_parser()
    args = parser.parse_args(list(argv))
    if len(args.drafts) == 1 and args.drafts[0].lower().endswith(".clausewise"):
        args.workspace, args.drafts = args.drafts[0], []
    # One draft (a file opened from the desktop) is taken as the newer draft; the app then
    # asks for the older one. A screenshot needs both.
    if len(args.drafts) > 2 or (len(args.drafts) == 1 and args.screenshot):
        parser.error("give two drafts (the older, then the newer), or none for the samples")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    """Runs the app; returns the process's exit status."""
    try:
        args = parse_args(sys.argv[1:] if argv is None else argv)
    except SystemExit as stop:  # argparse has printed the usage line
        return int(stop.code or 0)
    if args.screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        if args.scale:
            os.environ["QT_SCALE_FACTOR"] = str(args.scale)

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from . import i18n
    from .theme import apply_palette, load_bundled_fonts
    from .window import MainWindow

    if args.screenshot:
        _quiet_offscreen_notices()
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "clausewise"])
    app.setApplicationName("Clausewise")
    app.setOrganizationName("Clausewise")
    load_bundled_fonts()
    apply_palette(app, args.dark)
    # The language is chosen before any widget is built (the window's texts are set once).
    # A screenshot follows --language or the system, never the user's setting.
    choice = args.language or (None if args.screenshot else
                               i18n.saved_choice(QSettings("Clausewise", "Clausewise")))
    i18n.install(i18n.resolve(choice), app)
    settings = None
    if args.screenshot:
        # A screenshot leaves the user's settings and recent files alone: its own settings,
        # and so its automatic workspace (copies of both drafts), live in a temporary folder
        # that is removed, whatever happens, before the process ends.
        scratch = Path(tempfile.mkdtemp(prefix="clausewise-screenshot-"))
        settings = QSettings(str(scratch / "screenshot.ini"), QSettings.Format.IniFormat)
        try:
            window = MainWindow(settings=settings, dark=args.dark, quiet_errors=True)
            try:
                return _screenshot(app, window, args)
            finally:
                window.close()   # releases the workspace
                settings.sync()
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
    window = MainWindow(settings=settings, dark=args.dark)
    _install_excepthook(window)
    window.show()
    _open(window, args)
    return app.exec()


#: What Qt's offscreen platform says of every window it cannot size as a desktop would: true,
#: harmless, and printed on each screenshot.
_OFFSCREEN_NOTICES = ("This plugin does not support propagateSizeHints()",)


def _quiet_offscreen_notices() -> None:
    """Leaves the offscreen platform's notices out of a screenshot's output; every other
    message of Qt still reaches stderr."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(_kind, _context, message: str) -> None:
        if message not in _OFFSCREEN_NOTICES:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def _open(window, args: argparse.Namespace) -> None:
    """Opens the workspace asked for (and its drafts), else the two drafts (or the samples).

    A workspace that holds drafts but is refused (damaged, in use) has already been explained
    in a dialog; the window then stays empty rather than guessing what to show.
    """
    if getattr(args, "changed_only", False):
        window.set_changed_only(True)
    if args.workspace:
        opened = window.open_workspace(args.workspace)
        if args.drafts:
            window.open_drafts(*args.drafts)
        elif opened and not window.is_busy() and window.quiet_errors:
            window.errors.append(f"{Path(args.workspace).name} holds no drafts to show yet")
        return
    if len(args.drafts) == 1:
        from PySide6.QtCore import QCoreApplication, QTimer

        window.session.paths = ["", str(args.drafts[0])]
        window.statusBar().showMessage(QCoreApplication.translate(
            "App", "{name} is the newer draft: choose the older draft to compare it with "
            "(File > Open Older Draft)").format(name=Path(args.drafts[0]).name))
        QTimer.singleShot(0, window.choose_left)
        return
    window.open_drafts(*(args.drafts or (None, None)))


def _screenshot(app, window, args: argparse.Namespace) -> int:
    from PySide6.QtCore import QEventLoop, QTimer

    width, _, height = args.size.partition("x")
    window.resize(int(width), int(height))
    window.show()
    loop = QEventLoop()
    window.comparisonShown.connect(loop.quit)
    timer = QTimer(singleShot=True, interval=SCREENSHOT_TIMEOUT_MS)
    timer.timeout.connect(loop.quit)
    timer.start()
    errors_before = len(window.errors)
    QTimer.singleShot(0, lambda: _open(window, args))
    _quit_on_error(window, loop, errors_before)
    loop.exec()
    if window.comparison is None:
        message = window.errors[-1] if window.errors else "the comparison did not finish"
        print(f"clausewise: {message}", file=sys.stderr)
        return 2
    shown = _show_clause(window, args.show) if args.show else None
    for _ in range(3):
        app.processEvents()
        if shown is not None:  # measuring the rows may have moved it: put it on top again
            window.view.scrollTo(window.view.model().index(shown, 0),
                                 window.view.ScrollHint.PositionAtTop)
        window.view.refine_visible()
    image = window.grab()
    target = Path(args.screenshot)
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(target), "PNG"):
        print(f"clausewise: cannot write {target.name}", file=sys.stderr)
        return 2
    return 0


def _quit_on_error(window, loop, errors_before: int) -> None:
    """Stops waiting as soon as an error is reported (the window reports it quietly)."""
    from PySide6.QtCore import QTimer

    def check() -> None:
        if len(window.errors) > errors_before:
            loop.quit()
        elif window.comparison is None:
            QTimer.singleShot(50, check)

    QTimer.singleShot(50, check)


def _show_clause(window, citation: str) -> int | None:
    """Scrolls to a clause cited in the newer (or else the older) draft; returns its row."""
    rows = window.layout_rows
    for document, lookup in ((window.comparison.right, rows.right_row),
                             (window.comparison.left, rows.left_row)):
        clause = document.find(citation)
        if clause is not None and clause.id in lookup:
            window.view.go_to_row(lookup[clause.id])
            window.view.clearSelection()
            return lookup[clause.id]
    print(f"clausewise: no clause cited {citation!r}; showing the start", file=sys.stderr)
    return None


def _install_excepthook(window) -> None:
    """An unexpected error becomes a dialog, not a crash; the details go to stderr."""

    from PySide6.QtCore import QCoreApplication

    def hook(kind, error, trace) -> None:
        traceback.print_exception(kind, error, trace)
        try:
            window.show_error(
                QCoreApplication.translate("App", "Unexpected error"),
                QCoreApplication.translate(
                    "App", "{error}. Please report it with the drafts that caused it.").format(
                        error=f"{kind.__name__}: {error}"))
        except Exception:  # the window itself may be gone
            pass

    sys.excepthook = hook


if __name__ == "__main__":
    sys.exit(main())
