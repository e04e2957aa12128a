"""Opening a plain-text draft: whatever encoding and line endings it was saved with, the
lines come out as the drafter wrote them."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clausewise.readers import read

RUSSIAN = ("Статья 4\nКонсультации\n\n"
           "1. Стороны консультируются друг с другом по просьбе любой из них.\n")
FRENCH = ("Article 4\nConsultations\n\n"
          "1. Les États parties se consultent à la demande de l'une d'elles.\n")
GERMAN = ("Artikel 4\nKonsultationen\n\n"
          "1. Die Vertragsparteien konsultieren einander über Maßnahmen.\n")
GREEK = "Άρθρο 4\nΔιαβουλεύσεις\n\n1. Τα Μέρη διαβουλεύονται μεταξύ τους.\n"
ARABIC = "المادة 4\nالمشاورات\n\n1. يتشاور الطرفان فيما بينهما بناء على طلب أي منهما.\n"
CHINESE = "第四条\n磋商\n\n一、双方应应任何一方的请求相互协商。\n"
SCRIPTS = {"russian": RUSSIAN, "french": FRENCH, "german": GERMAN, "greek": GREEK,
           "arabic": ARABIC, "chinese": CHINESE}


def write(tmp_path, data: bytes, name="draft.txt"):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def lines_of(source):
    return [line.text for line in source.lines]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("encoding, bom, expected", [
    ("utf-8", b"", "utf-8"),
    ("utf-8", codecs.BOM_UTF8, "utf-8-sig"),
    ("utf-16-le", codecs.BOM_UTF16_LE, "utf-16-le"),
    ("utf-16-be", codecs.BOM_UTF16_BE, "utf-16-be"),
    ("utf-16-le", b"", "utf-16-le"),
    ("utf-16-be", b"", "utf-16-be"),
])
def test_unicode_drafts_round_trip_in_every_script(tmp_path, script, encoding, bom, expected):
    text = SCRIPTS[script]
    source = read(write(tmp_path, bom + text.encode(encoding)))

    assert lines_of(source) == text.splitlines()
    assert source.encoding == expected
    assert source.notices == ()


@pytest.mark.parametrize("text, encoding", [
    (RUSSIAN, "cp1251"),
    ("Статья 1", "cp1251"),
    ("Совершено в г. Нордхавн", "cp1251"),
    ("а) б) в)", "cp1251"),
    (FRENCH, "cp1252"),
    ("Les États parties", "cp1252"),
    ("déjà", "cp1252"),
    ("Ça va très bien, merci.", "cp1252"),
    (GERMAN, "cp1252"),
    ("Größe und Maß", "cp1252"),
    ("Übereinkommen", "cp1252"),
    ("“Article 4” – see § 2", "cp1252"),
])
def test_short_windows_code_page_drafts_are_decoded_right(tmp_path, text, encoding):
    source = read(write(tmp_path, text.encode(encoding)))

    assert lines_of(source) == text.splitlines()
    assert source.encoding == encoding


def test_line_endings_of_every_platform_give_the_same_lines(tmp_path):
    windows = read(write(tmp_path, b"Article 1\r\nScope\r\n\r\nText.\r\n", "windows.txt"))
    old_mac = read(write(tmp_path, b"Article 1\rScope\r\rText.\r", "mac.txt"))
    unix = read(write(tmp_path, b"Article 1\nScope\n\nText.", "unix.txt"))
    unicode_seps = read(write(tmp_path, "Article 1\u2028Scope\u2029\nText.".encode(), "u.txt"))

    expected = ["Article 1", "Scope", "", "Text."]
    assert lines_of(windows) == lines_of(old_mac) == lines_of(unix) == expected
    assert lines_of(unicode_seps) == expected


def test_tabs_trailing_spaces_and_bom_are_cleaned(tmp_path):
    data = codecs.BOM_UTF8 + "1.\tThe Parties shall consult.   \n\t(a)\tfirst;\n".encode()

    source = read(write(tmp_path, data))

    assert lines_of(source) == ["1. The Parties shall consult.", " (a) first;"]
    assert not source.lines[0].text.startswith("\ufeff")


def test_nul_and_control_characters_are_replaced_with_a_notice(tmp_path):
    data = b"Article 1\x00\nThe Parties\x07 shall consult.\n"

    source = read(write(tmp_path, data))

    assert lines_of(source) == ["Article 1", "The Parties  shall consult."]
    assert source.notices == ("2 control characters (such as NUL) were replaced by spaces",)


def test_stray_non_utf8_byte_keeps_the_rest_of_a_utf8_draft(tmp_path):
    good = "Статья 1. Стороны консультируются. Les États. ".encode()
    data = good + b"The Parties\x92 rights.\n"  # a Windows-1252 apostrophe pasted in

    source = read(write(tmp_path, data))

    assert source.encoding == "utf-8"
    assert lines_of(source) == [
        "Статья 1. Стороны консультируются. Les États. The Parties\ufffd rights."]
    assert source.notices == ("1 byte was not valid in the file's encoding replaced by \ufffd",)


def test_decomposed_accents_are_composed(tmp_path):
    source = read(write(tmp_path, "E\u0301tats parties".encode()))

    assert lines_of(source) == ["\u00c9tats parties"]


def test_source_names_the_file_without_its_folder(tmp_path):
    folder = tmp_path / "incoming" / "round 3"
    folder.mkdir(parents=True)

    source = read(write(folder, b"Article 1", "draft-3.txt"))

    assert (source.name, source.format) == ("draft-3.txt", "txt")


def test_file_without_extension_is_read_as_text(tmp_path):
    assert lines_of(read(write(tmp_path, b"Article 1", "DRAFT"))) == ["Article 1"]


_LINE_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp", "Cf", "Co", "Cn"),
                           blacklist_characters="\u0085"),
    max_size=40,
).map(lambda s: s.strip())


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=st.lists(_LINE_TEXT, min_size=1, max_size=8).filter(any),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]),
       newline=st.sampled_from(["\n", "\r\n", "\r"]))
def test_any_unicode_draft_round_trips(tmp_path, lines, encoding, newline):
    import unicodedata

    data = "".join(line + newline for line in lines).encode(encoding)

    source = read(write(tmp_path, data, "random.txt"))

    assert lines_of(source) == [unicodedata.normalize("NFC", line) for line in lines]
