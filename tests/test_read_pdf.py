"""Drafts that arrive as PDF from the other side: printed with running headers, "Page N of
M" footers, hyphenated words and a footnote, they read back as the paragraphs the drafter
typed, and segment into the same clauses as the text draft. Scans, password-protected and
damaged PDFs are refused with one clear line."""

from __future__ import annotations

import io
import zlib
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from clausewise.core.segment import segment
from clausewise.readers import ReadError, read
from hostile_files import pdf_with_content_stream, pdf_without_unicode_map
from pdf_factory import FONT, Layout, _register_font, draft_to_pdf, paginate, wrap

SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"
SAMPLE_DRAFTS = sorted(path.name for path in SAMPLES.glob("security-agreement-draft*.txt"))


def clause_tree(source):
    """What a lawyer sees of a draft: every clause's citation, kind, label, heading, text."""
    return [(c.citation, c.kind.value, c.label, c.heading, c.text)
            for c in segment(source).walk()]


def sample_text(name: str) -> str:
    return (SAMPLES / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("sample", SAMPLE_DRAFTS)
def test_sample_draft_printed_to_pdf_has_the_same_clause_tree(tmp_path, sample):
    pdf = draft_to_pdf(sample_text(sample), tmp_path / sample.replace(".txt", ".pdf"))

    source = read(pdf)

    assert source.format == "pdf"
    assert clause_tree(source) == clause_tree(read(SAMPLES / sample))


def test_paragraphs_come_back_as_typed_without_page_furniture(tmp_path):
    text = sample_text("security-agreement-draft1.txt")
    layout = Layout()
    pages = paginate(text, layout)
    assert len(pages) > 3                                         # several pages,
    hyphenated = [line for p in text.splitlines() if p.strip()
                  for line in wrap(p, layout) if line.endswith("-")]
    assert len(hyphenated) > 10                                   # many words broken

    source = read(draft_to_pdf(text, tmp_path / "draft1.pdf", layout))

    typed = [line.strip() for line in text.splitlines() if line.strip()]
    assert [line.text for line in source.lines if line.text] == typed
    everything = " ".join(line.text for line in source.lines)
    assert "Page 1 of" not in everything and "RESTRICTED" not in everything
    assert f"{len(pages) * 2} lines of running headers, footers and page numbers were " \
           "removed" in source.notices


def test_footnote_is_kept_apart_and_its_mark_taken_out_of_the_text(tmp_path):
    text = sample_text("security-agreement-draft1.txt")
    source = read(draft_to_pdf(text, tmp_path / "draft1.pdf"))

    assert source.footnotes == ("1 This draft reflects the state of the negotiations and "
                                "commits neither Party.",)
    assert "1 footnote was kept apart from the body and not compared" in source.notices
    assert not any("Agreement1" in line.text for line in source.lines)


def test_russian_draft_keeps_its_letters_and_joins_hyphenated_words(tmp_path):
    text = sample_text("security-agreement-draft3.ru.txt")
    source = read(draft_to_pdf(text, tmp_path / "draft3.ru.pdf",
                               Layout(footnote_after=None)))

    typed = [line.strip() for line in text.splitlines() if line.strip()]
    assert [line.text for line in source.lines if line.text] == typed


def test_blank_lines_stand_where_the_draft_had_wider_gaps(tmp_path):
    text = "TITLE OF THE AGREEMENT\n\nArticle 1\nScope\n\n1. The Parties agree.\n"
    source = read(draft_to_pdf(text, tmp_path / "short.pdf", Layout(header="", footer="")))
    assert [line.text for line in source.lines] == [
        "TITLE OF THE AGREEMENT", "", "Article 1", "Scope", "", "1. The Parties agree."]


def _pdf(draw, **kwargs) -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, **kwargs)
    draw(pdf)
    pdf.save()
    return buffer.getvalue()


def test_bilingual_draft_in_two_columns_is_read_column_by_column(tmp_path):
    _register_font()
    english = ["Article 1", "Scope", "This Agreement applies to the", "territory of the Parties.",
               "Article 2", "Consultations"]
    russian = ["Статья 1", "Сфера применения", "Настоящее Соглашение применяется",
               "к территории Сторон.", "Статья 2", "Консультации"]

    def draw(pdf):
        pdf.setFont(FONT, 10)
        for row, (left, right) in enumerate(zip(english, russian)):
            y = 700 - row * 14
            pdf.drawString(72, y, left)
            pdf.drawString(320, y, right)

    path = tmp_path / "columns.pdf"
    path.write_bytes(_pdf(draw))
    texts = [line.text for line in read(path).lines]
    assert texts == [
        "Article 1", "Scope", "This Agreement applies to the territory of the Parties.",
        "Article 2", "Consultations",
        "Статья 1", "Сфера применения", "Настоящее Соглашение применяется к территории Сторон.",
        "Статья 2", "Консультации"]


