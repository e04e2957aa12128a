"""The interface in Russian and French: every menu, action, dock, status-bar widget and dialog
the window opens is translated; the translation files are complete and compiled.

The check builds the window in English, then in the other language, walks both the same way
(menus and their actions, the widgets of the window and of each dialog, table headers) and
fails on any text that is still the English one, unless the translation itself says so
("Notes" is French too) or the text is only file names and proper names.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (QAbstractButton, QDialog, QDockWidget, QTableView, QTreeView,
                               QGroupBox, QLabel, QLineEdit, QMenu, QWidget)

from clausewise.gui import i18n
from clausewise.gui.window import MainWindow

from gui_support import open_and_wait, warnings, window  # noqa: F401 (fixtures)

TRANSLATIONS = Path(__file__).resolve().parents[1] / "resources" / "translations"
PLACEHOLDER = re.compile(r"\{\w+\}|%n")
# What stays the same in every language: the app's name, formats, file names, keys.
PROPER = re.compile(r"Clausewise|PDF|Word|JSON|OpenDocument|Markdown|OFFICIAL\S*|RESTRICTED|"
                    r"CONFIDENTIAL|SECRET|Ctrl|Shift|Alt|F\d+|Esc(ape)?|Enter|OK|D\d+|"
                    r"\S+\.(txt|docx|pdf|json|clausewise|odt|md|html)\b")


def _messages(language: str):
    root = ET.parse(TRANSLATIONS / f"clausewise_{language}.ts").getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


def _translated_texts(language: str) -> set[str]:
    found = set()
    for _context, message in _messages(language):
        translation = message.find("translation")
        forms = [form.text or "" for form in translation.iter("numerusform")] or \
            [translation.text or ""]
        found.update(form.replace("&", "") for form in forms)
    return found


@pytest.mark.parametrize("language", ["ru", "fr"])
def test_every_message_is_translated_with_its_placeholders(language):
    unfinished, broken = [], []
    for context, message in _messages(language):
        source = message.findtext("source")
        translation = message.find("translation")
        forms = [form.text or "" for form in translation.iter("numerusform")] or \
            [translation.text or ""]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or \
                not all(forms):
            unfinished.append(f"{context}: {source}")
            continue
        wanted = sorted(PLACEHOLDER.findall(source))
        for form in forms:
            got = sorted(PLACEHOLDER.findall(form))
            # a plural form may leave %n out ("одна страница"); {names} must all be there
            if [p for p in got if p != "%n"] != [p for p in wanted if p != "%n"]:
                broken.append(f"{context}: {source!r} -> {form!r}")
    assert not unfinished, "untranslated in clausewise_%s.ts:\n%s" % (language,
                                                                      "\n".join(unfinished))
    assert not broken, "placeholders changed:\n" + "\n".join(broken)


def test_committed_qm_files_are_compiled_from_the_ts_sources(tmp_path):
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    if not lrelease.exists():
        lrelease = shutil.which("pyside6-lrelease")
    if not lrelease:
        pytest.skip("pyside6-lrelease is not installed (it comes with PySide6)")
    for ts in sorted(TRANSLATIONS.glob("clausewise_*.ts")):
        built = tmp_path / ts.with_suffix(".qm").name
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(built)], check=True)
        assert built.read_bytes() == ts.with_suffix(".qm").read_bytes(), \
            f"{ts.name} changed since its .qm was built: run `make translations`"


def test_language_choice_follows_the_setting_then_the_system(tmp_path):
    from PySide6.QtCore import QLocale

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert i18n.saved_choice(settings) == "system"
    settings.setValue(i18n.LANGUAGE_KEY, "fr")
    assert i18n.resolve(i18n.saved_choice(settings)) == "fr"
    assert i18n.resolve("system", QLocale("ru_RU")) == "ru"
    assert i18n.resolve("system", QLocale("fr_CA")) == "fr"
    assert i18n.resolve("system", QLocale("de_DE")) == "en"   # no German translation
    settings.setValue(i18n.LANGUAGE_KEY, "klingon")
    assert i18n.saved_choice(settings) == "system"


def _menu_texts(window: MainWindow) -> list[tuple[str, str]]:
    out = []

    def visit(menu: QMenu, path: str) -> None:
        out.append((path, menu.title()))
        for number, action in enumerate(menu.actions()):
            if action.isSeparator():
                continue
            where = f"{path}/{action.objectName() or number}"
            if action.menu() is not None:
                visit(action.menu(), where)
                continue
            if action.objectName().startswith("language-"):
                continue   # each language in its own name
            if not re.fullmatch(r".*→.*", action.text()):   # recent pairs are file names
                out.extend([(where, action.text()), (where + "#tip", action.statusTip())])
    for number, action in enumerate(window.menuBar().actions()):
        visit(action.menu(), f"menu{number}")
    return out


def _widget_texts(root: QWidget, path: str) -> list[tuple[str, str]]:
    out = [(path + "#title", root.windowTitle())]

    def visit(widget: QWidget, where: str) -> None:
        if isinstance(widget, QLabel):
            out.append((where, re.sub(r"<[^>]+>", "", widget.text())))
        if isinstance(widget, QAbstractButton):
            out.append((where, widget.text()))
        if isinstance(widget, QGroupBox):
            out.append((where, widget.title()))
        if isinstance(widget, QLineEdit):
            out.append((where + "#placeholder", widget.placeholderText()))
        if isinstance(widget, QDockWidget):
            out.append((where + "#dock", widget.windowTitle()))
        if isinstance(widget, (QTableView, QTreeView)) and widget.model() is not None:
            model = widget.model()
            out.extend((f"{where}#header{column}",
                        str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
                       for column in range(model.columnCount()))
        out.append((where + "#tip", widget.toolTip()))
        children = [c for c in widget.children() if isinstance(c, QWidget)
                    and not isinstance(c, (QMenu, QDialog))]
        for number, child in enumerate(children):
            visit(child, f"{where}/{type(child).__name__}{number}")
    visit(root, path)
    return out


def _walk(qtbot, window: MainWindow, monkeypatch) -> list[tuple[str, str]]:
    """Everything the window and its dialogs show, by place; what belongs to the user's data
    (the clause's citation, the workspace's tag list) is left out."""
    texts = _menu_texts(window) + _widget_texts(window, "window")
    dialogs: list[QDialog] = []

    def capture(dialog: QDialog) -> int:
        dialogs.append(dialog)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(window, "run_dialog", capture)
    window.view.go_to_row(window.layout_rows.stops()[0])
    for name in ("about", "export", "series", "tags", "add_note", "export_history",
                 "print_briefing"):
        before = len(dialogs)
        window.actions[name].trigger()
        assert len(dialogs) > before, f"{name} opened no dialog"
        dialog = dialogs[-1]
        data = set(window.session.workspace.tags.names()) | {getattr(dialog, "citation", None)}
        texts += [(place, text) for place, text in _widget_texts(dialog, name)
                  if text not in data]
        dialog.done(QDialog.DialogCode.Rejected)   # as when the user closes it (no preview left)
    window.actions["history"].trigger()
    qtbot.waitUntil(lambda: window.history_window.model.rowCount() > 0, timeout=30_000)
    texts += _widget_texts(window.history_window, "history")
    for action in window.history_window.findChildren(type(window.actions["about"])):
        texts += [("history-action/" + action.objectName() + action.text(), action.text())]
    return texts


def _build(qtbot, tmp_path, language: str, monkeypatch) -> list[tuple[str, str]]:
    i18n.install(language)
    try:
        settings = QSettings(str(tmp_path / f"{language}.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings=settings)
        qtbot.addWidget(window)
        window.resize(1300, 850)
        window.show()
        open_and_wait(qtbot, window)
        texts = _walk(qtbot, window, monkeypatch)
        window.close()
        return texts
    finally:
        i18n.install("en")


def _only_proper_names(text: str) -> bool:
    return not re.search(r"[^\W\d_]{2,}", PROPER.sub("", text))


@pytest.mark.parametrize("language", ["ru", "fr"])
def test_no_english_left_in_menus_actions_and_dialogs(qtbot, tmp_path, monkeypatch, warnings,
                                                     language):
    english = dict(_build(qtbot, tmp_path, "en", monkeypatch))
    translated = _build(qtbot, tmp_path, language, monkeypatch)
    allowed = _translated_texts(language)
    assert len(translated) > 300   # the walk really went through menus and dialogs
    left = sorted({f"{place}: {text!r}" for place, text in translated
                   if text and english.get(place) == text and not _only_proper_names(text)
                   and text.replace("&", "") not in allowed})
    assert not left, f"still in English with the {language} translation:\n" + "\n".join(left)
    # the walk compared like with like: most places changed their text
    changed = sum(1 for place, text in translated if english.get(place, text) != text)
    assert changed > 150


def test_the_menu_says_the_language_applies_on_restart(window):
    menu = window.language_menu
    assert "restart" in menu.title()
    names = [action.text() for action in menu.actions()]
    assert names == ["System Language", "English", "Русский", "Français"]
    menu.actions()[2].trigger()
    assert window.settings.value(i18n.LANGUAGE_KEY) == "ru"
    assert "next start" in window.statusBar().currentMessage()


def test_russian_counts_use_russian_plural_forms(qtbot, tmp_path):
    i18n.install("ru")
    try:
        plural = i18n.Plurals()
        assert plural.printed(1) == "Напечатана 1 страница"
        assert plural.printed(3) == "Напечатаны 3 страницы"
        assert plural.printed(11) == "Напечатано 11 страниц"
        assert plural.printed(21) == "Напечатана 21 страница"
    finally:
        i18n.install("en")
    assert i18n.Plurals().printed(1) == "Printed 1 page"
    assert i18n.Plurals().printed(2) == "Printed 2 pages"


def test_the_navigators_runs_and_outline_words_follow_the_interface(qtbot, tmp_path):
    """A run ("Articles 5–7 modified ..., renumbered (were 4–6)") and the outline's
    "(older draft)" are said in the interface's language; the citations stay as cited."""
    from clausewise.core import compare
    from clausewise.core.describe import grouped_runs
    from clausewise.drafts import SAMPLES_DIR, load_draft
    from clausewise.gui.navigator import pair_title, run_text

    comparison = compare(load_draft(SAMPLES_DIR / "security-agreement-draft1.txt"),
                         load_draft(SAMPLES_DIR / "security-agreement-draft2.txt"))
    run = grouped_runs(comparison)[0]
    removed = next(p for p in comparison.pairs if not p.right)
    assert run_text(run) == run.text                      # English: as the engine says it
    i18n.install("ru")
    try:
        said = run_text(run)
        assert said.startswith("Articles 5–7 изменены в пунктах") and "(ранее 4–6)" in said
        assert pair_title(removed).endswith("(предыдущий проект)")
    finally:
        i18n.install("en")


def test_a_stale_paragraph_reference_is_said_in_the_windows_language(qapp):
    from clausewise.core.result import StaleReference
    from clausewise.gui import engine_words
    fact = StaleReference("2", ("3",), "cites paragraph 2, ...", "paragraph")
    i18n.install("fr")
    try:
        assert engine_words.stale_text(fact).startswith("cite le paragraphe 2")
    finally:
        i18n.install("en")
    assert engine_words.stale_text(fact).startswith("cites paragraph 2, but the old paragraph 2")
