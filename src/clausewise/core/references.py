"""Cross-references: those that follow the renumbering are no change; the others matter.

The aligner masks cross-reference numbers, so that "in accordance with Article 7" and "in
accordance with Article 9" compare equal once Article 7 has become Article 9. Two kinds of
reference still matter to a negotiator, and this pass finds them:

* a reference that now points somewhere else ("Article 5" -> "Article 6" while Article 5
  kept its number; "Annex I" -> "Annex II"; "paragraph 1" -> "paragraph 2"): the pair is
  *modified*. Article numbers are checked against the drafts' own renumbering; any other
  changed reference number (paragraph, point, annex...) counts as a change, since nothing
  proves it a mere renumbering;
* a reference left as it was although the article it cites was renumbered or removed (the
  classic drafting slip after inserting an article): the pair gets a *note*.

Both also give the pair a ``reference`` flag (``result.Flag``) that names the words, beside
the other substantive flags of ``core.flags``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .result import (Flag, Hunk, Pair, StaleReference, Status, diff_hunks, diff_sides,
                     flaggable, rewritten)
from .model import ClauseKind
from .numbering import roman_to_int
from .textkey import fold_ocr_digits, folded_reference_spans

_ARTICLE_WORD = re.compile(r"(?:articles?|arts?\.|стать[а-яё]*|άρθρ[α-ωάέήίόύώ]*)\s*$",
                           re.IGNORECASE)
_LEADING_NUMBER = re.compile(r"\d+|[IVXLCDM]+\b")
_OTHER_TREATY = re.compile(r"^\s*(?:\([^)]*\))*\s*of\s+(?!this\b|the\s+present\b)", re.IGNORECASE)


def references(text: str) -> list[tuple[bool, str, str]]:
    """Each cross-reference of ``text``: (cites an article?, its number text, what follows).

    "under Article 7(2) of this Agreement" -> [(True, "7(2)", " of this Agreement")].
    """
    found = []
    text = fold_ocr_digits(text)
    for start, end in _reference_spans(text):
        found.append((bool(_ARTICLE_WORD.search(text[max(0, start - 20):start])),
                      text[start:end], text[end:end + 40]))
    return found


_REF_WORD = re.compile(r"([^\W\d_]+\.?)\s*$")
#: A subparagraph cited by its letter as French and Russian write it, which the comparison
#: key leaves as words: a closing bracket alone ("l'alinéa b)", "paragraphe 1, alinéa c)"),
#: or a single letter with none before "du", "de", "et", "ou" or a stop ("l'alinéa b du
#: paragraphe 3", the same subparagraph; not "l'alinéa a pour objet", nor "a des effets"),
#: or quotes ("подпунктом «а» пункта 2").
_LETTER_POINT = re.compile(r"\b(?:alinéas?|lettres?)\s+([a-z]{1,2}\)(?:(?:\s*,\s*|\s+(?:et|ou|à)\s+)"
                           r"[a-z]{1,2}\))*(?!\w)|"
                           r"(?:[b-z](?:(?:\s*,\s*|\s+(?:et|ou|à)\s+)[a-z])*|"
                           r"a(?:(?:\s*,\s*|\s+(?:et|ou|à)\s+)[a-z])+)"
                           r"(?=\s*[,;.:]|\s+(?:du|de|des|et|ou)\s|\s*$)|"
                           # (a lone "a" only before "du" or "de": "l'alinéa a des
                           # effets", "a, en outre": the verb)
                           r"a(?=\s+(?:du|de)\s))|"
                           r"(?<![\w])подпункт[а-яё]*\s+[«\"„“]([а-яёa-z]{1,2})[»\"“”]|"
                           # "подпункту e пункта 6", "пункте 3 b)"; "la partie IV"
                           r"(?<![\w])подпункт[а-яё]*\s+([а-яёa-z]\)?)(?![\w])|"
                           r"(?<![\w])пункт[а-яё]*\s+\d+\s+([а-яёa-z]\))(?![\w])|"
                           r"\bpartie\s+([IVXL]{1,5})\b", re.IGNORECASE)


def _reference_spans(folded: str) -> tuple[tuple[int, int], ...]:
    """``textkey.folded_reference_spans`` and the subparagraphs cited by a letter in the
    French or Russian way ("alinéa b)", "подпунктом «а»"), in order."""
    spans = folded_reference_spans(folded)
    if "alinéa" not in folded and "«" not in folded and "пункт" not in folded and (
            "partie" not in folded) and "lettre" not in folded:
        return spans
    points = [(match.start(2) - 1, match.end(2) + 1) if match.group(2)
              else match.span(match.lastindex) for match in _LETTER_POINT.finditer(folded)]
    return tuple(sorted(set(spans).union(points))) if points else spans


#: A French subparagraph's letter written without its closing bracket ("alinéas a et c").
_LETTER_ALONE = re.compile(r"(?<![\w)])(?!(?:et|ou)\b)([a-z]{1,2})(?![\w)])")
#: What a reference's number may be followed by that the masking of numbers leaves out but
#: that is still part of it: points set apart ("paragraph 2 (g)", "article 52 (9)") and the
#: last number of a list after a serial comma ("articles 5, 6, 7, and 8").
#: A point after a number: "(b)", or as French and Russian write it, "b)", "б)".
_POINT = r"(?:\s?\([a-zA-Z0-9]{1,4}\)|\s[a-zа-яё]{1,2}\)(?![\w(]))"
_POINT_TAIL = re.compile(rf"{_POINT}+(?:(?:,\s*|,?\s+(?:and|or|to|et|ou|и)\s+)"
                         rf"(?:(?:\d+|[IVXLCDM]+\b){_POINT}*|{_POINT}+))*")
_LIST_TAIL = re.compile(rf",\s+(?:and|or)\s+(?:\d+|[IVXLCDM]+\b){_POINT}*")
#: The last number of a list glued to its "and" by a text export ("paragraphs 3, 4, 5, 6and
#: 7"): the same list as "6 and 7".
_GLUED_TAIL = re.compile(rf"(?<=\d)(?:and|or|to)\s+(?:\d+|[IVXLCDM]+\b){_POINT}*")
#: A lower level after a dot ("section II.E", "annex I.A"): part of the same citation.
_DOTTED_TAIL = re.compile(r"\.(?:[A-Z]|\d+)(?![\w(])")


def _located(text: str) -> list[tuple[bool, str, str, int, int, str]]:
    """``references(text)`` with each one's place and the word before it ("Article"), each
    number with the points and the last listed number that follow it (``_POINT_TAIL``)."""
    found = []
    folded = fold_ocr_digits(text)
    spans = _reference_spans(folded)
    for index, ((is_article, number, following), (start, end)) in enumerate(
            zip(references(text), spans)):
        limit = spans[index + 1][0] if index + 1 < len(spans) else len(folded)
        for tail in (_DOTTED_TAIL, _POINT_TAIL, _LIST_TAIL, _GLUED_TAIL):
            more = tail.match(folded, end, limit)
            if more:
                number, following, end = number + more.group(), folded[more.end():], more.end()
        word = _REF_WORD.search(folded, max(0, start - 25), start)
        if word and _AGENDA.search(folded, max(0, word.start() - 12), word.start()):
            continue  # "agenda item 7": an item of a meeting's agenda, not a provision
        if word and word.group(1).lower().startswith(("alinéa", "lettre")):
            number = _LETTER_ALONE.sub(r"\1)", number)  # "alinéa c" is "alinéa c)" (not 100)
        found.append((is_article, number, following, word.start() if word else start, end,
                      (word.group(1) + " " if word else "") + number))
    return found


#: Before "item": the agenda of a meeting ("under agenda item 7"; "point 7 de l'ordre du
#: jour" and "пункт 7 повестки дня" name it after the number, and are left as they are).
_AGENDA = re.compile(r"\bagenda\s+\Z", re.IGNORECASE)


#: A reference word's usual forms: "Art." is "article", "paras." is "paragraph".
_WORD_FORMS = {"art": "article", "arts": "article", "para": "paragraph", "paras": "paragraph",
               "annexes": "annex", "point": "subparagraph", "points": "subparagraph",
               "sub-paragraph": "subparagraph", "sub-paragraphs": "subparagraph",
               # French and Russian words for the same levels ("paragraphe 8 de l'article
               # 163" / "article 163 (8)"; "пунктом 8 статьи 163" / "статьей 163 (8)")
               "paragraphe": "paragraph", "alinéa": "subparagraph", "aliné": "subparagraph",
               "lettre": "subparagraph", "стать": "article",
               "пункт": "paragraph", "подпу": "subparagraph", "прило": "annex",
               # ("правилом 4 (2)" / "пунктом 2 правила 4"; "règle 21 (3)")
               "прави": "regulation", "règle": "rule", "règles": "rule", "partie": "part"}
#: The kinds of provision whose number in brackets is a paragraph when it is a number and a
#: subparagraph when it is a letter, as treaties number them: "article 52 (9)" is article 52,
#: paragraph 9; "regulation 9 (b)" is regulation 9, subparagraph (b); "regulation 3 (4) (d)"
#: is regulation 3, paragraph 4, subparagraph (d).
_UNITS = frozenset({"article", "rule", "regulation"})
#: The level below each level, for a bracket right after another ("paragraph 1(a)(iii)").
_LEVEL_BELOW = {"paragraph": "subparagraph", "subparagraph": "point"}
_NUMBER_TOKEN = re.compile(r"\(\w{1,6}\)|\w+")
_JOINER_WORDS = frozenset({"and", "or", "to", "et", "ou", "и", "à"})


def _bracket_level(word: str, value: str, above: str | None) -> str:
    """The level a number in brackets cites: under the level of the bracket right before
    it (``above``), else under the reference's word."""
    if above is not None:
        return _LEVEL_BELOW.get(above, above + " (sub)")
    if word in _UNITS:
        return "paragraph" if value.isdigit() else "subparagraph"
    if word in ("paragraph", "subparagraph"):
        return "subparagraph"  # "paragraph 2(c)"; "subparagraph (b)" is the subparagraph
    return word + " (sub)"


