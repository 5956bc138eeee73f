"""What can go wrong with the archive, as exceptions whose message is written for the shop owner.

Callers (window, command line) catch these and never `sqlite3.Error`: the archive layer turns
storage errors into one of them. Each message is a template (context "Problems") with its values
kept apart, so a window says it in its own language while the command line prints English.
"""

from __future__ import annotations

from desktop_app.domain.problems import Problem


class ArchiveError(Problem):
    """The archive cannot be opened or written; the message is for the shop owner."""


class ArchiveMissing(ArchiveError):
    """The folder holds no archive; only the first run, `demo` and `import` may create one."""


class ArchiveDamaged(ArchiveError):
    """SQLite itself, after its own WAL recovery, rejects the file (or it is not a database)."""


class ArchiveReadOnly(ArchiveError):
    """The folder or medium cannot be written; the archive can still be opened read-only."""


class ArchiveBusy(ArchiveError):
    """Another process kept the write lock longer than we were willing to wait."""


class ArchiveInUse(ArchiveError):
    """Another process has the archive open (a window, a restore); `holder` says which (a
    lock.Holder: English as a str, its kind translatable)."""

    def __init__(self, template: str = "", /, holder: str = "", **values):
        super().__init__(template, holder=holder, **values)
        self.holder = holder
