"""Settings → Letter templates: edit the wording of each letter kind per language.

Placeholders and {% if %} conditions are inserted from a menu that says what each one means; a
live preview shows the letter for a chosen case as it would print. A broken template is explained
in the window's language and nothing is saved. "Restore default" brings back the shipped wording.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.actions import letters as actions
from desktop_app.documents.templates import CONDITIONS, PLACEHOLDERS, TemplateError
from desktop_app.domain.model import Language, LetterKind
from desktop_app.domain.queries import CaseFilter
from desktop_app.ui.fit import fit_to_screen
from desktop_app.ui.preview import PaperDialog
from desktop_app.ui.widgets import enum_text

PREVIEW_DELAY_MS = 500  # typing pauses this long before the preview is made again
CASES_OFFERED = 50

if TYPE_CHECKING:
    from desktop_app.archive.cases import CaseStore
    from desktop_app.archive.letters import LetterStore


class TemplateReads(Protocol):
    """What the template editor uses: the letter store, and the case list for the preview."""

    @property
    def letters(self) -> LetterStore: ...

    @property
    def cases(self) -> CaseStore: ...


def _t(text: str) -> str:
    return QCoreApplication.translate("TemplateProblem", text)


# documents/templates.py words each fault in English; the window says it in its own language.
# Each pattern's groups fill the translated sentence's {0}, {1} … in order.
def _problem_patterns() -> list[tuple[re.Pattern, str]]:
    line = r"Line (\d+): "
    return [(re.compile(line + p + "$"), _t(f"Line {{0}}: {t}")) for p, t in (
        (r"write \{% if NAME %\}, \{% else %\} or \{% endif %\}\.",
         "write {{% if NAME %}}, {{% else %}} or {{% endif %}}."),
        (r"\{% if %\} needs one name, e\.g\. \{% if remedies_done %\}\.",
         "{{% if %}} needs one name, e.g. {{% if remedies_done %}}."),
        (r"unknown name “(.+)” in \{% if %\} - did you mean “(.+)”\?",
         "unknown name “{1}” in {{% if %}} - did you mean “{2}”?"),
        (r"unknown name “(.+)” in \{% if %\}\.", "unknown name “{1}” in {{% if %}}."),
        (r"\{% (\w+) %\} takes no name\.", "{{% {1} %}} takes no name."),
        (r"\{% (\w+) %\} without an \{% if %\} before it\.",
         "{{% {1} %}} without an {{% if %}} before it."),
        (r"\{% if %\} is never closed with \{% endif %\}\.",
         "{{% if %}} is never closed with {{% endif %}}."),
    )] + [
        (re.compile(r"Unknown placeholder (\{.+\}) - did you mean (\{.+\})\?$"),
         _t("Unknown placeholder {0} - did you mean {1}?")),
        (re.compile(r"Unknown placeholder (\{.+\})$"), _t("Unknown placeholder {0}")),
        (re.compile(r"(\{.+\}) must be a paragraph on its own\.$"),
         _t("{0} must be a paragraph on its own.")),
        (re.compile(r"Broken braces in “(.*)”: .*$", re.S),
         _t("Broken braces in “{0}”: every {{ needs a }} and a name between them. Write {{{{ "
            "and }}}} for a literal brace.")),
        (re.compile(r"The template is empty\.$"), _t("The template is empty.")),
    ]


def translate_problem(problem: str) -> str:
    """One fault of a template in the window's language (the English one if no pattern fits)."""
    for pattern, sentence in _problem_patterns():
        match = pattern.match(problem)
        if match:
            return sentence.format(*match.groups())
    return problem


def problems_text(error: TemplateError) -> str:
    return "\n".join(translate_problem(p) for p in error.problems)


# Translation markers for lupdate: the sentences above, as literal strings.
if False:  # pragma: no cover
    QCoreApplication.translate("TemplateProblem", "Line {0}: write {{% if NAME %}}, "
                               "{{% else %}} or {{% endif %}}.")
    QCoreApplication.translate("TemplateProblem", "Line {0}: {{% if %}} needs one name, e.g. "
                               "{{% if remedies_done %}}.")
    QCoreApplication.translate("TemplateProblem", "Line {0}: unknown name “{1}” in {{% if %}} - "
                               "did you mean “{2}”?")
    QCoreApplication.translate("TemplateProblem", "Line {0}: unknown name “{1}” in {{% if %}}.")
    QCoreApplication.translate("TemplateProblem", "Line {0}: {{% {1} %}} takes no name.")
    QCoreApplication.translate("TemplateProblem", "Line {0}: {{% {1} %}} without an {{% if %}} "
                               "before it.")
    QCoreApplication.translate("TemplateProblem", "Line {0}: {{% if %}} is never closed with "
                               "{{% endif %}}.")
    QCoreApplication.translate("TemplateProblem", "Unknown placeholder {0} - did you mean {1}?")
    QCoreApplication.translate("TemplateProblem", "Unknown placeholder {0}")
    QCoreApplication.translate("TemplateProblem", "{0} must be a paragraph on its own.")
    QCoreApplication.translate("TemplateProblem", "Broken braces in “{0}”: every {{ needs a }} "
                               "and a name between them. Write {{{{ and }}}} for a literal brace.")
    QCoreApplication.translate("TemplateProblem", "The template is empty.")


