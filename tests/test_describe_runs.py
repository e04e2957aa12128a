"""One description for every view: runs of units changed alike, and counts per level.

Drafts written here are whole treaties of ten articles whose texts differ; the real pairs come
from ../shared/corpus."""

from __future__ import annotations

import random
import re
from collections import Counter
from pathlib import Path

import pytest

from clausewise.core import compare, describe, segment
from clausewise.core.model import ClauseKind, SourceText
from clausewise.drafts import load_draft
from corpus import corpus_document, corpus_file

HEADINGS = ("Scope", "Definitions", "Consultations", "Notification", "Cooperation", "Exchange",
            "Assistance", "Review", "Settlement", "Amendment", "Signature", "Ratification",
            "Accession")
WORDS = ("state party agreement shall cooperate protect ocean fishing vessel port law court "
         "duty right notify inform report review").split()


def _text(number: int) -> str:
    choose = random.Random(number).choice  # seeded: the same draft in every run
    return " ".join(choose(WORDS) for _ in range(25)) + f" (clause {number})."


def _draft(order, word: str = "Article"):
    """A treaty whose n-th article holds the text and heading of clause ``order[n - 1]``."""
    lines = ["TEST AGREEMENT", ""]
    for position, clause in enumerate(order, 1):
        lines += [f"{word} {position}", HEADINGS[clause - 1], "", _text(clause), ""]
    return segment(SourceText.from_text("\n".join(lines)))


def _runs(old_order, new_order, word: str = "Article") -> list[str]:
    comparison = compare(_draft(old_order, word), _draft(new_order, word))
    return [run.text for run in describe.grouped_runs(comparison)]


def test_a_block_moved_to_the_end_is_one_run_not_one_line_each():
    runs = _runs(range(1, 11), [1, 2, 6, 7, 8, 9, 10, 3, 4, 5])
    assert "Articles 8–10 moved, renumbered (were 3–5)" in runs
    assert "Articles 3–7 renumbered (were 6–10)" in runs


def test_added_and_removed_articles_group_too():
    assert _runs(range(1, 11), range(1, 14)) == ["Articles 11–13 added"]
    assert _runs(range(1, 11), range(1, 8)) == ["Articles 8–10 removed"]


def test_an_inserted_article_renumbers_the_rest_as_one_run():
    assert _runs(range(1, 11), [1, 11, *range(2, 11)]) == ["Articles 3–11 renumbered (were 2–10)"]


def test_other_unit_words_get_their_plural():
    assert _runs(range(1, 11), range(1, 14), word="Regulation") == ["Regulations 11–13 added"]


def test_each_run_names_its_own_first_and_last_unit():
    comparison = compare(_draft(range(1, 11)), _draft([1, 2, 6, 7, 8, 9, 10, 3, 4, 5]))
    for run in describe.grouped_runs(comparison):
        first, last = run.pairs[0].right_citations[0], run.pairs[-1].right_citations[0]
        assert run.text.startswith(f"Articles {first.split()[1]}–{last.split()[1]} ")
        assert len(run.pairs) >= describe.RUN_MINIMUM


def test_roman_numbers_group_and_language_versions_have_no_runs(tmp_path):
    english = corpus_document("outer-space-treaty-1967.en.txt")
    russian = corpus_document("outer-space-treaty-1967.ru.txt")
    # Two language versions are read in parallel: nothing "changed alike" to group.
    assert describe.grouped_runs(compare(english, russian)) == []
    source = corpus_file("outer-space-treaty-1967.en.txt").read_text(encoding="utf-8")
    edited = tmp_path / "ost-edited.txt"
    edited.write_text(source.replace("outer space", "outer-space"), encoding="utf-8")
    runs = describe.grouped_runs(compare(english, load_draft(edited)))
    article_runs = [run for run in runs if run.text.startswith("Articles ")]
    assert article_runs
    for run in article_runs:   # the numbers are Roman, as written
        assert re.fullmatch(r"Articles [IVX]+–[IVX]+ modified", run.text), run.text
        numbers = run.text.split()[1]
        assert numbers.split("–")[0] == run.pairs[0].right[0].citation.split()[1]


def test_sibling_regulations_keep_their_numbers_in_every_run():
    crusts = corpus_document("isa-crusts-regulations-2012.en.txt")
    sulphides = corpus_document("isa-sulphides-regulations-2010.en.txt")
    runs = describe.grouped_runs(compare(sulphides, crusts))
    regulation_runs = [run for run in runs if run.text.startswith("Regulations ")]
    assert regulation_runs  # most regulations changed alike: one line per run of them
    for run in regulation_runs:
        assert "(were" not in run.text  # regulation N <-> N (corpus README)
        assert all(pair.left_citations == pair.right_citations for pair in run.pairs)


