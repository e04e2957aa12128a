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


# -- the engine's sentences in the briefing's language ----------------------------------------

from planted_versions import ENGLISH_SENTENCES, write_stale, write_versions  # noqa: E402

SAID = {
    "fr": ("nombres divergents : 30 uniquement dans la version anglaise ; 60 uniquement dans "
           "la version russe",
           "3 paragraphes dans la version anglaise, 2 paragraphes dans la version russe",
           "renvois : article 1 dans la version anglaise, article 3 dans la version russe",
           "dans la version anglaise seulement, pas dans la version russe",
           "Version anglaise", "anglais | russe"),
    "ru": ("расхождение в числах: 30 — только в английском тексте; 60 — только в русском "
           "тексте",
           "в английском тексте — 3 пункта, в русском тексте — 2 пункта",
           "ссылки: в английском тексте — статья 1, в русском тексте — статья 3",
           "только в английском тексте, в русском тексте отсутствует",
           "Английский текст", "английский | русский"),
}
STALE = {
    "fr": ("cite l'article 2, mais l'ancien article 2 est désormais l'article 3 : vérifier le "
           "renvoi", "cite l'article 2, supprimé dans le nouveau projet : vérifier le renvoi"),
    "ru": ("ссылается на статью 2, но прежняя статья 2 теперь имеет номер 3: проверьте ссылку",
           "ссылается на статью 2, исключённую из нового проекта: проверьте ссылку"),
}


def word_words(path) -> str:
    document = WordDocument(path)
    texts = [p.text for p in document.paragraphs]
    texts += [cell.text for table in document.tables for row in table.rows
              for cell in row.cells]
    return " ".join(" ".join(texts).split())


def briefings(comparison, folder, language) -> list[str]:
    """The PDF and the Word briefing of ``comparison`` in ``language``, read back."""
    options = BriefingOptions(language=language)
    return [pdf_words(export_briefing(comparison, folder / f"{language}.pdf", options)),
            word_words(export_briefing(comparison, folder / f"{language}.docx", options))]


@pytest.mark.parametrize("language", ["fr", "ru"])
def test_the_language_versions_report_says_each_mismatch_in_the_briefing_language(
        tmp_path, language):
    comparison = compare(*(load_draft(path) for path in write_versions(tmp_path)))
    for text in briefings(comparison, tmp_path, language):
        for english in ENGLISH_SENTENCES + ("English version", "English:"):
            assert english not in text, english
        for said in SAID[language]:
            assert said in text, said


@pytest.mark.parametrize("language", ["fr", "ru"])
def test_a_stale_cross_reference_is_noted_in_the_briefing_language(tmp_path, language):
    for dropped, said in zip((False, True), STALE[language]):
        comparison = compare(*(load_draft(path) for path in write_stale(tmp_path, dropped)))
        for text in briefings(comparison, tmp_path, language):
            assert "check the cross-reference" not in text
            # in the clause table and in the substantive changes (the reference flag)
            assert text.count(said) >= 2, said


def test_an_english_briefing_keeps_the_engine_sentences(tmp_path):
    comparison = compare(*(load_draft(path) for path in write_versions(tmp_path)))
    for text in briefings(comparison, tmp_path, "en"):
        assert "numbers differ: 30 in English only; 60 in Russian only" in text
        assert "in the English version only, not in the Russian" in text
        assert "3 paragraphs in English, 2 in Russian" in text and "English version" in text
    comparison = compare(*(load_draft(path) for path in write_stale(tmp_path)))
    for text in briefings(comparison, tmp_path, "en"):
        assert ("cites Article 2, but the old Article 2 is now Article 3: check the "
                "cross-reference") in text


ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")


@pytest.mark.parametrize("language", ["fr", "ru"])
def test_the_drafts_dates_are_said_in_the_briefing_language(tmp_path, language):
    """The cover's "Last modified" of each draft, like its Date row, in the language chosen."""
    import os
    from datetime import datetime

    drafts = []
    for number, source in enumerate((DRAFT1, DRAFT2)):
        copy = tmp_path / source.name
        copy.write_bytes(source.read_bytes())
        when = datetime(2026, 12, 1 + number, 9, 30).timestamp()
        os.utime(copy, (when, when))
        drafts.append(copy)
    comparison = compare(load_draft(drafts[0]), load_draft(drafts[1]))
    options = BriefingOptions(language=language, left_path=str(drafts[0]),
                              right_path=str(drafts[1]))
    pdf = pdf_words(export_briefing(comparison, tmp_path / "b.pdf", options))
    word = word_words(export_briefing(comparison, tmp_path / "b.docx", options))
    for text in (pdf, word):
        assert not [month for month in ENGLISH_MONTHS if f"{month} 2026" in text]
        said = {"fr": ("1 décembre 2026, 09:30", "2 décembre 2026, 09:30"),
                "ru": ("1 декабря 2026 г., 09:30", "2 декабря 2026 г., 09:30")}[language]
        assert all(date in text for date in said), said


@pytest.mark.parametrize("language", ["fr", "ru"])
def test_a_parallel_briefing_counts_what_was_checked_not_zeros(tmp_path, language):
    comparison = compare(*(load_draft(path) for path in write_versions(tmp_path)))
    found = sum(len(pair.mismatches) for pair in comparison.walk())
    one_sided = sum(1 for pair in comparison.pairs if not (pair.left and pair.right))
    assert found and one_sided and comparison.stats.parallel
    rows = {"fr": [("Vérification", "Nombre"),
                   ("unités lues en regard", str(comparison.stats.parallel)),
                   ("divergences relevées", str(found)),
                   ("unités dans une seule version", str(one_sided))],
            "ru": [("Проверка", "Количество"),
                   ("сопоставлено единиц", str(comparison.stats.parallel)),
                   ("найдено расхождений", str(found)),
                   ("единиц только в одной версии", str(one_sided))]}[language]
    options = BriefingOptions(language=language)
    document = WordDocument(export_briefing(comparison, tmp_path / "v.docx", options))
    tables = [[tuple(cell.text for cell in row.cells) for row in table.rows]
              for table in document.tables]
    assert rows in tables
    pdf = pdf_words(export_briefing(comparison, tmp_path / "v.pdf", options))
    assert " ".join(" ".join(row) for row in rows) in pdf


def test_a_french_briefing_sets_a_space_before_its_colons(tmp_path):
    comparison = compare(*(load_draft(path) for path in write_versions(tmp_path)))
    options = BriefingOptions(language="fr")
    pdf = pdf_words(export_briefing(comparison, tmp_path / "v.pdf", options))
    word = word_words(export_briefing(comparison, tmp_path / "v.docx", options))
    for text in (pdf, word):
        assert "Versions linguistiques : anglais | russe" in text
        assert "Article 1 / Статья 1 : nombres divergents" in text
    english = pdf_words(export_briefing(comparison, tmp_path / "e.pdf", BriefingOptions()))
    assert "Language versions: English | Russian" in english
    drafts = compare(load_draft(DRAFT1), load_draft(DRAFT2))
    legend = pdf_words(export_briefing(drafts, tmp_path / "d.pdf", options))
    assert "les mots supprimés sont barrés ; les mots ajoutés sont soulignés" in legend
