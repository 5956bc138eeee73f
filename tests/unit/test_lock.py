"""The archive lock: one holder at a time, named in the refusal, gone when its process dies."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys

import pytest

from desktop_app.archive.errors import ArchiveInUse, ArchiveReadOnly
from desktop_app.archive.lock import ArchiveLock, holding, lock_holder

HOLD = """
import sys, time
from desktop_app.archive.lock import ArchiveLock
lock = ArchiveLock.acquire(sys.argv[1], "amends import")
print("held", flush=True)
time.sleep(60)
"""


def _hold_in_child(folder):
    child = subprocess.Popen([sys.executable, "-c", HOLD, str(folder)], stdout=subprocess.PIPE,
                             text=True)
    assert child.stdout.readline().strip() == "held"
    return child


def test_a_second_holder_is_refused_with_the_name_of_the_first(tmp_path):
    with ArchiveLock.acquire(tmp_path, "the Amends window"):
        with pytest.raises(ArchiveInUse) as refused:
            ArchiveLock.acquire(tmp_path, "amends restore")
        assert refused.value.holder == f"the Amends window (process {os.getpid()})"
        assert "the Amends window" in str(refused.value)
        assert lock_holder(tmp_path) == f"the Amends window (process {os.getpid()})"
    assert lock_holder(tmp_path) is None
    ArchiveLock.acquire(tmp_path, "amends restore").release()


def test_another_process_holding_the_lock_is_named_and_its_death_frees_it(tmp_path):
    child = _hold_in_child(tmp_path)
    try:
        assert lock_holder(tmp_path) == f"amends import (process {child.pid})"
        with pytest.raises(ArchiveInUse, match=f"amends import \\(process {child.pid}\\)"):
            ArchiveLock.acquire(tmp_path, "amends restore")
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert lock_holder(tmp_path) is None
    with ArchiveLock.acquire(tmp_path, "amends restore") as lock:
        assert lock.holder.startswith("amends restore")


def test_holding_reuses_the_lock_this_process_already_has(tmp_path):
    with ArchiveLock.acquire(tmp_path, "the Amends window") as window:
        with holding(tmp_path, "amends restore") as lock:
            assert lock is window
        assert lock_holder(tmp_path).startswith("the Amends window")  # still the window's


def test_a_read_only_folder_is_said_to_be_read_only(tmp_path, monkeypatch):
    def read_only(*args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr("desktop_app.archive.lock.os.open", read_only)
    with pytest.raises(ArchiveReadOnly, match="read-only"):
        ArchiveLock.acquire(tmp_path, "the Amends window")
    assert lock_holder(tmp_path) is None
