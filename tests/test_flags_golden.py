"""Every diff of tests/data/flags/golden.jsonl still gets exactly the flags it got when the
file was written (see tests/flags_golden.py): the flag pass may get faster, not different."""

from __future__ import annotations

import json

from clausewise.core.flags import flags_for
from flags_golden import GOLDEN


def test_the_flags_of_every_recorded_diff_are_unchanged():
    records = [json.loads(line) for line in GOLDEN.read_text(encoding="utf-8").splitlines()]
    assert len(records) > 1000 and sum(1 for record in records if record["flags"]) > 1000
    changed = []
    for index, record in enumerate(records, 1):
        diff = tuple((op, text) for op, text in record["diff"])
        found = [flag.as_json() for flag in flags_for(diff, record["where"])]
        if found != record["flags"]:
            changed.append(f"line {index}: {record['flags']} -> {found}")
    assert not changed, "\n".join(changed[:5])
