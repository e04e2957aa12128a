"""The window's actions and menus, declared in one place.

Every command has a QAction with its shortcuts (shown in the menu), so the whole app can be
driven from the keyboard and the menus document the shortcuts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

Key = QKeySequence.StandardKey


@dataclass(frozen=True)
class Command:
    name: str
    text: str
    slot: str                     # the window's method to call
    keys: tuple = ()              # QKeySequence.StandardKey values or strings
    checkable: bool = False
    checked: bool = False
    tip: str = ""


MENUS: tuple[tuple[str, tuple], ...] = (
    (QT_TRANSLATE_NOOP("Menus", "&File"), (
        Command("open_left", QT_TRANSLATE_NOOP("Menus", "Open &Older Draft…"), "choose_left", (Key.Open,),
                tip=QT_TRANSLATE_NOOP("Menus", "Open the older draft (shown left)")),
        Command("open_right", QT_TRANSLATE_NOOP("Menus", "Open &Newer Draft…"), "choose_right", ("Ctrl+Shift+O",),
                tip=QT_TRANSLATE_NOOP("Menus", "Open the newer draft (shown right)")),
        Command("paste_left", QT_TRANSLATE_NOOP("Menus", "Paste Older Draft from Clipboard"), "paste_left",
                tip=QT_TRANSLATE_NOOP("Menus", "Use the text on the clipboard as the older draft")),
        Command("paste_right", QT_TRANSLATE_NOOP("Menus", "&Paste Newer Draft from Clipboard"), "paste_right",
                ("Ctrl+Shift+V",), tip=QT_TRANSLATE_NOOP("Menus", "Use the text on the clipboard as the newer draft")),
        "recent",
        None,
        Command("new_workspace", QT_TRANSLATE_NOOP("Menus", "New &Workspace…"), "new_workspace",
                tip=QT_TRANSLATE_NOOP("Menus", "Start a workspace file that keeps drafts, links and notes together")),
        Command("open_workspace", QT_TRANSLATE_NOOP("Menus", "Open Wor&kspace…"), "choose_workspace", ("Ctrl+Alt+O",),
                tip=QT_TRANSLATE_NOOP("Menus", "Open a .clausewise workspace")),
        Command("save_workspace", QT_TRANSLATE_NOOP("Menus", "Save Workspace &As…"), "save_workspace_as",
                ("Ctrl+Alt+S",),
                tip=QT_TRANSLATE_NOOP("Menus", "Copy the workspace to a new file and carry on there")),
        Command("add_draft", QT_TRANSLATE_NOOP("Menus", "A&dd Newer Draft…"), "add_newer_draft", ("Ctrl+Alt+N",),
                tip=QT_TRANSLATE_NOOP("Menus", "Compare the newest draft with a newer one; the notes follow their clauses")),
        Command("series", QT_TRANSLATE_NOOP("Menus", "Drafts of This &Negotiation…"), "show_drafts_dialog", ("Ctrl+Alt+D",),
                tip=QT_TRANSLATE_NOOP("Menus", "The workspace's drafts in order: add, rename, reorder, remove, compare two")),
        Command("import_notes", QT_TRANSLATE_NOOP("Menus", "&Import Annotations…"), "import_annotations_file",
                tip=QT_TRANSLATE_NOOP("Menus", "Merge notes shared as a JSON file")),
        Command("export_notes", QT_TRANSLATE_NOOP("Menus", "Export Annotations…"), "export_annotations_file",
                tip=QT_TRANSLATE_NOOP("Menus", "Write the workspace's notes to a JSON file to share")),
        None,
        Command("swap", QT_TRANSLATE_NOOP("Menus", "&Swap Drafts"), "swap_drafts", ("Ctrl+Shift+S",),
                tip=QT_TRANSLATE_NOOP("Menus", "Show the newer draft left and the older right")),
        None,
        Command("export", QT_TRANSLATE_NOOP("Menus", "&Export Briefing…"), "export_briefing", ("Ctrl+E",),
                tip=QT_TRANSLATE_NOOP("Menus", "Write a PDF or Word briefing of the changes")),
        Command("export_history", QT_TRANSLATE_NOOP("Menus", "Export &History Table…"), "export_history_table",
                tip=QT_TRANSLATE_NOOP("Menus", "Write the table of the series, one column per draft, as Word or PDF")),
        None,
        Command("print", QT_TRANSLATE_NOOP("Menus", "&Print…"), "print_comparison", (Key.Print,),
                tip=QT_TRANSLATE_NOOP("Menus", "Print the comparison as shown: both drafts side by side, changes marked")),
        Command("print_preview", QT_TRANSLATE_NOOP("Menus", "Print Pre&view…"), "print_preview",
                tip=QT_TRANSLATE_NOOP("Menus", "See the printed pages of the comparison before printing")),
        Command("print_briefing", QT_TRANSLATE_NOOP("Menus", "Print &Briefing…"), "print_briefing",
                tip=QT_TRANSLATE_NOOP("Menus", "Print the PDF briefing that Export Briefing would write")),
        None,
        Command("quit", QT_TRANSLATE_NOOP("Menus", "&Quit"), "close", (Key.Quit, "Ctrl+Q")),
    )),
    (QT_TRANSLATE_NOOP("Menus", "&Edit"), (
        "undo",
        Command("add_note", QT_TRANSLATE_NOOP("Menus", "Add &Note"), "add_annotation", ("Ctrl+M",),
                tip=QT_TRANSLATE_NOOP("Menus", "Write a note on the current pair")),
        Command("add_note_text", QT_TRANSLATE_NOOP("Menus", "Add Note on &Text…"), "add_annotation_on_text",
                ("Ctrl+Shift+M",), tip=QT_TRANSLATE_NOOP("Menus", "Write a note on words of the current clause")),
        Command("edit_note", QT_TRANSLATE_NOOP("Menus", "&Edit Note…"), "edit_annotation"),
        Command("delete_note", QT_TRANSLATE_NOOP("Menus", "&Delete Note"), "delete_annotation"),
        Command("resolve_note", QT_TRANSLATE_NOOP("Menus", "&Mark Note Resolved"), "resolve_annotation"),
        Command("tags", QT_TRANSLATE_NOOP("Menus", "Annotation &Tags…"), "edit_tags"),
        None,
        Command("find", QT_TRANSLATE_NOOP("Menus", "&Find…"), "start_find", (Key.Find,)),
        Command("find_next", QT_TRANSLATE_NOOP("Menus", "Find &Next"), "find_next", (Key.FindNext,)),
        Command("find_previous", QT_TRANSLATE_NOOP("Menus", "Find &Previous"), "find_previous", (Key.FindPrevious,)),
        None,
        Command("link", QT_TRANSLATE_NOOP("Menus", "&Link Selected Clauses"), "link_selected", ("Ctrl+L",),
                tip=QT_TRANSLATE_NOOP("Menus", "Pair the clause selected on the left with the one selected on the right")),
        Command("unlink", QT_TRANSLATE_NOOP("Menus", "&Unlink Pair"), "unlink_current", ("Ctrl+Shift+L",),
                tip=QT_TRANSLATE_NOOP("Menus", "Tell the comparison that these two clauses are not the same clause")),
        Command("clear_links", QT_TRANSLATE_NOOP("Menus", "&Clear Manual Links"), "clear_links"),
    )),
    (QT_TRANSLATE_NOOP("Menus", "&View"), (
        "navigator",
        "annotations",
        Command("history", QT_TRANSLATE_NOOP("Menus", "Negotiation &History…"), "show_history", ("Ctrl+Alt+H",),
                tip=QT_TRANSLATE_NOOP("Menus", "Every provision through the drafts of this negotiation")),
        Command("changed_only", QT_TRANSLATE_NOOP("Menus", "&Changed Clauses Only"), "set_changed_only", ("Ctrl+Shift+H",),
                checkable=True,
                tip=QT_TRANSLATE_NOOP("Menus", "Outline and comparison: fold away the clauses that did not change")),
        None,
        Command("dark", QT_TRANSLATE_NOOP("Menus", "&Dark Palette"), "set_dark", ("Ctrl+Shift+D",), checkable=True),
        Command("zoom_in", QT_TRANSLATE_NOOP("Menus", "&Larger Text"), "zoom_in", (Key.ZoomIn, "Ctrl+=")),
        Command("zoom_out", QT_TRANSLATE_NOOP("Menus", "&Smaller Text"), "zoom_out", (Key.ZoomOut,)),
        Command("zoom_reset", QT_TRANSLATE_NOOP("Menus", "&Normal Text Size"), "zoom_reset", ("Ctrl+0",)),
        None,
        "language",
    )),
    (QT_TRANSLATE_NOOP("Menus", "&Navigate"), (
        Command("next_change", QT_TRANSLATE_NOOP("Menus", "&Next Change"), "next_change", ("Alt+Down", "F8")),
        Command("previous_change", QT_TRANSLATE_NOOP("Menus", "&Previous Change"), "previous_change", ("Alt+Up", "Shift+F8")),
        Command("partner", QT_TRANSLATE_NOOP("Menus", "Go to Where It &Moved From / To"), "go_to_partner", ("Ctrl+J",)),
    )),
    (QT_TRANSLATE_NOOP("Menus", "&Options"), (
        Command("ignore_case", QT_TRANSLATE_NOOP("Menus", "Ignore &Case"), "options_changed", checkable=True),
        Command("ignore_punctuation", QT_TRANSLATE_NOOP("Menus", "Ignore &Punctuation"), "options_changed", checkable=True),
        Command("ignore_whitespace", QT_TRANSLATE_NOOP("Menus", "Ignore &Whitespace"), "options_changed", checkable=True,
                checked=True),
        None,
        Command("recompare", QT_TRANSLATE_NOOP("Menus", "&Compare Again"), "compare_now", (Key.Refresh, "F5")),
        Command("cancel", QT_TRANSLATE_NOOP("Menus", "C&ancel Comparison"), "cancel_compare", ("Escape",)),
    )),
    (QT_TRANSLATE_NOOP("Menus", "&Help"), (
        Command("about", QT_TRANSLATE_NOOP("Menus", "&About Clausewise"), "about"),
    )),
)


def build_menus(window: QMainWindow, extras: dict[str, Callable[[QMenu], None]]
                ) -> dict[str, QAction]:
    """Creates the menu bar; ``extras`` fills the named placeholders (recent files...)."""
    actions: dict[str, QAction] = {}
    for title, entries in MENUS:
        menu = window.menuBar().addMenu(QCoreApplication.translate("Menus", title))
        menu.setObjectName(f"menu-{title.strip('&').lower()}")
        for entry in entries:
            if entry is None:
                menu.addSeparator()
            elif isinstance(entry, str):
                extras[entry](menu)
            else:
                actions[entry.name] = _action(window, menu, entry)
    return actions


def _action(window: QMainWindow, menu: QMenu, command: Command) -> QAction:
    action = QAction(QCoreApplication.translate("Menus", command.text), window)
    action.setObjectName(command.name)
    if command.keys:
        action.setShortcuts([QKeySequence(key) for key in command.keys])
    if command.tip:
        tip = QCoreApplication.translate("Menus", command.tip)
        action.setStatusTip(tip)
        action.setToolTip(tip)
    slot = getattr(window, command.slot)
    if command.checkable:
        action.setCheckable(True)
        action.setChecked(command.checked)
        action.toggled.connect(slot)
    else:
        action.triggered.connect(lambda _checked=False: slot())
    menu.addAction(action)
    return action
