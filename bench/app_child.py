"""A process that starts the app (or a bare Qt window) and says when it is shown and usable.

    python bench/app_child.py bare
    python bench/app_child.py floor DATA_DIR
    python bench/app_child.py app DATA_DIR [--scroll | --after | --new-at-once]

Prints one line `READY {json}` once the window is shown and, for the app, the case list holds its
first page (`floor`: the same first screen in plain PySide6 + sqlite3, bench/floor_window.py, no
Amends module: what the stack itself costs); the JSON has the phase times in ms from the first
line of this script, the CPU time used and the peak resident memory (ru_maxrss) so far. With
--scroll the app then fetches every page of the case list (as dragging the scroll bar to the end
does) and prints `SCROLLED {json}`.
With --after it watches what the window does once it has painted (ui/warm_up.py and the
background check run_gui starts) and prints `AFTER {json}`: the longest gap of a 10 ms GUI-thread
timer over AFTER_S seconds, and when the New complaint form was built and sqlite-utils imported.
With --new-at-once it presses New complaint the moment the window is READY and prints
`NEW {json}`: how long until the form is shown, ready to type in.
Used by bench_startup.py and bench_memory.py; offscreen unless QT_QPA_PLATFORM says otherwise.
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()

import json  # noqa: E402
import os  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402

TIMEOUT_S = 60
AFTER_S = 3.0
TICK_MS = 10


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    mode = sys.argv[1]
    phases: dict[str, float] = {}
    if mode == "bare":
        from PySide6.QtWidgets import QApplication, QMainWindow

        phases["imports"] = _ms()
        app = QApplication(sys.argv)
        window = QMainWindow()
        window.show()
        _wait(app, lambda: _exposed(window))
    elif mode == "floor":
        from PySide6.QtWidgets import QApplication

        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from floor_window import FloorWindow

        phases["imports"] = _ms()
        app = QApplication(sys.argv)
        window = FloorWindow(str(Path(sys.argv[2]) / "amends.db"))
        phases["window built"] = _ms()
        window.show()
        _wait(app, lambda: _exposed(window) and window.table.model().rowCount() > 0)
    else:
        sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
        from desktop_app import start_gc

        start_gc.hold()  # as the `amends` command does before it imports the window
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QTableView

        from desktop_app.app import create_application, create_main_window
        from desktop_app.paths import archive_path
        from desktop_app.ui.password_dialog import ask_password_at_start
        from desktop_app.ui.startup import needs_welcome, open_archive_interactively
        from desktop_app.ui.translation import install_translator, saved_language

        phases["imports"] = _ms()
        # The steps of desktop_app.app.run_gui up to the shown window, with a throw-away settings
        # file so the user's saved layout does not change what is measured. Left out: the
        # single-instance guard, the draft offer and the backup on quit. What the window does
        # once it has painted (ui/warm_up.py: the New complaint form, sqlite-utils, collection
        # back on) comes after READY: bench_stall.py measures its gaps.
        app = create_application()
        settings = QSettings(str(Path(tempfile.mkdtemp()) / "bench.ini"),
                             QSettings.Format.IniFormat)
        install_translator(app, saved_language(settings))
        archive = open_archive_interactively(archive_path(sys.argv[2]))
        phases["archive open and checked"] = _ms()
        if archive is None or not ask_password_at_start(archive) or needs_welcome(archive):
            raise SystemExit("the archive asks for a dialog before the main window")
        window = create_main_window(archive, settings)
        phases["window built"] = _ms()
        if "--after" in sys.argv:  # what run_gui adds once the window has painted
            from desktop_app.ui.startup import BackgroundCheck
            from desktop_app.ui.warm_up import after_first_paint

            after_first_paint(window, start_gc.release)
            check = BackgroundCheck()
            after_first_paint(window, lambda: check.start(archive.path))
        window.show()
        table = window.cases.findChild(QTableView)
        _wait(app, lambda: _exposed(window) and table.model().rowCount() > 0)
    phases["shown"] = _ms()
    print("READY " + json.dumps({**phases, "cpu_ms": _cpu_ms(), "rss_mb": _peak_mb()}),
          flush=True)
    if mode == "app" and "--after" not in sys.argv:
        start_gc.release()  # as run_gui has it done after the first paint (--after: queued so)
    if "--after" in sys.argv:
        print("AFTER " + json.dumps(_after(app, window)), flush=True)
    if "--new-at-once" in sys.argv:
        started = time.perf_counter()
        window.new_action.trigger()
        app.processEvents()
        shown = window.current_page_key() == "intake" and window.intake.isVisible()
        print("NEW " + json.dumps({"ms": (time.perf_counter() - started) * 1000,
                                   "shown": shown}), flush=True)
    if "--scroll" in sys.argv:
        model = table.model()
        while model.canFetchMore():
            model.fetchMore()
        app.processEvents()
        print("SCROLLED " + json.dumps({"rows": model.rowCount(), "ms": _ms(),
                                        "rss_mb": _peak_mb()}), flush=True)
    return 0


def _after(app, window) -> dict:
    """The longest gap of a 10 ms timer over AFTER_S seconds from READY on, and when (ms since
    READY) the form was built and sqlite-utils imported."""
    from PySide6.QtCore import QTimer

    begin = last = time.perf_counter()
    seen = {"longest_gap_ms": 0.0, "form_built_ms": None, "sqlite_utils_ms": None}

    def tick() -> None:
        nonlocal last
        now = time.perf_counter()
        seen["longest_gap_ms"] = max(seen["longest_gap_ms"], (now - last) * 1000)
        last = now
        if seen["form_built_ms"] is None and window.is_built("intake"):
            seen["form_built_ms"] = (now - begin) * 1000
        if seen["sqlite_utils_ms"] is None and "sqlite_utils.db" in sys.modules:
            seen["sqlite_utils_ms"] = (now - begin) * 1000

    timer = QTimer(interval=TICK_MS)
    timer.timeout.connect(tick)
    timer.start()
    while time.perf_counter() - begin < AFTER_S:
        app.processEvents()
        time.sleep(0.001)
    timer.stop()
    return seen


def _wait(app, ready) -> None:
    deadline = time.perf_counter() + TIMEOUT_S
    app.processEvents()
    while not ready():
        if time.perf_counter() > deadline:
            raise SystemExit("the window did not become ready in time")
        app.processEvents()


def _exposed(window) -> bool:
    """Shown on screen (mapped and exposed), so the first paint can happen."""
    handle = window.windowHandle()
    return handle is not None and handle.isExposed()


def _ms() -> float:
    return (time.perf_counter() - STARTED) * 1000


def _cpu_ms() -> float:
    """User + system CPU time of this process: less sensitive than wall time to a busy machine."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return (usage.ru_utime + usage.ru_stime) * 1000


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kilobytes


if __name__ == "__main__":
    sys.exit(main())
