"""PdfPreview: the real PDF in the app (QtPdf) with Print and Save as PDF; PaperDialog: the base
of every dialog that makes a paper (letter, summary, case sheet, job tag, intake form, template).

PaperDialog builds the PDF on the PDF worker, warns before printing about characters no bundled
font has, and says a failure plainly with the details in the crash log. Printing renders each
page onto the QPrinter chosen in the system print dialog. Saving always proposes a new file
name: a PDF still open in a viewer is locked on Windows, so overwriting it would fail there.
"""

from __future__ import annotations

import gc
import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.problems import technical
from desktop_app.ui.turns import in_next_turn
from desktop_app.ui.widgets import problem_text
from desktop_app.ui.workers import run_pdf_job

try:  # the start-up safety helper's crash log; without it the failure is still said plainly
    from desktop_app.ui.crash_report import write_log
except ImportError:  # pragma: no cover - depends on what is merged
    write_log = None  # type: ignore[assignment]  # the helper is optional: checked before use


class PdfPreview(QWidget):
    printed = Signal()
    saved = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        # Asked before Print or Save goes ahead (PaperDialog's warning about missing glyphs).
        self.before_output: Callable[[], bool] = lambda: True
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

    def set_ready(self, on: bool) -> None:
        """Allow Print and Save only for a PDF that shows what will go out."""
        self._enable(on and self.document.pageCount() > 0)

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
        if not self.before_output():
            return
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
        if not self.before_output():
            return
        chosen = self.ask_save_path(str(unused_name(Path.home(), self._name)))
        if not chosen:
            return
        path = Path(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")
        try:
            path.write_bytes(self._data)
        except OSError as error:
            self.show_error(self.tr("Could not save {path}: {reason}").format(
                path=path, reason=problem_text(technical(error))))
            return
        self.saved.emit(str(path))


def unused_name(folder: Path, name: str) -> Path:
    """folder/name.pdf, or name (2).pdf, name (3).pdf … if that file already exists."""
    safe = "".join(c if c not in '\\/:*?"<>|' else "_" for c in name).strip() or "letter"
    candidate, n = folder / f"{safe}.pdf", 2
    while candidate.exists():
        candidate, n = folder / f"{safe} ({n}).pdf", n + 1
    return candidate


def _fonts_on_the_worker():
    """`missing_characters`, imported here on the PDF worker: ReportLab's first import would
    stall the window. Its ~100,000 new objects live as long as the process; frozen out of the
    collector's reach (nothing is collected or freed by freezing, so no Qt object dies on this
    thread), they are not all traversed by the first collection on the GUI thread after the
    job (20-25 ms there; the job's own garbage is left for it, ~10 ms)."""
    first = "reportlab" not in sys.modules
    from desktop_app.documents.fonts import missing_characters

    if first:
        gc.freeze()
    return missing_characters


@dataclass(frozen=True)
class _Failed:
    """What a PDF job hands back instead of raising: the log holding the details, if any."""

    log: Path | None


class PaperDialog(QDialog):
    """A paper in a preview: subclasses lay out their choices above it and call `make_pdf`."""

    pdf_ready = Signal()

    def __init__(self, parent: QWidget | None = None, log_folder: Path | None = None):
        super().__init__(parent)
        self.log_folder = log_folder
        self.missing: list[str] = []
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # indeterminate: a paper takes a moment, not a measurable while
        self.busy.setMaximumHeight(6)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.error = _message_label("color: #b42318;")
        self.warning = _message_label("color: #8a5a00;")
        self.preview = PdfPreview(self)
        self.preview.before_output = self._confirm_output
        self._pending_name = ""

    def paper_layout(self, top) -> QVBoxLayout:
        """The dialog's layout: `top` (a layout or widget), messages, then the preview with its
        Print and Save buttons, which the preview keeps visible at any height."""
        layout = QVBoxLayout(self)
        if top is not None:
            (layout.addLayout if hasattr(top, "addItem") else layout.addWidget)(top)
        for widget in (self.busy, self.error, self.warning):
            layout.addWidget(widget)
        return layout

    def make_pdf(self, render: Callable[[], object], name: str,
                 texts: list[str] | Callable[[], list[str]]) -> None:
        """Run `render` (plain data only) on the PDF worker; `texts` (or a function giving them,
        called there) are what goes into the paper, checked for characters no font has."""
        self.error.hide()
        self.busy.show()
        self.set_working(True)
        folder = self.log_folder

        def work() -> object:
            try:
                missing_characters = _fonts_on_the_worker()
                words = texts() if callable(texts) else texts  # a callable reads on the worker
                return render(), missing_characters("\n".join(words))
            except Exception as error:  # noqa: BLE001 - said plainly, details in the log
                if write_log is None or folder is None:
                    traceback.print_exc()  # no crash log here: at least the developer sees it
                    return _Failed(None)
                return _Failed(write_log(folder, error))

        self._pending_name = name
        # Started in the next turn: the dialog is laid out and painted first, instead of waiting
        # turn by turn for Python's GIL while the worker holds it (ReportLab's first import).
        in_next_turn(self, lambda: self._start(work))

    def _start(self, work: Callable[[], object]) -> None:
        signals = run_pdf_job(work)
        signals.finished.connect(self._on_ready)
        signals.failed.connect(self._on_failed)

    def _on_ready(self, result: object) -> None:
        self.busy.hide()
        self.set_working(False)
        if isinstance(result, _Failed):
            self._on_failed(str(result.log or ""))
            return
        assert isinstance(result, tuple)  # work() returns (output, missing) or a _Failed
        output, self.missing = result
        self.show_warning()
        self.pdf_made(output, self._pending_name)
        self.pdf_ready.emit()

    def pdf_made(self, output: object, name: str) -> None:
        """Show what `render` returned (bytes by default)."""
        # cast: the default `render` gives PDF bytes; a subclass whose render gives more
        # overrides this method.
        self.preview.set_pdf(cast(bytes, output), name)

    def _on_failed(self, log: str) -> None:
        self.busy.hide()
        self.set_working(False)
        text = QCoreApplication.translate(
            "PaperDialog", "This paper could not be made. Nothing was printed or saved.")
        if log:
            text += "\n" + QCoreApplication.translate(
                "PaperDialog", "The details are in {0}: please send that file to whoever "
                "looks after Amends for you.").format(log)
        self.show_error(text)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def show_warning(self) -> None:
        if self.missing:
            self.warning.setText(QCoreApplication.translate(
                "PaperDialog", "These characters cannot be printed with the fonts Amends has and "
                "would show as □: {0}").format(" ".join(self.missing)))
        self.warning.setVisible(bool(self.missing))

    def _confirm_output(self) -> bool:
        """Never print a □ silently: name the characters and let the owner decide."""
        return not self.missing or self.ask_print_anyway(self.missing)

    def ask_print_anyway(self, missing: list[str]) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate(
            "PaperDialog", "Characters that cannot be printed"), QCoreApplication.translate(
            "PaperDialog", "No font Amends has can print these characters; on paper each "
            "would be a □:\n\n{0}\n\nPrint or save anyway?").format(" ".join(missing)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def set_working(self, on: bool) -> None:
        """Disable what must not be pressed while the paper is being made."""


def _message_label(style: str) -> QLabel:
    label = QLabel()
    label.setStyleSheet(style)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label
