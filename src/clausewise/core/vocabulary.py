"""The words drafters use for units and divisions, in the languages treaties are drafted in.

The segmenter asks of a line's first word: is it a unit (an article, a regulation, a rule...),
a division that holds units (a part, a chapter...), or an annex-like container? Those tables
live here, with the small word lists the heading splitter needs (function words that never
end a heading, words that open a sentence). Everything is keyed by the lower-case word.

Adding a language or a unit word: add its lower-case form with the citation keyword as the
document writes it. A word not listed can still be learned from the document itself
(``core.segment`` looks for a capitalised word that recurs with increasing numbers).
"""

from __future__ import annotations

from .model import ClauseKind

#: Unit words: the lower-case heading word -> the keyword the citation uses.
UNIT_WORDS: dict[str, str] = {
    # Article
    "article": "Article", "art.": "Article", "art": "Article", "artículo": "Artículo",
    "articulo": "Artículo", "artikel": "Artikel", "articolo": "Articolo", "artigo": "Artigo",
    "статья": "Статья", "ст.": "Статья", "άρθρο": "Άρθρο", "αρθρο": "Άρθρο",
    # Regulation and rule
    "regulation": "Regulation", "règle": "Règle", "regle": "Règle", "regla": "Regla",
    "правило": "Правило", "regel": "Regel", "rule": "Rule", "reglamento": "Reglamento",
    # Principle, guideline, standard, clause, point
    "principle": "Principle", "principe": "Principe", "principio": "Principio",
    "принцип": "Принцип", "grundsatz": "Grundsatz", "beginsel": "Beginsel",
    "guideline": "Guideline", "directriz": "Directriz", "richtlijn": "Richtlijn",
    "standard": "Standard", "norme": "Norme", "norma": "Norma", "стандарт": "Стандарт",
    "norm": "Norm", "clause": "Clause", "cláusula": "Cláusula", "clausula": "Cláusula",
    "klausel": "Klausel", "clausule": "Clausule", "point": "Point", "punto": "Punto",
    "punkt": "Punkt", "punt": "Punt",
}

#: Divisions that hold units: the lower-case word -> (kind, citation keyword).
DIVISION_WORDS: dict[str, tuple[ClauseKind, str]] = {
    "part": (ClauseKind.PART, "Part"), "partie": (ClauseKind.PART, "Partie"),
    "parte": (ClauseKind.PART, "Parte"), "часть": (ClauseKind.PART, "Часть"),
    "teil": (ClauseKind.PART, "Teil"), "deel": (ClauseKind.PART, "Deel"),
    "μέρος": (ClauseKind.PART, "Μέρος"),
    "title": (ClauseKind.PART, "Title"), "titre": (ClauseKind.PART, "Titre"),
    "título": (ClauseKind.PART, "Título"), "titel": (ClauseKind.PART, "Titel"),
    "chapter": (ClauseKind.CHAPTER, "Chapter"), "chapitre": (ClauseKind.CHAPTER, "Chapitre"),
    "capítulo": (ClauseKind.CHAPTER, "Capítulo"), "capitulo": (ClauseKind.CHAPTER, "Capítulo"),
    "capitolo": (ClauseKind.CHAPTER, "Capitolo"), "глава": (ClauseKind.CHAPTER, "Глава"),
    "kapitel": (ClauseKind.CHAPTER, "Kapitel"), "hoofdstuk": (ClauseKind.CHAPTER, "Hoofdstuk"),
    "κεφάλαιο": (ClauseKind.CHAPTER, "Κεφάλαιο"),
    "section": (ClauseKind.SECTION, "Section"), "sección": (ClauseKind.SECTION, "Sección"),
    "seccion": (ClauseKind.SECTION, "Sección"), "sezione": (ClauseKind.SECTION, "Sezione"),
    "раздел": (ClauseKind.SECTION, "Раздел"), "abschnitt": (ClauseKind.SECTION, "Abschnitt"),
    "afdeling": (ClauseKind.SECTION, "Afdeling"), "τμήμα": (ClauseKind.SECTION, "Τμήμα"),
    "subsection": (ClauseKind.SECTION, "Subsection"), "sous-section": (ClauseKind.SECTION, "Sous-section"),
    "subsección": (ClauseKind.SECTION, "Subsección"), "подраздел": (ClauseKind.SECTION, "Подраздел"),
}

