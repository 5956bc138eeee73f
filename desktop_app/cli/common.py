"""What the command-line verbs share: opening the archive named by --data-dir, and errors."""

from __future__ import annotations

import argparse

from desktop_app.archive import Archive, ArchiveError
from desktop_app.paths import archive_path


class CommandError(Exception):
    """A verb failed in a way the user can fix; printed without a traceback, exit code 2."""


def open_archive(args: argparse.Namespace) -> Archive:
    try:
        return Archive.open(archive_path(args.data_dir))
    except ArchiveError as error:
        raise CommandError(str(error)) from error
