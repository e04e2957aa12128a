"""The engine's own sentences, said in the interface's language.

``core/`` says in English what two language versions do not agree on (``Mismatch.detail``),
what happened to a provision through a series of drafts (``lineage.describe``) and why a
cross-reference looks stale (``Pair.notes``): the CLI and the JSON print those as they are.
The window says the same from the facts the engine keeps beside each sentence
(``Mismatch``'s fields, ``lineage.story``'s events, ``Pair.stale``), with Qt's translations,
so a Russian or French window has no English sentence in it. The order of the pieces and
what is said at all stay the engine's: only the words are chosen here. In English the
sentences are the engine's own, word for word, except where a translation needs a form the
engine's sentence cannot give (see ``mismatch_text``).
"""

from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from ..core.describe import FLAG_TITLES, flag_words
from ..core.lineage import Event, History, Lineage, story
from ..core.result import Mismatch, Pair, StaleReference
from .i18n import change_name, language_name, plural

# "in English": where something is found, as the mismatches say it. Russian and French need
# the language's name in a form of its own here ("в английском тексте", "dans la version
# anglaise"), which the plain names of ``i18n.LANGUAGE_NAMES`` cannot give.
IN_LANGUAGE = {
    "en": QT_TRANSLATE_NOOP("EngineWords", "in English"),
    "fr": QT_TRANSLATE_NOOP("EngineWords", "in French"),
    "es": QT_TRANSLATE_NOOP("EngineWords", "in Spanish"),
    "de": QT_TRANSLATE_NOOP("EngineWords", "in German"),
    "it": QT_TRANSLATE_NOOP("EngineWords", "in Italian"),
    "nl": QT_TRANSLATE_NOOP("EngineWords", "in Dutch"),
    "pt": QT_TRANSLATE_NOOP("EngineWords", "in Portuguese"),
    "ru": QT_TRANSLATE_NOOP("EngineWords", "in Russian"),
    "uk": QT_TRANSLATE_NOOP("EngineWords", "in Ukrainian"),
    "el": QT_TRANSLATE_NOOP("EngineWords", "in Greek"),
    "ar": QT_TRANSLATE_NOOP("EngineWords", "in Arabic"),
    "zh": QT_TRANSLATE_NOOP("EngineWords", "in Chinese"),
}


def in_language(code: str) -> str:
    """ "in English", "в английском тексте", "dans la version anglaise"."""
    if code in IN_LANGUAGE:
        return QCoreApplication.translate("EngineWords", IN_LANGUAGE[code])
    return QCoreApplication.translate("EngineWords", "in the version in {language}").format(
        language=code or "?")


# -- two language versions ---------------------------------------------------------------------


def mismatch_text(mismatch: Mismatch, languages: Sequence[str]) -> str:
    """What two language versions do not agree on, from the mismatch's facts: "numbers
    differ: 5 in English only; 6 in Russian only". A clause in one version only reads "in
    English only, not in Russian" (the engine's English says "in the English version only,
    not in the Russian", which has no form to translate the language names into)."""
    left, right = (in_language(code) for code in (list(languages) + ["", ""])[:2])
    if mismatch.kind == "number":
        parts = [QCoreApplication.translate("EngineWords", "{numbers} {in_language} only")
                 .format(numbers=numbers, in_language=where)
                 for numbers, where in ((mismatch.left, left), (mismatch.right, right)) if numbers]
        between = QCoreApplication.translate("EngineWords", "; ", "between the two versions' "
                                             "numbers")
        return QCoreApplication.translate("EngineWords", "numbers differ: {details}").format(
            details=between.join(parts))
    if mismatch.kind == "reference":
        return QCoreApplication.translate(
            "EngineWords", "cites {left_articles} {in_left}, {right_articles} {in_right}").format(
            left_articles=_articles(mismatch.left), in_left=left,
            right_articles=_articles(mismatch.right), in_right=right)
    if mismatch.kind == "count" and mismatch.left.isdecimal() and mismatch.right.isdecimal():
        say = plural().points if mismatch.counted == "point" else plural().paragraphs
        return QCoreApplication.translate(
            "EngineWords", "{left_count} {in_left}, {right_count} {in_right}").format(
            left_count=say(int(mismatch.left)), in_left=left,
            right_count=say(int(mismatch.right)), in_right=right)
    if mismatch.kind == "missing":
        present, absent = (left, right) if mismatch.left else (right, left)
        return QCoreApplication.translate("EngineWords", "{in_present} only, not {in_absent}") \
            .format(in_present=present, in_absent=absent)
    return mismatch.detail


