"""The briefing's own words in English, French or Russian, whatever the window's language.

A briefing goes to a head of delegation who may read French or Russian. Its labels (cover,
headings, tables, legends, page furniture, the kinds of change) are looked up here by their
English text; the drafts' own words, citations and the team's notes are printed as they are.
Runs of units changed alike are said in the briefing's language too ("Articles 5–7 renumérotés
(auparavant 4–6)"), and so are the sentences the engine composes in English (what two
language versions do not agree on, a note on a stale cross-reference): they are said again
here from the facts the engine keeps beside them (``Mismatch``'s fields, ``Pair.stale``). An
English briefing prints the engine's own sentences, word for word.
"""

from __future__ import annotations

from datetime import datetime
from typing import Callable, Sequence

from ..core.language import name as english_name
from ..core.result import Flag, Mismatch, Pair, StaleReference

#: The languages a briefing can be written in (``BriefingOptions.language``).
LANGUAGES = {"en": "English", "fr": "Français", "ru": "Русский"}

_FR = {
    "Briefing": "Note d'information",
    "Comparison of two drafts, clause by clause": "Comparaison de deux projets, clause par clause",
    "Two language versions, side by side": "Deux versions linguistiques, en regard",
    "Older draft": "Projet antérieur", "Newer draft": "Projet ultérieur",
    "Title": "Titre", "Last modified": "Dernière modification", "SHA-256": "SHA-256",
    "Clauses": "Clauses", "Prepared by": "Établi par", "Date": "Date",
    "Handling marking": "Mention de protection", "Contents": "Sommaire",
    "All clauses": "Toutes les clauses", "Changed clauses only": "Clauses modifiées seulement",
    "not available": "non disponible", "(unnamed)": "(sans nom)",
    "not available (file not read)": "non disponible (fichier non lu)",
    "How to read the changes: ": "Lecture des modifications : ",
    "deleted words are struck through": "les mots supprimés sont barrés",
    "inserted words are underlined": "les mots ajoutés sont soulignés",
    "Executive summary": "Résumé", "Change": "Modification",
    "Articles and other units": "Articles et autres unités",
    "Changes at a glance": "Les modifications en bref",
    "No clause changed between the two drafts.":
        "Aucune clause n'a changé entre les deux projets.",
    "Red lines": "Lignes rouges",
    "No clause carries a note tagged Red line.":
        "Aucune clause ne porte de note « ligne rouge ».",
    "Substantive changes": "Modifications de fond",
    "Rewritten at length, not read for substantive changes (see the detail):":
        "Passages réécrits en longueur, non lus pour les modifications de fond (voir le "
        "détail) :",
    "No substantive change was flagged (obligation, negation, number, cross-reference, party, "
    "bracket or placeholder).":
        "Aucune modification de fond n'a été relevée (obligation, négation, nombre, renvoi, "
        "partie, crochets ou texte à compléter).",
    "Changed clauses, clause by clause": "Clauses modifiées, clause par clause",
    "All clauses, clause by clause": "Toutes les clauses, clause par clause",
    "There is nothing to list.": "Rien à signaler.",
    "Clause": "Clause", "Notes": "Notes",
    "Text (deletions struck through, insertions underlined)":
        "Texte (suppressions barrées, ajouts soulignés)",
    "Page": "Page", "of": "sur",
    "Each article below gives, per clause, the two versions one under the other and what does "
    "not agree between them.":
        "Chaque article ci-dessous donne, clause par clause, les deux versions l'une sous "
        "l'autre et ce qui ne concorde pas.",
    "Each article gives, per clause, the two versions one under the other and what does not "
    "agree between them.":
        "Chaque article donne, clause par clause, les deux versions l'une sous l'autre et ce "
        "qui ne concorde pas.",
    "A removed clause shows its old text alone.":
        "Une clause supprimée est donnée dans son ancien texte seul.",
    "Each article below gives, per clause: ": "Chaque article ci-dessous donne, par clause : ",
    " (where there are notes)": " (là où il y a des notes)",
    "Each article gives, per clause: the clause and its kind of change; its text with "
    "deletions struck through and insertions underlined":
        "Chaque article donne, par clause : la clause et la nature de la modification ; son "
        "texte, suppressions barrées et ajouts soulignés",
    "; the team's notes, where there are some": " ; les notes de l'équipe, s'il y en a",
    "Language versions": "Versions linguistiques",
    "Negotiating history": "Historique de la négociation", "Provision": "Disposition",
    "(continued)": "(suite)",
    # kinds of change
    "modified": "modifiée", "added": "ajoutée", "removed": "supprimée", "moved": "déplacée",
    "renumbered": "renumérotée", "split": "scindée", "merged": "fusionnée",
    "unchanged": "inchangée", "modified in its paragraphs": "modifiée dans ses paragraphes",
    "versions agree": "les versions concordent", "parallel": "en regard",
    # the counts of two language versions
    "read in parallel": "unités lues en regard", "mismatches found": "divergences relevées",
    "in one version only": "unités dans une seule version", "Check": "Vérification", "Number": "Nombre",
    # kinds of substantive change
    "Strength of obligation": "Force de l'obligation", "Negation": "Négation",
    "Numbers, dates and periods": "Nombres, dates et délais",
    "Cross-references": "Renvois", "Parties and actors": "Parties et acteurs",
    "Brackets and alternatives": "Crochets et variantes", "Placeholders": "Textes à compléter",
}

