"""Where the real treaty texts are (../shared/corpus beside the repository), and a skip when
they are not there. The texts are never copied into the project."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def corpus_file(name: str) -> Path:
    """The corpus file ``name``; skips the test, with the reason, when it is absent."""
    path = CORPUS / name
    if not path.is_file():
        pytest.skip(f"real-text corpus not found: {path} (it sits beside the repository as "
                    "../shared/corpus; CI always has it)")
    return path


@lru_cache(maxsize=None)
def corpus_document(name: str):
    """The corpus file read and segmented once per test session."""
    from clausewise.drafts import load_draft

    return load_draft(corpus_file(name))
