"""The window's side of a negotiation's series: the drafts dialog, the History view and the
export of the N-column table.

A mixin of ``MainWindow`` (like ``WorkspaceActions``): three slots for three menu commands,
File > Drafts of This Negotiation…, View > Negotiation History… and File > Export History
Table…. The work is the session's (``series.SeriesActions``); the dialogs and the History
view live in ``series_dialog``, ``history_window`` and ``history_export``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog

from ..series import SeriesError


class HistoryActions:
    """Opens the drafts dialog and the History view; exports the history table."""

    history_window = None
    drafts_dialog = None
    _history_export = None

    def show_drafts_dialog(self) -> None:
        """File > Drafts of This Negotiation…: the series, to arrange or compare two of."""
        from .series_dialog import SeriesDialog

        dialog = SeriesDialog(self, self.session)
        dialog.seriesChanged.connect(self._series_changed)
        dialog.compareRequested.connect(lambda _left, _right: self.compare_now())
        self.drafts_dialog = dialog
        try:
            self.run_dialog(dialog)
        finally:
            self.drafts_dialog = None
            dialog.deleteLater()

    def show_history(self) -> None:
        """View > Negotiation History…: every provision through the drafts of the series."""
        from .history_window import HistoryWindow

        if self.history_window is None:
            self.history_window = HistoryWindow(self, self.session)
            self.comparisonShown.connect(self._series_changed)   # a newer draft joined
        self.history_window.show()
        self.history_window.raise_()
        self.history_window.activateWindow()
        self.history_window.refresh()

    def _series_changed(self) -> None:
        if self.history_window is not None and self.history_window.isVisible():
            self.history_window.refresh_if_changed()

    def export_history_table(self) -> None:
        """File > Export History Table…: the options, the file name, then the table written
        on the pool with a progress bar and Cancel in the status bar."""
        from .history_export import HistoryExport, HistoryExportDialog, choose_table_target

        if self._history_export is not None:
            self.statusBar().showMessage(self.tr("The history table is being written already"), 5000)
            return
        try:
            inputs = self.session.history_inputs()
        except SeriesError as error:
            self.show_error(self.tr("Cannot export the history table"), str(error))
            return
        dialog = HistoryExportDialog(self, self.settings, len(inputs.drafts))
        if self.run_dialog(dialog) != QDialog.DialogCode.Accepted:
            return
        folder = self.session.path.parent if self.session.explicit and self.session.path \
            else None
        path = choose_table_target(self, dialog.format(), folder)
        if not path:
            return
        run = HistoryExport(self, inputs, path, dialog.options())
        run.finished.connect(self._history_export_done)
        run.failed.connect(lambda message: self.show_error(
            self.tr("Cannot export the history table"), message))
        run.cancelled.connect(
            lambda: self.statusBar().showMessage(self.tr("Export cancelled"), 4000))
        for signal in (run.finished, run.failed, run.cancelled):
            signal.connect(self._history_export_ended)
        self._history_export = run
        self.statusBar().addPermanentWidget(run)
        run.start()

    def _history_export_ended(self, *_args) -> None:
        run, self._history_export = self._history_export, None
        if run is not None:
            self.statusBar().removeWidget(run)
            run.deleteLater()

    def _history_export_done(self, written: str) -> None:
        self.statusBar().showMessage(
            self.tr("History table written: {name}").format(name=Path(written).name), 8000)
        self.exportFinished.emit(written)


__all__ = ["HistoryActions"]