def _provision_word(ref: tuple[bool, str, str, int, int, str]) -> str:
    """The reference's word in its usual form: "Art." and "articles" are "article"."""
    word = ref[5][:len(ref[5]) - len(ref[1])].strip().casefold().rstrip(".")
    word = _WORD_FORMS.get(word, word)
    if word.isascii() and word.endswith("s") and len(word) > 4 and word != "items":
        word = word[:-1]
    elif not word.isascii():
        word = word[:5]
    return _WORD_FORMS.get(word, word)


#: A point's letter closed by a bracket alone, as French and Russian write it ("b)", "а)").
_BARE_POINT = re.compile(r"(?<![\w(])([a-zа-яё]{1,2})\)")
#: Cyrillic letters that Russian texts set for the Latin point letters they look like
#: ("подпункт а)" is "subparagraph (a)"), and that a text may spell either way.
_LOOKALIKES = str.maketrans("асеорх", "aceopx")


def _bracketed_points(number: str) -> str:
    """A reference's number with its points written one way: "12 b)" and "12 (b)" are
    "12 (b)", "а)" (Cyrillic) and "a)" are "(a)"."""
    if ")" not in number:
        return number
    return _BARE_POINT.sub(lambda m: f"({m.group(1).translate(_LOOKALIKES)})",
                           number).replace(" (", "(").replace("(", " (").strip()


