"""Every top-level window and dialog of the app, each made by one function over an open archive.

The fit-to-screen and mnemonic tests and tools/screenshots.py walk this one list, so a screen
added here is checked by all three (a test also fails when a dialog class is missing from it).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QSettings
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from desktop_app.archive import Archive
from desktop_app.domain.queries import CaseFilter

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow


@dataclass
class Scene:
    """What the screens are opened over: an archive with cases, and a main window on it."""

    archive: Archive
    settings: QSettings
    window: MainWindow  # the main window, parent of every dialog
    preferred_case: int | None = None  # the case to show, when it will do

    def case_id(self, with_follow_up: bool = False) -> int:
        preferred = [] if self.preferred_case is None else [self.preferred_case]
        for row in preferred + [
            r.id for r in self.archive.cases.list_cases(CaseFilter(), limit=500)
        ]:
            if not with_follow_up or self.archive.follow_ups.follow_ups(row):
                return row
        raise LookupError("the archive holds no suitable case")

    def staff_id(self) -> int | None:
        return self.window.current_staff_id()


def _main_window(scene: Scene) -> QWidget:
    return scene.window


def _case_window(scene: Scene) -> QWidget:
    return scene.window.recovery.open_case(scene.case_id())


def _remedy(scene: Scene) -> QWidget:
    from desktop_app.ui.remedy_dialog import RemedyDialog

    complaint = scene.archive.cases.complaint(scene.case_id())
    return RemedyDialog(scene.archive, complaint, scene.staff_id(), scene.window)


def _follow_up_result(scene: Scene) -> QWidget:
    from desktop_app.ui.follow_up_dialog import RecordFollowUpDialog

    follow_up = scene.archive.follow_ups.follow_ups(scene.case_id(with_follow_up=True))[0]
    return RecordFollowUpDialog(scene.archive, follow_up, scene.staff_id(), scene.window)


def _schedule_follow_up(scene: Scene) -> QWidget:
    from desktop_app.ui.follow_up_dialog import ScheduleFollowUpDialog

    return ScheduleFollowUpDialog(scene.archive, scene.case_id(), scene.staff_id(), scene.window)


def _reason(scene: Scene) -> QWidget:
    from desktop_app.ui.move_dialog import reopen_dialog

    return reopen_dialog(scene.archive.cases.complaint(scene.case_id()).ref, lambda _text: None,
                         scene.window)


def _merge(scene: Scene) -> QWidget:
    from desktop_app.ui.merge_dialog import MergeDialog

    customer_id = scene.archive.cases.complaint(scene.case_id()).customer_id
    return MergeDialog(scene.archive, customer_id, scene.staff_id(), scene.window)


def _erase(scene: Scene) -> QWidget:
    from desktop_app.ui.customer_page import EraseDialog

    customer = scene.archive.customers.customer(
        scene.archive.cases.complaint(scene.case_id()).customer_id
    )
    return EraseDialog(customer.name, scene.window)


def _letter(scene: Scene) -> QWidget:
    from desktop_app.ui.letter_dialog import LetterDialog

    return LetterDialog(scene.archive, scene.case_id(), scene.staff_id(), scene.window)


def _batch_letters(scene: Scene) -> QWidget:
    from desktop_app.ui.letter_dialog import FollowUpBatchDialog

    return FollowUpBatchDialog(scene.archive, scene.staff_id(), parent=scene.window)


def _summary(scene: Scene) -> QWidget:
    from desktop_app.ui.summary_dialog import SummaryDialog

    return SummaryDialog(scene.archive, None, scene.window)


def _case_sheet(scene: Scene) -> QWidget:
    from desktop_app.ui.print_actions import print_case_sheet

    return print_case_sheet(scene.archive, scene.case_id(), scene.window)


def _job_tag(scene: Scene) -> QWidget:
    from desktop_app.ui.print_actions import print_job_tag

    return print_job_tag(scene.archive, scene.case_id(), scene.window)


def _intake_form(scene: Scene) -> QWidget:
    from desktop_app.ui.print_actions import print_blank_form

    return print_blank_form(scene.archive, scene.window)


def _settings(scene: Scene) -> QWidget:
    from desktop_app.ui.password_dialog import PasswordPage
    from desktop_app.ui.settings import SettingsDialog

    dialog = SettingsDialog(scene.archive, scene.window.settings, scene.window)
    dialog.tabs.addTab(PasswordPage(scene.archive),  # as the File menu adds it
                       QCoreApplication.translate("Menus", "Pass&word"))
    return dialog


def _backup(scene: Scene) -> QWidget:
    from desktop_app.ui.backup_dialog import BackupDialog

    return BackupDialog(scene.archive, scene.window)


def _import(scene: Scene) -> QWidget:
    from desktop_app.ui.import_dialog import ImportDialog

    return ImportDialog(scene.archive, "complaints", scene.window)


def _templates(scene: Scene) -> QWidget:
    from desktop_app.ui.template_editor import TemplateEditor

    return TemplateEditor(scene.archive, scene.staff_id(), scene.window)


def _welcome(scene: Scene) -> QWidget:
    from desktop_app.ui.welcome import WelcomeDialog

    return WelcomeDialog(scene.archive, scene.window, scene.settings)


def _help(scene: Scene) -> QWidget:
    from desktop_app.ui.help_dialog import HelpDialog

    return HelpDialog(scene.window)


def _unlock(scene: Scene) -> QWidget:
    from desktop_app.ui.password_dialog import UnlockDialog

    return UnlockDialog("", scene.window)


def _picture(scene: Scene) -> QWidget:
    from desktop_app.ui.attachments_panel import ImageDialog

    picture = QImage(2400, 1600, QImage.Format.Format_RGB32)  # a phone photo's size
    picture.fill(QColor("#c87850"))
    data = QBuffer()
    data.open(QIODevice.OpenModeFlag.WriteOnly)
    picture.save(data, "PNG")  # type: ignore[call-overload]  # PySide6 takes str; stubs say bytes
    return ImageDialog("photo.png", bytes(data.data().data()), scene.window)


def _deleted_cases(scene: Scene) -> QWidget:
    from desktop_app.ui.deleted_cases import DeletedCasesDialog

    return DeletedCasesDialog(scene.archive, scene.staff_id, scene.window)


def _damage(scene: Scene) -> QWidget:
    from desktop_app.ui.damage_dialog import DamageDialog

    return DamageDialog(scene.archive.path, "database disk image is malformed", scene.window)


def _crash(scene: Scene) -> QWidget:
    from desktop_app.ui.crash_report import LOG_NAME, CrashDialog

    return CrashDialog(scene.archive.path.parent / LOG_NAME, scene.window)


def _read_only(scene: Scene) -> QWidget:
    from desktop_app.ui.crash_report import _ReadOnlyNote

    return _ReadOnlyNote(scene.window)


# name -> how to open it. The name is also the screenshot's file name.
SCREENS: dict[str, Callable[[Scene], QWidget]] = {
    "main_window": _main_window,
    "case": _case_window,
    "remedy": _remedy,
    "follow_up_result": _follow_up_result,
    "schedule_follow_up": _schedule_follow_up,
    "reopen_reason": _reason,
    "merge_customers": _merge,
    "erase_customer": _erase,
    "letter": _letter,
    "batch_letters": _batch_letters,
    "summary": _summary,
    "case_sheet": _case_sheet,
    "job_tag": _job_tag,
    "intake_form": _intake_form,
    "settings": _settings,
    "backup_restore": _backup,
    "import": _import,
    "templates": _templates,
    "welcome": _welcome,
    "user_guide": _help,
    "unlock": _unlock,
    "picture": _picture,
    "deleted_cases": _deleted_cases,
    "damaged_archive": _damage,
    "crash_report": _crash,
    "read_only_note": _read_only,
}


def views(name: str, window: QWidget) -> Iterator[str]:
    """Show each state of screen `name` worth a look in turn, yielding a name for it: every page
    of the main window (and the form with a returning customer chosen), every tab of a dialog."""
    if name == "main_window":
        window = cast("MainWindow", window)
        for key in window._page_keys:
            window.show_page(key)
            yield _settled(key, window.page(key))
            if key == "intake":  # a returning customer chosen: "Change customer" appears
                some_case = window.archive.cases.list_cases(CaseFilter(), limit=1)[0]
                window.intake.customer.choose(window.archive.cases.complaint(some_case.id).customer_id)
                yield _settled("intake-customer", window.intake.history)
                window.intake.customer.clear()
            if key == "customers":  # one customer's page, with their history and remedies
                customers = window.recovery.customers
                customers.show_customer(_busiest_customer(window.archive))
                yield _settled("customers-customer", customers.detail)
        return
    yield name
    for tabs in window.findChildren(QTabWidget):
        for index in range(1, tabs.count()):
            tabs.setCurrentIndex(index)
            yield _settled(f"{name}-tab{index + 1}")
        tabs.setCurrentIndex(0)


def _busiest_customer(archive: Archive) -> int:
    """The customer with the most complaints among the recent ones: the fullest page."""
    rows = archive.cases.list_cases(CaseFilter(), limit=200)
    ids = [archive.cases.complaint(row.id).customer_id for row in rows]
    return max(set(ids), key=ids.count)


def open_screen(name: str, scene: Scene) -> QWidget:
    """Make and show screen `name`, and let its layout settle."""
    widget = SCREENS[name](scene)
    widget.show()
    _settled(name)
    return widget


def _busy(page: QWidget | None) -> bool:
    return bool(getattr(page, "pending", False) or getattr(page, "reading", False))


def _settled(view: str, page: QWidget | None = None) -> str:
    """`view`, once layouts and lazy models have settled (over a few event-loop turns) and a
    page reading on a worker (the dashboard's `pending`, the Watch list's and customer page's
    `reading`) has shown what it read."""
    deadline = time.monotonic() + 10
    for _ in range(3):
        QApplication.processEvents()
    while _busy(page) and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    for _ in range(3):
        QApplication.processEvents()
    return view
