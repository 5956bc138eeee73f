"""Who has the archive: an OS-level lock on a file in the data folder, released when its process
dies (no stale locks after a crash), naming its holder so a refusal can say who to close.

The lock is `flock` on POSIX (per open file, so a second acquire in the same process is refused
too) and a byte-range lock past the text on Windows, so the holder's name stays readable.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from desktop_app.archive.errors import ArchiveInUse, ArchiveReadOnly

LOCK_NAME = "amends.db.lock"
_WINDOWS = sys.platform == "win32"
_LOCK_OFFSET = 1 << 20  # Windows: lock a byte far past the holder's text, which stays readable
_held: dict[tuple[Path, str], ArchiveLock] = {}  # the locks this process holds

if _WINDOWS:  # pragma: no cover - exercised on Windows builds only
    import msvcrt
else:
    import fcntl


def _key(folder: Path, name: str) -> tuple[Path, str]:
    return Path(folder).resolve(), name


def _try_lock(fd: int, shared: bool = False) -> bool:
    try:
        if sys.platform == "win32":  # pragma: no cover - as _WINDOWS, spelt out for mypy
            os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            fcntl.flock(fd, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(fd: int) -> None:
    with contextlib.suppress(OSError):
        if sys.platform == "win32":  # pragma: no cover - as _WINDOWS, spelt out for mypy
            os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        else:
            fcntl.flock(fd, fcntl.LOCK_UN)


def _read_holder(path: Path) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        text = ""
    return text or "another Amends program"


def _in_use(data_dir: Path, holder: str) -> ArchiveInUse:
    return ArchiveInUse(f"The archive in {data_dir} is in use by {holder}. Close it (or wait "
                        "for it to finish) and try again.", holder)


class ArchiveLock:
    """Held for as long as a window or a verb such as restore needs the archive to itself."""

    def __init__(self, data_dir: Path, fd: int, holder: str):
        self.data_dir, self._fd, self.holder = data_dir, fd, holder
        self._key = _key(data_dir, LOCK_NAME)

    @classmethod
    def acquire(cls, data_dir: Path, holder: str, *, name: str = LOCK_NAME) -> ArchiveLock:
        """Take the lock for `holder` (e.g. "the Amends window"); ArchiveInUse names who has it.

        `name` picks another lock file in the folder (backups take one of their own)."""
        data_dir = Path(data_dir)
        key = _key(data_dir, name)
        if key in _held:
            raise _in_use(data_dir, _held[key].holder)
        path = data_dir / name
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as error:
            if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
                raise ArchiveReadOnly(f"Amends may not write into {data_dir}; the archive can "
                                      "only be opened read-only there.") from error
            raise ArchiveReadOnly(f"Cannot use the folder {data_dir} ({error.strerror}).") \
                from error
        if not _try_lock(fd):
            os.close(fd)
            raise _in_use(data_dir, _read_holder(path))
        named = f"{holder} (process {os.getpid()})"
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, named.encode("utf-8"))
        lock = cls(data_dir, fd, named)
        lock._key = key
        _held[key] = lock
        return lock

    def release(self) -> None:
        if self._fd < 0:
            return
        _held.pop(self._key, None)
        with contextlib.suppress(OSError):
            os.ftruncate(self._fd, 0)
        _unlock(self._fd)
        os.close(self._fd)
        self._fd = -1

    def __enter__(self) -> ArchiveLock:
        return self

    def __exit__(self, *exc) -> None:
        self.release()


def lock_holder(data_dir: Path) -> str | None:
    """Who holds the archive in `data_dir` now ("the Amends window (process 1234)"), None if free.

    Writes nothing: a read-only folder (or one without a lock file) simply has no holder.
    """
    data_dir = Path(data_dir)
    if (held := _held.get(_key(data_dir, LOCK_NAME))) is not None:
        return held.holder
    path = data_dir / LOCK_NAME
    try:
        fd = os.open(path, os.O_RDONLY if not _WINDOWS else os.O_RDWR)
    except OSError:
        return None
    try:
        if _try_lock(fd, shared=True):
            _unlock(fd)
            return None
        return _read_holder(path)
    finally:
        os.close(fd)


def held_here(data_dir: Path) -> ArchiveLock | None:
    """The lock this process already holds on `data_dir` (the window's), if any."""
    return _held.get(_key(data_dir, LOCK_NAME))


@contextlib.contextmanager
def holding(data_dir: Path, holder: str) -> Iterator[ArchiveLock]:
    """The lock for a job: reuses this process's own (a restore started from the window), else
    acquires it for the job and releases it afterwards."""
    own = held_here(data_dir)
    if own is not None:
        yield own
        return
    with ArchiveLock.acquire(data_dir, holder) as lock:
        yield lock
