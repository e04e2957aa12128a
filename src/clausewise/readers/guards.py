"""Bounds shared by every reader: how many lines a draft may have."""

from __future__ import annotations

from typing import Iterable, Iterator, TypeVar

from .errors import ReadError
from .limits import MAX_LINES

_T = TypeVar("_T")


def too_many_lines(name: str) -> ReadError:
    return ReadError(
        f"{name} has more than {MAX_LINES:,} lines or paragraphs, far more than any treaty; "
        "check that it is the right file, or split the draft",
        reason="too-large",
    )


def capped(lines: Iterable[_T], name: str) -> Iterator[_T]:
    """The lines, refusing the draft once there are more than ``MAX_LINES``."""
    for count, line in enumerate(lines, start=1):
        if count > MAX_LINES:
            raise too_many_lines(name)
        yield line
