"""Colours, marks and fonts of the comparison view, for a light and a dark palette.

Colour is never the only signal: a deletion is struck through, an insertion underlined, and
every status has a mark that reads in black and white ("+", "−", "~", "<", ">", "↕", "#";
the marks are core.describe's).
The colours are picked per palette so that both stay readable (contrast of the diff text
against its tint is at least 4.5:1 in either palette).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication

from ..core.compare import Status
from ..paths import resource_path


@dataclass(frozen=True)
class Theme:
    """The colours the comparison view needs, for one palette."""

    dark: bool
    deleted_text: QColor
    deleted_back: QColor
    inserted_text: QColor
    inserted_back: QColor
    found_back: QColor
    note_text: QColor
    link_text: QColor
    gap: QColor
    selection: QColor
    status_back: dict

    @classmethod
    def for_palette(cls, palette: QPalette) -> "Theme":
        dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
        return DARK if dark else LIGHT


def _status_colours(alpha: int, tones: dict[Status, str], moved: str) -> dict:
    colours = {status: QColor(tone) for status, tone in tones.items()}
    colours["moved"] = QColor(moved)
    for colour in colours.values():
        colour.setAlpha(alpha)
    return colours


LIGHT = Theme(
    dark=False,
    deleted_text=QColor("#a40e26"), deleted_back=QColor("#ffe3e6"),
    inserted_text=QColor("#116329"), inserted_back=QColor("#dcf5e3"),
    found_back=QColor("#ffe066"), note_text=QColor("#5c6370"), link_text=QColor("#0b57b5"),
    gap=QColor(0, 0, 0, 22), selection=QColor(40, 110, 220, 40),
    status_back=_status_colours(110, {
        Status.MODIFIED: "#f2b84b", Status.ADDED: "#4cbf6b", Status.REMOVED: "#e5534b",
        Status.SPLIT: "#a371f7", Status.MERGED: "#a371f7"}, "#4c8dde"),
)

DARK = Theme(
    dark=True,
    deleted_text=QColor("#ff9a9a"), deleted_back=QColor("#4a1d22"),
    inserted_text=QColor("#8be09e"), inserted_back=QColor("#173d24"),
    found_back=QColor("#8a6d00"), note_text=QColor("#a3aab5"), link_text=QColor("#7fb4ff"),
    gap=QColor(255, 255, 255, 18), selection=QColor(90, 150, 255, 55),
    status_back=_status_colours(120, {
        Status.MODIFIED: "#b07d1a", Status.ADDED: "#2f8a48", Status.REMOVED: "#b03a33",
        Status.SPLIT: "#7b52c7", Status.MERGED: "#7b52c7"}, "#3a6fb5"),
)


def dark_palette() -> QPalette:
    """A calm dark palette for the Fusion style."""
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, "#25272b"), (roles.WindowText, "#e3e5e8"), (roles.Base, "#1d1f22"),
        (roles.AlternateBase, "#2a2d31"), (roles.ToolTipBase, "#2f3237"),
        (roles.ToolTipText, "#e3e5e8"), (roles.Text, "#e3e5e8"), (roles.Button, "#2f3237"),
        (roles.ButtonText, "#e3e5e8"), (roles.BrightText, "#ff6b6b"), (roles.Link, "#7fb4ff"),
        (roles.Highlight, "#3d6fb8"), (roles.HighlightedText, "#ffffff"),
        (roles.PlaceholderText, "#8b929c"), (roles.Mid, "#3a3d42"), (roles.Dark, "#16181a"),
        (roles.Midlight, "#34373c"), (roles.Light, "#44484e"), (roles.Shadow, "#0d0e10"),
    ):
        palette.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(disabled, role, QColor("#6d737c"))
    return palette


def apply_palette(app: QApplication, dark: bool) -> None:
    """Fusion everywhere (the same look on every machine), light or dark."""
    app.setStyle("Fusion")
    app.setPalette(dark_palette() if dark else app.style().standardPalette())


_fonts_loaded = False


def load_bundled_fonts() -> None:
    """Registers the bundled fonts so that every script renders on a bare machine."""
    global _fonts_loaded
    if _fonts_loaded:
        return
    _fonts_loaded = True
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
                 "DroidSansFallbackFull.ttf"):
        path = resource_path("fonts", name)
        if path.is_file():
            QFontDatabase.addApplicationFont(str(path))


def prose_font(point_size: float = 10.5) -> QFont:
    """The font of the drafts' text: a humanist sans, then a fallback with CJK."""
    load_bundled_fonts()
    font = QFont()
    font.setFamilies(["DejaVu Sans", "Droid Sans Fallback"])
    font.setPointSizeF(point_size)
    return font
