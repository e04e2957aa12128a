"""The bundled sample drafts compare as their reader expects (resources/samples/CHANGES.md)."""

import re

import pytest

from clausewise.core.compare import Status, compare
from clausewise.core.model import ClauseKind
from clausewise.drafts import load_draft
from engine_drafts import by_citations


def sample(samples_dir, name):
    return load_draft(samples_dir / f"security-agreement-{name}")


@pytest.fixture
def first_to_second(samples_dir):
    return compare(sample(samples_dir, "draft1.txt"), sample(samples_dir, "draft2.txt"))


@pytest.fixture
def second_to_third(samples_dir):
    return compare(sample(samples_dir, "draft2.txt"), sample(samples_dir, "draft3.txt"))


def flags(pair):
    return (pair.status.value, pair.moved, pair.renumbered)


def changes(pair):
    return [(op, text) for op, text in pair.diff if op != "="]


def test_draft_two_inserts_article_2_and_renumbers_what_follows(first_to_second):
    pairs = by_citations(first_to_second)
    assert flags(pairs[((), ("Article 2",))]) == ("added", False, False)
    assert flags(pairs[(("Article 3",), ("Article 4",))]) == ("unchanged", False, True)
    assert flags(pairs[(("Article 2",), ("Article 3",))]) == ("modified", False, True)


def test_old_article_7_is_new_article_9_moved_and_renumbered(first_to_second):
    pair = by_citations(first_to_second)[(("Article 7",), ("Article 9",))]
    assert flags(pair) == ("unchanged", True, True)
    assert [p for p in first_to_second.pairs if p.moved] == [pair]


def test_articles_9_and_10_are_merged_and_article_11_is_split(first_to_second):
    pairs = by_citations(first_to_second)
    assert pairs[(("Article 9", "Article 10"), ("Article 10",))].status is Status.MERGED
    split = pairs[(("Article 11",), ("Article 11", "Article 12"))]
    assert split.status is Status.SPLIT
    moved_out = by_citations(split.children)[(("Article 11(3)",), ("Article 12(1)",))]
    assert moved_out.status is Status.MODIFIED and not moved_out.moved


def test_old_article_15_is_deleted_where_it_stood(first_to_second):
    rows = [(p.left_citations, p.right_citations) for p in first_to_second.pairs]
    removed = rows.index((["Article 15"], []))
    assert rows[removed - 1:removed + 2] == [(["Article 14"], ["Article 15"]),
                                             (["Article 15"], []),
                                             (["Article 16"], ["Article 16"])]


def test_a_paragraph_of_article_5_moved_to_the_article_on_classified_information(
        first_to_second):
    pairs = by_citations(first_to_second)
    classified = pairs[(("Article 13",), ("Article 14",))]
    moved = by_citations(classified.children)[(("Article 5(4)",), ("Article 14(5)",))]
    assert moved.moved and moved.renumbered
    assert changes(moved) == [("-", "Article"), ("+", "Agreement")]
    exchange = pairs[(("Article 5",), ("Article 6",))]
    assert all(child.left_citations != ["Article 5(4)"] for child in exchange.children)


def test_shall_became_should_word_by_word(first_to_second):
    pairs = by_citations(first_to_second)
    capabilities = pairs[(("Article 6",), ("Article 7",))]
    paragraph = by_citations(capabilities.children)[(("Article 6(2)",), ("Article 7(2)",))]
    assert changes(paragraph) == [("-", "shall"), ("+", "should")]


def test_the_preamble_gains_a_recital_and_loses_another(first_to_second):
    pairs = by_citations(first_to_second)
    assert flags(pairs[((), ("Preamble, recital 4",))]) == ("added", False, False)
    assert flags(pairs[(("Preamble, recital 4",), ("Preamble, recital 5",))]) == (
        "modified", False, True)
    assert flags(pairs[(("Preamble, recital 5",), ())]) == ("removed", False, False)


def test_draft_three_deletes_article_3_and_moves_classified_information_to_article_6(
        second_to_third):
    pairs = by_citations(second_to_third)
    assert flags(pairs[(("Article 3",), ())]) == ("removed", False, False)
    assert flags(pairs[(("Article 14",), ("Article 6",))]) == ("unchanged", True, True)
    assert flags(pairs[(("Article 4",), ("Article 3",))]) == ("unchanged", False, True)
    assert flags(pairs[((), ("Annex I",))]) == ("added", False, False)


