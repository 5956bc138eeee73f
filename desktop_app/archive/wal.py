"""Read-only reading of an archive's -wal file, by the rules SQLite's own recovery follows.

Used to judge a main file shorter than its header says: after a kill mid-checkpoint (or a full
disk) the missing pages are still in the WAL, and SQLite reads the archive perfectly.
"""

from __future__ import annotations

import struct
from pathlib import Path

_MAGIC = (0x377F0682, 0x377F0683)  # checksums little-endian / big-endian words
_HEADER_SIZE = 32
_FRAME_HEADER_SIZE = 24


def wal_path(path: Path) -> Path:
    return Path(path).with_name(Path(path).name + "-wal")


def shm_path(path: Path) -> Path:
    return Path(path).with_name(Path(path).name + "-shm")


def has_frames(path: Path) -> bool:
    """Whether the archive's WAL may hold pages SQLite would apply (cheap: no frame is read)."""
    try:
        return wal_path(path).stat().st_size > _HEADER_SIZE
    except OSError:
        return False


def committed_pages(path: Path) -> set[int]:
    """Page numbers held by the WAL's valid committed frames (empty when there is no WAL).

    A frame counts only when its salts match the header and its checksum chain is intact, up to
    the last commit frame, exactly as SQLite's recovery decides which frames to use.
    """
    try:
        data = wal_path(path).read_bytes()
    except OSError:
        return set()
    if len(data) < _HEADER_SIZE:
        return set()
    magic, _version, page_size, _seq, salt1, salt2 = struct.unpack(">6I", data[:24])
    if magic not in _MAGIC or page_size < 512 or page_size & (page_size - 1):
        return set()
    order = "<" if magic == _MAGIC[0] else ">"
    sums = _checksum(data[:24], order, (0, 0))
    if sums != struct.unpack(">2I", data[24:32]):
        return set()
    pages: set[int] = set()
    pending: set[int] = set()
    offset, frame = _HEADER_SIZE, _FRAME_HEADER_SIZE + page_size
    while offset + frame <= len(data):
        head = data[offset: offset + _FRAME_HEADER_SIZE]
        page, db_size, s1, s2, c1, c2 = struct.unpack(">6I", head)
        if (s1, s2) != (salt1, salt2) or page == 0:
            break
        sums = _checksum(head[:8], order, sums)
        sums = _checksum(data[offset + _FRAME_HEADER_SIZE: offset + frame], order, sums)
        if sums != (c1, c2):
            break
        pending.add(page)
        if db_size:  # a commit frame: everything up to here is part of the archive
            pages |= pending
            pending = set()
        offset += frame
    return pages


def _checksum(chunk: bytes, order: str, sums: tuple[int, int]) -> tuple[int, int]:
    s1, s2 = sums
    words = struct.unpack(f"{order}{len(chunk) // 4}I", chunk)
    for i in range(0, len(words), 2):
        s1 = (s1 + words[i] + s2) & 0xFFFFFFFF
        s2 = (s2 + words[i + 1] + s1) & 0xFFFFFFFF
    return s1, s2
