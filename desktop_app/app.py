"""Start the window: QApplication, open the archive named by --data-dir, show the main window."""

from __future__ import annotations

import argparse
import sys

from desktop_app.paths import archive_path


def run_gui(args: argparse.Namespace) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop_app.archive import Archive, ArchiveError
    from desktop_app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Amends")
    app.setOrganizationName("Amends")
    try:
        archive = Archive.open(archive_path(args.data_dir))
    except ArchiveError as error:
        QMessageBox.critical(None, "Amends", str(error))
        return 1
    window = MainWindow(archive)
    window.show()
    code = app.exec()
    archive.close()
    return code
