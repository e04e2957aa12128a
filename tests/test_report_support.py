"""Drafts and helpers shared by the report tests (no tests of its own).

Two short drafts written for these tests: an older and a newer version of a fictional
agreement, with Cyrillic, Greek, accented Latin, Chinese and Arabic words and with text that
contains <, > and &, so that every export has to carry them through.
"""

from __future__ import annotations

from pathlib import Path

from clausewise.core.compare import Comparison, compare
from clausewise.core.model import SourceText
from clausewise.core.segment import segment

OLD_DRAFT = """\
Agreement between the Republic of Norland and the Kingdom of Sudmark on River Navigation

The Republic of Norland and the Kingdom of Sudmark, hereinafter referred to as "the Parties",

Recognizing the importance of the river Ælve for the trade of both Parties,

Determined to keep the river open to vessels of every flag,

Have agreed as follows:

Article 1
Definitions

1. "Vessel" means any craft used for navigation on the river.
2. "Port" means a place where vessels load & unload goods.

Article 2
Freedom of navigation

1. Vessels of either Party shall navigate freely between the ports listed in the annex.
2. Tolls shall not exceed 5 % of the value of the cargo where the cargo is < 100 tonnes.

Article 3
Inspections

The competent authorities may inspect a vessel only on reasonable grounds.

Article 4
Languages

Notices shall be published in Norlandic and in Russian: «Уведомление о навигации».

Article 5
Review

The Parties shall review this Agreement every five years.

Done at Ålborg, on 3 March 2025, in two originals.
"""

NEW_DRAFT = """\
Agreement between the Republic of Norland and the Kingdom of Sudmark on River Navigation

The Republic of Norland and the Kingdom of Sudmark, hereinafter referred to as "the Parties",

Recognizing the importance of the river Ælve for the trade and the environment of both Parties,

Determined to keep the river open to vessels of every flag,

Have agreed as follows:

Article 1
Definitions

1. "Vessel" means any craft used for navigation on the river, including ferries.
2. "Port" means a place where vessels load & unload goods.

Article 2
Freedom of navigation

1. Vessels of either Party shall navigate freely between the ports listed in the annex.
2. Tolls shall not exceed 3 % of the value of the cargo where the cargo is > 100 tonnes & <b>perishable</b>.

Article 3
Languages

Notices shall be published in Norlandic, in Russian: «Уведомление о судоходстве», in Greek: «Ειδοποίηση ναυσιπλοΐας», in Chinese: 航行通知, and in Arabic: إشعار الملاحة.

Article 4
Review

The Parties shall review this Agreement every three years.

Article 5
Settlement of disputes

Any dispute shall be settled by consultations between the Parties.

Done at Ålborg, on 3 March 2025, in two originals.
"""


def write_drafts(folder: Path) -> tuple[Path, Path]:
    """The two drafts as UTF-8 files in ``folder``, as a user would have them on disk."""
    old, new = folder / "river-draft1.txt", folder / "river-draft2.txt"
    old.write_text(OLD_DRAFT, encoding="utf-8")
    new.write_text(NEW_DRAFT, encoding="utf-8")
    return old, new


def compare_texts(old_text: str, new_text: str, old_name: str = "river-draft1.txt",
                  new_name: str = "river-draft2.txt") -> Comparison:
    """Segments and compares two drafts given as text, with the real engine."""
    old = segment(SourceText.from_text(old_text, name=old_name))
    new = segment(SourceText.from_text(new_text, name=new_name))
    return compare(old, new)


def river_comparison() -> Comparison:
    return compare_texts(OLD_DRAFT, NEW_DRAFT)


# --- building comparisons by hand (for shapes the drafts above do not have) -------------------

from clausewise.core.compare import Pair, Stats, Status  # noqa: E402
from clausewise.core.diff import diff_words  # noqa: E402
from clausewise.core.model import Clause, ClauseKind, Document, Span  # noqa: E402


def clause(citation: str, text: str, *, kind: ClauseKind = ClauseKind.ARTICLE, label: str = "",
           heading: str = "", children: tuple[Clause, ...] = ()) -> Clause:
    """A clause as the segmenter would make it; the id is derived from the citation."""
    number = label.split()[-1].strip(".()") if label else ""
    return Clause(id=citation.lower().replace(" ", "-"), kind=kind, label=label, number=number,
                  citation=citation, heading=heading, text=text, span=Span(0, 1),
                  children=children)


def article(number: str, heading: str, text: str) -> Clause:
    return clause(f"Article {number}", text, label=f"Article {number}", heading=heading)


def pair(left: tuple[Clause, ...], right: tuple[Clause, ...], status: Status, *,
         moved: bool = False, renumbered: bool = False) -> Pair:
    """A pair with the engine's own word diff of the two rows."""
    from clausewise.reports.content import row_text
    return Pair(left=left, right=right, status=status, moved=moved, renumbered=renumbered,
                similarity=0.5, diff=diff_words(row_text(left), row_text(right)))


