"""The navigator dock: find in the drafts, the counts per status and per level, and the
clause outline.

The outline opens with a "Summary" group: the runs of units changed alike ("Articles 15–18
renumbered (were 16–19)"), each jumping to the run's first unit. Then it lists every aligned
pair (as the newer draft cites it, "Article 7 → Article 9" when renumbered; a removed clause
as the older draft cites it, marked "(older draft)", so no two entries read alike) with its
status mark; clicking one shows it in the comparison view. The "changed only" filter hides
the pairs with no change anywhere inside them. The words and numbers all come from
``core.describe``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (QCoreApplication, QLocale, QModelIndex, QSortFilterProxyModel, Qt,
                            QT_TRANSLATE_NOOP, Signal)
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QGridLayout, QHeaderView, QLabel, QLineEdit, QToolButton, QTreeView,
                               QVBoxLayout, QWidget)

from ..core.compare import Comparison, Pair, Stats, Status
from ..core import describe
from ..core.describe import MOVED_MARK, RENUMBERED_MARK, STATUS_MARKS
from .engine_words import flag_text, pair_tip, status_words
from .rows import Layout, RowKind

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
CHANGED_ROLE = Qt.ItemDataRole.UserRole + 2

#: The counts shown, in this order: (Stats field, label, mark).
COUNTS = (
    ("modified", QT_TRANSLATE_NOOP("Navigator", "Modified"), STATUS_MARKS[Status.MODIFIED]),
    ("added", QT_TRANSLATE_NOOP("Navigator", "Added"), STATUS_MARKS[Status.ADDED]),
    ("removed", QT_TRANSLATE_NOOP("Navigator", "Removed"), STATUS_MARKS[Status.REMOVED]),
    ("split", QT_TRANSLATE_NOOP("Navigator", "Split"), STATUS_MARKS[Status.SPLIT]),
    ("merged", QT_TRANSLATE_NOOP("Navigator", "Merged"), STATUS_MARKS[Status.MERGED]),
    ("moved", QT_TRANSLATE_NOOP("Navigator", "Moved"), MOVED_MARK),
    ("renumbered", QT_TRANSLATE_NOOP("Navigator", "Renumbered"), RENUMBERED_MARK),
)

SCOPES = (("both", QT_TRANSLATE_NOOP("Navigator", "Both drafts")),
          ("left", QT_TRANSLATE_NOOP("Navigator", "Older draft")),
          ("right", QT_TRANSLATE_NOOP("Navigator", "Newer draft")))


#: The levels named by kind (``describe.level_name``), as the navigator's counts show them.
KIND_LEVELS = {"recitals": QT_TRANSLATE_NOOP("Navigator", "recitals"),
               "paragraphs": QT_TRANSLATE_NOOP("Navigator", "paragraphs"),
               "points": QT_TRANSLATE_NOOP("Navigator", "points"),
               "annexes": QT_TRANSLATE_NOOP("Navigator", "annexes"),
               "protocols": QT_TRANSLATE_NOOP("Navigator", "protocols"),
               "appendices": QT_TRANSLATE_NOOP("Navigator", "appendices"),
               "unnumbered paragraphs": QT_TRANSLATE_NOOP("Navigator", "unnumbered paragraphs")}

#: Top-level units as ``describe.LevelCount.name`` says them in English, shown in the
#: interface's language ("Статьи", whichever language the drafts are in); a unit word not
#: listed here stays the older draft's own.
UNIT_LEVELS = {"Articles": QT_TRANSLATE_NOOP("Navigator", "Articles"),
               "Rules": QT_TRANSLATE_NOOP("Navigator", "Rules"),
               "Regulations": QT_TRANSLATE_NOOP("Navigator", "Regulations"),
               "Principles": QT_TRANSLATE_NOOP("Navigator", "Principles"),
               "Sections": QT_TRANSLATE_NOOP("Navigator", "Sections"),
               "Annexes": QT_TRANSLATE_NOOP("Navigator", "Annexes"),
               "Paragraphs": QT_TRANSLATE_NOOP("Navigator", "Paragraphs"),
               "Standards": QT_TRANSLATE_NOOP("Navigator", "Standards"),
               "Guidelines": QT_TRANSLATE_NOOP("Navigator", "Guidelines"),
               "Clauses": QT_TRANSLATE_NOOP("Navigator", "Clauses")}

SUMMARY_TITLE = QT_TRANSLATE_NOOP("Navigator", "Summary")   # shown translated
SUBSTANTIVE_TITLE = QT_TRANSLATE_NOOP("Navigator", "Substantive changes")   # shown translated
# The kinds of substantive change as core.describe.FLAG_TITLES names them, for lupdate.
FLAG_TITLES = (QT_TRANSLATE_NOOP("Navigator", "Strength of obligation"),
               QT_TRANSLATE_NOOP("Navigator", "Negation"),
               QT_TRANSLATE_NOOP("Navigator", "Numbers, dates and periods"),
               QT_TRANSLATE_NOOP("Navigator", "Cross-references"),
               QT_TRANSLATE_NOOP("Navigator", "Parties and actors"),
               QT_TRANSLATE_NOOP("Navigator", "Brackets and alternatives"),
               QT_TRANSLATE_NOOP("Navigator", "Placeholders"))
# Whether an outline entry holds a substantive change (core.flags) at or below it.
SUBSTANTIVE_ROLE = Qt.ItemDataRole.UserRole + 40


def pair_title(pair: Pair) -> str:
    """How the outline names a pair: "Article 9", or "Article 7 → Article 9" if renumbered;
    unique in the outline (see ``describe.outline_title``), its "(older draft)" and "(text)"
    in the interface's language."""
    title = describe.outline_title(pair)
    for suffix in _SUFFIXES:
        if suffix in title:
            title = title.replace(suffix, QCoreApplication.translate("Navigator", suffix))
    return title