def _articles(numbers: str) -> str:
    """ "Article 3", "Articles 3, 4", "no article": the articles one version cites."""
    listed = [number for number in numbers.split(", ") if number]
    if not listed:
        return QCoreApplication.translate("EngineWords", "no article")
    if len(listed) == 1:
        return QCoreApplication.translate("EngineWords", "Article {number}").format(
            number=listed[0])
    return QCoreApplication.translate("EngineWords", "Articles {numbers}").format(
        numbers=", ".join(listed))


# -- notes on stale cross-references -----------------------------------------------------------


def stale_text(fact: StaleReference) -> str:
    """ "cites Article 2, but the old Article 2 is now Article 3: check the cross-reference";
    "cites paragraph 2, ..." for one of the article's own paragraphs (only ever renumbered)."""
    if fact.level == "paragraph":
        template = QCoreApplication.translate(
            "EngineWords", "cites paragraph {cited}, but the old paragraph {cited} is now "
            "paragraph {numbers}: check the cross-reference")
    elif not fact.now:
        template = QCoreApplication.translate(
            "EngineWords", "cites Article {cited}, which the newer draft removed: check the "
            "cross-reference")
    else:
        template = QCoreApplication.translate(
            "EngineWords", "cites Article {cited}, but the old Article {cited} is now Article "
            "{numbers}: check the cross-reference")
    numbers = QCoreApplication.translate("EngineWords", " or ").join(fact.now)
    return template.format(cited=fact.cited, numbers=numbers)


def note_text(pair: Pair, note: str) -> str:
    """One of the engine's notes on a pair, in the interface's language when its facts are
    known (a stale cross-reference); as the engine wrote it otherwise."""
    for fact in pair.stale:
        if fact.note == note:
            return stale_text(fact)
    return note


# -- tooltips of a pair --------------------------------------------------------------------


def status_words(pair: Pair, languages: Sequence[str]) -> str:
    """The mark's words: "modified, moved, renumbered" (``describe.status_words``), or what
    two language versions do not agree on."""
    if pair.mismatches:
        return "; ".join(mismatch_text(mismatch, languages) for mismatch in pair.mismatches)
    words = [pair.status.value] + ["moved"] * pair.moved + ["renumbered"] * pair.renumbered
    return ", ".join(change_name(word).lower() for word in words)


def flag_title(kind: str) -> str:
    """ "Strength of obligation": a kind of substantive change (the navigator's words)."""
    return QCoreApplication.translate("Navigator", FLAG_TITLES.get(kind, kind))


#: The notes of flags (``core.result.FLAG_NOTES``, by key): "{words}" are the words of the
#: drafts, "{was}" a cross-reference's older words.
FLAG_NOTES = {
    "chosen": QT_TRANSLATE_NOOP("EngineWords", "alternative chosen: {words}"),
    "agreed": QT_TRANSLATE_NOOP("EngineWords", "brackets removed (agreed): {words}"),
    "dropped": QT_TRANSLATE_NOOP("EngineWords", "alternative dropped: {words}"),
    "added": QT_TRANSLATE_NOOP("EngineWords", "alternative added: {words}"),
    "removed": QT_TRANSLATE_NOOP("EngineWords", "bracketed text removed"),
    "replaced": QT_TRANSLATE_NOOP("EngineWords", "bracketed text replaced: {words}"),
    "opened": QT_TRANSLATE_NOOP("EngineWords", "brackets opened: {words}"),
    "reordered": QT_TRANSLATE_NOOP("EngineWords", "alternatives reordered"),
    "changed": QT_TRANSLATE_NOOP("EngineWords", "bracketed text changed"),
    "cites": QT_TRANSLATE_NOOP("EngineWords", "cross-reference now cites {words}"),
    "cites instead": QT_TRANSLATE_NOOP("EngineWords",
                                       "cross-reference now cites {words} (was {was})"),
    "reference removed": QT_TRANSLATE_NOOP("EngineWords", "cross-reference removed: {words}"),
    "filled": QT_TRANSLATE_NOOP("EngineWords", "placeholder filled in: {words}"),
    "filled by footnote": QT_TRANSLATE_NOOP("EngineWords",
                                            "placeholder filled in by footnote {words}"),
    "placeholder removed": QT_TRANSLATE_NOOP("EngineWords", "placeholder removed: {words}"),
    "placeholder added": QT_TRANSLATE_NOOP("EngineWords", "placeholder added: {words}"),
}


