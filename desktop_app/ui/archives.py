"""More than one archive: open another folder, start a new one, the demo shop, recent folders.

One window serves one archive (its lock, its backups, its session); another archive opens in a
window of its own, a second Amends process started with `--data-dir`.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QProcess, QSettings

from desktop_app.paths import ARCHIVE_FILE_NAME
from desktop_app.ui import settings_store as keys

RECENT_KEY = keys.RECENT_ARCHIVES.key
MAX_RECENT = 6


def launch_command(data_dir: Path) -> tuple[str, list[str]]:
    """The program and arguments that start Amends over `data_dir` (bundle or checkout)."""
    if getattr(sys, "frozen", False):
        return sys.executable, ["--data-dir", str(data_dir)]
    return sys.executable, ["-m", "desktop_app", "--data-dir", str(data_dir)]


def open_in_new_window(data_dir: Path) -> bool:
    """Start Amends over `data_dir` in a window of its own; False when it could not start."""
    program, arguments = launch_command(data_dir)
    started, _pid = QProcess.startDetached(program, arguments)
    return bool(started)


def recent_archives(settings: QSettings) -> list[Path]:
    """The folders opened lately, newest first, only those that still hold an archive."""
    value = settings.value(RECENT_KEY) or []
    folders = [value] if isinstance(value, str) else list(value)
    return [Path(f) for f in folders if (Path(f) / ARCHIVE_FILE_NAME).is_file()]


def remember_archive(settings: QSettings, data_dir: Path) -> None:
    folders = [str(data_dir)] + [str(f) for f in recent_archives(settings)
                                 if Path(f) != Path(data_dir)]
    settings.setValue(RECENT_KEY, folders[:MAX_RECENT])
    settings.sync()


def archive_label(data_dir: Path) -> str:
    """How a folder appears in the Recent archives menu."""
    from desktop_app.demo import demo_data_dir

    if Path(data_dir) == demo_data_dir():
        return QCoreApplication.translate("Archives", "Demo shop")
    return str(data_dir)
