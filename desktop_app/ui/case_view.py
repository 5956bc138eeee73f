"""One open case: the complaint, the customer with their history, the recovery and its timeline.

The view only shows and asks; every action is one archive call made in the name of the staff
member on duty, followed by `changed` (the main window's archive_changed) and a status message.
Refused input is shown next to its field or in a message box, never as a traceback.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.actions import cases
from desktop_app.actions.base import Done
from desktop_app.archive import Archive
from desktop_app.archive.errors import ArchiveError
from desktop_app.domain.model import RecoveryStep, Status
from desktop_app.domain.problems import technical
from desktop_app.domain.recovery import Diagnosis
from desktop_app.domain.validate import ValidationError
from desktop_app.domain.workflow import is_reopen
from desktop_app.ui import case_corrections as corrections
from desktop_app.ui import undo
from desktop_app.ui.attachments_panel import (
    AttachmentsStrip,
    ImageDialog,
    open_externally,
    prepare,
    read_file,
)
from desktop_app.ui.case_complaint import ComplaintDetails, DiagnosisEditor
from desktop_app.ui.case_header import CaseHeader, MoveBar
from desktop_app.ui.case_side import CaseSide, scrolled
from desktop_app.ui.case_timeline import TimelineView
from desktop_app.ui.checklist_panel import ChecklistPanel
from desktop_app.ui.fit import fit_to_screen
from desktop_app.ui.follow_up_dialog import RecordFollowUpDialog, ScheduleFollowUpDialog
from desktop_app.ui.keys import close_keys
from desktop_app.ui.move_dialog import delete_dialog, not_recovered_dialog, reopen_dialog
from desktop_app.ui.remedies_panel import CaseFollowUpsPanel, RemediesPanel
from desktop_app.ui.remedy_dialog import RemedyDialog
from desktop_app.ui.widgets import enum_text, error_text, format_date, problem_text


def _group(title: str, widget: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    QVBoxLayout(box).addWidget(widget)
    return box


def _place(page: QWidget, widget: QWidget) -> None:
    """A tab's contents built on first use, shown and laid out at once (not on a later turn):
    the clerk's click that switched to the tab may be followed by another straight away."""
    cast(QVBoxLayout, page.layout()).addWidget(widget)
    widget.show()
    cast(QVBoxLayout, page.layout()).activate()