def _provisions(ref: tuple[bool, str, str, int, int, str]) -> list[tuple[str, str]]:
    """What a reference cites, provision by provision, however it is written: "article 52,
    paragraph 9" (two references), "article 52 (9)" and "paragraph 9 of article 52" all
    cite (article, 52) and (paragraph, 9); "Annex III" cites (annex, 3). A bracketed "l"
    is an OCR's "1" ("subparagraph (l)" / "(1)")."""
    word = _provision_word(ref)
    cited = []
    level = None  # the level of the bracket before, while brackets follow one another
    last = None  # where the number or bracket before ended
    number = _bracketed_points(ref[1])
    for match in _NUMBER_TOKEN.finditer(number):
        token = match.group()
        if token.startswith("("):
            value = token[1:-1].casefold()
            value = "1" if value == "l" else value
            if level is None or (last is not None and not number[last:match.start()].strip()):
                level = _bracket_level(word, value, level)
            # (else a list "(b) to (d)", "(h), (k)": the level of the one before)
            cited.append((level, value))
            last = match.end()
        elif token.casefold() not in _JOINER_WORDS:
            if (token.isdigit() and last is not None and number[last:match.start()] == "."
                    and cited and cited[-1][0] == word):
                # "section 10.3" is paragraph 3 of section 10 ("paragraph 3 of section 10")
                cited.append(("paragraph", token))
            else:
                cited.append((word, _arabic(token)))
            level, last = None, match.end()
    return cited


def _same_provisions(before: list, after: list) -> tuple[list, list, list]:
    """The references of each side that cite what the other side cites too, whatever the
    words' order or form ("article 9 of annex III" / "Annex III, article 9"; "article 52,
    paragraph 9" / "article 52 (9)"): those left on each side, and the pairs of references
    written alike among the others (for the stale-reference check)."""
    cited = [_provisions(ref) for ref in before], [_provisions(ref) for ref in after]
    pool: dict[tuple[str, str], int] = {}
    for provisions in cited[0]:
        for provision in provisions:
            pool[provision] = pool.get(provision, 0) + 1
    common: dict[tuple[str, str], int] = {}
    for provisions in cited[1]:
        for provision in provisions:
            if pool.get(provision, 0) > common.get(provision, 0):
                common[provision] = common.get(provision, 0) + 1
    left: list[list] = [[], []]
    same: list[list] = [[], []]
    for side, refs in enumerate((before, after)):
        available = dict(common)
        for ref, provisions in zip(refs, cited[side]):
            needed: dict[tuple[str, str], int] = {}
            for provision in provisions:
                needed[provision] = needed.get(provision, 0) + 1
            if provisions and all(available.get(p, 0) >= n for p, n in needed.items()):
                for provision, count in needed.items():
                    available[provision] -= count
                same[side].append(ref)
            else:
                left[side].append(ref)
    alike = []
    unused = list(same[1])
    for ref in same[0]:
        for index, other in enumerate(unused):
            if other[:2] == ref[:2]:
                alike.append((ref, unused.pop(index)))
                break
    return left[0], left[1], alike


def article_references(text: str) -> list[str]:
    """The article numbers ``text`` cites, in order: "Articles 4 and 5" -> ["4", "5"];
    "Article 8(4)" and "пунктом 4 статьи 8" cite article 8 (a paragraph in brackets is no
    article)."""
    numbers = []
    for is_article, number_text, _ in references(text):
        if is_article:
            bare = re.sub(r"\([^)]*\)", " ", number_text)
            numbers += [_arabic(n) for n in re.findall(r"\d+|\b[IVXLCDM]+\b", bare)]
    return numbers


def _arabic(number: str) -> str:
    return number if number.isdigit() else str(roman_to_int(number) or number)


def renumbering(pairs: tuple[Pair, ...]) -> dict[str, set[str]]:
    """Old article number -> the new numbers of the article(s) it became (empty: removed)."""
    mapping: dict[str, set[str]] = {}
    for pair in pairs:
        olds = [c.number for c in pair.left if c.kind is ClauseKind.ARTICLE and c.number]
        news = {c.number for c in pair.right if c.kind is ClauseKind.ARTICLE and c.number}
        for old in olds:
            mapping.setdefault(old, set()).update(news)
    return mapping


def flag_stray_references(pairs: tuple[Pair, ...]) -> tuple[Pair, ...]:
    """The pairs, re-judged for their cross-references (see the module's docstring)."""
    mapping = renumbering(pairs)
    # When no article was renumbered or removed, a text that did not change cannot hold a
    # stale reference: it is not parsed at all.
    moved_any = any(news != {old} for old, news in mapping.items())
    return tuple(_check(pair, mapping, moved_any, paragraph_renumbering(pair))
                 for pair in pairs)


def paragraph_renumbering(unit: Pair) -> dict[str, set[str]]:
    """Within one article (or regulation, rule...): old paragraph number -> the numbers of
    the paragraph(s) it became; empty when none was renumbered or removed, which is most."""
    mapping: dict[str, set[str]] = {}
    for child in unit.children:
        olds = [c.number for c in child.left if c.kind is ClauseKind.PARAGRAPH and c.number]
        news = {c.number for c in child.right if c.kind is ClauseKind.PARAGRAPH and c.number}
        for old in olds:
            mapping.setdefault(old, set()).update(news)
    return mapping if any(news != {old} for old, news in mapping.items()) else {}


