"""PDFium allows no two calls at once in a process, on any document (readers/pdfium_lock.py).
Every part of Clausewise that uses it (reading a PDF draft, the export dialog's preview,
printing a briefing) holds the one lock while it does; and, so held, they can run together
on several threads and give what each gives alone."""

from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path

import pypdfium2
import pytest
from PySide6.QtPrintSupport import QPrinter

from clausewise.core import compare
from clausewise.drafts import SAMPLES_DIR, load_draft
from clausewise.gui.export_dialog import first_page_image
from clausewise.gui.printing import print_pdf_pages
from clausewise.readers.pdf_reader import read_pdf
from clausewise.readers.pdfium_lock import PDFIUM
from clausewise.reports import BriefingOptions, export_briefing


@pytest.fixture(scope="module")
def comparison():
    return compare(load_draft(SAMPLES_DIR / "security-agreement-draft1.txt"),
                   load_draft(SAMPLES_DIR / "security-agreement-draft2.txt"))


@pytest.fixture(scope="module")
def briefing(comparison, tmp_path_factory) -> Path:
    """A real PDF with text on several pages: the sample drafts' briefing."""
    return export_briefing(comparison, tmp_path_factory.mktemp("pdf") / "briefing.pdf",
                           BriefingOptions())


#: The briefing's date, fixed: a preview rendered a minute later would differ by its clock.
OPTIONS = BriefingOptions(now=datetime(2026, 12, 1, 9, 30))


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


@pytest.fixture
def held(monkeypatch) -> list[tuple[str, bool]]:
    """Each document opened, page taken and document closed through pypdfium2, with whether
    the thread doing it held the lock."""
    seen: list[tuple[str, bool]] = []

    class Watched(pypdfium2.PdfDocument):
        def __init__(self, *args, **kwargs):
            seen.append(("open", PDFIUM._is_owned()))
            super().__init__(*args, **kwargs)

        def get_page(self, index):
            seen.append(("page", PDFIUM._is_owned()))
            return super().get_page(index)

        def close(self, *args, **kwargs):
            seen.append(("close", PDFIUM._is_owned()))
            return super().close(*args, **kwargs)

    monkeypatch.setattr(pypdfium2, "PdfDocument", Watched)
    return seen


def test_reading_a_pdf_holds_the_lock(held, briefing):
    source = read_pdf(briefing.read_bytes(), briefing.name)
    assert any("Article" in line.text for line in source.lines)
    assert ("open", True) in held and ("close", True) in held
    assert all(owned for _, owned in held)


def test_the_export_preview_holds_the_lock(qapp, held, comparison):
    image = first_page_image(comparison, BriefingOptions(), width=300)
    assert image.width() == 300 and image.height() > 300
    assert {what for what, _ in held} == {"open", "page", "close"}
    assert all(owned for _, owned in held)


def test_printing_a_briefing_holds_the_lock_for_pdfium_only(qapp, held, briefing, tmp_path):
    pages = print_pdf_pages(pdf_printer(tmp_path / "printed.pdf"), briefing)
    assert pages >= 2 and [what for what, _ in held].count("page") == pages
    assert all(owned for _, owned in held)
    assert not PDFIUM._is_owned()     # let go once printed


def test_reading_previewing_and_printing_at_once_on_several_threads(qapp, comparison, briefing,
                                                                    tmp_path):
    data = briefing.read_bytes()
    alone = [line.text for line in read_pdf(data, briefing.name).lines]
    preview = first_page_image(comparison, OPTIONS, width=240)
    results: dict[str, object] = {}
    failures: list[BaseException] = []

    def run(name, work):
        try:
            results[name] = work()
        except BaseException as error:  # noqa: BLE001 - reported by the test below
            failures.append(error)

    work = {f"read {n}": lambda: [line.text for line in read_pdf(data, "b.pdf").lines]
            for n in range(3)}
    work.update({f"preview {n}": lambda: first_page_image(comparison, OPTIONS, width=240)
                 for n in range(2)})
    work["print"] = lambda: print_pdf_pages(pdf_printer(tmp_path / "p.pdf"), briefing)
    threads = [threading.Thread(target=run, args=item) for item in work.items()]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert not failures and not any(thread.is_alive() for thread in threads)
    for n in range(3):
        assert results[f"read {n}"] == alone
    for n in range(2):
        assert results[f"preview {n}"] == preview
    assert results["print"] >= 2
