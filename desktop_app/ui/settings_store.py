"""Every per-computer setting of the window, declared once (key, default), read via QSettings.

Archive-wide settings (shop, targets) live in the archive; these belong to this computer and user:
window layout, the last staff member on duty, the interface language.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QSettings


@dataclass(frozen=True)
class Setting:
    key: str
    default: object


WINDOW_GEOMETRY = Setting("window/geometry", QByteArray())
WINDOW_STATE = Setting("window/state", QByteArray())
CURRENT_PAGE = Setting("window/page", "cases")
INTAKE_SPLITTER = Setting("intake/splitter", QByteArray())
CASES_HEADER = Setting("cases/header", QByteArray())
STAFF_ON_DUTY = Setting("staff/on_duty", 0)
RECENT_ARCHIVES = Setting("archives/recent", "")  # a list of folders (ui/archives.py)
UI_LANGUAGE = Setting("ui/language", "")  # "": follow the system (translation.SYSTEM)


class SettingsStore:
    """Typed reads and writes of the declared settings over one QSettings."""

    def __init__(self, qsettings: QSettings | None = None):
        self.qsettings = qsettings if qsettings is not None else QSettings()

    def get(self, setting: Setting):
        default = setting.default
        if isinstance(default, QByteArray):
            value = self.qsettings.value(setting.key, default)
            return value if isinstance(value, QByteArray) else QByteArray()
        # Ini files give back text, so ask for the declared type; a garbled value means default.
        try:
            return self.qsettings.value(setting.key, default, type=type(default))
        except (TypeError, ValueError):
            return default

    def set(self, setting: Setting, value: object) -> None:
        self.qsettings.setValue(setting.key, value)

    def sync(self) -> None:
        self.qsettings.sync()
