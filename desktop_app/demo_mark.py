"""Whether an archive is the demo shop, and where the demo lives: read by every window at start,
apart from desktop_app.demo, whose stories and generator the window does not need to start."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop_app.archive import Archive

DEMO_SETTING = "demo_shop"  # "1" in an archive the demo filled: its window says so
DEMO_FOLDER_NAME = "Demo shop"


def demo_data_dir() -> Path:
    """The demo's own folder, beside the real archive and never the same: <app data>/Demo shop."""
    from desktop_app.paths import default_data_dir

    return default_data_dir() / DEMO_FOLDER_NAME


def is_demo(archive: Archive) -> bool:
    return archive.setting(DEMO_SETTING) == "1"
