"""The command line as a user (or another tool) runs it: real files, real processes."""

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

DRAFT = """AGREEMENT ON SECURITY GUARANTEES

The Republic of Norland and the Kingdom of Sudmark, hereinafter "the Parties",

Recognizing the importance of stability,

Have agreed as follows:

Article 1
Definitions

For the purposes of this Agreement:
(a) "territory" means the land of a Party;
(b) "forces" means the armed forces of a Party.

Article 2
Consultations

1. The Parties shall consult each other.
2. Consultations shall be held in the capitals.

Done at Esterholm, on 12 March 2026.

For the Republic of Norland:
Anna Varg
"""


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "clausewise.cli", *args], capture_output=True,
                          text=True, encoding="utf-8", timeout=120, cwd=cwd)


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    path = tmp_path / "draft.txt"
    path.write_text(DRAFT, encoding="utf-8")
    return path


def test_outline_prints_one_clause_a_line_with_its_citation(draft):
    result = run("outline", str(draft))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Title: AGREEMENT ON SECURITY GUARANTEES")
    assert "Article 1 — Definitions: For the purposes of this Agreement:" in lines
    assert any(line.startswith("  Article 1(a): \"territory\" means") for line in lines)
    assert any(line.startswith("  Article 2(2): Consultations shall be held") for line in lines)
    assert any(line.startswith("Signature block") for line in lines)


def test_outline_json_is_the_clause_tree(draft):
    result = run("outline", str(draft), "--json")
    assert result.returncode == 0, result.stderr
    tree = json.loads(result.stdout)
    assert tree["title"] == "AGREEMENT ON SECURITY GUARANTEES"
    article2 = next(c for c in tree["children"] if c["citation"] == "Article 2")
    assert set(article2) >= {"citation", "kind", "label", "heading", "text", "children"}
    assert article2["kind"] == "article" and article2["label"] == "Article 2"
    assert article2["heading"] == "Consultations"
    assert [c["citation"] for c in article2["children"]] == ["Article 2(1)", "Article 2(2)"]
    assert article2["children"][0]["text"] == "The Parties shall consult each other."


def test_outline_keeps_international_text(tmp_path):
    path = tmp_path / "проект.txt"
    path.write_text("Статья 1\nСфера\n\nΕλληνικά, العربية, 中文 и ё.\n", encoding="utf-8")
    result = run("outline", str(path), "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["children"][0]["text"] == "Ελληνικά, العربية, 中文 и ё."


def bad_inputs(tmp_path: Path) -> dict[str, Path]:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(bytes(range(256)) * 64)
    corrupt = tmp_path / "corrupt.docx"
    corrupt.write_bytes(b"PK\x03\x04 this is not really a zip archive")
    not_word = tmp_path / "notword.docx"
    with zipfile.ZipFile(not_word, "w") as archive:
        archive.writestr("hello.txt", "a zip, but not a Word document")
    unknown = tmp_path / "draft.xyz"
    unknown.write_text("Article 1", encoding="utf-8")
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:  # sparse: costs no disk, but is over any sane limit
        handle.truncate(1024 * 1024 * 1024)
    return {"missing": tmp_path / "missing.txt", "directory": tmp_path, "empty": empty,
            "binary": binary, "corrupt docx": corrupt, "zip that is not Word": not_word,
            "unknown format": unknown, "over the size limit": huge}


@pytest.mark.parametrize("case", ["missing", "directory", "empty", "binary", "corrupt docx",
                                  "zip that is not Word", "unknown format",
                                  "over the size limit"])
def test_bad_input_gives_one_line_and_status_2(tmp_path, case):
    path = bad_inputs(tmp_path)[case]
    result = run("outline", str(path))
    assert result.returncode == 2, (case, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    message = result.stderr.strip()
    assert message.startswith("clausewise: ") and "\n" not in message, message
    assert result.stdout == ""


def test_compare_with_a_bad_file_also_gives_status_2(tmp_path, draft):
    result = run("compare", str(draft), str(tmp_path / "nowhere.docx"))
    assert result.returncode == 2
    assert "nowhere.docx" in result.stderr and "Traceback" not in result.stderr


def test_a_briefing_never_overwrites_a_draft_being_compared(tmp_path, draft):
    newer = tmp_path / "newer.txt"
    newer.write_text(DRAFT.replace("shall consult", "should consult"), encoding="utf-8")
    before = newer.read_bytes()
    result = run("compare", str(draft), str(newer), "--out", str(newer))
    assert result.returncode == 2 and "would overwrite" in result.stderr
    assert newer.read_bytes() == before


def test_briefing_options_without_out_are_refused(tmp_path, draft):
    result = run("compare", str(draft), str(draft), "--marking", "SECRET")
    assert result.returncode == 2 and "--marking" in result.stderr and "--out" in result.stderr


def test_the_app_without_a_display_says_so_in_one_line():
    import os

    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "clausewise.cli"], capture_output=True,
                            text=True, timeout=60, env=env)
    assert result.returncode == 2
    assert result.stderr.startswith("clausewise: no display") and result.stderr.count("\n") == 1


def test_the_summary_says_where_a_paragraph_moved_out_of_an_article(samples_dir):
    result = run("compare", str(samples_dir / "security-agreement-draft1.txt"),
                 str(samples_dir / "security-agreement-draft2.txt"))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    at = lines.index("Article 5 → Article 6: modified, renumbered")
    assert "  Article 5(4) moved out, to Article 14(5)" in lines[at:at + 8]
