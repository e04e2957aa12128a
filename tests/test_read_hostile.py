"""Hostile and broken files: each is refused with one clear line, within the documented
bounds of time and memory, and never takes the app down.

The heavy cases (bombs, huge files, deep nesting) are read in a child process with its
address space limited to ``MEMORY_LIMIT_BYTES`` and a timeout (``hostile_files``): had a
reader tried to take the memory a bomb asks for, the child would fail and the test with it.
bench/bench_hostile.py measures the seconds and peak memory of the same cases."""

from __future__ import annotations

import pytest

import hostile_files as hostile
from clausewise.readers import ReadError, read

EXTENSIONS = (".txt", ".docx", ".pdf", ".odt", ".html", ".md", ".rtf")


def refused(outcome, path, reason: str) -> str:
    assert not outcome.read, f"{path.name} was read ({outcome.lines} lines)"
    assert outcome.reason == reason, outcome.message
    assert outcome.message.startswith(path.name + " ")
    assert "\n" not in outcome.message and ";" in outcome.message
    return outcome.message


@pytest.mark.parametrize("make, reason, says", [
    (hostile.zip_bomb_docx, "too-large", "unpacks to 300 MB, more than the 256 MB"),
    (hostile.zip_bomb_odt, "too-large", "unpacks to 300 MB, more than the 256 MB"),
    (hostile.lying_zip_docx, "corrupt", "is not a valid Word file"),
    (hostile.entity_bomb_docx, "corrupt", "declares XML entities"),
    (hostile.entity_bomb_odt, "corrupt", "declares XML entities"),
    (hostile.deep_docx, "corrupt", "its XML is nested too deeply"),
    (hostile.deep_odt, "corrupt", "its XML is nested too deeply"),
    (hostile.deflate_bomb_pdf, "too-large", "inflate to more than 256 MB"),
    (hostile.runlength_bomb_pdf, "too-large", "inflate to more than 256 MB"),
    (hostile.many_glyphs_pdf, "too-large", "hold more than 200000 objects"),
    (lambda folder: hostile.many_glyphs_pdf(folder, 100_000), "too-large",
     "a page has more than 60000 characters"),
    (hostile.state_pushes_pdf, "too-large", "saves the graphics state more than 1,000,000"),
    (hostile.save_restore_pdf, "too-large", "saves the graphics state more than 1,000,000"),
    (hostile.disguised_pushes_pdf, "too-large", "saves the graphics state more than 1,000,000"),
])
@pytest.mark.slow
def test_bombs_are_refused_within_the_memory_bound(tmp_path, make, reason, says):
    path = make(tmp_path)
    outcome = hostile.read_isolated(path)
    assert says in refused(outcome, path, reason)


@pytest.mark.parametrize("extension", EXTENSIONS)
def test_files_of_hundreds_of_megabytes_are_refused_before_reading(tmp_path, extension):
    path = hostile.huge_sparse(tmp_path, f"huge{extension}")
    outcome = hostile.read_isolated(path)
    assert "larger than the 64 MB Clausewise reads" in refused(outcome, path, "too-large")


@pytest.mark.parametrize("name", ["newlines.txt", "newlines.md"])
def test_a_file_of_nothing_but_line_breaks_is_refused(tmp_path, name):
    path = hostile.line_breaks_only(tmp_path, name, size=2 * 2**20)
    outcome = hostile.read_isolated(path)
    assert "more than 250,000 lines" in refused(outcome, path, "too-large")


@pytest.mark.slow
def test_deeply_nested_web_page_is_read_flat(tmp_path):
    path = hostile.deep_html(tmp_path)
    outcome = hostile.read_isolated(path)
    assert outcome.read and outcome.lines == 1


# --- small broken files, in this process -------------------------------------------------------


def write(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def read_or_refuse(path):
    """A clean outcome: a SourceText, or a ReadError whose message is one line about it."""
    try:
        return read(path)
    except ReadError as error:
        message = str(error)
        assert message.startswith(path.name + " ") and "\n" not in message
        return error


@pytest.mark.parametrize("extension", EXTENSIONS)
@pytest.mark.parametrize("byte", [b"\x00", b"A", b"{", b"<", b"\xff", b"%"])
def test_one_byte_files(tmp_path, extension, byte):
    outcome = read_or_refuse(write(tmp_path, f"one{extension}", byte))
    if not isinstance(outcome, ReadError):   # a letter is a (very short) draft
        assert [len(line.text) for line in outcome.lines] == [1]


@pytest.mark.parametrize("extension", EXTENSIONS)
def test_random_bytes_under_a_known_extension_are_refused(tmp_path, extension):
    path = hostile.random_bytes(tmp_path, f"random{extension}")
    outcome = read_or_refuse(path)
    assert isinstance(outcome, ReadError)
    assert outcome.reason in ("binary", "corrupt")


@pytest.mark.parametrize("extension", [".txt", ".md", ".html"])
def test_invalid_utf8_is_replaced_and_said(tmp_path, extension):
    data = "Статья 1. Стороны согласились.\n".encode("utf-8") * 30
    data = data.replace("согласились".encode("utf-8")[:3], b"\xc3\x28", 1)
    source = read(write(tmp_path, f"broken{extension}", data))
    assert any("not valid" in notice for notice in source.notices) or \
        "Статья 1" in source.lines[0].text


@pytest.mark.parametrize("extension", [".txt", ".md", ".html", ".rtf"])
def test_nul_bytes_in_text_become_spaces(tmp_path, extension):
    text = b"Article 1\n\nThe Parties\x00shall consult.\n"
    if extension == ".rtf":
        text = b"{\\rtf1\\ansi Article 1\\par The Parties\x00shall consult.\\par}"
    if extension == ".html":
        text = b"<p>Article 1</p><p>The Parties\x00shall consult.</p>"
    source = read(write(tmp_path, f"nul{extension}", text))
    assert [line.text for line in source.lines if line.text][-1] == "The Parties shall consult."
