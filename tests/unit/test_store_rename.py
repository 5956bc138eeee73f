"""The call-site rewriter (tools/store_rename.py) and the archive's parts it reads."""
# store_rename: skip - the examples below are the old calls on purpose

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from desktop_app.archive import Archive
from desktop_app.archive.core import Store
from desktop_app.domain.queries import CaseFilter

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import store_rename  # noqa: E402

BEFORE = '''from desktop_app.archive.case_file import CaseFileStore


def show(self, window, archive, opened):
    archive.add_remedy(data, None)
    self.archive.complaint(1)
    self._archive.letters(3)
    window.archive.remedies(4)
    with archive.transaction():
        archive.log_event("shop", 1, "updated")
    opened = Archive.open(path)
    opened.customer_by_phone("139")
    monkeypatch.setattr(archive, "erase_customer", fail)
    callback = self.archive.follow_up
    archive._insert_customer(data, None), self.archive._clock
    archive.path, archive.now(), archive.shop()
'''

AFTER = '''from desktop_app.archive.case_file import CaseFileStore


def show(self, window, archive, opened):
    archive.remedies.add_remedy(data, None)
    self.archive.cases.complaint(1)
    self._archive.letters.letters(3)
    window.archive.remedies.remedies(4)
    with archive.transaction():
        archive.log_event("shop", 1, "updated")
    opened = Archive.open(path)
    opened.customers.customer_by_phone("139")
    monkeypatch.setattr(archive.privacy, "erase_customer", fail)
    callback = self.archive.follow_ups.follow_up
    archive.customers.insert_customer(data, None), self.archive.clock
    archive.path, archive.now(), archive.shop()
'''


@pytest.fixture(scope="module")
def mapping():
    return store_rename.store_mapping()


def test_the_mapping_is_read_from_the_stores_and_leaves_the_core_alone(mapping):
    methods, stores, ambiguous = mapping
    assert methods["add_remedy"] == "remedies" and methods["warnings"] == "intelligence"
    assert methods["case_file"] == "case_files" and methods["merge_customers"] == "profiles"
    assert not ambiguous
    for kept in ("transaction", "log_event", "now", "shop", "staff", "setting", "close"):
        assert kept not in methods
    archive = _archive()
    assert stores == {name for name in dir(Archive)
                      if isinstance(getattr(archive, name, None), Store)}


def test_calls_on_the_whole_archive_become_calls_on_its_stores(mapping):
    methods, stores, _ = mapping
    assert store_rename.rewrite(BEFORE, methods, stores) == AFTER


def test_rewriting_twice_changes_nothing(mapping):
    methods, stores, _ = mapping
    once = store_rename.rewrite(BEFORE, methods, stores)
    assert store_rename.rewrite(once, methods, stores) == once


def test_no_call_site_in_the_project_is_left_on_the_whole_archive(mapping):
    methods, stores, _ = mapping
    files = store_rename._files([str(ROOT / p) for p in store_rename.DEFAULT_PATHS])
    texts = {f: f.read_text(encoding="utf-8") for f in files
             if f.resolve() != Path(__file__).resolve()}
    left = [f for f, text in texts.items() if store_rename.rewrite(text, methods, stores) != text]
    assert left == []


def test_every_store_reads_the_connection_a_restore_reopens(tmp_path):
    archive = Archive.open(tmp_path / "amends.db")
    try:
        archive.db.close()
        archive.db = Archive.open(archive.path).db  # what restore.finish_restore does
        for name in dir(Archive):  # every store, made now if it was not yet
            store = getattr(archive, name)
            if isinstance(store, Store):
                assert store.db is archive.db
        assert archive.cases.count_cases(CaseFilter()) == 0
    finally:
        archive.close()


def _archive() -> Archive:
    return Archive(None, Path("x"))  # the stores are made without touching a file
