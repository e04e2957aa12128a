"""A draft segmented right after another reads most of its paragraphs from the other's
readings (``structure.Readings``): the tree must be the very one it gets read alone, whatever
the draft before was (the other edition, another language, other unit words, a report)."""

from __future__ import annotations

import pytest

from clausewise.core.model import SourceText
from clausewise.core.segment import segment
from clausewise.core.structure import forget_readings, learn_scheme, readings_for
from clausewise.readers import read

from corpus import corpus_file


def alone(source: SourceText):
    forget_readings()
    return segment(source)


def after(before: SourceText, source: SourceText):
    forget_readings()
    segment(before)
    return segment(source)


def test_the_second_draft_reads_on_from_the_first():
    """The second of two drafts with the same conventions finds the first's readings."""
    old = SourceText.from_text("Article 1\nScope\n\n1. Each Party shall act.\n\n"
                               "Article 2\nUse\n\n(a) first; and\n\n(b) second.\n", name="a.txt")
    forget_readings()
    segment(old)
    readings = readings_for(learn_scheme([line.text for line in old.lines]))
    assert "1. Each Party shall act." in readings.classified_before
    assert readings.lists_before and readings.headings_before


def test_other_conventions_share_nothing():
    """A text read as a heading in a draft whose unit word is "Measure" (learned) is prose in
    a draft that does not use it: readings never cross documents of other conventions."""
    measures = SourceText.from_text(
        "Measure 1\nScope\n\nText one.\n\nMeasure 2\nUse\n\nText two.\n\n"
        "Measure 3\nEnd\n\nText three.\n", name="measures.txt")
    prose = SourceText.from_text(
        "Article 1\nScope\n\nMeasure 3\n\nArticle 2\nUse\n\nText two.\n", name="prose.txt")
    assert after(measures, prose) == alone(prose)
    assert after(prose, measures) == alone(measures)
    scheme = learn_scheme([line.text for line in prose.lines])
    forget_readings()
    segment(measures)
    assert readings_for(scheme).classified_before == {}


def test_blocks_changed_in_one_draft_are_not_changed_in_the_next():
    """A heading's trailing tag given to the paragraph after it changes that draft's blocks,
    never the readings the next draft copies its blocks from."""
    text = ("I. Introduction\n\nA. Opening\n\n1. The session opened.\n\n"
            "II. Relationship with the rules of the Parties (ALL)\n\n"
            "2. The rules apply.\n\nIII. Closing\n\n3. The session closed.\n")
    source = SourceText.from_text(text, name="report.txt")
    assert after(source, source) == alone(source)


@pytest.mark.slow
@pytest.mark.parametrize("before, name", [
    ("bbnj-prepcom-report-2026.advance.txt", "bbnj-prepcom-report-2026.final.txt"),
    ("bbnj-prepcom-report-2026.final.pdf", "bbnj-prepcom-report-2026.advance.pdf"),
    ("isa-crusts-regulations-2012.en.txt", "isa-sulphides-regulations-2010.en.txt"),
    ("unclos-1982.en.txt", "unclos-1982.en.md"),
    ("unclos-1982.en.md", "unclos-1982.en.txt"),
    ("bbnj-agreement-2023.en.pdf", "bbnj-agreement-2023.en.txt"),
    ("bbnj-agreement-2023.en.txt", "bbnj-agreement-2023.fr.txt"),
    ("isa-crusts-regulations-2012.en.txt", "isa-crusts-regulations-2012.ru.txt"),
    ("bbnj-prepcom-report-2026.final.txt", "unclos-1982.en.txt"),
    ("unclos-1982.en.txt", "unclos-1982.en.txt"),
])
def test_real_drafts_read_after_another_as_alone(before, name):
    first, second = read(corpus_file(before)), read(corpus_file(name))
    assert after(first, second) == alone(second)
