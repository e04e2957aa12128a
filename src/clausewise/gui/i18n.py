"""The interface's language: English (the source text), Russian or French.

Every user-visible string of the window goes through Qt's translation system (``self.tr``,
``QCoreApplication.translate``, ``QT_TRANSLATE_NOOP`` for tables of strings); the
translations are ``resources/translations/clausewise_<code>.ts`` (the sources, made with
``pyside6-lupdate``) compiled to ``.qm`` (``pyside6-lrelease``, committed beside them; see
docs/DESIGN.md). Qt's own ``qtbase_<code>.qm``, which PySide6 ships, translates the standard
dialog buttons. The choice is made once, before the window is built: ``--language``, else the
setting (View > Interface Language), else the system locale. The CLI never loads any of this.
"""

from __future__ import annotations

from PySide6.QtCore import (QCoreApplication, QLibraryInfo, QLocale, QObject, QSettings,
                            QTranslator,
                            QT_TRANSLATE_NOOP)

from ..paths import resource_path

LANGUAGE_KEY = "interface/language"
TRANSLATED = ("ru", "fr")          # the languages that have a clausewise_<code>.qm
CHOICES = ("system", "en", "ru", "fr")
# What the menu shows: each language in its own name, so anyone can find theirs.
CHOICE_NAMES = {"system": QT_TRANSLATE_NOOP("Language", "System Language"),
                "en": "English", "ru": "Русский", "fr": "Français"}

# The drafts' languages as the status line and the column titles name them
# (core.language.NAMES, in English, is what the CLI and the JSON say).
LANGUAGE_NAMES = {
    "en": QT_TRANSLATE_NOOP("Language", "English"),
    "fr": QT_TRANSLATE_NOOP("Language", "French"),
    "es": QT_TRANSLATE_NOOP("Language", "Spanish"),
    "de": QT_TRANSLATE_NOOP("Language", "German"),
    "it": QT_TRANSLATE_NOOP("Language", "Italian"),
    "nl": QT_TRANSLATE_NOOP("Language", "Dutch"),
    "pt": QT_TRANSLATE_NOOP("Language", "Portuguese"),
    "ru": QT_TRANSLATE_NOOP("Language", "Russian"),
    "uk": QT_TRANSLATE_NOOP("Language", "Ukrainian"),
    "el": QT_TRANSLATE_NOOP("Language", "Greek"),
    "ar": QT_TRANSLATE_NOOP("Language", "Arabic"),
    "zh": QT_TRANSLATE_NOOP("Language", "Chinese"),
}

# Kinds of change, as check boxes and lists name them (the values stay English in settings,
# options and JSON).
CHANGE_NAMES = {
    "unchanged": QT_TRANSLATE_NOOP("Changes", "Unchanged"),
    "modified": QT_TRANSLATE_NOOP("Changes", "Modified"),
    "added": QT_TRANSLATE_NOOP("Changes", "Added"),
    "removed": QT_TRANSLATE_NOOP("Changes", "Removed"),
    "moved": QT_TRANSLATE_NOOP("Changes", "Moved"),
    "renumbered": QT_TRANSLATE_NOOP("Changes", "Renumbered"),
    "split": QT_TRANSLATE_NOOP("Changes", "Split"),
    "merged": QT_TRANSLATE_NOOP("Changes", "Merged"),
    "parallel": QT_TRANSLATE_NOOP("Changes", "Parallel"),
}

# The tags a new workspace starts with (``store.schema.DEFAULT_TAGS``). They are workspace
# data, kept in English as stored (a workspace is shared between colleagues who read
# different languages, and the briefing's red lines look for "Red line"); a tag still named
# as a default is shown in the interface's language, and what the user picks or types as
# that shown name is stored as the default again (``tag_name``, ``stored_tag``).
DEFAULT_TAG_NAMES = {
    "Acceptable": QT_TRANSLATE_NOOP("Tags", "Acceptable"),
    "Needs legal review": QT_TRANSLATE_NOOP("Tags", "Needs legal review"),
    "Red line": QT_TRANSLATE_NOOP("Tags", "Red line"),
    "Question for the other side": QT_TRANSLATE_NOOP("Tags", "Question for the other side"),
}

_installed: list[QTranslator] = []


def translations_dir():
    return resource_path("translations")


def saved_choice(settings: QSettings) -> str:
    """The language chosen in View > Interface Language ("system" when none was)."""
    value = str(settings.value(LANGUAGE_KEY, "system") or "system")
    return value if value in CHOICES else "system"


def resolve(choice: str | None, system: QLocale | None = None) -> str:
    """The language to show for a choice: "system" (or none) follows the system locale and
    falls back to English for a language without a translation."""
    if choice in ("en", "ru", "fr"):
        return choice
    name = (system or QLocale.system()).name()          # "ru_RU", "fr_CA", "C"...
    code = name.split("_")[0].lower()
    return code if code in TRANSLATED else "en"


