"""PySide6 reads the whole source of every module imported after it, to learn whether that
module might switch on one of its `__feature__` options (snake_case, true_property).

Its import hook calls `inspect.getsource` once per newly imported module and looks for the word
"PySide6" in the text: about 100 modules and 15-28 ms on the way to the first window, and more
at each screen's first use (the same cost again for every module imported late). Amends switches
on no feature, so the answer is known without reading: the app's own modules use PySide6 (as
the scan would find), and no other module is one PySide6 would ever need to switch for.
"""

from __future__ import annotations

import sys


def skip_feature_scan() -> bool:
    """Answer PySide6's per-module question without reading the module's source; False where
    this PySide6 has no such hook (a later version may not)."""
    feature = sys.modules.get("PySide6.support.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _uses_pyside  # type: ignore[attr-defined]
    return True


def _uses_pyside(module) -> bool:
    return getattr(module, "__name__", "").startswith("desktop_app")
