"""A MemoryError while segmenting or comparing ends in one line and exit status 2 (never a
traceback, never status 1 or 3); a Markdown draft with a UTF-16 tail says so, as a .txt does."""

from __future__ import annotations

from clausewise import cli, session
from clausewise.readers.markdown_reader import read_markdown


def test_memory_error_while_comparing_is_one_line_and_exit_2(tmp_path, monkeypatch, capsys):
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text("Article 1\nScope\n\nThe Parties agree.\n", encoding="utf-8")
    new.write_text("Article 1\nScope\n\nThe Parties agree fully.\n", encoding="utf-8")

    def exhausted(*args, **kwargs):
        raise MemoryError

    monkeypatch.setattr(session, "compare", exhausted)   # the CLI compares through the session
    assert cli.main(["compare", str(old), str(new)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "not enough memory" in err[0]


def test_markdown_with_a_utf16_tail_reads_both_parts_with_a_notice():
    data = "# Agreement\n\nArticle 1\n\nThe Parties agree.\n".encode("utf-8") + \
        "Article 2\n\nLes Parties se consultent. Статья 3.\n".encode("utf-16-le")
    source = read_markdown(data, "mixed.md")
    texts = [line.text for line in source.lines]
    assert "Les Parties se consultent. Статья 3." in texts
    assert any("UTF-16" in notice for notice in source.notices)
