"""Printing from the window (File > Print…, Print Preview…, Print Briefing…): the dialogs are
answered by the test, the pages go to a PDF file, and the file is read back with PDFium."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog, \
    QPrintPreviewWidget
from PySide6.QtWidgets import QDialog

from clausewise.gui.printing import build_blocks, geometry_for, paginate
from clausewise.readers.pdfium_lock import PDFIUM
from corpus import corpus_file
from gui_support import (SAMPLES, WAIT_MS, open_and_wait, warnings, window,  # noqa: F401
                         write_draft)

DRAFT3 = SAMPLES / "security-agreement-draft3.txt"
DRAFT3_RU = SAMPLES / "security-agreement-draft3.ru.txt"


@pytest.fixture
def print_dialog(monkeypatch, tmp_path) -> dict:
    """The Print dialog is accepted with "print to file" into ``printed.pdf``."""
    seen = {"target": tmp_path / "printed.pdf", "titles": []}

    def accept(dialog):
        seen["titles"].append(dialog.windowTitle())
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(seen["target"]))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    return seen


def page_texts(path: Path) -> list[str]:
    with PDFIUM:    # the app may be using PDFium on its worker pool (readers/pdfium_lock.py)
        pdf = pdfium.PdfDocument(str(path))
        try:
            return [pdf[n].get_textpage().get_text_range() for n in range(len(pdf))]
        finally:
            pdf.close()


def page_colours(path: Path, number: int = 0) -> Counter:
    """How many pixels of the page are close to each of the diff's text colours."""
    with PDFIUM:
        pdf = pdfium.PdfDocument(str(path))
        try:
            image = pdf[number].render(scale=2).to_pil().convert("RGB")
        finally:
            pdf.close()
    wanted = {"deleted": (0xa4, 0x0e, 0x26), "inserted": (0x11, 0x63, 0x29)}
    found: Counter = Counter()
    data = image.tobytes()
    for pixel in (data[n:n + 3] for n in range(0, len(data), 3)):
        for name, colour in wanted.items():
            if sum(abs(a - b) for a, b in zip(pixel, colour)) < 60:
                found[name] += 1
    return found


def print_now(qtbot, window, print_dialog) -> list[str]:  # noqa: F811
    window.actions["print"].trigger()
    return page_texts(print_dialog["target"])


def test_print_prints_both_drafts_with_the_changes_marked_and_numbered_pages(
        qtbot, window, print_dialog):  # noqa: F811
    open_and_wait(qtbot, window)
    assert window.actions["print"].shortcut().toString() == "Ctrl+P"
    pages = print_now(qtbot, window, print_dialog)
    assert print_dialog["titles"] == ["Print Comparison"]
    assert len(pages) >= 5
    for number, text in enumerate(pages, 1):
        assert f"Page {number} of {len(pages)}" in text
        assert "Older draft: security-agreement-draft1.txt" in text
        assert "Newer draft: security-agreement-draft2.txt" in text
        assert re.search(r"Printed \d{4}-\d\d-\d\d", text)
    everything = "".join(pages)
    # Preamble, recital 4 -> 5: "changing" deleted, "deteriorating" inserted, both printed
    assert "changing" in everything and "deteriorating" in everything
    assert "Preamble, recital 5" in everything and "renumbered" in everything
    colours = page_colours(print_dialog["target"])
    assert colours["deleted"] > 50 and colours["inserted"] > 50
    assert f"Printed {len(pages)} pages" in window.statusBar().currentMessage()


def test_changed_clauses_only_leaves_out_the_unchanged_ones(qtbot, window, print_dialog):  # noqa: F811
    open_and_wait(qtbot, window)
    full = print_now(qtbot, window, print_dialog)
    window.actions["changed_only"].setChecked(True)
    changed = print_now(qtbot, window, print_dialog)
    assert len(changed) < len(full)
    unchanged = "long-standing friendship"   # Preamble, recital 1: the same in both drafts
    assert unchanged in "".join(full) and unchanged not in "".join(changed)
    assert "deteriorating" in "".join(changed)
    assert "unchanged clause" in "".join(changed) and "changed clauses only" in changed[0]


def test_cyrillic_and_greek_survive_printing(qtbot, window, print_dialog, tmp_path):  # noqa: F811
    open_and_wait(qtbot, window, DRAFT3, DRAFT3_RU)
    russian = "".join(print_now(qtbot, window, print_dialog))
    assert "СОГЛАШЕНИЕ МЕЖДУ РЕСПУБЛИКОЙ НОРЛАНД" in russian
    assert "Статья 1" in russian

    old = write_draft(tmp_path, "el-1.txt", "Άρθρο 1\nΤα Μέρη συνεργάζονται στενά.\n\n"
                                            "Άρθρο 2\nΗ παρούσα Συμφωνία ισχύει αμέσως.\n")
    new = write_draft(tmp_path, "el-2.txt", "Άρθρο 1\nΤα Μέρη συνεργάζονται πάντοτε στενά.\n\n"
                                            "Άρθρο 2\nΗ παρούσα Συμφωνία ισχύει αμέσως.\n")
    open_and_wait(qtbot, window, old, new)
    greek = "".join(print_now(qtbot, window, print_dialog))
    assert "Άρθρο 1" in greek and "πάντοτε" in greek and "Συμφωνία ισχύει" in greek
    assert page_colours(print_dialog["target"])["inserted"] > 0