def _check(pair: Pair, mapping: dict[str, set[str]], moved_any: bool = True,
           inner: dict[str, set[str]] | None = None) -> Pair:
    """One pair and its children re-judged (``inner``: the paragraph renumbering of the
    article they belong to, for its references to its own paragraphs)."""
    children = tuple([_check(child, mapping, moved_any, inner) for child in pair.children])
    status, notes, facts = pair.status, pair.notes, pair.stale
    if pair.left and pair.right and pair.diff and (moved_any or inner or len(pair.diff) > 1):
        old, new = diff_sides(pair.diff)
        before = references(old)
        after = before if new == old else references(new)
        if status is Status.UNCHANGED and old != new and _points_elsewhere(before, after, mapping):
            status = Status.MODIFIED
        stale = _stale(before, after, mapping)
        inside = _stale_paragraphs(old, new, inner) if inner else []
        notes = notes + tuple(fact.note for fact, _ in [*((f, None) for f in stale), *inside])
        facts = facts + tuple(stale) + tuple(fact for fact, _ in inside)
        if flaggable(pair):
            flags = _flags_of(pair, old, new, before, after, stale, inside, mapping, inner)
            if flags:
                pair = replace(pair, flags=pair.flags + tuple(sorted(
                    flags, key=lambda flag: -1 if flag.start is None else flag.start)))
    if status is Status.UNCHANGED and any(c.status is not o.status
                                          for c, o in zip(children, pair.children)):
        status = Status.MODIFIED
    if (status is pair.status and notes == pair.notes
            and all(c is o for c, o in zip(children, pair.children))):
        return pair
    return replace(pair, status=status, children=children, notes=notes, stale=facts)


#: A text citing itself or one of its parts by name, not number: "this Article", "the
#: present Convention", "du présent article", "de la présente Convention", "настоящего
#: Соглашения". Which one it cites is the scope of what it says ("information exchanged under
#: this [-Article-]{+Agreement+}": all information, not that of one article).
_SCOPE_NOUNS = (r"articles?|agreement|convention|treaty|protocol|part|annex|chapter|section|"
                r"paragraph|subparagraph|regulations?|rules?|statute|accord|traité|protocole|"
                r"partie|annexe|chapitre|paragraphe|alinéa|règlement")
_SELF_REFERENCE = re.compile(
    rf"\b(?:this|these|the\s+present|(?:le|la|les|du|de\s+la|au|à\s+la|aux|des)\s+"
    rf"présente?s?)\s+(?P<scope>{_SCOPE_NOUNS})\b"
    r"|(?<![\w])настоящ\w*\s+(?P<ru>стать\w*|соглашени\w*|конвенци\w*|договор\w*|"
    r"протокол\w*|част\w*|приложени\w*|глав\w*|раздел\w*|пункт\w*|правил\w*)",
    re.IGNORECASE)
#: A word of those scopes in a change: only then are a pair's texts read for them.
_SCOPE_WORD = re.compile(rf"\b(?:{_SCOPE_NOUNS})\b|стать|соглашени|конвенци|договор|"
                         r"протокол|част|приложени|глав|раздел|пункт|правил", re.IGNORECASE)


def _scope_flags(old: str, new: str, hunks: list[Hunk], where: str) -> tuple[Flag, ...]:
    """A reference flag where a change makes a text cite another of its own scopes ("under
    this Article" -> "under this Agreement"): a change of one or two words that turns the
    self-reference on one side into another on the other."""
    flags = []
    for old_start, old_end, new_start, new_end in hunks:
        if (old_end - old_start > 40 or new_end - new_start > 40
                or old_start == old_end or new_start == new_end):
            continue  # a scope word replaced by another is a short change on both sides
        was, now = _scope_at(old, old_start, old_end), _scope_at(new, new_start, new_end)
        if was is not None and now is not None and _scope(was) != _scope(now):
            flags.append(Flag("reference", was.group(), now.group(), where, now.start(),
                              now.end(), f"reference: {was.group()} → {now.group()}"))
    return tuple(flags)


def _scope_at(text: str, start: int, end: int) -> re.Match[str] | None:
    """The self-reference of ``text`` that the change ``text[start:end]`` falls in."""
    for found in _SELF_REFERENCE.finditer(text, max(0, start - 30), min(len(text), end + 30)):
        if found.start() <= start and end <= found.end():
            return found
    return None


def _scope(found: re.Match[str]) -> str:
    """What a self-reference cites: its noun's stem ("articl", "agreem", "соглаш"; a Russian
    noun's in any case: "настоящей статье" and "настоящей статьи" cite the same article)."""
    if found.group("ru"):
        word = found.group("ru").casefold()
        return next((stem for stem in _RU_SCOPE_STEMS if word.startswith(stem)), word[:6])
    return found.group("scope").casefold()[:6]


#: The stems of the Russian nouns of a self-reference, which its cases share.
_RU_SCOPE_STEMS = ("стать", "соглашени", "конвенци", "договор", "протокол", "част", "приложени",
                   "глав", "раздел", "пункт", "правил")


def _flags_of(pair: Pair, old: str, new: str, before: list, after: list,
              stale: list[StaleReference], inside: list[tuple[StaleReference, tuple]],
              mapping: dict[str, set[str]], inner: dict[str, set[str]] | None
              ) -> tuple[Flag, ...]:
    """The reference flags of a pair the flags read (``result.flaggable``): references that
    now cite another provision or were left stale (``before``/``after``: each side's,
    ``stale``/``inside``: those left stale, to articles and to the article's own paragraphs),
    and a text that now cites another of its own scopes. The diff's runs of changes are read
    once, for whichever needs them."""
    where = " + ".join(pair.right_citations)
    flags: tuple[Flag, ...] = ()
    hunks = None
    if stale or inside or (old != new and _cited(before) != _cited(after)):
        hunks = diff_hunks(pair.diff)
        flags = _reference_flags(old, new, hunks, mapping, where, inner or {},
                                 _own_paragraph(pair))
        flags += tuple(Flag("reference", new[ref[3]:ref[4]], new[ref[3]:ref[4]], where,
                            ref[3], ref[4], fact.note) for fact, ref in inside)
    if any(op != "=" and _SCOPE_WORD.search(text) for op, text in pair.diff):
        flags += _scope_flags(old, new, hunks if hunks is not None else diff_hunks(pair.diff),
                              where)
    return flags