def test_the_briefing_prints_the_same_runs(samples_dir):
    from clausewise.reports.content import build_briefing
    from clausewise.reports.options import BriefingOptions

    comparison = compare(load_draft(samples_dir / "security-agreement-draft2.txt"),
                         load_draft(samples_dir / "security-agreement-draft3.txt"))
    briefing = build_briefing(comparison, BriefingOptions())
    assert list(briefing.runs) == [run.text for run in describe.grouped_runs(comparison)]


# --- counts per level -------------------------------------------------------------------------


def test_counts_per_level_name_each_unit_word_and_the_levels_below(samples_dir):
    comparison = compare(load_draft(samples_dir / "security-agreement-draft2.txt"),
                         load_draft(samples_dir / "security-agreement-draft3.txt"))
    levels = {level.name: level for level in describe.level_counts(comparison)}
    articles = [pair for pair in comparison.pairs
                if (pair.right or pair.left)[0].kind is ClauseKind.ARTICLE]
    assert levels["Articles"].total == len(articles)
    assert levels["Articles"].changed == sum(pair.changed for pair in articles)
    # 20 articles in draft 2, 19 in draft 3, "Purpose and Scope" dropped (CHANGES.md): 20 pairs
    assert levels["Articles"].total == 20 and levels["Recitals"].total == 6
    paragraphs = [pair for top in comparison.pairs for pair in top.walk()
                  if pair is not top and (pair.right or pair.left)[0].kind is ClauseKind.PARAGRAPH]
    assert (levels["paragraphs"].changed, levels["paragraphs"].total) == (
        sum(pair.changed for pair in paragraphs), len(paragraphs))
    assert levels["points"].depth == 1 and levels["Articles"].depth == 0
    assert str(levels["Articles"]) == (f"Articles {levels['Articles'].changed} changed of "
                                       f"{levels['Articles'].total}")


def test_counts_per_level_on_a_un_report_count_its_paragraphs_and_annexes():
    advance = corpus_document("bbnj-prepcom-report-2026.advance.txt")
    final = corpus_document("bbnj-prepcom-report-2026.final.txt")
    comparison = compare(advance, final)
    names = [level.name for level in describe.level_counts(comparison)]
    assert names[:2] == ["Paragraphs", "Annexes"]   # report paragraphs, then the annexes
    assert "paragraphs" in names and "points" in names
    assert len(names) == len(set(names))


@pytest.mark.parametrize("old, new", [
    ("bbnj-prepcom-report-2026.advance.txt", "bbnj-prepcom-report-2026.final.txt"),
    ("bbnj-agreement-2023.en.txt", "bbnj-agreement-2023.fr.txt"),
    ("isa-sulphides-regulations-2010.en.txt", "isa-crusts-regulations-2012.en.txt"),
])
def test_outline_titles_are_unique_in_a_comparison(old, new):
    comparison = compare(corpus_document(old), corpus_document(new))
    titles = Counter(describe.outline_title(pair) for pair in comparison.walk())
    assert not [title for title, count in titles.items() if count > 1]


def test_an_outline_entry_says_where_a_renumbered_clause_stands():
    """The navigator's entry for recital 4 that became recital 5 names the preamble once:
    "Preamble, recital 4 → recital 5" (a bare "recital 4 → recital 5" could be anywhere);
    a unit renumbered at the top level reads "Article 2 → Article 3"."""
    samples = Path(__file__).resolve().parents[1] / "resources" / "samples"
    comparison = compare(load_draft(samples / "security-agreement-draft1.txt"),
                         load_draft(samples / "security-agreement-draft2.txt"))
    titles = {describe.outline_title(pair) for pair in comparison.walk()}
    assert "Preamble, recital 4 → recital 5" in titles
    assert "Article 2 → Article 3" in titles
    assert not [title for title in titles if title.startswith("recital")]


def test_two_language_versions_name_a_provision_by_both_its_names():
    """Parallel reading: "Article I / Статья I", not an arrow, which says "renumbered"."""
    comparison = compare(corpus_document("outer-space-treaty-1967.en.txt"),
                         corpus_document("outer-space-treaty-1967.ru.txt"))
    titles = [describe.outline_title(pair) for pair in comparison.pairs]
    assert "Article I / Статья I" in titles
    assert not [title for title in titles if "→" in title]
