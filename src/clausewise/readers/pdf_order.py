"""Reading order of the lines of one PDF page: top to bottom, column by column.

Pages of treaties are simple: one column, sometimes two (a bilingual draft, a signature block). So the lines are sorted
from the top; where a vertical gutter splits a stretch of the page into two columns, the
left column of that stretch is read before the right. Pieces of one line split at a wide
gap ("1." and a tab away "The Parties ...") are put back together; things set far apart
on one line of a cover page ("General Assembly" ... "Distr.: General") are not.
"""

from __future__ import annotations

from dataclasses import replace

from .pdf_layout import PdfLine

#: Lines whose baselines differ by less than this (points) stand on one line.
_SAME_LINE = 1.5
#: Fewest lines on each side of a gutter for it to count as one.
_MIN_COLUMN_LINES = 3


def reading_order(lines: list[PdfLine]) -> list[PdfLine]:
    """The page's lines in the order a reader reads them."""
    ordered = sorted(lines, key=lambda line: (-line.baseline, line.x0))
    gutter = _gutter(ordered)
    merged = _merge_pieces(ordered, gutter)
    if gutter is None:
        return merged
    out: list[PdfLine] = []
    stretch: list[PdfLine] = []
    for line in merged:
        if line.x0 < gutter < line.x1:      # a full-width line ends a two-column stretch
            out.extend(_columns(stretch, gutter))
            stretch = []
            out.append(line)
        else:
            stretch.append(line)
    out.extend(_columns(stretch, gutter))
    return out


def _columns(stretch: list[PdfLine], gutter: float) -> list[PdfLine]:
    """The left column, then the right, each line knowing where its column ends."""
    out = []
    for column in ([line for line in stretch if line.x1 <= gutter],
                   [line for line in stretch if line.x1 > gutter]):
        edge = max((line.x1 for line in column), default=0.0)
        out.extend(replace(line, right=edge) for line in column)
    return out


def _gutter(lines: list[PdfLine]) -> float | None:
    """An x position in the middle of the page that no line crosses, with columns of text
    on both sides standing side by side; None for a one-column page."""
    if len(lines) < 2 * _MIN_COLUMN_LINES:
        return None
    left = min(line.x0 for line in lines)
    right = max(line.x1 for line in lines)
    width = right - left
    if width <= 0:
        return None
    middle = (left + width / 3, left + 2 * width / 3)
    across = sum(1 for line in lines if line.x0 < middle[0] and line.x1 > middle[1])
    if across > len(lines) // 10:
        return None       # lines across the whole middle third cross every possible gutter
    best: tuple[int, float] | None = None
    steps = 60
    for step in range(steps // 3, 2 * steps // 3 + 1):
        x = left + width * step / steps
        crossing = sum(1 for line in lines if line.x0 < x < line.x1)
        if crossing > len(lines) // 10:
            continue
        on_left = [line for line in lines if line.x1 <= x]
        on_right = [line for line in lines if line.x0 >= x]
        if len(on_left) < _MIN_COLUMN_LINES or len(on_right) < _MIN_COLUMN_LINES:
            continue
        if not _side_by_side(on_left, on_right):
            continue
        score = crossing
        if best is None or score < best[0]:
            best = (score, x)
    return best[1] if best else None


def _side_by_side(left: list[PdfLine], right: list[PdfLine]) -> bool:
    """Whether the two sides share most of their height (columns, not a ragged margin)."""
    left_heights = {round(line.baseline / 2) for line in left}
    shared = sum(1 for line in right if round(line.baseline / 2) in left_heights)
    return shared >= min(len(left), len(right)) * 0.5


def _one_line(previous: PdfLine, line: PdfLine) -> bool:
    """Whether two pieces on one baseline are one line of text: a number or a short label
    and a tab ("1." ... "The Parties"), or a gap of a few spaces. Two things set far apart
    on one line ("General Assembly" ... "Distr.: General") stay apart."""
    gap = line.x0 - previous.x1
    size = max(previous.size, line.size, 1.0)
    return gap <= 4 * size or len(previous.text.strip()) <= 8


def _merge_pieces(lines: list[PdfLine], gutter: float | None) -> list[PdfLine]:
    """Joins pieces of one line (same baseline, same side of the gutter) left to right."""
    out: list[PdfLine] = []
    for line in lines:
        previous = out[-1] if out else None
        if (previous is not None and abs(previous.baseline - line.baseline) < _SAME_LINE
                and line.x0 >= previous.x1 - 1
                and (gutter is None or not (previous.x1 <= gutter <= line.x0))
                and _one_line(previous, line)):
            out[-1] = replace(
                previous,
                text=f"{previous.text} {line.text}", raw=f"{previous.raw} {line.raw}",
                x1=max(previous.x1, line.x1), marks=previous.marks + line.marks,
            )
        else:
            out.append(line)
    return out
