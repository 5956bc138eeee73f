"""Qt widgets only: one module per screen; no SQL here, the archive answers every question."""

from desktop_app.ui.refcount_guard import guard_none_refcount

guard_none_refcount()  # before any widget is made: see refcount_guard.py