_RU = {
    "Briefing": "Справка",
    "Comparison of two drafts, clause by clause": "Сравнение двух проектов, постатейно",
    "Two language versions, side by side": "Две языковые версии, параллельно",
    "Older draft": "Предыдущий проект", "Newer draft": "Новый проект",
    "Title": "Название", "Last modified": "Изменён", "SHA-256": "SHA-256",
    "Clauses": "Положений", "Prepared by": "Подготовил(а)", "Date": "Дата",
    "Handling marking": "Гриф", "Contents": "Содержание",
    "All clauses": "Все положения", "Changed clauses only": "Только изменённые положения",
    "not available": "нет данных", "(unnamed)": "(без имени)",
    "not available (file not read)": "нет данных (файл не прочитан)",
    "How to read the changes: ": "Как читать изменения: ",
    "deleted words are struck through": "исключённые слова зачёркнуты",
    "inserted words are underlined": "добавленные слова подчёркнуты",
    "Executive summary": "Краткое изложение", "Change": "Изменение",
    "Articles and other units": "Статьи и другие единицы",
    "Changes at a glance": "Изменения вкратце",
    "No clause changed between the two drafts.":
        "Ни одно положение не изменилось между двумя проектами.",
    "Red lines": "Красные линии",
    "No clause carries a note tagged Red line.":
        "Ни одно положение не отмечено как «красная линия».",
    "Substantive changes": "Изменения по существу",
    "Rewritten at length, not read for substantive changes (see the detail):":
        "Фрагменты, переписанные целиком, не проверялись на изменения по существу "
        "(см. подробности):",
    "No substantive change was flagged (obligation, negation, number, cross-reference, party, "
    "bracket or placeholder).":
        "Изменений по существу не выявлено (обязательство, отрицание, число, ссылка, "
        "сторона, квадратные скобки или текст для заполнения).",
    "Changed clauses, clause by clause": "Изменённые положения, по одному",
    "All clauses, clause by clause": "Все положения, по одному",
    "There is nothing to list.": "Перечислять нечего.",
    "Clause": "Положение", "Notes": "Примечания",
    "Text (deletions struck through, insertions underlined)":
        "Текст (исключения зачёркнуты, добавления подчёркнуты)",
    "Page": "Стр.", "of": "из",
    "Each article below gives, per clause, the two versions one under the other and what does "
    "not agree between them.":
        "Для каждой статьи ниже приводятся по каждому положению обе версии, одна под "
        "другой, и то, в чём они расходятся.",
    "Each article gives, per clause, the two versions one under the other and what does not "
    "agree between them.":
        "Для каждой статьи приводятся по каждому положению обе версии, одна под другой, и "
        "то, в чём они расходятся.",
    "A removed clause shows its old text alone.":
        "Для исключённого положения приводится только его прежний текст.",
    "Each article below gives, per clause: ": "Для каждой статьи ниже по каждому положению: ",
    " (where there are notes)": " (при наличии примечаний)",
    "Each article gives, per clause: the clause and its kind of change; its text with "
    "deletions struck through and insertions underlined":
        "Для каждой статьи по каждому положению: положение и вид изменения; его текст, "
        "исключения зачёркнуты, добавления подчёркнуты",
    "; the team's notes, where there are some": "; примечания группы, если они есть",
    "Language versions": "Языковые версии",
    "Negotiating history": "История переговоров", "Provision": "Положение",
    "(continued)": "(продолжение)",
    "modified": "изменено", "added": "добавлено", "removed": "исключено",
    "moved": "перемещено", "renumbered": "перенумеровано", "split": "разделено",
    "merged": "объединено", "unchanged": "без изменений",
    "modified in its paragraphs": "изменено в пунктах", "versions agree": "версии совпадают",
    "parallel": "параллельно",
    "read in parallel": "сопоставлено единиц", "mismatches found": "найдено расхождений",
    "in one version only": "единиц только в одной версии", "Check": "Проверка", "Number": "Количество",
    "Strength of obligation": "Сила обязательства", "Negation": "Отрицание",
    "Numbers, dates and periods": "Числа, даты и сроки", "Cross-references": "Ссылки",
    "Parties and actors": "Стороны и субъекты", "Brackets and alternatives":
        "Квадратные скобки и варианты", "Placeholders": "Текст для заполнения",
}