class TemplateEditor(PaperDialog):
    saved = Signal()

    def __init__(self, archive: TemplateReads, staff_id: int | None = None,
                 parent: QWidget | None = None):
        path = getattr(archive, "path", None)
        super().__init__(parent, Path(path).parent if path else None)
        self.archive = archive
        self.staff_id = staff_id
        self.setWindowTitle(self.tr("Letter templates"))
        self.kind_combo = QComboBox()
        for kind in LetterKind:
            self.kind_combo.addItem(enum_text(kind), kind.value)
        self.language_combo = QComboBox()
        for language in Language:
            self.language_combo.addItem(enum_text(language), language.value)
        self.case_combo = QComboBox()
        for row in archive.cases.list_cases(CaseFilter(), limit=CASES_OFFERED):
            self.case_combo.addItem(f"{row.ref}  {row.customer_name}", row.id)
        self.status = QLabel()
        self.editor = QPlainTextEdit()
        self.editor.setFont(QFont("monospace"))
        self.insert_button = QPushButton(self.tr("Insert…"))
        self.insert_button.setMenu(self._insert_menu())
        self.save_button = QPushButton(self.tr("Save"))
        self.restore_button = QPushButton(self.tr("Restore default"))
        self.save_button.clicked.connect(self.save)
        self.restore_button.clicked.connect(self.restore_default)
        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self.editor.textChanged.connect(self._timer.start)
        self.finished.connect(self._timer.stop)  # closed: no preview of an archive gone
        self.case_combo.currentIndexChanged.connect(self.refresh_preview)
        self.kind_combo.currentIndexChanged.connect(self._load)
        self.language_combo.currentIndexChanged.connect(self._load)
        self._build_layout()
        self._load()

    def _insert_menu(self) -> QMenu:
        """Every placeholder and condition, each with what it means, to insert at the cursor."""
        menu = QMenu(self)
        values = menu.addMenu(self.tr("Placeholder (a value of the case)"))
        for name, meaning in PLACEHOLDERS.items():
            text = f"{{{name}}}  —  {QCoreApplication.translate('Placeholder', meaning)}"
            values.addAction(self._action(text, f"{{{name}}}", ""))
        conditions = menu.addMenu(self.tr("Condition (a sentence only for some cases)"))
        for name, meaning in [*CONDITIONS.items(), *PLACEHOLDERS.items()]:
            text = self.tr("if {0}  —  {1}").format(
                name, QCoreApplication.translate("Placeholder", meaning))
            conditions.addAction(self._action(text, f"{{% if {name} %}}\n", "\n{% endif %}"))
        return menu

    def _action(self, text: str, before: str, after: str) -> QAction:
        action = QAction(text, self)
        action.setData((before, after))
        action.triggered.connect(lambda: self.insert(before, after))
        return action

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Letter:"), self.kind_combo)
        form.addRow(self.tr("Language:"), self.language_combo)
        form.addRow(self.tr("Preview for case:"), self.case_combo)
        help_text = QLabel(self.tr(
            "Paragraphs are separated by a blank line. '# ' starts the subject line, '> ' a "
            "quoted passage. A paragraph is left out when one of its placeholders has no value "
            "for the case; a sentence between {% if … %} and {% endif %} is printed only when "
            "the condition holds for the case. Insert… lists what you can use."))
        help_text.setWordWrap(True)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.insert_button)
        column.addLayout(row)
        column.addWidget(self.editor, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setSizes([520, 520])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ApplyRole)
        buttons.rejected.connect(self.reject)
        layout = self.paper_layout(form)
        layout.insertWidget(1, help_text)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 1100, 760)

    def _current(self) -> tuple[LetterKind, Language]:
        # Combos hold the stored codes: Qt turns str enums into plain strings.
        kind, language = self.kind_combo.currentData(), self.language_combo.currentData()
        return LetterKind(kind), Language(language)

    def _load(self) -> None:
        self.editor.setPlainText(actions.template_text(self.archive, *self._current()))
        self.error.hide()
        self._show_status()

    def _show_status(self) -> None:
        custom = self.archive.letters.letter_template_is_custom(*self._current())
        self.status.setText(self.tr("Your own wording") if custom
                            else self.tr("The wording Amends ships with"))
        self.restore_button.setEnabled(custom)

    def insert(self, before: str, after: str = "") -> None:
        """Put `before` at the cursor (and `after` behind the selected text, for a condition)."""
        cursor = self.editor.textCursor()
        cursor.insertText(before + cursor.selectedText().replace("\u2029", "\n") + after)
        self.editor.setTextCursor(cursor)
        self.editor.setFocus()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self._timer.stop()  # a closed editor previews nothing (its archive may be closed next)
        super().hideEvent(event)

    def refresh_preview(self) -> None:
        """The letter for the chosen case with the wording as it stands in the editor."""
        self._timer.stop()
        case_id = self.case_combo.currentData()
        if case_id is None:
            return
        kind, language = self._current()
        job = self.archive.letters.letter_job(case_id, kind, language)
        job = type(job)(kind, language, job.context, self.editor.toPlainText())
        try:
            actions.check_templates([job])
        except TemplateError as error:
            self.show_error(self.tr("This template cannot be printed yet:") + "\n"
                            + problems_text(error))
            return
        customer = job.context.customer
        self.make_pdf(lambda: actions.make_letters([job]).pdf, f"template-{kind.value}",
                      [customer.name, customer.address])

    def save(self) -> bool:
        """Save the edited template; show every problem and save nothing if it has any."""
        kind, language = self._current()
        try:
            actions.save_template(self.archive, kind, language, self.editor.toPlainText(),
                                  self.staff_id)
        except TemplateError as error:
            self.show_error(self.tr("Not saved:") + "\n" + problems_text(error))
            return False
        self.error.hide()
        self._show_status()
        self.saved.emit()
        return True

    def restore_default(self) -> None:
        actions.restore_template(self.archive, *self._current(), self.staff_id)
        self._load()
