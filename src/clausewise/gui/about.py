"""Help > About: the version, and the licences of everything the app ships with.

Air-gapped users cannot look licences up, so the dialog lists every runtime dependency with
its installed version and licence, and prints the bundled fonts' licence texts in full.
"""

from __future__ import annotations

import re
from importlib import metadata

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout

from ..paths import resource_path

#: the licence of each runtime dependency as its project states it (metadata is often vague)
KNOWN_LICENCES = {
    "pyside6-essentials": "LGPLv3 (Qt for Python)", "shiboken6": "LGPLv3 (Qt for Python)",
    "python-docx": "MIT", "reportlab": "BSD", "diff-match-patch": "Apache-2.0",
    "rapidfuzz": "MIT", "charset-normalizer": "MIT",
    "pypdfium2": "Apache-2.0 OR BSD-3-Clause (PDFium: BSD-3-Clause and Apache-2.0, with "
                 "FreeType, libjpeg-turbo, OpenJPEG, lcms2 and zlib under their licences)",
    "arabic-reshaper": "MIT", "markdown-it-py": "MIT", "striprtf": "BSD-3-Clause",
    "lxml": "BSD-3-Clause", "mdurl": "MIT", "cryptography": "Apache-2.0 OR BSD-3-Clause",
    "typing-extensions": "PSF-2.0", "pillow": "MIT-CMU (HPND)",
}
FALLBACK = ("PySide6-Essentials", "python-docx", "reportlab", "diff-match-patch", "rapidfuzz",
            "charset-normalizer", "arabic-reshaper", "pypdfium2", "markdown-it-py",
            "striprtf")


def version() -> str:
    try:
        return metadata.version("clausewise")
    except metadata.PackageNotFoundError:
        return "(not installed; running from the source tree)"


def runtime_dependencies() -> list[str]:
    """The names in pyproject's ``dependencies`` (from the installed metadata if there)."""
    try:
        requires = metadata.requires("clausewise") or []
    except metadata.PackageNotFoundError:
        return list(FALLBACK)
    names = [re.split(r"[ <>=!~;\[(]", line, maxsplit=1)[0] for line in requires
             if "extra ==" not in line]
    known = {name.lower() for name in names}
    return names + [name for name in FALLBACK if name.lower() not in known]


def licence(name: str) -> str:
    known = KNOWN_LICENCES.get(name.lower())
    if known:
        return known
    try:
        meta = metadata.metadata(name)
    except metadata.PackageNotFoundError:
        return "unknown"
    stated = meta.get("License-Expression") or meta.get("License") or ""
    if stated and len(stated) < 60:
        return stated
    classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or []
                   if c.startswith("License ::")]
    return ", ".join(classifiers) or "see the package"


def installed(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


def about_text() -> str:
    """The whole text of the dialog: components, then the fonts' README and licences."""
    lines = [f"Clausewise {version()}",
             QCoreApplication.translate(
                 "About", "Compares successive drafts of treaties clause by clause, fully offline."),
             "", QCoreApplication.translate("About", "Components bundled with the app:")]
    names = runtime_dependencies()
    if not any(n.lower() == "shiboken6" for n in names):
        names.append("shiboken6")
    for name in names:
        lines.append(f"  • {name} {installed(name)} — {licence(name)}")
    fonts = resource_path("fonts")
    for path in sorted(fonts.glob("README*")) + sorted(fonts.glob("*LICENSE*")):
        lines += ["", "─" * 60, f"fonts/{path.name}", ""]
        lines.append(path.read_text(encoding="utf-8", errors="replace"))
    return "\n".join(lines)


class AboutDialog(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Clausewise"))
        self.resize(720, 560)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<b>Clausewise {version()}</b>", self))
        self.text = QPlainTextEdit(about_text(), self)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Versions and licences"))
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
