"""Is the archive sound? The quick check at start-up, the full `amends check`, and plain words for
the storage errors a shop PC meets (full disk, read-only folder, damaged file).

Why the archive is opened the way it is (archive.py, `_PRAGMAS`):
- `journal_mode = WAL`: a commit appends to the -wal file and readers never block the writer, so
  the window stays responsive while a save commits, and a crash mid-commit leaves the main file
  untouched (the torn tail of the WAL is ignored at the next open). WAL needs every process on the
  same machine, hence "never keep the archive on a network share".
- `synchronous = FULL`: the WAL is fsynced at every commit, so a record the app has reported as
  saved survives a power cut too. NORMAL would survive a crashed *process* but may lose the last
  commits on power loss; one fsync per user action costs milliseconds, nothing a clerk notices.
- `foreign_keys = ON`: a complaint can never point at a customer that is not there.
- `busy_timeout = 5000` with `BEGIN IMMEDIATE` per action: a second copy of the app (or a CLI job)
  waits for the write lock instead of failing half-way, so no write is lost either way.
The kill test (tests/unit/test_durability.py) checks the first claim; the second is SQLite's own.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.archive import schema, wal
from desktop_app.archive.errors import (
    ArchiveBusy,
    ArchiveDamaged,
    ArchiveError,
    ArchiveReadOnly,
)
from desktop_app.domain.labels import QT_TRANSLATE_NOOP as _N
from desktop_app.domain.problems import Technical, Text, technical

_HEADER = b"SQLite format 3\x00"
# SQLite's primary result codes (the low byte of sqlite_errorcode).
_BUSY, _LOCKED, _READONLY, _PERM, _FULL, _CANTOPEN = 5, 6, 8, 3, 13, 14
_CORRUPT, _NOTADB, _IOERR = 11, 26, 10
_STORAGE_CODES = (_PERM, _BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB)
_STORAGE_WORDS = ("locked", "busy", "full", "readonly", "read-only", "malformed", "not a database",
                  "disk i/o error", "unable to open")
_DAMAGE_WORDS = ("malformed", "not a database", "disk i/o error", "database corruption")


@dataclass(frozen=True)
class CheckResult:
    """The verdict of `full_check`: `findings` are plain-language lines for the owner."""

    ok: bool
    schema_version: int = 0
    findings: list[str] = field(default_factory=list)


def header_problem(path: Path) -> Text | None:
    """Zero-length, unreadable or not-a-database: judged from the first 100 bytes alone."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
    except OSError as error:
        return Text(_N("Problems", "The archive file cannot be read ({detail})."),
                    detail=technical(error))
    if not header:
        return Text(_N("Problems", "The archive file is empty (0 bytes): its records are gone "
                       "from it. Restore the latest backup."))
    page_size = int.from_bytes(header[16:18], "big") if len(header) == 100 else 0
    if header[: len(_HEADER)] != _HEADER or not _valid_page_size(page_size):
        return Text(_N("Problems", "The archive file is not a database: it may have been "
                       "overwritten or damaged."))
    return None


def _valid_page_size(size: int) -> bool:
    return size == 1 or (512 <= size <= 32768 and size & (size - 1) == 0)


def light_problem(conn: sqlite3.Connection, path: Path) -> Text | None:
    """The check every start can afford, on a connection that has recovered the WAL.

    Reads the schema, checks that every page the archive has is either in the main file or in the
    WAL's committed frames (a main file shorter than its header is sound when the WAL holds the
    rest: a kill mid-checkpoint), and walks the first and last leaf of every table (where new
    records go). A few hundred pages at most, whatever the archive's size.
    """
    try:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        page_count = conn.execute("PRAGMA page_count").fetchone()[0]
        if _pages_missing(path, page_size, page_count):
            return Text(_N("Problems", "The archive file is damaged: it is shorter than it "
                           "should be and the missing part is nowhere to be found."))
        objects = conn.execute("SELECT type, name, rootpage, sql FROM sqlite_master").fetchall()
        for kind, name, root, sql in objects:
            if kind == "table" and root and "WITHOUT ROWID" not in (sql or "").upper():
                quoted = '"' + name.replace('"', '""') + '"'
                for order in ("ASC", "DESC"):
                    conn.execute(f"SELECT rowid FROM {quoted} ORDER BY rowid {order} LIMIT 1")
    except sqlite3.DatabaseError as error:
        if is_damage(error):
            return damage_message(error)
        raise
    return None


def _pages_missing(path: Path, page_size: int, page_count: int) -> bool:
    present = Path(path).stat().st_size // page_size
    if page_count <= present:
        return False
    in_wal = wal.committed_pages(path)  # only read in this rare case: the WAL is parsed in full
    return any(page not in in_wal for page in range(present + 1, page_count + 1))


