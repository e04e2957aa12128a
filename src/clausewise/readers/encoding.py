"""Which encoding a plain-text draft was saved in.

Drafts arrive as UTF-8 from modern editors, UTF-16 from Windows "Unicode text" exports, and
in the old Windows code pages from older machines: Windows-1252 for French, German, Spanish,
Windows-1251 for Russian. The order of the checks is the order of certainty:

1. a byte-order mark (BOM) says it outright;
2. NUL bytes on every other position mean UTF-16 without a BOM (every line break and space
   of UTF-16 text carries a NUL on one side);
3. bytes that decode as UTF-8 are UTF-8 (8-bit text almost never does by accident);
4. otherwise an 8-bit code page: charset-normalizer proposes one, and a plausibility score
   checks it against Windows-1252 and Windows-1251, because on a short text the statistics
   alone often pick a cousin (mac_cyrillic, cp1250) that garbles the few accented letters.

Before all this, a file made of two encodings is recognised: UTF-8 lines with UTF-16 ones
appended (or the other way round), as happens when text is pasted or concatenated from a
Windows "Unicode text" export. Read as one encoding, half of it would come out as Chinese
characters with no warning; each part is decoded in its own encoding instead, and a notice
says so and from which line. When the code pages tie (the text reads as well in
Windows-1252 as in Windows-1251), the choice is said too, with the first line it matters on.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from .errors import ReadError
from .limits import UTF16_SNIFF_BYTES

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: Code pages charset-normalizer may propose for 8-bit drafts.
EIGHT_BIT_CANDIDATES = (
    "cp1252", "cp1251", "cp1250", "cp1253", "cp1254", "cp1257",
    "koi8_r", "cp866", "mac_cyrillic", "mac_roman", "iso8859_15",
)

#: Always weighed against charset-normalizer's guess, which wins a tie only if it is one of
#: these: on a short French text it often proposes cp1250, where "à" reads "ŕ" just as well.
_PREFERRED_8BIT = ("cp1252", "cp1251")

#: Symbols that are normal in legal text and do not count against a code page.
_LEGAL_SYMBOLS = frozenset("§¶°№©®±×€£¥$«»–—‘’‚“”„…•·†‡")

_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text decoded from bytes, with the encoding used, how many bytes were not valid, and
    sentences for the user when the encoding was mixed or a guess (``notices``)."""

    text: str
    encoding: str
    invalid_bytes: int = 0
    notices: tuple[str, ...] = ()


def decode(data: bytes, name: str) -> Decoded:
    """Decodes a plain-text draft, or raises ReadError if it is binary data, not text."""
    mixed = _decode_mixed(data) if b"\x00" in data else None
    if mixed is not None:
        return mixed
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            decoded = _decode_with_bom(data, bom, encoding)
            if decoded is not None:
                return decoded
    if b"\x00" in data:
        return _decode_with_nuls(data, name)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    mostly_utf8 = _mostly_utf8(data)
    if mostly_utf8 is not None:
        return mostly_utf8
    return _decode_8bit(data)


def _binary(name: str) -> ReadError:
    return ReadError(
        f"{name} contains binary data, not plain text; check that it is the right file, "
        "or open it in its program and save it as .docx or .txt",
        reason="binary",
    )


def _decode_with_bom(data: bytes, bom: bytes, encoding: str) -> Decoded | None:
    """Decodes after a BOM; None if the bytes do not fit (a UTF-16 text starting with NUL)."""
    if encoding == "utf-8-sig":
        text = data[len(bom):].decode("utf-8", errors="replace")
        return Decoded(text, encoding, text.count("\ufffd") - _fffd_in(data))
    try:
        return Decoded(data[len(bom):].decode(encoding), encoding)
    except UnicodeDecodeError:
        if encoding.startswith("utf-32"):
            return None  # FF FE 00 00 can also be UTF-16 LE starting with U+0000
        text = data[len(bom):].decode(encoding, errors="replace")
        return Decoded(text, encoding, text.count("\ufffd"))


