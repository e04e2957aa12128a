"""How far an export has got, and whether to stop.

The writers call a ``Steps`` now and then with the fraction of their work done. A ``Steps``
passes it on to the caller's ``progress`` (only when it grew by a percent, so a window's
progress bar is not flooded from a worker thread) and asks the caller's ``cancel``; when that
returns True it raises ``core.Cancelled``, the exception the engine uses for the same thing.
The temporary file of the export is then removed (``output.write_atomically``): a cancelled
export leaves nothing behind and never touches the target.
"""

from __future__ import annotations

from typing import Callable

from ..core.result import Cancelled

Progress = Callable[[float], None]
Cancel = Callable[[], bool]


class Steps:
    """Maps a part of the work, ``fraction`` in [0, 1], into [``start``, ``end``] of the whole."""

    __slots__ = ("progress", "cancel", "start", "end", "_shown")

    def __init__(self, progress: Progress | None = None, cancel: Cancel | None = None,
                 start: float = 0.0, end: float = 1.0, _shown: list[float] | None = None) -> None:
        self.progress, self.cancel = progress, cancel
        self.start, self.end = start, end
        self._shown = _shown if _shown is not None else [-1.0]   # shared by every part

    def __call__(self, fraction: float) -> None:
        if self.cancel is not None and self.cancel():
            raise Cancelled("export cancelled")
        if self.progress is None:
            return
        whole = self.start + (self.end - self.start) * min(max(fraction, 0.0), 1.0)
        if whole >= self._shown[0] + 0.01 or (whole >= 1.0 > self._shown[0]):
            self._shown[0] = whole
            self.progress(whole)

    def part(self, start: float, end: float) -> "Steps":
        """The steps of a part of this work, from ``start`` to ``end`` of it."""
        width = self.end - self.start
        return Steps(self.progress, self.cancel, self.start + width * start,
                     self.start + width * end, self._shown)

    def count(self, items: int) -> Callable[[int], None]:
        """A callback for the ``done``-th of ``items`` equal steps (checked every step)."""
        total = max(items, 1)
        return lambda done: self(done / total)


NO_STEPS = Steps()
