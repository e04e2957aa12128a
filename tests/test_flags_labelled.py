"""The labelled set: at least 200 clause pairs written in the styles of the corpus and the
samples, each with the flag kinds a negotiator expects; precision >= 0.95 and recall >= 0.9
for every kind (issue 19); and the same measured on a held-out set the rules were never tuned
on. bench/bench_flags.py prints the same figures, and those of a second, a third and a fourth
held-out set, a fifth, a sixth, a seventh and an eighth (heldout2.jsonl to heldout8.jsonl; the
seventh a development set), whose shape only is tested here: their scores are measurements, not
targets."""

from __future__ import annotations

import functools
from dataclasses import dataclass

import pytest

from clausewise.core.result import FLAG_KINDS
from flags_labelled import (HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6, HELDOUT7,
                            HELDOUT8, HELDOUT9, HELDOUT10, HELDOUT11, HELDOUT12, HELDOUT13,
                            HELDOUT14, HELDOUT15, HELDOUT16, HELDOUT17, HELDOUT18, HELDOUT19,
                            HELDOUT20, LABELLED,
                            HELDOUT21,
                            HELDOUT22,
                            HELDOUT23, HELDOUT24, HELDOUT25, HELDOUT26,
                            HELDOUT27, HELDOUT28, HELDOUT29, HELDOUT30, HELDOUT31,
                            HELDOUT32, HELDOUT33, HELDOUT34, HELDOUT35,
                            HELDOUT36, HELDOUT37, HELDOUT38, HELDOUT39,
                            HELDOUT40, HELDOUT41, HELDOUT42, HELDOUT43,
                            HELDOUT44, HELDOUT45, HELDOUT46, HELDOUT47,
                            HELDOUT48, HELDOUT49, HELDOUT50, HELDOUT51,
                            HELDOUT52, HELDOUT53, HELDOUT54, HELDOUT55,
                            HELDOUT56, HELDOUT57, HELDOUT58, HELDOUT59,
                            HELDOUT60, HELDOUT61, HELDOUT62, HELDOUT63,
                            HELDOUT64, HELDOUT65, HELDOUT66, HELDOUT67,
                            HELDOUT68, HELDOUT69, HELDOUT70, HELDOUT71,
                            HELDOUT72, HELDOUT73, HELDOUT74, HELDOUT75,
                            HELDOUT76, HELDOUT77, HELDOUT78, HELDOUT79,
                            HELDOUT80, HELDOUT81, HELDOUT82, HELDOUT83,
                            HELDOUT84, HELDOUT85, HELDOUT86, HELDOUT87,
                            HELDOUT88, HELDOUT89, HELDOUT90, HELDOUT91,
                            HELDOUT92, HELDOUT93, HELDOUT94, HELDOUT95,
                            HELDOUT96, HELDOUT97, HELDOUT98, HELDOUT99,
                            HELDOUT100, HELDOUT101, HELDOUT102, HELDOUT103,
                            HELDOUT104, HELDOUT105, HELDOUT106, HELDOUT107,
                            HELDOUT108, HELDOUT109, HELDOUT110, HELDOUT111, HELDOUT112,
                            HELDOUT113, HELDOUT114, HELDOUT115, SECOND,
                            load, ordinal,
                            score)


def test_the_labelled_set_is_large_and_holds_pairs_that_must_not_flag():
    records = load()
    assert len(records) >= 200
    assert sum(1 for record in records if not record["kinds"]) >= 60
    for kind in FLAG_KINDS:
        assert sum(kind in record["kinds"] for record in records) >= 10, kind
    assert all(set(record["kinds"]) <= set(FLAG_KINDS) for record in records)


def test_every_kind_meets_its_precision_and_recall_targets():
    scores = score(load())
    report = "\n".join(scores.mistakes)
    for kind in FLAG_KINDS:
        assert scores.precision(kind) >= 0.95, f"{kind} precision\n{report}"
        assert scores.recall(kind) >= 0.9, f"{kind} recall\n{report}"


