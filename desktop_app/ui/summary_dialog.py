"""The monthly recovery summary from the app: choose a month and a language, see the real PDF,
print or save it. The figures are read on the GUI thread (one SQLite connection per thread, a
few fast queries); computing and drawing them runs on the PDF worker with a busy bar shown.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QPushButton, QWidget

from desktop_app.documents.summary import render_summary
from desktop_app.domain.metrics import summarise
from desktop_app.domain.model import Language
from desktop_app.domain.reporting import Period, add_months
from desktop_app.ui.fit import fit_to_screen
from desktop_app.ui.preview import PaperDialog

MONTHS_OFFERED = 36


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
            self.language_combo.findData(archive.shop().language.value))
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

    def language(self) -> str:
        return self.language_combo.currentData()

    def generate(self) -> None:
        """Read the month's figures now, then lay the PDF out on the worker."""
        period, language = self.period(), self.language()
        inputs = self.archive.report_inputs(period)
        shop = self.archive.shop()
        texts = [shop.name, shop.address, *(s.name for s in self.archive.staff(active_only=False))]
        self.make_pdf(lambda: render_summary(summarise(inputs), language),
                      self.tr("Monthly recovery summary {month} {language}").format(
                          month=f"{period.start:%Y-%m}",
                          language=self.language_combo.currentText()), texts)

    def set_working(self, on: bool) -> None:
        self.make_button.setEnabled(not on)
