"""Writing an export safely: into a temporary file beside the target, then renamed.

A briefing that fails half-way (a full disk, a bug, a cancelled export) must never leave a
truncated file that someone might send on; the rename makes the new file appear whole or not
at all, and replaces an older briefing of the same name only once the new one is complete.
Replacing is the caller's decision (the window's save dialog asks, the command line wants
``--force``); a file marked read-only is never replaced, and a replaced file keeps its
permissions: the new briefing gets the old file's mode, never the process's default.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path
from typing import Callable

from .options import ReportError


def check_target(path: str | Path, suffixes: tuple[str, ...]) -> Path:
    """The export target as a Path, or a ReportError that says what to change."""
    target = Path(path).expanduser()
    suffix = target.suffix.lower()
    if suffix not in suffixes:
        wanted = " or ".join(suffixes)
        shown = f'"{suffix}"' if suffix else "no extension"
        raise ReportError(f"cannot export to {target.name or path} ({shown}): "
                          f"give a file name ending in {wanted}")
    if target.is_dir():
        raise ReportError(f"{target.name} is a folder: give a file name ending in {suffix}")
    folder = target.parent
    if not folder.is_dir():
        raise ReportError(f"the folder for {target.name} does not exist: "
                          "choose an existing folder")
    _existing_mode(target)   # refuses a read-only file before any work is done
    return target


def _existing_mode(target: Path) -> int | None:
    """The permission bits of the file ``target`` replaces (None if there is none yet);
    a ReportError if it is marked read-only, which a briefing never overwrites."""
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        return None
    except OSError as error:
        raise ReportError(f"cannot check {target.name} ({error.strerror or error}): "
                          "choose another file name") from error
    if not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        raise ReportError(f"{target.name} is marked read-only and is left as it is: "
                          "choose another file name, or make it writable first")
    return mode


def write_atomically(target: Path, write: Callable[[Path], None]) -> Path:
    """Runs ``write`` on a temporary file in the target's folder, then renames it over
    ``target`` (which keeps its permissions if it existed)."""
    mode = _existing_mode(target)
    try:
        handle, temp_name = tempfile.mkstemp(prefix=".clausewise-", suffix=target.suffix,
                                             dir=target.parent)
        os.close(handle)
    except OSError as error:
        raise ReportError(f"cannot write in the folder of {target.name} ({error.strerror or error})"
                          ": choose a folder you may write to") from error
    temp = Path(temp_name)
    try:
        write(temp)
        # mkstemp made it private to us: a new file gets what any saved file gets, a
        # replaced one keeps its own mode.
        os.chmod(temp, mode if mode is not None else 0o666 & ~_umask())
        os.replace(temp, target)
    except OSError as error:
        raise ReportError(f"cannot write {target.name} ({error.strerror or error}): "
                          "check the disk space and that the file is not open elsewhere") from error
    finally:
        if temp.exists():
            temp.unlink(missing_ok=True)
    return target


def _umask() -> int:
    """The process umask, so the briefing gets the permissions of any file the user saves.

    Read from /proc where there is one: setting and restoring it (the only portable way)
    would briefly change it for the other threads of the app.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    return 0o022
