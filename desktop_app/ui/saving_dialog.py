"""Dialogs that save through the archive on OK and stay open, saying what to fix, when refused.

The archive checks every input (ValidationError naming the field); the dialog shows each message
under its field, so nothing is half-written and no traceback ever reaches the clerk.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QWidget

from desktop_app.domain.validate import ValidationError
from desktop_app.ui.fit import fit_to_screen
from desktop_app.ui.widgets import (
    error_label,
    error_text,
    problem_text,
    show_field_error,
    with_error,
)


class SavingDialog(QDialog):
    """Subclasses build their fields with `field(name, widget)` and implement `save()`."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.field_errors: dict[str, QLabel] = {}
        self.general_error = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        fit_to_screen(self)  # the subclass lays it out; it is fitted when shown

    def field(self, name: str, widget: QWidget) -> QWidget:
        """`widget` with an error label under it that shows the archive's message for `name`."""
        label = error_label()
        self.field_errors[name] = label
        return with_error(widget, label)

    def save(self) -> None:
        """Write the input to the archive; raise ValidationError (or ValueError) to refuse."""
        raise NotImplementedError

    def show_errors(self, error: ValidationError) -> None:
        unplaced = []
        for item in error.errors:
            if item.field in self.field_errors:
                show_field_error(self.field_errors[item.field], item)
            else:
                unplaced.append(error_text(item))
        self.general_error.setText("\n".join(unplaced))
        self.general_error.setVisible(bool(unplaced))

    def _on_ok(self) -> None:
        for label in self.field_errors.values():
            show_field_error(label, None)
        self.general_error.hide()
        try:
            self.save()
        except ValidationError as error:
            self.show_errors(error)
            return
        except ValueError as error:  # e.g. a move another window already made
            self.general_error.setText(self.tr("This could not be saved: {reason}").format(
                reason=problem_text(error)))
            self.general_error.show()
            return
        self.accept()


class YesNoCombo(QComboBox):
    """Yes / No / not known yet; `value()` is True, False or None."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.addItem(self.tr("Not known yet"), None)
        self.addItem(self.tr("Yes"), True)
        self.addItem(self.tr("No"), False)

    def value(self) -> bool | None:
        return self.currentData()

    def set_value(self, value: bool | None) -> None:
        self.setCurrentIndex({None: 0, True: 1, False: 2}[value])
