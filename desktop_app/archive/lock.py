"""Who has the archive: an OS-level lock on a file in the data folder, released when its process
dies (no stale locks after a crash), naming its holder so a refusal can say who to close.

The lock is `flock` on POSIX (per open file, so a second acquire in the same process is refused
too) and a byte-range lock past the text on Windows, so the holder's name stays readable.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Self

from desktop_app.archive.errors import ArchiveInUse, ArchiveReadOnly
from desktop_app.domain.labels import QT_TRANSLATE_NOOP as _N
from desktop_app.domain.problems import Text, technical

LOCK_NAME = "amends.db.lock"
_WINDOWS = sys.platform == "win32"
_LOCK_OFFSET = 1 << 20  # Windows: lock a byte far past the holder's text, which stays readable
_held: dict[tuple[Path, str], ArchiveLock] = {}  # the locks this process holds

# The kinds of holder, so a window names them in its own language (any other text is shown as is).
HOLDER_KINDS = (_N("Problems", "the Amends window"), _N("Problems", "amends restore"),
                _N("Problems", "amends backup"), _N("Problems", "amends erase-customer"),
                _N("Problems", "amends import"), _N("Problems", "another Amends program"))
_NAMED = re.compile(r"^(?P<kind>.*) \(process (?P<pid>\d+)\)$", re.S)

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


class Holder(Text):
    """Who holds a lock: a `kind` ("the Amends window") and the `pid` of its process. As a str it
    is the English "the Amends window (process 1234)", which is also what the lock file holds (so
    older copies of Amends, and people, can read it); a window translates the kind."""

    kind: str
    pid: int | None

    def __new__(cls, kind: str, pid: int | None = None) -> Self:
        if pid is None:
            holder = super().__new__(cls, kind)
        else:
            holder = super().__new__(cls, _N("Problems", "{who} (process {pid})"),
                                     who=Text(kind), pid=pid)
        holder.kind, holder.pid = kind, pid
        return holder

    @classmethod
    def parse(cls, text: str) -> Holder:
        """The holder a lock file names; any text without a process number is a kind of its
        own (a lock file written by hand, or by a future version)."""
        text = text.strip()
        named = _NAMED.match(text)
        if named is None:
            return cls(text or "another Amends program")
        return cls(named["kind"], int(named["pid"]))


def _read_holder(path: Path) -> Holder:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        text = ""
    return Holder.parse(text)


def _in_use(data_dir: Path, holder: Holder) -> ArchiveInUse:
    return ArchiveInUse(_N("Problems", "The archive in {folder} is in use by {holder}. Close it "
                           "(or wait for it to finish) and try again."),
                        folder=data_dir, holder=holder)


class ArchiveLock:
    """Held for as long as a window or a verb such as restore needs the archive to itself."""

    def __init__(self, data_dir: Path, fd: int, holder: Holder):
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
                raise ArchiveReadOnly(_N("Problems", "Amends may not write into {folder}; the "
                                         "archive can only be opened read-only there."),
                                      folder=data_dir) from error
            raise ArchiveReadOnly(_N("Problems", "Cannot use the folder {folder} ({detail})."),
                                  folder=data_dir, detail=technical(error)) from error
        if not _try_lock(fd):
            os.close(fd)
            raise _in_use(data_dir, _read_holder(path))
        named = Holder(holder, os.getpid())
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, str(named).encode("utf-8"))
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


def lock_holder(data_dir: Path) -> Holder | None:
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