def test_scanned_pdf_has_no_text_layer(tmp_path):
    from PIL import Image

    scan = Image.new("L", (200, 280), color=255)

    def draw(pdf):
        from reportlab.lib.utils import ImageReader
        pdf.drawImage(ImageReader(scan), 0, 0, width=A4[0], height=A4[1])
        pdf.showPage()
        pdf.drawImage(ImageReader(scan), 0, 0, width=A4[0], height=A4[1])

    path = tmp_path / "scan.pdf"
    path.write_bytes(_pdf(draw))
    with pytest.raises(ReadError) as caught:
        read(path)
    assert caught.value.reason == "no-text"
    assert str(caught.value).startswith("scan.pdf has no text layer")
    assert "OCR" in str(caught.value)


def _encrypted(tmp_path, user: str, owner: str) -> Path:
    from pypdf import PdfReader, PdfWriter

    plain = draft_to_pdf("Article 1\nThe Parties shall consult each other.\n",
                         tmp_path / "plain.pdf", Layout(header="", footer=""))
    writer = PdfWriter(clone_from=PdfReader(plain))
    writer.encrypt(user_password=user, owner_password=owner, algorithm="AES-128")
    path = tmp_path / "protected.pdf"
    with path.open("wb") as stream:
        writer.write(stream)
    return path


def test_pdf_protected_only_against_editing_is_opened(tmp_path):
    source = read(_encrypted(tmp_path, user="", owner="the-other-side"))
    assert [line.text for line in source.lines] == [
        "Article 1", "The Parties shall consult each other."]


def test_pdf_that_needs_a_password_is_refused_clearly(tmp_path):
    with pytest.raises(ReadError) as caught:
        read(_encrypted(tmp_path, user="secret", owner="secret-too"))
    assert caught.value.reason == "encrypted"
    assert str(caught.value).startswith("protected.pdf is protected by a password;")


def test_pdf_named_txt_is_read_with_a_notice(tmp_path):
    path = draft_to_pdf("Article 1\nScope\n", tmp_path / "draft.txt",
                        Layout(header="", footer=""))
    source = read(path)
    assert source.format == "pdf"
    assert source.notices[0] == "draft.txt is a PDF file despite its name and was read as one"