def hand_comparison(pairs: tuple[Pair, ...], left_name: str = "old.txt",
                    right_name: str = "new.txt") -> Comparison:
    """A Comparison around hand-made pairs; the documents hold the pairs' clauses."""
    lefts = tuple(c for p in pairs for c in p.left)
    rights = tuple(c for p in pairs for c in p.right)
    counts = {status.value: sum(p.status is status for p in pairs) for status in Status}
    stats = Stats(moved=sum(p.moved for p in pairs),
                  renumbered=sum(p.renumbered for p in pairs), **counts)
    return Comparison(left=Document("Old draft", lefts, name=left_name),
                      right=Document("New draft", rights, name=right_name),
                      pairs=pairs, stats=stats)


def many_changed_articles(count: int, words: int = 40) -> Comparison:
    """A long comparison: ``count`` modified articles of about ``words`` words each."""
    vocabulary = ("the Parties shall ensure that navigation on the river remains open "
                  "to vessels of every flag subject to the rules of this Agreement").split()
    pairs = []
    for number in range(1, count + 1):
        body = " ".join(vocabulary[(number + k) % len(vocabulary)] for k in range(words))
        old = article(str(number), f"Heading {number}", f"{body} within {number} days.")
        new = article(str(number), f"Heading {number}",
                      f"{body} within {number + 5} days, save in emergencies.")
        pairs.append(pair((old,), (new,), Status.MODIFIED))
    return hand_comparison(tuple(pairs))


# --- reading the exports back -----------------------------------------------------------------

import re  # noqa: E402
import zipfile  # noqa: E402

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def pdf_pages(path: Path) -> list[str]:
    """The text of each page as pypdf extracts it, whitespace collapsed."""
    from pypdf import PdfReader
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages]


def pdf_fonts(path: Path) -> dict[str, bool]:
    """Every font the PDF uses, and whether its program is embedded in the file."""
    from pypdf import PdfReader
    fonts: dict[str, bool] = {}
    for page in PdfReader(path).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            descendants = font.get("/DescendantFonts")
            target = descendants[0].get_object() if descendants else font
            descriptor = target.get("/FontDescriptor")
            embedded = bool(descriptor) and any(
                key in descriptor.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3"))
            fonts[str(font["/BaseFont"])] = embedded
    return fonts


def docx_parts(path: Path) -> dict[str, str]:
    """Every XML part of a .docx as text, by name."""
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name).decode("utf-8") for name in archive.namelist()
                if name.endswith((".xml", ".rels"))}


def tracked_text(path: Path, accept: bool) -> list[str]:
    """The paragraphs a reader gets after accepting (or rejecting) every tracked change.

    Read straight from word/document.xml: accepting drops w:del and keeps w:ins, and a
    paragraph whose mark was deleted joins the next one; rejecting does the opposite.
    """
    from lxml import etree
    with zipfile.ZipFile(path) as archive:
        body = etree.fromstring(archive.read("word/document.xml")).find(f"{W}body")
    # A move is a deletion (w:moveFrom) at the old place and an insertion (w:moveTo) at the
    # new one; its moved text is plain w:t.
    dropped = (f"{W}del", f"{W}moveFrom") if accept else (f"{W}ins", f"{W}moveTo")

    def kept(node) -> bool:
        if node.tag == f"{W}delText":
            return not accept
        return not any(a.tag in dropped for a in node.iterancestors())

    paragraphs: list[str] = []
    joining = False
    for paragraph in body.iter(f"{W}p"):
        text = "".join(node.text or "" for node in paragraph.iter(f"{W}t", f"{W}delText")
                       if kept(node))
        mark = next((m for tag in dropped for m in paragraph.iterfind(f"{W}pPr/{W}rPr/{tag}")),
                    None)
        if joining:
            paragraphs[-1] += text
        else:
            paragraphs.append(text)
        joining = mark is not None
    return [text for text in paragraphs if text.strip()]


def collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def pdf_bytes_unpacked(path: Path) -> bytes:
    """The PDF file with every compressed stream inflated, to search it for leaked text."""
    import zlib
    data = path.read_bytes()
    unpacked = [data]
    for match in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.S):
        try:
            unpacked.append(zlib.decompress(match.group(1)))
        except zlib.error:
            pass  # not a deflated stream
    return b"\n".join(unpacked)


def test_a_replaced_word_prints_apart_from_its_replacement():
    from clausewise.reports.content import readable_marks

    marks = readable_marks([("=", "Mindful of the "), ("-", "changing"), ("+", "deteriorating"),
                            ("=", " environment")])
    assert "".join(text for _, text in marks) == "Mindful of the changing deteriorating environment"
    assert ("=", " ") in marks
    # A deletion that already ends in a space needs none.
    assert readable_marks([("-", "old "), ("+", "new")]) == (("-", "old "), ("+", "new"))


def test_a_stale_cross_reference_note_reaches_the_briefing_table():
    from clausewise.core.compare import Pair, Status
    from clausewise.reports.content import change_words, changed_itself

    pair = Pair(left=(), right=(), status=Status.UNCHANGED,
                notes=("cites Article 2, but the old Article 2 is now Article 3: check the "
                       "cross-reference",))
    assert changed_itself(pair)
    assert change_words(pair) == ("unchanged; cites Article 2, but the old Article 2 is now "
                                  "Article 3: check the cross-reference")
