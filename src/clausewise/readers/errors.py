"""The one exception a reader raises: a message a user can act on.

A draft arrives by e-mail or on a USB stick, often under the wrong name or half-copied. The
user does not want a traceback; they want one line that says what is wrong with *this* file
and what to do about it ("draft.docx is not a valid Word file (the zip archive is damaged);
open it in Word and save it again"). The GUI shows ``str(error)`` as it is.
"""

from __future__ import annotations


class ReadError(Exception):
    """A draft could not be read. ``str()`` is one line: what is wrong, then what to do.

    ``reason`` is a short machine-readable tag ("missing", "empty", "binary", "corrupt",
    "unsupported", "too-large", "unreadable", "not-a-file", "encrypted", "no-text" (a scanned
    PDF), "internal" (a reader's own failure on an odd file)) for callers that want to react
    differently (the GUI may offer "Choose another file..."), never needed to show the error.
    """

    def __init__(self, message: str, *, reason: str = "error") -> None:
        one_line = " ".join(message.split())
        super().__init__(one_line)
        self.message = one_line
        self.reason = reason
        #: The file that could not be read, where the caller that opened several says so
        #: (``Session.load``): the window then keeps the others.
        self.path = ""

    def __str__(self) -> str:
        return self.message


class LimitReached(Exception):
    """A counted limit of ``limits.py`` was reached inside a reader; ``what`` names it. The
    reader turns it into a ReadError with the sentence for the user."""

    def __init__(self, what: str) -> None:
        super().__init__(what)
        self.what = what
