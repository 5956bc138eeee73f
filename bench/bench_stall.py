"""How long the window freezes: the longest gap of a 10 ms GUI-thread timer during each job.

Each job is started the way the window starts it (the intake form's Save button, a case's letter
(the session's first paper: nothing of ReportLab imported yet), the Reports menu's summary, a
case's case sheet, the CSV import dialog, the Dashboard page's first showing, the shown
Dashboard's refresh after a save, the busiest customer's page (the session's first, then the
second-busiest's with the Customers page built), erasing that second-busiest customer (1,300
complaints at 100k), a case of the busiest customer opened in its window (the session's first),
the busiest customer chosen in the New complaint form's look-up (their history beside the form)),
on a copy of the archive,
in an offscreen main window built as the app builds it. A timer fires every 10 ms on the GUI
thread; the longest time between two of its ticks while the job runs (and for a moment after, so
work it left queued counts too) is how long the window could not even repaint. The baseline is
the longest gap of the same timer over the same time with nothing started (the machine's own
jitter, measured in the same run). Backups are measured in bench_backup.py. Some jobs first
go where the clerk would start them (the customer's page, the shown dashboard): that is not timed.
The first summary or case sheet of a session: `--only summary` or `--only case_sheet`.
The Watch list page's first showing: `--only watch_list`; the Customers page's: `--only customers`.

    python bench/bench_stall.py [--quick] [--db PATH] [--scale N] [--only erase,dashboard]
    python bench/bench_stall.py --runs 5 [--scale 300000]   # each job's median of 5 sessions
    python bench/bench_stall.py --only customer_page,customer_page_again [--scale 300000]
    python bench/bench_stall.py --only case_window,intake_history [--scale 300000]
"""

from __future__ import annotations

import os
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import archive_path, parse_args, report

TICK_MS = 10
SETTLE_MS = 1500  # how long after the start a job's queued and background work is watched
TARGET_MS = 50.0
PAUSE_MS = 1500  # idle before the calibration after a pause