class CaseView(QWidget):
    """A case in a window of its own; several may be open side by side."""

    changed = Signal()  # the archive was written: every list should refresh
    message = Signal(str)  # for the main window's status bar
    customer_requested = Signal(int)
    case_requested = Signal(int)  # another case of the customer's, chosen in their history

    def __init__(self, archive: Archive, complaint_id: int, staff_id: Callable[[], int | None],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.archive, self.complaint_id, self.staff_id = archive, complaint_id, staff_id
        self.complaint = archive.cases.complaint(complaint_id)
        self.header = CaseHeader()
        self.moves = MoveBar()
        self.letter_button = QPushButton(self.tr("Letter…"))
        self.case_sheet_button = QPushButton(self.tr("Case sheet…"))
        self.case_sheet_button.setToolTip(self.tr("The whole case on paper, to print or save"))
        self.job_tag_button = QPushButton(self.tr("Job tag…"))
        self.job_tag_button.setToolTip(self.tr("A label for an item the customer left with us"))
        self.delete_button = QPushButton(self.tr("Delete case…"))
        self.details = ComplaintDetails()
        self.attachments = AttachmentsStrip()
        self.diagnosis = DiagnosisEditor()
        # The Recovery and Timeline tabs are built when first shown (or asked for): not needed
        # for the first view of the case.
        self._recovery: tuple[ChecklistPanel, RemediesPanel, CaseFollowUpsPanel] | None = None
        self._timeline: TimelineView | None = None
        self._recovery_page, self._timeline_page = QWidget(), QWidget()
        # The customer's column is added in the turn after the window shows (or when asked
        # for): the complaint is on screen first.
        self._side: CaseSide | None = None
        self.tabs = QTabWidget()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self._build()
        self._wire()
        undo.share_keys(self)
        self.refresh()
        fit_to_screen(self, 1320, 860)
        close_keys(self, self._may_close)

    # Building ---------------------------------------------------------------------------------

    def _build(self) -> None:
        self.tabs.addTab(scrolled(self.details, _group(self.tr("Attachments"), self.attachments),
                                   _group(self.tr("Diagnosis"), self.diagnosis)),
                         self.tr("Complaint"))
        for page in (self._recovery_page, self._timeline_page):
            QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self._recovery_page, self.tr("Recovery"))
        self.tabs.addTab(self._timeline_page, self.tr("Timeline"))
        self.tabs.currentChanged.connect(self._on_tab)
        actions = QHBoxLayout()
        actions.addWidget(self.moves, 1)
        actions.addWidget(self.letter_button)
        actions.addWidget(self.case_sheet_button)
        actions.addWidget(self.job_tag_button)
        actions.addWidget(self.delete_button)
        splitter = self.splitter
        splitter.addWidget(self.tabs)
        splitter.addWidget(QWidget())  # the customer's column's place until it is built
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 400])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(10)
        layout.addWidget(self.header)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)

    @property
    def side(self) -> CaseSide:
        """The customer's column, built now if it was not yet."""
        if self._side is None:
            side = self._side = CaseSide(self.archive, self.complaint_id, self.staff_id)
            side.customer_requested.connect(self.customer_requested)
            side.case_requested.connect(self.case_requested)
            side.dismissed.connect(self.changed)  # the watch list and its badge follow
            sizes = self.splitter.sizes()
            placeholder = self.splitter.replaceWidget(1, side)
            if placeholder is not None:
                placeholder.deleteLater()
            self.splitter.setSizes(sizes)
            side.show_case(self.complaint, self.archive.customers.customer(
                self.complaint.customer_id))
        return self._side

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._side is None:
            # A posted call, not ui.turns: it runs after this turn (the complaint's part is
            # built and laid out) but before the new window's first paint, so the window is
            # painted once, column and all; put after that paint, it cost a second full paint.
            QTimer.singleShot(0, self, lambda: self.side)

    def _wire(self) -> None:
        self.moves.move_requested.connect(self._on_move)
        self.letter_button.clicked.connect(self._on_letter)
        self.case_sheet_button.clicked.connect(self._on_case_sheet)
        self.job_tag_button.clicked.connect(self._on_job_tag)
        self.delete_button.clicked.connect(self._on_delete)
        self.diagnosis.save_requested.connect(self._on_save_diagnosis)
        self.attachments.files_chosen.connect(self._on_files)
        self.attachments.open_requested.connect(self._on_open_attachment)

    def _on_tab(self, index: int) -> None:
        page = self.tabs.widget(index)
        if page is self._recovery_page:
            self._recovery_panels()
        elif page is self._timeline_page:
            _ = self.timeline

    def _recovery_panels(self) -> tuple[ChecklistPanel, RemediesPanel, CaseFollowUpsPanel]:
        if self._recovery is None:
            checklist, remedies = ChecklistPanel(), RemediesPanel()
            follow_ups = CaseFollowUpsPanel()
            self._recovery = checklist, remedies, follow_ups
            checklist.tick_changed.connect(self._on_tick)
            remedies.add_requested.connect(self._on_add_remedy)
            remedies.edit_requested.connect(lambda i: corrections.edit_remedy(self, i))
            remedies.remove_requested.connect(lambda i: corrections.remove_remedy(self, i))
            follow_ups.record_requested.connect(self._on_record_follow_up)
            follow_ups.schedule_requested.connect(self._on_schedule)
            follow_ups.reschedule_requested.connect(
                lambda i: corrections.reschedule_follow_up(self, i))
            follow_ups.cancel_requested.connect(lambda i: corrections.cancel_follow_up(self, i))
            _place(self._recovery_page, scrolled(
                _group(self.tr("Five recovery steps"), checklist),
                _group(self.tr("Remedies"), remedies), _group(self.tr("Follow-ups"), follow_ups)))
            self._fill_recovery(self._staff())
        return self._recovery

    @property
    def checklist(self) -> ChecklistPanel:
        return self._recovery_panels()[0]

    @property
    def remedies(self) -> RemediesPanel:
        return self._recovery_panels()[1]

    @property
    def follow_ups(self) -> CaseFollowUpsPanel:
        return self._recovery_panels()[2]

    @property
    def timeline(self) -> TimelineView:
        if self._timeline is None:
            self._timeline = TimelineView()
            _place(self._timeline_page, self._timeline)
            self._timeline.show_entries(self.archive.recovery.timeline(self.complaint_id))
        return self._timeline

    # Showing ----------------------------------------------------------------------------------

    def _staff(self) -> dict[int, str]:
        return {s.id: s.name for s in self.archive.staff(active_only=False)
                if s.id is not None}  # stored staff always have an id

    def _fill_recovery(self, staff: dict[int, str]) -> None:
        if self._recovery is None:
            return
        archive, case_id = self.archive, self.complaint_id
        checklist, remedies, follow_ups = self._recovery
        checklist.show_ticks(archive.recovery.checklist(case_id), staff)
        remedies.show_remedies(archive.remedies.remedies(case_id), staff, archive.shop().currency)
        follow_ups.show_follow_ups(archive.follow_ups.follow_ups(case_id), archive.now().date())

    def refresh(self) -> None:
        """Show the case as the archive has it now (another window may have changed it)."""
        if self.archive.recovery.is_deleted(self.complaint_id):
            self.close()
            return
        archive, case_id = self.archive, self.complaint_id
        self.complaint = complaint = archive.cases.complaint(case_id)
        customer = archive.customers.customer(complaint.customer_id)
        staff = self._staff()
        self.setWindowTitle(self.tr("Case {ref} · {name}").format(ref=complaint.ref,
                                                                   name=customer.name))
        received_by = complaint.received_by
        self.header.show_case(complaint, customer,
                              "" if received_by is None else staff.get(received_by, ""),
                              archive.now())
        self.moves.set_status(complaint.status)
        self.details.show_complaint(complaint)
        self.diagnosis.show_diagnosis(complaint)
        self.attachments.show_attachments(archive.attachments.attachments(case_id))
        self._fill_recovery(staff)
        if self._timeline is not None:
            self._timeline.show_entries(archive.recovery.timeline(case_id))
        if self._side is not None:
            self._side.show_case(complaint, customer)

    def _may_close(self) -> bool:
        """Esc or Ctrl+W over a diagnosis typed but not saved asks before dropping it."""
        return not self.diagnosis.differs_from(self.complaint) or self.confirm(self.tr(
            "Close case {ref} without saving its diagnosis?").format(ref=self.complaint.ref))

    # Doing ------------------------------------------------------------------------------------

    def confirm(self, text: str) -> bool:
        """Ask a yes/no question, No by default (tests replace this seam)."""
        buttons = QMessageBox.StandardButton
        return QMessageBox.question(self, self.windowTitle(), text, buttons.Yes | buttons.No,
                                    buttons.No) == buttons.Yes

    def warn(self, text: str) -> None:
        """Tell the clerk why an action was refused (tests replace this seam)."""
        QMessageBox.warning(self, self.tr("Case {ref}").format(ref=self.complaint.ref), text)

    def done(self, message: str) -> None:
        """After an action: show the case anew, tell every list, say what happened."""
        self.refresh()
        self.changed.emit()
        self.message.emit(message)

    def _attempt(self, action: Callable[[], Done], message: str) -> bool:
        try:
            undo.run(self, action)
        except ArchiveError as error:
            self.warn(problem_text(error))
            return False
        except ValidationError as error:
            self.warn("\n".join(error_text(e) for e in error.errors))
            return False
        except ValueError as error:  # a move another window made first
            self.warn(self.tr("This could not be done: {reason}").format(
                reason=problem_text(error)))
            self.refresh()
            return False
        self.done(message)
        return True

    def _on_move(self, target: Status) -> None:
        ref, staff, case_id = self.complaint.ref, self.staff_id(), self.complaint_id
        done = self.tr("Case {ref} is now “{status}”.").format(ref=ref, status=enum_text(target))
        cancel = corrections.cancel_planned_on_close(self, target)
        if is_reopen(self.complaint.status, target):
            dialog = reopen_dialog(ref, lambda text: undo.run(self, lambda: cases.move_case(
                self.archive, case_id, target, staff, reason=text)), self)
        elif target is Status.NOT_RECOVERED:
            dialog = not_recovered_dialog(ref, lambda text: undo.run(self, lambda: cases.move_case(
                self.archive, case_id, target, staff, not_accepted_options=text,
                cancel_follow_ups=cancel)), self)
        else:
            self._attempt(lambda: cases.move_case(self.archive, case_id, target, staff,
                                                  cancel_follow_ups=cancel), done)
            return
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.done(done)

    def _on_save_diagnosis(self, diagnosis: Diagnosis) -> None:
        try:
            undo.run(self, lambda: cases.update_diagnosis(self.archive, self.complaint_id,
                                                          diagnosis, self.staff_id()))
        except ArchiveError as error:
            self.warn(problem_text(error))
            return
        except ValidationError as error:
            self.diagnosis.show_errors(error)
            return
        self.done(self.tr("Diagnosis of case {ref} saved.").format(ref=self.complaint.ref))

    def _on_tick(self, step: RecoveryStep, ticked: bool) -> None:
        name = enum_text(step)
        if ticked:
            self._attempt(lambda: cases.set_step(self.archive, self.complaint_id, step, True,
                                                 self.staff_id()),
                          self.tr("“{step}” ticked.").format(step=name))
        else:
            self._attempt(lambda: cases.set_step(self.archive, self.complaint_id, step, False,
                                                 self.staff_id()),
                          self.tr("“{step}” unticked.").format(step=name))

    def _on_add_remedy(self) -> None:
        dialog = RemedyDialog(self.archive, self.complaint, self.staff_id(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        planned = [
            f for f in self.archive.follow_ups.follow_ups(self.complaint_id) if f.done_at is None
        ]
        text = self.tr("Remedy added to case {ref}.").format(ref=self.complaint.ref)
        if planned:
            text += " " + self.tr("Follow-up planned for {day}.").format(
                day=format_date(planned[0].due_on))
        self.done(text)

    def _on_record_follow_up(self, follow_up_id: int) -> None:
        dialog = RecordFollowUpDialog(self.archive, self.archive.follow_ups.follow_up(follow_up_id),
                                      self.staff_id(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.done(self.tr("Follow-up result recorded for case {ref}.").format(
                ref=self.complaint.ref))

    def _on_schedule(self) -> None:
        dialog = ScheduleFollowUpDialog(self.archive, self.complaint_id, self.staff_id(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.done(self.tr("Follow-up planned for case {ref}.").format(
                ref=self.complaint.ref))

    def _on_files(self, paths: list[str]) -> None:
        for path in paths:
            self._attach(path)

    def _attach(self, path: str) -> None:
        try:
            data = read_file(path)
        except OSError as error:
            self.warn(self.tr("{file} could not be read: {reason}").format(
                file=path, reason=problem_text(technical(error))))
            return
        if data is None:
            self.warn(self.tr("{file} is far too large to attach; attachments may be at most "
                              "10 MB.").format(file=path))
            return
        file = prepare(path, data)
        text = self.tr("{file} attached.").format(file=file.filename.split("/")[-1])
        if file.scaled_from:
            text = self.tr("The picture was {before:.1f} MB, too large to keep; it was scaled "
                           "down to {after:.1f} MB and attached.").format(
                before=file.scaled_from / 2**20, after=len(file.data) / 2**20)
        self._attempt(
            lambda: cases.add_attachment(
                self.archive,
                self.complaint_id,
                lambda: self.archive.attachments.add_attachment(
                    self.complaint_id,
                    file.filename,
                    file.mime,
                    file.data,
                    file.thumbnail,
                    self.staff_id(),
                ),
            ),
            text,
        )

    def _on_open_attachment(self, attachment_id: int) -> None:
        found = [
            a
            for a in self.archive.attachments.attachments(self.complaint_id)
            if a.id == attachment_id
        ]
        if not found:
            return
        data = self.archive.attachments.attachment_data(attachment_id)
        if found[0].mime.startswith("image/"):
            ImageDialog(found[0].filename, data, self).exec()
        else:
            open_externally(found[0].filename, data)

    def _on_letter(self) -> None:
        # Imported on first use: the letter dialog brings in QtPdf, which start-up can do without.
        from desktop_app.ui.letter_dialog import LetterDialog

        before = len(self.archive.recovery.timeline(self.complaint_id))
        LetterDialog(self.archive, self.complaint_id, self.staff_id(), self).exec()
        if (
            len(self.archive.recovery.timeline(self.complaint_id)) > before
        ):  # printed or saved: logged
            self.done(self.tr("The letter for case {ref} is recorded in its timeline.").format(
                ref=self.complaint.ref))

    def _on_case_sheet(self) -> None:
        # Imported on first use, like the letter dialog: previews bring in QtPdf.
        from desktop_app.ui.print_actions import print_case_sheet

        dialog = print_case_sheet(self.archive, self.complaint_id, self)
        # Freed when closed: a case window may print many times in a day.
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def _on_job_tag(self) -> None:
        from desktop_app.ui.print_actions import print_job_tag

        print_job_tag(self.archive, self.complaint_id, self).setAttribute(
            Qt.WidgetAttribute.WA_DeleteOnClose)

    def _on_delete(self) -> None:
        ref = self.complaint.ref
        dialog = delete_dialog(ref, lambda text: undo.run(self, lambda: cases.delete_case(
            self.archive, self.complaint_id, self.staff_id(), text)), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.changed.emit()
            self.message.emit(self.tr("Case {ref} deleted; the deletion is recorded.").format(
                ref=ref))
            self.close()
