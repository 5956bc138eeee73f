"""The Watch list reads its early warnings on a worker (a connection of its own), says it is
reading until they come, and shows only the newest read's answer."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt

import desktop_app.ui.watch_list as watch_list
from desktop_app.ui.watch_list import COL_WHO, WatchListPage
from tests.ui.conftest import type_text
from tests.ui.test_watch_list import shop  # noqa: F401 - the fixture

__all__ = ["shop"]


def not_here(*_args, **_kwargs):
    raise AssertionError("the warnings were read on the GUI thread's connection")


def test_the_warnings_are_read_on_a_worker_and_the_page_says_it_is_reading(
        qtbot, monkeypatch, shop):  # noqa: F811 - the fixture
    threads = []
    real = watch_list.read_warnings

    def watched(path, clock):
        threads.append(threading.current_thread())
        return real(path, clock)

    monkeypatch.setattr(watch_list, "read_warnings", watched)
    monkeypatch.setattr(shop.intelligence, "warnings", not_here)
    page = WatchListPage(shop)
    qtbot.addWidget(page)
    page.show()
    assert page.reading and page.table.rowCount() == 0
    assert page.summary.text() == "Reading the warnings…"
    with qtbot.waitSignal(page.count_changed) as counted:
        pass
    assert counted.args == [1] and not page.reading
    assert page.table.item(0, COL_WHO).text().startswith("王小明")
    assert page.summary.text().startswith("1 warning")  # (s) unless English plurals are loaded
    assert threads and all(t is not threading.main_thread() for t in threads)


def test_an_older_read_that_answers_last_is_dropped(qtbot, monkeypatch, shop):  # noqa: F811
    page = WatchListPage(shop)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not page.reading)
    real = watch_list.read_warnings
    release, calls = threading.Event(), []

    def slow_then_fast(path, clock):
        calls.append(path)
        if len(calls) == 1:  # the older read: held until the newer one has been shown
            release.wait(10)
            return []
        return real(path, clock)

    delivered = []
    shown_answer = page._on_read

    def counting(answer):
        delivered.append(answer[0])
        shown_answer(answer)

    page._on_read = counting  # connected per read, so each read's answer passes here
    monkeypatch.setattr(watch_list, "read_warnings", slow_then_fast)
    page.refresh()
    qtbot.waitUntil(lambda: len(calls) == 1)  # the older read has started (and waits)
    page.refresh()
    qtbot.waitUntil(lambda: len(delivered) == 1)
    assert page.table.rowCount() == 1 and not page.reading
    release.set()
    qtbot.waitUntil(lambda: len(delivered) == 2)
    assert delivered[0] > delivered[1]  # the newer answer came first, the older one after
    assert page.table.rowCount() == 1 and len(page.warnings) == 1  # the older [] was dropped


def test_an_archive_without_a_file_is_read_directly(qtbot, shop):  # noqa: F811
    class NoFile:
        """The watch list's reads of `shop` without a path a second connection could open."""

        intelligence, cases, now = shop.intelligence, shop.cases, shop.now
        path = None

    page = WatchListPage(NoFile())
    qtbot.addWidget(page)
    page.show()
    assert not page.reading and page.table.rowCount() == 1


def test_a_dismissed_warning_goes_at_once_and_the_worker_reads_the_list_again(
        qtbot, monkeypatch, shop):  # noqa: F811
    page = WatchListPage(shop)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not page.reading)
    monkeypatch.setattr(shop.intelligence, "warnings", not_here)  # from here, workers only
    page.table.selectRow(0)
    type_text(qtbot, page.reason_edit, "已致电 called her")
    qtbot.mouseClick(page.dismiss_button, Qt.MouseButton.LeftButton)
    assert page.table.rowCount() == 0 and page.reading  # gone before the read confirms it
    qtbot.waitUntil(lambda: not page.reading)
    assert page.table.rowCount() == 0 and page.summary.text() == "Nothing to warn about."
    assert shop.intelligence.dismissals()[0]["reason"] == "已致电 called her"


def test_what_worked_before_is_looked_up_on_a_worker(qtbot, monkeypatch, shop):  # noqa: F811
    page = WatchListPage(shop)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not page.reading)
    monkeypatch.setattr(shop.intelligence, "similar_cases", not_here)
    page.table.selectRow(0)
    assert page.similar.item(0).text() == "Looking for similar complaints…"
    qtbot.waitUntil(lambda: page.similar.item(0).text().startswith("2026-0001 · Exchange"))
    page.table.clearSelection()
    page.table.selectRow(0)  # a look-up starts…
    page.table.clearSelection()  # …and the clerk has moved on before it answers
    assert page.similar.item(0).text() == "Select a warning about a case."
    qtbot.wait(300)  # the dropped look-up's answer, had it been shown, would be here by now
    assert page.similar.count() == 1
    assert page.similar.item(0).text() == "Select a warning about a case."
