"""First-run welcome: set up the shop (profile, staff, language, paper) or open the demo shop.

Shown while the archive has neither a shop name nor a complaint. Picking a language switches the
dialog at once, so a newcomer whose system speaks another language can read the rest.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QThread, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.actions import people
from desktop_app.archive import Archive
from desktop_app.demo import demo_data_dir, fill_demo_shop, is_demo
from desktop_app.domain.model import Language
from desktop_app.domain.validate import (
    CustomerInput,
    FieldError,
    ValidationError,
    check_customer,
)
from desktop_app.paths import ARCHIVE_FILE_NAME
from desktop_app.ui.archives import open_in_new_window
from desktop_app.ui.fit import fit_to_screen
from desktop_app.ui.settings_store import UI_LANGUAGE, SettingsStore
from desktop_app.ui.shop_form import (
    ShopForm,
    default_paper_size,
    fill_paper_combo,
)
from desktop_app.ui.startup import needs_welcome  # noqa: F401 - where it was, for callers
from desktop_app.ui.translation import (
    SYSTEM,
    current_language,
    fill_language_combo,
    install_translator,
    resolve,
)
from desktop_app.ui.widgets import error_label, problem_text, show_field_error


def staff_names(text: str) -> list[str]:
    """The names typed one per line, trimmed, blank lines and repeats left out."""
    names: list[str] = []
    for line in text.splitlines():
        name = line.strip()
        if name and name not in names:
            names.append(name)
    return names


def staff_name_error(names: list[str]) -> FieldError | None:
    """What is wrong with the first bad name (too long, control characters), if any."""
    for name in names:
        try:
            check_customer(CustomerInput(name=name))
        except ValidationError as error:
            return error.errors[0]
    return None


class WelcomeDialog(QDialog):
    """Accepted once the shop is saved or the demo shop is filled (then `opened_demo` is True)."""

    # Seams: tests fill a smaller demo shop, in a folder of their own, and start no process.
    demo_filler: Callable[[Archive], object] = staticmethod(fill_demo_shop)
    demo_dir: Callable[[], Path] = staticmethod(demo_data_dir)
    launch: Callable[[Path], bool] = staticmethod(open_in_new_window)

    def __init__(self, archive: Archive, parent: QWidget | None = None,
                 settings: QSettings | None = None):
        super().__init__(parent)
        self.archive = archive
        # A SettingsStore (ui/settings_store.py) is welcome too: use its QSettings.
        settings = QSettings() if settings is None else settings
        self.settings = getattr(settings, "qsettings", settings)
        self.opened_demo = False
        self._filler: DemoFiller | None = None
        self.progress = QLabel()
        self.progress.hide()
        self.language = QComboBox()
        fill_language_combo(self.language, with_system=False)
        self.language.setCurrentIndex(self.language.findData(current_language()))
        self.shop_form = ShopForm()
        self.staff = QPlainTextEdit()
        self.staff.setTabChangesFocus(True)
        self.staff.setFixedHeight(80)
        self.staff_error = error_label()
        self.paper = QComboBox()
        self.demo_button = QPushButton()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self._layout()
        self.retranslate()
        self.language.currentIndexChanged.connect(self._switch_language)
        self.buttons.accepted.connect(self._start)
        self.buttons.rejected.connect(self.reject)
        self.demo_button.clicked.connect(self._open_demo)
        self.shop_form.name.setFocus()

    def _layout(self) -> None:
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        top = QFormLayout()
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        top.addRow(self.language_label, self.language)
        self.shop_box = QGroupBox()
        QVBoxLayout(self.shop_box).addWidget(self.shop_form)
        self.more_box = QGroupBox()
        more = QFormLayout(self.more_box)
        self.staff_label = QLabel()
        self.staff_label.setBuddy(self.staff)
        column = QVBoxLayout()
        column.addWidget(self.staff)
        column.addWidget(self.staff_error)
        more.addRow(self.staff_label, column)
        self.paper_label = QLabel()
        self.paper_label.setBuddy(self.paper)
        more.addRow(self.paper_label, self.paper)
        # The demo stands apart on the left: it is the other way in, not a step of the form.
        bottom = QHBoxLayout()
        bottom.addWidget(self.demo_button)
        bottom.addWidget(self.buttons, 1)
        layout = QVBoxLayout(self)
        for part in (self.intro, top, self.shop_box, self.more_box, self.progress, bottom):
            if isinstance(part, QWidget):
                layout.addWidget(part)
            else:
                layout.addLayout(part)
        self.setMinimumWidth(560)
        fit_to_screen(self, scroll=True)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to Amends"))
        self.intro.setText(self.tr(
            "<b>Welcome!</b> Tell Amends about your shop; it goes on every letter you print. "
            "You can change all of this later under Settings."))
        self.language_label.setText(self.tr("&Language:"))
        self.language.setAccessibleName(self.tr("Language"))
        self.shop_box.setTitle(self.tr("Your shop"))
        self.more_box.setTitle(self.tr("Staff and printing"))
        self.staff_label.setText(self.tr("S&taff names:"))
        self.staff.setPlaceholderText(self.tr("One name per line, e.g.\nLi Na\nWang Qiang"))
        self.staff.setAccessibleName(self.tr("Staff names, one per line"))
        self.paper_label.setText(self.tr("Pape&r size:"))
        self.paper.setAccessibleName(self.tr("Paper size"))
        fill_paper_combo(self.paper, self.paper.currentData() or default_paper_size())
        self.demo_button.setText(self.tr("Open the &demo shop"))
        self.demo_button.setToolTip(self.tr(
            "Fill this archive with an invented café and a year of complaints, to look around."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Start"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Later"))
        self.shop_form.retranslate()

    def _switch_language(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:  # always, while a window is open
            install_translator(app, self.language.currentData())
        self.retranslate()

    def _save_language(self) -> None:
        chosen = self.language.currentData()
        # Keep following the system unless the user picked something else.
        chosen = SYSTEM if chosen == resolve(SYSTEM) else chosen
        SettingsStore(self.settings).set(UI_LANGUAGE, chosen)

    def _start(self) -> None:
        names = staff_names(self.staff.toPlainText())
        bad_name = staff_name_error(names)
        show_field_error(self.staff_error, bad_name)
        try:
            shop = self.shop_form.profile(self.archive.shop())
        except ValidationError:
            return
        if bad_name:
            self.staff.setFocus()
            return
        letters = Language.parse(self.language.currentData()) or Language.ZH_CN
        people.set_up_shop(self.archive, replace(shop, language=letters,
                                                 paper_size=self.paper.currentData()), names)
        self._save_language()
        self.accept()

    def _open_demo(self) -> None:
        """Fill the demo shop on a thread of its own (it takes seconds); the dialog waits."""
        self._set_busy(True)
        self.progress.setText(self.tr("Filling the demo shop, a few seconds…"))
        # The demo lives in its own folder: this (perhaps the shop's real) archive is untouched.
        folder = self.demo_dir()
        self._filler = DemoFiller(folder / ARCHIVE_FILE_NAME, self.demo_filler)
        self._filler.done.connect(self._demo_done)
        self._filler.start()

    def _demo_done(self, error: str) -> None:
        if self._filler is not None:  # it sent this signal
            self._filler.wait()
        self._set_busy(False)
        if error:
            self.progress.setText(self.tr("The demo shop could not be filled: {error}").format(
                error=error))
            return
        self._save_language()
        self.opened_demo = True
        if self.launch(self.demo_dir()):
            self.progress.setText(self.tr(
                "The demo shop opens in a window of its own; your archive stays as it is. "
                "Set up your shop here when you are ready, or click Later."))
        else:
            self.progress.setText(self.tr(
                "The demo shop is ready but its window could not be opened: choose File › "
                "Open the demo shop in the main window."))

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.language, self.shop_box, self.more_box, self.demo_button,
                       self.buttons):
            widget.setEnabled(not busy)
        if busy:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        else:
            QGuiApplication.restoreOverrideCursor()
        self.progress.setVisible(True)

    def reject(self) -> None:
        if self._filler is None or self._filler.isFinished():
            super().reject()  # while the demo is being written, Escape must not close us


class DemoFiller(QThread):
    """Writes the demo shop through its own archive connection (one per thread)."""

    done = Signal(str)  # "" when filled, else what went wrong

    def __init__(self, path: Path, fill: Callable[[Archive], object]):
        super().__init__()
        self.path = path
        self.fill = fill

    def run(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            archive = Archive.open(self.path)
            try:
                if not is_demo(archive):  # already filled once: open it as it is
                    self.fill(archive)
            finally:
                archive.close()
        except Exception as error:  # noqa: BLE001 - shown in the dialog, never lost in a thread
            self.done.emit(problem_text(error))
            return
        self.done.emit("")