# The held-out set: written and labelled without reading core/flags.py or labelled.jsonl, and
# labelled before it was first scored (tests/flags_labelled.py says why). Each kind's target is
# asserted where the rules meet it; where they do not, that one check is a strict xfail that
# names the misses, so the suite stays green and says the truth, and a rule that comes to meet a
# target makes its xfail fail (then drop the mark). Never edit a label to meet a target.
HELDOUT_BELOW_TARGET = {
    ("modal", "precision"):
        "0.812: 'shall' -> 'shall not' read as a modal change as well as a negation (labelled "
        "negation only, 7 pairs; the issue counts 'shall not' among the modals)",
}


def _heldout_checks():
    for kind in FLAG_KINDS:
        for measure in ("precision", "recall"):
            reason = HELDOUT_BELOW_TARGET.get((kind, measure))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            yield pytest.param(kind, measure, marks=marks, id=f"{kind}-{measure}")


@functools.cache
def _heldout_scores():
    return score(load(HELDOUT))


def test_the_heldout_set_is_large_and_covers_every_kind_and_language():
    records = load(HELDOUT)
    assert len(records) >= 150
    assert sum(1 for record in records if not record["kinds"]) >= 50
    for kind in FLAG_KINDS:
        assert sum(kind in record["kinds"] for record in records) >= 12, kind
    assert all(set(record["kinds"]) <= set(FLAG_KINDS) for record in records)
    # French or Russian pairs: Cyrillic, or French articles and accents.
    foreign = [record for record in records
               if any("\u0400" <= char <= "\u04ff" for char in record["old"])
               or any(word in record["old"].split() for word in ("Les", "Le", "La", "des"))]
    assert len(foreign) >= 25


@pytest.mark.parametrize(("kind", "measure"), list(_heldout_checks()))
def test_every_kind_meets_its_targets_on_the_heldout_set(kind, measure):
    scores = _heldout_scores()
    value, target = ((scores.precision(kind), 0.95) if measure == "precision"
                     else (scores.recall(kind), 0.9))
    assert value >= target, f"{kind} {measure} {value:.3f}\n" + "\n".join(scores.mistakes)


@dataclass(frozen=True)
class Shape:
    """The least a held-out set must hold to measure anything: pairs in all, pairs that must
    not flag, positives per kind, long clauses (3+ sentences), French and Russian pairs."""

    pairs: int = 150
    silent: int = 55
    per_kind: int = 12
    long_clauses: int = 12
    per_language: int = 12
    foreign: int = 30


#: The fifth to thirteenth sets were written in shorter sessions, to the smaller minimums of their
#: briefs.
_SHORTER = Shape(pairs=120, silent=45, per_kind=10, long_clauses=10, per_language=10, foreign=25)
#: The twenty-third to twenty-sixth sets, written side by side to one brief (130 pairs, 12 per
#: kind), with the conventions stated as a labelling guide.
_BLIND_FOUR = Shape(pairs=130, silent=45, per_kind=12, long_clauses=10, per_language=10,
                    foreign=25)
