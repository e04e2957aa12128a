"""Pausing Python's cyclic garbage collector while a large tree is built.

The segmenter and the engine allocate hundreds of thousands of small objects and free none of
them until the end; the collector would scan the growing heap again and again (a third of the
time at 5 MB, most of it on a 40 MB draft) for nothing. Reference counting still frees
memory as usual, and the collector is back on as soon as the work is done.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def no_cyclic_gc() -> Iterator[None]:
    """Within the block, no cyclic garbage collection (restored after, even on error)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