class GapMeter:
    """The longest gap between ticks of a 10 ms timer, from `start()` on, and the CPU time the
    GUI thread itself used in it (less than the gap: the thread waited for a CPU the machine's
    other work held, or for Python's GIL a worker held)."""

    def __init__(self):
        from PySide6.QtCore import QTimer

        self.timer = QTimer(interval=TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        self.start()

    def start(self) -> None:
        self.last, self.longest = time.perf_counter(), 0.0
        self.last_cpu, self.longest_cpu = time.thread_time(), 0.0

    def _tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        if (now - self.last) * 1000 > self.longest:
            self.longest, self.longest_cpu = (now - self.last) * 1000, (cpu - self.last_cpu) * 1000
        self.last, self.last_cpu = now, cpu


def main() -> None:
    def options(parser) -> None:
        parser.add_argument("--only", metavar="JOB,…",
                            help="run only these jobs (and idle), e.g. erase")
        parser.add_argument("--runs", type=int, default=1, metavar="N",
                            help="run the set N times, each in a new process, and report each "
                                 "job's median (a shared machine's speed varies from run to run)")

    args = parse_args(__doc__.splitlines()[0], extra=options)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.runs > 1:
        _median_of_runs(args)
        return
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "amends.db"
        src, dst = sqlite3.connect(archive_path(args)), sqlite3.connect(copy)
        src.backup(dst)
        src.close(), dst.close()
        _run_jobs(copy, Path(folder), set(args.only.split(",")) if args.only else None)


def _median_of_runs(args) -> None:
    """Each run in a process of its own (every job is the first of its kind in a session); one
    line per job: the median gap beside the median idle gap, with the range."""
    forwarded = ["--only", args.only] if args.only else []
    if args.db:
        forwarded += ["--db", str(args.db)]
    elif args.scale:
        forwarded += ["--scale", str(args.scale)]
    elif args.quick:
        forwarded += ["--quick"]
    env = {**os.environ}
    env.pop("AMENDS_BENCH_RESULTS", None)  # only the medians go into run_all's table
    gaps: dict[str, list[tuple[float, float]]] = {}
    for number in range(1, args.runs + 1):
        done = subprocess.run([sys.executable, __file__, *forwarded], env=env, text=True,
                              capture_output=True, check=True)
        for line in done.stdout.splitlines():
            found = re.fullmatch(r"stall (\w+) max_gap_ms=(\d+) gui_cpu_ms=(\d+)", line.strip())
            if found:
                gaps.setdefault(found[1], []).append((float(found[2]), float(found[3])))
        print(f"run {number} of {args.runs} done", flush=True)
    idle = statistics.median(gap for gap, _cpu in gaps.pop("idle"))
    for key, title, meaning in (
            ("calibration", "calibration: the same plain Qt work", "the machine's speed"),
            ("calibration_after_pause", "calibration: the same after 1.5 s idle",
             "how much slower the first work after a pause is")):
        calibration = sorted(gap for gap, _cpu in gaps.pop(key, []))
        if calibration:
            report("stall", title, statistics.median(calibration),
                   note=f"median of {len(calibration)} runs, {calibration[0]:.0f}–"
                        f"{calibration[-1]:.0f} ms: {meaning} in these runs")
    for name, runs in gaps.items():
        values = sorted(gap for gap, _cpu in runs)
        cpu = statistics.median(cpu for _gap, cpu in runs)
        report("stall", name, statistics.median(values), baseline=idle, target=TARGET_MS,
               target_text=f"< {TARGET_MS:.0f} ms", note=f"median of {len(values)} runs, "
               f"{values[0]:.0f}–{values[-1]:.0f} ms, GUI thread CPU {cpu:.0f} ms; baseline: "
               "the same timer, idle")


def _run_jobs(path: Path, folder: Path, only: set[str] | None = None) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop_app.app import create_application, create_main_window
    from desktop_app.archive import Archive

    app = create_application()
    archive = Archive.open(path)
    window = create_main_window(archive, QSettings(str(folder / "bench.ini"),
                                                   QSettings.Format.IniFormat))
    window.show()
    meter = GapMeter()
    _settle(app, 500)
    print(f"stall calibration max_gap_ms={_calibration():.0f} gui_cpu_ms=0", flush=True)
    case_id = archive.cases.list_cases(_no_filter(), 0, 1)[0].id
    jobs = [("idle", lambda: None), ("save", _save(window)),
            ("letter", lambda: _letter(window, case_id)),
            ("summary", lambda: _summary(window)),
            ("case_sheet", lambda: _case_sheet(window, case_id)),
            ("import", lambda: _import(window, folder)),
            ("dashboard", lambda: _dashboard(window)),
            ("dashboard_refresh", _dashboard_refresh(app, window, archive)),
            ("watch_list", lambda: _watch_list(window)),
            ("customers", lambda: _customers(window)),
            ("customer_page", _first_customer_page(window, archive)),
            ("customer_page_again", _customer_page_again(app, window, archive)),
            ("erase", _erase(app, window, archive)),
            ("case_window", _case_window(window, archive)),
            ("intake_history", _intake_history(app, window, archive))]
    idle = None
    jobs = [(name, job) for name, job in jobs if only is None or name in only | {"idle"}]
    for name, job in jobs:
        if isinstance(job, Prepared):
            job = job.prepare()  # where the clerk starts the job from: not timed
            _settle(app, 300)
        meter.start()
        opened = job()
        _settle(app, SETTLE_MS)
        waited = time.perf_counter()
        while isinstance(opened, Running) and opened.busy() and time.perf_counter() - waited < 120:
            _settle(app, 100)  # a long job on a worker: the window is watched until it ends
        gap, gap_cpu = meter.longest, meter.longest_cpu
        for widget in QApplication.topLevelWidgets():
            if widget is not window and widget.isVisible():
                widget.close()
        if opened is not None and hasattr(opened, "close"):
            opened.close()
        _settle(app, 200)
        print(f"stall {name} max_gap_ms={gap:.0f} gui_cpu_ms={gap_cpu:.0f}", flush=True)
        if name == "idle":
            idle = gap
            continue
        report("stall", name, gap, baseline=idle, target=TARGET_MS,
               target_text=f"< {TARGET_MS:.0f} ms", note="baseline: the same timer, idle")
    _settle(app, PAUSE_MS)  # after the jobs: measured before them, it slowed them down
    print(f"stall calibration_after_pause max_gap_ms={_calibration(runs=1):.0f} gui_cpu_ms=0",
          flush=True)
    archive.close()


def _calibration(runs: int = 3) -> float:
    """The same plain Qt work in every run (a 200 × 10 table of texts made, laid out and
    painted, median of three): how fast the machine is right now. On a shared machine it varies
    as much as the jobs do, which the idle timer does not show.

    Run once after PAUSE_MS of idle (runs=1), it shows how much slower the first work after a
    pause is. On a shared VM that can be 2-4×: its CPU caches are cold. Every job here starts
    after a pause, as a clerk's click does, so the jobs' gaps include that factor."""
    from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

    times = []
    for _ in range(runs):
        started = time.perf_counter()
        table = QTableWidget(200, 10)
        for row in range(200):
            for column in range(10):
                table.setItem(row, column, QTableWidgetItem(f"投诉 {row}·{column} complaint"))
        table.resize(1200, 700)
        table.grab()
        times.append((time.perf_counter() - started) * 1000)
        table.deleteLater()
    return statistics.median(times)


def _settle(app, ms: int) -> None:
    """Run the event loop for `ms` as app.exec() runs it: waiting for the next event (the 10 ms
    tick at the latest) without Python's GIL, not polling (each poll would take the GIL from a
    worker, and wait for it, as the window never does)."""
    from PySide6.QtCore import QEventLoop

    end = time.perf_counter() + ms / 1000
    while time.perf_counter() < end:
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)