_INTRO = ("The two texts are language versions of one instrument: paired by structure "
          "(articles, paragraphs, points by number and place), not compared word by "
          "word. Checked in each pair: numbers, dates and amounts; the articles cited; "
          "the number of paragraphs and points; a clause present in one version only.")
_AGREE = ("The two versions agree on every check: numbers, references, paragraph and point "
          "counts, and every clause is in both.")
_FR.update({
    _INTRO: "Les deux textes sont des versions linguistiques d'un même instrument : appariés "
            "par leur structure (articles, paragraphes, alinéas par numéro et par place), non "
            "comparés mot à mot. Contrôlés dans chaque paire : nombres, dates et montants ; "
            "articles cités ; nombre de paragraphes et d'alinéas ; clause présente dans une "
            "seule version.",
    _AGREE: "Les deux versions concordent sur chaque contrôle : nombres, renvois, nombre de "
            "paragraphes et d'alinéas, et chaque clause figure dans les deux.",
})
_RU.update({
    _INTRO: "Оба текста являются языковыми версиями одного документа: сопоставлены по "
            "структуре (статьи, пункты, подпункты по номеру и месту), а не пословно. В каждой "
            "паре проверены: числа, даты и суммы; статьи, на которые даются ссылки; число "
            "пунктов и подпунктов; положение, имеющееся только в одной версии.",
    _AGREE: "Обе версии совпадают по всем проверкам: числа, ссылки, число пунктов и "
            "подпунктов; каждое положение есть в обеих.",
})

#: A run's change words for several units ("Articles 5–7 modified"): plural forms.
_RUN_WORDS = {
    "fr": {"modified": "modifiés", "added": "ajoutés", "removed": "supprimés",
           "moved": "déplacés", "renumbered": "renumérotés", "split": "scindés",
           "merged": "fusionnés", "modified in their paragraphs":
               "modifiés dans leurs paragraphes", "were": "auparavant"},
    "ru": {"modified": "изменены", "added": "добавлены", "removed": "исключены",
           "moved": "перемещены", "renumbered": "перенумерованы", "split": "разделены",
           "merged": "объединены", "modified in their paragraphs": "изменены в пунктах",
           "were": "ранее"},
}

_CATALOGUES = {"fr": _FR, "ru": _RU}


def run_phrase(run, language: str) -> str:
    """A run of units changed alike ("Articles 74–85 renumbered (were 73–84)") in
    ``language``; the units as the drafts cite them."""
    words = _RUN_WORDS.get(language)
    if words is None or not getattr(run, "units", ""):
        return run.text
    said = ", ".join(words.get(piece, piece) for piece in run.words.split(", "))
    text = f"{run.units} {said}"
    return text + (f" ({words['were']} {run.were})" if run.were else "")

_MONTHS = {
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
           "сентября", "октября", "ноября", "декабря"),
}


def translator(language: str) -> Callable[[str], str]:
    """``t(text)``: the briefing label ``text`` in ``language`` (itself if not known)."""
    catalogue = _CATALOGUES.get(language, {})
    return lambda text: catalogue.get(text, text)