def _cited(refs: list[tuple[bool, str, str]]) -> list[str]:
    """The numbers of these references with the points set apart after them ("11 (b)"):
    what must differ between the sides for a reference to have changed."""
    cited = []
    for _, number, following in refs:
        points = (_POINT_TAIL.match(following) if following[:2].lstrip()[:1] == "("
                  or following[2:3] == ")" or following[3:4] == ")" else None)  # "(b)", " b)"
        if points is None and following[:1] == ".":
            points = _DOTTED_TAIL.match(following)  # "section 10.3", "clause 3.2"
        cited.append(number + points.group() if points else number)
    return cited


def _reference_flags(old: str, new: str, hunks: list[Hunk], mapping: dict[str, set[str]],
                     where: str, inner: dict[str, set[str]],
                     own: tuple[str, str] = ("", "")) -> tuple[Flag, ...]:
    """The ``reference`` flags of a pair: each reference that now cites another provision,
    and each left unchanged although the article it cites was renumbered or removed.

    Not a reference that cites the same provisions in other words (``_same_provisions``), or
    with the same numbers where the other side has them (``_restated``: "(b)-(d)" /
    "subparagraphs (b) to (d)"), nor one in a passage rewritten or a footnote (``_quiet``),
    under the limits of every flag (``result.FLAG_MAX_CHANGED_WORDS``)."""
    located_old, located_new = _located(old), _located(new)
    before, after, alike = _same_provisions(located_old, located_new)
    quiet = _quiet(hunks, old, new)
    before = [ref for ref in before if not _restated(ref, old, new, hunks, 0)]
    after = [ref for ref in after if not _restated(ref, new, old, hunks, 1)]
    flags: list[Flag] = []
    if len(located_old) == len(located_new):  # as the notes are (``_check``)
        for was, now in alike:  # written alike: stale, or no change
            if not _inside(quiet[1], now):
                for fact in _stale([was[:3]], [now[:3]], mapping):
                    flags.append(Flag("reference", old[was[3]:was[4]], new[now[3]:now[4]],
                                      where, now[3], now[4], fact.note))
    flags.extend(_changed_references(before, after, (old, new), quiet, mapping, where, inner,
                                     hunks, own))
    return tuple(sorted(flags, key=lambda flag: -1 if flag.start is None else flag.start))


#: The rule a text export sets above a page's footnotes, carried into the paragraph.
_FOOTNOTE_RULE = re.compile(r"_{10,}")


#: A clause's own number and title at the start of its text, where no sentence cites
#: another provision ("Rule 26 Powers of the President", "Статья 12 Передача информации").
_OWN_HEADING = re.compile(r"\s*((?:Rule|Article|Regulation|Règle|Правило|Статья)\s+"
                          r"\d{1,3}(?:\s*(?:bis|ter))?)\.?\s+(?=[A-ZА-ЯЁ][a-zа-яё])")


#: The next provision's number and title after a paragraph's last sentence, ending it.
_NEXT_HEADING = re.compile(r"[.;]\s+((?:Rule|Article|Regulation|Règle|Правило|Статья)\s+"
                           r"\d{1,3}(?:\s*(?:bis|ter))?)\.?\s+[A-ZА-ЯЁ][^.;:\d]{0,80}\Z")