# The words of a run ("Articles 5–7 modified in their paragraphs, renumbered (were 4–6)").
_RUN_WORDS = {word: word for word in (
    QT_TRANSLATE_NOOP("Navigator", "modified"), QT_TRANSLATE_NOOP("Navigator", "added"),
    QT_TRANSLATE_NOOP("Navigator", "removed"), QT_TRANSLATE_NOOP("Navigator", "moved"),
    QT_TRANSLATE_NOOP("Navigator", "renumbered"), QT_TRANSLATE_NOOP("Navigator", "split"),
    QT_TRANSLATE_NOOP("Navigator", "merged"),
    QT_TRANSLATE_NOOP("Navigator", "modified in their paragraphs"))}


def run_text(run: describe.Run) -> str:
    """A run in the interface's language; the units as the drafts cite them."""
    if not run.units:
        return run.text
    words = ", ".join(QCoreApplication.translate("Navigator", _RUN_WORDS[piece])
                      if piece in _RUN_WORDS else piece for piece in run.words.split(", "))
    text = f"{run.units} {words}"
    if run.were:
        text += " " + QCoreApplication.translate("Navigator", "(were {numbers})").format(
            numbers=run.were)
    return text


# The words the outline adds to a citation, for lupdate.
_SUFFIXES = (QT_TRANSLATE_NOOP("Navigator", " (older draft)"),
             QT_TRANSLATE_NOOP("Navigator", " (text)"))