def colon(language: str) -> str:
    """ ": " before what a label introduces; French sets a space before it (" : ")."""
    return " : " if language == "fr" else ": "


def semicolon(language: str) -> str:
    """ "; " between two clauses of a sentence; French sets a space before it (" ; ")."""
    return " ; " if language == "fr" else "; "


def date_text(when: datetime, language: str, with_time: bool = True) -> str:
    """ "01 December 2026, 09:30" / "1 décembre 2026, 09:30" / "1 декабря 2026 г., 09:30"."""
    clock = f", {when:%H:%M}" if with_time else ""
    if language not in _MONTHS:
        return when.strftime("%d %B %Y") + clock
    month = _MONTHS[language][when.month - 1]
    year = f"{when.year} г." if language == "ru" else str(when.year)
    return f"{when.day} {month} {year}{clock}"


# -- the drafts' languages, and the engine's sentences ------------------------------------------

#: A draft's language as a briefing names it: (the language, "the X version" as a role on the
#: cover, "in the X version" where a mismatch is found), per briefing language.
_LANGUAGE_FORMS = {
    "fr": {"en": ("anglais", "Version anglaise", "dans la version anglaise"),
           "fr": ("français", "Version française", "dans la version française"),
           "es": ("espagnol", "Version espagnole", "dans la version espagnole"),
           "de": ("allemand", "Version allemande", "dans la version allemande"),
           "it": ("italien", "Version italienne", "dans la version italienne"),
           "nl": ("néerlandais", "Version néerlandaise", "dans la version néerlandaise"),
           "pt": ("portugais", "Version portugaise", "dans la version portugaise"),
           "ru": ("russe", "Version russe", "dans la version russe"),
           "uk": ("ukrainien", "Version ukrainienne", "dans la version ukrainienne"),
           "el": ("grec", "Version grecque", "dans la version grecque"),
           "ar": ("arabe", "Version arabe", "dans la version arabe"),
           "zh": ("chinois", "Version chinoise", "dans la version chinoise")},
    "ru": {"en": ("английский", "Английский текст", "в английском тексте"),
           "fr": ("французский", "Французский текст", "во французском тексте"),
           "es": ("испанский", "Испанский текст", "в испанском тексте"),
           "de": ("немецкий", "Немецкий текст", "в немецком тексте"),
           "it": ("итальянский", "Итальянский текст", "в итальянском тексте"),
           "nl": ("нидерландский", "Нидерландский текст", "в нидерландском тексте"),
           "pt": ("португальский", "Португальский текст", "в португальском тексте"),
           "ru": ("русский", "Русский текст", "в русском тексте"),
           "uk": ("украинский", "Украинский текст", "в украинском тексте"),
           "el": ("греческий", "Греческий текст", "в греческом тексте"),
           "ar": ("арабский", "Арабский текст", "в арабском тексте"),
           "zh": ("китайский", "Китайский текст", "в китайском тексте")},
}


def _forms(code: str, language: str) -> tuple[str, str, str]:
    known = _LANGUAGE_FORMS.get(language, {}).get(code)
    if known is not None:
        return known
    name = english_name(code)
    if language == "fr":
        return (name, f"Version {name}", f"dans la version {name}")
    if language == "ru":
        return (name, f"Текст ({name})", f"в тексте ({name})")
    return (name, f"{name} version", f"in {name}")


def language_name(code: str, language: str) -> str:
    """A draft's language named in the briefing's language: "anglais", "английский"."""
    return _forms(code, language)[0]


def version_role(code: str, language: str) -> str:
    """The cover's role of a language version: "English version", "Version anglaise"."""
    return _forms(code, language)[1]