def _quiet(hunks: list[Hunk], old: str,
           new: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Where, in the older and the newer text, no reference flags: a change of more than
    ``FLAG_MAX_CHANGED_WORDS`` words on either side (a passage rewritten, added or dropped:
    the diff shows it whole, as ``core.flags`` leaves it), and footnotes a text export put
    inside the paragraph (from the rule above them to the end of the change)."""
    spans: tuple[list, list] = ([], [])
    for side, text in enumerate((old, new)):
        heading = _OWN_HEADING.match(text)
        if heading:  # "Rule 26 Powers of the President ...": the clause's own number
            spans[side].append(heading.span(1))
        heading = _NEXT_HEADING.search(text, max(0, len(text) - 120))
        if heading:  # "... supplementary items. Rule 12 Adoption of the agenda": the next
            # provision's number and title, run into the end of the paragraph by a text export
            spans[side].append(heading.span(1))
    for hunk in hunks:
        pieces = (old[hunk[0]:hunk[1]], new[hunk[2]:hunk[3]])
        if any(rewritten(piece, 0, len(piece)) for piece in pieces):
            spans[0].append((hunk[0], hunk[1]))
            spans[1].append((hunk[2], hunk[3]))
            continue
        for side, piece in enumerate(pieces):
            rule = _FOOTNOTE_RULE.search(piece)
            if rule:
                spans[side].append((hunk[2 * side] + rule.start(), hunk[2 * side + 1]))
    return spans


def _inside(spans: list[tuple[int, int]], ref: tuple) -> bool:
    """Whether a located reference reaches into one of these spans."""
    return any(start < ref[4] and ref[3] < end for start, end in spans)


def _counterpart(hunks: list[Hunk], start: int, end: int,
                 side: int) -> tuple[int, int]:
    """Where the text ``start:end`` of one side (0 older, 1 newer) stands on the other: the
    same words where they are unchanged, the whole of a change they reach into."""
    mine, other = 2 * side, 2 - 2 * side
    low, high = start, end
    shift = 0  # other side's offset minus this side's, in the unchanged text reached
    low_done = high_done = False
    for hunk in hunks:
        if not low_done:
            if start < hunk[mine]:
                low, low_done = start + shift, True
            elif start < hunk[mine + 1] or start == hunk[mine] == hunk[mine + 1]:
                low, low_done = hunk[other], True
        if not high_done:
            if end <= hunk[mine]:
                high, high_done = end + shift, True
            elif end <= hunk[mine + 1]:
                high, high_done = hunk[other + 1], True
        if low_done and high_done:
            return low, high
        shift = hunk[other + 1] - hunk[mine + 1]
    return (low if low_done else start + shift), (high if high_done else end + shift)


_NUMERAL = re.compile(r"\(\w{1,6}\)|\d+|\b[IVXLCDM]+\b|\b[A-Z]\b")
#: A higher level before a dot: the "II." of "section II.E".
_DOTTED_HEAD = re.compile(r"\b(?:\d+|[IVXLCDM]+)\.(?=[A-Z0-9])")


def _numerals(text: str) -> list[str]:
    """The numbers and letters that number provisions in ``text``, as values ("(l)" is an
    OCR's "(1)", "II" is 2, "b)" is "(b)")."""
    found = []
    for token in _NUMERAL.findall(_bracketed_points(text)):
        if token.startswith("("):
            token = token[1:-1].casefold()
            found.append("1" if token == "l" else _arabic(token) if token.isdigit() else token)
        else:
            found.append(_arabic(token).casefold())
    return found


#: A range of numbers: "21 to 23", "21-23", "21 à 23", "21–23".
_RANGE = re.compile(r"\b(\d{1,4})\s*(?:to|-|–|à|по)\s*(\d{1,4})\b")


def _ranges_spelt_out(text: str) -> str:
    """``text`` with each short range of numbers or point letters written out ("21 to 23" ->
    "21 22 23", "(a) to (c)" and "a) à c)" -> "(a) (b) (c)")."""
    def spelt(match: re.Match[str]) -> str:
        low, high = int(match.group(1)), int(match.group(2))
        return " ".join(map(str, range(low, high + 1))) if 0 < high - low <= 20 else match.group()

    def letters(match: re.Match[str]) -> str:
        low, high = ord(match.group(1)), ord(match.group(2))
        return (" ".join(f"({chr(code)})" for code in range(low, high + 1))
                if 0 < high - low <= 12 else match.group())
    return _LETTER_RANGE.sub(letters, _RANGE.sub(spelt, _bracketed_points(text)))


#: A range of point letters, once written with brackets: "(b) to (d)", "(b)-(d)".
_LETTER_RANGE = re.compile(r"\(([a-z])\)\s*(?:to|-|–|à|по)\s*\(([a-z])\)")


#: The first article as French names it ("l'article premier").
_ARTICLE_FIRST = re.compile(r"\barticle\s+premi(?:er|ère)\b", re.IGNORECASE)


def _restated(ref: tuple, text: str, other: str, hunks: list[Hunk],
              side: int) -> bool:
    """Whether a reference found on one side only stands where the other side has the same
    numbers in other words or spacing: "not included in (b)-(d)" / "not included in
    subparagraphs (b) to (d) above"; "subpara-graph (b)" / "subparagraph (b)"; "6and 7" /
    "6 and 7"; "section E" / "section II.E" (a higher level named on one side only)."""
    low, high = _counterpart(hunks, ref[3], ref[4], side)
    mine, theirs = text[ref[3]:ref[4]], other[low:high]
    wanted = _numerals(mine)
    if not wanted:
        return False
    if _numerals(theirs) == wanted:
        return True
    if ref[0] and wanted == ["1"] and _ARTICLE_FIRST.search(other, max(0, low - 12), high + 9):
        return True  # "l'article 1" / "l'article premier": the French name of article 1
    if _numerals(_ranges_spelt_out(theirs)) == _numerals(_ranges_spelt_out(mine)):
        return True  # "paragraphs 21, 22 and 23" / "paragraphs 21 to 23"
    heads = bool(_DOTTED_HEAD.search(mine)), bool(_DOTTED_HEAD.search(theirs))
    return heads[0] != heads[1] and (_numerals(_DOTTED_HEAD.sub("", mine))
                                     == _numerals(_DOTTED_HEAD.sub("", theirs)))


#: No flag lists more citations than this: beyond, "…".
_MOST_CITED = 3
#: What may stand between the parts of one citation as written: "annex III, article 6,
#: paragraph 3 (c)", "paragraph 9 of article 52", "article 9 of annex III".
_CITATION_GLUE = re.compile(r"(?:\s*,\s*|\s+of\s+(?:the\s+)?|\s+)")


def _cited_words(refs: list, text: str) -> str:
    """The words of these references as written, one citation cut into parts joined again
    ("annex III, article 6, paragraph 3 (c)"), each said once, a few at most."""
    citations: list[str] = []
    start = end = None
    words: list[str] = []  # the kinds of provision the citation names so far
    for ref in refs:
        word = _provision_word(ref)
        if (end is not None and word not in words
                and _CITATION_GLUE.fullmatch(text, end, ref[3])):
            end = ref[4]  # a lower or higher level of the same citation
            words.append(word)
            continue
        if start is not None:
            citations.append(" ".join(text[start:end].split()))
        start, end, words = ref[3], ref[4], [word]
    if start is not None:
        citations.append(" ".join(text[start:end].split()))
    unique: list[str] = []
    for citation in citations:
        if citation.casefold() not in (seen.casefold() for seen in unique):
            unique.append(citation)
    words = "; ".join(unique[:_MOST_CITED])
    return words + "; …" if len(unique) > _MOST_CITED else words


def _changed_references(before: list, after: list, texts: tuple[str, str],
                        quiet: tuple[list, list], mapping: dict[str, set[str]],
                        where: str, inner: dict[str, set[str]],
                        hunks: list[Hunk] | None = None,
                        own: tuple[str, str] = ("", "")) -> list[Flag]:
    """The ``reference`` flags of the references that do not cite what the other side's
    do (``_same_provisions``), but not in a passage rewritten or a footnote (``quiet``), nor
    one that follows the renumbering of the articles (``mapping``) or of the article's own
    paragraphs (``inner``: "paragraph 2" -> "paragraph 3" after a paragraph inserted), nor
    one the other side cites by its place (``own``: the paragraph's own number in each
    draft)."""
    flags: list[Flag] = []
    if not before and not after:
        return flags
    old, new = texts
    if len(before) == len(after):
        for was, now in zip(before, after):
            if _inside(quiet[0], was) or _inside(quiet[1], now):
                continue
            words = old[was[3]:was[4]], new[now[3]:now[4]]
            if (was[1] != now[1] and not _same_number(was[1], now[1])
                    and not _explained(was[:3], now[:3], mapping)
                    and not _follows_paragraphs(was, now, inner)):
                flags.append(Flag("reference", *words, where, now[3], now[4],
                                  f"reference: {words[0]} → {words[1]}"))
            elif was[1] == now[1]:
                for fact in _stale([was[:3]], [now[:3]], mapping):
                    flags.append(Flag("reference", *words, where, now[3], now[4], fact.note))
        return flags
    # References added or dropped: the ones without a counterpart, renumbering aside.
    expected = [_expected(ref, mapping) | _expected_inside(ref, inner) for ref in before]
    found = [" ".join(_arabic_numerals(ref[5]).split()).casefold() for ref in after]
    gone = [ref for ref, names in zip(before, expected)
            if not names.intersection(found) and not _inside(quiet[0], ref)
            and not _named_by_place(ref, old, new, own[1])]
    came = [ref for ref, name in zip(after, found)
            if not any(name in names for names in expected) and not _inside(quiet[1], ref)
            and not _named_by_place(ref, new, old, own[0])]
    if gone or came:
        words_old, words_new = _cited_words(gone, old), _cited_words(came, new)
        if came:
            start, end = came[0][3], came[-1][4]
        elif hunks is not None:  # where the words stood: an empty place in the newer text
            start = end = _counterpart(hunks, gone[0][3], gone[0][4], 0)[0]
        else:
            start = end = None
        note = (f"reference: {words_old} → {words_new}" if gone and came else
                f"reference added: {words_new}" if came else f"reference removed: {words_old}")
        flags.append(Flag("reference", words_old, words_new, where, start, end, note))
    return flags


#: A paragraph cited by its place rather than its number: "the preceding paragraph",
#: "le paragraphe précédent", "предыдущего пункта" (and the one after).
_BY_PLACE = re.compile(r"\b(?:(?P<before>preceding|previous)\s+paragraph|paragraphe\s+"
                       r"(?:(?P<before_fr>précédent)|(?P<after_fr>suivant))|(?P<after>following)\s+"
                       r"paragraph)\b|(?<![\w])(?:(?P<before_ru>предыдущ)|(?P<after_ru>следующ))"
                       r"[а-яё]*\s+пункт", re.IGNORECASE)
#: The paragraph's own number where it opens ("3. The report ...").
_OWN_NUMBER = re.compile(r"\s*(\d{1,3})\.\s")
#: The words that cite a paragraph by its number.
_PARAGRAPH_WORDS = ("paragraph", "paragraphe", "пункт")


def _own_paragraph(pair: Pair) -> tuple[str, str]:
    """The numbers of the paragraph a pair is, in the older and the newer draft ("" for
    another unit)."""
    older, newer = (next((clause.number for clause in side if clause.kind is ClauseKind.PARAGRAPH
                          and clause.number.isdecimal()), "")
                    for side in (pair.left, pair.right))
    return older, newer


def _named_by_place(ref: tuple, text: str, other: str, own: str = "") -> bool:
    """Whether a paragraph ``text`` cites by its number (``ref``) is cited by its place in
    ``other``, and the place says the same paragraph: paragraph 3 citing "paragraph 2" /
    "the preceding paragraph". ``own`` is the paragraph's number where ``other`` stands;
    without it, the number that opens its text ("3. The report ...", a paragraph not cut
    from its article)."""
    word = ref[5].split()[0].casefold() if ref[5].split() else ""
    opening = _OWN_NUMBER.match(text) or _OWN_NUMBER.match(other)
    here = int(own) if own else int(opening.group(1)) if opening else None
    if not word.startswith(_PARAGRAPH_WORDS) or here is None or not ref[1].isdecimal():
        return False
    cited = int(ref[1])
    for found in _BY_PLACE.finditer(other):
        step = -1 if (found.group("before") or found.group("before_fr")
                      or found.group("before_ru")) else 1
        if cited == here + step:
            return True
    return False


_ROMAN_NUMERAL = re.compile(r"(?<!\()\b[IVXLCDM]+\b(?!\))")


def _arabic_numerals(text: str) -> str:
    """ "Annex II" -> "Annex 2": a numeral written the other way is the same reference (a
    point "(c)" is a letter, not a hundred)."""
    return _ROMAN_NUMERAL.sub(lambda m: _arabic(m.group()), text)


def _same_number(old: str, new: str) -> bool:
    """Whether two reference numbers differ only in how they are written ("I" / "1")."""
    return _arabic_numerals(old) == _arabic_numerals(new)


def _expected(ref: tuple[bool, str, str, int, int, str], mapping: dict[str, set[str]]) -> set[str]:
    """What an older reference reads as in the newer draft, after the renumbering."""
    text = " ".join(_arabic_numerals(ref[5]).split()).casefold()
    names = {text}
    head = _LEADING_NUMBER.match(ref[1])
    if ref[0] and head:
        prefix = " ".join(ref[5][:len(ref[5]) - len(ref[1])].split()).casefold()
        prefix = prefix + " " if prefix else ""
        for number in mapping.get(_arabic(head.group()), ()):
            names.add((prefix + number + ref[1][head.end():]).casefold())
    return names


def _explained(was: tuple[bool, str, str], now: tuple[bool, str, str],
               mapping: dict[str, set[str]]) -> bool:
    """Whether one changed reference follows the renumbering (see ``_points_elsewhere``)."""
    return not _points_elsewhere([was], [now], mapping)


def _points_elsewhere(before: list[tuple[bool, str, str]], after: list[tuple[bool, str, str]],
                      mapping: dict[str, set[str]]) -> bool:
    """Whether a changed reference now cites something else than the renumbering explains."""
    if len(before) != len(after):
        return True
    for (old_article, old_number, _), (new_article, new_number, _) in zip(before, after):
        if old_number == new_number:
            continue
        if not (old_article and new_article):
            return True  # a paragraph, point or annex reference changed
        old_head, new_head = _LEADING_NUMBER.match(old_number), _LEADING_NUMBER.match(new_number)
        if not old_head or not new_head:
            return True
        if old_number[old_head.end():] != new_number[new_head.end():]:
            return True  # "Article 7(2)" -> "Article 9(3)": the paragraph changed too
        was, now = _arabic(old_head.group()), _arabic(new_head.group())
        if now not in mapping.get(was, {was}):
            return True
    return False


def _stale(before: list[tuple[bool, str, str]], after: list[tuple[bool, str, str]],
           mapping: dict[str, set[str]]) -> list[StaleReference]:
    """Article references left unchanged although that article was renumbered or removed,
    each with its note in English ("cites Article 2, but the old Article 2 is now Article 3:
    check the cross-reference") and the numbers a view needs to say it in another language."""
    notes: list[StaleReference] = []
    if len(before) != len(after):
        return notes
    for (is_article, old_number, _), (_, new_number, following) in zip(before, after):
        if not is_article or old_number != new_number or _OTHER_TREATY.match(following):
            continue
        for number in re.findall(r"\d+|\b[IVXLCDM]+\b", old_number)[:1]:
            was = _arabic(number)
            became = mapping.get(was)
            if became is None or was in became:
                continue
            now = tuple(sorted(became, key=_sort_key))
            if now:
                articles = " or ".join(f"Article {n}" for n in now)
                notes.append(StaleReference(number, now, f"cites Article {number}, but the old "
                                            f"Article {number} is now {articles}: check the "
                                            "cross-reference"))
            else:
                notes.append(StaleReference(number, now, f"cites Article {number}, which the "
                                            "newer draft removed: check the cross-reference"))
    return notes


#: The words of a reference to a paragraph: of the same article when nothing after it names
#: another ("paragraph 2", "paragraph 2 of this article"; not "paragraph 2 of article 5").
_PARAGRAPH_WORDS = ("paragraph", "paragraphs", "para.", "paras.", "paragraphe", "paragraphes",
                    "пункт")
_OTHER_UNIT = re.compile(r"\s*(?:\([^)]*\)\s*)*(?:,\s*|\s+)(?:of|in|under|de|du|des|de\s+la|"
                         r"à)\s+(?!this\b|the\s+present\b|la\s+présente\b|le\s+présent\b|"
                         r"présent)|\s*(?:,\s*)?(?:стать|приложени|правил)", re.IGNORECASE)


def _paragraph_cited(ref: tuple) -> str | None:
    """The number of the article's own paragraph a located reference cites, if it cites
    one ("paragraph 2", "paragraphe 2 du présent article"); None otherwise."""
    word = ref[5][:len(ref[5]) - len(ref[1])].strip().casefold()
    if not word.startswith(_PARAGRAPH_WORDS) or _OTHER_UNIT.match(ref[2]):
        return None
    head = _LEADING_NUMBER.match(ref[1])
    return _arabic(head.group()) if head else None


def _follows_paragraphs(was: tuple, now: tuple, inner: dict[str, set[str]]) -> bool:
    """Whether a changed reference to one of the article's own paragraphs follows their
    renumbering ("paragraph 2" -> "paragraph 3" where paragraph 2 became 3)."""
    cited, citing = _paragraph_cited(was), _paragraph_cited(now)
    if not inner or cited is None or citing is None:
        return False
    old_head, new_head = _LEADING_NUMBER.match(was[1]), _LEADING_NUMBER.match(now[1])
    return (was[1][old_head.end():] == now[1][new_head.end():]
            and citing in inner.get(cited, {cited}))


def _expected_inside(ref: tuple, inner: dict[str, set[str]]) -> set[str]:
    """What an older reference to one of the article's paragraphs reads as in the newer
    draft, after their renumbering (see ``_expected``)."""
    cited = _paragraph_cited(ref) if inner else None
    if cited is None:
        return set()
    head = _LEADING_NUMBER.match(ref[1])
    prefix = " ".join(ref[5][:len(ref[5]) - len(ref[1])].split()).casefold()
    return {f"{prefix} {number}{ref[1][head.end():]}".casefold()
            for number in inner.get(cited, ())}


def _stale_paragraphs(old: str, new: str, inner: dict[str, set[str]]
                      ) -> list[tuple[StaleReference, tuple]]:
    """References to one of the article's own paragraphs left as they were although that
    paragraph was renumbered or removed: each with its note and its place in the newer text."""
    located_old, located_new = _located(old), _located(new)
    found: list[tuple[StaleReference, tuple]] = []
    if len(located_old) != len(located_new):
        return found
    for was, now in zip(located_old, located_new):
        cited = _paragraph_cited(was)
        if cited is None or was[1] != now[1] or _paragraph_cited(now) != cited:
            continue
        became = inner.get(cited)
        if not became or cited in became:
            continue  # (not "removed": two drafts may cut an article's text otherwise)
        number = _LEADING_NUMBER.match(was[1]).group()
        numbers = tuple(sorted(became, key=_sort_key))
        note = (f"cites paragraph {number}, but the old paragraph {number} is now paragraph "
                f"{' or '.join(numbers)}: check the cross-reference")
        found.append((StaleReference(number, numbers, note, "paragraph"), now))
    return found


def _sort_key(number: str) -> tuple[int, str]:
    digits = re.match(r"\d+", number)
    return (int(digits.group()) if digits else 0, number)
