"""Writes the Word version of sample draft 2, with Word's automatic numbering.

    .venv/bin/python scripts/make_sample_docx.py [--input TXT] [--output DOCX]

Reads ``resources/samples/security-agreement-draft2.txt`` and writes
``resources/samples/security-agreement-draft2.docx`` as a drafter would set it up in Word:

* the title in the "Title" style, one paragraph per title line;
* "Article N" drawn by Word's numbering ("Article %1") on an empty "Heading 1" paragraph (the
  style carries the numbering), the article's heading in "Heading 2";
* numbered paragraphs "1." ("%2.") and points "(a)" ("(%3)", lowerLetter) and sub-points
  "(i)" ("(%4)", lowerRoman) as automatic numbering: none of the numbers is in the text;
* every other line (preamble, parts, annexes, final clauses, signatures) as it is.

Where the plain text skips or restarts a number, a new list instance with a start override
is used, as Word's "Set Numbering Value" does. Before writing, the script reads the result
back with ``clausewise.readers.read`` and stops if any line differs from the text file.
The zip entries get a fixed date so that re-running it gives the same bytes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import re
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))  # the numbering writer shared with the tests
sys.path.insert(0, str(REPO / "src"))

from docx_factory import (  # noqa: E402
    ListLevel, add_list, add_list_instance, link_style, new_draft, numbered,
)

SAMPLES = REPO / "resources" / "samples"
DEFAULT_INPUT = SAMPLES / "security-agreement-draft2.txt"
DEFAULT_OUTPUT = SAMPLES / "security-agreement-draft2.docx"

TREATY_OUTLINE = (
    ListLevel("Article %1", style="Heading 1"),
    ListLevel("%2."),
    ListLevel("(%3)", fmt="lowerLetter"),
    ListLevel("(%4)", fmt="lowerRoman"),
)
ANNEX_OUTLINE = (ListLevel("%1."), ListLevel("(%2)", fmt="lowerLetter"))

ARTICLE = re.compile(r"^Article (\d+)$")
PARAGRAPH = re.compile(r"^(\d+)\.\s+(.*)$")
POINT = re.compile(r"^\(([a-z]{1,3})\)\s+(.*)$")
CONTAINER = re.compile(r"^(PART|ANNEX|CHAPTER|SECTION|PROTOCOL|APPENDIX)\b")
ROMAN = re.compile(r"^(?=[ivxl])l?x{0,3}(ix|iv|v?i{0,3})$")
FIXED_DATE = (2024, 1, 1, 0, 0, 0)


@dataclass
class ListState:
    """One list (articles, or an annex's paragraphs): its numId and what Word would count."""

    num_id: int
    levels: int
    counters: dict[int, int] = field(default_factory=dict)

    def expect(self, level: int) -> int:
        return self.counters.get(level, 0) + 1

    def take(self, level: int, value: int) -> None:
        self.counters[level] = value
        for deeper in [lvl for lvl in self.counters if lvl > level]:
            del self.counters[deeper]


class SampleWriter:
    """Turns the lines of the plain-text draft into Word paragraphs."""

    def __init__(self) -> None:
        self.doc = new_draft()
        self.outline = ListState(add_list(self.doc, TREATY_OUTLINE), len(TREATY_OUTLINE))
        link_style(self.doc, "Heading 1", self.outline.num_id, level=0)
        self.annex: ListState | None = None
        self.in_article = False
        self.after_article_line = False

    def write_block(self, block: list[str], is_title: bool) -> None:
        for line in block:
            if is_title:
                self.doc.add_paragraph(line, style="Title")
            else:
                self.write_line(line)

    def write_line(self, line: str) -> None:
        heading_expected, self.after_article_line = self.after_article_line, False
        if match := ARTICLE.match(line):
            self.article(int(match.group(1)))
        elif CONTAINER.match(line):
            self.container(line)
        elif match := PARAGRAPH.match(line):
            self.numbered(1, int(match.group(1)), match.group(2))
        elif (match := POINT.match(line)) and self.current_list() is not None:
            self.point(match.group(1), match.group(2))
        elif heading_expected:
            self.doc.add_paragraph(line, style="Heading 2")
        else:
            self.doc.add_paragraph(line)

    def article(self, value: int) -> None:
        self.in_article, self.annex, self.after_article_line = True, None, True
        if value == self.outline.expect(0):
            self.doc.add_paragraph("", style="Heading 1")  # numbered by its style
        else:
            self.restart(self.outline, 0, value)
            numbered(self.doc, "", self.outline.num_id, 0, style="Heading 1")
        self.outline.take(0, value)

    def container(self, line: str) -> None:
        if line.isupper():  # "PART I": a Heading 1 with the style's numbering switched off
            numbered(self.doc, line, 0, style="Heading 1")
        else:
            self.doc.add_paragraph(line)
        self.after_article_line = True
        if line.startswith("ANNEX"):
            self.in_article = False
            self.annex = ListState(add_list(self.doc, ANNEX_OUTLINE), len(ANNEX_OUTLINE))

    def current_list(self) -> tuple[ListState, int] | None:
        """The list a numbered paragraph belongs to, and the level of "1." in it."""
        if self.annex is not None:
            return self.annex, 0
        if self.in_article:
            return self.outline, 1
        return None

    def numbered(self, level_in_article: int, value: int, text: str) -> None:
        current = self.current_list()
        if current is None:  # a numbered line outside any article: keep it as text
            self.doc.add_paragraph(f"{value}. {text}")
            return
        state, base = current
        level = base + level_in_article - 1
        if value != state.expect(level):
            self.restart(state, level, value)
        numbered(self.doc, text, state.num_id, level)
        state.take(level, value)

    def point(self, label: str, text: str) -> None:
        state, base = self.current_list()  # type: ignore[misc]
        letter_level, roman_level = base + 1, base + 2
        next_letter = _letter(state.expect(letter_level))
        if ROMAN.match(label) and label != next_letter and roman_level < state.levels:
            value, level = _roman_value(label), roman_level
        else:
            value, level = _letter_value(label), letter_level
        if value != state.expect(level):
            self.restart(state, level, value)
        numbered(self.doc, text, state.num_id, level)
        state.take(level, value)

    def restart(self, state: ListState, level: int, value: int) -> None:
        state.num_id = add_list_instance(self.doc, state.num_id, restart_at={level: value})


def _letter(value: int) -> str:
    repeat, index = divmod(value - 1, 26)
    return "abcdefghijklmnopqrstuvwxyz"[index] * (repeat + 1)


def _letter_value(label: str) -> int:
    return (len(label) - 1) * 26 + ord(label[0]) - ord("a") + 1


def _roman_value(label: str) -> int:
    values = {"i": 1, "v": 5, "x": 10, "l": 50}
    total = 0
    for ch, nxt in zip(label, label[1:] + " "):
        total += -values[ch] if nxt != " " and values[nxt] > values[ch] else values[ch]
    return total


def blocks_of(text: str) -> list[list[str]]:
    """The draft's blocks: runs of non-blank lines, separated by blank lines."""
    blocks, current = [], []
    for line in text.splitlines():
        if line.strip():
            current.append(line.strip())
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def build(text: str) -> bytes:
    writer = SampleWriter()
    props = writer.doc.core_properties
    props.title = "Agreement on Security Guarantees (draft 2)"
    props.author = "Clausewise sample"
    props.created = props.modified = dt.datetime(2024, 1, 1)
    props.revision = 1
    for index, block in enumerate(blocks_of(text)):
        writer.write_block(block, is_title=index == 0)
    buffer = io.BytesIO()
    writer.doc.save(buffer)
    return _with_fixed_dates(buffer.getvalue())


def _with_fixed_dates(data: bytes) -> bytes:
    """The same zip with every entry dated 2024-01-01, so the output is reproducible."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            info = zipfile.ZipInfo(item.filename, FIXED_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, source.read(item.filename))
    return out.getvalue()


def check(text: str, output: Path) -> None:
    """Reads the .docx back and compares number + text with the plain-text lines."""
    from clausewise.readers import read

    expected = [line.strip() for line in text.splitlines() if line.strip()]
    got = [" ".join(p for p in (line.number, line.text) if p) for line in read(output).lines]
    for index, (want, have) in enumerate(zip(expected, got)):
        if want != have:
            raise SystemExit(f"line {index + 1} differs:\n  txt:  {want}\n  docx: {have}")
    if len(expected) != len(got):
        raise SystemExit(f"{len(expected)} lines in the text, {len(got)} in the .docx")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", type=Path, default=DEFAULT_INPUT)
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args(argv)
    if not args.input.exists():
        print(f"{args.input} does not exist yet; write the sample draft first", file=sys.stderr)
        return 1
    text = args.input.read_text(encoding="utf-8")
    args.output.write_bytes(build(text))
    check(text, args.output)
    print(f"wrote {args.output} ({args.output.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
