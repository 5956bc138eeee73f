"""Import customers or complaints from a CSV file: encoding shown, columns mapped with a preview,
every bad row listed with its line and reason. Import stays disabled until the file is valid,
unless "Skip bad rows" is ticked; then the good rows are written in one transaction.

Checking the rows looks each one's customer up (500 rows: 50 ms at 300,000 complaints), so the
check, like the import, runs on a worker with a connection of its own; a newer mapping's check
replaces an older one's.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.actions import transfer
from desktop_app.archive import Archive
from desktop_app.archive.errors import ArchiveError
from desktop_app.archive.transfer import ImportPlan, ImportRefused, plan_import
from desktop_app.domain import csv_rules as rules
from desktop_app.ui import undo
from desktop_app.ui.fit import fit_to_screen
from desktop_app.ui.startup import Prompt
from desktop_app.ui.widgets import error_text, problem_text
from desktop_app.ui.workers import run_job, worker_path

PREVIEW_ROWS = 20
IGNORE = ""


class ImportDialog(QDialog):
    def __init__(self, archive: Archive, kind: str, parent: QWidget | None = None,
                 prompt: Prompt | None = None):
        super().__init__(parent)
        self.archive, self.kind, self.prompt = archive, kind, prompt or Prompt()
        self.table: rules.Table | None = None
        self.plan: ImportPlan | None = None
        self.source = ""
        self.checking = False  # the rows are being checked on a worker
        self._check_number = 0  # of the newest check; an older one's answer is dropped
        self.setWindowTitle(self.tr("Import customers") if kind == "customers"
                            else self.tr("Import complaints"))
        self.file_button = QPushButton(self.tr("Choose a CSV file…"))
        self.file_label = QLabel(self.tr("No file chosen."))
        self.preview = QTableWidget(0, 0)
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.problems = QListWidget()
        self.problems.setAccessibleName(self.tr("Bad rows"))
        self.skip_bad = QCheckBox(self.tr("Skip the bad rows and import the others"))
        self.import_button = QPushButton(self.tr("&Import"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.busy, self.busy_bar = False, QProgressBar(maximum=0, textVisible=False)
        self.busy_bar.hide()
        self._layout()
        self.file_button.clicked.connect(self._choose_file)
        self.skip_bad.toggled.connect(self._update_buttons)
        self.import_button.clicked.connect(self.run)
        self.cancel_button.clicked.connect(self.reject)
        self._update_buttons()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.file_button)
        top.addWidget(self.file_label, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_bad)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("First row: which field each column holds.")))
        layout.addWidget(self.preview, 3)
        layout.addWidget(self.status)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.problems, 1)
        layout.addLayout(buttons)
        fit_to_screen(self, 820, 560)

    def _choose_file(self) -> None:
        path = self._ask_file()
        if path:
            self.load(Path(path))

    def _ask_file(self) -> str:
        """The file dialog; a test replaces this method."""
        return QFileDialog.getOpenFileName(self, self.tr("CSV file to import"), "",
                                           self.tr("CSV files (*.csv *.txt)"))[0]

    def load(self, path: Path) -> bool:
        """Read the file, map its columns automatically and check every row."""
        try:
            self.table = rules.read_table(path.read_bytes())
        except rules.FileProblem as error:
            self._forget_file(self._problem_text(error))
            return False
        except OSError as error:
            self._forget_file(problem_text(error))
            return False
        self.source = str(path)
        encoding = {"utf-8-sig": "UTF-8", "gb18030": "GBK / GB18030"}[self.table.encoding]
        self.file_label.setText(self.tr("%1 — %2 rows, encoding %3")
                                .replace("%1", path.name)
                                .replace("%2", str(len(self.table.rows)))
                                .replace("%3", encoding))
        self._fill_preview(rules.auto_mapping(self.table.headers, self.kind))
        self.recheck()
        return True

    def _forget_file(self, why: str) -> None:
        """A file that could not be read leaves nothing of the one before it on screen: no
        column choices that would check rows of a table no longer there."""
        self.table, self.plan = None, None
        self._check_number += 1  # a check of the file before still running is dropped
        self.checking = False
        self.preview.clear()
        self.preview.setRowCount(0)
        self.preview.setColumnCount(0)
        self.problems.clear()
        self.file_label.setText(why)
        self._update_buttons()

    def _fill_preview(self, mapping: dict[int, str]) -> None:
        assert self.table is not None  # called right after a file was read
        headers, rows = self.table.headers, self.table.rows[:PREVIEW_ROWS]
        self.preview.clear()
        self.preview.setColumnCount(len(headers))
        self.preview.setRowCount(1 + len(rows))
        self.preview.setHorizontalHeaderLabels(headers)
        self.preview.setVerticalHeaderLabels([""] + [str(line) for line, _ in rows])
        for column in range(len(headers)):
            combo = QComboBox()
            combo.addItem(self.tr("(ignore)"), IGNORE)
            for name in rules.FIELDS[self.kind]:
                combo.addItem(field_label(name), name)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(column, IGNORE))))
            combo.currentIndexChanged.connect(self.recheck)
            self.preview.setCellWidget(0, column, combo)
        for row, (_line, cells) in enumerate(rows, start=1):
            for column, text in enumerate(cells[:len(headers)]):
                self.preview.setItem(row, column, QTableWidgetItem(text))

    def _combo(self, column: int) -> QComboBox:
        """The field chosen for `column`: _fill_preview puts a QComboBox atop every column."""
        combo = self.preview.cellWidget(0, column)
        assert isinstance(combo, QComboBox)
        return combo

    def mapping(self) -> dict[int, str]:
        chosen: dict[int, str] = {}
        for column in range(self.preview.columnCount()):
            name = self._combo(column).currentData()
            if name and name not in chosen.values():
                chosen[column] = name
        return chosen

    def set_column(self, column: int, field: str) -> None:
        combo = self._combo(column)
        combo.setCurrentIndex(combo.findData(field))

    def recheck(self) -> None:
        """Check every row against the current mapping (nothing is written)."""
        self.plan = None
        self.problems.clear()
        missing = rules.missing_required(self.mapping(), self.kind)
        if missing:
            self.status.setText(self.tr("Choose a column for: %1")
                                .replace("%1", self.tr(", ").join(map(field_label, missing))))
            self._check_number += 1  # an older check still running is no longer wanted
            self.checking = False
        else:
            self._check()
        self._update_buttons()

    def _check(self) -> None:
        assert self.table is not None  # the mapping is only offered for a file read
        self._check_number += 1
        number, kind, table, mapping = self._check_number, self.kind, self.table, self.mapping()
        path = worker_path(self.archive)
        if not path:  # no file a second connection could read
            self._checked((number, plan_import(self.archive, kind, table, mapping)))
            return
        self.checking = True
        self.status.setText(self.tr("Checking %1 rows…").replace("%1", str(len(table.rows))))
        clock = self.archive.clock
        signals = run_job(lambda _report: (number, _plan_at(path, clock, kind, table, mapping)))
        signals.finished.connect(self._checked)  # bound: dropped if the dialog is gone
        signals.failed.connect(self._check_failed)

    def _checked(self, answer: tuple[int, ImportPlan]) -> None:
        number, plan = answer
        if number != self._check_number:
            return  # the mapping changed meanwhile: its own check is on its way
        self.checking, self.plan = False, plan
        for problem in plan.problems:
            self.problems.addItem(self.tr("Line %1: %2").replace("%1", str(problem.line))
                                  .replace("%2", self.row_problem_text(problem)))
        self.status.setText(self.tr("%1 rows can be imported, %2 are bad.")
                            .replace("%1", str(len(plan.items)))
                            .replace("%2", str(len(plan.problems))))
        self._update_buttons()

    def _check_failed(self, message: str) -> None:
        """The worker could not read the archive (busy, being restored): say so; choosing the
        file or a column again checks again."""
        self.checking = False
        self.status.setText(message)
        self._update_buttons()

    def row_problem_text(self, problem: rules.RowProblem) -> str:
        """What is wrong with a row, in the window's language: field names and messages."""
        if not problem.errors:
            return problem.reason
        return self.tr("; ").join(
            self.tr("{field}: {message}").format(field=field_label(e.field), message=error_text(e))
            for e in problem.errors)

    def refusal_text(self, error: ImportRefused) -> str:
        """Why nothing was imported, in the window's language, as the problem list words it."""
        if error.first is None:
            return str(error)
        return self.tr("%1 bad rows, the first on line %2 (%3). Nothing was imported.").replace(
            "%1", str(error.bad_rows)).replace("%2", str(error.first.line)).replace(
            "%3", self.row_problem_text(error.first))

    @staticmethod
    def _problem_text(problem: rules.FileProblem) -> str:
        return QCoreApplication.translate("Validation", problem.message).format(**problem.values)

    def _update_buttons(self) -> None:
        plan = self.plan
        ready = plan is not None and bool(plan.items) and (
            not plan.problems or self.skip_bad.isChecked())
        self.import_button.setEnabled(ready)
        self.skip_bad.setEnabled(plan is not None and bool(plan.problems))

    def run(self) -> None:
        """Import on a worker with a connection of its own (thousands of rows would freeze the
        window); the dialog waits, busy, and cannot be closed until the rows are written."""
        plan, skip, source = self.plan, self.skip_bad.isChecked(), self.source
        path = worker_path(self.archive)
        if not path:  # no file a second connection could write
            self._done(_import(lambda: self.archive, plan, skip, source))
            return
        clock = self.archive.now
        self._set_busy(True)
        signals = run_job(lambda _report: _import(lambda: Archive.open(path, clock), plan, skip,
                                                  source, close=True))
        signals.finished.connect(self._done)
        signals.failed.connect(self._refused)  # bound: dropped if the dialog is gone

    def _refused(self, message: str) -> None:
        self._done(("refused", message))

    def _done(self, outcome: tuple) -> None:
        self._set_busy(False)
        what, value = outcome
        if what == "refused":  # bad rows, or e.g. a full disk: the transaction rolled back
            text = self.refusal_text(value) if isinstance(value, ImportRefused) else str(value)
            self.prompt.warn(self, self.windowTitle(), text)
            return
        undo.run(self, lambda: value)  # on the window's undo stack, as if done here
        self.prompt.inform(self, self.windowTitle(), self.tr("%1 rows imported.")
                           .replace("%1", str(value.result)))
        self.accept()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.busy_bar.setVisible(busy)
        for widget in (self.file_button, self.cancel_button, self.skip_bad, self.preview):
            widget.setEnabled(not busy)
        if busy:
            assert self.plan is not None  # only run() goes busy, importing a checked plan
            self.import_button.setEnabled(False)
            self.status.setText(self.tr("Importing %1 rows…").replace(
                "%1", str(len(self.plan.items))))
        else:
            self._update_buttons()

    def reject(self) -> None:
        if not self.busy:  # the rows are being written: closing now would lose the undo
            super().reject()

    def keyPressEvent(self, event) -> None:  # Enter in a combo must not trigger Import
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            super().keyPressEvent(event)


def _plan_at(path: str, clock, kind: str, table: rules.Table,
             mapping: dict[int, str]) -> ImportPlan:
    """On a worker: `plan_import` on a read-only connection of this thread's own."""
    with Archive.reader(Path(path), clock) as reader:
        return plan_import(reader, kind, table, mapping)


def _import(open_archive, plan, skip_bad: bool, source: str, close: bool = False) -> tuple:
    """("done", the Done) or ("refused", why or the ImportRefused to word in the window's
    language): plain data, safe to hand back from a worker."""
    try:
        archive = open_archive()
    except ArchiveError as error:
        return "refused", problem_text(error)
    try:
        return "done", transfer.import_rows(archive, plan, skip_bad, source=source)
    except ImportRefused as error:
        return "refused", error
    except ArchiveError as error:
        return "refused", problem_text(error)
    finally:
        if close:
            archive.close()


def field_label(name: str) -> str:
    """A CSV field as the owner reads it ("Phone", "电话"), not its code ("phone")."""
    text = rules.FIELD_LABELS.get(name)
    return QCoreApplication.translate("CsvField", text) if text else name
