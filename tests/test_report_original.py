"""Tracked changes written into the delegation's own .docx (issue 15, item 5).

The newer sample draft is a US Letter .docx with Heading styles and automatic numbering.
The tracked-changes file must be that file with the changes in it: same page size, styles
and numbering, moved clauses as Word moves; LibreOffice headless then accepts every change
(which must give the newer draft) and rejects every change (which must give the older one).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import docx
import pytest
from lxml import etree

from clausewise.core.compare import compare
from clausewise.drafts import load_draft
from clausewise.paths import resource_path
from clausewise.reports import AnnotationNote, BriefingOptions, export_tracked_changes
from test_report_support import docx_parts, tracked_text

SAMPLES = resource_path("samples")
OLD = SAMPLES / "security-agreement-draft1.txt"
NEW = SAMPLES / "security-agreement-draft2.docx"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")

pytestmark = pytest.mark.skipif(not (OLD.is_file() and NEW.is_file()),
                                reason="the sample drafts (resources/samples) are not there")


@pytest.fixture(scope="module")
def tracked(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("original")
    comparison = compare(load_draft(OLD), load_draft(NEW))
    options = BriefingOptions(author="Anna Petrova", marking="OFFICIAL-SENSITIVE",
                              left_path=OLD, right_path=NEW, now=datetime(2026, 3, 2, 9, 30),
                              annotations={("right", "art-5"): [AnnotationNote(
                                  "Article 5", "Red line", "open", "J. Smith", "Keep as is")]})
    return export_tracked_changes(comparison, folder / "tracked.docx", options)


def test_the_file_keeps_the_drafts_page_size_styles_and_numbering(tracked: Path):
    original, written = docx.Document(NEW), docx.Document(tracked)
    for side in ("page_width", "page_height", "left_margin", "top_margin"):
        assert getattr(written.sections[0], side) == getattr(original.sections[0], side)
    assert written.sections[0].page_width.mm == pytest.approx(215.9, abs=0.1)  # US Letter
    parts, source = docx_parts(tracked), docx_parts(NEW)
    assert parts["word/styles.xml"] == source["word/styles.xml"]
    assert parts["word/numbering.xml"] == source["word/numbering.xml"]
    body = etree.fromstring(parts["word/document.xml"].encode()).find(f"{W}body")
    numbered = [p for p in body.iter(f"{W}p") if p.find(f"{W}pPr/{W}numPr") is not None]
    assert len(numbered) > 50   # the paragraphs Word numbers are still numbered by Word
    headings = {p.style.name for p in written.paragraphs}
    assert {"Heading 1", "Heading 2", "Title"} <= headings


def test_moves_are_word_moves_and_notes_are_comments(tracked: Path):
    xml = docx_parts(tracked)["word/document.xml"]
    body = etree.fromstring(xml.encode()).find(f"{W}body")
    starts = {s.get(f"{W}name") for s in body.iter(f"{W}moveFromRangeStart")}
    assert starts and starts == {s.get(f"{W}name") for s in body.iter(f"{W}moveToRangeStart")}
    assert any(True for _ in body.iter(f"{W}moveFrom")) and any(True for _ in body.iter(f"{W}moveTo"))
    assert [c.text for c in docx.Document(tracked).comments] == ["[Red line, open] Keep as is"]
    assert '<w:ins w:id=' in xml and 'w:author="Anna Petrova"' in xml


def test_accepting_in_the_file_gives_the_newer_drafts_text(tracked: Path):
    accepted = tracked_text(tracked, accept=True)
    newer = [line.text for line in _lines(NEW) if line.text.strip()]
    assert [" ".join(t.split()) for t in accepted] == [" ".join(t.split()) for t in newer]


def _lines(path: Path):
    from clausewise.readers.docx_reader import read_docx
    return read_docx(path.read_bytes(), path.name).lines


def test_the_marking_heads_every_page_above_the_drafts_own_header(tracked: Path):
    section = docx.Document(tracked).sections[0]
    assert section.header.paragraphs[0].text == "OFFICIAL-SENSITIVE"
    assert section.footer.paragraphs[0].text == "OFFICIAL-SENSITIVE"


def test_another_format_gets_the_rebuilt_document(tmp_path: Path):
    newer_text = SAMPLES / "security-agreement-draft2.txt"
    comparison = compare(load_draft(OLD), load_draft(newer_text))
    path = export_tracked_changes(comparison, tmp_path / "t.docx",
                                  BriefingOptions(left_path=OLD, right_path=newer_text))
    assert docx.Document(path).sections[0].page_width.mm == pytest.approx(210, abs=0.1)  # A4


# --- LibreOffice accepts and rejects every change ---------------------------------------------

MACRO = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub Apply
  Dim args(0) As New com.sun.star.beans.PropertyValue
  args(0).Name = &quot;Hidden&quot;
  args(0).Value = True
  doc = StarDesktop.loadComponentFromURL(ConvertToURL(Environ(&quot;CW_IN&quot;)), &quot;_blank&quot;, 0, args())
  helper = createUnoService(&quot;com.sun.star.frame.DispatchHelper&quot;)
  helper.executeDispatch(doc.CurrentController.Frame, &quot;.uno:&quot; &amp; Environ(&quot;CW_ACTION&quot;) &amp; &quot;AllTrackedChanges&quot;, &quot;&quot;, 0, Array())
  Dim out(0) As New com.sun.star.beans.PropertyValue
  out(0).Name = &quot;FilterName&quot;
  out(0).Value = &quot;MS Word 2007 XML&quot;
  doc.storeToURL(ConvertToURL(Environ(&quot;CW_OUT&quot;)), out())
  doc.close(True)
End Sub
</script:module>
"""


