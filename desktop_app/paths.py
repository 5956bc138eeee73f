"""Where resources and the archive live, from source and from a PyInstaller bundle alike."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ARCHIVE_FILE_NAME = "amends.db"


def resources_dir() -> Path:
    """The `resources/` folder: next to the package in a checkout, inside the bundle when frozen."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def docs_dir() -> Path:
    """The user guide's folder (`docs/`), in a checkout and in the bundle alike."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "docs"
    return Path(__file__).resolve().parent.parent / "docs"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def default_data_dir() -> Path:
    """The platform's per-user application-data folder, without asking Qt (the CLI runs Qt-free)."""
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "Amends"


def archive_path(data_dir: Path | str | None) -> Path:
    folder = Path(data_dir) if data_dir else default_data_dir()
    return folder / ARCHIVE_FILE_NAME