def _decode_with_nuls(data: bytes, name: str) -> Decoded:
    """NUL bytes: UTF-16 without a BOM, UTF-8 with stray NULs, or binary data.

    UTF-16 text in any alphabetic script has a NUL beside every space, digit and line
    break, all on the same side; Chinese has few such characters, so for it the decoding
    itself must look like text (no unassigned or control characters).
    """
    sample = data[:UTF16_SNIFF_BYTES]
    even_nuls, odd_nuls = sample[0::2].count(0), sample[1::2].count(0)
    dominant, other = max(even_nuls, odd_nuls), min(even_nuls, odd_nuls)
    utf16 = "utf-16-le" if odd_nuls > even_nuls else "utf-16-be"
    clear_utf16 = (other * 20 <= dominant and dominant * 20 >= len(sample) // 2
                   and dominant >= 4)   # one stray NUL in a short UTF-8 line is not UTF-16
    if clear_utf16 and _odd_text(data, utf16) is not None:
        return Decoded(data.decode(utf16), utf16)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if data.count(0) <= max(8, len(data) // 100):  # stray NULs; text.py replaces them
            return Decoded(text, "utf-8")
    rates = [(_odd_text(data, enc), enc) for enc in ("utf-16-le", "utf-16-be")]
    plausible = [(rate, enc) for rate, enc in rates if rate is not None and rate <= 0.01]
    if plausible:
        encoding = min(plausible)[1]
        return Decoded(data.decode(encoding), encoding)
    raise _binary(name)


def _odd_text(data: bytes, encoding: str) -> float | None:
    """Share of characters that no text contains (unassigned, private, control) when
    ``data`` is decoded as ``encoding``; None if it does not decode at all."""
    if len(data) % 2:
        return None
    try:
        text = data[:UTF16_SNIFF_BYTES].decode(encoding, errors="strict")
    except UnicodeDecodeError:
        return None
    odd = sum(1 for ch in text if _is_odd(ch))
    return odd / max(1, len(text))


def _is_odd(ch: str) -> bool:
    category = unicodedata.category(ch)
    if category == "Cc":
        return ch not in "\t\n\r\x0c"
    return category in ("Cn", "Co", "Cs")


def _fffd_in(data: bytes) -> int:
    """Replacement characters already in the file (they are not decoding errors)."""
    return data.count("\ufffd".encode("utf-8"))


def _mostly_utf8(data: bytes) -> Decoded | None:
    """UTF-8 with a few stray bytes (a cp1252 '’' pasted into a UTF-8 file): keep UTF-8."""
    text = data.decode("utf-8", errors="replace")
    invalid = text.count("\ufffd") - _fffd_in(data)
    valid_multibyte = sum(1 for ch in text if ord(ch) > 0x7F and ch != "\ufffd")
    if valid_multibyte >= 3 and valid_multibyte >= 10 * invalid:
        return Decoded(text, "utf-8", invalid)
    return None


#: Fewest bytes of a part in another encoding for the file to count as mixed.
_MIN_PART = 16
_C0_CONTROLS = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_UTF16_BOMS = {codecs.BOM_UTF16_LE: "utf-16-le", codecs.BOM_UTF16_BE: "utf-16-be"}
_NAMES = {"utf-8": "UTF-8", "utf-16-le": "UTF-16 LE", "utf-16-be": "UTF-16 BE"}


def _decode_mixed(data: bytes) -> Decoded | None:
    """UTF-8 text with a UTF-16 part (at its start, end or middle), each part decoded in its
    own encoding, with a notice; None if the file is not clearly made so.

    UTF-16 puts a NUL beside every space, digit and line break; UTF-8 text never has one.
    The UTF-16 part runs from the first NUL to the last (widened to whole characters and to
    a BOM just before it); the parts outside it must be at least ``_MIN_PART`` bytes of
    valid, NUL-free UTF-8 meeting the UTF-16 part at a line break or a BOM, and the part
    inside must have its NULs on one side, as UTF-16 text does.
    """
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return None
    first, last = data.find(b"\x00"), data.rfind(b"\x00")
    for encoding in ("utf-16-le", "utf-16-be"):
        start = first - 1 if encoding == "utf-16-le" else first
        end = last + 1 if encoding == "utf-16-le" else last + 2
        if start < 0 or end > len(data) or (end - start) % 2:
            continue
        bom = data[start - 2:start] if start >= 2 else b""
        if _UTF16_BOMS.get(bom) == encoding:
            start -= 2
        head, middle, tail = data[:start], data[start:end], data[end:]
        if len(head) < _MIN_PART and len(tail) < _MIN_PART:
            continue   # one encoding throughout (or too little of another to tell)
        ends_line = middle[-2:] in ("\n".encode(encoding), "\r".encode(encoding))
        if not (_utf8_part(head, joins=bool(bom) or head[-1:] in (b"\n", b"\r"))
                and _utf8_part(tail, joins=ends_line)
                and _clear_utf16(middle.removeprefix(bom), encoding)):
            continue
        parts = [(head, "utf-8"), (middle, encoding), (tail, "utf-8")]
        texts = [part.decode(enc, errors="replace") for part, enc in parts if part]
        encodings = [enc for part, enc in parts if part]
        text = "".join(texts)
        return Decoded(text, encoding, text.count("\ufffd") - _fffd_in(data),
                       (_mixed_notice(texts, encodings),))
    return None


def _utf8_part(part: bytes, joins: bool) -> bool:
    """An empty part, or NUL-free UTF-8 text of ``_MIN_PART`` bytes or more that ``joins``
    the UTF-16 part at a line break or a BOM (text is not pasted mid-line)."""
    if not part:
        return True
    if len(part) < _MIN_PART or not joins or _C0_CONTROLS.search(part):
        return False   # UTF-16 Cyrillic, Greek or Arabic has bytes 0x03-0x06: not UTF-8
    try:
        part.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _clear_utf16(part: bytes, encoding: str) -> bool:
    """NULs on the side UTF-16 text in this byte order puts them, and none on the other."""
    high = part[1::2] if encoding == "utf-16-le" else part[0::2]
    low = part[0::2] if encoding == "utf-16-le" else part[1::2]
    return high.count(0) >= 2 and low.count(0) * 20 <= high.count(0) \
        and _odd_text(part, encoding) is not None


def _mixed_notice(texts: list[str], encodings: list[str]) -> str:
    """The notice: "the file mixes encodings (lines 1-40 UTF-8, lines 41-90 UTF-16 LE); ..."."""
    pieces, line = [], 1
    for text, encoding in zip(texts, encodings):
        lines = max(1, text.count("\n") + (0 if text.endswith("\n") else 1))
        span = f"line {line}" if lines == 1 else f"lines {line}-{line + lines - 1}"
        pieces.append(f"{span} {_NAMES[encoding]}")
        line += lines
    return ("the file mixes encodings (" + ", ".join(pieces) + "); each part was read in its "
            "own, but check the text where they meet, and save the draft again as UTF-8")


def _decode_8bit(data: bytes) -> Decoded:
    """The most plausible 8-bit code page: charset-normalizer's guess, checked by a score."""
    guess = _charset_normalizer_guess(data)
    candidates = list(_PREFERRED_8BIT)
    if guess in candidates:  # a tie ("а) б)" reads as letters in both) goes to the guess
        candidates.remove(guess)
        candidates.insert(0, guess)
    elif guess is not None:  # another code page must score strictly better to win
        candidates.append(guess)
    scored: list[tuple[float, int, str, str]] = []
    for order, encoding in enumerate(candidates):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        scored.append((plausibility(text), -order, encoding, text))
    if not scored:  # every byte sequence decodes in latin-1
        return Decoded(data.decode("latin-1"), "latin-1")
    scored.sort(key=lambda key: key[:2], reverse=True)
    best = scored[0]
    rival = next((key for key in scored[1:] if key[3] != best[3]), None)
    if rival is not None and rival[0] == best[0]:
        return Decoded(best[3], best[2], notices=(_undecided(best, rival),))
    return Decoded(best[3], best[2])


def _undecided(best: tuple[float, int, str, str], rival: tuple[float, int, str, str]) -> str:
    """The notice for a tie: which code page was used, which fits as well, and where."""
    lines, other = best[3].split("\n"), rival[3].split("\n")
    line = next(number for number, (one, two) in enumerate(zip(lines, other), start=1)
                if one != two)
    return (f"the encoding could not be told for sure: read as {best[2]}, though {rival[2]} "
            f"fits as well (they first differ on line {line}); if letters there look wrong, "
            "save the draft as UTF-8 and open it again")


def _charset_normalizer_guess(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    match = from_bytes(data, cp_isolation=list(EIGHT_BIT_CANDIDATES)).best()
    if match is None:
        return None
    try:
        return codecs.lookup(match.encoding).name
    except LookupError:
        return None


def plausibility(text: str) -> float:
    """How much ``text`` looks like real writing rather than mojibake (higher is better).

    Mojibake has tell-tale shapes: a word mixing two scripts ("йtй" is "été" read as
    Windows-1251), a Latin word made only of accented letters ("Ñòàòüÿ" is "Статья" read as
    Windows-1252), capitals in the middle of words, and odd symbols ("¦", "¬", "¤").
    """
    score = 0.0
    for word in _WORD.findall(text):
        if word.isascii():
            continue
        score += _word_score(word)
    for ch in text:
        if ord(ch) > 0x7F and not ch.isalpha() and ch not in _LEGAL_SYMBOLS:
            if unicodedata.category(ch)[0] in "SCN" or ch in "¦¤":
                score -= 1
    return score


def _word_score(word: str) -> float:
    scripts = {_script(ch) for ch in word}
    if len(scripts) > 1:
        return -3
    if scripts == {"LATIN"} and len(word) >= 3 and not any(ch.isascii() for ch in word):
        return -2
    if any(a.islower() and b.isupper() for a, b in zip(word, word[1:])):
        return -1
    return 1


def _script(ch: str) -> str:
    try:
        return unicodedata.name(ch).split(" ", 1)[0]
    except ValueError:
        return "UNKNOWN"
