"""Scores an engine alignment against the truth of a synthetic pair (bench/synth.py)."""

from __future__ import annotations

from dataclasses import dataclass

from clausewise.core.compare import Comparison, Status
from clausewise.core.model import ClauseKind
from synth import Truth


@dataclass
class Scores:
    precision: float
    recall: float
    f1: float
    moved_recall: float
    moved_precision: float
    renumbered_recall: float
    split_recall: float
    merge_recall: float
    paragraph_move_recall: float
    counts: dict

    def lines(self) -> list[str]:
        c = self.counts
        return [
            f"pairs      P {self.precision:.4f}  R {self.recall:.4f}  F1 {self.f1:.4f}"
            f"   ({c['true_pairs']} true, {c['found_pairs']} found, {c['right']} right)",
            f"moved      R {self.moved_recall:.4f}  P {self.moved_precision:.4f}"
            f"   ({c['moved']} true, {c['flagged_moved']} flagged)",
            f"renumbered R {self.renumbered_recall:.4f}   ({c['renumbered']} true)",
            f"split      R {self.split_recall:.4f}   ({c['split']} true)",
            f"merged     R {self.merge_recall:.4f}   ({c['merged']} true)",
            f"paragraph moved to another article: R {self.paragraph_move_recall:.2f}"
            f"   ({c['moved_paragraphs']} true)",
        ]


def _key(pair) -> tuple[tuple[str, ...], tuple[str, ...]]:
    return (tuple(c.number for c in pair.left), tuple(c.number for c in pair.right))


def _ratio(found: int, total: int) -> float:
    return found / total if total else 1.0


def score(comparison: Comparison, truth: Truth) -> Scores:
    articles = [p for p in comparison.pairs
                if all(c.kind is ClauseKind.ARTICLE for c in p.left + p.right)]
    matched = [p for p in articles if p.left and p.right]
    found = {_key(p) for p in matched}
    right = found & truth.pairs
    precision = _ratio(len(right), len(found))
    recall = _ratio(len(right), len(truth.pairs))
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    moved = {_key(p) for p in matched if p.moved}
    renumbered = {_key(p) for p in matched if p.renumbered}
    split = {_key(p) for p in matched if p.status is Status.SPLIT}
    merged = {_key(p) for p in matched if p.status is Status.MERGED}
    paragraph_moves = set()
    for pair in matched:
        for child in pair.children:
            if child.moved and child.left and child.right:
                old_article = child.left[0].citation.split("(")[0].removeprefix("Article ")
                new_article = pair.right[0].number
                if old_article not in {c.number for c in pair.left}:
                    paragraph_moves.add((old_article, new_article))
    counts = {"true_pairs": len(truth.pairs), "found_pairs": len(found), "right": len(right),
              "moved": len(truth.moved), "flagged_moved": len(moved),
              "renumbered": len(truth.renumbered), "split": len(truth.split),
              "merged": len(truth.merged), "moved_paragraphs": len(truth.moved_paragraphs)}
    return Scores(
        precision=precision, recall=recall, f1=f1,
        moved_recall=_ratio(len(moved & truth.moved), len(truth.moved)),
        moved_precision=_ratio(len(moved & truth.moved), len(moved)),
        renumbered_recall=_ratio(len(renumbered & truth.renumbered), len(truth.renumbered)),
        split_recall=_ratio(len(split & truth.split), len(truth.split)),
        merge_recall=_ratio(len(merged & truth.merged), len(truth.merged)),
        paragraph_move_recall=_ratio(len(paragraph_moves & truth.moved_paragraphs),
                                     len(truth.moved_paragraphs)),
        counts=counts,
    )
