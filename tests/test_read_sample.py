"""The Word sample of draft 2 says exactly what the plain-text draft 2 says: every line of
the .txt is a paragraph of the .docx, with the article, paragraph and point numbers drawn
by Word's automatic numbering instead of typed."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

from clausewise.readers import read

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "resources" / "samples"
DRAFT2_TXT = SAMPLES / "security-agreement-draft2.txt"
DRAFT2_DOCX = SAMPLES / "security-agreement-draft2.docx"

needs_sample = pytest.mark.skipif(
    not DRAFT2_TXT.exists(), reason="sample draft 2 (.txt) is not written yet")


def shown(line) -> str:
    """A line as Word shows it: the automatic number, then the text."""
    return " ".join(part for part in (line.number, line.text) if part)


def nonblank_lines(path: Path) -> list[str]:
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@needs_sample
def test_word_sample_reads_as_the_text_sample():
    assert DRAFT2_DOCX.exists(), "run scripts/make_sample_docx.py to write the .docx sample"

    docx_lines = [shown(line) for line in read(DRAFT2_DOCX).lines]

    assert docx_lines == nonblank_lines(DRAFT2_TXT)


@needs_sample
def test_word_sample_numbers_are_automatic_and_headings_styled():
    source = read(DRAFT2_DOCX)

    articles = [line for line in source.lines if line.number and line.number.startswith("Article")]
    assert articles, "the articles are numbered by Word"
    assert all(line.text == "" and line.style == "Heading 1" for line in articles)
    assert source.lines[0].style == "Title" and source.lines[0].heading_level == 0
    typed_numbers = re.compile(r"^(Article \d+|\d+\.|\([a-z]+\))(\s|$)")
    assert not [line.text for line in source.lines if typed_numbers.match(line.text)]
    assert {line.number for line in source.lines if line.list_level == 2} >= {"(a)", "(b)"}


def test_script_turns_gaps_restarts_and_annexes_into_word_numbering(tmp_path):
    script = _load_script()
    draft = tmp_path / "draft.txt"
    draft.write_text(
        "AGREEMENT BETWEEN NORLAND\nAND SUDMARK\n\n"
        "Have agreed as follows:\n\n"
        "PART I\nGENERAL PROVISIONS\n\n"
        "Article 1\nScope\n\nThis Agreement applies to the territory of the Parties.\n\n"
        "Article 4\nConsultations\n\n"
        "1. The Parties shall consult each other:\n(a) at the level of ministers;\n"
        "(b) at the level of experts, either:\n(i) in Nordhavn; or\n(ii) in Sudby.\n"
        "3. Consultations are confidential.\n(h) an eighth point;\n(i) a ninth point.\n\n"
        "ANNEX I\nPROCEDURES\n\n1. Notice is given in writing.\n2. It is answered.\n\n"
        "Done at Nordhavn, on 3 March 2024.\n",
        encoding="utf-8",
    )
    output = tmp_path / "draft.docx"

    assert script.main(["--input", str(draft), "--output", str(output)]) == 0

    source = read(output)
    assert [shown(line) for line in source.lines] == nonblank_lines(draft)
    by_text = {line.text: line for line in source.lines}
    assert by_text["in Nordhavn; or"].list_level == 3          # (i) after (b) is a sub-point
    assert by_text["a ninth point."].list_level == 2           # (i) after (h) is a letter
    assert by_text["PART I"].number is None                    # Heading 1 without a number
    assert by_text["Notice is given in writing."].number == "1."


def test_script_output_is_reproducible(tmp_path):
    script = _load_script()
    text = "TITLE\n\nArticle 1\nScope\n\n1. Text.\n"

    assert script.build(text) == script.build(text)


def _load_script():
    spec = importlib.util.spec_from_file_location(
        "make_sample_docx", REPO / "scripts" / "make_sample_docx.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module
