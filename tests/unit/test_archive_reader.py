"""Archive.reader: a worker thread's own read-only view of an archive the window has open."""

from __future__ import annotations

import threading

import pytest

from desktop_app.archive import Archive
from desktop_app.archive.errors import ArchiveReadOnly
from desktop_app.domain.queries import CaseFilter
from tests.conftest import complaint_input, customer_input


def test_a_reader_on_another_thread_sees_the_last_commit_and_writes_nothing(tmp_path):
    path = tmp_path / "amends.db"
    archive = Archive.open(path)
    archive.cases.record_complaint(customer_input(), complaint_input())
    seen: list = []

    def on_worker() -> None:
        reader = Archive.reader(path, archive.now)
        try:
            seen.append(reader.cases.count_cases(CaseFilter()))
            with pytest.raises(ArchiveReadOnly):
                reader.db.execute("DELETE FROM complaints")
            seen.append(reader.read_only)
        finally:
            reader.close()

    worker = threading.Thread(target=on_worker)
    worker.start()
    worker.join()
    assert seen == [1, True]
    assert archive.cases.count_cases(CaseFilter()) == 1
    archive.close()
