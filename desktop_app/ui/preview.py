"""PdfPreview: the real PDF shown inside the app (QtPdf), with Print and Save as PDF.

Printing renders each page of the QPdfDocument onto the QPrinter chosen in the system print
dialog. Saving always proposes a new file name: a PDF still open in a viewer is locked on
Windows, so overwriting the last export would fail there.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class PdfPreview(QWidget):
    printed = Signal()
    saved = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._data = b""
        self._name = "letter"
        self._buffer: QBuffer | None = None
        # The document must outlive the view that shows it.
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.print_button = QPushButton(self.tr("Print…"))
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.print_button.clicked.connect(self._on_print)
        self.save_button.clicked.connect(self._on_save)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self._enable(False)

    def set_pdf(self, data: bytes, name: str) -> None:
        """Show `data`; `name` (without .pdf) is the start of the file name Save proposes."""
        self._data, self._name = data, name
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.close()
        self.document.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer  # QPdfDocument reads from it lazily: keep it alive
        self._enable(self.document.pageCount() > 0)

    def pdf(self) -> bytes:
        return self._data

    def _enable(self, on: bool) -> None:
        self.print_button.setEnabled(on)
        self.save_button.setEnabled(on)

    # Seams for tests: the modal dialogs are asked through these.

    def ask_print(self, printer: QPrinter) -> bool:
        return QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted

    def ask_save_path(self, proposed: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), proposed,
                                              self.tr("PDF files (*.pdf)"))
        return path

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Amends"), message)

    # Actions

    def _on_print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if self.ask_print(printer):
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Render every page onto `printer`, scaled to its printable area."""
        painter = QPainter()
        if not painter.begin(printer):
            self.show_error(self.tr("The printer could not be started."))
            return
        try:
            for index in range(self.document.pageCount()):
                if index:
                    printer.newPage()
                self._paint_page(painter, printer, index)
        finally:
            painter.end()
        self.printed.emit()

    def _paint_page(self, painter: QPainter, printer: QPrinter, index: int) -> None:
        # Rendered at the printer's own resolution, so text stays sharp on paper.
        target = painter.viewport()
        points = self.document.pagePointSize(index)
        size = QSize(round(points.width()), round(points.height())).scaled(
            target.size(), Qt.AspectRatioMode.KeepAspectRatio)
        painter.drawImage(QRect(target.topLeft(), size), self.document.render(index, size))

    def _on_save(self) -> None:
        path = self.ask_save_path(str(unused_name(Path.home(), self._name)))
        if not path:
            return
        path = Path(path if path.lower().endswith(".pdf") else path + ".pdf")
        try:
            path.write_bytes(self._data)
        except OSError as error:
            self.show_error(self.tr("Could not save {path}: {reason}").format(
                path=path, reason=error.strerror or error))
            return
        self.saved.emit(str(path))


def unused_name(folder: Path, name: str) -> Path:
    """folder/name.pdf, or name (2).pdf, name (3).pdf … if that file already exists."""
    safe = "".join(c if c not in '\\/:*?"<>|' else "_" for c in name).strip() or "letter"
    candidate, n = folder / f"{safe}.pdf", 2
    while candidate.exists():
        candidate, n = folder / f"{safe} ({n}).pdf", n + 1
    return candidate