_SHAPES = {HELDOUT2: Shape(), HELDOUT3: Shape(), HELDOUT4: Shape(), HELDOUT5: _SHORTER,
           HELDOUT6: _SHORTER, HELDOUT7: _SHORTER, HELDOUT8: _SHORTER, HELDOUT9: _SHORTER,
           HELDOUT10: _SHORTER, HELDOUT11: _SHORTER, HELDOUT12: _SHORTER,
           HELDOUT13: _SHORTER, HELDOUT14: _SHORTER, HELDOUT15: _SHORTER,
           HELDOUT16: _SHORTER, HELDOUT17: _SHORTER, HELDOUT18: _SHORTER,
           HELDOUT19: _SHORTER, HELDOUT20: _SHORTER,
           HELDOUT21: _SHORTER,
           HELDOUT22: _SHORTER,
           HELDOUT23: _BLIND_FOUR, HELDOUT24: _BLIND_FOUR, HELDOUT25: _BLIND_FOUR,
           HELDOUT26: _BLIND_FOUR,
           HELDOUT27: _BLIND_FOUR, HELDOUT28: _BLIND_FOUR,
           HELDOUT29: _BLIND_FOUR, HELDOUT30: _BLIND_FOUR,
           HELDOUT31: _BLIND_FOUR, HELDOUT32: _BLIND_FOUR,
           HELDOUT33: _BLIND_FOUR, HELDOUT34: _BLIND_FOUR,
           HELDOUT35: _BLIND_FOUR, HELDOUT36: _BLIND_FOUR, HELDOUT37: _BLIND_FOUR,
           HELDOUT38: _BLIND_FOUR, HELDOUT39: _BLIND_FOUR, HELDOUT40: _BLIND_FOUR,
           HELDOUT41: _BLIND_FOUR, HELDOUT42: _BLIND_FOUR, HELDOUT43: _BLIND_FOUR,
           HELDOUT44: _BLIND_FOUR, HELDOUT45: _BLIND_FOUR, HELDOUT46: _BLIND_FOUR,
           HELDOUT47: _BLIND_FOUR, HELDOUT48: _BLIND_FOUR, HELDOUT49: _BLIND_FOUR,
           HELDOUT50: _BLIND_FOUR, HELDOUT51: _BLIND_FOUR, HELDOUT52: _BLIND_FOUR,
           HELDOUT53: _BLIND_FOUR, HELDOUT54: _BLIND_FOUR, HELDOUT55: _BLIND_FOUR,
           HELDOUT56: _BLIND_FOUR, HELDOUT57: _BLIND_FOUR, HELDOUT58: _BLIND_FOUR,
           HELDOUT59: _BLIND_FOUR, HELDOUT60: _BLIND_FOUR, HELDOUT61: _BLIND_FOUR,
           HELDOUT62: _BLIND_FOUR, HELDOUT63: _BLIND_FOUR, HELDOUT64: _BLIND_FOUR,
           HELDOUT65: _BLIND_FOUR, HELDOUT66: _BLIND_FOUR, HELDOUT67: _BLIND_FOUR,
           HELDOUT68: _BLIND_FOUR, HELDOUT69: _BLIND_FOUR, HELDOUT70: _BLIND_FOUR,
           HELDOUT71: _BLIND_FOUR, HELDOUT72: _BLIND_FOUR, HELDOUT73: _BLIND_FOUR,
           HELDOUT74: _BLIND_FOUR, HELDOUT75: _BLIND_FOUR, HELDOUT76: _BLIND_FOUR,
           HELDOUT77: _BLIND_FOUR, HELDOUT78: _BLIND_FOUR, HELDOUT79: _BLIND_FOUR,
           HELDOUT80: _BLIND_FOUR, HELDOUT81: _BLIND_FOUR, HELDOUT82: _BLIND_FOUR,
           HELDOUT83: _BLIND_FOUR, HELDOUT84: _BLIND_FOUR, HELDOUT85: _BLIND_FOUR,
           HELDOUT86: _BLIND_FOUR, HELDOUT87: _BLIND_FOUR, HELDOUT88: _BLIND_FOUR,
           HELDOUT89: _BLIND_FOUR, HELDOUT90: _BLIND_FOUR, HELDOUT91: _BLIND_FOUR,
           HELDOUT92: _BLIND_FOUR, HELDOUT93: _BLIND_FOUR, HELDOUT94: _BLIND_FOUR,
           HELDOUT95: _BLIND_FOUR, HELDOUT96: _BLIND_FOUR, HELDOUT97: _BLIND_FOUR,
           HELDOUT98: _BLIND_FOUR, HELDOUT99: _BLIND_FOUR, HELDOUT100: _BLIND_FOUR,
           HELDOUT101: _BLIND_FOUR, HELDOUT102: _BLIND_FOUR, HELDOUT103: _BLIND_FOUR,
           HELDOUT104: _BLIND_FOUR, HELDOUT105: _BLIND_FOUR, HELDOUT106: _BLIND_FOUR,
           HELDOUT107: _BLIND_FOUR, HELDOUT108: _BLIND_FOUR, HELDOUT109: _BLIND_FOUR,
           HELDOUT110: _BLIND_FOUR, HELDOUT111: _BLIND_FOUR, HELDOUT112: _BLIND_FOUR,
           HELDOUT113: _BLIND_FOUR, HELDOUT114: _BLIND_FOUR, HELDOUT115: _BLIND_FOUR}