@pytest.mark.parametrize("damage, reason", [
    (lambda data: data[: len(data) // 3], None),
    (lambda data: b"%PDF-1.7\n" + bytes(range(256)) * 20, None),
    (lambda data: data.replace(b"obj", b"jbo"), None),
])
def test_damaged_pdf_is_refused_or_read_never_crashes(tmp_path, damage, reason):
    whole = draft_to_pdf("Article 1\nThe Parties shall consult.\n", tmp_path / "whole.pdf")
    path = tmp_path / "damaged.pdf"
    path.write_bytes(damage(whole.read_bytes()))
    try:
        source = read(path)
    except ReadError as error:
        assert str(error).startswith("damaged.pdf ")
        assert "\n" not in str(error)
    else:
        assert source.format == "pdf"


def test_deflate_bomb_is_stopped_at_the_documented_limit(tmp_path, monkeypatch):
    import clausewise.readers.pdf_reader as pdf_reader

    monkeypatch.setattr(pdf_reader, "MAX_PDF_DECODED_BYTES", 4 * 2**20)
    bomb = zlib.compress(b"0 0 m " * (2 * 2**20), 9)   # 12 MB of drawing operators
    path = tmp_path / "bomb.pdf"
    path.write_bytes(pdf_with_content_stream(bomb))
    with pytest.raises(ReadError) as caught:
        read(path)
    assert caught.value.reason == "too-large"
    assert "inflate to more than 4 MB" in str(caught.value)


def test_outline_command_lists_what_the_pdf_reader_left_out(tmp_path, capsys):
    from clausewise.cli import main

    text = sample_text("security-agreement-draft1.txt")
    pdf = draft_to_pdf(text, tmp_path / "from-sudmark.pdf")

    assert main(["outline", str(pdf)]) == 0

    printed = capsys.readouterr().out.splitlines()
    notes = [line for line in printed if line.startswith("Note: ")]
    assert "Note: 1 footnote was kept apart from the body and not compared" in notes
    assert any("running headers, footers and page numbers were removed" in n for n in notes)
    assert any(line.startswith("Article 6 — ") for line in printed)


def test_a_pdf_that_takes_too_long_is_given_up_with_a_clear_line(tmp_path, monkeypatch):
    import clausewise.readers.pdf_reader as pdf_reader

    monkeypatch.setattr(pdf_reader, "MAX_PDF_SECONDS", 0.0)   # every PDF is now too slow
    pdf = draft_to_pdf(sample_text("security-agreement-draft1.txt"), tmp_path / "slow.pdf")
    with pytest.raises(ReadError) as caught:
        read(pdf)
    assert caught.value.reason == "too-large"
    assert "laying out its pages took more than 0 seconds" in str(caught.value)


def test_a_pdf_whose_fonts_have_no_unicode_map_is_refused_clearly(tmp_path):
    path = pdf_without_unicode_map(tmp_path)
    with pytest.raises(ReadError) as caught:
        read(path)
    assert caught.value.reason == "no-text"
    assert str(caught.value).startswith("no-unicode-map.pdf has text that cannot be extracted "
                                        "(its fonts have no Unicode map);")


def test_headings_in_larger_or_bold_type_are_lines_of_their_own_with_levels(tmp_path):
    _register_font()
    body = ("The Parties shall cooperate in good faith and consult each other on every "
            "matter arising under this Agreement.")

    def draw(pdf):
        y = 760
        for font, size, text in [
                ("Helvetica-Bold", 16, "PART I"), ("Helvetica-Bold", 16, "GENERAL PROVISIONS"),
                ("Helvetica-Bold", 11, "Article 1"), ("Helvetica-Bold", 11, "Scope"),
                (FONT, 10, body),
                ("Helvetica-Bold", 11, "Article 2"), ("Helvetica-Bold", 11, "Objective"),
                (FONT, 10, body)]:
            pdf.setFont(font, size)
            y -= size * 1.8
            pdf.drawString(72, y, text)

    path = tmp_path / "headings.pdf"
    path.write_bytes(_pdf(draw))
    lines = [(line.text, line.heading_level) for line in read(path).lines if line.text]
    assert lines == [("PART I", 1), ("GENERAL PROVISIONS", 1), ("Article 1", 2),
                     ("Scope", 2), (body, None), ("Article 2", 2), ("Objective", 2),
                     (body, None)]


def test_things_set_far_apart_on_a_cover_line_stay_apart_and_a_tab_is_joined(tmp_path):
    _register_font()

    def draw(pdf):
        pdf.setFont(FONT, 10)
        pdf.drawString(72, 760, "General Assembly")
        pdf.drawString(400, 760, "Distr.: General")
        pdf.drawString(400, 746, "4 May 2026")
        pdf.drawString(72, 700, "1.")
        pdf.drawString(108, 700, "The Parties shall consult each other.")

    path = tmp_path / "cover.pdf"
    path.write_bytes(_pdf(draw))
    texts = [line.text for line in read(path).lines if line.text]
    assert texts == ["General Assembly", "Distr.: General", "4 May 2026",
                     "1. The Parties shall consult each other."]


def test_a_raised_ordinal_stays_in_its_word_and_a_raised_figure_is_a_mark(tmp_path):
    _register_font()

    def draw(pdf):
        from reportlab.pdfbase import pdfmetrics
        x = 72
        for text, size, rise in [("On the 20", 10, 0), ("th", 6, 4), (" day the Parties", 10, 0),
                                 ("3", 6, 4), (" agreed.", 10, 0)]:
            pdf.setFont(FONT, size)
            pdf.drawString(x, 700 + rise, text)
            x += pdfmetrics.stringWidth(text, FONT, size)

    path = tmp_path / "raised.pdf"
    path.write_bytes(_pdf(draw))
    assert [line.text for line in read(path).lines] == ["On the 20th day the Parties agreed."]


def test_a_chinese_paragraph_wrapped_over_lines_is_joined_without_spaces(tmp_path):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from pdf_factory import FONTS
    if "DroidSansFallback" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DroidSansFallback",
                                       str(FONTS / "DroidSansFallbackFull.ttf")))
    first = "第一条 缔约双方应当在平等互利的基础上发展两国之间的合作关系并定期就本协定的执行情况"
    second = "进行磋商。"

    def draw(pdf):
        pdf.setFont("DroidSansFallback", 12)
        pdf.drawString(72, 700, first)
        pdf.drawString(72, 685, second)

    path = tmp_path / "chinese.pdf"
    path.write_bytes(_pdf(draw))
    assert [line.text for line in read(path).lines] == [first + second]
