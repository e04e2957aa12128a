"""Drafts written for the tests of the engine's sentences in other languages.

``write_versions`` writes an English agreement and a Russian version of it that disagrees in
each way the parallel reading checks: Article 1 gives another number of days, Article 2
cites another article and has one paragraph fewer, Article 4 is missing from the Russian.
``write_stale`` writes two English drafts where an article was inserted and a
cross-reference was not updated (the old Article 2 is now Article 3, Article 4 still cites
Article 2), and one where the article cited was dropped.
"""

from __future__ import annotations

from pathlib import Path

ENGLISH = """AGREEMENT ON THE EXCHANGE OF INFORMATION

Article 1
Meetings

The Parties shall meet within 30 days of the entry into force of this Agreement and shall
hold such meetings at least once in each year, in the place and at the time that the
Parties agree to by an exchange of notes.

Article 2
Reports

1. Each Party shall report to the other Party on the measures it has taken under Article 1.
2. The reports shall be made public by the Party that receives them.
3. The reports shall be made in writing and shall be sent through the diplomatic channel.

Article 3
Settlement of disputes

Any dispute between the Parties concerning the interpretation or the application of this
Agreement shall be settled by consultation and negotiation between the Parties.

Article 4
Entry into force

This Agreement shall enter into force on the date of the later notification by which the
Parties inform each other that their internal procedures have been completed.
"""

RUSSIAN = """СОГЛАШЕНИЕ ОБ ОБМЕНЕ ИНФОРМАЦИЕЙ

Статья 1
Встречи

Стороны проводят встречу в течение 60 дней после вступления настоящего Соглашения в силу и
проводят такие встречи не реже одного раза в год в месте и в сроки, которые Стороны
согласуют путем обмена нотами.

Статья 2
Доклады

1. Каждая Сторона представляет другой Стороне доклад о мерах, принятых ею
в соответствии со статьей 3.
2. Доклады публикуются Стороной, которая их получает.

Статья 3
Урегулирование споров

Любой спор между Сторонами относительно толкования или применения настоящего Соглашения
урегулируется путем консультаций и переговоров между Сторонами.
"""

OLDER = """Article 1
Scope

The Parties agree on the scope of this Agreement.

Article 2
Consultations

The Parties shall consult each other.

Article 3
Assistance

Assistance follows consultations under Article 2.
"""

NEWER = """Article 1
Scope

The Parties agree on the scope of this Agreement.

Article 2
Definitions

Terms are defined here.

Article 3
Consultations

The Parties shall consult each other.

Article 4
Assistance

Assistance follows consultations under Article 2.
"""

#: The newer draft with the consultations dropped: "under Article 2" now cites nothing.
DROPPED = """Article 1
Scope

The Parties agree on the scope of this Agreement.

Article 2
Assistance

Assistance follows consultations under Article 2.
"""

#: What an English view says of the planted drafts: none of it may be left in a Russian or
#: French one.
ENGLISH_SENTENCES = ("numbers differ", "version only", "in English only", "in Russian only",
                     "cites Article", "paragraphs in", "not in the", "check the cross-reference",
                     "renumbered to", "unchanged since", "modified in", "added in")


def write_versions(folder: Path) -> tuple[Path, Path]:
    english, russian = folder / "agreement.en.txt", folder / "agreement.ru.txt"
    english.write_text(ENGLISH, encoding="utf-8")
    russian.write_text(RUSSIAN, encoding="utf-8")
    return english, russian


def write_stale(folder: Path, dropped: bool = False) -> tuple[Path, Path]:
    older, newer = folder / "older.txt", folder / ("dropped.txt" if dropped else "newer.txt")
    older.write_text(OLDER, encoding="utf-8")
    newer.write_text(DROPPED if dropped else NEWER, encoding="utf-8")
    return older, newer