@pytest.mark.parametrize("path", list(_SHAPES), ids=ordinal)
def test_the_later_heldout_sets_are_large_and_cover_every_kind_and_language(path):
    """Only their shape: the bench prints how the rules score on them (a measurement, never
    a gate)."""
    shape = _SHAPES[path]
    records = load(path)
    assert len(records) >= shape.pairs
    assert sum(1 for record in records if not record["kinds"]) >= shape.silent
    assert all(set(record["kinds"]) <= set(FLAG_KINDS) for record in records)
    for kind in FLAG_KINDS:
        assert sum(kind in record["kinds"] for record in records) >= shape.per_kind, kind
    assert sum(len(record["kinds"]) > 1 for record in records) >= 5
    russian, french = _russian_and_french(records)
    assert len(russian) >= shape.per_language and len(french) >= shape.per_language
    assert len(russian) + len(french) >= shape.foreign
    long_clauses = [record for record in records
                    if sum(record["old"].count(end) for end in (". ", ".\n")) >= 2]
    assert len(long_clauses) >= shape.long_clauses


def _russian_and_french(records: list[dict]) -> tuple[list[dict], list[dict]]:
    """Russian pairs by their Cyrillic, French ones (the rest) by their articles."""
    russian = [record for record in records
               if any("\u0400" <= char <= "\u04ff" for char in record["old"])]
    french = [record for record in records if record not in russian and any(
        word in record["old"].replace("’", " ").replace("'", " ").split()
        for word in ("les", "Les", "le", "Le", "la", "La", "des", "du"))]
    return russian, french


def test_the_fourth_heldout_set_is_fresh_and_covers_every_kind_and_language():
    """A held-out set measures only pairs nobody has scored before: none of its pairs may
    repeat one of the earlier sets (a repeated pair would carry the earlier set's mending),
    none may repeat another of its own, and each language holds pairs that flag and pairs
    that must not. Its scores are printed by bench/bench_flags.py, not asserted."""
    records = load(HELDOUT4)
    assert len(records) >= 150
    pairs = [(record["old"], record["new"]) for record in records]
    assert len(set(pairs)) == len(pairs)
    earlier = {(record["old"], record["new"])
               for path in (LABELLED, HELDOUT, HELDOUT2, HELDOUT3) for record in load(path)}
    assert not earlier & set(pairs)
    for kind in FLAG_KINDS:
        assert sum(kind in record["kinds"] for record in records) >= 12, kind
    russian = [record for record in records
               if any("\u0400" <= char <= "\u04ff" for char in record["old"])]
    french = [record for record in records if record not in russian and any(
        word in record["old"].replace("’", " ").replace("'", " ").split()
        for word in ("les", "Les", "le", "Le", "la", "La", "des", "du"))]
    for language in (russian, french):
        assert any(record["kinds"] for record in language)
        assert any(not record["kinds"] for record in language)
    assert len(russian) + len(french) >= 30


