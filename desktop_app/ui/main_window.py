"""The main window (placeholder until the case list and intake form land)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow

from desktop_app.archive import Archive
from desktop_app.domain.queries import CaseFilter


class MainWindow(QMainWindow):
    def __init__(self, archive: Archive):
        super().__init__()
        self.archive = archive
        self.setWindowTitle(self.tr("Amends"))
        count = archive.count_cases(CaseFilter())
        self.setCentralWidget(QLabel(self.tr("%n complaint(s) in the archive", "", count)))
