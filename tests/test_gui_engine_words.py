"""The sentences the engine composes, in a Russian or French window (issue 20): what two
language versions do not agree on (rows, marks' tooltips, the outline), a provision's story
in the History view (list, tooltip, detail), a stale cross-reference's note, and the default
tags of a workspace. The engine keeps its English for the CLI and the JSON; the window says
the same from the facts beside it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel

from clausewise.gui import i18n
from clausewise.gui.annotations_dialog import NoteDialog, TagsDialog
from clausewise.gui.rows import RowKind
from clausewise.gui.table_model import Column
from clausewise.store.schema import DEFAULT_TAGS
from corpus import corpus_file
from gui_support import DRAFT1, DRAFT2, new_window, open_and_wait, warnings  # noqa: F401 (fixture)
from planted_versions import ENGLISH_SENTENCES, write_stale, write_versions
from test_gui_history import add_third, open_history

# What each language says of the planted drafts (tests/planted_versions.py).
EXPECTED = {
    "ru": {"number": "расхождение в числах: 30 — только в английском тексте; 60 — только в "
                     "русском тексте",
           "count": "в английском тексте — 3 пункта, в русском тексте — 2 пункта",
           "reference": "ссылки: в английском тексте — статья 1, в русском тексте — статья 3",
           "missing": "только в английском тексте, в русском тексте отсутствует",
           "stale": "ссылается на статью 2, но прежняя статья 2 теперь имеет номер 3: "
                    "проверьте ссылку",
           "story": "D2: новый номер — Article 9, перемещено; с тех пор без изменений",
           "Red line": "Красная линия"},
    "fr": {"number": "nombres divergents : 30 uniquement dans la version anglaise ; 60 "
                     "uniquement dans la version russe",
           "count": "3 paragraphes dans la version anglaise, 2 paragraphes dans la version russe",
           "reference": "renvois : article 1 dans la version anglaise, article 3 dans la "
                        "version russe",
           "missing": "dans la version anglaise seulement, pas dans la version russe",
           "stale": "cite l'article 2, mais l'ancien article 2 est désormais l'article 3 : "
                    "vérifier le renvoi",
           "story": "renumérotée en Article 9, déplacée dans D2, inchangée depuis",
           "Red line": "Ligne rouge"},
}


@pytest.fixture(params=["ru", "fr"])
def localized(request, qtbot, tmp_path, warnings):  # noqa: F811
    """A window in Russian, then in French; English again afterwards."""
    language = request.param
    assert i18n.install(language) == language
    window = new_window(qtbot, tmp_path)   # built after the language is installed
    yield language, window
    window.close()
    i18n.install("en")


def shown_texts(window) -> list[str]:
    """Every row's header line, every mark's tooltip and every outline entry's tooltip."""
    texts = []
    model = window.view.comparison_model
    for number, row in enumerate(window.layout_rows.rows):
        texts += [row.left.header_text, row.right.header_text]
        texts.append(model.data(model.index(number, Column.MARK), Qt.ItemDataRole.ToolTipRole)
                     or "")
    outline: QStandardItemModel = window.navigator.model

    def visit(item) -> None:
        for row in range(item.rowCount()):
            for column in range(item.columnCount()):
                child = item.child(row, column)
                if child is not None:
                    texts.extend([child.text(), child.toolTip(),
                                  child.data(Qt.ItemDataRole.AccessibleTextRole) or ""])
            if item.child(row, 0) is not None:
                visit(item.child(row, 0))

    visit(outline.invisibleRootItem())
    return texts


def assert_no_english(texts: list[str]) -> None:
    for text in texts:
        for english in ENGLISH_SENTENCES:
            assert english not in text, (english, text)


def test_what_two_language_versions_do_not_agree_on_is_said_in_the_window_language(
        qtbot, localized, tmp_path):
    language, window = localized
    open_and_wait(qtbot, window, *write_versions(tmp_path))
    assert window.comparison.mode == "parallel"
    texts = shown_texts(window)
    assert_no_english(texts)
    joined = "\n".join(texts)
    for kind in ("number", "count", "reference", "missing"):
        assert EXPECTED[language][kind] in joined, kind
    headers = [fragment.text for row in window.layout_rows.rows if row.kind is RowKind.PAIR
               for fragment in row.left.header + row.right.header]
    assert "≠ " + EXPECTED[language]["number"] in headers
    # the engine's own English is kept for the CLI and the JSON
    details = [m.detail for pair in window.comparison.walk() for m in pair.mismatches]
    assert "numbers differ: 30 in English only; 60 in Russian only" in details