def flag_note(pair: Pair, flag, note: str) -> str:
    """A flag's note ("alternative chosen: shall") in the interface's language, from the
    facts the engine kept (``Flag.said``); a stale cross-reference's from ``Pair.stale``."""
    if not flag.said:
        return note_text(pair, note)
    return QCoreApplication.translate("EngineWords", "; ").join(
        QCoreApplication.translate("EngineWords", FLAG_NOTES[key]).format(
            words=words[0] if words else "", was=words[1] if len(words) > 1 else "")
        for key, *words in flag.said)


def flag_text(pair: Pair, flag) -> str:
    """ "shall → should (alternative chosen: shall)", its note in the interface's language."""
    return flag_words(flag, note=lambda note: flag_note(pair, flag, note))


def flags_tip(pair: Pair) -> str:
    """The pair's substantive changes, one a line: "Strength of obligation: shall → should"."""
    return "\n".join(QCoreApplication.translate("EngineWords", "{kind}: {words}").format(
        kind=flag_title(flag.kind), words=flag_text(pair, flag)) for flag in pair.flags)


def pair_tip(pair: Pair, languages: Sequence[str]) -> str:
    """The tooltip of a pair's mark or outline entry: its change, then its flags."""
    substantive = flags_tip(pair)
    return status_words(pair, languages) + (f"\n{substantive}" if substantive else "")


# -- the history of a provision ----------------------------------------------------------------


def event_text(event: Event) -> str:
    """One event, without its draft: "modified (renumbered to Article 6)" (``event_words``)."""
    if event.status == "parallel":   # the draft is another language version of the one before
        return QCoreApplication.translate("EngineWords", "language version ({language})").format(
            language=language_name(event.language))
    if event.status == "added":
        return QCoreApplication.translate("EngineWords", "added")
    if event.status == "removed":
        return QCoreApplication.translate("EngineWords", "removed")
    if event.status == "modified":
        main = QCoreApplication.translate("EngineWords", "modified")
    elif event.status == "split":
        main = QCoreApplication.translate("EngineWords", "split into {citations}").format(
            citations=event.now)
    elif event.status == "merged":
        main = QCoreApplication.translate("EngineWords", "merged into {citation}").format(
            citation=event.now)
    else:
        main = ""
    extra = []
    if event.renumbered:
        extra.append(QCoreApplication.translate("EngineWords", "renumbered to {citation}")
                     .format(citation=event.now))
    if event.dropped:
        extra.append(QCoreApplication.translate("EngineWords", "{citations} removed")
                     .format(citations=" + ".join(event.dropped)))
    if event.moved:
        extra.append(QCoreApplication.translate("EngineWords", "moved"))
    if not main:
        return ", ".join(extra)
    if not extra:
        return main
    return QCoreApplication.translate("EngineWords", "{change} ({details})").format(
        change=main, details=", ".join(extra))


def story_text(lineage: Lineage, labels: Sequence[str]) -> str:
    """ "added in D2, modified in D3 (renumbered to Article 6), unchanged since"."""
    told = story(lineage, labels)
    if not told.events:
        return QCoreApplication.translate("EngineWords", "unchanged throughout")
    parts = [QCoreApplication.translate("EngineWords", "{change} in {draft}").format(
        change=event_text(event), draft=event.draft) for event in told.events]
    if told.unchanged_since:
        parts.append(QCoreApplication.translate("EngineWords", "unchanged since"))
    return QCoreApplication.translate("EngineWords", ", ", "between the events of a story") \
        .join(parts)


def provision_story(found: History, lineage: Lineage) -> str:
    """ "Article 5 (Scope): added in D2, ..." (``History.story``)."""
    return QCoreApplication.translate("EngineWords", "{provision}: {story}").format(
        provision=found.first_name(lineage), story=story_text(lineage, found.labels))


__all__ = ["IN_LANGUAGE", "event_text", "flag_text", "flag_title", "flags_tip", "in_language",
           "mismatch_text", "note_text", "pair_tip", "provision_story", "stale_text",
           "status_words", "story_text"]
