"""Real PDFs of the corpus (../shared/corpus) read as the paragraphs of their .txt twins.

The .txt files were extracted from the same PDFs, one paragraph a line, but the extraction
glued things a reader of the PDF must keep apart: a heading and its first sentence ("Article
1 Use of terms For the purposes ..."), a run of rules on one line, the footnotes of a page
into the paragraph that crosses the page end (after a "_____" rule), and reference marks
into the words ("Nations,1"). So a .txt paragraph counts as found when, whitespace
normalised and reference marks aside, it is one of the PDF's paragraphs, or several
consecutive ones of which all but the last end a sentence or a recital or are headings
(short, or set as headings), or, where
the .txt broke it at a page end or glued footnotes into it, when its text stands whole in
one PDF paragraph. A PDF paragraph that is only a printed line of a longer one matches
nothing, so the share found measures how well paragraphs are rebuilt.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from clausewise.readers import read

CORPUS = Path(__file__).parents[1].parent / "shared" / "corpus"
pytestmark = pytest.mark.skipif(not CORPUS.is_dir(),
                                reason=f"the corpus folder {CORPUS} is absent")

_MARK = re.compile(r"(?<=[^\W\d]|[,.;:”’)])\d{1,3}(?=[\s,.;:]|$)")
#: A reference mark the .txt set apart with spaces ("timeline. 6 Additionally", "Committee,
#: 32 the"); removed from both sides, so a real number there costs nothing.
_SPACED_MARK = re.compile(r"(?<=[.,;:”)]) \d{1,3}(?= [^\W\d])")
_FOOTNOTE_RULE = "__________________"


_INVISIBLE = re.compile("[\u2060\u200b\ue000-\uf8ff]")   # word joiners, symbol-font marks


def _norm(text: str) -> str:
    text = " ".join(_INVISIBLE.sub("", text).split())
    text = re.sub(r"(?<=\w)- (?=\w)", "-", text)    # "Co- Chairs": a .txt line-end hyphen
    return _SPACED_MARK.sub("", _MARK.sub("", text)).strip()


_RECITAL = re.compile(r"^(Further |Also )?[A-Z][a-z]+ing\b")   # "Recalling ...," "Noting ..."


def _ends_a_paragraph(text: str, following: str) -> bool:
    """Whether a .txt line may run two PDF paragraphs together here: after a sentence, a
    heading (short) or a recital ("..., " then "Reaffirming ...")."""
    return (text.endswith((".", ":", ";")) or len(text) <= 90
            or text.endswith(",") and _RECITAL.match(following) is not None)


def _glued(target: str, pdf: list[str], starts: dict[str, list[int]],
           headings: set[int]) -> bool:
    """Whether ``target`` is consecutive PDF paragraphs joined by spaces."""
    for index in starts.get(target.split(" ")[0], ()):
        joined, end = pdf[index], index + 1
        while len(joined) < len(target) and end < len(pdf) and (
                end - 1 in headings or _ends_a_paragraph(pdf[end - 1], pdf[end])):
            longer = f"{joined} {pdf[end]}"
            if not target.startswith(longer):
                break
            joined, end = longer, end + 1
        if joined == target:
            return True
    return False


def agreement(stem: str) -> tuple[float, list[str], object]:
    """The share of the .txt's paragraphs found among the PDF's, the ones missing, and the
    PDF's SourceText."""
    source = read(CORPUS / f"{stem}.pdf")
    lines = (CORPUS / f"{stem}.txt").read_text(encoding="utf-8").splitlines()
    txt = [_norm(line) for line in lines if line.strip()]
    kept = [line for line in source.lines if line.text.strip()]
    pdf = [_norm(line.text) for line in kept]
    headings = {index for index, line in enumerate(kept) if line.heading_level is not None}
    starts: dict[str, list[int]] = {}
    for index, paragraph in enumerate(pdf):
        starts.setdefault(paragraph.split(" ")[0], []).append(index)
    missing = []
    for index, paragraph in enumerate(txt):
        head = paragraph.split(_FOOTNOTE_RULE)[0].strip()
        if _glued(paragraph, pdf, starts, headings) or _glued(head, pdf, starts, headings):
            continue
        nearby = [head]
        if index + 1 < len(txt):       # the .txt broke the paragraph at a page end
            nearby.append(f"{head} {txt[index + 1][:40]}")
            nearby.append(head + txt[index + 1][:40])
        if head != paragraph or len(nearby) > 1:
            if any(text in whole for text in nearby[1:] for whole in pdf) or (
                    head != paragraph and any(whole.startswith(head) for whole in pdf)):
                continue
        if index > 0 and any(f"{txt[index - 1][-40:]} {head}" in whole for whole in pdf):
            continue
        missing.append(paragraph)
    return 1 - len(missing) / len(txt), missing, source


