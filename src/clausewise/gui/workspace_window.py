"""The window's side of workspaces: File > New / Open / Save As, Add Newer Draft, sharing.

A mixin of ``MainWindow``. Every store error arrives as a one-line ``WorkspaceError`` and is
shown as it is; a file the store refused (damaged, from a newer Clausewise) is never written,
and a workspace another window holds is offered as a copy, never opened twice.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (QFileDialog, QFrame, QHBoxLayout, QLabel, QMessageBox,
                               QPushButton, QVBoxLayout, QWidget)

from ..readers import ReadError
from ..store import (SUFFIX, DraftPair, ShareError, WorkspaceError, WorkspaceLocked,
                     carry_forward, export_annotations, import_annotations)
from .annotations import NEEDS_REVIEW
from .workspace import PSEUDO, copy_of

WORKSPACE_FILTER = f"Clausewise workspace (*{SUFFIX})"
SHARE_FILTER = "Shared annotations (*.json)"
VIEW_OPTIONS = "gui.options"
OPTION_ACTIONS = ("ignore_case", "ignore_punctuation", "ignore_whitespace")


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
        self.read_only_label.setAccessibleName("Read-only workspace")
        row.addWidget(self.read_only_label, 1)
        button = QPushButton("Save Workspace As…", self.read_only_banner)
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
                f"<b>{_escape(workspace.path.name)} is read-only.</b> You can read its drafts "
                "and notes, but nothing you change can be kept in it. To add or change notes, "
                "use File &gt; Save Workspace As and carry on in the copy.")
        self.read_only_banner.setVisible(read_only)

    # -- files --------------------------------------------------------------------------------

    def new_workspace(self) -> None:
        path = self._ask_save("New Workspace", "negotiation" + SUFFIX, WORKSPACE_FILTER, SUFFIX)
        if not path:
            return
        try:
            self.session.create(path)
        except WorkspaceError as error:
            self.show_error("Cannot create the workspace", str(error))
            return
        self._workspace_changed()
        if self.comparison is not None:  # the drafts on screen join the new workspace
            self._record_shown()

    def choose_workspace(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Open Workspace", "", WORKSPACE_FILTER)
        if path:
            self.open_workspace(path)

    def open_workspace(self, path: str | Path) -> bool:
        """Opens a workspace and compares the drafts it showed last. False if refused."""
        try:
            self.session.open(path)
        except WorkspaceLocked as error:
            return self._offer_copy(Path(path), error)
        except WorkspaceError as error:
            self.show_error("Cannot open the workspace", str(error))
            return False
        self._workspace_changed()
        try:
            shown = self.session.shown_drafts()
        except (WorkspaceError, ReadError) as error:
            self.show_error("Cannot show the workspace's drafts", str(error))
            return True
        if shown is None:
            self.statusBar().showMessage("The workspace holds no comparison yet: open two "
                                         "drafts", 8000)
            return True
        paths, documents = shown
        self._drafts.update(documents)
        self.paths = list(paths)
        pair = DraftPair(*(self.session.fingerprint(p) for p in paths))
        self.manual_links = self.session.links(pair)
        self._restore_view_options()
        self.compare_now()
        return True

    def _restore_view_options(self) -> None:
        """The comparison options the workspace was last shown with (ignore case, ...)."""
        for name, on in self.session.workspace.settings.get(VIEW_OPTIONS, {}).items():
            action = self.actions.get(name)
            if action is not None and action.isCheckable():
                action.blockSignals(True)
                action.setChecked(bool(on))
                action.blockSignals(False)

    def _save_view_options(self) -> None:
        self.session.workspace.settings.set(
            VIEW_OPTIONS, {name: self.actions[name].isChecked() for name in OPTION_ACTIONS})

    def _offer_copy(self, path: Path, error: WorkspaceError) -> bool:
        if self.quiet_errors:  # a screenshot asks nothing
            self.show_error("Workspace in use", str(error))
            return False
        answer = QMessageBox.question(
            self, "Workspace in use",
            f"{error}\n\nOpen a copy of it instead? Notes added to the copy stay in the copy.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            copy = copy_of(path, self.session.folder / "copies")
        except OSError as failure:
            self.show_error("Cannot copy the workspace", f"{path.name}: {failure.strerror}")
            return False
        return self.open_workspace(copy)

    def save_workspace_as(self) -> None:
        if self.session.workspace is None:
            self.statusBar().showMessage("Compare two drafts first: there is nothing to save",
                                         5000)
            return
        path = self._ask_save("Save Workspace As", self.session.path.name, WORKSPACE_FILTER,
                              SUFFIX)
        if not path:
            return
        try:
            self.session.save_as(path)
        except WorkspaceError as error:
            self.show_error("Cannot save the workspace", str(error))
            return
        if self.comparison is not None:   # drafts shown while it was read-only join the copy
            self._record_shown()
        self._workspace_changed()
        self.statusBar().showMessage(f"Workspace saved as {Path(path).name}; every change is "
                                     "saved as it is made", 8000)

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
            self, "Replace the file?",
            f"{Path(path).name} already exists in {Path(path).parent}. Replace it?",
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
            place += " (read-only)"
        self._update_read_only_banner()
        self.setWindowTitle(" — ".join(filter(None, (drafts, place, "Clausewise"))))

    # -- drafts -------------------------------------------------------------------------------

    def _links_for_new_drafts(self) -> None:
        """Picks the workspace of the drafts about to be compared and its manual links."""
        self.manual_links = []
        try:
            pair = self.session.prepare(*self.paths)
        except OSError:
            return  # the comparison says the file cannot be read
        except WorkspaceError as error:
            self._no_workspace(error)
            return
        self.manual_links = self.session.links(pair)

    def _no_workspace(self, error: WorkspaceError) -> None:
        """The automatic workspace is refused: compare anyway, without keeping notes."""
        target = None
        self.session.close()
        self.annotations.show_comparison(None, None)
        if isinstance(error, WorkspaceLocked):
            target = self._locked_target()
        if target is not None:
            if not self._offer_copy(target, error):
                self.statusBar().showMessage("Compared without a workspace: notes cannot be "
                                             "added in this window", 15000)
        else:
            self.show_error("Notes cannot be kept", f"{error}. The drafts are compared, but "
                            "notes cannot be added until this is solved.")

    def _locked_target(self) -> Path | None:
        try:
            left, right = (self.session.fingerprint(p) for p in self.paths)
        except OSError:
            return None
        return self.session.automatic_path(left, right)

    def _record_shown(self) -> None:
        """Stores the comparison on screen in the workspace: drafts, links, carried notes."""
        if self.session.workspace is None:  # refused: the user has been told
            return
        try:
            pair = self.session.prepare(*self.shown_paths)
            self.session.record(self.shown_paths, pair)
            if not self.session.workspace.read_only:   # the banner says why
                self.session.save_links(pair, self.manual_links)
                self._save_view_options()
        except (OSError, ReadError, WorkspaceError) as error:
            self.show_error("Cannot keep the drafts in the workspace", str(error))
            return
        self._carry_pending(pair)
        self._workspace_changed()

    def add_newer_draft(self) -> None:
        """Adds a newer draft: compares the newest shown with it and carries the notes."""
        if self.comparison is None or self.session.pair is None:
            self.statusBar().showMessage("Compare two drafts first", 5000)
            return
        folder = str(Path(self.shown_paths[1]).parent) if PSEUDO not in self.shown_paths[1] \
            else ""
        from .intake import DRAFT_FILTER

        path, _ = QFileDialog.getOpenFileName(self, "Add Newer Draft", folder, DRAFT_FILTER)
        if path:
            self.add_draft(path)

    def add_draft(self, path: str | Path) -> None:
        path = str(path)
        try:
            from ..readers import read

            fingerprint = self.session.fingerprint(path)
            self.session.workspace.drafts.add(read(path), fingerprint)
        except (OSError, ReadError, WorkspaceError) as error:
            self.show_error("Cannot add the draft", str(error))
            return
        self._carry = (self.session.pair, self.comparison)
        self.paths = [self.shown_paths[1], path]
        self._links_for_new_drafts()
        self.compare_now()

    def _carry_pending(self, pair: DraftPair) -> None:
        """After "Add Newer Draft": the previous comparison's notes follow their clauses."""
        carry, self._carry = getattr(self, "_carry", None), None
        if carry is None or carry[0].right != pair.left or self.session.workspace.read_only:
            return
        old_pair, old_comparison = carry
        store = self.session.workspace.annotations
        carried = carry_forward(store.for_pair(old_pair), old_comparison, self.comparison,
                                pair, already=store.for_pair(pair))
        if carried:
            try:
                store.add_all(carried)
            except WorkspaceError as error:   # the notes stay on the previous comparison
                self.show_error("Notes not carried forward", f"{error}. The notes are still "
                                "on the previous comparison; add the draft again to retry.")
                return
        flagged = sum(1 for note in carried if note.needs_review)
        self.annotations.show_comparison(self.session.workspace, pair)
        if flagged:
            self.annotations.set_filter(status=NEEDS_REVIEW)
            self.annotations_dock.show()
            self.annotations_dock.raise_()
        self.statusBar().showMessage(f"{len(carried)} notes carried forward; {flagged} need "
                                     "review", 10000)

    # -- sharing ------------------------------------------------------------------------------

    def export_annotations_file(self) -> None:
        if self.session.workspace is None:
            self.statusBar().showMessage("No workspace is open: nothing to export", 5000)
            return
        path = self._ask_save("Export Annotations", self.session.path.stem + "-notes.json",
                              SHARE_FILTER, ".json")
        if not path:
            return
        try:
            count = export_annotations(self.session.workspace, path)
        except WorkspaceError as error:
            self.show_error("Cannot export the notes", str(error))
            return
        self.statusBar().showMessage(f"{count} notes written to {Path(path).name}", 8000)

    def import_annotations_file(self) -> None:
        if self.session.workspace is None:
            self.statusBar().showMessage("Compare the drafts the notes are about first", 5000)
            return
        path, _ = QFileDialog.getOpenFileName(self, "Import Annotations", "", SHARE_FILTER)
        if not path:
            return
        try:
            result = import_annotations(self.session.workspace, path)
        except (ShareError, WorkspaceError) as error:
            self.show_error("Cannot import the notes", str(error))
            return
        self.annotations.undo_stack.clear()  # the undo history does not know the merged notes
        self.annotations.reload()
        QMessageBox.information(self, "Notes imported",
                                f"{result.added} added, {result.updated} updated, "
                                f"{result.skipped} already here.")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
