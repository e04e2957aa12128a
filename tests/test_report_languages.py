"""Briefings in English, French or Russian (issue 20): the briefing's own words follow the
language chosen, the drafts' words are printed as they are, whatever the window's language."""

from __future__ import annotations

import pytest
from docx import Document as WordDocument
from pypdf import PdfReader

from clausewise.cli import main
from clausewise.core.compare import compare
from clausewise.drafts import SAMPLES_DIR, load_draft
from clausewise.reports import BriefingOptions, ReportError, export_briefing

DRAFT1 = SAMPLES_DIR / "security-agreement-draft1.txt"
DRAFT2 = SAMPLES_DIR / "security-agreement-draft2.txt"

EXPECTED = {
    "fr": ("Résumé", "Modifications de fond", "Force de l'obligation", "Projet antérieur",
           "Clauses modifiées, clause par clause", "renumérotée", "décembre",
           "Articles 5–7 modifiés dans leurs paragraphes, renumérotés (auparavant 4–6)"),
    "ru": ("Краткое изложение", "Изменения по существу", "Сила обязательства",
           "Предыдущий проект", "Изменённые положения, по одному", "перенумеровано", "Стр.",
           "Articles 5–7 изменены в пунктах, перенумерованы (ранее 4–6)"),
}


def pdf_words(path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


@pytest.fixture(scope="module")
def comparison():
    return compare(load_draft(DRAFT1), load_draft(DRAFT2))


@pytest.mark.parametrize("language", ["fr", "ru"])
def test_the_briefing_speaks_the_language_chosen(comparison, tmp_path, language):
    from datetime import datetime, timezone

    options = BriefingOptions(language=language,
                              now=datetime(2026, 12, 1, 9, 30, tzinfo=timezone.utc))
    text = pdf_words(export_briefing(comparison, tmp_path / "b.pdf", options))
    for words in EXPECTED[language]:
        assert words in text, words
    assert "Executive summary" not in text and "Older draft" not in text
    assert "shall → should" in text           # the drafts' words as they are
    word = WordDocument(export_briefing(comparison, tmp_path / "b.docx", options))
    paragraphs = " ".join(p.text for p in word.paragraphs)
    assert EXPECTED[language][0] in paragraphs and EXPECTED[language][1] in paragraphs
    footer = " ".join(p.text for p in word.sections[0].footer.paragraphs)
    assert ("sur" if language == "fr" else "из") in footer


def test_english_stays_the_default_and_an_unknown_language_is_refused(comparison, tmp_path):
    text = pdf_words(export_briefing(comparison, tmp_path / "en.pdf", BriefingOptions()))
    assert "Executive summary" in text and "Substantive changes" in text
    with pytest.raises(ReportError, match="language"):
        BriefingOptions(language="de")


def test_the_command_line_writes_a_french_briefing(tmp_path, capsys):
    target = tmp_path / "fr.pdf"
    assert main(["compare", str(DRAFT1), str(DRAFT2), "--out", str(target),
                 "--language", "fr"]) == 0
    assert "Résumé" in pdf_words(target)
    assert main(["compare", str(DRAFT1), str(DRAFT2), "--language", "fr"]) == 2
    assert "add --out" in capsys.readouterr().err


def test_a_language_versions_report_in_french(tmp_path):
    english = load_draft(SAMPLES_DIR / "security-agreement-draft3.txt")
    russian = load_draft(SAMPLES_DIR / "security-agreement-draft3.ru.txt")
    text = pdf_words(export_briefing(compare(english, russian), tmp_path / "v.pdf",
                                     BriefingOptions(language="fr")))
    assert "Versions linguistiques" in text and "concordent sur chaque contrôle" in text
    assert "Deux versions linguistiques, en regard" in text
