"""How the window shows a comparison: where it opens, jumps, zoom, and the layout it keeps.

A mixin of ``MainWindow`` (it uses the window's view, docks, settings and actions), kept
apart so that ``window.py`` stays about comparing:

* a comparison opens at its first change (as Meld does), the outline selecting it;
* Ctrl+J goes from a moved clause (or a paragraph inside it) to where it stood, and back,
  and the counterpart becomes the current, selected row;
* zooming keeps the clause being read in view; the text size is kept per user;
* the Annotations dock shows when the comparison has notes (or when asked for: F10) and
  stays out of the way when it has none; docks and geometry are kept per user.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray

from .rows import Layout, RowKind
from .theme import prose_font

FONT_KEY = "view/font_size"
GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"
#: bump when the docks change so that an old saved layout is not applied to new docks
STATE_VERSION = 1
SMALLEST, LARGEST = 7.0, 28.0


def partner_of(rows: Layout | None, number: int) -> int | None:
    """The row a jump from row ``number`` lands on: a moved clause's former place, or the
    moved clause from where it stood; from a paragraph of a moved clause, its clause's."""
    if rows is None or not 0 <= number < len(rows.rows):
        return None
    row = rows.rows[number]
    group = rows.rows[row.group_start]
    if group.partner is not None:
        return group.partner
    if row.kind is not RowKind.PAIR or not row.in_moved:
        return None
    depth = row.depth
    for above in range(row.group_start - 1, -1, -1):   # up to the clause that moved
        candidate = rows.rows[above]
        if candidate.kind is not RowKind.PAIR or candidate.depth >= depth:
            continue
        if candidate.group_start == above and candidate.partner is not None:
            return candidate.partner
        depth = candidate.depth
        if depth == 0:
            break
    return None


class ViewActions:
    """Opening at the first change, jumps, zoom, and the window's remembered layout."""

    # -- where a comparison opens ----------------------------------------------------------

    def show_first_change(self) -> None:
        """Makes the first change the current row, in view; the outline selects it. The
        row itself is not painted over with the selection: the change shows as it is."""
        stops = self.layout_rows.stops() if self.layout_rows is not None else []
        if stops:
            self.view.go_to_row(stops[0], select=False)
        elif self.view.comparison_model.rowCount():
            self.view.go_to_row(0, select=False)

    # -- jumps ------------------------------------------------------------------------------

    def go_to_partner(self) -> None:
        """From a moved clause to where it stood, and back (Ctrl+J)."""
        target = partner_of(self.layout_rows, self.view.current_row())
        if target is None:
            self.statusBar().showMessage(self.tr("This clause did not move: Ctrl+J jumps between a "
                                             "moved clause and where it stood"), 5000)
            return
        self.view.go_to_row(target)
        self.view.setFocus()

    # -- zoom -------------------------------------------------------------------------------

    def zoom_in(self) -> None:
        self._zoom(+1)

    def zoom_out(self) -> None:
        self._zoom(-1)

    def zoom_reset(self) -> None:
        self._zoom(0, prose_font().pointSizeF())

    def _zoom(self, step: int, size: float | None = None) -> None:
        """Changes the text size; the clause being read stays where it was on screen."""
        size = self._font_size + step if size is None else size
        size = min(LARGEST, max(SMALLEST, size))
        if size == self._font_size:
            return
        anchor, offset = self._reading_position()
        self._apply_font_size(size)
        self.settings.setValue(FONT_KEY, size)
        if anchor is not None:
            self._put_row_at(anchor, offset)

    def _apply_font_size(self, size: float) -> None:
        self._font_size = size
        self.view.clause_delegate.set_font(prose_font(size))
        self.view.refresh()

    def _reading_position(self) -> tuple[int | None, int]:
        """The row being read and its distance from the top of the view: the current row if
        any of it is in view, else the row at the top."""
        view = self.view
        height = view.viewport().height()
        current = view.current_row()
        if current >= 0 and not view.isRowHidden(current):
            top = view.rowViewportPosition(current)
            if top < height and top + view.rowHeight(current) > 0:
                return current, top
        first = view.rowAt(0)
        return (first, view.rowViewportPosition(first)) if first >= 0 else (None, 0)

    def _put_row_at(self, number: int, offset: int) -> None:
        """Scrolls so that row ``number`` starts ``offset`` pixels from the top (within the
        view); measuring the rows that come into view can move it, so it is put back."""
        view = self.view
        bar = view.verticalScrollBar()
        for _ in range(8):
            view.updateGeometries()   # the scroll bar's range, after the new heights
            room = max(0, view.viewport().height() - view.rowHeight(number))
            wanted = min(max(0, offset), room) if offset >= 0 else offset
            moved = view.rowViewportPosition(number) - wanted
            if not moved:
                break
            bar.setValue(bar.value() + moved)
            view.refine_visible()

    # -- the window's layout, kept per user -------------------------------------------------

    def _restore_view_settings(self) -> None:
        """The text size, the docks and the geometry the user left (QSettings)."""
        saved = self.settings.value(FONT_KEY)
        try:
            size = float(saved) if saved is not None else None
        except (TypeError, ValueError):
            size = None   # a damaged setting: the default size
        if size is not None and SMALLEST <= size <= LARGEST and size != self._font_size:
            self._apply_font_size(size)
        geometry, state = self.settings.value(GEOMETRY_KEY), self.settings.value(STATE_KEY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state, STATE_VERSION)
        self.annotations_dock.hide()   # until a comparison with notes (or F10)
        self._dock_key = None
        self._annotations_asked = False
        self.annotations_dock.toggleViewAction().triggered.connect(self._annotations_toggled)
        self.annotations.notesChanged.connect(self._fit_annotations_dock)

    def _save_view_settings(self) -> None:
        self.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self.settings.setValue(STATE_KEY, self.saveState(STATE_VERSION))
        self.settings.sync()

    def _annotations_toggled(self, shown: bool) -> None:
        self._annotations_asked = shown   # F10 or View > Annotations: the user's choice

    def _fit_annotations_dock(self) -> None:
        """Shows the Annotations dock when the comparison gets notes, hides it when a
        comparison has none (unless the user asked for it); the user's own toggling holds
        until the comparison or its having notes changes."""
        has_notes = bool(self.annotations.table.annotations)
        key = (has_notes, self.session.pair)
        if key == self._dock_key:
            return
        self._dock_key = key
        if has_notes:
            self.annotations_dock.show()
        elif not self._annotations_asked:
            self.annotations_dock.hide()
