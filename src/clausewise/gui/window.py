"""The main window: two drafts side by side, the navigator, options, links and export.

The window renders and asks; the state is the session's (``clausewise.session.Session``:
the drafts, the comparison, the manual links, the options and the workspace). The slow
steps (opening the drafts, comparing) run on the worker threads; the window shows what they
return. It never reads, segments or compares anything itself.
Docks are added through ``add_dock`` so that more panels (annotations) can join later;
``currentPairChanged`` tells them which pair the user is on.
"""

from __future__ import annotations

import gc
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import (QApplication, QDockWidget, QLabel, QMainWindow, QMenu,
                               QMessageBox, QProgressBar, QToolButton, QWidget)

from ..core.compare import CompareOptions, Comparison, ManualLink, Pair
from ..drafts import ReadError, sample_paths
from ..session import PSEUDO, Session
from ..paths import resource_path
from . import collector, i18n, worker
from .intake import ReadingNotes, draft_filter, save_pasted_draft
from .i18n import language_name
from .annotations_window import AnnotationActions
from .findings import FindState, find_match
from .history_actions import HistoryActions
from .menus import build_menus
from .navigator import Navigator
from .printing import PrintActions
from .recent import RecentDrafts
from .rows import Layout, RowKind, layout
from .table_model import Column
from .theme import Theme, apply_palette, prose_font
from .view import CompareView
from .window_view import ViewActions
from .workspace import automatic_folder
from .workspace_window import WindowPrompts, WorkspaceActions


SIDES = ("left", "right")
# A dock's object name (kept in the saved window state) by its widget's class, whatever the
# language of its title.
DOCK_NAMES = {"Navigator": "Navigator", "AnnotationsPanel": "Annotations"}


