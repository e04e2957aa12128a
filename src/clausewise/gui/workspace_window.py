"""The window's side of workspaces: File > New / Open / Save As, Add Newer Draft, sharing.

A mixin of ``MainWindow``: it asks (file dialogs, ``WindowPrompts``) and shows; the work is
the session's (``clausewise.session``). Every store error arrives as a one-line
``WorkspaceError`` and is shown as it is; a file the store refused (damaged, from a newer
Clausewise) is never written, and a workspace another window holds is offered as a copy,
never opened twice.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (QFileDialog, QFrame, QHBoxLayout, QLabel, QMessageBox,
                               QPushButton, QVBoxLayout, QWidget)

from ..session import PSEUDO, Carried
from ..store import SUFFIX, ShareError, WorkspaceError, export_annotations, import_annotations
from .annotations import NEEDS_REVIEW
from .i18n import plural

WORKSPACE_FILTER = QT_TRANSLATE_NOOP("Workspace", "Clausewise workspace")
SHARE_FILTER = QT_TRANSLATE_NOOP("Workspace", "Shared annotations")


def _filter(name: str, pattern: str) -> str:
    return f"{QCoreApplication.translate('Workspace', name)} ({pattern})"


class WindowPrompts:
    """The session's questions (``session.Prompts``), asked in the window's dialogs."""

    def __init__(self, window) -> None:
        self.window = window

    def open_copy(self, path: Path, reason: str) -> bool:
        if self.window.quiet_errors:  # a screenshot asks nothing
            self.window.show_error(QCoreApplication.translate("Workspace", "Workspace in use"), reason)
            return False
        answer = QMessageBox.question(
            self.window, QCoreApplication.translate("Workspace", "Workspace in use"),
            reason + "\n\n" + QCoreApplication.translate(
                "Workspace", "Open a copy of it instead? Notes added to the copy stay in the copy."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def may_replace(self, path: Path) -> bool:
        return self.window.may_replace(str(path))

    def warn(self, title: str, message: str) -> None:
        self.window.show_error(title, message)

    def inform(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 10000)


class WorkspaceActions:
    """Chooses, opens and saves the workspace; records each comparison shown in it."""

    # -- the read-only banner -----------------------------------------------------------------

    def _with_banner(self, view: QWidget) -> QWidget:
        """``view`` under a banner that shows while the workspace is open read-only."""
        holder = QWidget(self)
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.read_only_banner = QFrame(holder)
        self.read_only_banner.setObjectName("read-only-banner")
        self.read_only_banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.read_only_banner.setStyleSheet(
            "#read-only-banner { background: #fff4ce; border: 1px solid #c9a400; }"
            "#read-only-banner QLabel { color: #3b2f00; }")
        row = QHBoxLayout(self.read_only_banner)
        row.setContentsMargins(10, 6, 10, 6)
        self.read_only_label = QLabel(self.read_only_banner)
        self.read_only_label.setWordWrap(True)
        self.read_only_label.setAccessibleName(self.tr("Read-only workspace"))
        row.addWidget(self.read_only_label, 1)
        button = QPushButton(self.tr("Save Workspace As…"), self.read_only_banner)
        button.clicked.connect(self.save_workspace_as)
        row.addWidget(button)
        self.read_only_banner.hide()
        layout.addWidget(self.read_only_banner)
        layout.addWidget(view, 1)
        return holder

    def _update_read_only_banner(self) -> None:
        workspace = self.session.workspace
        read_only = workspace is not None and workspace.read_only
        if read_only:
            self.read_only_label.setText(
                self.tr("<b>{name} is read-only.</b> You can read its drafts "
                        "and notes, but nothing you change can be kept in it. To add or change "
                        "notes, use File &gt; Save Workspace As and carry on in the copy.").format(
                            name=_escape(workspace.path.name)))
        self.read_only_banner.setVisible(read_only)

    # -- files --------------------------------------------------------------------------------

    def new_workspace(self) -> None:
        path = self._ask_save(self.tr("New Workspace"), "negotiation" + SUFFIX,
                              _filter(WORKSPACE_FILTER, f"*{SUFFIX}"), SUFFIX)
        if path and self.session.create_workspace(path):   # the drafts shown join it
            self._workspace_changed()

    def choose_workspace(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open Workspace"), "",
                                              _filter(WORKSPACE_FILTER, f"*{SUFFIX}"))
        if path:
            self.open_workspace(path)

    def open_workspace(self, path: str | Path) -> bool:
        """Opens a workspace and compares the drafts it showed last. False if refused."""
        if not self.session.open_workspace(path):
            return False
        self._workspace_changed()
        self.show_options()
        if self.session.drafts_pending:
            self._stop_job()
            self.session.options = self.compare_options()
            self._set_busy(True)
            self._step()
        return True

    def save_workspace_as(self) -> None:
        if self.session.workspace is None:
            self.statusBar().showMessage(self.tr("Compare two drafts first: there is nothing to save"),
                                         5000)
            return
        path = self._ask_save(self.tr("Save Workspace As"), self.session.path.name,
                              _filter(WORKSPACE_FILTER, f"*{SUFFIX}"),
                              SUFFIX)
        if not path or not self.session.save_workspace_as(path):
            return
        self._workspace_changed()
        self.statusBar().showMessage(self.tr("Workspace saved as {name}; every change is "
                                             "saved as it is made").format(name=Path(path).name),
                                     8000)

    def _ask_save(self, title: str, name: str, filters: str, suffix: str) -> str:
        folder = self.session.path.parent if self.session.explicit else Path.home()
        path, _ = QFileDialog.getSaveFileName(self, title, str(folder / name), filters)
        if path and not path.lower().endswith(suffix):
            path += suffix
            if not self.may_replace(path):
                return ""
        return path

    def may_replace(self, path: str) -> bool:
        """True unless ``path`` exists and the user declines to replace it.

        The save dialog asks about the name typed; this asks about the name actually
        written, when a suffix was added after the dialog (``briefing`` -> ``briefing.pdf``).
        """
        if not Path(path).exists():
            return True
        answer = QMessageBox.question(
            self, self.tr("Replace the file?"),
            self.tr("{name} already exists in {folder}. Replace it?").format(
                name=Path(path).name, folder=Path(path).parent),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _workspace_changed(self) -> None:
        self.annotations.show_comparison(self.session.workspace, self.session.pair)
        self._update_title()

    def _update_title(self) -> None:
        names = [Path(p).name for p in self.shown_paths if p]
        drafts = " → ".join(names) if len(names) == 2 else ""
        place = self.session.path.name if self.session.explicit and self.session.path else ""
        if place and self.session.workspace.read_only:
            place += " " + self.tr("(read-only)")
        self._update_read_only_banner()
        self.setWindowTitle(" — ".join(filter(None, (drafts, place, "Clausewise"))))

    # -- drafts -------------------------------------------------------------------------------

    def add_newer_draft(self) -> None:
        """Adds a newer draft: compares the newest shown with it and carries the notes."""
        if self.comparison is None or self.session.pair is None:
            self.statusBar().showMessage(self.tr("Compare two drafts first"), 5000)
            return
        folder = str(Path(self.shown_paths[1]).parent) if PSEUDO not in self.shown_paths[1] \
            else ""
        from .intake import draft_filter

        path, _ = QFileDialog.getOpenFileName(self, self.tr("Add Newer Draft"), folder,
                                              draft_filter())
        if path:
            self.add_draft(path)

    def add_draft(self, path: str | Path) -> None:
        if self.session.add_newer_draft(path):
            self.compare_now()

    def _show_carried(self, carried: Carried) -> None:
        """After "Add Newer Draft": says how many notes followed, and shows those to review."""
        if carried.flagged:
            self.annotations.set_filter(status=NEEDS_REVIEW)
            self.annotations_dock.show()
            self.annotations_dock.raise_()
        self.statusBar().showMessage(
            plural().carried(carried.count) + "; "
            + plural().need_review(carried.flagged), 10000)

    # -- sharing ------------------------------------------------------------------------------

    def export_annotations_file(self) -> None:
        if self.session.workspace is None:
            self.statusBar().showMessage(self.tr("No workspace is open: nothing to export"), 5000)
            return
        path = self._ask_save(self.tr("Export Annotations"), self.session.path.stem + "-notes.json",
                              _filter(SHARE_FILTER, "*.json"), ".json")
        if not path:
            return
        try:
            count = export_annotations(self.session.workspace, path)
        except WorkspaceError as error:
            self.show_error(self.tr("Cannot export the notes"), str(error))
            return
        self.statusBar().showMessage(
            plural().notes_written(count).format(name=Path(path).name), 8000)

    def import_annotations_file(self) -> None:
        if self.session.workspace is None:
            self.statusBar().showMessage(self.tr("Compare the drafts the notes are about first"), 5000)
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import Annotations"), "",
                                              _filter(SHARE_FILTER, "*.json"))
        if not path:
            return
        try:
            result = import_annotations(self.session.workspace, path)
        except (ShareError, WorkspaceError) as error:
            self.show_error(self.tr("Cannot import the notes"), str(error))
            return
        self.annotations.undo_stack.clear()  # the undo history does not know the merged notes
        self.annotations.reload()
        QMessageBox.information(self, self.tr("Notes imported"),
                                self.tr("{added} added, {updated} updated, {skipped} already here.")
                                .format(added=result.added, updated=result.updated,
                                        skipped=result.skipped))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
