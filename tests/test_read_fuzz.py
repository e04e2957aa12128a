"""Fuzzing: every reader is run over malformed inputs made from real drafts (bytes flipped,
cut, repeated or inserted; the XML inside .docx and .odt mangled; random bytes) and must
either read the draft or refuse it with a clean ReadError: never another exception, never
a hang. The number of inputs tried is printed.

A few hundred inputs per reader run in seconds in ``make test``; set CLAUSEWISE_FUZZ_EXAMPLES
(e.g. 20000) for a longer run outside CI, or use bench/bench_hostile.py --fuzz.
"""

from __future__ import annotations

import io
import os
import signal
import zipfile
from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clausewise.readers import ReadError, read
from docx_factory import new_draft
from odt_factory import draft_to_odt
from pdf_factory import Layout, draft_to_pdf

EXAMPLES = int(os.environ.get("CLAUSEWISE_FUZZ_EXAMPLES", "150"))
#: Seconds one input may take before it counts as a hang (a bound, not a speed test).
HANG_SECONDS = 30

DRAFT = ("AGREEMENT ON CONSULTATIONS\n\nThe Parties,\n\nRecognizing their friendship,\n\n"
         "Have agreed as follows:\n\nArticle 1\nScope\n\n1. The Parties shall consult.\n"
         "(a) at the level of Ministers;\n(b) at the level of experts.\n\n"
         "Статья 2\nΕλλάδα café العربية 中文\n\nDone at Sudby, on 1 June 2024.\n")


def _docx_seed() -> bytes:
    document = new_draft()
    document.add_paragraph("Article 1", style="Heading 1")
    document.add_paragraph("The Parties shall consult. Статья café 中文")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Norland"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _pdf_seed(tmp_path_factory) -> bytes:
    folder = tmp_path_factory.mktemp("seed")
    return draft_to_pdf(DRAFT, folder / "seed.pdf", Layout()).read_bytes()


SEEDS = {
    ".txt": lambda _: DRAFT.encode("utf-8"),
    ".md": lambda _: ("# Title\n\n## Article 1\n\n1. The *Parties* agree.\n\n| a | b |\n"
                      "|---|---|\n| 1 | 2 |\n\n> quoted [link](x) ![i](y)\n").encode(),
    ".html": lambda _: ("<html><head><style>p{}</style></head><body><h1>Title</h1><ol "
                        "type=a start=3><li>one<li value=9>two</ol><table><tr><td>x</td>"
                        "</tr></table><pre>a\nb</pre><del>gone</del></body></html>").encode(),
    ".rtf": lambda _: (rb"{\rtf1\ansi\ansicpg1251{\fonttbl{\f0\fcharset204 Arial;}}\pard "
                       rb"Article 1\par{\pntext 1.\tab}\'d1\'f2 \u945?\par{\*\shppict{\pict "
                       rb"\bin3 abc}}\trowd\cellx1 A\cell\row{\footnote n}\par}"),
    ".docx": lambda _: _docx_seed(),
    ".odt": lambda _: draft_to_odt(DRAFT),
    ".pdf": _pdf_seed,
}


@st.composite
def mutated(draw, seed: bytes) -> bytes:
    """The seed with a few byte-level edits, or random bytes now and then."""
    if draw(st.integers(0, 9)) == 0:
        return draw(st.binary(min_size=0, max_size=2048))
    data = bytearray(seed)
    for _ in range(draw(st.integers(1, 6))):
        operation = draw(st.sampled_from(("flip", "insert", "delete", "cut", "repeat")))
        at = draw(st.integers(0, max(0, len(data) - 1)))
        if operation == "flip" and data:
            data[at] = draw(st.integers(0, 255))
        elif operation == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=64))
        elif operation == "delete":
            del data[at:at + draw(st.integers(1, 64))]
        elif operation == "cut":
            del data[at:]
        elif operation == "repeat":
            span = bytes(data[at:at + draw(st.integers(1, 32))])
            data[at:at] = span * draw(st.integers(1, 50))
    return bytes(data)


@st.composite
def mangled_archive(draw, seed: bytes) -> bytes:
    """A zip office file whose XML members are mutated and packed again (valid zip)."""
    source = zipfile.ZipFile(io.BytesIO(seed))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename.endswith(".xml") and draw(st.booleans()):
                data = draw(mutated(data))
            target.writestr(info.filename, data)
    return buffer.getvalue()


class _Hang(Exception):
    pass


def _alarm(signum, frame):
    raise _Hang()


def _outcome(path) -> str:
    signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(HANG_SECONDS)
    try:
        source = read(path)
    except ReadError as error:
        message = str(error)
        assert "\n" not in message and message.startswith(path.name + " ")
        assert error.reason != "internal", message   # a reader's own bug, not the file's
        return error.reason
    except _Hang:
        pytest.fail(f"reading {path.name} did not finish in {HANG_SECONDS} s")
    finally:
        signal.alarm(0)
    assert isinstance(source.lines, tuple)
    return "read"


@pytest.mark.slow
@pytest.mark.parametrize("extension", sorted(SEEDS))
def test_every_reader_survives_malformed_input(extension, tmp_path_factory, capsys):
    seed = SEEDS[extension](tmp_path_factory)
    folder = tmp_path_factory.mktemp("fuzz")
    path = folder / f"fuzzed{extension}"
    assert _outcome(_write(path, seed)) == "read"       # the seed itself is a good draft
    outcomes: Counter[str] = Counter()
    strategy = mutated(seed)
    if extension in (".docx", ".odt"):
        strategy = st.one_of(mutated(seed), mangled_archive(seed), mangled_archive(seed))

    @settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=True,
              suppress_health_check=list(HealthCheck))
    @given(data=strategy)
    def check(data: bytes) -> None:
        outcomes[_outcome(_write(path, data))] += 1

    check()
    tried = sum(outcomes.values())
    with capsys.disabled():
        print(f"\n  fuzz {extension}: {tried} inputs tried: "
              + ", ".join(f"{count} {what}" for what, count in outcomes.most_common()))
    assert tried >= min(EXAMPLES, 50)


def _write(path, data: bytes):
    path.write_bytes(data)
    return path