def install(language: str, app: QCoreApplication | None = None) -> str:
    """Loads the translators for ``language`` (replacing any installed before) and makes its
    locale the default, so dates and numbers are written the user's way. Returns the language
    in force: English when a translation cannot be loaded."""
    app = app or QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    system = QLocale.system()
    if language not in TRANSLATED:
        QLocale.setDefault(system)      # English words, the user's dates and numbers
        _install_english(app)
        return "en"
    own = QTranslator(app)
    if not own.load(f"clausewise_{language}", str(translations_dir())):
        _install_english(app)
        return "en"
    app.installTranslator(own)
    _installed.append(own)
    qt_own = QTranslator(app)   # OK, Cancel, Yes, No... in Qt's standard dialogs
    if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.
                                                           TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    # The system's own variant when it speaks that language (fr_CA, fr_CH...), else the
    # language's main one.
    same = system.name().split("_")[0].lower() == language
    QLocale.setDefault(system if same else QLocale(language))
    return language


def language_name(code: str) -> str:
    """A draft's language (ISO 639-1 code) named in the interface's language."""
    if code in LANGUAGE_NAMES:
        return QCoreApplication.translate("Language", LANGUAGE_NAMES[code])
    return code or QCoreApplication.translate("Language", "unknown")


class Plurals(QObject):
    """Texts with a count said outside any widget class of their own (lupdate gives plural
    forms only to ``self.tr`` calls, and PySide's ``tr`` in a mixin of the window would take
    the English "%n page(s)" for a translation), so these live in one class."""

    def unchanged_clauses(self, count: int) -> str:
        return self.tr("%n unchanged clause(s)  (click or press Enter to show)", "", count)

    def not_printed(self, count: int) -> str:
        return self.tr("%n unchanged clause(s) not printed (changed clauses only)", "", count)

    def notes_heading(self, count: int) -> str:
        return self.tr("Notes (%n)", "", count)

    def printed(self, count: int) -> str:
        return self.tr("Printed %n page(s)", "", count)

    def briefing_printed(self, count: int) -> str:
        return self.tr("Briefing printed: %n page(s)", "", count)

    def carried(self, count: int) -> str:
        return self.tr("%n note(s) carried forward", "", count)

    def need_review(self, count: int) -> str:
        return self.tr("%n need(s) review", "", count)

    def paragraphs(self, count: int) -> str:
        """What two language versions count (``engine_words.mismatch_text``)."""
        return self.tr("%n paragraph(s)", "", count)

    def points(self, count: int) -> str:
        return self.tr("%n point(s)", "", count)

    def notes_written(self, count: int) -> str:
        return self.tr("%n note(s) written to {name}", "", count)


def plural() -> Plurals:
    """The one Plurals object (made on first use, in any thread)."""
    global _plurals
    if _plurals is None:
        _plurals = Plurals()
    return _plurals


_plurals: Plurals | None = None


def ensure_installed(app: QCoreApplication | None = None) -> None:
    """English needs its plural forms ("1 page", "2 pages") from clausewise_en.qm; a window
    built without ``install`` (tests, embedding) gets them here."""
    if not _installed and QCoreApplication.instance() is not None:
        _install_english(app or QCoreApplication.instance())


def _install_english(app: QCoreApplication) -> None:
    english = QTranslator(app)
    if english.load("clausewise_en", str(translations_dir())):
        app.installTranslator(english)
        _installed.append(english)


def change_name(kind: str) -> str:
    """A kind of change ("modified", "moved"...) named in the interface's language."""
    return QCoreApplication.translate("Changes", CHANGE_NAMES.get(kind, kind.capitalize()))


def tag_name(tag: str) -> str:
    """A note's tag as the window shows it: a default tag in the interface's language, any
    other as the team wrote it."""
    if tag in DEFAULT_TAG_NAMES:
        return QCoreApplication.translate("Tags", DEFAULT_TAG_NAMES[tag])
    return tag


def stored_tag(shown: str) -> str:
    """The tag to store for a name shown or typed in the window: a default tag's translated
    name is the default tag itself ("Ligne rouge" is stored "Red line")."""
    for tag in DEFAULT_TAG_NAMES:
        if shown == tag_name(tag):
            return tag
    return shown


def choice_name(choice: str) -> str:
    text = CHOICE_NAMES[choice]
    return QCoreApplication.translate("Language", text) if choice == "system" else text


__all__ = ["CHOICES", "DEFAULT_TAG_NAMES", "LANGUAGE_KEY", "TRANSLATED", "change_name",
           "choice_name", "install", "language_name", "resolve", "saved_choice", "stored_tag",
           "tag_name", "translations_dir"]
