"""Where the bundled resources are: in a checkout, an installed wheel or a frozen app.

pyproject.toml maps the top-level ``resources/`` folder to the package
``clausewise.resources``; a frozen build puts it at ``clausewise/resources`` in its bundle.
Everything that needs a sample draft, a font or an icon asks here, never builds a path itself.
"""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path


def resources_dir() -> Path:
    """The folder holding samples/, fonts/ and icons/."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "clausewise" / "resources"
    try:
        located = Path(str(resources.files("clausewise.resources")))
        if located.is_dir():
            return located
    except (ModuleNotFoundError, TypeError):
        pass
    return Path(__file__).resolve().parents[2] / "resources"  # a plain source checkout


def resource_path(*parts: str) -> Path:
    """A file or folder inside the bundled resources, e.g. resource_path("fonts", "x.ttf")."""
    return resources_dir().joinpath(*parts)