#: The sentences of a mismatch and of a stale cross-reference, per briefing language; the
#: words in braces are filled in (``mismatch_phrase``, ``stale_phrase``).
_SENTENCES = {
    "fr": {"number": "nombres divergents : {parts}", "between": " ; ",
           "number part": "{numbers} uniquement {where}",
           "reference": "renvois : {left} {in_left}, {right} {in_right}",
           "count": "{left} {in_left}, {right} {in_right}",
           "missing": "{in_present} seulement, pas {in_absent}",
           "no article": "aucun article", "article": "article {numbers}",
           "articles": "articles {numbers}", "or": " ou ",
           "paragraph": ("paragraphe", "paragraphes"), "point": ("alinéa", "alinéas"),
           "stale": "cite l'article {cited}, mais l'ancien article {cited} est désormais "
                    "l'article {numbers} : vérifier le renvoi",
           "stale removed": "cite l'article {cited}, supprimé dans le nouveau projet : "
                            "vérifier le renvoi",
           "stale paragraph": "cite le paragraphe {cited}, mais l'ancien paragraphe {cited} est "
                              "désormais le paragraphe {numbers} : vérifier le renvoi"},
    "ru": {"number": "расхождение в числах: {parts}", "between": "; ",
           "number part": "{numbers} — только {where}",
           "reference": "ссылки: {in_left} — {left}, {in_right} — {right}",
           "count": "{in_left} — {left}, {in_right} — {right}",
           "missing": "только {in_present}, {in_absent} отсутствует",
           "no article": "нет", "article": "статья {numbers}", "articles": "статьи {numbers}",
           "or": " или ", "paragraph": ("пункт", "пункта", "пунктов"),
           "point": ("подпункт", "подпункта", "подпунктов"),
           "stale": "ссылается на статью {cited}, но прежняя статья {cited} теперь имеет "
                    "номер {numbers}: проверьте ссылку",
           "stale removed": "ссылается на статью {cited}, исключённую из нового проекта: "
                            "проверьте ссылку",
           "stale paragraph": "ссылается на пункт {cited}, но прежний пункт {cited} теперь "
                              "имеет номер {numbers}: проверьте ссылку"},
}


def _counted(count: int, forms: tuple[str, ...]) -> str:
    """ "3 paragraphes", "3 пункта": French one/many, Russian one/few/many."""
    if len(forms) == 2:
        return f"{count} {forms[0] if count <= 1 else forms[1]}"
    if count % 10 == 1 and count % 100 != 11:
        return f"{count} {forms[0]}"
    if 2 <= count % 10 <= 4 and not 12 <= count % 100 <= 14:
        return f"{count} {forms[1]}"
    return f"{count} {forms[2]}"


def mismatch_phrase(mismatch: Mismatch, languages: Sequence[str], language: str) -> str:
    """What two language versions do not agree on, in the briefing's language; in English,
    the engine's own sentence (``Mismatch.detail``)."""
    said = _SENTENCES.get(language)
    if said is None:
        return mismatch.detail
    codes = (list(languages) + ["", ""])[:2]
    in_left, in_right = (_forms(code, language)[2] for code in codes)
    if mismatch.kind == "number":
        parts = [said["number part"].format(numbers=numbers, where=where)
                 for numbers, where in ((mismatch.left, in_left), (mismatch.right, in_right))
                 if numbers]
        return said["number"].format(parts=said["between"].join(parts))
    if mismatch.kind == "reference":
        return said["reference"].format(left=_articles(mismatch.left, said), in_left=in_left,
                                        right=_articles(mismatch.right, said), in_right=in_right)
    if (mismatch.kind == "count" and mismatch.counted in said
            and mismatch.left.isdecimal() and mismatch.right.isdecimal()):
        forms = said[mismatch.counted]
        return said["count"].format(left=_counted(int(mismatch.left), forms), in_left=in_left,
                                    right=_counted(int(mismatch.right), forms),
                                    in_right=in_right)
    if mismatch.kind == "missing":
        present, absent = (in_left, in_right) if mismatch.left else (in_right, in_left)
        return said["missing"].format(in_present=present, in_absent=absent)
    return mismatch.detail


def _articles(numbers: str, said: dict) -> str:
    listed = [number for number in numbers.split(", ") if number]
    if not listed:
        return said["no article"]
    return said["article" if len(listed) == 1 else "articles"].format(numbers=", ".join(listed))


def stale_phrase(fact: StaleReference, language: str) -> str:
    """A note on a cross-reference left stale by a renumbering, in the briefing's language."""
    said = _SENTENCES.get(language)
    if said is None:
        return fact.note
    if fact.level == "paragraph":  # (only ever renumbered: see core.references)
        return said["stale paragraph"].format(cited=fact.cited, numbers=said["or"].join(fact.now))
    if not fact.now:
        return said["stale removed"].format(cited=fact.cited)
    return said["stale"].format(cited=fact.cited, numbers=said["or"].join(fact.now))


