"""The bundled sample drafts are what CHANGES.md says they are.

The samples are the drafts a new user opens first and the ground truth of the engine's
tests, so their shape is checked here with plain regular expressions, independently of the
segmenter: the files exist and are UTF-8, each has the number of articles CHANGES.md states,
the blocks follow the layout conventions, old Article 7 reappears word for word as Article 9,
and the Russian draft 3 mirrors the English one article by article.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"
CHANGES = SAMPLES / "CHANGES.md"
DRAFTS = {
    "security-agreement-draft1.txt": "Article",
    "security-agreement-draft2.txt": "Article",
    "security-agreement-draft3.txt": "Article",
    "security-agreement-draft3.ru.txt": "Статья",
}
RECITAL_OPENERS = re.compile(
    r"^(Recognizing|Reaffirming|Determined|Mindful|Noting|Desiring|Convinced"
    r"|признавая|подтверждая|будучи|сознавая|желая)\b")


def text_of(name: str) -> str:
    return (SAMPLES / name).read_text(encoding="utf-8")


def article_numbers(text: str, keyword: str) -> list[int]:
    return [int(n) for n in re.findall(rf"^{keyword} (\d+)$", text, re.MULTILINE)]


def article_body(text: str, keyword: str, number: int) -> str:
    """Heading and paragraphs of one article, up to the next article, part, annex or final
    clauses."""
    end = rf"^{keyword} \d+$|^(PART|ЧАСТЬ|ANNEX|ПРИЛОЖЕНИЕ) |^Done at|^Совершено|\Z"
    match = re.search(rf"^{keyword} {number}\n(.*?)(?={end})", text, re.MULTILINE | re.DOTALL)
    assert match, f"{keyword} {number} not found"
    return match.group(1).strip()


def stated_article_counts() -> dict[str, int]:
    """The "Articles" column of the files table at the top of CHANGES.md."""
    rows = re.findall(r"^\| `([^`]+\.txt)` \| (\d+) \|", CHANGES.read_text(encoding="utf-8"),
                      re.MULTILINE)
    return {name: int(count) for name, count in rows}


@pytest.mark.parametrize("name", DRAFTS)
def test_sample_draft_exists_and_is_utf8(name):
    data = (SAMPLES / name).read_bytes()

    text = data.decode("utf-8")  # strict: raises on any byte that is not UTF-8

    assert not data.startswith(b"\xef\xbb\xbf"), "no byte-order mark"
    assert "\r" not in text and "\t" not in text
    assert 20_000 <= len(text) <= 40_000, f"{name}: {len(text)} characters"


@pytest.mark.parametrize("name, keyword", DRAFTS.items())
def test_each_draft_has_the_articles_changes_md_states(name, keyword):
    stated = stated_article_counts()

    numbers = article_numbers(text_of(name), keyword)

    assert name in stated, f"CHANGES.md does not list {name}"
    assert len(numbers) == stated[name]
    assert numbers == list(range(1, len(numbers) + 1)), "articles numbered 1, 2, 3 ... in order"


def test_the_brief_article_counts():
    assert stated_article_counts() == {
        "security-agreement-draft1.txt": 20,
        "security-agreement-draft2.txt": 20,
        "security-agreement-draft3.txt": 19,
        "security-agreement-draft3.ru.txt": 19,
    }


@pytest.mark.parametrize("name", DRAFTS)
def test_blocks_follow_the_layout_the_segmenter_relies_on(name):
    text = text_of(name)
    blocks = text.rstrip("\n").split("\n\n")

    assert text.endswith("\n") and "\n\n\n" not in text, "exactly one blank line between blocks"
    assert all(line == line.strip() for line in text.splitlines()), "no stray spaces"
    assert "\n" not in blocks[0], "the title is one line"
    assert blocks[1].startswith(("The Republic of Norland and the Kingdom of Sudmark",
                                 "Республика Норланд и Королевство Судмарк"))
    closing = next(i for i, block in enumerate(blocks)
                   if block in ("Have agreed as follows:", "согласились о нижеследующем:"))
    recitals = blocks[2:closing]
    assert 5 <= len(recitals) <= 8
    assert all(RECITAL_OPENERS.match(recital) and recital.endswith(",") for recital in recitals)
    assert any(block.startswith(("Done at ", "Совершено в ")) for block in blocks)
    signatures = [block.split("\n") for block in blocks
                  if block.startswith(("For the ", "За "))]
    assert len(signatures) == 2 and all(len(lines) == 3 for lines in signatures)


def test_old_article_7_reappears_word_for_word_as_article_9_after_article_8():
    draft1, draft2, draft3 = (text_of(f"security-agreement-draft{n}.txt") for n in (1, 2, 3))

    assistance = article_body(draft1, "Article", 7)

    assert assistance.startswith("Assistance in the Event of an Armed Attack\n")
    assert article_body(draft2, "Article", 9) == assistance
    assert article_body(draft3, "Article", 9) == assistance
    urgent, assistance_heading = "Article 8\nUrgent Consultations", "Article 9\nAssistance"
    assert draft2.index(urgent) < draft2.index(assistance_heading), "now follows Article 8"
    assert draft1.index("Article 7\nAssistance") < draft1.index(urgent), "it used to precede it"


def test_changes_md_records_the_move_of_article_7_to_article_9():
    changes = CHANGES.read_text(encoding="utf-8")

    row = re.search(r"^\| Article 7 \| Article 9 \| (.*) \|$", changes, re.MULTILINE)

    assert row, "CHANGES.md has a row old Article 7 -> new Article 9"
    assert "moved" in row.group(1) and "renumbered" in row.group(1)


def test_changes_md_records_every_kind_of_change_the_brief_asks_for():
    changes = CHANGES.read_text(encoding="utf-8")

    for kind in ("new article inserted", "split", "merged", "article deleted entirely",
                 '"shall endeavour" -> "should endeavour"', "clause added",
                 "paragraph moved to another article", "recital inserted", "recital deleted",
                 "recital reworded", "part introduced", "annex added", "article moved",
                 '"should meet" -> "shall meet"', "place and date changed"):
        assert kind in changes, f"CHANGES.md does not mention: {kind}"


def test_cross_references_point_at_articles_that_exist():
    for name, keyword in DRAFTS.items():
        text = text_of(name)
        count = len(article_numbers(text, keyword))

        reference = r"(?:Article|стать[еийю]|статьей) (\d+)(?![\d\n])"  # not "Article 4" headings
        cited = [int(n) for n in re.findall(reference, text)]

        assert cited, f"{name} has cross-references"
        assert all(1 <= n <= count for n in cited), f"{name}: {sorted(set(cited))}"


def test_draft_3_adds_parts_and_an_annex_after_the_signatures():
    for name, part, annex, signature in (
            ("security-agreement-draft3.txt", "PART", "ANNEX I", "For the Kingdom of Sudmark:"),
            ("security-agreement-draft3.ru.txt", "ЧАСТЬ", "ПРИЛОЖЕНИЕ I",
             "За Королевство Судмарк:")):
        text = text_of(name)

        parts = re.findall(rf"^{part} ([IVX]+)\n[^\n]+$", text, re.MULTILINE)

        assert parts == ["I", "II", "III", "IV", "V"]
        assert text.index(signature) < text.index(f"\n{annex}\n")
        assert re.search(rf"^{annex}\n[^\n]+\n\n1\. ", text, re.MULTILINE)
    assert "PART" not in text_of("security-agreement-draft2.txt")


def test_russian_draft_3_mirrors_the_english_draft_3_article_by_article():
    english = text_of("security-agreement-draft3.txt")
    russian = text_of("security-agreement-draft3.ru.txt")

    def shape(text: str, keyword: str) -> list[tuple[int, int, int]]:
        """Per article: numbered paragraphs, points, and unnumbered paragraphs."""
        result = []
        for number in article_numbers(text, keyword):
            lines = article_body(text, keyword, number).split("\n")[1:]
            paragraphs = sum(bool(re.match(r"^\d+\. ", line)) for line in lines)
            points = sum(bool(re.match(r"^\(?[a-zа-я]\) ", line)) for line in lines)
            prose = sum(bool(line) for line in lines) - paragraphs - points
            result.append((paragraphs, points, prose))
        return result

    assert shape(russian, "Статья") == shape(english, "Article")
    assert re.findall(r"^а\) ", russian, re.MULTILINE), "Russian points are lettered а), б) ..."
    assert not re.search(r"^\([a-z]\) ", russian, re.MULTILINE), "no Latin point letters"
    assert "Совершено в г. Судбю 18 июня 2024 года" in russian
    assert "Done at Sudby, on 18 June 2024" in english
