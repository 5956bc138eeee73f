"""The optional app password: asked at start, and set, changed or removed from Settings.

Only a salted scrypt hash is stored (archive setting `password_hash`); an empty setting means no
password. It keeps someone at this PC out of the window; it does not encrypt the archive file,
nor lock the command line or the backups, and the Settings page says so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.fit import fit_to_screen

if TYPE_CHECKING:
    from desktop_app.archive import Archive

# The dialogs' modules (hashing, actions, the shop form) are imported when one is opened: the
# check at every start, with no password set, needs none of them.

SETTING = "password_hash"
MIN_LENGTH = 4


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class UnlockDialog(QDialog):
    """Asks for the password; OK only closes the dialog when it is right."""

    def __init__(self, stored_hash: str, parent: QWidget | None = None):
        super().__init__(parent)
        from desktop_app.ui.shop_form import error_label

        self.stored_hash = stored_hash
        self.setWindowTitle(self.tr("Amends is locked"))
        self.password = _password_field()
        self.password.setAccessibleName(self.tr("Password"))
        self.error = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Password to open Amends:")))
        layout.addWidget(self.password)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.try_unlock)
        buttons.rejected.connect(self.reject)
        fit_to_screen(self)

    def try_unlock(self) -> None:
        from desktop_app.domain.password import verify_password

        if verify_password(self.password.text(), self.stored_hash):
            self.accept()
            return
        self.password.clear()
        self.error.setText(self.tr("That is not the password. Try again."))
        self.error.show()


def ask_password_at_start(archive: Archive, parent: QWidget | None = None) -> bool:
    """True when no password is set or the right one was typed; False: quit."""
    stored = archive.setting(SETTING)
    if not stored:
        return True
    return UnlockDialog(stored, parent).exec() == QDialog.DialogCode.Accepted


class PasswordPage(QWidget):
    """A Settings page; each button saves at once (a password is not a draft setting)."""

    def __init__(self, archive: Archive, parent: QWidget | None = None):
        from desktop_app.ui.shop_form import error_label

        super().__init__(parent)
        self.archive = archive
        self.status = QLabel()
        self.current = _password_field()
        self.new = _password_field()
        self.repeat = _password_field()
        self.set_button = QPushButton(self.tr("Set password"))
        self.remove_button = QPushButton(self.tr("Remove password"))
        self.error = error_label()
        # Say plainly what it is not: a shop owner who thinks the file is locked shares it.
        self.protects = QLabel(self.tr(
            "What the password protects: opening the Amends window on this computer. Whoever "
            "starts Amends here must type it first."))
        self.does_not_protect = QLabel(self.tr(
            "What it does not protect: the archive file itself (amends.db is not encrypted: "
            "anyone who can copy it can read it with other programs), the amends command line "
            "(its commands open the archive without asking for the password), and backups "
            "(copies of the file, not locked either). Keep this computer's user account, the "
            "data folder and the backups safe."))
        for note in (self.protects, self.does_not_protect):
            note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Current password:"), self.current)
        form.addRow(self.tr("New password:"), self.new)
        form.addRow(self.tr("Repeat new password:"), self.repeat)
        buttons = QHBoxLayout()
        buttons.addWidget(self.set_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        for widget in (self.status, self.protects, self.does_not_protect):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.set_button.clicked.connect(self.set_password)
        self.remove_button.clicked.connect(self.remove_password)
        self._show_state()

    def _has_password(self) -> bool:
        return bool(self.archive.setting(SETTING))

    def _show_state(self) -> None:
        has = self._has_password()
        self.status.setText(self.tr("A password is asked at start.") if has
                            else self.tr("No password is asked at start."))
        self.current.setEnabled(has)
        self.remove_button.setEnabled(has)
        for field in (self.current, self.new, self.repeat):
            field.clear()

    def _current_ok(self) -> bool:
        from desktop_app.domain.password import verify_password

        if not self._has_password() or verify_password(self.current.text(),
                                                       self.archive.setting(SETTING)):
            return True
        self.current.clear()
        self._error(self.tr("The current password is not right."))
        return False

    def set_password(self) -> None:
        if not self._current_ok():
            return
        if len(self.new.text()) < MIN_LENGTH:
            self._error(self.tr("Use at least %n characters.", "", MIN_LENGTH))
        elif self.new.text() != self.repeat.text():
            self._error(self.tr("The two new passwords are not the same."))
        else:
            self._save(self.new.text())

    def remove_password(self) -> None:
        if self._current_ok():
            self._save("")

    def _save(self, password: str) -> None:
        """Set the password ("" removes it); the audit trail says so, never with the hash."""
        from desktop_app.actions import people

        people.set_password(self.archive, password)
        self.error.hide()
        self._show_state()

    def _error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
