"""Regenerates the README's pictures (docs/screenshots/*.png) with ``clausewise --screenshot``.

Usage: ``.venv/bin/python scripts/make_screenshots.py`` from the repository.

Each picture is the window as it opens: at the first change, or at the clause named with
``--show``. The annotated pictures open a workspace written here (in a temporary folder,
removed afterwards) holding the bundled sample drafts and a few notes of a negotiating team.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
SHOTS = REPO / "docs" / "screenshots"
SAMPLES = REPO / "resources" / "samples"
OLD = SAMPLES / "security-agreement-draft1.txt"
NEW = SAMPLES / "security-agreement-draft2.txt"

#: (citation in the newer draft, words of it or "" for the whole pair, tag, author, note)
NOTES = (
    ("Article 9", "", "Acceptable", "a.petrova",
     "Acceptable as moved: the text is unchanged, only renumbered."),
    ("Article 9(1)", "all the assistance it is able to give", "Red line", "j.moreau",
     "Red line: keep 'all the assistance' — no qualifier."),
    ("Article 9(2)", "", "Question for the other side", "a.petrova",
     "Ask the other side what 'urgent consultations' means in practice."),
)


def annotated_workspace(folder: Path) -> Path:
    """A workspace holding the sample drafts, compared, with the notes above."""
    from clausewise.session import Session
    from clausewise.store import Anchor, Annotation, Side

    path = folder / "security-agreement.clausewise"
    session = Session(folder / "workspaces")
    session.create_workspace(path)
    session.open(OLD, NEW)
    comparison = session.compare_now()
    store = session.workspace.annotations
    for citation, words, tag, author, text in NOTES:
        pair = next(p for p in comparison.walk()
                    if citation in (c.citation for c in p.right))
        if words:
            clause = pair.right[0]
            anchor = Anchor.on(clause, Side.RIGHT)
            start = anchor.clause_text.index(words)
            anchor = Anchor.on(clause, Side.RIGHT, start, start + len(words))
        else:
            anchor = Anchor.on_pair(pair)
        store.add(Annotation.new(session.pair, anchor, text, tag, author))
    session.close()
    return path


def shoot(target: str, *args: str) -> None:
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, "-m", "clausewise.gui.app", *args, "--screenshot",
               str(SHOTS / target)]
    subprocess.run(command, cwd=REPO, env=environment, check=True)
    print(f"wrote docs/screenshots/{target}")


def main() -> int:
    SHOTS.mkdir(parents=True, exist_ok=True)
    shoot("clausewise-light.png", str(OLD), str(NEW))
    shoot("clausewise-dark.png", str(OLD), str(NEW), "--dark", "--show", "Article 9")
    shoot("clausewise-changed-only.png", str(OLD), str(NEW), "--changed-only",
          "--size", "1400x700")
    shoot("clausewise-ru.png", str(OLD), str(NEW), "--language", "ru", "--changed-only",
          "--size", "1400x700")
    shoot("clausewise-fr.png", str(OLD), str(NEW), "--language", "fr", "--changed-only",
          "--size", "1400x700")
    with tempfile.TemporaryDirectory(prefix="clausewise-shots-") as folder:
        workspace = annotated_workspace(Path(folder))
        shoot("clausewise-annotations.png", "--workspace", str(workspace), "--show",
              "Article 9")
        shoot("clausewise-annotations-dark.png", "--workspace", str(workspace), "--show",
              "Article 9", "--dark")
    return 0


if __name__ == "__main__":
    sys.exit(main())
