"""The only layer that talks SQL: the SQLite archive, its schema, backups and transfers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.archive.errors import ArchiveError

if TYPE_CHECKING:
    from desktop_app.archive.archive import Archive

__all__ = ["Archive", "ArchiveError"]


def __getattr__(name: str):
    # `Archive` on first use: importing a module of this package (errors, say) need not bring
    # the archive and its stores.
    if name == "Archive":
        from desktop_app.archive.archive import Archive

        return Archive
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
