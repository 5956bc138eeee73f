"""The shop profile fields (name, address, phone, e-mail, logo), shared by the welcome and Settings.

Contact details follow the same rules as a customer's, so they are checked by check_customer; a
broken rule is shown under its field. The logo is shrunk and stored as PNG, small enough for the
archive and for every letterhead.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QLocale, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.model import ShopProfile
from desktop_app.domain.validate import CustomerInput, ValidationError, check_customer
from desktop_app.ui.widgets import error_label, show_field_error

LOGO_MAX = (800, 400)
PREVIEW = (160, 64)


class ShopForm(QWidget):
    """Name, address, phone, e-mail and logo of the shop; `profile()` checks and returns them."""

    FIELDS = ("name", "address", "phone", "email")

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.logo: bytes | None = None
        # A seam: tests replace it to pick a file without a native dialog.
        self.pick_file = self._ask_for_logo_file
        self.name = QLineEdit()
        self.address = QPlainTextEdit()
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(64)
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.choose_logo = QPushButton()
        self.remove_logo = QPushButton()
        self.logo_preview = QLabel()
        self.logo_preview.setFixedSize(*PREVIEW)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setFrameShape(QLabel.Shape.StyledPanel)
        self.errors = {name: error_label() for name in (*self.FIELDS, "logo")}
        self.choose_logo.clicked.connect(self._choose_logo)
        self.remove_logo.clicked.connect(lambda: self._set_logo(None))
        self._layout()
        self.retranslate()
        self._set_logo(None)

    def _layout(self) -> None:
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.labels = {}
        for name in self.FIELDS:
            self.labels[name] = QLabel()
            self.labels[name].setBuddy(getattr(self, name))
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(getattr(self, name))
            column.addWidget(self.errors[name])
            form.addRow(self.labels[name], column)
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose_logo)
        buttons.addWidget(self.remove_logo)
        buttons.addStretch()
        row = QHBoxLayout()
        row.addWidget(self.logo_preview)
        row.addLayout(buttons)
        row.addStretch()
        column = QVBoxLayout()
        column.addLayout(row)
        column.addWidget(self.errors["logo"])
        self.labels["logo"] = QLabel()
        form.addRow(self.labels["logo"], column)

    def retranslate(self) -> None:
        texts = {"name": self.tr("Shop &name:"), "address": self.tr("&Address:"),
                 "phone": self.tr("&Phone:"), "email": self.tr("&E-mail:"),
                 "logo": self.tr("Logo:")}
        for name, text in texts.items():
            self.labels[name].setText(text)
        for name in self.FIELDS:
            getattr(self, name).setAccessibleName(texts[name].replace("&", "").rstrip(":："))
        self.name.setPlaceholderText(self.tr("As printed on your letters"))
        self.choose_logo.setText(self.tr("&Choose image…"))
        self.remove_logo.setText(self.tr("Remove"))
        self.choose_logo.setAccessibleName(self.tr("Choose a logo image"))
        self.remove_logo.setAccessibleName(self.tr("Remove the logo"))
        if self.logo is None:
            self.logo_preview.setText(self.tr("No logo"))

    def set_profile(self, shop: ShopProfile) -> None:
        self.name.setText(shop.name)
        self.address.setPlainText(shop.address)
        self.phone.setText(shop.phone)
        self.email.setText(shop.email)
        self._set_logo(shop.logo)

    def profile(self, base: ShopProfile) -> ShopProfile:
        """`base` with the typed details, trimmed; raises ValidationError and shows it if wrong."""
        typed = CustomerInput(name=self.name.text(), phone=self.phone.text(),
                              email=self.email.text(), address=self.address.toPlainText())
        try:
            checked = check_customer(typed)
        except ValidationError as error:
            for name in self.FIELDS:
                show_field_error(self.errors[name], error.for_field(name))
            getattr(self, error.errors[0].field).setFocus()
            raise
        for name in self.FIELDS:
            show_field_error(self.errors[name], None)
        return replace(base, name=checked.name, address=checked.address, phone=checked.phone,
                       email=checked.email, logo=self.logo)

    def load_logo(self, path: str) -> bool:
        """Read, shrink and keep an image file as the logo; False (and a message) if unreadable."""
        image = QImage(path)
        if image.isNull():
            self.errors["logo"].setText(
                self.tr("This file is not an image Amends can read. Use PNG or JPEG."))
            self.errors["logo"].show()
            return False
        if image.width() > LOGO_MAX[0] or image.height() > LOGO_MAX[1]:
            image = image.scaled(*LOGO_MAX, Qt.AspectRatioMode.KeepAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation)
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        # PySide6's stubs type the format as bytes, but the binding accepts only a str.
        image.save(buffer, "PNG")  # type: ignore[call-overload]
        self.errors["logo"].hide()
        self._set_logo(bytes(data.data()))
        return True

    def _choose_logo(self) -> None:
        path = self.pick_file()
        if path:
            self.load_logo(path)

    def _ask_for_logo_file(self) -> str:
        return QFileDialog.getOpenFileName(
            self, self.tr("Choose the shop logo"), "",
            self.tr("Images (*.png *.jpg *.jpeg *.bmp *.gif)"))[0]

    def _set_logo(self, logo: bytes | None) -> None:
        self.logo = logo
        self.remove_logo.setEnabled(logo is not None)
        if logo is None:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))
            return
        pixmap = QPixmap()
        pixmap.loadFromData(logo)
        self.logo_preview.setPixmap(pixmap.scaled(
            *PREVIEW, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation))


def default_paper_size() -> str:
    """Letter where the system's region uses it, A4 everywhere else."""
    letter = {QLocale.Country.UnitedStates, QLocale.Country.Canada, QLocale.Country.Mexico,
              QLocale.Country.Philippines}
    return "Letter" if QLocale.system().territory() in letter else "A4"


def fill_paper_combo(combo: QComboBox, current: str) -> None:
    combo.clear()
    combo.addItem(QCoreApplication.translate("ShopForm", "A4 (210 × 297 mm)"), "A4")
    combo.addItem(QCoreApplication.translate("ShopForm", "Letter (8.5 × 11 in)"), "Letter")
    combo.setCurrentIndex(max(0, combo.findData(current)))
