"""The window's side of annotating: which clause a note goes on, the dialogs, the marks.

A mixin of ``MainWindow`` (it uses the window's view, layout and session) so that
``window.py`` stays about comparing. The Annotations dock (``annotations.AnnotationsPanel``)
keeps the list and the undo stack; this decides *where* a note goes from what the user has
selected, and shows every note as a mark on its row.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from ..store import Anchor, Annotation, Side, WorkspaceError
from .annotations import AnnotationsPanel
from .annotations_dialog import NoteDialog, TagsDialog
from .rows import RowKind
from .table_model import Column
from .wordpicker import WordPicker

DEFAULT_TAGS_NOTE = "no workspace"


class AnnotationActions:
    """Add, edit, delete and resolve notes; jump to them; mark them in the view."""

    def _build_annotations(self) -> None:
        self.annotations = AnnotationsPanel(self)
        self.word_picker = WordPicker(self.view)   # words chosen in the view (Ctrl+Shift+M)
        self.annotations_dock = self.add_dock(self.tr("Annotations"), self.annotations,
                                              Qt.DockWidgetArea.BottomDockWidgetArea)
        self.annotations.jumpRequested.connect(self.go_to_annotation)
        self.annotations.notesChanged.connect(self._show_marks)
        self.annotations.actionRequested.connect(lambda name: getattr(self, _SLOTS[name])())
        self.annotations.changeFailed.connect(
            lambda message: self.show_error(self.tr("Cannot undo or redo the change"), message))

    def _add_undo_actions(self, menu) -> None:
        stack = self.annotations.undo_stack
        undo = stack.createUndoAction(self, self.tr("&Undo"))
        redo = stack.createRedoAction(self, self.tr("&Redo"))
        undo.setShortcuts(["Ctrl+Z"])
        redo.setShortcuts(["Ctrl+Shift+Z", "Ctrl+Y"])
        self.actions_undo = {"undo": undo, "redo": redo}
        menu.addAction(undo)
        menu.addAction(redo)
        menu.addSeparator()

    def _add_annotations_toggle(self, menu) -> None:
        action = self.annotations_dock.toggleViewAction()
        action.setText(self.tr("&Annotations"))
        action.setShortcut("F10")
        menu.addAction(action)

    # -- where a note goes --------------------------------------------------------------------

    def _current_place(self):
        """The current row's pair and the side of the cell the user is on ("left"/"right")."""
        number = self.view.current_row()
        row = self.view.row(number)
        if row is None or row.kind is not RowKind.PAIR or row.pair is None:
            return None, None, None
        column = self.view.currentIndex().column()
        side = {Column.LEFT: "left", Column.RIGHT: "right"}.get(column)
        if side is None or not row.cell(side).clauses:
            side = "right" if row.right.clauses else "left"
        return number, row, side

    def _clause_on(self, number: int, row, side: str):
        cell = row.cell(side)
        if cell.span == 0:  # covered by a split's or merge's cell above
            cell = self.view.row(row.group_start).cell(side)
        return cell.clauses[0] if cell.clauses else None

    def _can_annotate(self) -> bool:
        if self.session.workspace is None or self.session.pair is None:
            self.statusBar().showMessage(self.tr("Compare two drafts first: notes belong to a "
                                                 "comparison"), 5000)
            return False
        return self._can_change()

    def _can_change(self) -> bool:
        """False (and the user told why) while the workspace is open read-only."""
        workspace = self.session.workspace
        if workspace is not None and workspace.read_only:
            self.statusBar().showMessage(
                self.tr("{name} is read-only: use File > Save Workspace As to keep "
                        "working on a copy, then add or change notes there").format(
                            name=workspace.path.name), 8000)
            return False
        return True

    # -- the commands -------------------------------------------------------------------------

    def add_annotation(self) -> None:
        """A note on the current pair as a whole (Ctrl+M)."""
        if not self._can_annotate():
            return
        number, row, side = self._current_place()
        if row is None:
            self.statusBar().showMessage(self.tr("Go to a clause first (click it), then add a note"),
                                         5000)
            return
        anchor = Anchor.on_pair(row.pair)
        self._new_note(anchor, NoteDialog(self, self.tr("Add Note"), anchor.citation,
                                          self._tags()))

    def add_annotation_on_text(self) -> None:
        """A note on the words chosen in the view (Ctrl+Shift+M).

        The words are selected in the cell itself (double-click it, or F2, then drag or
        Shift+arrows); with none chosen yet, the current cell is opened for choosing and the
        status bar says what to do."""
        if not self._can_annotate():
            return
        picker = self.word_picker
        chosen = picker.chosen()
        if chosen is None:
            number, row, side = self._current_place()
            if picker.is_open or (row is not None and picker.open(
                    number, Column.LEFT if side == "left" else Column.RIGHT)):
                self.statusBar().showMessage(
                    self.tr("Select the words the note is about in the clause, then press "
                            "Ctrl+Shift+M again (Escape to stop)"), 8000)
            else:
                self.statusBar().showMessage(self.tr("Go to a clause first (click it), then add a "
                                                     "note"), 5000)
            return
        anchor = Anchor.on(chosen.clause, Side(chosen.side), chosen.start, chosen.end)
        which = self.tr("older draft") if chosen.side == "left" else self.tr("newer draft")
        dialog = NoteDialog(self, self.tr("Add Note on Text"),
                            f"{chosen.clause.citation} ({which})", self._tags(),
                            quote=anchor.range.quote)
        if self._new_note(anchor, dialog):
            picker.close(focus_view=True)   # the cell now shows the note's mark

    def _new_note(self, anchor: Anchor, dialog: NoteDialog) -> bool:
        """Runs the note dialog and adds its note on ``anchor``; False if cancelled."""
        from ..store.annotations import default_author

        dialog.fill("", "", "open", default_author())
        pair = self.session.pair

        def save() -> None:
            values = dialog.values()
            note = Annotation.new(pair, anchor, values["note"], values["tag"],
                                  values["author"] or None)
            if values["status"] != note.status:
                note = note.edited(status=values["status"])
            self.annotations.add(note)

        return self._save_from(dialog, save)

    def edit_annotation(self) -> None:
        old = self._chosen_note() if self._can_change() else None
        if old is None:
            return
        dialog = NoteDialog(self, self.tr("Edit Note"), old.anchor.citation, self._tags())
        dialog.fill(old.note, old.tag, old.status.value, old.author)

        def save() -> None:
            values = dialog.values()
            new = old.edited(note=values["note"], tag=values["tag"], status=values["status"],
                             author=values["author"] or old.author)
            if old.needs_review:  # the user has looked at it again
                new = new.reviewed()
            self.annotations.edit(old, new)

        self._save_from(dialog, save)

    def _save_from(self, dialog: NoteDialog, save: Callable[[], None]) -> bool:
        """Runs the note dialog until its note is saved or the user cancels.

        A note the store refuses (disk full, file read-only) is never dropped: it stays in
        the dialog, which opens again with the reason, and a copy goes to a recovery file in
        the data folder (removed once the note is saved); the undo history is unchanged.
        """
        self.note_dialog = dialog   # the dialog on screen (tests look at it)
        copies: list[Path] = []
        while self.run_dialog(dialog) == QDialog.DialogCode.Accepted:
            try:
                save()
            except WorkspaceError as error:
                kept = self._keep_unsaved(dialog, error)
                copies += [kept] if kept else []
                dialog.error.setText(
                    (self.tr("Not saved: {error}. Your note is still here, and a copy is in {kept}. "
                             "Press OK to try again, or Cancel.") if kept else
                     self.tr("Not saved: {error}. Your note is still here (no copy could be "
                             "written either: copy the text somewhere safe). Press OK to try "
                             "again, or Cancel.")).format(error=error, kept=kept))
                dialog.error.setWordWrap(True)
                self.annotations.reload()
                continue
            for copy in copies:   # saved at last: the copies are not needed any more
                copy.unlink(missing_ok=True)
            return True
        return False   # cancelled: any copy stays in the data folder

    def _keep_unsaved(self, dialog: NoteDialog, error: WorkspaceError) -> Path | None:
        """Writes the unsaved note to a text file in the data folder; its path, or None."""
        values = dialog.values()
        workspace = self.session.workspace
        stamp = datetime.now()
        folder = self.session.folder.parent / "unsaved notes"
        lines = [f"Clausewise note not saved on {stamp:%Y-%m-%d %H:%M:%S}: {error}",
                 f"Workspace: {workspace.path if workspace else '(none)'}",
                 f"Where: {dialog.windowTitle()} — {dialog.citation}",
                 f"Tag: {values['tag']}", f"Status: {values['status'].value}",
                 f"Author: {values['author']}", "", dialog.note.toPlainText(), ""]
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / f"note {stamp:%Y-%m-%d %H%M%S-%f}.txt"
            path.write_text("\n".join(lines), encoding="utf-8")
        except OSError:
            return None
        return path

    def delete_annotation(self) -> None:
        note = self._chosen_note() if self._can_change() else None
        if note is not None:
            self._guarded(lambda: self.annotations.delete(note))

    def resolve_annotation(self) -> None:
        note = self._chosen_note() if self._can_change() else None
        if note is not None:
            self._guarded(lambda: self.annotations.resolve(note))

    def edit_tags(self) -> None:
        if self.session.workspace is None:
            self.statusBar().showMessage(self.tr("Compare two drafts or open a workspace first"), 5000)
            return
        if not self._can_change():
            return
        self.run_dialog(TagsDialog(self, self.session.workspace.tags))
        self.annotations.reload()

    def run_dialog(self, dialog: QDialog) -> int:
        """Runs a dialog modally (tests replace the dialog's ``exec``)."""
        return dialog.exec()

    def _chosen_note(self) -> Annotation | None:
        """The note selected in the dock, else the first note on the current row."""
        note = self.annotations.selected()
        if note is None:
            number = self.view.current_row()
            notes = self.view.comparison_model.notes_on_row(number) if number >= 0 else []
            note = notes[0] if notes else None
        if note is None:
            self.statusBar().showMessage(self.tr("Select a note in the Annotations list first"), 5000)
        return note

    def _tags(self) -> list[str]:
        return self.session.workspace.tags.names() if self.session.workspace else []

    def _guarded(self, change) -> None:
        try:
            change()
        except WorkspaceError as error:
            self.show_error(self.tr("Cannot change the note"), str(error))
            self.annotations.reload()

    # -- showing notes ------------------------------------------------------------------------

    def place_of(self, note: Annotation) -> tuple[int, Column] | None:
        """The row and column where a note's clause is shown, None if it is on neither side."""
        rows = self.layout_rows
        anchor = note.anchor
        if rows is None or not anchor.anchored:
            return None
        if anchor.side is Side.LEFT:
            number = rows.left_row.get(anchor.clause_id)
            return (number, Column.LEFT) if number is not None else None
        number = rows.right_row.get(anchor.clause_id)
        if number is not None:
            return number, Column.RIGHT
        number = rows.left_row.get(anchor.clause_id)
        return (number, Column.LEFT) if number is not None else None

    def go_to_annotation(self, note: Annotation) -> None:
        place = self.place_of(note)
        if place is None:
            self.statusBar().showMessage(
                self.tr("{citation} is in neither draft shown; the note keeps the text it was "
                        "written on").format(citation=note.anchor.citation), 6000)
            return
        self.view.go_to_row(place[0], place[1])
        self.view.setFocus()

    def _show_marks(self) -> None:
        """Puts every listed note on its cell: a mark in the gutter, its words highlighted."""
        placed: dict[tuple[int, int], list[Annotation]] = {}
        if self.comparison is not None:
            for note in self.annotations.table.annotations:
                place = self.place_of(note)
                if place is not None:
                    placed.setdefault((place[0], int(place[1])), []).append(note)
        self.view.clause_delegate.notes = placed
        self.view.clause_delegate.clear()
        self.view.comparison_model.set_notes(placed)
        self.view.viewport().update()


_SLOTS = {"add": "add_annotation", "add_text": "add_annotation_on_text",
          "edit": "edit_annotation", "delete": "delete_annotation",
          "resolve": "resolve_annotation", "tags": "edit_tags"}
