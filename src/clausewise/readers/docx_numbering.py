"""Word's automatic numbering, computed the way Word computes it.

In a .docx the "Article 4" or "(b)" in front of a paragraph is usually not in the text: it
is drawn by Word from ``numbering.xml``. A reader that ignores it sees a treaty with no
article numbers. The rules followed here (ECMA-376 §17.9 and Word's documented deviations,
MS-OI29500 2.1.282):

* a paragraph points at a numbering *instance* (``w:num``), directly or through its style;
  the instance points at an *abstract* definition (``w:abstractNum``) that holds the levels:
  start value, number format, level text such as "Article %1" or "%1.%2";
* the running counters belong to the abstract definition, so every instance of it continues
  one sequence. Word's "Restart at 1" makes a new instance with ``w:startOverride``; the
  first paragraph of that instance at that level restarts the shared counter there;
* a level restarts when a higher level (lower ``ilvl``) is used, or only when levels up to
  ``w:lvlRestart`` are used (0 = never). Word ignores lvlRestart inside an override;
* ``w:isLgl`` (legal numbering) shows every level of the number in decimal digits;
* ``w:numStyleLink`` lends an abstract definition the levels of a numbering style's list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from .docx_xml import int_val, is_on, val, w
from .number_formats import format_number

_PLACEHOLDER = re.compile(r"%([1-9])")
_DEEPEST_LEVEL = 8   # ilvl 0-8: the nine levels of a Word list
_NOT_NUMBERS = frozenset({"bullet", "none"})


@dataclass(frozen=True, slots=True)
class Level:
    """One level of a list definition (``w:lvl``)."""

    start: int = 0               # ECMA-376: an absent w:start means 0
    fmt: str = "decimal"
    text: str | None = None      # w:lvlText, e.g. "Article %1", "(%2)"
    restart: int | None = None   # w:lvlRestart, 1-based; 0 = never
    legal: bool = False          # w:isLgl
    style_id: str | None = None  # w:pStyle: the paragraph style linked to this level


@dataclass(frozen=True, slots=True)
class Instance:
    """A numbering instance (``w:num``): an abstract definition plus per-level overrides."""

    abstract_id: int
    start_overrides: dict[int, int] = field(default_factory=dict)
    level_overrides: dict[int, Level] = field(default_factory=dict)


class NumberingDefinitions:
    """The abstract definitions and instances of ``numbering.xml``."""

    def __init__(self, numbering_element: etree._Element | None, style_num_ids: dict[str, int]):
        """``style_num_ids`` maps numbering-style ids to their numId (for numStyleLink)."""
        self.abstracts: dict[int, dict[int, Level]] = {}
        self.instances: dict[int, Instance] = {}
        self._style_links: dict[int, str] = {}
        self._style_num_ids = style_num_ids
        self._levels: dict[tuple[int, int], Level | None] = {}
        self._resolved: dict[int, int] = {}
        if numbering_element is not None:
            self._parse(numbering_element)

    def _parse(self, root: etree._Element) -> None:
        for abstract in root.iterchildren(w("abstractNum")):
            abstract_id = _int_attr(abstract, "abstractNumId")
            if abstract_id is None:
                continue
            self.abstracts[abstract_id] = {   # Word's nine levels; others are never used
                ilvl: level
                for ilvl, level in map(_parse_level, abstract.iterchildren(w("lvl")))
                if ilvl is not None and 0 <= ilvl <= _DEEPEST_LEVEL
            }
            link = val(abstract.find(w("numStyleLink")))
            if link:
                self._style_links[abstract_id] = link
        for num in root.iterchildren(w("num")):
            num_id = _int_attr(num, "numId")
            abstract_id = int_val(num.find(w("abstractNumId")))
            if num_id is not None and abstract_id is not None:
                self.instances[num_id] = _parse_instance(num, abstract_id)

    def resolve_abstract(self, abstract_id: int) -> int:
        """Follows ``w:numStyleLink`` to the abstract definition that holds the levels.

        Remembered per definition: it is asked for every numbered paragraph, and a crafted
        file can chain thousands of links."""
        known = self._resolved.get(abstract_id)
        if known is not None:
            return known
        start = abstract_id
        seen = {abstract_id}
        while abstract_id in self._style_links:
            num_id = self._style_num_ids.get(self._style_links[abstract_id])
            instance = self.instances.get(num_id) if num_id is not None else None
            if instance is None or instance.abstract_id in seen:
                break
            abstract_id = instance.abstract_id
            seen.add(abstract_id)
        self._resolved[start] = abstract_id
        return abstract_id

    def level(self, num_id: int, ilvl: int) -> Level | None:
        """The effective definition of level ``ilvl`` for instance ``num_id``."""
        key = (num_id, ilvl)
        if key not in self._levels:
            self._levels[key] = self._find_level(num_id, ilvl)
        return self._levels[key]

    def _find_level(self, num_id: int, ilvl: int) -> Level | None:
        instance = self.instances.get(num_id)
        if instance is None:
            return None
        if ilvl in instance.level_overrides:
            return instance.level_overrides[ilvl]
        return self.abstracts.get(self.resolve_abstract(instance.abstract_id), {}).get(ilvl)

    def level_for_style(self, num_id: int, style_id: str) -> int | None:
        """The level whose ``w:pStyle`` is ``style_id`` (how "Heading 2" finds level 1)."""
        instance = self.instances.get(num_id)
        if instance is None:
            return None
        levels = self.abstracts.get(self.resolve_abstract(instance.abstract_id), {})
        for ilvl, level in sorted(levels.items()):
            if level.style_id == style_id:
                return ilvl
        return None


class ListCounters:
    """Walks the numbered paragraphs of a document in order and gives each its number."""

    def __init__(self, definitions: NumberingDefinitions) -> None:
        self._defs = definitions
        self._counters: dict[int, dict[int, int]] = {}
        self._seen: set[tuple[int, int]] = set()

    def advance(self, num_id: int, ilvl: int) -> str | None:
        """Counts one paragraph at (num_id, ilvl) and returns its number, e.g. "Article 3".

        Returns None when the paragraph shows no number (bullets, empty level text, an
        undefined list), but a bullet still counts as a use of its level for the restarts.
        """
        instance = self._defs.instances.get(num_id)
        level = self._defs.level(num_id, ilvl)
        if instance is None or level is None:
            return None
        abstract_id = self._defs.resolve_abstract(instance.abstract_id)
        counters = self._counters.setdefault(abstract_id, {})
        first_use = (num_id, ilvl) not in self._seen
        self._seen.add((num_id, ilvl))
        if first_use and ilvl in instance.start_overrides:
            counters[ilvl] = instance.start_overrides[ilvl]
        elif ilvl in counters:
            counters[ilvl] += 1
        else:
            counters[ilvl] = level.start
        self._restart_deeper_levels(abstract_id, counters, ilvl)
        if level.fmt in _NOT_NUMBERS:
            return None
        return self._label(num_id, level, counters)

    def _restart_deeper_levels(self, abstract_id: int, counters: dict[int, int], ilvl: int):
        levels = self._defs.abstracts.get(abstract_id, {})
        for deeper in [lvl for lvl in counters if lvl > ilvl]:
            restart = levels.get(deeper, Level()).restart
            if restart is None or restart > deeper:
                restart = deeper  # the default: restart after any higher level
            if restart != 0 and ilvl < restart:
                del counters[deeper]

    def _label(self, num_id: int, level: Level, counters: dict[int, int]) -> str | None:
        """Fills the level text: "%1" is level 0's counter in level 0's format, and so on."""
        if not level.text:
            return None

        def fill(match: re.Match[str]) -> str:
            ref = int(match.group(1)) - 1
            ref_level = self._defs.level(num_id, ref) or Level()
            value = counters.get(ref, ref_level.start)
            return format_number(value, "decimal" if level.legal else ref_level.fmt)

        label = _PLACEHOLDER.sub(fill, level.text).strip()
        return label or None


def _int_attr(element: etree._Element, name: str) -> int | None:
    raw = element.get(w(name))
    try:
        return int(raw) if raw is not None else None
    except ValueError:
        return None


def _parse_level(element: etree._Element) -> tuple[int | None, Level]:
    start = int_val(element.find(w("start")))
    return _int_attr(element, "ilvl"), Level(
        start=start if start is not None else 0,
        fmt=val(element.find(w("numFmt"))) or "decimal",
        text=val(element.find(w("lvlText"))),
        restart=int_val(element.find(w("lvlRestart"))),
        legal=is_on(element.find(w("isLgl"))),
        style_id=val(element.find(w("pStyle"))),
    )


def _parse_instance(num: etree._Element, abstract_id: int) -> Instance:
    starts: dict[int, int] = {}
    levels: dict[int, Level] = {}
    for override in num.iterchildren(w("lvlOverride")):
        ilvl = _int_attr(override, "ilvl")
        if ilvl is None:
            continue
        start = int_val(override.find(w("startOverride")))
        lvl = override.find(w("lvl"))
        if lvl is not None:
            _, level = _parse_level(lvl)
            levels[ilvl] = Level(level.start, level.fmt, level.text, None, level.legal,
                                 level.style_id)
            if start is None and lvl.find(w("start")) is not None:
                start = level.start
        if start is not None:
            starts[ilvl] = start
    return Instance(abstract_id, starts, levels)