def test_the_fifth_heldout_set_is_fresh_and_covers_every_kind_and_language():
    """The clean measure since the fourth set's misses were seen: at least 120 pairs, none
    repeating a pair of an earlier set or of its own, every kind among its positives and among
    its French and its Russian pairs taken together, and in each language pairs that flag and
    pairs that must not. Its scores are printed by bench/bench_flags.py, not asserted."""
    records = load(HELDOUT5)
    assert len(records) >= 120
    pairs = [(record["old"], record["new"]) for record in records]
    assert len(set(pairs)) == len(pairs)
    assert all(old != new for old, new in pairs)
    earlier = {(record["old"], record["new"]) for path in
               (LABELLED, HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4) for record in load(path)}
    assert not earlier & set(pairs)
    for kind in FLAG_KINDS:
        assert sum(kind in record["kinds"] for record in records) >= 10, kind
    russian, french = _russian_and_french(records)
    english = [record for record in records if record not in russian and record not in french]
    for language in (english, russian, french):
        assert any(record["kinds"] for record in language)
        assert any(not record["kinds"] for record in language)
    foreign_kinds = {kind for record in russian + french for kind in record["kinds"]}
    assert foreign_kinds == set(FLAG_KINDS)


#: The later sets in the order they were written; each may repeat no pair of those before it.
_IN_ORDER = [LABELLED, HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6, HELDOUT7,
             HELDOUT8, HELDOUT9, HELDOUT10, HELDOUT11, HELDOUT12, HELDOUT13, HELDOUT14,
             HELDOUT15, HELDOUT16, HELDOUT17, HELDOUT18, HELDOUT19, HELDOUT20,
             HELDOUT21,
             HELDOUT22,
             HELDOUT23, HELDOUT24, HELDOUT25, HELDOUT26,
             HELDOUT27, HELDOUT28, HELDOUT29, HELDOUT30, HELDOUT31, HELDOUT32,
             HELDOUT33, HELDOUT34, HELDOUT35, HELDOUT36, HELDOUT37, HELDOUT38,
             HELDOUT39, HELDOUT40, HELDOUT41, HELDOUT42, HELDOUT43, HELDOUT44, HELDOUT45,
             HELDOUT46, HELDOUT47, HELDOUT48, HELDOUT49, HELDOUT50, HELDOUT51, HELDOUT52,
             HELDOUT53, HELDOUT54, HELDOUT55, HELDOUT56, HELDOUT57, HELDOUT58, HELDOUT59,
             HELDOUT60, HELDOUT61, HELDOUT62, HELDOUT63, HELDOUT64, HELDOUT65, HELDOUT66,
             HELDOUT67, HELDOUT68, HELDOUT69, HELDOUT70, HELDOUT71, HELDOUT72, HELDOUT73,
             HELDOUT74, HELDOUT75, HELDOUT76, HELDOUT77, HELDOUT78, HELDOUT79, HELDOUT80,
             HELDOUT81, HELDOUT82, HELDOUT83, HELDOUT84, HELDOUT85, HELDOUT86, HELDOUT87,
             HELDOUT88, HELDOUT89, HELDOUT90, HELDOUT91, HELDOUT92, HELDOUT93, HELDOUT94,
             HELDOUT95, HELDOUT96, HELDOUT97, HELDOUT98, HELDOUT99, HELDOUT100, HELDOUT101,
             HELDOUT102, HELDOUT103, HELDOUT104, HELDOUT105, HELDOUT106, HELDOUT107,
             HELDOUT108, HELDOUT109, HELDOUT110, HELDOUT111, HELDOUT112, HELDOUT113,
             HELDOUT114, HELDOUT115]
