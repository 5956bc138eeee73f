"""The monthly recovery summary from the app: choose a month and a language, see the real PDF,
print or save it. Reading the figures (a connection of the worker's own), computing and drawing
them, and the first import of ReportLab, all run on the PDF worker with a busy bar shown.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QPushButton, QWidget

from desktop_app.archive import Archive
from desktop_app.domain.model import Language, paper_language
from desktop_app.domain.reporting import Period, add_months
from desktop_app.ui.fit import fit_to_screen
from desktop_app.ui.preview import PaperDialog
from desktop_app.ui.workers import worker_path

MONTHS_OFFERED = 36


def read_report_inputs(path: str, now, period: Period):
    """The month's figures, on a read-only connection of the calling thread's own."""
    with Archive.reader(path, now) as archive:
        return archive.reporting.report_inputs(period)


def summary_pdf(inputs, language: Language) -> bytes:
    # Imported here, on the PDF worker: ReportLab's first import costs the GUI thread ~100 ms.
    from desktop_app.documents.summary import render_summary
    from desktop_app.domain.metrics import summarise

    return render_summary(summarise(inputs), language)


class SummaryDialog(PaperDialog):
    def __init__(self, archive, period: Period | None = None, parent: QWidget | None = None):
        path = getattr(archive, "path", None)
        super().__init__(parent, Path(path).parent if path else None)
        self.archive = archive
        self.setWindowTitle(self.tr("Monthly recovery summary"))
        fit_to_screen(self, 820, 900)
        self.month_combo = QComboBox()
        today = archive.now().date()
        first = date(today.year, today.month, 1)
        for back in range(MONTHS_OFFERED):
            start = add_months(first, -back)
            self.month_combo.addItem(f"{start:%Y-%m}", Period.month(start.year, start.month))
        chosen = period if period is not None and period.is_month else Period.month(
            add_months(first, -1).year, add_months(first, -1).month)
        index = self.month_combo.findData(chosen)
        self.month_combo.setCurrentIndex(index if index >= 0 else 1)
        self.language_combo = QComboBox()
        for language in Language:
            self.language_combo.addItem(
                QCoreApplication.translate(language.context(), language.label), language.value)
        self.language_combo.setCurrentIndex(
            self.language_combo.findData(paper_language(None, None, archive.shop()).value))
        self.make_button = QPushButton(self.tr("Make the summary"))
        self.make_button.setDefault(True)
        form = QFormLayout()
        form.addRow(self.tr("Month:"), self.month_combo)
        form.addRow(self.tr("Language:"), self.language_combo)
        top = QHBoxLayout()
        top.addLayout(form)
        top.addStretch(1)
        top.addWidget(self.make_button)
        self.paper_layout(top).addWidget(self.preview, 1)
        self.make_button.clicked.connect(self.generate)
        self.month_combo.currentIndexChanged.connect(self.generate)
        self.language_combo.currentIndexChanged.connect(self.generate)
        self.generate()

    def period(self) -> Period:
        return self.month_combo.currentData()

    def language(self) -> Language:
        return Language(self.language_combo.currentData())

    def generate(self) -> None:
        """Read the month's figures and lay the PDF out, both on the worker."""
        period, language = self.period(), self.language()
        shop = self.archive.shop()
        texts = [shop.name, shop.address, *(s.name for s in self.archive.staff(active_only=False))]
        path = worker_path(self.archive)
        if not path:  # no file a second connection could read
            inputs = self.archive.reporting.report_inputs(period)
            read = lambda: inputs  # noqa: E731
        else:  # the lambdas hold no widget: a job's last reference must not be a Qt object
            now = self.archive.now
            read = lambda: read_report_inputs(path, now, period)  # noqa: E731
        self.make_pdf(lambda: summary_pdf(read(), language),
                      self.tr("Monthly recovery summary {month} {language}").format(
                          month=f"{period.start:%Y-%m}",
                          language=self.language_combo.currentText()), texts)

    def set_working(self, on: bool) -> None:
        self.make_button.setEnabled(not on)
