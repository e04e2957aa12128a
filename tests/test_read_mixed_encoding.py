"""Issue 17: a text draft in two encodings (UTF-8 lines with UTF-16 ones appended, or the
other way round) is read part by part, never as Chinese characters, and a notice says so and
from which line; a tie between code pages is said too, with the line where they differ."""

from __future__ import annotations

import codecs
import subprocess
import sys

import pytest

from clausewise.readers import read

UTF8_PART = "Article 1\nThe Parties shall consult — Ελλάδα, Россия.\n"
UTF16_PART = "Article 2\nLes Parties se consultent. Статья 3.\nArticle 3\nDone at Geneva.\n"
LINES = ["Article 1", "The Parties shall consult — Ελλάδα, Россия.", "Article 2",
         "Les Parties se consultent. Статья 3.", "Article 3", "Done at Geneva."]


def no_cjk(lines) -> bool:
    return not any("\u3400" <= ch <= "\u9fff" for line in lines for ch in line.text)


@pytest.mark.parametrize("encoding, bom, label", [
    ("utf-16-le", b"", "UTF-16 LE"), ("utf-16-le", codecs.BOM_UTF16_LE, "UTF-16 LE"),
    ("utf-16-be", b"", "UTF-16 BE"), ("utf-16-be", codecs.BOM_UTF16_BE, "UTF-16 BE")])
def test_a_utf16_tail_is_read_as_utf16_with_a_notice(tmp_path, encoding, bom, label):
    path = tmp_path / "mixed.txt"
    path.write_bytes(UTF8_PART.encode() + bom + UTF16_PART.encode(encoding))
    source = read(path)
    assert [line.text for line in source.lines] == LINES and no_cjk(source.lines)
    assert source.notices[0].startswith(
        f"the file mixes encodings (lines 1-2 UTF-8, lines 3-6 {label})")


def test_a_utf16_head_with_a_utf8_tail_is_read_too(tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + UTF16_PART.encode("utf-16-le") + UTF8_PART.encode())
    source = read(path)
    assert [line.text for line in source.lines] == LINES[2:] + LINES[:2]
    assert source.notices[0].startswith(
        "the file mixes encodings (lines 1-4 UTF-16 LE, lines 5-6 UTF-8)")


def test_the_command_line_prints_the_notice(tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_bytes(UTF8_PART.encode() + UTF16_PART.encode("utf-16-le"))
    done = subprocess.run([sys.executable, "-m", "clausewise.cli", "outline", str(path)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "mixes encodings" in done.stdout + done.stderr and "Статья 3" in done.stdout


@pytest.mark.parametrize("text, encoding", [(UTF8_PART + UTF16_PART, "utf-8"),
                                            (UTF8_PART + UTF16_PART, "utf-16-le"),
                                            ("中华人民共和国\n第一条 缔约方\n", "utf-16-le")])
def test_a_file_in_one_encoding_has_no_such_notice(tmp_path, text, encoding):
    path = tmp_path / "plain.txt"
    path.write_bytes(text.encode(encoding))
    source = read(path)
    assert "\n".join(line.text for line in source.lines) == text.rstrip("\n")
    assert not any("encoding" in notice for notice in source.notices)


def test_a_tie_between_code_pages_is_said_with_the_line(tmp_path):
    path = tmp_path / "short.txt"
    path.write_bytes(b"Article 1\nVoir \xe0 la page 2.\n")
    source = read(path)
    notice = source.notices[0]
    assert notice.startswith("the encoding could not be told for sure: read as cp1252")
    assert "cp1251 fits as well (they first differ on line 2)" in notice


@pytest.mark.parametrize("last_line", ["Подписано—Женева", "Υπογράφηκε—Γενεύη",
                                       "中华人民共和国政府代表"])
def test_utf16_ending_in_a_line_without_spaces_or_digits_is_not_taken_for_mixed(
        tmp_path, last_line):
    """The last line carries no NUL when it has no ASCII character: it is still UTF-16."""
    text = "Article 1\nThe Parties shall consult.\n" + last_line
    path = tmp_path / "signed.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    source = read(path)
    assert source.lines[-1].text == last_line
    assert not any("encoding" in notice for notice in source.notices)