#: Pairs that change several kinds at once each set holds at least (the eleventh and twelfth
#: sets were not asked for a count).
_SEVERAL_KINDS = {HELDOUT6: 5, HELDOUT7: 5, HELDOUT8: 5, HELDOUT9: 5, HELDOUT13: 5,
                  HELDOUT14: 5, HELDOUT15: 5, HELDOUT16: 5, HELDOUT17: 5, HELDOUT18: 5,
                  HELDOUT19: 5, HELDOUT20: 5,
                  HELDOUT21: 5,
                  HELDOUT22: 5,
                  HELDOUT23: 5, HELDOUT24: 5, HELDOUT25: 5, HELDOUT26: 5,
                  HELDOUT27: 5, HELDOUT28: 5, HELDOUT29: 5, HELDOUT30: 5,
                  HELDOUT31: 5, HELDOUT32: 5, HELDOUT33: 5, HELDOUT34: 5,
                  HELDOUT35: 5, HELDOUT36: 5, HELDOUT37: 5, HELDOUT38: 10,
                  HELDOUT39: 5, HELDOUT40: 5, HELDOUT41: 5, HELDOUT42: 10,
                  HELDOUT43: 5, HELDOUT44: 5, HELDOUT45: 5, HELDOUT46: 20,
                  HELDOUT47: 5, HELDOUT48: 5, HELDOUT49: 5, HELDOUT50: 20,
                  HELDOUT51: 5, HELDOUT52: 5, HELDOUT53: 5, HELDOUT54: 20,
                  HELDOUT55: 5, HELDOUT56: 5, HELDOUT57: 5, HELDOUT58: 20,
                  HELDOUT59: 5, HELDOUT60: 5, HELDOUT61: 5, HELDOUT62: 20,
                  HELDOUT63: 5, HELDOUT64: 5, HELDOUT65: 5, HELDOUT66: 20,
                  HELDOUT67: 5, HELDOUT68: 5, HELDOUT69: 5, HELDOUT70: 20,
                  HELDOUT71: 5, HELDOUT72: 5, HELDOUT73: 5, HELDOUT74: 20,
                  HELDOUT75: 5, HELDOUT76: 5, HELDOUT77: 5, HELDOUT78: 20,
                  HELDOUT79: 5, HELDOUT80: 5, HELDOUT81: 5, HELDOUT82: 20,
                  HELDOUT83: 5, HELDOUT84: 5, HELDOUT85: 5, HELDOUT86: 20,
                  HELDOUT87: 5, HELDOUT88: 5, HELDOUT89: 5, HELDOUT90: 20,
                  HELDOUT91: 5, HELDOUT92: 5, HELDOUT93: 5, HELDOUT94: 20,
                  HELDOUT95: 5, HELDOUT96: 5, HELDOUT97: 5, HELDOUT98: 20,
                  HELDOUT99: 5, HELDOUT100: 5, HELDOUT101: 5, HELDOUT102: 20,
                  HELDOUT103: 5, HELDOUT104: 5, HELDOUT105: 5, HELDOUT106: 20,
                  HELDOUT107: 5, HELDOUT108: 5, HELDOUT109: 5, HELDOUT110: 20,
                  HELDOUT111: 5, HELDOUT112: 5, HELDOUT113: 5, HELDOUT114: 5,
                  HELDOUT115: 5}


@pytest.mark.parametrize("path", _IN_ORDER[6:], ids=ordinal)
def test_the_later_heldout_sets_are_fresh_and_cover_every_kind_and_language(path):
    """The sixth set and those written after it, each without reading the rules or the other
    sets (blind measures: 6, 8, 11, 12, 91 to 94, 99 to 110, 114, 115; development sets: 7, 9, 10, 13 to
    90 and 95 to 98 after their first score): at least 120 pairs (45 that must not flag),
    none repeating a pair of an earlier set or of its own, every kind among its positives and
    among its French and Russian pairs taken together, in each language pairs that flag and
    pairs that must not. Their scores are printed by bench/bench_flags.py, not asserted: a
    measurement."""
    records = load(path)
    assert len(records) >= 120
    assert sum(1 for record in records if not record["kinds"]) >= 45
    pairs = [(record["old"], record["new"]) for record in records]
    assert len(set(pairs)) == len(pairs)
    assert all(old != new for old, new in pairs)
    earlier = {(record["old"], record["new"])
               for before in _IN_ORDER[:_IN_ORDER.index(path)] for record in load(before)}
    assert not earlier & set(pairs)
    for kind in FLAG_KINDS:
        assert sum(kind in record["kinds"] for record in records) >= 10, kind
    assert sum(len(record["kinds"]) > 1 for record in records) >= _SEVERAL_KINDS.get(path, 0)
    russian, french = _russian_and_french(records)
    english = [record for record in records if record not in russian and record not in french]
    for language in (english, russian, french):
        assert any(record["kinds"] for record in language)
        assert any(not record["kinds"] for record in language)
    assert len(russian) + len(french) >= 25
    foreign_kinds = {kind for record in russian + french for kind in record["kinds"]}
    assert foreign_kinds == set(FLAG_KINDS)