class ChangedFilter(QSortFilterProxyModel):
    """Hides unchanged pairs (and headings) when "changed only" is on."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.changed_only = False
        self.substantive_only = False
        self.setRecursiveFilteringEnabled(True)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        index = self.sourceModel().index(source_row, 0, source_parent)
        if self.substantive_only:
            return bool(index.data(SUBSTANTIVE_ROLE))
        if not self.changed_only:
            return True
        return bool(index.data(CHANGED_ROLE))


class FindBar(QWidget):
    """Find text in either draft: Enter / F3 for the next match, Shift+F3 for the previous."""

    findRequested = Signal(str, str, bool)  # text, scope ("both", "left", "right"), forward

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("Find in the drafts (Ctrl+F)"))
        self.edit.setClearButtonEnabled(True)
        self.edit.setAccessibleName(self.tr("Find text"))
        self.scope = QComboBox(self)
        self.scope.setAccessibleName(self.tr("Search in"))
        for key, label in SCOPES:
            self.scope.addItem(QCoreApplication.translate("Navigator", label), key)
        self.previous = _tool_button("◀", self.tr("Previous match (Shift+F3)"), self)
        self.next = _tool_button("▶", self.tr("Next match (F3)"), self)
        self.result = QLabel("", self)
        self.result.setAccessibleName(self.tr("Find result"))
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 0, 0, 1, 3)
        layout.addWidget(self.scope, 1, 0)
        layout.addWidget(self.previous, 1, 1)
        layout.addWidget(self.next, 1, 2)
        layout.addWidget(self.result, 2, 0, 1, 3)
        layout.setColumnStretch(0, 1)
        self.edit.returnPressed.connect(lambda: self.request(True))
        self.next.clicked.connect(lambda: self.request(True))
        self.previous.clicked.connect(lambda: self.request(False))

    def request(self, forward: bool) -> None:
        self.findRequested.emit(self.edit.text(), self.scope.currentData(), forward)

    def text(self) -> str:
        return self.edit.text()


class Navigator(QWidget):
    """Find bar, counts and outline. Emits ``rowActivated(row)`` with a comparison-view row."""

    rowActivated = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._languages: tuple[str, str] = ("", "")   # the drafts', for the mismatches' words
        self._whole: set[int] = set()   # the pairs rewritten at length (``describe.read_whole``)
        self.find_bar = FindBar(self)
        self.counts = QWidget(self)
        self._count_labels: dict[str, QLabel] = {}
        self._build_counts()
        self.levels = QLabel("", self)
        self.levels.setAccessibleName(self.tr("Changes per level"))
        self.levels.setWordWrap(True)
        self.changed_only = QCheckBox(self.tr("&Changed clauses only"), self)
        self.substantive_only = QCheckBox(self.tr("&Substantive changes only"), self)
        self.substantive_only.setToolTip(self.tr(
            "Only the clauses whose obligations, numbers, parties, references, brackets or "
            "placeholders changed"))
        self.model = QStandardItemModel(0, 2, self)
        self.model.setHorizontalHeaderLabels([self.tr("Clause"), self.tr("Change")])
        self.proxy = ChangedFilter(self)
        self.proxy.setSourceModel(self.model)
        self.tree = QTreeView(self)
        self.tree.setModel(self.proxy)
        self.tree.setAccessibleName(self.tr("Clause outline"))
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.find_bar)
        layout.addWidget(self.counts)
        layout.addWidget(self.levels)
        layout.addWidget(self.changed_only)
        layout.addWidget(self.substantive_only)
        layout.addWidget(self.tree, 1)
        self._items_by_row: dict[int, QStandardItem] = {}
        self.changed_only.toggled.connect(self.set_changed_only)
        self.substantive_only.toggled.connect(self.set_substantive_only)
        self.tree.activated.connect(self._activated)
        self.tree.clicked.connect(self._activated)

    def _build_counts(self) -> None:
        grid = QGridLayout(self.counts)
        grid.setContentsMargins(0, 4, 0, 4)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(1)
        for number, (name, label, mark) in enumerate(COUNTS):
            value = QLabel("0", self.counts)
            value.setAlignment(Qt.AlignmentFlag.AlignRight)
            caption = QLabel(f"{mark}  {self.tr(label)}", self.counts)
            caption.setBuddy(value)
            row, column = divmod(number, 2)
            grid.addWidget(caption, row, 2 * column)
            grid.addWidget(value, row, 2 * column + 1)
            self._count_labels[name] = value
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(2, 1)

    # -- content ------------------------------------------------------------------------------

    def set_comparison(self, comparison: Comparison, rows: Layout) -> None:
        """Rebuilds the outline in the view's row order: headings, then each pair's tree.

        The items go into a fresh model that no view watches yet, then replace the old one
        at once (inserting into a watched model costs a notification per item).
        """
        self._languages = comparison.languages
        self.show_counts(comparison.stats)
        self.show_levels(describe.level_counts(comparison))
        self._items_by_row = {}
        model = QStandardItemModel(0, 2, self)
        model.setHorizontalHeaderLabels([self.tr("Clause"), self.tr("Change")])
        root = model.invisibleRootItem()
        self._add_summary(describe.grouped_runs(comparison), rows, root)
        whole = describe.read_whole(comparison)
        self._whole = {id(pair) for pair in whole}  # (ids of this comparison's own pairs)
        self._add_substantive(describe.substantive(comparison), rows, root, whole)
        headings: dict[str, QStandardItem] = {}
        parallel = comparison.mode == "parallel"
        for number, row in enumerate(rows.rows):
            if row.kind is RowKind.HEADING:
                # the newer draft's name of a division first; two language versions in
                # their reading order, as their units are named ("Article I / Статья I")
                sides = (row.left, row.right) if parallel else (row.right, row.left)
                texts = dict.fromkeys(side.header_text for side in sides if side.header_text)
                text = " / ".join(texts)
                if text in headings:  # the other draft's side of a division already listed
                    self._items_by_row.setdefault(number, headings[text])
                    continue
                items = self._heading_item(text, number)
                headings[text] = items[0]
                root.appendRow(items)
            elif row.kind is RowKind.PAIR and row.depth == 0 and row.group_start == number:
                self._add(row.pair, rows, root)
        old, self.model = self.model, model
        self.proxy.setSourceModel(model)
        old.deleteLater()
        self._expand()

    def _add_summary(self, runs: list[describe.Run], rows: Layout,
                     root: QStandardItem) -> None:
        """The "Summary" group: one entry per run, which shows the run's first unit."""
        if not runs:
            return
        group = self._heading_item(self.tr(SUMMARY_TITLE), None)
        group[0].setData(True, CHANGED_ROLE)   # kept by "changed only"
        group[0].setToolTip(self.tr("Neighbouring units changed alike"))
        for run in runs:
            number = rows.row_of_pair(run.pairs[0])
            item = QStandardItem(run_text(run))
            item.setData(number, ROW_ROLE)
            item.setData(True, CHANGED_ROLE)
            item.setToolTip(run_text(run))
            sign = QStandardItem(describe.mark(run.pairs[0]))
            sign.setData(number, ROW_ROLE)
            sign.setData(True, CHANGED_ROLE)
            sign.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            group[0].appendRow([item, sign])
        root.appendRow(group)

    def _add_substantive(self, groups, rows: Layout, root: QStandardItem,
                         whole: Sequence[Pair] = ()) -> None:
        """The "Substantive changes" group: per kind ("Strength of obligation"), each flag
        with its citation and words ("Article 7(2): shall → should"), which shows its row;
        then the clauses rewritten at length, which no flag reads word by word (``whole``)."""
        self.substantive_only.setEnabled(bool(groups or whole))
        if not groups and not whole:
            return
        group = self._heading_item(self.tr(SUBSTANTIVE_TITLE), None)
        group[0].setToolTip(self.tr("Changes of obligation, negation, numbers, references, "
                                    "parties, brackets and placeholders"))
        for item in group:
            item.setData(True, CHANGED_ROLE)
            item.setData(True, SUBSTANTIVE_ROLE)
        for _kind, title, found in groups:
            kind_items = self._heading_item(f"{self.tr(title)} ({len(found)})", None)
            for item in kind_items:
                item.setData(True, CHANGED_ROLE)
                item.setData(True, SUBSTANTIVE_ROLE)
            entries: dict[str, tuple[Pair, int]] = {}   # the same words twice: one entry
            for pair, flag in found:
                text = f"{describe.citations(pair)[1] or describe.citations(pair)[0]}: " \
                       f"{flag_text(pair, flag)}"
                first, times = entries.get(text, (pair, 0))
                entries[text] = (first, times + 1)
            for text, (pair, times) in entries.items():
                number = rows.row_of_pair(pair)
                if times > 1:
                    text += f" (×{times})"
                item = QStandardItem(text)
                sign = QStandardItem(describe.FLAG_MARK)
                for cell in (item, sign):
                    cell.setData(number, ROW_ROLE)
                    cell.setData(True, CHANGED_ROLE)
                    cell.setData(True, SUBSTANTIVE_ROLE)
                    cell.setToolTip(text)
                sign.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                kind_items[0].appendRow([item, sign])
            group[0].appendRow(kind_items)
        if whole:
            group[0].appendRow(self._read_whole_items(whole, rows))
        root.appendRow(group)

    def _read_whole_items(self, whole: Sequence[Pair], rows: Layout) -> list[QStandardItem]:
        """ "Long rewrites, not read (3)": each clause with a change of more than 30
        words (or rewritten too far to be read for flags), which shows its row."""
        tip = self.tr("A change of more than 30 words: not read word by word for substantive "
                      "changes. Read its diff.")
        heading = self._heading_item(self.tr("Long rewrites, not read ({count})")
                                     .format(count=len(whole)), None)
        for item in heading:
            item.setData(True, CHANGED_ROLE)
            item.setData(True, SUBSTANTIVE_ROLE)
            item.setToolTip(tip)
        for pair in whole:
            # ("Paragraph 2: long rewrite", not the outline's "Paragraph 2" again)
            item = QStandardItem(self.tr("{citation}: long rewrite").format(
                citation=describe.citations(pair)[1] or describe.citations(pair)[0]))
            sign = QStandardItem(describe.mark(pair))
            for cell in (item, sign):
                cell.setData(rows.row_of_pair(pair), ROW_ROLE)
                cell.setData(True, CHANGED_ROLE)
                cell.setData(True, SUBSTANTIVE_ROLE)
                cell.setToolTip(tip)
            sign.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            heading[0].appendRow([item, sign])
        return heading

    def _add(self, pair: Pair, rows: Layout, parent: QStandardItem) -> None:
        number = rows.row_of_pair(pair)
        title = QStandardItem(pair_title(pair))
        sign = QStandardItem(describe.mark(pair, inside=True))
        tip = pair_tip(pair, self._languages)
        for item in (title, sign):
            item.setData(number, ROW_ROLE)
            item.setData(pair.changed, CHANGED_ROLE)
            item.setData(bool(pair.flags) or id(pair) in self._whole, SUBSTANTIVE_ROLE)
            item.setToolTip(tip)
        sign.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        sign.setData(status_words(pair, self._languages), Qt.ItemDataRole.AccessibleTextRole)
        parent.appendRow([title, sign])
        if number is not None:
            self._items_by_row[number] = title
        for child in pair.children:
            self._add(child, rows, title)

    def _heading_item(self, text: str, number: int | None) -> list[QStandardItem]:
        item = QStandardItem(text)
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)
        item.setData(number, ROW_ROLE)
        item.setData(False, CHANGED_ROLE)
        if number is not None:
            self._items_by_row[number] = item
        return [item, QStandardItem("")]

    def show_counts(self, stats: Stats) -> None:
        for name, label in self._count_labels.items():
            label.setText(QLocale().toString(getattr(stats, name)))

    def show_levels(self, levels: list[describe.LevelCount]) -> None:
        """One line per level: "Articles 6 changed of 20", "paragraphs 14 changed of 92"."""
        self.levels.setText("\n".join(("    " if level.depth else "") + self._level_text(level)
                                       for level in levels))

    def _level_text(self, level: describe.LevelCount) -> str:
        """A level in the interface's language; a unit word without a translation stays the
        older draft's own. None changed is said apart ("Considérants (6) : aucun
        changement"), and the count of changed ones is a plural message, so that French and
        Russian read naturally whatever the level's gender."""
        name = level.own or level.name
        kind = KIND_LEVELS.get(name.lower())
        if kind is not None:
            name = self.tr(kind)
            name = name[:1].upper() + name[1:] if level.depth == 0 else name
        elif level.depth == 0 and level.name in UNIT_LEVELS:
            name = self.tr(UNIT_LEVELS[level.name])
        total = QLocale().toString(level.total)
        if level.changed == 0:
            return self.tr("{name} 0 changed of {total}").format(name=name, total=total)
        return self.tr("{name} %n changed of {total}", "", level.changed).format(
            name=name, total=total)

    def levels_text(self) -> list[str]:
        """The counts per level as shown, for tests and screen readers."""
        return [line.strip() for line in self.levels.text().splitlines()]

    def count_text(self, name: str) -> str:
        return self._count_labels[name].text()

    # -- filter and selection -----------------------------------------------------------------

    def set_changed_only(self, on: bool) -> None:
        self._set_filter(self.changed_only, "changed_only", on)

    def set_substantive_only(self, on: bool) -> None:
        """Only the clauses with a substantive change (and the Substantive changes group)."""
        self._set_filter(self.substantive_only, "substantive_only", on)

    def _set_filter(self, box: QCheckBox, name: str, on: bool) -> None:
        """Turns one of the proxy's filters on or off, with its check box."""
        if box.isChecked() != on:
            box.setChecked(on)  # re-enters through toggled
            return
        if hasattr(self.proxy, "endFilterChange"):  # Qt >= 6.10
            self.proxy.beginFilterChange()
            setattr(self.proxy, name, on)
            self.proxy.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            setattr(self.proxy, name, on)
            self.proxy.invalidateRowsFilter()
        self._expand()

    def _expand(self) -> None:
        """Changed-only shows every changed paragraph; the full outline starts folded."""
        if self.proxy.changed_only or self.proxy.substantive_only:
            self.tree.expandAll()
        else:
            self.tree.collapseAll()
            for number in range(min(2, self.proxy.rowCount())):
                group = self.proxy.index(number, 0)
                if group.data() in (self.tr(SUMMARY_TITLE), self.tr(SUBSTANTIVE_TITLE)):
                    self.tree.expand(group)   # the kinds with their counts

    def visible_titles(self) -> list[str]:
        """The outline as shown (depth first), for tests and screen readers."""
        out = []

        def visit(parent: QModelIndex) -> None:
            for number in range(self.proxy.rowCount(parent)):
                index = self.proxy.index(number, 0, parent)
                out.append(index.data())
                visit(index)

        visit(QModelIndex())
        return out

    def select_row(self, number: int) -> None:
        """Follows the comparison view: selects the outline entry of that row, if any."""
        item = self._items_by_row.get(number)
        if item is None:
            return
        index = self.proxy.mapFromSource(item.index())
        if index.isValid():
            self.tree.blockSignals(True)
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)
            self.tree.blockSignals(False)

    def _activated(self, index: QModelIndex) -> None:
        number = index.data(ROW_ROLE)
        if number is not None:
            self.rowActivated.emit(int(number))


def _tool_button(text: str, tip: str, parent: QWidget) -> QToolButton:
    button = QToolButton(parent)
    button.setText(text)
    button.setToolTip(tip)
    button.setAccessibleName(tip)
    return button