#: The notes of flags (``core.result.FLAG_NOTES``, by key) in the briefing's language.
_FLAG_NOTES = {
    "fr": {"chosen": "variante retenue : {0}", "agreed": "crochets supprimés (accord) : {0}",
           "dropped": "variante supprimée : {0}", "added": "variante ajoutée : {0}",
           "removed": "texte entre crochets supprimé",
           "replaced": "texte entre crochets remplacé : {0}",
           "opened": "crochets ouverts : {0}", "reordered": "variantes réordonnées",
           "changed": "texte entre crochets modifié", "cites": "le renvoi vise désormais {0}",
           "cites instead": "le renvoi vise désormais {0} (auparavant {1})",
           "reference removed": "renvoi supprimé : {0}",
           "filled": "espace réservé complété : {0}",
           "filled by footnote": "espace réservé complété par la note {0}",
           "placeholder removed": "espace réservé supprimé : {0}",
           "placeholder added": "espace réservé ajouté : {0}", "and": " ; "},
    "ru": {"chosen": "выбран вариант: {0}", "agreed": "квадратные скобки сняты (согласовано): {0}",
           "dropped": "вариант исключён: {0}", "added": "добавлен вариант: {0}",
           "removed": "текст в квадратных скобках удалён",
           "replaced": "текст в квадратных скобках заменён: {0}",
           "opened": "открыты квадратные скобки: {0}", "reordered": "варианты переставлены",
           "changed": "текст в квадратных скобках изменён",
           "cites": "ссылка теперь указывает на {0}",
           "cites instead": "ссылка теперь указывает на {0} (ранее {1})",
           "reference removed": "ссылка удалена: {0}",
           "filled": "пропуск заполнен: {0}", "filled by footnote": "пропуск заполнен сноской {0}",
           "placeholder removed": "пропуск удалён: {0}",
           "placeholder added": "добавлен пропуск: {0}", "and": "; "},
}


def flag_note_phrase(pair: Pair, flag: Flag, note: str, language: str) -> str:
    """A flag's note ("alternative chosen: shall") in the briefing's language, from the facts
    the engine kept (``Flag.said``); a stale cross-reference's from ``Pair.stale``; else as
    the engine wrote it (English)."""
    words = _FLAG_NOTES.get(language)
    if words is None or not flag.said:
        return note_phrase(pair, note, language)
    return words["and"].join(words[key].format(*facts) for key, *facts in flag.said)


def note_phrase(pair: Pair, note: str, language: str) -> str:
    """One of the engine's notes on a pair in the briefing's language when its facts are
    known (a stale cross-reference), else as the engine wrote it."""
    for fact in pair.stale:
        if fact.note == note:
            return stale_phrase(fact, language)
    return note


# -- the team's notes: default tags and statuses ------------------------------------------------

#: The tags a new workspace starts with (``store.schema.DEFAULT_TAGS``), and the notes'
#: statuses, in the briefing's language; a tag the team named itself is printed as it is.
_NOTE_WORDS = {
    "fr": {"Acceptable": "Acceptable", "Needs legal review": "Examen juridique nécessaire",
           "Red line": "Ligne rouge", "Question for the other side": "Question pour l'autre partie",
           "open": "ouverte", "resolved": "résolue", "needs review": "à revoir"},
    "ru": {"Acceptable": "Приемлемо", "Needs legal review": "Требует юридической проверки",
           "Red line": "Красная линия", "Question for the other side": "Вопрос другой стороне",
           "open": "открыто", "resolved": "решено", "needs review": "требует проверки"},
}


def tag_phrase(tag: str, language: str) -> str:
    """A note's tag in the briefing's language if it is a default tag, else as written."""
    return _NOTE_WORDS.get(language, {}).get(tag, tag)


def status_phrase(status: str, language: str) -> str:
    """ "open", "resolved (needs review)" in the briefing's language."""
    words = _NOTE_WORDS.get(language)
    if words is None:
        return status
    base, review, _ = status.partition(" (needs review)")
    said = words.get(base, base)
    return f"{said} ({words['needs review']})" if review else said


