"""Drop Qt's one known-noise warning (offscreen `propagateSizeHints()`); pass every other on.

Qt prints it in the "default" category, so a logging filter rule would silence all of Qt's
uncategorised warnings too: a message handler that drops exactly this text is narrower.
"""

from __future__ import annotations

from PySide6.QtCore import QtMsgType, qInstallMessageHandler

NOISE = ("This plugin does not support propagateSizeHints()",)
_previous = None
_installed = False


def _handler(kind, context, message) -> None:
    if kind == QtMsgType.QtWarningMsg and message in NOISE:
        return
    if _previous is not None:
        _previous(kind, context, message)
    else:  # Qt's own default: the message on stderr
        import sys

        print(message, file=sys.stderr)


def quiet_known_noise() -> None:
    """Install the filter once per process (idempotent)."""
    global _previous, _installed
    if not _installed:
        _previous = qInstallMessageHandler(_handler)
        _installed = True
