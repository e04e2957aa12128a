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
    """Text decoded from bytes, with the encoding used and how many bytes were not valid."""

    text: str
    encoding: str
    invalid_bytes: int = 0


def decode(data: bytes, name: str) -> Decoded:
    """Decodes a plain-text draft, or raises ReadError if it is binary data, not text."""
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


def _decode_8bit(data: bytes) -> Decoded:
    """The most plausible 8-bit code page: charset-normalizer's guess, checked by a score."""
    guess = _charset_normalizer_guess(data)
    candidates = list(_PREFERRED_8BIT)
    if guess in candidates:  # a tie ("а) б)" reads as letters in both) goes to the guess
        candidates.remove(guess)
        candidates.insert(0, guess)
    elif guess is not None:  # another code page must score strictly better to win
        candidates.append(guess)
    best: tuple[float, int, str, str] | None = None
    for order, encoding in enumerate(candidates):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        key = (plausibility(text), -order, encoding, text)
        if best is None or key[:2] > best[:2]:
            best = key
    if best is None:  # every byte sequence decodes in latin-1
        return Decoded(data.decode("latin-1"), "latin-1")
    return Decoded(best[3], best[2])


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
