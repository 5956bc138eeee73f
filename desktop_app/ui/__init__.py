"""Qt widgets only: one module per screen; no SQL here, the archive answers every question."""

import PySide6.QtCore  # noqa: F401 - loads PySide6's import hook, which the next line tunes

from desktop_app.ui.feature_scan import skip_feature_scan
from desktop_app.ui.refcount_guard import guard_none_refcount

guard_none_refcount()  # before any widget is made: see refcount_guard.py
skip_feature_scan()  # before the screens' modules are imported: see feature_scan.py
