"""The texts some actions on a case must carry: why it is reopened or deleted, and what options
a customer who did not accept the shop's decision was told (ISO 10002 asks to record them)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QStyle, QVBoxLayout, QWidget

from desktop_app.domain.labels import QT_TRANSLATE_NOOP as _N
from desktop_app.domain.validate import FieldError, ValidationError
from desktop_app.ui.saving_dialog import SavingDialog


class ReasonDialog(SavingDialog):
    """One text to write; `save_text(text)` does the action and may raise ValidationError on
    field "reason"."""

    def __init__(
        self,
        title: str,
        prompt: str,
        save_text: Callable[[str], object],
        parent: QWidget | None = None,
        ok_text: str = "",
    ):
        super().__init__(title, parent)
        self._save_text = save_text
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(title)
        self.text.setMinimumSize(420, 110)
        prompt_label = QLabel(prompt)
        prompt_label.setWordWrap(True)
        prompt_label.setBuddy(self.text)
        if ok_text:
            self.ok_button.setText(ok_text)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt_label)
        layout.addWidget(self.field("reason", self.text))
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        text = self.text.toPlainText()
        if not text.strip():
            raise ValidationError(
                [FieldError("reason", _N("Validation", "This field is required."))]
            )
        self._save_text(text)


def reopen_dialog(ref: str, save_text: Callable[[str], object], parent: QWidget) -> ReasonDialog:
    return ReasonDialog(
        QCoreApplication.translate("MoveDialog", "Reopen case {ref}").format(ref=ref),
        QCoreApplication.translate(
            "MoveDialog",
            "Why is the case reopened? (e.g. the customer called: the repair failed again)",
        ),
        save_text,
        parent,
        QCoreApplication.translate("MoveDialog", "Reopen"),
    )


def not_recovered_dialog(
    ref: str, save_text: Callable[[str], object], parent: QWidget
) -> ReasonDialog:
    return ReasonDialog(
        QCoreApplication.translate("MoveDialog", "Close case {ref} as not recovered").format(
            ref=ref
        ),
        QCoreApplication.translate(
            "MoveDialog",
            "The customer did not accept the shop's decision. What options were they told they "
            "still have? (e.g. the consumer association, a written complaint to head office)",
        ),
        save_text,
        parent,
        QCoreApplication.translate("MoveDialog", "Close as not recovered"),
    )


def delete_dialog(ref: str, save_text: Callable[[str], object], parent: QWidget) -> ReasonDialog:
    dialog = ReasonDialog(
        QCoreApplication.translate("MoveDialog", "Delete case {ref}").format(ref=ref),
        QCoreApplication.translate(
            "MoveDialog",
            "The case disappears from every list but stays in the archive, and the deletion is "
            "recorded. Why is it deleted? (e.g. entered twice)",
        ),
        save_text,
        parent,
        QCoreApplication.translate("MoveDialog", "Delete case"),
    )
    # Not the OK button's green tick some styles draw: deleting is no "all good".
    dialog.ok_button.setIcon(dialog.style().standardIcon(QStyle.StandardPixmap.SP_TrashIcon))
    return dialog


def remove_remedy_dialog(ref: str, save_text: Callable[[str], object],
                         parent: QWidget) -> ReasonDialog:
    return ReasonDialog(
        QCoreApplication.translate("MoveDialog", "Remove a remedy from case {ref}").format(
            ref=ref),
        QCoreApplication.translate(
            "MoveDialog",
            "The remedy leaves the case; the removal and what the remedy was are recorded. Why "
            "is it removed? (e.g. entered on the wrong case)",
        ),
        save_text,
        parent,
        QCoreApplication.translate("MoveDialog", "Remove remedy"),
    )


def cancel_follow_up_dialog(ref: str, save_text: Callable[[str], object],
                            parent: QWidget) -> ReasonDialog:
    return ReasonDialog(
        QCoreApplication.translate("MoveDialog", "Cancel a follow-up of case {ref}").format(
            ref=ref),
        QCoreApplication.translate(
            "MoveDialog",
            "Why is the follow-up cancelled? (e.g. the customer asked not to be called)",
        ),
        save_text,
        parent,
        QCoreApplication.translate("MoveDialog", "Cancel follow-up"),
    )
