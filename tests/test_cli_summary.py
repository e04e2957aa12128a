"""``clausewise compare`` as text, and the help texts, as a user runs them (real processes,
the sample drafts and the real texts of ../shared/corpus)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from clausewise.drafts import formats_read
from corpus import corpus_file


def run(*args: str) -> subprocess.CompletedProcess:
    result = subprocess.run([sys.executable, "-m", "clausewise.cli", *map(str, args)],
                            capture_output=True, text=True, encoding="utf-8", timeout=300)
    assert result.returncode == 0, result.stderr
    return result


def _plain(diff) -> str:
    marks = {"=": ("", ""), "-": ("[-", "-]"), "+": ("{+", "+}")}
    return "".join(marks[op][0] + text + marks[op][1] for op, text in diff)


def _longest_change(pairs) -> list:
    """The longest diff with a change among the pairs and their children."""
    best: list = []
    stack = list(pairs)
    while stack:
        pair = stack.pop()
        stack.extend(pair["children"])
        if any(op != "=" for op, _ in pair["diff"]) and \
                len(_plain(pair["diff"])) > len(_plain(best)):
            best = pair["diff"]
    return best


def test_full_prints_a_long_change_whole():
    old = corpus_file("bbnj-prepcom-report-2026.advance.txt")
    new = corpus_file("bbnj-prepcom-report-2026.final.txt")
    longest = _longest_change(json.loads(run("compare", old, new, "--json").stdout)["pairs"])
    whole = _plain(longest)
    assert len(whole) > 1000
    lines = [line.strip() for line in whole.splitlines() if line.strip()]

    cut = run("compare", old, new).stdout
    assert lines[-1] not in cut   # the end of a long change is cut without --full
    full = run("compare", old, new, "--full").stdout
    printed = [line.strip() for line in full.splitlines()]
    for line in lines:
        assert line in printed


def test_similarity_figures_only_with_verbose(samples_dir: Path):
    old, new = samples_dir / "security-agreement-draft1.txt", samples_dir / "security-agreement-draft2.txt"
    plain = run("compare", old, new).stdout
    assert "similarity" not in plain
    assert "Article 5 → Article 6: modified, renumbered" in plain.splitlines()
    verbose = run("compare", old, new, "--verbose").stdout
    assert "Article 5 → Article 6: modified, renumbered (similarity 0.90)" in verbose.splitlines()


def test_divisions_are_printed_where_they_begin(samples_dir: Path):
    """Draft 3 brings Parts I-V (CHANGES.md): each is printed before its first changed
    article, not all of them before the articles."""
    lines = run("compare", samples_dir / "security-agreement-draft2.txt",
                samples_dir / "security-agreement-draft3.txt").stdout.splitlines()

    def at(start: str) -> int:
        return next(number for number, line in enumerate(lines) if line.startswith(start))

    parts = [at(f"— → Part {number}: added") for number in ("I", "II", "III", "IV", "V")]
    assert parts == sorted(parts)
    # Article 8 (Urgent Consultations) is in Part III, Article 11 in Part IV (CHANGES.md).
    assert parts[2] < at("Article 8: modified") < parts[3] < at("Article 11: modified") < parts[4]


def test_the_summary_groups_runs_and_lists_counts_per_level(samples_dir: Path):
    lines = run("compare", samples_dir / "security-agreement-draft2.txt",
                samples_dir / "security-agreement-draft3.txt").stdout.splitlines()
    runs = lines.index("Runs:")
    # Draft 2's Articles 16-19 are draft 3's Articles 15-18, unchanged (CHANGES.md)
    assert "  Articles 15–18 renumbered (were 16–19)" in lines[runs:runs + 5]
    levels = next(line for line in lines if line.startswith("By level: "))
    assert "Articles " in levels and " · paragraphs " in levels


def test_a_moved_run_is_one_line_not_one_per_article(tmp_path: Path):
    headings = ["Scope", "Definitions", "Consultations", "Notification", "Cooperation",
                "Exchange", "Assistance", "Review", "Settlement", "Amendment"]

    def write(name: str, order: list[int]) -> Path:
        text = "TEST AGREEMENT\n\n" + "".join(
            f"Article {position}\n{headings[clause]}\n\nThe Parties shall attend to the "
            f"{headings[clause].lower()} of matter number {clause} in good faith.\n\n"
            for position, clause in enumerate(order, 1))
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    old = write("old.txt", list(range(10)))
    new = write("new.txt", [0, 1, 5, 6, 7, 8, 9, 2, 3, 4])   # Articles 3-5 moved to the end
    lines = run("compare", old, new).stdout.splitlines()
    assert "  Articles 8–10 moved, renumbered (were 3–5)" in lines
    # the run says all there is: no line of its own for each article, words unchanged
    assert not [line for line in lines if line.startswith(("Article 3 →", "Article 4 →"))]


@pytest.mark.parametrize("args", [("--help",), ("outline", "--help"), ("compare", "--help")])
def test_help_lists_every_format_read(args):
    text = run(*args).stdout
    assert ".docx or .txt" not in text
    for extension in (".docx", ".odt", ".pdf", ".txt", ".html", ".md", ".rtf"):
        assert extension in text
    assert set(formats_read()) >= {".docx", ".odt", ".pdf", ".txt", ".html", ".md", ".rtf"}
    for extension in formats_read():
        assert extension in text


def test_the_app_help_lists_every_format_too(capsys):
    from clausewise.gui.app import parse_args

    with pytest.raises(SystemExit):
        parse_args(["--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert ".docx or .txt" not in text
    for extension in formats_read():
        assert extension in text


def test_the_top_help_tells_how_to_open_the_window_and_with_what_options():
    """ `clausewise --help` is where a new user looks first: the window's own arguments are
    there too, each of them, and printing it loads no Qt."""
    from clausewise.gui.app import window_parser

    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "clausewise.cli", "--help"],
                          capture_output=True, text=True, check=True)
    assert "the desktop app (no command):" in done.stdout
    for action in window_parser()._actions:
        for flag in action.option_strings:
            if flag not in ("-h", "--help"):
                assert flag in done.stdout, flag
    assert "DRAFT" in done.stdout
    assert "PySide6" not in done.stderr   # -X importtime lists every module imported


@pytest.mark.parametrize("word, hint", [("compre", "did you mean 'compare'?"),
                                        ("histroy", "did you mean 'history'?"),
                                        ("frobnicate", "")])
def test_a_mistyped_command_is_named_as_one(word, hint):
    done = subprocess.run([sys.executable, "-m", "clausewise.cli", word, "a", "b"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert f"unknown command '{word}'" in done.stderr and hint in done.stderr
    assert "no display" not in done.stderr and "Traceback" not in done.stderr


def test_the_version_is_printed():
    from clausewise import __version__

    assert run("--version").stdout.strip() == f"clausewise {__version__}"
    assert "--version" in run("--help").stdout


def test_an_unknown_note_status_is_refused_like_an_unknown_kind(tmp_path, samples_dir: Path):
    old, new = samples_dir / "security-agreement-draft1.txt", samples_dir / "security-agreement-draft2.txt"
    done = subprocess.run([sys.executable, "-m", "clausewise.cli", "compare", str(old),
                           str(new), "--out", str(tmp_path / "b.pdf"), "--note-status",
                           "bogus"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert done.stderr.strip() == ("clausewise: --note-status: unknown note status 'bogus': "
                                   "choose open or resolved")
    assert not (tmp_path / "b.pdf").exists()
