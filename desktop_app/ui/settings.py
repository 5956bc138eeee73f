"""Settings: shop profile and logo, staff, language and paper, and the shop's service targets.

Nothing is written until OK: then the shop, the staff changes and the interface language are saved
together (one archive transaction), so Cancel always leaves everything as it was. The interface
language lives in QSettings (it belongs to this computer), everything else in the archive.
Other screens add their own page with `tabs.addTab(widget, title)`.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.actions import people
from desktop_app.archive import Archive
from desktop_app.archive.reporting import OPENING_HOURS_SETTING
from desktop_app.domain.currency import CURRENCIES, currency
from desktop_app.domain.model import Language, ShopProfile
from desktop_app.domain.validate import ValidationError
from desktop_app.ui import undo
from desktop_app.ui.fit import fit_to_screen
from desktop_app.ui.settings_store import UI_LANGUAGE, SettingsStore
from desktop_app.ui.shop_form import ShopForm, fill_paper_combo
from desktop_app.ui.translation import fill_language_combo, saved_language
from desktop_app.ui.welcome import staff_name_error
from desktop_app.ui.widgets import error_label, show_field_error

STAFF_ID = Qt.ItemDataRole.UserRole


class _NameField(QLineEdit):
    """A line edit that keeps Enter: `entered` adds the colleague, and the dialog's OK does not
    take the key too and close Settings half-way through the list."""

    entered = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        # An override, not an event filter: an eventFilter gets a plain QEvent on some PySide6
        # versions (6.7: "'QEvent' object has no attribute 'key'"), keyPressEvent a QKeyEvent.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self.entered.emit()
            return
        super().keyPressEvent(event)


class StaffPage(QWidget):
    """Colleagues as a tick list: untick someone who left; their past cases keep their name."""

    def __init__(self, archive: Archive, parent: QWidget | None = None):
        super().__init__(parent)
        self.list = QListWidget()
        self.new_name = _NameField()
        self.add_button = QPushButton(self.tr("&Add"))
        self.error = error_label()
        self.hint = QLabel(self.tr("Untick a colleague who has left. Their past cases keep "
                                   "their name."))
        self.hint.setWordWrap(True)
        self.list.setAccessibleName(self.tr("Staff"))
        self.new_name.setAccessibleName(self.tr("New colleague's name"))
        self.new_name.setPlaceholderText(self.tr("New colleague's name"))
        row = QHBoxLayout()
        row.addWidget(self.new_name, 1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(self.error)
        for person in archive.staff(active_only=False):
            self._add_item(person.name, person.id, person.active)
        self.add_button.clicked.connect(self.add)
        self.new_name.entered.connect(self.add)

    def _add_item(self, name: str, staff_id: int | None, active: bool) -> QListWidgetItem:
        item = QListWidgetItem(name)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if active else Qt.CheckState.Unchecked)
        item.setData(STAFF_ID, staff_id)
        self.list.addItem(item)
        return item

    def add(self) -> None:
        """Add the typed name (or tick it again if it is already listed)."""
        name = self.new_name.text().strip()
        error = staff_name_error([name])
        show_field_error(self.error, error)
        if not name or error:
            return
        found = self.list.findItems(name, Qt.MatchFlag.MatchExactly)
        item = found[0] if found else self._add_item(name, None, True)
        item.setCheckState(Qt.CheckState.Checked)
        self.list.setCurrentItem(item)
        self.new_name.clear()

    def save(self, archive: Archive, before: dict[int, bool]) -> None:
        """Write the additions and (de)activations; call inside the dialog's transaction."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            active = item.checkState() == Qt.CheckState.Checked
            staff_id = item.data(STAFF_ID)
            if staff_id is None and active:
                archive.add_staff(item.text())
            elif staff_id is not None and before[staff_id] != active:
                archive.set_staff_active(staff_id, active)


