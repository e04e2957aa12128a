"""A reviewer gets the newer draft as a Word file with tracked changes against the older one.

In Word or LibreOffice they accept or reject each change. Accepting all of them must give
the newer draft word for word, rejecting all of them the older draft; every change carries
the author and date; and LibreOffice must open the file and keep the changes as revisions.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import docx
from lxml import etree
import pytest

from clausewise.core.compare import Status
from clausewise.reports import (AnnotationNote, BriefingOptions, ReportError,
                                export_tracked_changes)
from test_report_support import (NEW_DRAFT, OLD_DRAFT, article, docx_parts, hand_comparison,
                                 pair, river_comparison, tracked_text)

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
AUTHOR = "Anna Petrova"
WHEN = datetime(2026, 3, 1, 10, 0)
STAMP = "2026-03-01T10:00:00Z"


def lines(draft: str) -> list[str]:
    return [line for line in draft.splitlines() if line.strip()]


def utc_stamp(when: datetime) -> str:
    from clausewise.reports.docx_common import utc
    return utc(when).strftime("%Y-%m-%dT%H:%M:%SZ")


@pytest.fixture
def tracked_docx(tmp_path: Path) -> Path:
    options = BriefingOptions(author=AUTHOR, now=WHEN, marking="OFFICIAL-SENSITIVE",
                              annotations={"Article 5": [AnnotationNote(
                                  "Article 5", "query", "open", "J. Smith", "New: who asked?")]})
    return export_tracked_changes(river_comparison(), tmp_path / "draft2-tracked.docx", options)


def test_accepting_every_change_gives_the_newer_draft(tracked_docx: Path):
    assert tracked_text(tracked_docx, accept=True) == lines(NEW_DRAFT)


def test_rejecting_every_change_gives_the_older_draft(tracked_docx: Path):
    assert tracked_text(tracked_docx, accept=False) == lines(OLD_DRAFT)


def test_every_change_is_a_revision_with_author_and_date(tracked_docx: Path):
    xml = docx_parts(tracked_docx)["word/document.xml"]
    marks = re.findall(r"<w:(ins|del) ([^>]*)>", xml)
    assert {kind for kind, _ in marks} == {"ins", "del"}
    stamp = utc_stamp(WHEN)
    for _, attributes in marks:
        assert f'w:author="{AUTHOR}"' in attributes and f'w:date="{stamp}"' in attributes
    ids = re.findall(r'<w:(?:ins|del) w:id="(\d+)"', xml)
    assert len(ids) == len(set(ids))  # each revision can be accepted on its own
    assert "<w:delText" in xml  # deleted words are kept as deleted text, not dropped


def test_a_renumbered_article_shows_its_old_number_deleted_and_new_inserted(tracked_docx: Path):
    document = docx.Document(tracked_docx)
    heading = next(p for p in document.paragraphs if ">Article 4</w:delText>" in p._p.xml)
    assert heading.style.name == "Heading 2"
    xml = heading._p.xml
    assert re.search(r"<w:del [^>]*>\s*<w:r>\s*<w:delText[^>]*>Article 4</w:delText>", xml)
    assert re.search(r"<w:ins [^>]*>\s*<w:r>\s*<w:t[^>]*>Article 3</w:t>", xml)


def test_a_removed_article_disappears_whole_when_accepted(tracked_docx: Path):
    document = docx.Document(tracked_docx)
    removed = [p for p in document.paragraphs if "Inspections" in p._p.xml
               or "may inspect a vessel" in p._p.xml]
    assert removed
    for paragraph in removed:
        assert paragraph._p.find(".//{*}pPr/{*}rPr/{*}del") is not None  # the mark too
        assert paragraph.text == ""  # python-docx shows no deleted text: all of it is w:del


def test_notes_become_comments_and_track_changes_stays_on(tracked_docx: Path):
    document = docx.Document(tracked_docx)
    comments = list(document.comments)
    assert [(c.author, c.text) for c in comments] == [("J. Smith", "[query, open] New: who asked?")]
    assert "<w:trackRevisions/>" in docx_parts(tracked_docx)["word/settings.xml"]
    assert document.sections[0].header.paragraphs[0].text == "OFFICIAL-SENSITIVE"
    assert document.core_properties.author == AUTHOR


def test_splits_merges_and_moves_are_tracked_too(tmp_path: Path):
    old5 = article("5", "Exchange of information", "The Parties shall exchange information "
                   "on vessels. They shall notify each other of accidents.")
    new5 = article("5", "Exchange of information", "The Parties shall exchange information "
                   "on vessels.")
    new6 = article("6", "Notification of accidents", "They shall notify each other of "
                   "accidents within one day.")
    old7 = article("7", "", "Each Party shall designate a contact point.")
    old8 = article("8", "", "The contact points shall meet yearly.")
    new7 = article("7", "", "Each Party shall designate a contact point; the contact points "
                   "shall meet yearly.")
    old9 = article("9", "Entry into force", "This Agreement enters into force on signature.")
    new8 = article("8", "Entry into force", "This Agreement enters into force on signature.")
    comparison = hand_comparison((
        pair((old5,), (new5, new6), Status.SPLIT),
        pair((old7, old8), (new7,), Status.MERGED),
        pair((old9,), (new8,), Status.UNCHANGED, moved=True, renumbered=True)))
    path = export_tracked_changes(comparison, tmp_path / "shapes.docx", BriefingOptions())
    assert tracked_text(path, accept=True) == [
        "Article 5", "Exchange of information",
        "The Parties shall exchange information on vessels.",
        "Article 6", "Notification of accidents",
        "They shall notify each other of accidents within one day.",
        "Article 7", "Each Party shall designate a contact point; the contact points shall "
        "meet yearly.",
        "Article 8", "Entry into force", "This Agreement enters into force on signature."]
    assert tracked_text(path, accept=False) == [
        "Article 5", "Exchange of information",
        "The Parties shall exchange information on vessels. They shall notify each other of "
        "accidents.",
        "Article 7", "Each Party shall designate a contact point.",
        "Article 8", "The contact points shall meet yearly.",
        "Article 9", "Entry into force", "This Agreement enters into force on signature."]
    # The move is a Word move, not a deletion plus an insertion with comments.
    assert not list(docx.Document(path).comments)
    xml = docx_parts(path)["word/document.xml"]
    body = etree.fromstring(xml.encode()).find(f"{W}body")
    for side in ("From", "To"):
        starts = list(body.iter(f"{W}move{side}RangeStart"))
        ends = list(body.iter(f"{W}move{side}RangeEnd"))
        assert [s.get(f"{W}name") for s in starts] == ["move-article-8"]
        assert [e.get(f"{W}id") for e in ends] == [starts[0].get(f"{W}id")]
        moved = "".join(t.text for m in body.iter(f"{W}move{side}") for t in m.iter(f"{W}t"))
        assert "This Agreement enters into force on signature." in moved


def test_a_tracked_changes_file_must_be_word(tmp_path: Path):
    with pytest.raises(ReportError, match=r"\.docx"):
        export_tracked_changes(river_comparison(), tmp_path / "draft.pdf", BriefingOptions())


# --- LibreOffice ------------------------------------------------------------------------------

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def libreoffice(source: Path, target_format: str, out: Path, profile: Path) -> Path:
    """Converts with LibreOffice headless, in a private profile so runs never collide."""
    subprocess.run([SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless",
                    "--convert-to", target_format, "--outdir", str(out), str(source)],
                   check=True, capture_output=True, timeout=180)
    produced = out / (source.stem + "." + target_format.split(":")[0])
    assert produced.is_file(), f"LibreOffice did not convert {source.name}"
    return produced


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed: "
                    "`make test` installs libreoffice-writer-nogui from Debian")
def test_libreoffice_opens_the_file_and_keeps_each_change(tracked_docx: Path, tmp_path: Path):
    from pypdf import PdfReader

    profile = tmp_path / "lo-profile"
    pdf = libreoffice(tracked_docx, "pdf", tmp_path / "pdf", profile)
    printed = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Settlement of disputes" in " ".join(printed.split())
    resaved = libreoffice(tracked_docx, "docx:MS Word 2007 XML", tmp_path / "docx", profile)
    xml = docx_parts(resaved)["word/document.xml"]
    stamp = utc_stamp(WHEN)
    for kind in ("ins", "del"):
        assert re.search(rf'<w:{kind} [^>]*w:author="{AUTHOR}" w:date="{stamp}"', xml), \
            f"LibreOffice dropped the tracked {kind}ertions"


PLAIN = """Agreement on Ports

Article 1
Scope

This Agreement applies to ports.

Article 2
Fees

Fees shall be fair.

Article 3
Review

The Parties shall review this Agreement.
"""

WITH_PARTS = """Agreement on Ports

PART I
GENERAL PROVISIONS

Article 1
Scope

This Agreement applies to sea ports.

Article 2
Fees

Fees shall be fair.

PART II
FINAL PROVISIONS

Article 3
Review

The Parties shall review this Agreement.

ANNEX I
LIST OF PORTS

1. Port of Norhaven.
2. Port of Sudby.
"""


@pytest.mark.parametrize("old_text, new_text", [(PLAIN, WITH_PARTS), (WITH_PARTS, PLAIN)],
                         ids=["parts and annex added", "parts and annex removed"])
def test_parts_and_annexes_come_and_go_as_tracked_changes(tmp_path, old_text, new_text):
    from test_report_support import compare_texts
    comparison = compare_texts(old_text, new_text, "ports1.txt", "ports2.txt")
    path = export_tracked_changes(comparison, tmp_path / "ports.docx", BriefingOptions())
    assert tracked_text(path, accept=True) == lines(new_text)
    assert tracked_text(path, accept=False) == lines(old_text)
