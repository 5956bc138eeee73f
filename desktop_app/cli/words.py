"""The command line's own messages in the user's language (zh_CN, zh_TW or English), without Qt.

Texts are marked with `_N("CLI", …)` so `tools/translations.py` collects them into the same .ts
files as the window; `say` looks them up through desktop_app.i18n and fills in `{fields}`.
"""

from __future__ import annotations

import locale
import os
import sys
from functools import cache

from desktop_app.domain.labels import QT_TRANSLATE_NOOP as _N
from desktop_app.i18n import translate

CONTEXT = "CLI"
_TRADITIONAL = ("zh_tw", "zh_hk", "zh_mo", "zh_hant")

NO_ARCHIVE = _N("CLI", "There is no archive in {folder}. Check --data-dir; nothing was created. "
                "A new archive is made only by the Amends window, amends demo or amends import.")
NOT_A_FOLDER = _N("CLI", "{folder} is a file, not a folder: --data-dir names the folder that "
                  "holds amends.db.")
EMPTY_DATA_DIR = _N("CLI", "it is empty: name the folder that holds amends.db")
DAMAGED = _N("CLI", "The archive {path} is damaged; it was not changed ({detail}). See what is "
             "wrong with: amends check --data-dir \"{folder}\". Then restore the newest good "
             "backup with: amends restore BACKUP --data-dir \"{folder}\".")
READ_ONLY = _N("CLI", "The archive's folder {folder} cannot be written to, so nothing was "
               "saved ({detail}).")
BUSY = _N("CLI", "The archive stayed busy for {seconds} s: another program (the Amends window or "
          "another amends command) kept it locked. Nothing was written; try again when it has "
          "finished.")
WAITING = _N("CLI", "Waiting for the archive: another program (the Amends window or another "
             "amends command) is saving… (up to {seconds} s; Ctrl+C stops)")
DISK_FULL = _N("CLI", "The disk is full, so nothing was saved. Free some space and try again.")
WRITE_PROTECTED = _N("CLI", "Cannot write {path}: the folder or medium is write-protected.")
CANNOT_USE = _N("CLI", "Cannot use {path}: {reason}.")
UNEXPECTED = _N("CLI", "An unexpected error stopped the command, and nothing more was done "
                "({detail}). Please report it to whoever looks after Amends for you.")
CANNOT_WRITE = _N("CLI", "cannot write {out}: {reason}")
LETTER_NOT_LOGGED_RO = _N("CLI", "The letter was not logged on its case: the archive is "
                          "read-only here.")
LETTER_REMOVED = _N("CLI", "The letter could not be logged on its case, so it was not written "
                    "to {out} either. {reason}")


def language() -> str:
    """zh_CN, zh_TW or en, from the locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG; Windows' UI)."""
    return _language(tuple(os.environ.get(n, "") for n in
                           ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")))


@cache
def _language(names: tuple[str, ...]) -> str:
    for name in names:
        for part in name.split(":"):  # LANGUAGE may be a list: zh_TW:zh_CN:en
            if part and part.split(".")[0] not in ("C", "POSIX"):
                return _fit(part)
    if sys.platform == "win32":
        return _fit(_windows_ui_language())
    return "en"


def _fit(name: str) -> str:
    name = name.split(".")[0].split("@")[0].replace("-", "_").lower()
    if not name.startswith("zh"):
        return "en"
    return "zh_TW" if name.startswith(_TRADITIONAL) else "zh_CN"


def _windows_ui_language() -> str:
    if sys.platform != "win32":  # ctypes has no windll elsewhere
        return ""
    try:
        import ctypes

        lcid = ctypes.windll.kernel32.GetUserDefaultUILanguage()
        return locale.windows_locale.get(lcid, "")
    except (AttributeError, OSError):
        return ""


def say(text: str, **fields: object) -> str:
    """`text` (an English message marked above) in the user's language, fields filled in."""
    return translate(CONTEXT, text, language()).format(**fields)
