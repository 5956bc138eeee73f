"""User actions: each validates through the domain, runs in one transaction, audits, and undoes.

The window and the command line call these, never the archive's writing methods directly.
`base.undo(archive, done, staff)` / `base.redo(...)` put a `Done` back or forward.
"""

from desktop_app.actions.base import IRREVERSIBLE, Done, redo, undo

__all__ = ["IRREVERSIBLE", "Done", "redo", "undo"]