@pytest.mark.parametrize("stem, share", [
    ("bbnj-agreement-2023.en", 0.98),
    ("bbnj-prepcom-report-2026.final", 0.95),
    ("bbnj-prepcom-report-2026.advance", 0.95),
])
@pytest.mark.slow
def test_pdf_gives_the_paragraphs_of_its_txt_twin(stem, share):
    found, missing, _ = agreement(stem)
    assert found >= share, f"{found:.1%} found; first missing: {missing[:3]}"


@pytest.fixture(scope="module")
def reports():
    return {issue: read(CORPUS / f"bbnj-prepcom-report-2026.{issue}.pdf")
            for issue in ("advance", "final")}


@pytest.mark.slow
@pytest.mark.parametrize("issue", ["advance", "final"])
def test_every_numbered_paragraph_of_the_un_report_starts_a_line(reports, issue):
    """The 264 numbered paragraphs (1..74 in the report, the rest in its annexes) each start
    a line, as in the .txt; the PDF may have a few more where the .txt glued a numbered
    heading to its first paragraph ("1. Scope 1. The present rules ...")."""
    number = re.compile(r"(\d{1,3})\s?\.\s")
    pdf = Counter(found.group(1) for line in reports[issue].lines
                  if (found := number.match(line.text)))
    text = (CORPUS / f"bbnj-prepcom-report-2026.{issue}.txt").read_text(encoding="utf-8")
    txt = Counter(found.group(1) for line in text.splitlines()
                  if (found := number.match(line)))
    assert sum(txt.values()) == 264
    assert not txt - pdf
    assert sum((pdf - txt).values()) <= 3
    assert {str(paragraph) for paragraph in range(1, 75)} <= set(pdf)


def test_cover_page_items_stand_on_their_own_lines(reports):
    advance = [line.text for line in reports["advance"].lines if line.text]
    final = [line.text for line in reports["final"].lines if line.text]
    assert "ADVANCE, UNEDITED VERSION" in advance
    assert "04/05/26" in advance
    for item in ("A/AC.296/2026/9", "Distr.: General", "4 May 2026", "Original: English"):
        assert item in final
    for texts in (advance, final):
        first = next(text for text in texts if text.startswith("1."))
        assert first.startswith("1. In its resolution 78/272")
        assert texts.index(first) > texts.index("I. Introduction")


def test_headings_carry_levels_from_their_type(reports):
    final = reports["final"].lines
    levels = {line.text: line.heading_level for line in final}
    chapter, section = levels["I. Introduction"], levels["A. Sessions of the Preparatory "
                                                         "Commission"]
    assert chapter is not None and section is not None and chapter < section
    paragraphs = [line for line in final if re.match(r"\d{1,3}\. [A-Z]", line.text)]
    assert len(paragraphs) > 200
    assert all(line.heading_level is None for line in paragraphs if len(line.text) > 250)


def test_bbnj_articles_are_headings_of_their_own_and_notes_are_apart():
    source = read(CORPUS / "bbnj-agreement-2023.en.pdf")
    texts = [line.text for line in source.lines]
    for number in range(1, 77):
        assert f"Article {number}" in texts
    heading = source.lines[texts.index("Article 5")]
    assert heading.heading_level is not None
    assert source.format == "pdf"
    assert not any("Page " in text for text in texts)


def test_un_report_footnotes_are_kept_apart(reports):
    for source in reports.values():
        assert len(source.footnotes) > 10
        assert not any(line.text.startswith("Available at https://") for line in source.lines)
