"""A process that starts the app (or a bare Qt window) and says when it is shown and usable.

    python bench/app_child.py bare
    python bench/app_child.py app DATA_DIR [--scroll]

Prints one line `READY {json}` once the window is shown and, for the app, the case list holds its
first page; the JSON has the phase times in ms from the first line of this script, the CPU time
used and the peak resident memory (ru_maxrss) so far. With --scroll the app then fetches every
page of the case list (as dragging the scroll bar to the end does) and prints `SCROLLED {json}`.
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
        window.show()
        table = window.cases.findChild(QTableView)
        _wait(app, lambda: _exposed(window) and table.model().rowCount() > 0)
    phases["shown"] = _ms()
    print("READY " + json.dumps({**phases, "cpu_ms": _cpu_ms(), "rss_mb": _peak_mb()}),
          flush=True)
    if "--scroll" in sys.argv:
        model = table.model()
        while model.canFetchMore():
            model.fetchMore()
        app.processEvents()
        print("SCROLLED " + json.dumps({"rows": model.rowCount(), "ms": _ms(),
                                        "rss_mb": _peak_mb()}), flush=True)
    return 0


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
