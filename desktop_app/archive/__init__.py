"""The only layer that talks SQL: the SQLite archive, its schema, backups and transfers."""

from desktop_app.archive.archive import Archive
from desktop_app.archive.errors import ArchiveError

__all__ = ["Archive", "ArchiveError"]