@pytest.fixture(scope="module")
def libreoffice_review(tmp_path_factory):
    """A function (tracked file, "Accept" | "Reject") -> the .docx LibreOffice saves after
    accepting or rejecting every change, via a Basic macro in a private profile."""
    if SOFFICE is None:
        pytest.skip("LibreOffice (soffice) is not installed: `make test` installs "
                    "libreoffice-writer-nogui")
    folder = tmp_path_factory.mktemp("lo")
    profile = folder / "profile"
    seed = folder / "seed.txt"
    seed.write_text("profile\n")
    subprocess.run([SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(folder), str(seed)],
                   capture_output=True, timeout=240, check=True)
    module = profile / "user" / "basic" / "Standard" / "Module1.xba"
    assert module.is_file(), "LibreOffice made no Basic library in its profile"
    module.write_text(MACRO, encoding="utf-8")

    def review(source: Path, action: str) -> Path:
        out = folder / f"{source.stem}-{action}.docx"
        env = dict(os.environ, CW_IN=str(source), CW_ACTION=action, CW_OUT=str(out))
        subprocess.run([SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless",
                        "vnd.sun.star.script:Standard.Module1.Apply?language=Basic"
                        "&location=application"], env=env, capture_output=True, timeout=240)
        assert out.is_file(), f"LibreOffice did not {action.lower()} the changes"
        return out
    return review


def test_libreoffice_accept_all_gives_the_newer_draft(tracked: Path, libreoffice_review):
    accepted = libreoffice_review(tracked, "Accept")
    comparison = compare(load_draft(NEW), load_draft(accepted))
    assert not [pair for pair in comparison.walk() if pair.changed or pair.renumbered]
    assert docx.Document(accepted).sections[0].page_width.mm == pytest.approx(215.9, abs=0.2)


def test_libreoffice_reject_all_gives_the_older_text(tracked: Path, libreoffice_review):
    rejected = libreoffice_review(tracked, "Reject")
    comparison = compare(load_draft(OLD), load_draft(rejected))
    stats = comparison.stats.as_dict()
    # Every paragraph of the older draft comes back word for word, none is left over...
    assert stats["modified"] == stats["removed"] == 0
    older = sorted(" ".join(c.text.split()) for c in load_draft(OLD).walk() if c.text)
    got = sorted(" ".join(c.text.split()) for c in load_draft(rejected).walk() if c.text)
    assert got == older
    # ...and each in its place: merged and split articles are deleted whole in their own
    # order and inserted whole, so nothing comes back out of order or renumbered.
    assert not [pair for pair in comparison.walk()
                if pair.changed or pair.renumbered or pair.moved]
