"""The labelled set: at least 200 clause pairs written in the styles of the corpus and the
samples, each with the flag kinds a negotiator expects; precision >= 0.95 and recall >= 0.9
for every kind (issue 19). bench/bench_flags.py prints the same figures."""

from __future__ import annotations

from clausewise.core.result import FLAG_KINDS
from flags_labelled import load, score


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
