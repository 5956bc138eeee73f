"""A guard against a reference-count bug of PySide6 6.12 on Python 3.11.

PySide6 6.12.0 returns None from every void method (setText, setItem, setEnabled …) without
taking a reference to it, so each such call leaves None with one reference fewer. From Python
3.12 None is immortal (PEP 683) and this costs nothing; on 3.11 its count, about 5,000 after Qt
starts, reaches zero after that many calls net, and the process aborts ("Fatal Python error:
none_dealloc") — e.g. when a customer page fills a table of 12,000 cells. Until a fixed PySide6
is out, None gets a reference count that no session can use up.
"""

from __future__ import annotations

import ctypes
import sys

# 2**50 extra references: at a million void calls a second, 35 years of use. None is never
# freed anyway, so a count that is too high changes nothing else.
_PADDING = 1 << 50
_guarded = False


def guard_none_refcount() -> None:
    """Give None its padding once per process (only where None is not immortal)."""
    global _guarded
    if _guarded or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    # ob_refcnt is the first field of every CPython object (a Py_ssize_t).
    ctypes.c_ssize_t.from_address(id(None)).value += _PADDING
    _guarded = True
