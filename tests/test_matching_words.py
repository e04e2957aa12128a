"""The matcher's words: reading a key piece by piece between white space gives the very codes
the word pattern gives over the whole key, in the same order of first occurrence (the codes
choose the shingle sample, so a different order could change which clauses are paired)."""

from __future__ import annotations

from corpus import corpus_document

from clausewise.core.matching import Vocabulary
from clausewise.core.textkey import key_words, text_key

ODD_TEXTS = [
    "第四条 规定\u3000其他 \ue000、 and Article \ue000(b)",  # ideographs, their space, mask
    "x\x1cy\u2028z\u00a0w\u2007q\u202fr\tq\nend",  # every kind of white space
    "  leading and trailing  ", "", " ", "a_b c-d ,.; «guillemets» — dash",
    "Статья 5, пункт 2: «Государства-участники» обязуются...",
]


def _codes_by_whole_keys(keys: list[str]) -> tuple[list[str], dict[str, str]]:
    vocabulary = Vocabulary()
    return [vocabulary.encode(key_words(key)) for key in keys], dict(vocabulary)


def test_codes_read_by_pieces_are_those_of_the_whole_key():
    keys = ODD_TEXTS + [text_key(text, case, punctuation, whitespace) for text in ODD_TEXTS
                        for case, punctuation, whitespace in ((False, False, True),
                                                              (True, True, False))]
    vocabulary = Vocabulary()
    codes = [vocabulary.codes(key) for key in keys]
    expected, words = _codes_by_whole_keys(keys)
    assert codes == expected
    assert dict(vocabulary) == words  # the same code for each word: the same order


def test_codes_read_by_pieces_on_real_treaty_texts():
    keys = []
    for name in ("bbnj-agreement-2023.en.txt", "bbnj-agreement-2023.ru.txt",
                 "isa-crusts-regulations-2012.en.txt", "bbnj-prepcom-report-2026.final.txt"):
        for clause in corpus_document(name).walk():
            keys.append(text_key("\n".join(filter(None, (clause.heading, clause.text)))))
    vocabulary = Vocabulary()
    codes = [vocabulary.codes(key) for key in keys]
    expected, words = _codes_by_whole_keys(keys)
    assert codes == expected
    assert dict(vocabulary) == words


def test_a_heading_and_its_text_are_keyed_single_spaced():
    """A row joins a heading to its text with a line break: the key reads it as one space,
    and any other white space around it is still folded as a whole."""
    assert text_key("Use of terms\nFor the purposes of this Agreement:") == (
        "Use of terms For the purposes of this Agreement:")
    for row, key in (("Heading \nText", "Heading Text"), ("Heading\n\nText", "Heading Text"),
                     ("Heading\n Text", "Heading Text"), ("\nText", "Text"),
                     ("Heading\n", "Heading"),
                     ("Heading\u00a0\nText", "Heading Text"), ("Head\ting\nText", "Head ing Text"),
                     ("Heading\nText\u2028more", "Heading Text more")):
        assert text_key(row) == key, row
    assert text_key("Heading\nText", ignore_whitespace=False) == "Heading\nText"