def _no_filter():
    from desktop_app.domain.queries import CaseFilter

    return CaseFilter()


def _save(window):
    """Fill the New complaint form as a clerk would (not timed: keystroke by keystroke, that is
    many turns of the event loop) and click Save."""
    def prepare():
        _fill_form(window)
        return lambda: _click_save(window)
    return Prepared(prepare)


def _click_save(window) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    QTest.mouseClick(window.intake.save_button, Qt.MouseButton.LeftButton)


def _fill_form(window) -> None:
    from desktop_app.domain.model import Expectation, Feeling, Severity

    window.new_action.trigger()
    intake = window.intake
    intake.customer.name.setText("压测客户")
    intake.customer.phone.setText("139 0000 4321")
    intake.complaint.product.setText("芝士蛋糕")
    intake.complaint.description.setPlainText("排队等了二十五分钟咖啡才做好。")
    for combo, value in ((intake.complaint.feeling, Feeling.UPSET),
                         (intake.complaint.expectation, Expectation.APOLOGY),
                         (intake.complaint.severity, Severity.MEDIUM)):
        combo.setCurrentIndex(combo.findData(value.value))


def _summary(window):
    """Reports ▸ Monthly recovery summary…"""
    action = next(a for a in _all_actions(window) if "summary" in a.text().lower())
    action.trigger()


def _all_actions(window):
    from PySide6.QtGui import QAction

    return window.findChildren(QAction)


def _letter(window, case_id: int):
    from desktop_app.ui.letter_dialog import LetterDialog

    dialog = LetterDialog(window.archive, case_id, None, window)
    dialog.open()  # the case view uses exec(): the same dialog, in a nested event loop
    return dialog


def _case_sheet(window, case_id: int):
    from desktop_app.ui.print_actions import print_case_sheet

    return print_case_sheet(window.archive, case_id, window)


def _import(window, folder: Path):
    """File ▸ Import customers from CSV…: a file of 500 new customers, checked and imported."""
    from desktop_app.ui.import_dialog import ImportDialog

    class Silent:
        def question(self, *_args) -> bool:
            return True

        def inform(self, *_args) -> None:
            pass

        warn = inform

    csv = folder / "customers.csv"
    csv.write_text("name,phone\n" + "".join(f"导入客户{i},139 8{i:03d} {i:04d}\n"
                                            for i in range(500)), encoding="utf-8")
    dialog = ImportDialog(window.archive, "customers", window, prompt=Silent())
    dialog.show()
    dialog.load(csv)
    dialog.import_button.click()
    return dialog


def _dashboard(window) -> None:
    """The Dashboard page chosen in the side list (its first showing: built and filled)."""
    window.show_page("dashboard")


def _watch_list(window):
    """The Watch list page chosen in the side list (its first showing: built, its early
    warnings read and shown); watched until its warnings are on screen."""
    window.show_page("watch")
    page = window.page("watch")
    return Running(lambda: getattr(page, "reading", False))


def _dashboard_refresh(app, window, archive):
    """A complaint saved (in a case window) while the Dashboard is shown: its refresh."""
    def prepare():
        window.show_page("dashboard")
        page = window.page("dashboard")
        while page.pending:
            _settle(app, 50)

        def job():
            from datetime import datetime

            from desktop_app.domain.model import Channel, Expectation, Feeling, Severity
            from desktop_app.domain.validate import ComplaintInput, CustomerInput

            archive.cases.record_complaint(
                CustomerInput(name="压测客户", phone="139 0000 4322"),
                ComplaintInput(received_at=datetime.now(), channel=Channel.IN_PERSON,
                               description="排队等了二十五分钟。", feeling=Feeling.UPSET,
                               expectation=Expectation.APOLOGY, severity=Severity.MEDIUM))
            window.archive_changed.emit()
            return Running(lambda: page.pending)
        return job
    return Prepared(prepare)