#: Division words that rank below a section ("SUBSECTION B" inside "SECTION 3").
SUBSECTION_WORDS = frozenset({"subsection", "sous-section", "subsección", "подраздел"})

#: Annex-like containers: the lower-case word -> (kind, citation keyword).
ANNEX_WORDS: dict[str, tuple[ClauseKind, str]] = {
    "annex": (ClauseKind.ANNEX, "Annex"), "annexe": (ClauseKind.ANNEX, "Annexe"),
    "anexo": (ClauseKind.ANNEX, "Anexo"), "allegato": (ClauseKind.ANNEX, "Allegato"),
    "приложение": (ClauseKind.ANNEX, "Приложение"), "anhang": (ClauseKind.ANNEX, "Anhang"),
    "bijlage": (ClauseKind.ANNEX, "Bijlage"), "παράρτημα": (ClauseKind.ANNEX, "Παράρτημα"),
    "protocol": (ClauseKind.PROTOCOL, "Protocol"), "protocole": (ClauseKind.PROTOCOL, "Protocole"),
    "protocolo": (ClauseKind.PROTOCOL, "Protocolo"), "протокол": (ClauseKind.PROTOCOL, "Протокол"),
    "protokoll": (ClauseKind.PROTOCOL, "Protokoll"),
    "appendix": (ClauseKind.APPENDIX, "Appendix"), "appendice": (ClauseKind.APPENDIX, "Appendice"),
    "apéndice": (ClauseKind.APPENDIX, "Apéndice"), "apendice": (ClauseKind.APPENDIX, "Apéndice"),
    "добавление": (ClauseKind.APPENDIX, "Добавление"), "anlage": (ClauseKind.APPENDIX, "Anlage"),
    "schedule": (ClauseKind.APPENDIX, "Schedule"), "attachment": (ClauseKind.APPENDIX, "Attachment"),
}

#: Section words: a section holding units is a division, one holding paragraphs is a unit.
SECTION_WORDS = frozenset(word for word, (kind, _) in DIVISION_WORDS.items()
                          if kind is ClauseKind.SECTION and not word.startswith(("sub", "sous", "под")))

#: Words that may head a numbered run yet are never units: references, tables, options.
NOT_UNIT_WORDS = frozenset({
    "table", "figure", "page", "option", "alternative", "alt", "footnote", "note", "notes",
    "resolution", "decision", "paragraph", "paragraphs", "item", "items", "step", "session",
    "meeting", "year", "years", "day", "days", "phase", "box", "chart", "map", "column",
    "row", "line", "volume", "vol", "no", "number", "version", "draft", "document", "report",
    "agenda", "room", "floor", "tel", "fax", "week", "month", "level", "grade", "class",
    "category", "group", "tier", "stage", "case", "example", "question", "answer", "issue",
    "amendment", "amendments", "recommendation", "recommendations", "conclusion",
    "conclusions", "annexes", "articles", "rules", "regulations", "sections", "parts",
})

#: Words after which a heading cannot end: "the", "of", "and"... (English, French, Spanish,
#: German, Dutch, Russian).
FUNCTION_WORDS = frozenset({
    "the", "a", "an", "of", "and", "or", "to", "in", "on", "for", "with", "by", "at", "from",
    "between", "among", "into", "under", "over", "its", "their", "this", "these", "that",
    "as", "than", "other", "such", "any", "all", "each", "certain", "relating", "concerning",
    "regarding", "within", "without", "beyond", "le", "la", "les", "l", "de", "des", "du",
    "et", "ou", "en", "au", "aux", "sur", "par", "pour", "dans", "el", "los", "las", "y",
    "o", "del", "con", "por", "para", "der", "die", "das", "den", "dem", "und", "oder",
    "von", "zu", "im", "het", "een", "van", "voor", "op", "met", "и", "или", "в", "во",
    "на", "по", "о", "об", "с", "со", "к", "для", "от", "до", "при",
    # words after which a proper noun follows inside a sentence, never at a heading's end:
    # "including the Moon", "y compris la Lune", "включая Луну", "du présent Traité"
    "including", "notably", "namely", "включая", "том", "числе", "настоящего", "настоящей",
    "настоящему", "настоящим", "настоящем", "présent", "présente", "presente", "compris",
    "notamment", "conformément", "également",
})