# -- a provision's story in the history table ----------------------------------------------------

#: The words of a story (``core.lineage.story``'s events) per table language; a provision
#: is feminine in French ("la disposition"), neuter in Russian ("положение"). The same
#: wording as the window's History view.
_STORY_WORDS = {
    "fr": {"added": "ajoutée", "removed": "supprimée", "modified": "modifiée",
           "split": "scindée en {now}", "merged": "fusionnée dans {now}",
           "renumbered": "renumérotée en {now}", "dropped": "suppression de {citations}",
           "moved": "déplacée", "in": "{change} dans {draft}", "since": "inchangée depuis",
           "throughout": "inchangée dans tous les projets"},
    "ru": {"added": "добавлено", "removed": "исключено", "modified": "изменено",
           "split": "разделено на {now}", "merged": "объединено в {now}",
           "renumbered": "новый номер — {now}", "dropped": "исключено: {citations}",
           "moved": "перемещено", "in": "{draft}: {change}", "since": "с тех пор без изменений",
           "throughout": "без изменений во всех проектах"},
}


def story_phrase(told, language: str) -> str | None:
    """A provision's story (``core.lineage.Story``) in the table's language: "ajoutée dans
    D2, modifiée dans D3 (renumérotée en Article 6), inchangée depuis"; None in English (the
    engine's own sentence, ``lineage.describe``, is used as it is)."""
    words = _STORY_WORDS.get(language)
    if words is None:
        return None
    if not told.events:
        return words["throughout"]
    parts = [words["in"].format(change=_event_phrase(event, words, language), draft=event.draft)
             for event in told.events]
    if told.unchanged_since:
        parts.append(words["since"])
    return ", ".join(parts)


def _event_phrase(event, words: dict, language: str) -> str:
    if event.status == "parallel":   # another language version of the draft before
        role = _forms(event.language, language)[1]
        return role[:1].lower() + role[1:]
    if event.status in ("added", "removed"):
        return words[event.status]
    main = {"modified": words["modified"], "split": words["split"].format(now=event.now),
            "merged": words["merged"].format(now=event.now)}.get(event.status, "")
    extra = []
    if event.renumbered:
        extra.append(words["renumbered"].format(now=event.now))
    if event.dropped:
        extra.append(words["dropped"].format(citations=" + ".join(event.dropped)))
    if event.moved:
        extra.append(words["moved"])
    if not main:
        return ", ".join(extra)
    return f"{main} ({', '.join(extra)})" if extra else main


#: The history table's own sentences, per language ("" keys: English as written).
_HISTORY_WORDS = {
    "en": {"drafts": ("drafts",), "intro": "{drafts}, one column each",
           "cells": "Each cell shows that draft's text, with the changes from the column "
                    "before struck through (deleted) or underlined (inserted); a blank cell: "
                    "the provision did not exist in that draft."},
    "fr": {"drafts": ("projet", "projets"), "intro": "{drafts}, un par colonne",
           "cells": "Chaque cellule donne le texte de ce projet, les modifications par rapport "
                    "à la colonne précédente barrées (suppressions) ou soulignées (ajouts) ; "
                    "une cellule vide : la disposition n'existait pas dans ce projet."},
    "ru": {"drafts": ("проект", "проекта", "проектов"), "intro": "{drafts}, по одному в столбце",
           "cells": "В каждой ячейке — текст этого проекта; изменения по сравнению с "
                    "предыдущим столбцом зачёркнуты (исключено) или подчёркнуты (добавлено); "
                    "пустая ячейка: в этом проекте такого положения не было."},
}


def history_intro(count: int, language: str) -> str:
    """ "4 drafts, one column each", "4 projets, un par colonne", "4 проекта, по одному в
    столбце"."""
    words = _HISTORY_WORDS.get(language, _HISTORY_WORDS["en"])
    forms = words["drafts"]
    drafts = f"{count} {forms[0]}" if len(forms) == 1 else _counted(count, forms)
    return words["intro"].format(drafts=drafts)


def history_cells(language: str) -> str:
    """What a cell of the history table shows, in the table's language."""
    return _HISTORY_WORDS.get(language, _HISTORY_WORDS["en"])["cells"]