def _busiest(archive) -> list[int]:
    """The two customers with the most complaints, busiest first."""
    return [row[0] for row in archive.db.execute(
        "SELECT customer_id FROM complaints WHERE deleted_at IS NULL GROUP BY customer_id "
        "ORDER BY COUNT(*) DESC, customer_id LIMIT 2")]


def _customer_page(window, customer_id: int):
    """A case window's customer link (or Customers ▸ a double-click): the busiest customer's
    page, the first of the session (the Customers page is built and filled too)."""
    window.recovery.show_customer(customer_id)
    detail = window.recovery.customers.detail
    return Running(lambda: getattr(detail, "reading", False))


def _customers(window):
    """The side list's Customers, the first time in the session: the page is built and its
    list's first page and count are read (at 300k, 40-70 ms of SQL)."""
    window.show_page("customers")
    model = window.recovery.customers.model
    return Running(lambda: model.reading)


def _first_customer_page(window, archive):
    """The busiest customer's page, the first of the session. Finding them is not timed."""
    def prepare():
        busiest = _busiest(archive)[0]
        return lambda: _customer_page(window, busiest)
    return Prepared(prepare)


def _customer_page_again(app, window, archive):
    """The second-busiest customer's page, the Customers page already built and shown."""
    def prepare():
        busiest, second = _busiest(archive)
        window.recovery.show_customer(busiest)
        _settle_until(app, lambda: not getattr(window.recovery.customers.detail, "reading", 0))
        window.recovery.customers.show_list()
        return lambda: _customer_page(window, second)
    return Prepared(prepare)


def _settle_until(app, done, limit_s: float = 60) -> None:
    started = time.perf_counter()
    while not done() and time.perf_counter() - started < limit_s:
        _settle(app, 50)


def _erase(app, window, archive):
    """Customers ▸ the second-busiest customer (1,300 complaints at 100k: filling their page's
    table no longer crashes PySide6 6.12, see refcount_guard.py) ▸ Erase customer…, confirmed.
    Going to the customer's page is not timed."""
    def prepare():
        customer_id = _busiest(archive)[1]
        window.show_page("customers")
        page = window.recovery.customers
        page.show_customer(customer_id)
        page.detail.confirm_erase = lambda _name: True
        _settle_until(app, lambda: not getattr(page.detail, "reading", False))

        def job():
            page.detail.erase_button.click()
            return Running(lambda: page.detail.erase_button.isVisible()
                           and getattr(page.detail, "erasing", None) is not None
                           and page.detail.erasing.isVisible())
        return job
    return Prepared(prepare)


def _case_window(window, archive):
    """A case of the busiest customer opened as the window opens it (a list's double-click).
    Finding that case is not timed."""
    def prepare():
        case_id = archive.db.execute(
            "SELECT id FROM complaints WHERE customer_id = ? AND deleted_at IS NULL ORDER BY id"
            " DESC LIMIT 1", [_busiest(archive)[0]]).fetchone()[0]

        def job():
            window.open_case(case_id)
            view = window.recovery.case_windows[case_id]
            return Running(lambda: getattr(view.side.history, "reading", False))
        return job
    return Prepared(prepare)


def _intake_history(app, window, archive):
    """New complaint ▸ the look-up ▸ the busiest customer chosen: their history beside the form.
    Going to the form is not timed."""
    def prepare():
        window.show_page("intake")
        _settle_until(app, lambda: window.intake.isVisible())
        busiest = _busiest(archive)[0]

        def job():
            history = window.intake.history
            window.intake.customer.choose(busiest)
            return Running(lambda: getattr(history, "reading", False))
        return job
    return Prepared(prepare)


class Prepared:
    """A job with an untimed first step: `prepare()` does it and returns the timed job."""

    def __init__(self, prepare):
        self.prepare = prepare


class Running:
    """A job that goes on on a worker after its start: `busy()` says whether it still does."""

    def __init__(self, busy):
        self.busy = busy


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    main()
    sys.stdout.flush()
    os._exit(0)  # Qt's and PySide's teardown at interpreter exit can crash; nothing is left to do