def test_the_outer_space_treaty_in_english_and_russian(qtbot, localized):
    language, window = localized
    open_and_wait(qtbot, window, corpus_file("outer-space-treaty-1967.en.txt"),
                  corpus_file("outer-space-treaty-1967.ru.txt"))
    texts = shown_texts(window)
    assert_no_english(texts)
    # Article X: the English text stands for the Russian two paragraphs, none is missing
    counted = {"ru": "в английском тексте — 1 пункт, в русском тексте — 2 пункта",
               "fr": "1 paragraphe dans la version anglaise, 2 paragraphes dans la version "
                     "russe"}[language]
    assert any(counted in text for text in texts)
    missing = {"ru": "только в русском тексте", "fr": "dans la version russe seulement"}
    assert not any(missing[language] in text for text in texts)
    # the counts per level name the older draft's units in the window's language, and
    # read naturally whether none or some changed
    levels = {"ru": ["Пункты преамбулы: без изменений (всего 8)",
                     "Статьи: с изменениями — 1 из 17"],
              "fr": ["Considérants (8) : aucun changement", "Articles (17) : 1 a changé"]}
    assert window.navigator.levels_text()[:2] == levels[language]


def test_a_stale_cross_reference_is_noted_in_the_window_language(qtbot, localized, tmp_path):
    language, window = localized
    open_and_wait(qtbot, window, *write_stale(tmp_path))
    texts = shown_texts(window)
    assert_no_english(texts)
    assert any(EXPECTED[language]["stale"] in text for text in texts)
    open_and_wait(qtbot, window, *write_stale(tmp_path, dropped=True))
    texts = shown_texts(window)
    assert_no_english(texts)
    removed = {"ru": "ссылается на статью 2, исключённую из нового проекта: проверьте ссылку",
               "fr": "cite l'article 2, supprimé dans le nouveau projet : vérifier le renvoi"}
    assert any(removed[language] in text for text in texts)


def test_the_history_view_tells_each_story_in_the_window_language(qtbot, localized):
    language, window = localized
    open_and_wait(qtbot, window, DRAFT1, DRAFT2)
    add_third(window)
    history = open_history(qtbot, window)
    model = history.model
    texts = []
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        texts += [model.data(index), model.data(index, Qt.ItemDataRole.ToolTipRole)]
    assert history.show_provision("Article 9")
    detail = history.detail.toPlainText()
    texts.append(detail)
    assert_no_english(texts)
    assert EXPECTED[language]["story"] in detail
    # the engine's story stays English for the CLI, the JSON and the history table
    lineage = next(found for found in history.history.lineages if found.name == "Article 9")
    assert "renumbered to Article 9, moved in D2, unchanged since" in \
        history.history.story(lineage)


def test_default_tags_are_shown_in_the_window_language_and_stored_as_they_are(
        qtbot, localized, tmp_path):
    language, window = localized
    open_and_wait(qtbot, window, DRAFT1, DRAFT2)
    tags = window.session.workspace.tags
    assert tags.names() == list(DEFAULT_TAGS)
    red = EXPECTED[language]["Red line"]
    assert i18n.tag_name("Red line") == red and i18n.stored_tag(red) == "Red line"
    assert i18n.tag_name("Our own tag") == "Our own tag"

    dialog = NoteDialog(window, "Note", "Article 9", tags.names())
    qtbot.addWidget(dialog)
    shown = [dialog.tag.itemText(i) for i in range(dialog.tag.count())]
    assert red in shown and "Red line" not in shown
    dialog.tag.setCurrentIndex(shown.index(red))
    assert dialog.values()["tag"] == "Red line"       # the workspace keeps its English data
    dialog.tag.setEditText(red)                         # typed rather than picked
    assert dialog.values()["tag"] == "Red line"
    dialog.fill("text", "Red line", "open", "Zoë")
    assert dialog.tag.currentText() == red

    manager = TagsDialog(window, tags)
    qtbot.addWidget(manager)
    listed = [manager.list.item(i).text() for i in range(manager.list.count())]
    assert red in listed and "Red line" not in listed
    manager.list.setCurrentRow(listed.index(red))
    manager.rename(red)                                 # unchanged: still the default tag
    assert "Red line" in tags.names()
    manager.list.setCurrentRow(listed.index(red))
    manager.rename("Ligne rouge du ministère")
    assert "Ligne rouge du ministère" in tags.names() and "Red line" not in tags.names()