class MainWindow(ViewActions, HistoryActions, WorkspaceActions, AnnotationActions, PrintActions,
                 QMainWindow):
    """Clausewise's window. ``open_drafts(old, new)`` starts a comparison off the GUI thread."""

    comparisonShown = Signal()
    currentPairChanged = Signal(object)   # the Pair under the cursor, or None
    exportFinished = Signal(str)
    briefingPrinted = Signal(int)         # pages printed (0: failed)

    def __init__(self, settings: QSettings | None = None, dark: bool = False,
                 quiet_errors: bool = False) -> None:
        super().__init__()
        collector.install()       # garbage collected on this thread only, never on the pool
        i18n.ensure_installed()   # English plural forms when no language was installed
        self.settings = settings or QSettings("Clausewise", "Clausewise")
        self.recent = RecentDrafts(self.settings)
        self.quiet_errors = quiet_errors      # screenshots: errors go to ``errors``, no dialog
        self.errors: list[str] = []
        self.session = Session(automatic_folder(self.settings), WindowPrompts(self))
        self.layout_rows: Layout | None = None   # the comparison as laid out on screen
        self._serial = 0
        self._job: worker.Job | None = None
        self._unreadable: str | None = None   # the draft the last loading job could not read
        self._export_job = None
        self._find = FindState()
        self._font_size = prose_font().pointSizeF()
        self._build(dark)

    # -- the session's state, as the window shows it ------------------------------------------

    @property
    def comparison(self) -> Comparison | None:
        return self.session.comparison

    @property
    def paths(self) -> list[str | None]:
        """The drafts being compared (or about to be)."""
        return self.session.paths

    @property
    def shown_paths(self) -> list[str | None]:
        return self.session.shown_paths

    @property
    def manual_links(self) -> list[ManualLink]:
        return self.session.links

    # -- construction -------------------------------------------------------------------------

    def _build(self, dark: bool) -> None:
        self.setWindowTitle("Clausewise")
        icon = resource_path("icons", "clausewise.svg")
        if icon.is_file():
            self.setWindowIcon(QIcon(str(icon)))
        self.view = CompareView(self)
        self.view.setAccessibleName(self.tr("Comparison of the two drafts"))
        self.setCentralWidget(self._with_banner(self.view))   # read-only workspaces
        self.navigator = Navigator(self)
        self.navigator_dock = self.add_dock(self.tr("Navigator"), self.navigator,
                                            Qt.DockWidgetArea.LeftDockWidgetArea)
        self.resizeDocks([self.navigator_dock], [320], Qt.Orientation.Horizontal)
        self._build_annotations()
        self.resizeDocks([self.annotations_dock], [200], Qt.Orientation.Vertical)
        self._build_status_bar()
        self.actions = build_menus(self, {"recent": self._add_recent_menu,
                                          "navigator": self._add_navigator_toggle,
                                          "undo": self._add_undo_actions,
                                          "annotations": self._add_annotations_toggle,
                                          "language": self._add_language_menu})
        self.actions.update(self.actions_undo)
        for name in ("export", "print", "print_preview", "print_briefing"):
            self.actions[name].setEnabled(False)
        self.actions["cancel"].setEnabled(False)
        self._connect()
        self.set_dark(dark, announce=False)
        self.actions["dark"].setChecked(dark)
        self._update_link_actions()
        self.resize(1400, 900)
        self._restore_view_settings()   # text size, docks and geometry (window_view.py)

    def add_dock(self, title: str, widget: QWidget,
                 area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea) -> QDockWidget:
        """Adds a panel beside the comparison (the navigator, the annotations). Its object
        name, which the saved window state goes by, is the widget's class: the same in every
        language."""
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock-{DOCK_NAMES.get(type(widget).__name__, title).lower()}")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _add_navigator_toggle(self, menu: QMenu) -> None:
        action = self.navigator_dock.toggleViewAction()
        action.setShortcut("F9")
        action.setText(self.tr("&Navigator"))
        menu.addAction(action)

    def _add_recent_menu(self, menu: QMenu) -> None:
        self.recent_menu = menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self._fill_recent_menu()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for left, right in self.recent.entries():
            action = self.recent_menu.addAction(f"{Path(left).name}  →  {Path(right).name}")
            action.setToolTip(f"{left}\n{right}")
            action.triggered.connect(lambda _=False, l=left, r=right: self.open_drafts(l, r))
        if not self.recent.entries():
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)
        self.recent_menu.addSeparator()
        self.recent_menu.addAction(self.tr("Clear Recent"), self._clear_recent)

    def _add_language_menu(self, menu: QMenu) -> None:
        """View > Interface Language: kept in the settings, shown from the next start."""
        from PySide6.QtGui import QActionGroup

        self.language_menu = menu.addMenu(self.tr("Interface &Language (on restart)"))
        self.language_menu.setObjectName("menu-language")
        group = QActionGroup(self.language_menu)
        chosen = i18n.saved_choice(self.settings)
        for choice in i18n.CHOICES:
            action = self.language_menu.addAction(i18n.choice_name(choice))
            action.setObjectName(f"language-{choice}")
            action.setCheckable(True)
            action.setChecked(choice == chosen)
            action.setStatusTip(self.tr("The interface's language from the next start"))
            group.addAction(action)
            action.triggered.connect(lambda _=False, c=choice: self.choose_language(c))
        self.actions_language = group

    def choose_language(self, choice: str) -> None:
        """Keeps the interface language chosen; the texts change when the app starts again."""
        self.settings.setValue(i18n.LANGUAGE_KEY, choice)
        self.statusBar().showMessage(
            self.tr("Interface language: {language}. It applies from the next start of Clausewise.")
            .format(language=i18n.choice_name(choice)), 8000)

    def _clear_recent(self) -> None:
        self.recent.clear()

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.counts_label = QLabel("", self)
        self.counts_label.setAccessibleName(self.tr("Counts of changes"))
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(180)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Comparison progress"))
        self.busy_label = QLabel(self.tr("Comparing…"), self)
        self.cancel_button = QToolButton(self)
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel_compare)
        for widget in (self.busy_label, self.progress, self.cancel_button):
            bar.addPermanentWidget(widget)
            widget.hide()
        self.reading_notes = ReadingNotes(self)
        bar.addPermanentWidget(self.reading_notes)
        bar.addPermanentWidget(self.counts_label)
        self.comparisonShown.connect(lambda: self.reading_notes.update_from(self.comparison))

    def _connect(self) -> None:
        self.view.fileDropped.connect(self.set_draft)
        self.view.rowLinkActivated.connect(self.view.go_to_row)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.navigator.rowActivated.connect(self._outline_activated)
        self.navigator.changed_only.toggled.connect(self._changed_only_toggled)
        self.navigator.find_bar.findRequested.connect(self.find)

    # -- opening drafts -----------------------------------------------------------------------

    def open_drafts(self, left: str | Path | None = None, right: str | Path | None = None) -> None:
        """Compares two drafts; with no files, the bundled sample drafts."""
        if left is None or right is None:
            samples = sample_paths()
            left, right = left or samples[0], right or samples[1]
        self.session.open(left, right)
        self.compare_now()

    def set_draft(self, side: str, path: str) -> None:
        """Replaces one side (File > Open, or a file dropped on that side) and compares."""
        self.session.set_draft(side, path)
        if self.session.ready():
            self.compare_now()

    def choose_left(self) -> None:
        self._choose("left")

    def choose_right(self) -> None:
        self._choose("right")

    def _choose(self, side: str) -> None:
        from PySide6.QtWidgets import QFileDialog

        title = (self.tr("Open the older draft") if side == "left"
                 else self.tr("Open the newer draft"))
        current = self.paths[SIDES.index(side)]
        folder = str(Path(current).parent) if current else ""
        path, _ = QFileDialog.getOpenFileName(self, title, folder, draft_filter())
        if path:
            self.set_draft(side, path)

    def paste_left(self) -> None:
        self._paste("left")

    def paste_right(self) -> None:
        self._paste("right")

    def _paste(self, side: str) -> None:
        """Opens the text on the clipboard as a draft (kept as a file, see gui.intake)."""
        from PySide6.QtGui import QGuiApplication

        from ..readers import ReadError

        text = QGuiApplication.clipboard().text()
        try:
            path = save_pasted_draft(text)
        except (ReadError, OSError) as error:
            QMessageBox.warning(self, self.tr("Cannot paste the draft"), str(error))
            return
        self.statusBar().showMessage(self.tr("Pasted text kept as {name}").format(name=path.name), 6000)
        self.set_draft(side, str(path))

    def swap_drafts(self) -> None:
        if self.session.ready():
            self.session.swap()
            self.compare_now()

    # -- comparing ----------------------------------------------------------------------------

    def compare_options(self) -> CompareOptions:
        """The options the menu shows (the session adds the manual links)."""
        return CompareOptions(
            ignore_case=self.actions["ignore_case"].isChecked(),
            ignore_punctuation=self.actions["ignore_punctuation"].isChecked(),
            ignore_whitespace=self.actions["ignore_whitespace"].isChecked())

    def show_options(self) -> None:
        """Ticks the menu's options as the session holds them (a workspace just opened)."""
        for name in ("ignore_case", "ignore_punctuation", "ignore_whitespace"):
            action = self.actions[name]
            action.blockSignals(True)
            action.setChecked(getattr(self.session.options, name))
            action.blockSignals(False)

    def options_changed(self, _checked: bool = False) -> None:
        self.compare_now()

    def compare_now(self) -> None:
        """Opens the drafts still to open, then compares, each step on the thread pool; a
        running comparison is cancelled."""
        if not self.session.ready():
            return
        self._stop_job()
        gc.unfreeze()  # the comparison on screen may be replaced: let it be collected
        self.session.options = self.compare_options()
        self._set_busy(True)
        self._step()

    def _step(self) -> None:
        """The next step: open the drafts the session still wants, else compare them."""
        wanted = self.session.wanted()
        if not wanted:
            self.session.loaded([])         # may choose the workspace and ask about it
            wanted = self.session.wanted()  # a copy opened instead names other drafts
        if wanted:
            self._unreadable = None

            def work(cancelled, report):
                try:
                    return Session.load(wanted, cancelled, lambda fraction: report(0.3 * fraction))
                except ReadError as error:
                    self._unreadable = error.path   # read by _failed, after this job
                    raise

            self._start(work, self._loaded)
            return
        left, right, options = self.session.inputs()

        def work(cancelled, report):
            chosen = replace(options, cancel=cancelled,
                             progress=lambda fraction: report(0.3 + 0.6 * fraction))
            comparison = Session.run(left, right, chosen)
            rows = layout(comparison)
            report(1.0)
            return comparison, rows

        self._start(work, self._finished)

    def _start(self, work, done) -> None:
        self._serial += 1
        signals = worker.JobSignals()
        signals.progress.connect(self._progress)
        signals.finished.connect(done)
        signals.failed.connect(self._failed)
        signals.cancelled.connect(self._cancelled)
        job = worker.Job(self._serial, work, signals)
        self._job, self._job_signals = job, signals
        worker.pool().start(job)

    def _loaded(self, serial: int, drafts: list) -> None:
        if serial == self._serial:
            self.session.loaded(drafts)
            self._step()

    def cancel_compare(self) -> None:
        """Stops the running comparison; the window keeps showing the last one."""
        if self._stop_job():
            self.session.restore()
            self.statusBar().showMessage(self.tr("Comparison cancelled"), 4000)

    def _stop_job(self) -> bool:
        """Cancels the running job and makes anything it still reports stale."""
        running = self._job is not None
        if running:
            self._job.cancel()
            self._job = None
            self._serial += 1
        self._set_busy(False)
        return running

    def is_busy(self) -> bool:
        return self._job is not None

    def _set_busy(self, busy: bool) -> None:
        self.progress.setValue(0)
        for widget in (self.busy_label, self.progress, self.cancel_button):
            widget.setVisible(busy)
        self.actions["cancel"].setEnabled(busy)

    def _progress(self, serial: int, fraction: float) -> None:
        if serial == self._serial:
            self.progress.setValue(round(fraction * 100))

    def _cancelled(self, serial: int) -> None:
        if serial == self._serial:  # the engine stopped by itself (not through cancel_compare)
            self._job = None
            self._set_busy(False)
            self.session.restore()

    def _failed(self, serial: int, title: str, message: str) -> None:
        if serial != self._serial:
            return
        self._job = None
        self._set_busy(False)
        unreadable, self._unreadable = self._unreadable, None
        wanted = list(self.session.paths)
        self.session.restore()  # keep showing what could be compared
        self.show_error(title, message)
        if unreadable and not any(self.session.shown_paths):
            self._ask_for_another(unreadable, wanted)

    def _ask_for_another(self, unreadable: str, wanted: list[str]) -> None:
        """Nothing on screen yet and one draft could not be read: the other one is kept and
        the status bar says which file failed and what to do (choosing another file for that
        side compares the two)."""
        kept = ["" if path == unreadable else path for path in wanted]
        if not any(kept):
            return
        self.session.paths = kept
        older = not kept[0]
        text = (self.tr("{name} could not be read: choose another older draft "
                        "(File > Open Older Draft)") if older else
                self.tr("{name} could not be read: choose another newer draft "
                        "(File > Open Newer Draft)"))
        self.statusBar().showMessage(text.format(name=Path(unreadable).name))

    def _finished(self, serial: int, result: tuple) -> None:
        if serial != self._serial:
            return
        self._job = None
        self._set_busy(False)
        keep = self._current_clause()
        comparison, self.layout_rows = result
        carried = self.session.shown(comparison)   # kept in the workspace; notes carried
        names = [Path(path).name for path in self.shown_paths]
        roles = (self.tr("Older draft"), self.tr("Newer draft"))
        if comparison.mode == "parallel":   # two language versions of one text
            roles = tuple(self.tr("{language} version").format(language=language_name(code))
                          for code in comparison.languages)
        self.view.set_layout(self.layout_rows, f"{roles[0]}: {names[0]}",
                             f"{roles[1]}: {names[1]}")
        self.navigator.set_comparison(comparison, self.layout_rows)
        self._show_counts()
        if not any(PSEUDO in path for path in self.shown_paths):
            self.recent.add(*self.shown_paths)
        for name in ("export", "print", "print_preview", "print_briefing"):
            self.actions[name].setEnabled(True)
        self._workspace_changed()   # shows its notes
        if carried is not None:
            self._show_carried(carried)
        if not self._restore_clause(keep):
            self.show_first_change()
        self._update_link_actions()
        # The drafts, pairs and rows live until the next comparison; a full garbage collection
        # would walk their millions of objects (180 ms at 5 MB) in the middle of a scroll.
        gc.freeze()
        self.comparisonShown.emit()

    def _show_counts(self) -> None:
        stats = self.comparison.stats
        if self.comparison.mode == "parallel":   # two language versions, side by side
            found = sum(len(pair.mismatches) for pair in self.comparison.walk())
            languages = " | ".join(language_name(code) for code in self.comparison.languages)
            self.counts_label.setText("  ·  ".join((
                self.tr("Parallel reading: {languages}").format(languages=languages),
                self.tr("%n paired", "", stats.parallel),
                self.tr("%n mismatch(es)", "", found))))
            return
        parts = [self.tr("%n modified", "", stats.modified), self.tr("%n added", "", stats.added),
                 self.tr("%n removed", "", stats.removed)]
        if stats.split:
            parts.append(self.tr("%n split", "", stats.split))
        if stats.merged:
            parts.append(self.tr("%n merged", "", stats.merged))
        parts += [self.tr("%n moved", "", stats.moved),
                  self.tr("%n renumbered", "", stats.renumbered)]
        self.counts_label.setText("  ·  ".join(parts))

    def _current_clause(self) -> tuple[str, str] | None:
        row = self.view.row(self.view.current_row())
        if row is None or row.kind is not RowKind.PAIR:
            return None
        for side in ("right", "left"):
            clauses = row.cell(side).clauses
            if clauses:
                return side, clauses[0].id
        return None

    def _restore_clause(self, keep: tuple[str, str] | None) -> bool:
        if keep is None or self.layout_rows is None:
            return False
        side, clause_id = keep
        lookup = self.layout_rows.right_row if side == "right" else self.layout_rows.left_row
        number = lookup.get(clause_id)
        if number is not None:
            self.view.go_to_row(number)
        return number is not None

    # -- navigation ---------------------------------------------------------------------------

    def next_change(self) -> None:
        self._step_change(+1)

    def previous_change(self) -> None:
        self._step_change(-1)

    def _step_change(self, direction: int) -> None:
        if self.layout_rows is None:
            return
        stops = self.layout_rows.stops()
        here = self.view.current_row()
        if here >= 0:
            here = self.layout_rows.rows[here].group_start
        candidates = [n for n in stops if (n > here if direction > 0 else n < here)]
        if not candidates:
            self.statusBar().showMessage(self.tr("No more changes in this direction"), 3000)
            return
        self.view.go_to_row(candidates[0] if direction > 0 else candidates[-1])

    def _outline_activated(self, number: int) -> None:
        self.view.go_to_row(number)
        self.view.setFocus()

    def _current_changed(self, current, _previous) -> None:
        row = self.view.row(current.row()) if current.isValid() else None
        if row is not None and self.view.comparison_model.fold_at(current.row()):
            row = None   # "N unchanged clauses": no one pair is under the cursor
        if row is not None:
            self.navigator.select_row(row.group_start)
        self.currentPairChanged.emit(row.pair if row is not None else None)
        self._update_link_actions()

    def _selection_changed(self, *_args) -> None:
        self._update_link_actions()

    def set_changed_only(self, on: bool) -> None:
        self.navigator.set_changed_only(on)

    def _changed_only_toggled(self, on: bool) -> None:
        self.actions["changed_only"].setChecked(on)
        self.view.set_folded(on)   # the comparison too: unchanged runs fold into one row

    # -- find ---------------------------------------------------------------------------------

    def start_find(self) -> None:
        self.navigator_dock.show()
        self.navigator_dock.raise_()
        self.navigator.find_bar.edit.setFocus()
        self.navigator.find_bar.edit.selectAll()

    def find_next(self) -> None:
        self.navigator.find_bar.request(True)

    def find_previous(self) -> None:
        self.navigator.find_bar.request(False)

    def find(self, text: str, scope: str, forward: bool) -> None:
        """Finds the next (or previous) cell holding ``text`` and shows it, highlighted."""
        label = self.navigator.find_bar.result
        self.view.set_highlight(text)
        if not text or self.layout_rows is None:
            label.setText("")
            return
        match = find_match(self.view.comparison_model, self._find, text, scope,
                           self.view.current_row(), self.view.currentIndex().column(), forward)
        if match is None:
            label.setText(self.tr("Not found"))
            return
        number, column, position, total = match
        label.setText(self.tr("{position} of {total}").format(
            position=QLocale().toString(position), total=QLocale().toString(total)))
        self.view.go_to_row(number, Column(column))

    # -- manual alignment ---------------------------------------------------------------------

    def _selected_clauses(self) -> tuple[list, list]:
        lefts, rights = [], []
        for index in self.view.selectionModel().selectedIndexes():
            row = self.view.row(index.row())
            if row is None or row.kind is not RowKind.PAIR:
                continue
            if index.column() == Column.LEFT and row.left.span:
                lefts.extend(c for c in row.left.clauses if c not in lefts)
            elif index.column() == Column.RIGHT and row.right.span:
                rights.extend(c for c in row.right.clauses if c not in rights)
        return lefts, rights

    def _update_link_actions(self) -> None:
        lefts, rights = self._selected_clauses()
        self.actions["link"].setEnabled(len(lefts) == 1 and len(rights) == 1)
        row = self.view.row(self.view.current_row())
        if self.view.comparison_model.fold_at(self.view.current_row()):
            row = None   # a folded run of unchanged clauses
        pair = row.pair if row is not None and row.kind is RowKind.PAIR else None
        self.actions["unlink"].setEnabled(bool(pair and pair.left and pair.right))
        self.actions["clear_links"].setEnabled(bool(self.session.links))

    def link_selected(self) -> None:
        """Pairs the clause selected on the left with the one selected on the right."""
        lefts, rights = self._selected_clauses()
        if len(lefts) != 1 or len(rights) != 1:
            self.statusBar().showMessage(
                self.tr("Select one clause on each side (Ctrl+click), then link them"), 5000)
            return
        self.session.link(lefts[0].id, rights[0].id)
        self.compare_now()

    def unlink_current(self) -> None:
        """Rules that the clauses of the current pair are not the same clause."""
        row = self.view.row(self.view.current_row())
        pair: Pair | None = row.pair if row is not None and row.kind is RowKind.PAIR else None
        if pair is not None and self.session.unlink(pair):
            self.compare_now()

    def clear_links(self) -> None:
        if self.session.clear_links():
            self.compare_now()

    # -- look ---------------------------------------------------------------------------------

    def set_dark(self, dark: bool, announce: bool = True) -> None:
        app = QApplication.instance()
        if announce or dark:
            apply_palette(app, dark)
        self.view.clause_delegate.set_theme(Theme.for_palette(app.palette()))
        self.view.refresh()

    # -- export -------------------------------------------------------------------------------

    def export_briefing(self) -> None:
        """File > Export Briefing…: the options dialog, the file name, then the export on
        the pool with a progress bar and Cancel in the status bar."""
        if self.comparison is None or self._export_job is not None:
            return
        from PySide6.QtWidgets import QDialog

        from .export_dialog import BackgroundExport, ExportDialog, choose_target

        dialog = ExportDialog(self, self.session, self.settings)
        if self.run_dialog(dialog) != QDialog.DialogCode.Accepted:
            return
        options = dialog.briefing_options()   # the drafts' files, the notes, the choices
        path = choose_target(self, options.format, self.shown_paths[1])
        if not path:
            return
        run = BackgroundExport(self, self.comparison, path, options)
        run.finished.connect(self._export_done)
        run.failed.connect(lambda message: self.show_error(self.tr("Cannot export"), message))
        run.cancelled.connect(
            lambda: self.statusBar().showMessage(self.tr("Export cancelled"), 4000))
        for signal in (run.finished, run.failed, run.cancelled):
            signal.connect(self._export_ended)
        self._export_job = run
        self.statusBar().addPermanentWidget(run)
        run.start()

    def _export_ended(self, *_args) -> None:
        run, self._export_job = self._export_job, None
        if run is not None:
            self.statusBar().removeWidget(run)
            run.deleteLater()

    def _export_done(self, written: str) -> None:
        self.statusBar().showMessage(
            self.tr("Briefing written: {name}").format(name=Path(written).name), 8000)
        self.exportFinished.emit(written)

    # -- messages -----------------------------------------------------------------------------

    def show_error(self, title: str, message: str) -> None:
        """Says what went wrong, in one dialog; never a crash."""
        self.errors.append(message)
        if self.quiet_errors:
            return
        QMessageBox.warning(self, title, message)

    def about(self) -> None:
        from .about import AboutDialog

        self.run_dialog(AboutDialog(self))

    def closeEvent(self, event: QCloseEvent) -> None:
        self._save_view_settings()
        self._stop_job()
        worker.pool().waitForDone(3000)
        self.session.close()   # every note is committed already; this releases the lock
        super().closeEvent(event)