def test_draft_three_turns_should_back_into_shall_and_moves_the_signing(second_to_third):
    pairs = by_citations(second_to_third)
    commission = pairs[(("Article 15",), ("Article 14",))]
    paragraph = by_citations(commission.children)[(("Article 15(3)",), ("Article 14(3)",))]
    assert changes(paragraph) == [("-", "should"), ("+", "shall")]
    final = pairs[(("Final clauses",), ("Final clauses",))]
    assert ("+", "Sudby") in changes(final)


def test_draft_three_groups_the_articles_in_parts_and_that_is_no_change(second_to_third):
    parts = [c.citation for c in second_to_third.right.clauses if c.kind is ClauseKind.PART]
    assert parts == ["Part I", "Part II", "Part III", "Part IV", "Part V"]
    assert not any(c.kind is ClauseKind.PART for p in second_to_third.walk()
                   for c in p.left + p.right)
    pairs = by_citations(second_to_third)
    assert flags(pairs[(("Article 7",), ("Article 7",))]) == ("unchanged", False, False)


def test_the_word_file_of_draft_two_reads_as_its_text_file(samples_dir):
    comparison = compare(sample(samples_dir, "draft2.txt"), sample(samples_dir, "draft2.docx"))
    assert all(pair.status is Status.UNCHANGED and not pair.moved and not pair.renumbered
               for pair in comparison.walk())


def test_the_russian_draft_compared_with_itself_is_unchanged(samples_dir):
    draft = sample(samples_dir, "draft3.ru.txt")
    comparison = compare(draft, draft)
    assert comparison.stats.unchanged == len(comparison.pairs)
    assert any(p.right_citations == ["Статья 6"] for p in comparison.pairs)


# --- every row of CHANGES.md ------------------------------------------------------------------


def changes_table(samples_dir, heading):
    """The rows (old, new, what happened) of one table of CHANGES.md."""
    text = (samples_dir / "CHANGES.md").read_text(encoding="utf-8")
    section = text.split(f"## {heading}\n", 1)[1].split("\n## ", 1)[0]
    rows = []
    for line in section.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) == 3 and not set(cells[0]) <= set("- ") and cells[0] != heading.split()[0]:
            rows.append(tuple(cells))
    return [row for row in rows if row[0] not in ("Draft 1", "Draft 2")]


def cited(cell):
    """ "Articles 9 and 10" -> ["Article 9", "Article 10"]; "—" -> []."""
    if cell == "—":
        return []
    match = re.fullmatch(r"Articles (\d+) and (\d+)", cell)
    return [f"Article {match[1]}", f"Article {match[2]}"] if match else [cell]


_UNCHANGED = re.compile(r"^(unchanged|cross-reference|text identical|renumbered only)"
                        r"|(?<!\()text (otherwise )?identical(?!\))")


def expected_status(left, right, what):
    """The status a row of CHANGES.md implies, or None when the row leaves it open."""
    if not left or not right:
        return "added" if not left else "removed"
    if len(left) > 1 or len(right) > 1:
        return "merged" if len(left) > 1 else "split"
    what = re.sub(r"^renumbered[;,] ", "", what)
    if what == "renumbered":
        return None  # depends on the rows for its paragraphs
    return "unchanged" if _UNCHANGED.search(what) else "modified"


def check_row(comparison, old, new, what):
    left, right = cited(old), cited(new)
    found = [p for p in comparison.walk()
             if p.left_citations == left and p.right_citations == right]
    assert len(found) == 1, (old, new, what)
    pair = found[0]
    status = expected_status(left, right, what)
    assert status is None or pair.status.value == status, (old, new, what, pair.status)
    assert pair.moved == bool(re.search(r"\bmoved\b", what)), (old, new, what)
    if left and right and "renumbered" in what:
        assert pair.renumbered, (old, new, what)
    if "keeps its number" in what:
        assert not pair.renumbered, (old, new, what)


@pytest.mark.parametrize("heading, drafts", [
    ("Draft 1 -> draft 2", ("draft1.txt", "draft2.txt")),
    ("Draft 2 -> draft 3", ("draft2.txt", "draft3.txt")),
])
def test_every_change_listed_in_changes_md_is_found(samples_dir, heading, drafts):
    comparison = compare(sample(samples_dir, drafts[0]), sample(samples_dir, drafts[1]))
    rows = [row for row in changes_table(samples_dir, heading)
            if not row[1].startswith("Part ") and not row[0].startswith("Title, Preamble")]
    assert len(rows) > 20
    for old, new, what in rows:
        check_row(comparison, old, new, what)
