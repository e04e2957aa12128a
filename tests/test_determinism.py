"""The same two drafts give the same comparison, byte for byte, in every process.

Python salts the hash of strings per process (PYTHONHASHSEED), so a result that depends on
``hash()`` or on the iteration order of a set of strings changes from one run to the next:
the command line, the window and the briefing would then disagree. Each case here runs
``clausewise compare --json`` in fresh processes under several seeds and compares the bytes.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from clausewise.drafts import SAMPLES_DIR

CORPUS = Path(__file__).parents[1].parent / "shared" / "corpus"
SEEDS = ("0", "1", "7", "12345")

SAMPLE_PAIRS = [
    ("security-agreement-draft1.txt", "security-agreement-draft2.txt"),
    ("security-agreement-draft2.txt", "security-agreement-draft3.txt"),
    ("security-agreement-draft1.txt", "security-agreement-draft2.docx"),
]
CORPUS_PAIRS = [
    ("isa-crusts-regulations-2012.en.txt", "isa-sulphides-regulations-2010.en.txt"),
    ("bbnj-prepcom-report-2026.advance.txt", "bbnj-prepcom-report-2026.final.txt"),
    ("unclos-1982.en.txt", "unclos-1982.en.md"),
    ("outer-space-treaty-1967.en.txt", "outer-space-treaty-1967.fr.txt"),
]


def compare_json(old: Path, new: Path, seed: str) -> bytes:
    """``clausewise compare OLD NEW --json`` in a fresh process with this hash seed."""
    environment = dict(os.environ, PYTHONHASHSEED=seed)
    done = subprocess.run(
        [sys.executable, "-m", "clausewise.cli", "compare", str(old), str(new), "--json"],
        capture_output=True, env=environment, timeout=300, check=False)
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    assert done.stdout.startswith(b"{")
    return done.stdout


def assert_same_in_every_process(old: Path, new: Path) -> None:
    first = compare_json(old, new, SEEDS[0])
    for seed in SEEDS[1:]:
        again = compare_json(old, new, seed)
        assert again == first, f"{old.name} vs {new.name}: output differs under seed {seed}"


@pytest.mark.parametrize("old,new", SAMPLE_PAIRS)
def test_the_samples_compare_the_same_in_every_process(old, new):
    assert_same_in_every_process(SAMPLES_DIR / old, SAMPLES_DIR / new)


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"the corpus of real texts is absent: {CORPUS}")
@pytest.mark.parametrize("old,new", CORPUS_PAIRS)
def test_real_treaties_compare_the_same_in_every_process(old, new):
    assert_same_in_every_process(CORPUS / old, CORPUS / new)


def test_many_rewritten_lookalike_articles_compare_the_same_in_every_process(tmp_path):
    """Forty articles of the same few words, each a third rewritten: candidates tie often,
    and the old engine's hash-sampled shingles broke the ties differently per process."""
    rng = random.Random(5)
    vocabulary = ("the Parties shall cooperate in accordance with this Convention and any State "
                  "may request information within days of notification to other competent "
                  "authorities").split()
    old, new = ["Test Convention\n"], ["Test Convention\n"]
    for number in range(1, 41):
        words = [rng.choice(vocabulary) for _ in range(60)]
        old.append(f"Article {number}\n{' '.join(words)}\n")
        words = [w if rng.random() > 0.35 else rng.choice(vocabulary) for w in words]
        new.append(f"Article {number}\n{' '.join(words)}\n")
    (tmp_path / "old.txt").write_text("\n".join(old), encoding="utf-8")
    (tmp_path / "new.txt").write_text("\n".join(new), encoding="utf-8")
    assert_same_in_every_process(tmp_path / "old.txt", tmp_path / "new.txt")
