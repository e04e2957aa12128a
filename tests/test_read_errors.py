"""A user picks the wrong file, a half-copied one, a folder, an old .doc: each time they get
one line saying what is wrong with that file and what to do, never a traceback."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest

from clausewise.readers import MAX_FILE_BYTES, SUPPORTED_FORMATS, ReadError, read
from docx_factory import new_draft, save

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def read_error(path, **kwargs) -> ReadError:
    with pytest.raises(ReadError) as caught:
        read(path, **kwargs)
    error = caught.value
    message = str(error)
    assert "\n" not in message and message == message.strip()
    assert "Traceback" not in message
    assert str(Path(path).parent) not in message  # the file name, not the folder
    assert message.startswith(Path(path).name)
    assert ";" in message  # what is wrong; what to do
    return error


def write(tmp_path, name, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def real_docx(tmp_path, name="draft.docx") -> Path:
    doc = new_draft()
    doc.add_paragraph("Article 1", style="Heading 1")
    doc.add_paragraph("The Parties shall consult each other.")
    return save(doc, tmp_path / name)


def test_missing_file(tmp_path):
    error = read_error(tmp_path / "draft-4.docx")
    assert error.reason == "missing"
    assert "was not found" in str(error)


def test_folder_instead_of_file(tmp_path):
    folder = tmp_path / "drafts.docx"
    folder.mkdir()
    error = read_error(folder)
    assert error.reason == "not-a-file"
    assert "is a folder" in str(error)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_named_pipe_is_refused_without_blocking(tmp_path):
    pipe = tmp_path / "draft.txt"
    os.mkfifo(pipe)
    assert read_error(pipe).reason == "not-a-file"


def test_file_without_permission(tmp_path, monkeypatch):
    path = write(tmp_path, "confidential.txt", b"Article 1")
    path.chmod(0)
    if os.access(path, os.R_OK):  # running as root: the OS would let us read it anyway
        def refuse(self, *args, **kwargs):
            raise PermissionError(13, "Permission denied", str(self))
        monkeypatch.setattr(Path, "open", refuse)
    try:
        error = read_error(path)
    finally:
        path.chmod(0o644)
    assert error.reason == "unreadable"
    assert "permission denied" in str(error)


@pytest.mark.parametrize("name", ["draft.txt", "draft.docx"])
def test_empty_file(tmp_path, name):
    error = read_error(write(tmp_path, name, b""))
    assert error.reason == "empty"
    assert "is empty (0 bytes)" in str(error)


def test_text_file_with_only_blank_lines(tmp_path):
    error = read_error(write(tmp_path, "draft.txt", b" \r\n\r\n\t\n"))
    assert error.reason == "empty"


def test_word_file_with_no_text(tmp_path):
    doc = new_draft()
    doc.add_paragraph("")
    error = read_error(save(doc, tmp_path / "blank.docx"))
    assert error.reason == "empty"
    assert "no text" in str(error)


@pytest.mark.parametrize("data", [
    bytes(range(256)) * 8,                                    # every byte value
    b"\x7fELF\x02\x01\x01" + bytes(200) + b"\x01\x02" * 300,   # a program
    b"\x01\x02\x03\x04\x05\x06\x07\x08" * 64,                 # control bytes, no NUL
])
def test_binary_data_under_txt(tmp_path, data):
    error = read_error(write(tmp_path, "draft.txt", data))
    assert error.reason == "binary"
    assert "binary data" in str(error)


def test_truncated_word_file(tmp_path):
    whole = real_docx(tmp_path).read_bytes()
    half = write(tmp_path, "half-copied.docx", whole[: len(whole) // 2])
    error = read_error(half)
    assert error.reason == "corrupt"
    assert str(error) == ("half-copied.docx is not a valid Word file (the zip archive is "
                          "damaged); open it in Word and save it again, or ask for a fresh copy")


def test_word_file_with_damaged_xml(tmp_path):
    original = zipfile.ZipFile(real_docx(tmp_path))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as damaged:
        for item in original.infolist():
            data = original.read(item.filename)
            if item.filename == "word/document.xml":
                data = data[: len(data) // 2]
            damaged.writestr(item, data)
    error = read_error(write(tmp_path, "damaged.docx", buffer.getvalue()))
    assert error.reason == "corrupt"
    assert "is not a valid Word file (its XML is damaged)" in str(error)


def test_random_bytes_named_docx(tmp_path):
    error = read_error(write(tmp_path, "draft.docx", b"This is not really a Word file."))
    assert error.reason == "corrupt"
    assert "open it in Word and save it again" in str(error)


def test_zip_that_is_not_a_word_file(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("notes.txt", "hello")
    error = read_error(write(tmp_path, "draft.docx", buffer.getvalue()))
    assert error.reason == "corrupt"
    assert "no Word document in it" in str(error)


def test_legacy_word_97_document(tmp_path):
    data = OLE_MAGIC + bytes(504) + "WordDocument".encode("utf-16-le") + bytes(1000)
    for name in ("draft.doc", "draft.docx"):
        error = read_error(write(tmp_path, name, data))
        assert error.reason == "unsupported"
        assert "legacy Word 97-2003 document (.doc)" in str(error)
        assert str(error).endswith("save it as .docx")


def test_password_protected_word_file(tmp_path):
    data = OLE_MAGIC + bytes(504) + "EncryptedPackage".encode("utf-16-le") + bytes(1000)
    error = read_error(write(tmp_path, "secret.docx", data))
    assert "protected by a password" in str(error)


@pytest.mark.parametrize("name, data, says", [
    ("scan.png", b"\x89PNG\r\n\x1a\n" + bytes(40), "an image (PNG)"),
    ("draft.pages", b"Article 1", "a .pages file"),
    ("draft.mht", b"MIME-Version: 1.0\r\nContent-Type: multipart/related", "web archive"),
    ("draft.xyz", b"Article 1", "a .xyz file"),
])
def test_unknown_formats_name_the_supported_ones(tmp_path, name, data, says):
    error = read_error(write(tmp_path, name, data))
    assert error.reason == "unsupported"
    assert says in str(error)
    assert SUPPORTED_FORMATS in str(error)


def test_opendocument_spreadsheet(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<office:document-content/>")
    error = read_error(write(tmp_path, "draft.ods", buffer.getvalue()))
    assert "OpenDocument spreadsheet" in str(error) and "OpenDocument Text (.odt)" in str(error)


def test_file_over_the_size_limit(tmp_path):
    path = write(tmp_path, "huge.txt", b"Article 1\n" * 200)
    error = read_error(path, max_bytes=1000)
    assert error.reason == "too-large"
    assert "larger than the 1000 bytes Clausewise reads" in str(error)


def test_file_exactly_at_the_size_limit_is_read(tmp_path):
    path = write(tmp_path, "just-fits.txt", b"Article 1\n" * 100)
    assert len(read(path, max_bytes=1000).lines) == 100
    assert MAX_FILE_BYTES == 64 * 1024 * 1024  # the documented default


def test_zip_bomb_is_refused_before_unpacking(tmp_path, monkeypatch):
    import clausewise.readers.docx_reader as docx_reader

    monkeypatch.setattr(docx_reader, "MAX_DOCX_UNPACKED_BYTES", 1000)
    error = read_error(real_docx(tmp_path, "bomb.docx"))
    assert error.reason == "too-large"
    assert "unpacks to" in str(error)