def test_the_tenth_set_is_weighted_to_numbers_and_actors():
    """The tenth (development) set was asked for at least 15 real number changes and 20 actor
    changes."""
    records = load(HELDOUT10)
    assert sum("number" in record["kinds"] for record in records) >= 15
    assert sum("party" in record["kinds"] for record in records) >= 20


def test_the_thirteenth_set_leans_on_english():
    """The thirteenth set's brief asked for about two thirds English (UN reports, ISA
    regulations, UNCLOS), the French and Russian minimum met from BBNJ and the samples."""
    records = load(HELDOUT13)
    russian, french = _russian_and_french(records)
    english = [record for record in records if record not in russian and record not in french]
    assert len(english) * 5 >= len(records) * 3
    assert any(record["kinds"] for record in english)
    assert sum(1 for record in english if not record["kinds"]) >= 30


#: What each later set's brief asked of its languages: at least so many Russian, French,
#: Russian and French together, and English pairs, and whether every kind must stand among
#: the English pairs and among the French and Russian ones apart (what the later sets share,
#: size, pairs that must not flag, every kind, is asserted above).
_LANGUAGES = {HELDOUT14: (0, 0, 50, 0, False), HELDOUT15: (25, 25, 0, 50, True),
              HELDOUT16: (0, 0, 60, 0, False), HELDOUT17: (25, 25, 0, 50, True),
              HELDOUT18: (25, 25, 60, 0, True), HELDOUT19: (25, 25, 0, 50, True),
              HELDOUT20: (25, 25, 60, 0, True),
              HELDOUT21: (25, 25, 60, 60, True),
              HELDOUT22: (25, 25, 60, 0, True),
              HELDOUT23: (0, 0, 25, 90, True), HELDOUT24: (0, 0, 70, 0, False),
              HELDOUT25: (0, 0, 60, 60, True), HELDOUT26: (0, 0, 60, 60, True),
              HELDOUT27: (0, 0, 60, 60, True), HELDOUT28: (0, 0, 70, 0, False),
              HELDOUT29: (0, 0, 60, 60, True), HELDOUT30: (0, 0, 70, 0, False),
              HELDOUT31: (0, 0, 60, 60, True), HELDOUT32: (0, 0, 70, 0, False),
              HELDOUT33: (0, 0, 60, 60, True), HELDOUT34: (0, 0, 70, 0, False),
              HELDOUT35: (0, 0, 60, 60, True), HELDOUT36: (0, 0, 70, 0, False),
              HELDOUT37: (0, 0, 40, 100, True), HELDOUT38: (40, 40, 0, 40, True),
              HELDOUT39: (0, 0, 60, 60, True), HELDOUT40: (0, 0, 70, 0, False),
              HELDOUT41: (0, 0, 40, 100, True), HELDOUT42: (40, 40, 0, 40, True),
              HELDOUT43: (0, 0, 40, 100, True), HELDOUT44: (0, 90, 100, 0, False),
              HELDOUT45: (90, 0, 100, 0, False), HELDOUT46: (40, 40, 0, 40, True),
              HELDOUT47: (0, 0, 60, 60, True), HELDOUT48: (0, 0, 70, 0, False),
              HELDOUT49: (0, 0, 40, 100, True), HELDOUT50: (40, 40, 0, 40, True),
              HELDOUT51: (0, 0, 60, 60, True), HELDOUT52: (0, 0, 70, 0, False),
              HELDOUT53: (0, 0, 40, 100, True), HELDOUT54: (40, 40, 0, 40, True),
              HELDOUT55: (0, 0, 60, 60, True), HELDOUT56: (0, 0, 70, 0, False),
              HELDOUT57: (0, 0, 40, 100, True), HELDOUT58: (40, 40, 0, 40, True),
              HELDOUT59: (0, 0, 60, 60, True), HELDOUT60: (0, 0, 70, 0, False),
              HELDOUT61: (0, 0, 40, 100, True), HELDOUT62: (40, 40, 0, 40, True),
              HELDOUT63: (0, 0, 60, 60, True), HELDOUT64: (0, 0, 70, 0, False),
              HELDOUT65: (0, 0, 40, 100, True), HELDOUT66: (40, 40, 0, 40, True),
              HELDOUT67: (0, 0, 60, 60, True), HELDOUT68: (0, 0, 70, 0, False),
              HELDOUT69: (0, 0, 40, 100, True), HELDOUT70: (40, 40, 0, 40, True),
              HELDOUT71: (0, 0, 60, 60, True), HELDOUT72: (0, 0, 70, 0, False),
              HELDOUT73: (0, 0, 40, 100, True), HELDOUT74: (40, 40, 0, 40, True),
              HELDOUT75: (0, 0, 60, 60, True), HELDOUT76: (0, 0, 70, 0, False),
              HELDOUT77: (0, 0, 40, 100, True), HELDOUT78: (40, 40, 0, 40, True),
              HELDOUT79: (0, 0, 60, 60, True), HELDOUT80: (0, 0, 70, 0, False),
              HELDOUT81: (0, 0, 40, 100, True), HELDOUT82: (40, 40, 0, 40, True),
              HELDOUT83: (0, 0, 60, 60, True), HELDOUT84: (0, 0, 70, 0, False),
              HELDOUT85: (0, 0, 40, 100, True), HELDOUT86: (40, 40, 0, 40, True),
              HELDOUT87: (0, 0, 60, 60, True), HELDOUT88: (0, 0, 70, 0, False),
              HELDOUT89: (0, 0, 40, 100, True), HELDOUT90: (40, 40, 0, 40, True),
              HELDOUT91: (0, 0, 60, 60, True), HELDOUT92: (0, 0, 70, 0, False),
              HELDOUT93: (0, 0, 40, 100, True), HELDOUT94: (40, 40, 0, 40, True)}


