"""What the command-line verbs share: opening the archive named by --data-dir, and errors."""

from __future__ import annotations

import argparse
import contextlib
from pathlib import Path

from desktop_app.archive import Archive, ArchiveError
from desktop_app.paths import archive_path


class CommandError(Exception):
    """A verb failed in a way the user can fix; printed without a traceback, exit code 2."""


def open_archive(args: argparse.Namespace) -> Archive:
    try:
        return Archive.open(archive_path(args.data_dir))
    except ArchiveError as error:
        raise CommandError(str(error)) from error


def write_pdf(out: Path, pdf: bytes) -> None:
    """Write the whole file or nothing: a half-written PDF is worse than none."""
    partial = out.with_name(out.name + ".part")
    try:
        partial.write_bytes(pdf)
        partial.replace(out)
    except OSError as error:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise CommandError(f"cannot write {out}: {error.strerror or error}") from error
