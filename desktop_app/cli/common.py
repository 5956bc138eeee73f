"""What the command-line verbs share: opening the archive named by --data-dir, waiting for a busy
archive, and turning every failure into one plain sentence (exit status 2, never a traceback).
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import os
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

from desktop_app.archive import Archive, ArchiveError
from desktop_app.archive.errors import (
    ArchiveBusy,
    ArchiveDamaged,
    ArchiveMissing,
    ArchiveReadOnly,
)
from desktop_app.archive.integrity import as_archive_error, is_disk_full
from desktop_app.cli import words
from desktop_app.cli.words import say
from desktop_app.paths import archive_path

T = TypeVar("T")
# How long a verb keeps trying when another program holds the archive's write lock, on top of
# SQLite's own wait inside each attempt (busy_timeout, 5 s). Tests set it to 0.
BUSY_WAIT_VARIABLE = "AMENDS_BUSY_WAIT"
DEFAULT_BUSY_WAIT = 30.0


class CommandError(Exception):
    """A verb failed in a way the user can fix; printed without a traceback, exit code 2."""


def open_archive(args: argparse.Namespace, *, create: bool = False,
                 read_only: bool = False) -> Archive:
    """The archive in --data-dir. Without `create` a folder holding none is refused and nothing
    is made, not even the folder; `read_only` opens it without writing anything (a USB stick)."""
    path = archive_path(getattr(args, "data_dir", None))
    folder = path.parent
    if folder.exists() and not folder.is_dir():
        raise CommandError(say(words.NOT_A_FOLDER, folder=folder))
    if not create and not path.is_file():
        raise CommandError(say(words.NO_ARCHIVE, folder=folder))
    try:
        return patiently(lambda: Archive.open(path, create=create, read_only=read_only))
    except ArchiveError as error:
        raise CommandError(explain(error, path)) from error


def patiently(action: Callable[[], T]) -> T:
    """Run `action`, trying again while the archive is busy, up to AMENDS_BUSY_WAIT seconds.

    Only for actions that are one transaction (or none): a busy attempt has written nothing.
    """
    patience = busy_wait()
    started, told = time.monotonic(), False
    while True:
        try:
            return action()
        except Exception as error:
            waited = time.monotonic() - started
            if not is_busy(as_archive_error(error)):
                raise
            if waited >= patience:
                raise ArchiveBusy(say(words.BUSY, seconds=round(waited))) from error
            if not told:
                print(say(words.WAITING, seconds=round(patience)), file=sys.stderr, flush=True)
                told = True
            time.sleep(0.5)


def busy_wait() -> float:
    try:
        return max(0.0, float(os.environ.get(BUSY_WAIT_VARIABLE, DEFAULT_BUSY_WAIT)))
    except ValueError:
        return DEFAULT_BUSY_WAIT


def is_busy(error: BaseException) -> bool:
    return isinstance(error, ArchiveBusy)


def explain(error: BaseException, path: Path | None = None) -> str:
    """One sentence for the shop owner about any archive, storage or file error."""
    path = path or archive_path(None)
    folder = path.parent
    error = as_archive_error(error)  # a raw SQLite error that escaped the core's Database
    if isinstance(error, CommandError):
        return str(error)
    if _full(error) or _full(error.__cause__):
        return say(words.DISK_FULL)
    if isinstance(error, ArchiveMissing):
        return say(words.NO_ARCHIVE, folder=folder)
    if isinstance(error, ArchiveDamaged) or _damaged(error.__cause__):
        return say(words.DAMAGED, path=path, folder=folder, detail=_damage_detail(error))
    if isinstance(error, ArchiveReadOnly):
        return say(words.READ_ONLY, folder=folder, detail=_first_sentence(error))
    if is_busy(error):
        return str(error) if isinstance(error, ArchiveBusy) else say(words.BUSY, seconds=5)
    if isinstance(error, OSError):
        return _os_problem(error)
    return str(error)


def _cannot_write(out: Path, error: OSError) -> CommandError:
    reason = say(words.DISK_FULL) if _full(error) else error.strerror or str(error)
    return CommandError(say(words.CANNOT_WRITE, out=out, reason=reason))


def _full(error: BaseException | None) -> bool:
    if isinstance(error, OSError):
        return error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))
    return is_disk_full(error)


def _first_sentence(error: BaseException) -> str:
    """The archive layer's own words, without its advice (ours follows)."""
    return str(error).split(". ")[0].rstrip(".")


def _damage_detail(error: BaseException) -> str:
    """SQLite's own words for the damage when the error carries them (the sentence around them
    would say "damaged" a second time), else the archive layer's first sentence."""
    detail = getattr(error, "values", {}).get("detail")
    return str(detail) if detail else _first_sentence(error)


def _damaged(error: BaseException | None) -> bool:
    return error is not None and isinstance(as_archive_error(error), ArchiveDamaged)


def _os_problem(error: OSError) -> str:
    where = error.filename or "a file"
    if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return say(words.WRITE_PROTECTED, path=where)
    return say(words.CANNOT_USE, path=where, reason=error.strerror or error)


def write_pdf(out: Path, pdf: bytes) -> None:
    """Write the whole file or nothing: a half-written PDF is worse than none."""
    with staged_pdf(out, pdf):
        pass


@contextlib.contextmanager
def staged_pdf(out: Path, pdf: bytes) -> Iterator[None]:
    """Write `pdf` beside `out` and flush it to disk; it becomes `out` only when the block
    succeeds, so a step that must go with the file (logging a letter) is all or nothing."""
    partial = out.with_name(out.name + ".part")
    try:
        try:
            with open(partial, "wb") as handle:
                handle.write(pdf)
                handle.flush()
                os.fsync(handle.fileno())
        except OSError as error:
            raise _cannot_write(out, error) from error
        yield
        try:
            partial.replace(out)
        except OSError as error:
            raise _cannot_write(out, error) from error
    finally:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