@pytest.mark.parametrize("path", list(_LANGUAGES), ids=ordinal)
def test_the_later_sets_hold_the_languages_their_briefs_asked_for(path):
    russian_least, french_least, foreign_least, english_least, every_kind = _LANGUAGES[path]
    records = load(path)
    russian, french = _russian_and_french(records)
    english = [record for record in records if record not in russian and record not in french]
    assert len(russian) >= russian_least and len(french) >= french_least
    assert len(russian) + len(french) >= foreign_least and len(english) >= english_least
    assert {kind for record in russian + french for kind in record["kinds"]} == set(FLAG_KINDS)
    if every_kind:
        assert {kind for record in english for kind in record["kinds"]} == set(FLAG_KINDS)


@pytest.mark.parametrize("path", list(SECOND), ids=ordinal)
def test_the_second_labelling_holds_the_same_pairs_in_the_same_order(path):
    """The second labeller's file labels every pair of the set, in order, with kinds of the
    seven; how far the two agree is printed by bench/bench_flags.py (a measurement)."""
    first, second = load(path), load(SECOND[path])
    assert [(r["old"], r["new"]) for r in first] == [(r["old"], r["new"]) for r in second]
    assert all(set(record["kinds"]) <= set(FLAG_KINDS) for record in second)
    assert any(record["kinds"] for record in second)
    assert any(not record["kinds"] for record in second)
