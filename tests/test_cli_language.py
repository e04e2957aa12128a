"""The command line speaks English and writes the same JSON whatever the user's locale or the
window's language setting (issue 20: the CLI's messages stay English, --json keys never
change)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"
OLD, NEW = SAMPLES / "security-agreement-draft1.txt", SAMPLES / "security-agreement-draft2.txt"


def _run(args: list[str], language: str, home: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, LANG=language, LC_ALL=language, LANGUAGE=language.split(".")[0],
               HOME=str(home), XDG_CONFIG_HOME=str(home / "config"))
    # the window's setting, as View > Interface Language keeps it, says Russian
    settings = home / "config" / "Clausewise" / "Clausewise.conf"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text("[interface]\nlanguage=ru\n", encoding="utf-8")
    return subprocess.run([sys.executable, "-m", "clausewise.cli", *args], env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)


def _keys(value) -> object:
    """The shape of a JSON value: its keys, all the way down (lists by their first item)."""
    if isinstance(value, dict):
        return {key: _keys(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_keys(value[0])] if value else []
    return None


def test_json_and_messages_are_the_same_in_every_locale(tmp_path):
    runs = {language: _run(["compare", str(OLD), str(NEW), "--json"], language,
                           tmp_path / language.split("_")[0])
            for language in ("C.UTF-8", "ru_RU.UTF-8", "fr_FR.UTF-8")}
    for run in runs.values():
        assert run.returncode == 0, run.stderr
    english = json.loads(runs["C.UTF-8"].stdout)
    for language in ("ru_RU.UTF-8", "fr_FR.UTF-8"):
        assert json.loads(runs[language].stdout) == english   # keys and values alike
    assert _keys(english)["stats"] == {key: None for key in english["stats"]}
    texts = {language: _run(["compare", str(OLD), str(NEW)], language,
                            tmp_path / ("t" + language.split("_")[0])).stdout
             for language in ("C.UTF-8", "ru_RU.UTF-8")}
    assert texts["ru_RU.UTF-8"] == texts["C.UTF-8"] and "modified" in texts["C.UTF-8"]


def test_an_error_is_told_in_english_in_a_russian_locale(tmp_path):
    run = _run(["compare", str(tmp_path / "missing.txt"), str(NEW)], "ru_RU.UTF-8", tmp_path)
    assert run.returncode != 0
    assert "missing.txt" in run.stderr and not any("а" <= ch <= "я" for ch in run.stderr)
