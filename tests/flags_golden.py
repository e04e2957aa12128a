"""The flags of a fixed set of diffs (tests/data/flags/golden.jsonl), kept to show that a
change meant only to make ``core.flags`` faster leaves every flag as it was.

Each line is one diff, as ``core.diff`` gave it when the file was written (so the file does
not move when the differ changes), with the citation and the flags ``flags_for`` gave it:
{"where", "diff", "flags"}. The diffs are those of the labelled set (tests/data/flags), of the
sample drafts compared every way, and of their clauses edited at random (fixed seed) with the
words flags are made of: modals, negations, numbers, actors, brackets and placeholders (each
text's edits drawn from a generator seeded by the text itself).
Only texts written for the project: no corpus text.

Regenerate it only after a deliberate change of what is flagged, and read the difference:

    .venv/bin/python tests/flags_golden.py
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLDEN = HERE / "data" / "flags" / "golden.jsonl"
SAMPLES = HERE.parent / "resources" / "samples"

#: Words and marks that the edits put in or take out.
_EDITS = (
    "shall", "should", "may", "must", "will", "shall not", "may not", "undertakes to",
    "endeavour to", "not", "no", "never", "without", "non-", "30 days", "thirty days",
    "sixty (60) days", "60 days", "1 January 2025", "10 per cent", "15%", "USD 100,000",
    "not less than", "not later than", "within", "the Parties", "each Party", "the Party",
    "the requesting State", "NATO", "the Alliance", "the Council", "the Secretary-General",
    "[to be inserted]", "[...]", "[TBC]", "[shall/should]", "[Alt. 1]", "[", "]", "____", "…",
    "as appropriate", "inter alia", "doit", "peut", "devrait", "ne", "обязуется", "может", "не",
    "следует", "Стороны", "каждая Сторона", "article 12", "regulation 5", "paragraph 3", "(a)",
    "2026", "twelve", "A/AC.1/2026/2", "Government of Sudmark", "the Commission", "Members",
    "calendar", "working", "at least", "more than", "", ",", " ", "the", "and")
_TOKEN = re.compile(r"\S+")


def _edited(text: str, rng: random.Random) -> str:
    """``text`` with one to four words replaced, put in, taken out or bracketed."""
    for _ in range(rng.randint(1, 4)):
        words = list(_TOKEN.finditer(text))
        if not words:
            break
        at = rng.randrange(len(words))
        word, edit, choice = words[at], rng.random(), rng.choice(_EDITS)
        if edit < 0.4:
            text = text[:word.start()] + choice + text[word.end():]
        elif edit < 0.7:
            text = text[:word.start()] + choice + " " + text[word.start():]
        elif edit < 0.85:
            text = text[:word.start()] + text[word.end():].lstrip()
        else:
            last = words[min(len(words) - 1, at + rng.randint(0, 3))]
            text = (text[:word.start()] + "[" + text[word.start():last.end()] + "]"
                    + text[last.end():])
    return text


def diffs() -> list[tuple[tuple, str]]:
    """The diffs of the file, each with its citation, in a fixed order."""
    import flags_labelled
    from clausewise.core.compare import compare
    from clausewise.core.diff import diff_words
    from clausewise.core.result import CompareOptions
    from clausewise.drafts import load_draft

    found: list[tuple[tuple, str]] = []
    texts: list[str] = []

    def add(comparison) -> None:
        for pair in comparison.walk():
            if len(pair.diff) > 1:
                found.append((pair.diff, " + ".join(pair.right_citations)))
            texts.extend(clause.text for clause in (*pair.left, *pair.right) if clause.text)

    for record in flags_labelled.load():
        add(flags_labelled.compared(record))
    drafts = [load_draft(SAMPLES / f"security-agreement-draft{n}.txt") for n in (1, 2, 3)]
    for old in drafts:
        for new in drafts:
            if old is not new:
                add(compare(old, new))
    options = CompareOptions()
    for text in sorted(set(texts)):
        # A generator per text (seeded by the text: a string seed is hashed with SHA-512,
        # never by hash()), so that pairs added to the labelled set leave the others' edits
        # as they were and the file's difference shows only what changed.
        edited = _edited(text, random.Random("19:" + text))
        for old, new in ((text, edited), (edited, text)):
            diff = diff_words(old, new, options)
            if len(diff) > 1:
                found.append((diff, "Edited"))
    return found


def main() -> int:
    sys.path.insert(0, str(HERE.parent / "src"))
    sys.path.insert(0, str(HERE))
    from clausewise.core.flags import flags_for

    with GOLDEN.open("w", encoding="utf-8") as handle:
        for diff, where in diffs():
            flags = [flag.as_json() for flag in flags_for(diff, where)]
            handle.write(json.dumps({"where": where, "diff": [list(op) for op in diff],
                                     "flags": flags}, ensure_ascii=False) + "\n")
    print(f"wrote {GOLDEN}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