#: Capitalised words that open a sentence after a heading ("Reefs In the case of ...").
SENTENCE_OPENERS = frozenset({
    "The", "A", "An", "Each", "Every", "Any", "All", "No", "Nothing", "Where", "When",
    "Whenever", "If", "In", "For", "Subject", "Without", "Except", "Unless", "Notwithstanding",
    "Upon", "On", "This", "These", "Such", "There", "It", "Neither", "Both", "Prior", "Before", "After", "Following", "Pending", "Once", "With", "To",
    "Within", "As", "At", "Save", "Nor", "Only", "Should", "Contractors", "Under", "Pursuant",
    "Le", "La", "Les", "Lorsque", "Si", "Chaque", "Tout", "Toute", "Aucun", "Aucune",
    "Dans", "Pour", "Sous", "Sans", "Sauf", "El", "Los", "Las", "Cada", "Todo", "Toda",
    "Cuando", "Ninguna", "Der", "Die", "Das", "Jede", "Jeder", "Wenn", "De", "Het",
    "Elke", "Indien", "Каждое", "Каждый", "Каждая", "Государства", "Если", "Когда",
    "Настоящее", "Настоящая", "Настоящий", "Никакие", "Ничто", "В", "При", "Для", "С",
})

#: Words that open a conditional or circumstantial clause: a unit's text that starts with one
#: ("In the case of ...", "Where ...", "Если ...") is a sentence from its first word, never a
#: heading followed by a sentence.
CLAUSE_OPENERS = frozenset({
    "In", "Where", "When", "Whenever", "If", "Unless", "Notwithstanding", "Lorsque", "Si",
    "Nonobstant", "Если", "Когда", "В", "При", "Несмотря",
})   # not "Without", "Subject": "Without prejudice", "Subject matter" are titles

#: Capitalised nouns that stand inside headings ("Rights of the coastal State"): never a split.
HEADING_NOUNS = frozenset({
    "State", "States", "Party", "Parties", "Authority", "Convention", "Agreement", "Council",
    "Assembly", "Enterprise", "Area", "Commission", "Tribunal", "Conference", "Court",
    "Organization", "Organisation", "Government", "Governments", "Member", "Members",
    "Secretary-General", "Secretariat", "Treaty",
    "Contractor", "Contractors", "Committee", "Board", "Bureau", "President", "Chair",
    "Nations", "United", "Union", "Sea", "Seabed", "Law", "Fund", "Chamber", "Secretary",
    "Regulations", "Rules", "Mechanism", "Body", "Bodies", "Sponsoring", "Operator",
})

#: Words that, right after a heading noun, show that the noun opens a sentence ("States
#: Parties shall ...", "Each State may ...").
VERBS_AFTER_SUBJECT = frozenset({
    "shall", "may", "must", "should", "will", "have", "has", "are", "is", "Parties", "Party",
    "doivent", "peuvent", "sont", "prennent", "должны", "могут",
})


#: The words a draft's own parts are cited by, in its language (``citation_words``): its
#: title, cover page, preamble with its parties, recitals and closing words, final clauses,
#: signatures, and the paragraphs of an annex or a report.
_CITATION_WORDS: dict[str, dict[str, str]] = {
    "en": {"title": "Title", "front": "Front matter", "preamble": "Preamble",
           "parties": "parties", "recital": "recital", "closing": "closing words",
           "final": "Final clauses", "signature": "Signature block", "paragraph": "paragraph"},
    "fr": {"title": "Titre", "front": "Éléments liminaires", "preamble": "Préambule",
           "parties": "parties", "recital": "considérant", "closing": "formule finale",
           "final": "Clauses finales", "signature": "Signatures", "paragraph": "paragraphe"},
    "es": {"title": "Título", "front": "Portada", "preamble": "Preámbulo",
           "parties": "partes", "recital": "considerando", "closing": "fórmula final",
           "final": "Cláusulas finales", "signature": "Firmas", "paragraph": "párrafo"},
    "ru": {"title": "Название", "front": "Вводная часть", "preamble": "Преамбула",
           "parties": "стороны", "recital": "абзац", "closing": "заключительная формула",
           "final": "Заключительные положения", "signature": "Подписи", "paragraph": "пункт"},
}


def citation_words(language: str) -> dict[str, str]:
    """The citation words of a draft in ``language`` (ISO 639-1); English for the others."""
    return _CITATION_WORDS.get(language, _CITATION_WORDS["en"])
