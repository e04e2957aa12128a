"""Drafts and helpers shared by the report tests (no tests of its own).

Two short drafts written for these tests: an older and a newer version of a fictional
agreement, with Cyrillic, Greek, accented Latin, Chinese and Arabic words and with text that
contains <, > and &, so that every export has to carry them through.
"""

from __future__ import annotations

from pathlib import Path

from clausewise.core.compare import Comparison, compare
from clausewise.core.model import SourceText
from clausewise.core.segment import segment

OLD_DRAFT = """\
Agreement between the Republic of Norland and the Kingdom of Sudmark on River Navigation

The Republic of Norland and the Kingdom of Sudmark, hereinafter referred to as "the Parties",

Recognizing the importance of the river Ælve for the trade of both Parties,

Determined to keep the river open to vessels of every flag,

Have agreed as follows:

Article 1
Definitions

1. "Vessel" means any craft used for navigation on the river.
2. "Port" means a place where vessels load & unload goods.

Article 2
Freedom of navigation

1. Vessels of either Party shall navigate freely between the ports listed in the annex.
2. Tolls shall not exceed 5 % of the value of the cargo where the cargo is < 100 tonnes.

Article 3
Inspections

The competent authorities may inspect a vessel only on reasonable grounds.

Article 4
Languages

Notices shall be published in Norlandic and in Russian: «Уведомление о навигации».

Article 5
Review

The Parties shall review this Agreement every five years.

Done at Ålborg, on 3 March 2025, in two originals.
"""

NEW_DRAFT = """\
Agreement between the Republic of Norland and the Kingdom of Sudmark on River Navigation

The Republic of Norland and the Kingdom of Sudmark, hereinafter referred to as "the Parties",

Recognizing the importance of the river Ælve for the trade and the environment of both Parties,

Determined to keep the river open to vessels of every flag,

Have agreed as follows:

Article 1
Definitions

1. "Vessel" means any craft used for navigation on the river, including ferries.
2. "Port" means a place where vessels load & unload goods.

Article 2
Freedom of navigation

1. Vessels of either Party shall navigate freely between the ports listed in the annex.
2. Tolls shall not exceed 3 % of the value of the cargo where the cargo is > 100 tonnes & <b>perishable</b>.

Article 3
Languages

Notices shall be published in Norlandic, in Russian: «Уведомление о судоходстве», in Greek: «Ειδοποίηση ναυσιπλοΐας», in Chinese: 航行通知, and in Arabic: إشعار الملاحة.

Article 4
Review

The Parties shall review this Agreement every three years.

Article 5
Settlement of disputes

Any dispute shall be settled by consultations between the Parties.

Done at Ålborg, on 3 March 2025, in two originals.
"""


def write_drafts(folder: Path) -> tuple[Path, Path]:
    """The two drafts as UTF-8 files in ``folder``, as a user would have them on disk."""
    old, new = folder / "river-draft1.txt", folder / "river-draft2.txt"
    old.write_text(OLD_DRAFT, encoding="utf-8")
    new.write_text(NEW_DRAFT, encoding="utf-8")
    return old, new


def compare_texts(old_text: str, new_text: str, old_name: str = "river-draft1.txt",
                  new_name: str = "river-draft2.txt") -> Comparison:
    """Segments and compares two drafts given as text, with the real engine."""
    old = segment(SourceText.from_text(old_text, name=old_name))
    new = segment(SourceText.from_text(new_text, name=new_name))
    return compare(old, new)


def river_comparison() -> Comparison:
    return compare_texts(OLD_DRAFT, NEW_DRAFT)
