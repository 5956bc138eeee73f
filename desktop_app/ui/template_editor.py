"""Settings → Letter templates: edit the wording of each letter kind per language.

The list on the right names every placeholder (double-click inserts it). Saving checks the
template first: unknown or misspelt placeholders are listed under the editor with a suggestion,
and nothing is saved. "Restore default" brings back the wording Amends ships with.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.documents.templates import PLACEHOLDERS, TemplateError, default_template, validate
from desktop_app.domain.model import Language, LetterKind
from desktop_app.ui.widgets import ERROR_STYLE, enum_text

if TYPE_CHECKING:
    from desktop_app.archive.letters import LetterStore


class TemplateReads(Protocol):
    """What the template editor uses: the letter store."""

    @property
    def letters(self) -> LetterStore: ...


class TemplateEditor(QDialog):
    saved = Signal()

    def __init__(self, archive: TemplateReads, staff_id: int | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.archive = archive
        self.staff_id = staff_id
        self.setWindowTitle(self.tr("Letter templates"))
        self.kind_combo = QComboBox()
        for kind in LetterKind:
            self.kind_combo.addItem(enum_text(kind), kind.value)
        self.language_combo = QComboBox()
        for language in Language:
            self.language_combo.addItem(enum_text(language), language.value)
        self.status = QLabel()
        self.editor = QPlainTextEdit()
        self.editor.setFont(QFont("monospace"))
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        self.placeholders = QListWidget()
        for name, meaning in PLACEHOLDERS.items():
            item = QListWidgetItem(f"{{{name}}}")
            item.setToolTip(QCoreApplication.translate("Placeholder", meaning))
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.placeholders.addItem(item)
        self.placeholders.itemActivated.connect(self._insert_placeholder)
        self.save_button = QPushButton(self.tr("Save"))
        self.restore_button = QPushButton(self.tr("Restore default"))
        self.save_button.clicked.connect(self.save)
        self.restore_button.clicked.connect(self.restore_default)
        self.kind_combo.currentIndexChanged.connect(self._load)
        self.language_combo.currentIndexChanged.connect(self._load)
        self._build_layout()
        self._load()

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Letter"), self.kind_combo)
        form.addRow(self.tr("Language"), self.language_combo)
        help_text = QLabel(self.tr(
            "Paragraphs are separated by a blank line. '# ' starts the subject line, '> ' a "
            "quoted passage. A paragraph is left out when one of its placeholders has no value "
            "for the case. Double-click a placeholder to insert it."))
        help_text.setWordWrap(True)
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Placeholders")))
        side.addWidget(self.placeholders)
        middle = QHBoxLayout()
        column = QVBoxLayout()
        column.addWidget(self.editor, 1)
        column.addWidget(self.error)
        middle.addLayout(column, 3)
        middle.addLayout(side, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ApplyRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(help_text)
        layout.addLayout(middle, 1)
        layout.addWidget(buttons)
        self.resize(860, 620)

    def _current(self) -> tuple[LetterKind, Language]:
        # Combos hold the stored codes: Qt turns str enums into plain strings.
        kind, language = self.kind_combo.currentData(), self.language_combo.currentData()
        return LetterKind(kind), Language(language)

    def _load(self) -> None:
        kind, language = self._current()
        self.editor.setPlainText(self.archive.letters.letter_template(kind, language))
        self.error.hide()
        self._show_status()

    def _show_status(self) -> None:
        custom = self.archive.letters.letter_template_is_custom(*self._current())
        self.status.setText(self.tr("Your own wording") if custom
                            else self.tr("The wording Amends ships with"))
        self.restore_button.setEnabled(custom)

    def _insert_placeholder(self, item: QListWidgetItem) -> None:
        self.editor.insertPlainText(f"{{{item.data(Qt.ItemDataRole.UserRole)}}}")
        self.editor.setFocus()

    def save(self) -> bool:
        """Save the edited template; show every problem and save nothing if it has any."""
        kind, language = self._current()
        body = self.editor.toPlainText()
        try:
            validate(body)
        except TemplateError as error:
            self.error.setText(self.tr("Not saved:") + "\n" + "\n".join(error.problems))
            self.error.show()
            return False
        if body.strip() == default_template(kind, language).strip():
            self.archive.letters.restore_letter_template(kind, language, self.staff_id)
        else:
            self.archive.letters.save_letter_template(kind, language, body, self.staff_id)
        self.error.hide()
        self._show_status()
        self.saved.emit()
        return True

    def restore_default(self) -> None:
        kind, language = self._current()
        self.archive.letters.restore_letter_template(kind, language, self.staff_id)
        self._load()