def is_damage(error: BaseException) -> bool:
    """Whether SQLite says the file itself is broken (not busy, full or read-only)."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (_CORRUPT, _NOTADB)
    text = str(error).lower()
    return "malformed" in text or "not a database" in text


def damage_message(error: BaseException | str) -> Text:
    return Text(_N("Problems", "The archive file is damaged ({detail})."), detail=technical(error))


def quick_check(path: Path, thorough: bool = True) -> Text | None:
    """None when the archive at `path` is sound (or does not exist yet), else the problem.

    Strictly read-only: never writes the file, its WAL or -shm, creates nothing next to it.
    Always the header and `light_problem`; `thorough` adds SQLite's quick_check, which reads the
    whole file. Raises ArchiveError when the check itself cannot run (no space for the private
    copy, unreadable folder): that is not a verdict on the archive.
    """
    path = Path(path)
    if not path.exists():
        return None
    problem = header_problem(path)
    if problem:
        return problem

    def judge(conn: sqlite3.Connection, file: Path) -> str | None:
        problem = light_problem(conn, file)
        if problem or not thorough:
            return problem
        verdict = [row[0] for row in conn.execute("PRAGMA quick_check(5)")]
        return None if verdict == ["ok"] else damage_message("; ".join(verdict))

    return _read_only(path, judge, lambda message: message)


def full_check(path: Path) -> CheckResult:
    """integrity_check, foreign_key_check and the schema version of the archive at `path`.

    As read-only as `quick_check`, and raises ArchiveError in the same case.
    """
    path = Path(path)
    if not path.exists():
        return CheckResult(False, findings=[f"There is no archive at {path}."])
    problem = header_problem(path)
    if problem:
        return CheckResult(False, findings=[problem])

    def judge(conn: sqlite3.Connection, file: Path) -> CheckResult:
        problem = light_problem(conn, file)
        return CheckResult(False, findings=[problem]) if problem else _check_open(conn)

    return _read_only(path, judge, lambda message: CheckResult(False, findings=[message]))


def _read_only(path: Path, judge, damaged):
    """Run `judge(conn, file)` on the archive as SQLite sees it after WAL recovery, read-only.

    `damaged(message)` is the verdict when SQLite reports damage in the middle of `judge`.

    With no WAL, the file is opened `immutable=1` (SQLite then writes nothing, not even a -shm;
    but it would ignore a WAL). With a WAL, SQLite's read-only mode still creates or rewrites the
    -shm, so the file and its WAL are copied into a private temporary folder and judged there.
    A writer in another process may change the files meanwhile: a bad verdict is then re-tried.
    """
    for _attempt in range(3):
        before = _stamp(path)
        try:
            with _snapshot(path) as (conn, file):
                verdict = judge(conn, file)
        except sqlite3.DatabaseError as error:
            if not is_damage(error):
                raise storage_error(error, path) from error
            verdict = damaged(damage_message(error))
        except OSError as error:
            raise ArchiveError(_N("Problems", "The archive could not be checked ({detail})."),
                               detail=technical(error)) from error
        good = verdict is None or getattr(verdict, "ok", False)
        if good or _stamp(path) == before:
            return verdict
    return verdict


@contextlib.contextmanager
def _snapshot(path: Path) -> Iterator[tuple[sqlite3.Connection, Path]]:
    if not wal.has_frames(path):
        conn = sqlite3.connect(path.resolve().as_uri() + "?immutable=1", uri=True)
        try:
            yield conn, path
        finally:
            conn.close()
        return
    with tempfile.TemporaryDirectory(prefix="amends-check-") as folder:
        copy = Path(folder) / path.name
        shutil.copyfile(path, copy)
        shutil.copyfile(wal.wal_path(path), wal.wal_path(copy))
        conn = sqlite3.connect(copy.as_uri() + "?mode=ro", uri=True)
        try:
            yield conn, copy
        finally:
            conn.close()


def _stamp(path: Path) -> tuple:
    def one(file: Path):
        try:
            info = file.stat()
        except OSError:
            return None
        return info.st_size, info.st_mtime_ns
    return one(path), one(wal.wal_path(path))


def storage_error(error: BaseException, path: Path | None = None) -> ArchiveError:
    """The ArchiveError (in plain words) for a failed SQLite or file operation on the archive."""
    code = getattr(error, "sqlite_errorcode", None)
    primary = code & 0xFF if code is not None else None
    number = getattr(error, "errno", None)
    text = str(error).lower()
    if primary in (_BUSY, _LOCKED) or (primary is None and "locked" in text):
        return ArchiveBusy(_N("Problems", "The archive is busy in another copy of Amends or "
                              "another Amends command, so nothing was saved. Try again in a "
                              "moment."))
    if primary == _FULL or number == errno.ENOSPC or (primary is None and "full" in text):
        return ArchiveError(_N("Problems", "The disk is full, so nothing was saved. "
                               "Free some space and try again."))
    if primary in (_READONLY, _PERM) or number in (errno.EROFS, errno.EACCES, errno.EPERM):
        return ArchiveReadOnly(_N("Problems", "The archive's folder cannot be written to, so "
                                  "nothing was saved. It can still be opened read-only, to look, "
                                  "print and export."))
    if is_damage(error):
        return ArchiveDamaged(_N("Problems", "The archive file is damaged ({detail}). Restore "
                                 "the latest backup."), detail=technical(error))
    if path:
        return ArchiveError(_N("Problems", "The archive {path} could not be read or written "
                               "({detail})."), path=path, detail=Technical(str(error)))
    return ArchiveError(_N("Problems", "The archive could not be read or written ({detail})."),
                        detail=Technical(str(error)))


def _session_marker(path: Path) -> Path:
    return Path(path).with_name(Path(path).name + ".in-use")


def begin_session(path: Path) -> None:
    """Note that the app has the archive open; `end_session` removes the note on a clean quit."""
    try:
        _session_marker(path).touch()
    except OSError:
        pass  # a read-only folder is reported where it matters, when saving


def end_session(path: Path) -> None:
    _session_marker(path).unlink(missing_ok=True)


def ended_cleanly(path: Path) -> bool:
    """False when the last session was cut off (crash, power cut, killed process)."""
    return not _session_marker(path).exists()


def _check_open(conn: sqlite3.Connection) -> CheckResult:
    findings, ok = [], True
    problems = [row[0] for row in conn.execute("PRAGMA integrity_check(20)")]
    if problems == ["ok"]:
        findings.append("The file is sound (integrity check passed).")
    else:
        ok = False
        findings.append("The file is damaged:")
        findings += [f"  {p}" for p in problems]
    broken = conn.execute("PRAGMA foreign_key_check").fetchall()
    if broken:
        ok = False
        tables = sorted({row[0] for row in broken})
        findings.append(f"{len(broken)} record(s) point at something that is missing "
                        f"(in {', '.join(tables)}).")
    else:
        findings.append("Every record points at records that exist.")
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > schema.LATEST_VERSION:
        ok = False
        findings.append(f"Made by a newer Amends (version {version}); update Amends.")
    elif version < schema.LATEST_VERSION:
        findings.append(f"Archive version {version}; it is upgraded the next time Amends opens it.")
    else:
        findings.append(f"Archive version {version} (current).")
    return CheckResult(ok, version, findings)


def folder_writable(folder: Path) -> bool:
    """Whether Amends can create files in `folder` (tried for real: permissions lie on Windows).

    The probe has a name of its own each time: with one shared name, two programs opening the
    same archive at once (the window and a command, two commands) could delete each other's
    probe, and the second would take a writable folder for a read-only one."""
    try:
        handle, probe = tempfile.mkstemp(prefix=".amends-write-test-", dir=folder)
    except OSError:
        return False
    os.close(handle)
    with contextlib.suppress(OSError):
        os.unlink(probe)
    return True


def storage_problem(error: BaseException) -> str:
    """A sentence the shop owner understands for a failed read or write of the archive."""
    text = str(error).lower()
    if getattr(error, "errno", None) == errno.ENOSPC or "full" in text:
        return "The disk is full, so nothing was saved. Free some space and try again."
    if isinstance(error, PermissionError) or "readonly" in text or "read-only" in text:
        return "The archive's folder cannot be written to, so nothing was saved."
    if "locked" in text or "busy" in text:
        return "The archive is busy in another copy of Amends; try again in a moment."
    if "malformed" in text or "not a database" in text:
        return "The archive file is damaged. Restore the latest backup (File > Restore…)."
    return f"The archive could not be written, so nothing was saved ({error})."


def is_storage_error(error: BaseException) -> bool:
    """A raw SQLite failure of the file (busy, damaged, full, read-only, I/O), judged by its result
    code. Not a broken constraint (IntegrityError: corrections and validation catch it), nor a
    ProgrammingError, nor SQLITE_ERROR ("no such column": sqlite-utils' own fallbacks catch it)."""
    if not isinstance(error, sqlite3.DatabaseError) or isinstance(
            error, (sqlite3.IntegrityError, sqlite3.ProgrammingError)):
        return False
    code = getattr(error, "sqlite_errorcode", None)
    if code is None:  # made by hand, not by SQLite: judged by its words
        return any(word in str(error).lower() for word in _STORAGE_WORDS)
    return code & 0xFF in _STORAGE_CODES


def as_archive_error(error: BaseException) -> BaseException:
    """`error`, or its ArchiveError (the original as cause) when it is a raw SQLite storage error
    that did not pass through the core's Database (a cursor fetched after `execute`)."""
    if not is_storage_error(error):
        return error
    mapped = storage_error(error)
    mapped.__cause__ = error
    return mapped


def shows_damage(error: BaseException) -> bool:
    """Whether `error`, or what caused it, says the archive file itself is damaged (I/O errors
    included: the file cannot be trusted)."""
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, ArchiveDamaged):
            return True
        if isinstance(seen, sqlite3.DatabaseError):
            code = getattr(seen, "sqlite_errorcode", None)
            if code is not None and code & 0xFF in (_IOERR, _CORRUPT, _NOTADB):
                return True
            if any(word in str(seen).lower() for word in _DAMAGE_WORDS):
                return True
        seen = seen.__cause__ or seen.__context__
    return False


def is_disk_full(error: BaseException | None) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    return code is not None and code & 0xFF == _FULL
