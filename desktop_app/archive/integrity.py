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

import errno
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.archive import schema

_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class CheckResult:
    """The verdict of `full_check`: `findings` are plain-language lines for the owner."""

    ok: bool
    schema_version: int = 0
    findings: list[str] = field(default_factory=list)


def quick_check(path: Path, thorough: bool = True) -> str | None:
    """None when the archive at `path` can be opened (or does not exist yet), else the problem.

    The header and the file's length are always checked (a garbage or truncated file, in
    microseconds); `thorough` adds SQLite's quick_check, which reads the whole file (about 0.4 s
    for 100,000 complaints): start-up asks for it only after a session that did not end cleanly,
    and every daily backup runs the full integrity check on its copy.
    """
    path = Path(path)
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
    except OSError as error:
        return f"The archive file cannot be read ({error.strerror or error})."
    if header[: len(_HEADER)] != _HEADER:
        return "The archive file is not a database: it may have been overwritten or damaged."
    if path.stat().st_size < _size_in_header(header):
        return "The archive file is damaged (it is shorter than it should be)."
    if not thorough:
        return None
    try:
        conn = sqlite3.connect(path)
        try:
            verdict = conn.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error as error:
        return f"The archive file is damaged ({error})."
    return None if verdict == "ok" else f"The archive file is damaged ({verdict})."


def _size_in_header(header: bytes) -> int:
    """The file length the database header promises, or 0 when the header does not say."""
    if len(header) < 100:
        return 0
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    change_counter, valid_for = header[24:28], header[92:96]
    # The page count is only trustworthy when written by the same change as the header.
    return page_size * pages if change_counter == valid_for else 0


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


def full_check(path: Path) -> CheckResult:
    """integrity_check, foreign_key_check and the schema version of the archive at `path`."""
    problem = quick_check(path)
    if not Path(path).exists():
        return CheckResult(False, findings=[f"There is no archive at {path}."])
    if problem:
        return CheckResult(False, findings=[problem])
    conn = sqlite3.connect(path)
    try:
        return _check_open(conn)
    except sqlite3.Error as error:
        return CheckResult(False, findings=[f"The archive file is damaged ({error})."])
    finally:
        conn.close()


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
    """Whether Amends can create files in `folder` (tried for real: permissions lie on Windows)."""
    probe = Path(folder) / ".amends-write-test"
    try:
        probe.write_bytes(b"")
        probe.unlink()
    except OSError:
        return False
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
