"""A complaint taken with the keyboard only, as a first-time user and as a trained clerk would:
the real form driven key by key, the keystrokes counted (the numbers in the report)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.domain.model import Expectation, Feeling, Severity
from desktop_app.domain.queries import CaseFilter

ALT, CTRL = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier
# Keystroke-level model (Card, Moran & Newell): K = 0.28 s an average typist's key, M = 1.35 s to
# think of the next step. A first-time user thinks before every field, a trained clerk before
# every part of the conversation (customer, what happened, how they feel) only.
K, M = 0.28, 1.35
PHONE, NAME = "13800138000", "Wang Xiaoming"
PRODUCT, WORDS = "birthday cake", "The cream tasted sour."


class Keyboard:
    def __init__(self, qtbot):
        self.qtbot, self.keys = qtbot, 0

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(QApplication.focusWidget(), text)
        self.keys += len(text) + sum(ch.isupper() for ch in text)  # Shift for capitals

    def press(self, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.keyClick(QApplication.focusWidget(), key, modifier)
        self.keys += 1 + (modifier != Qt.KeyboardModifier.NoModifier)


def _saved(archive):
    [row] = archive.list_cases(CaseFilter())
    complaint = archive.complaint(row.id)
    assert (row.customer_name, row.customer_phone) == (NAME, PHONE)
    assert (complaint.product, complaint.description) == (PRODUCT, WORDS)
    assert (complaint.feeling, complaint.expectation, complaint.severity) == (
        Feeling.UPSET, Expectation.REFUND, Severity.MEDIUM)


def _start(qtbot, window):
    window.new_action.trigger()
    assert QApplication.focusWidget() is window.intake.customer.lookup
    return Keyboard(qtbot)


def test_a_first_time_user_takes_a_complaint_with_tab_and_arrow_keys(qtbot, main_window, archive):
    form, board = main_window.intake.complaint, _start(qtbot, main_window)
    board.type(PHONE)
    board.press(Qt.Key.Key_Tab)  # the phone goes over to the new customer
    assert main_window.intake.customer.phone.text() == PHONE
    assert QApplication.focusWidget() is main_window.intake.customer.name  # next in line
    board.type(NAME)
    for _ in range(6):  # phone (filled), e-mail, address, language, consent, product
        board.press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.product
    board.type(PRODUCT)
    board.press(Qt.Key.Key_Tab)  # order no.
    board.press(Qt.Key.Key_Tab)
    board.type(WORDS)
    board.press(Qt.Key.Key_Tab)
    for _ in range(3):  # Feeling: Calm, Disappointed, Upset
        board.press(Qt.Key.Key_Down)
    board.press(Qt.Key.Key_Tab)
    board.press(Qt.Key.Key_Down)  # Expectation: Refund
    board.press(Qt.Key.Key_Tab)
    board.press(Qt.Key.Key_Down)
    board.press(Qt.Key.Key_Down)  # Severity: Medium
    board.press(Qt.Key.Key_S, CTRL)
    _saved(archive)
    fields = 9  # phone, name, product, order no., words, feeling, expectation, severity, save
    seconds = board.keys * K + fields * M
    print(f"\nfirst-time user: {board.keys} keystrokes, about {seconds:.0f} s")
    assert board.keys <= 90


def test_a_trained_clerk_jumps_to_fields_with_alt_keys(qtbot, main_window, archive):
    board = _start(qtbot, main_window)
    board.type(PHONE)
    board.press(Qt.Key.Key_Tab)
    board.press(Qt.Key.Key_N, ALT)  # Name
    board.type(NAME)
    board.press(Qt.Key.Key_D, ALT)  # Product / service
    board.type(PRODUCT)
    board.press(Qt.Key.Key_W, ALT)  # In the customer's words
    board.type(WORDS)
    board.press(Qt.Key.Key_T, ALT)  # How they felt
    board.type("u")  # Upset
    board.press(Qt.Key.Key_X, ALT)  # What they expect
    board.type("r")  # Refund
    board.press(Qt.Key.Key_Y, ALT)  # Severity
    board.type("m")  # Medium
    board.press(Qt.Key.Key_S, CTRL)
    _saved(archive)
    seconds = board.keys * K + 3 * M
    print(f"\ntrained clerk: {board.keys} keystrokes, about {seconds:.0f} s")
    assert board.keys <= 80
