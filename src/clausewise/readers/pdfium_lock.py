"""One lock for every use of PDFium in the process.

PDFium, the C++ library under pypdfium2, is not thread-safe: no two of its calls may run at
the same time in one process, not even on different documents (pypdfium2's documentation,
"Incompatibility with Threading"); doing so crashes or corrupts the process. Clausewise calls
it from more than one thread: a PDF draft is read on the worker pool while the export
dialog renders its preview there too, and a briefing is printed from the pool. So every
piece of code that opens, reads, renders or closes a PDFium document holds ``PDFIUM`` while
it does, and lets it go for the work that is not PDFium's (painting, laying out).

It is re-entrant, so a helper that holds it may call another that takes it again.
"""

from __future__ import annotations

import threading

PDFIUM = threading.RLock()