def test_a_row_is_cut_only_when_taller_than_a_page_and_never_through_a_line(
        qtbot, window, print_dialog, tmp_path):  # noqa: F811
    words = [f"w{n:04d}" for n in range(1400)]
    changed = [w if n % 97 else w.replace("w", "x") for n, w in enumerate(words)]
    short = "".join(f"Article {n}\nA short clause number {n} of the agreement.\n\n"
                    for n in range(3, 40))
    old = write_draft(tmp_path, "long-1.txt", "Article 1\nShort.\n\nArticle 2\n"
                      + " ".join(words) + "\n\n" + short)
    new = write_draft(tmp_path, "long-2.txt", "Article 1\nShort, changed.\n\nArticle 2\n"
                      + " ".join(changed) + "\n\n" + short)
    open_and_wait(qtbot, window, old, new)
    pages = print_now(qtbot, window, print_dialog)
    seen = Counter(re.findall(r"[wx]\d{4}", "".join(pages)))
    # every word once on each side: no line lost at a cut, none printed twice
    assert all(seen[w] == (1 if w != c else 2) for w, c in zip(words, changed))
    assert all(seen[c] == 1 for w, c in zip(words, changed) if w != c)
    holding = [n for n, text in enumerate(pages) if "w0700" in text or "w1399" in text]
    assert len(set(holding)) >= 2       # the long article runs over pages
    for n in range(3, 40):              # a short article stays on one page
        assert any(text.count(f"clause number {n} of") == 2 for text in pages)

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    page = geometry_for(printer)
    blocks = build_blocks(window.layout_rows, False, page, printer)
    for slices in paginate(blocks, page):
        for piece in slices:
            whole = piece.starts == [0.0] * len(piece.starts) and \
                piece.ends == [s.height for s in piece.block.stacks()]
            assert whole or piece.block.height() + 2 * page.pad > page.body_height
            for stack, start, end in zip(piece.block.stacks(), piece.starts, piece.ends):
                assert start == 0.0 or start in stack.lines       # cut at a line's foot
                assert end == stack.height or end in stack.lines
            assert piece.y + piece.height <= page.body_height + 0.01


def test_print_preview_shows_the_pages_print_would_print(qtbot, window, print_dialog,  # noqa: F811
                                                         monkeypatch):
    open_and_wait(qtbot, window)
    counted = []

    def look(dialog):
        preview = dialog.findChild(QPrintPreviewWidget)
        preview.updatePreview()
        counted.append(preview.pageCount())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QPrintPreviewDialog, "exec", look)
    window.actions["print_preview"].trigger()
    assert counted and counted[0] == len(print_now(qtbot, window, print_dialog))


def test_print_briefing_prints_the_pdf_briefing_pages(qtbot, window, print_dialog,  # noqa: F811
                                                      monkeypatch, tmp_path):
    from clausewise.gui.export_dialog import ExportDialog
    from clausewise.reports import export_briefing

    open_and_wait(qtbot, window)
    chosen = []

    def accept(dialog):
        chosen.append((dialog.windowTitle(), dialog.briefing_options()))
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", accept)
    with qtbot.waitSignal(window.briefingPrinted, timeout=WAIT_MS) as printed:
        window.actions["print_briefing"].trigger()
    title, options = chosen[0]
    assert title == "Print Briefing" and options.format == "pdf"
    assert print_dialog["titles"] == ["Print Briefing"]
    reference = export_briefing(window.comparison, tmp_path / "reference.pdf", options)
    expected = len(page_texts(reference))
    assert printed.args == [expected]
    with PDFIUM:
        pdf = pdfium.PdfDocument(str(print_dialog["target"]))
        try:
            pages = len(pdf)
            image = pdf[0].render(scale=0.5).to_pil().convert("L")
        finally:
            pdf.close()
    assert pages == expected
    dark = sum(1 for value in image.tobytes() if value < 128)
    assert dark > 500          # the cover page is printed, not a blank sheet
    assert "Briefing printed" in window.statusBar().currentMessage()


def test_nothing_to_print_and_a_printer_that_cannot_start_are_said(qtbot, window,  # noqa: F811
                                                                  warnings, monkeypatch,  # noqa: F811
                                                                  tmp_path):
    window.actions["print"].trigger()   # disabled before a comparison: nothing happens
    window.print_comparison()
    assert "nothing to print" in window.statusBar().currentMessage()
    open_and_wait(qtbot, window)

    def into_missing_folder(dialog):
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(tmp_path / "no such folder" / "out.pdf"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", into_missing_folder)
    window.actions["print"].trigger()
    assert len(warnings) == 1 and "Cannot print" in warnings[0] and "out.pdf" in warnings[0]


@pytest.mark.slow
def test_a_real_treaty_in_two_languages_prints(qtbot, window, print_dialog):  # noqa: F811
    english = corpus_file("outer-space-treaty-1967.en.txt")
    russian = corpus_file("outer-space-treaty-1967.ru.txt")
    open_and_wait(qtbot, window, english, russian)
    pages = print_now(qtbot, window, print_dialog)
    text = "".join(pages)
    assert "Article XVII" in text and "Статья XVII" in text
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1]


def test_a_page_too_small_for_a_line_is_said_not_looped_on(qtbot, window, warnings,  # noqa: F811
                                                           monkeypatch, tmp_path):
    from PySide6.QtCore import QMarginsF, QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize

    open_and_wait(qtbot, window)

    def tiny(dialog):
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "tiny.pdf"))
        printer.setPageLayout(QPageLayout(
            QPageSize(QSizeF(30, 12), QPageSize.Unit.Millimeter, "tiny"),
            QPageLayout.Orientation.Portrait, QMarginsF(2, 2, 2, 2),
            QPageLayout.Unit.Millimeter))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", tiny)
    window.actions["print"].trigger()
    assert len(warnings) == 1 and "too small" in warnings[0]