class SettingsDialog(QDialog):
    """After OK, `language_changed` says whether the interface language needs a restart."""

    def __init__(self, archive: Archive, settings: QSettings | SettingsStore,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.archive = archive
        self.settings = settings.qsettings if isinstance(settings, SettingsStore) else settings
        self.language_changed = False
        self._shop = archive.shop()
        # Stored staff always have an id.
        self._staff_before = {s.id: s.active for s in archive.staff(active_only=False)
                              if s.id is not None}
        self.setWindowTitle(self.tr("Settings"))
        self.shop_form = ShopForm()
        self.shop_form.set_profile(self._shop)
        self.staff_page = StaffPage(archive)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._padded(self.shop_form), self.tr("&Shop"))
        self.tabs.addTab(self.staff_page, self.tr("S&taff"))
        self.tabs.addTab(self._language_page(), self.tr("&Language and paper"))
        self.tabs.addTab(self._targets_page(), self.tr("Tar&gets"))
        self.tabs.addTab(self._money_and_hours_page(), self.tr("&Money and hours"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        fit_to_screen(self, scroll=True)

    @staticmethod
    def _padded(widget: QWidget) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(widget)
        layout.addStretch()
        return page

    def _language_page(self) -> QWidget:
        self.ui_language = QComboBox()
        fill_language_combo(self.ui_language, with_system=True)
        self.ui_language.setCurrentIndex(max(0, self.ui_language.findData(
            saved_language(self.settings))))
        self.letter_language = QComboBox()
        for language in Language:
            self.letter_language.addItem(
                QCoreApplication.translate(language.context(), language.label), language.value)
        self.letter_language.setCurrentIndex(self.letter_language.findData(self._shop.language))
        self.paper = QComboBox()
        fill_paper_combo(self.paper, self._shop.paper_size)
        note = QLabel(self.tr("A new interface language shows the next time Amends starts."))
        note.setWordWrap(True)
        page = QWidget()
        form = QFormLayout(page)
        for text, widget in ((self.tr("&Interface language:"), self.ui_language),
                             (self.tr("&Default letter language:"), self.letter_language),
                             (self.tr("&Paper size:"), self.paper)):
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(text, widget)
        form.addRow(note)
        return page

    def _targets_page(self) -> QWidget:
        self.ack_hours = self._spin(1, 24 * 30, self._shop.ack_target_hours, self.tr(" hours"))
        self.resolve_days = self._spin(1, 365, self._shop.resolve_target_days, self.tr(" days"))
        self.follow_up_days = self._spin(1, 90, self._shop.follow_up_after_days,
                                         self.tr(" days"))
        intro = QLabel(self.tr("The sooner a customer hears back, the more likely they stay. "
                               "Cases that miss these targets are shown as overdue."))
        intro.setWordWrap(True)
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(intro)
        for text, widget in ((self.tr("&Acknowledge a complaint within:"), self.ack_hours),
                             (self.tr("&Resolve a complaint within:"), self.resolve_days),
                             (self.tr("&Follow up after a remedy:"), self.follow_up_days)):
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(text, widget)
        return page

    def _money_and_hours_page(self) -> QWidget:
        self.currency = QComboBox()
        codes = list(CURRENCIES)
        if self._shop.currency not in CURRENCIES:  # kept as it is, never silently changed
            codes.append(self._shop.currency)
        for code in codes:
            money = currency(code)
            name = QCoreApplication.translate("Currency", money.name)
            self.currency.addItem(f"{code} · {money.symbol.strip()} · {name}", code)
        self.currency.setCurrentIndex(self.currency.findData(self._shop.currency))
        hours = self.archive.reporting.opening_hours()
        self.opens, self.closes = QTimeEdit(), QTimeEdit()
        for edit, value in ((self.opens, hours.opens), (self.closes, hours.closes)):
            edit.setDisplayFormat("HH:mm")
            edit.setTime(QTime(value.hour, value.minute))
        self.hours_error = error_label()
        intro = QLabel(self.tr("The monthly summary counts complaints received outside these "
                               "hours separately."))
        intro.setWordWrap(True)
        page = QWidget()
        form = QFormLayout(page)
        for text, widget in ((self.tr("&Currency:"), self.currency),
                             (self.tr("&Opens at:"), self.opens),
                             (self.tr("Closes at:"), self.closes)):
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(text, widget)
        form.addRow("", self.hours_error)
        form.addRow(intro)
        return page

    def opening_hours_text(self) -> str | None:
        """"09:00-21:00" as stored, or None (and the error shown) when it closes before it opens."""
        opens, closes = self.opens.time(), self.closes.time()
        if closes <= opens:
            self.hours_error.setText(self.tr("It must close after it opens."))
            self.hours_error.show()
            return None
        self.hours_error.hide()
        return f"{opens.toString('HH:mm')}-{closes.toString('HH:mm')}"

    @staticmethod
    def _spin(low: int, high: int, value: int, suffix: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setSuffix(suffix)
        spin.setMaximumWidth(spin.fontMetrics().horizontalAdvance("0000" + suffix) + 48)
        return spin

    def edited_shop(self) -> ShopProfile:
        """The shop as the dialog shows it; raises ValidationError (shown at the field)."""
        return replace(
            self.shop_form.profile(self._shop),
            language=Language(self.letter_language.currentData()),
            paper_size=self.paper.currentData(),
            ack_target_hours=self.ack_hours.value(),
            resolve_target_days=self.resolve_days.value(),
            follow_up_after_days=self.follow_up_days.value(),
            currency=self.currency.currentData(),
        )

    def _save_extras(self, archive: Archive, hours: str) -> None:
        # Inside the save action's transaction: the hours and the staff go with the profile.
        archive.set_setting(OPENING_HOURS_SETTING, hours)
        self.staff_page.save(archive, self._staff_before)

    def _save(self) -> None:
        try:
            shop = self.edited_shop()
        except ValidationError as error:
            self.tabs.setCurrentIndex(0)
            getattr(self.shop_form, error.errors[0].field).setFocus()
            return
        hours = self.opening_hours_text()
        if hours is None:
            page = self.opens.parentWidget()
            if page is not None:  # the hours sit on a tab page
                self.tabs.setCurrentWidget(page)
            self.closes.setFocus()
            return
        undo.run(self.parentWidget(), lambda: people.save_shop(
            self.archive, shop, None,
            lambda archive: self._save_extras(archive, hours)))
        language = self.ui_language.currentData()
        self.language_changed = language != saved_language(self.settings)
        SettingsStore(self.settings).set(UI_LANGUAGE, language)
        self.accept()
