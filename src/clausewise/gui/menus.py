"""The window's actions and menus, declared in one place.

Every command has a QAction with its shortcuts (shown in the menu), so the whole app can be
driven from the keyboard and the menus document the shortcuts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

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
    ("&File", (
        Command("open_left", "Open &Older Draft…", "choose_left", (Key.Open,),
                tip="Open the older draft (shown left)"),
        Command("open_right", "Open &Newer Draft…", "choose_right", ("Ctrl+Shift+O",),
                tip="Open the newer draft (shown right)"),
        Command("paste_left", "Paste Older Draft from Clipboard", "paste_left",
                tip="Use the text on the clipboard as the older draft"),
        Command("paste_right", "&Paste Newer Draft from Clipboard", "paste_right",
                ("Ctrl+Shift+V",), tip="Use the text on the clipboard as the newer draft"),
        "recent",
        None,
        Command("new_workspace", "New &Workspace…", "new_workspace",
                tip="Start a workspace file that keeps drafts, links and notes together"),
        Command("open_workspace", "Open Wor&kspace…", "choose_workspace", ("Ctrl+Alt+O",),
                tip="Open a .clausewise workspace"),
        Command("save_workspace", "Save Workspace &As…", "save_workspace_as",
                ("Ctrl+Alt+S",),
                tip="Copy the workspace to a new file and carry on there"),
        Command("add_draft", "A&dd Newer Draft…", "add_newer_draft", ("Ctrl+Alt+N",),
                tip="Compare the newest draft with a newer one; the notes follow their clauses"),
        Command("series", "Drafts of This &Negotiation…", "show_drafts_dialog", ("Ctrl+Alt+D",),
                tip="The workspace's drafts in order: add, rename, reorder, remove, compare two"),
        Command("import_notes", "&Import Annotations…", "import_annotations_file",
                tip="Merge notes shared as a JSON file"),
        Command("export_notes", "Export Annotations…", "export_annotations_file",
                tip="Write the workspace's notes to a JSON file to share"),
        None,
        Command("swap", "&Swap Drafts", "swap_drafts", ("Ctrl+Shift+S",),
                tip="Show the newer draft left and the older right"),
        None,
        Command("export", "&Export Briefing…", "export_briefing", ("Ctrl+E",),
                tip="Write a PDF or Word briefing of the changes"),
        Command("export_history", "Export &History Table…", "export_history_table",
                tip="Write the table of the series, one column per draft, as Word or PDF"),
        None,
        Command("print", "&Print…", "print_comparison", (Key.Print,),
                tip="Print the comparison as shown: both drafts side by side, changes marked"),
        Command("print_preview", "Print Pre&view…", "print_preview",
                tip="See the printed pages of the comparison before printing"),
        Command("print_briefing", "Print &Briefing…", "print_briefing",
                tip="Print the PDF briefing that Export Briefing would write"),
        None,
        Command("quit", "&Quit", "close", (Key.Quit, "Ctrl+Q")),
    )),
    ("&Edit", (
        "undo",
        Command("add_note", "Add &Note", "add_annotation", ("Ctrl+M",),
                tip="Write a note on the current pair"),
        Command("add_note_text", "Add Note on &Text…", "add_annotation_on_text",
                ("Ctrl+Shift+M",), tip="Write a note on words of the current clause"),
        Command("edit_note", "&Edit Note…", "edit_annotation"),
        Command("delete_note", "&Delete Note", "delete_annotation"),
        Command("resolve_note", "&Mark Note Resolved", "resolve_annotation"),
        Command("tags", "Annotation &Tags…", "edit_tags"),
        None,
        Command("find", "&Find…", "start_find", (Key.Find,)),
        Command("find_next", "Find &Next", "find_next", (Key.FindNext,)),
        Command("find_previous", "Find &Previous", "find_previous", (Key.FindPrevious,)),
        None,
        Command("link", "&Link Selected Clauses", "link_selected", ("Ctrl+L",),
                tip="Pair the clause selected on the left with the one selected on the right"),
        Command("unlink", "&Unlink Pair", "unlink_current", ("Ctrl+Shift+L",),
                tip="Tell the comparison that these two clauses are not the same clause"),
        Command("clear_links", "&Clear Manual Links", "clear_links"),
    )),
    ("&View", (
        "navigator",
        "annotations",
        Command("history", "Negotiation &History…", "show_history", ("Ctrl+Alt+H",),
                tip="Every provision through the drafts of this negotiation"),
        Command("changed_only", "&Changed Clauses Only", "set_changed_only", ("Ctrl+Shift+H",),
                checkable=True,
                tip="Outline and comparison: fold away the clauses that did not change"),
        None,
        Command("dark", "&Dark Palette", "set_dark", ("Ctrl+Shift+D",), checkable=True),
        Command("zoom_in", "&Larger Text", "zoom_in", (Key.ZoomIn, "Ctrl+=")),
        Command("zoom_out", "&Smaller Text", "zoom_out", (Key.ZoomOut,)),
        Command("zoom_reset", "&Normal Text Size", "zoom_reset", ("Ctrl+0",)),
    )),
    ("&Navigate", (
        Command("next_change", "&Next Change", "next_change", ("Alt+Down", "F8")),
        Command("previous_change", "&Previous Change", "previous_change", ("Alt+Up", "Shift+F8")),
        Command("partner", "Go to Where It &Moved From / To", "go_to_partner", ("Ctrl+J",)),
    )),
    ("&Options", (
        Command("ignore_case", "Ignore &Case", "options_changed", checkable=True),
        Command("ignore_punctuation", "Ignore &Punctuation", "options_changed", checkable=True),
        Command("ignore_whitespace", "Ignore &Whitespace", "options_changed", checkable=True,
                checked=True),
        None,
        Command("recompare", "&Compare Again", "compare_now", (Key.Refresh, "F5")),
        Command("cancel", "C&ancel Comparison", "cancel_compare", ("Escape",)),
    )),
    ("&Help", (
        Command("about", "&About Clausewise", "about"),
    )),
)


def build_menus(window: QMainWindow, extras: dict[str, Callable[[QMenu], None]]
                ) -> dict[str, QAction]:
    """Creates the menu bar; ``extras`` fills the named placeholders (recent files...)."""
    actions: dict[str, QAction] = {}
    for title, entries in MENUS:
        menu = window.menuBar().addMenu(title)
        for entry in entries:
            if entry is None:
                menu.addSeparator()
            elif isinstance(entry, str):
                extras[entry](menu)
            else:
                actions[entry.name] = _action(window, menu, entry)
    return actions


def _action(window: QMainWindow, menu: QMenu, command: Command) -> QAction:
    action = QAction(command.text, window)
    action.setObjectName(command.name)
    if command.keys:
        action.setShortcuts([QKeySequence(key) for key in command.keys])
    if command.tip:
        action.setStatusTip(command.tip)
        action.setToolTip(command.tip)
    slot = getattr(window, command.slot)
    if command.checkable:
        action.setCheckable(True)
        action.setChecked(command.checked)
        action.toggled.connect(slot)
    else:
        action.triggered.connect(lambda _checked=False: slot())
    menu.addAction(action)
    return action
