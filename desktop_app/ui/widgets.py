"""Small helpers shared by the screens: field-error labels, problem messages, enum combos,
locale-aware formatting."""

from __future__ import annotations

from datetime import date, datetime
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt, QTime, QTimeZone
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.currency import currency as currency_of
from desktop_app.domain.labels import CodedEnum
from desktop_app.domain.problems import PROBLEMS, TECHNICAL, Problem, Technical, Text, technical
from desktop_app.domain.validate import FieldError, ValidationError

E = TypeVar("E", bound=CodedEnum)

ERROR_STYLE = "color: #b42318;"
_UTC = QTimeZone(QTimeZone.Initialization.UTC)  # a fixed offset: no time-zone look-up per value

# Symbols for the currencies a small shop is likely to use; any other code is shown as is.


def own_viewport(view: QAbstractScrollArea) -> QWidget:
    """Give `view` a viewport made in Python, set up as Qt sets up its own. Qt's own, the first
    time Python asks for it, makes PySide6 create the Python type of every widget class while it
    looks for the right one (~8 ms, on the first screen's path)."""
    viewport = QWidget()
    viewport.setObjectName("qt_scrollarea_viewport")
    viewport.setBackgroundRole(QPalette.ColorRole.Base)
    viewport.setAutoFillBackground(True)
    view.setViewport(viewport)
    return viewport


def set_up_list_table(table: QTableView, widths: tuple[int, ...], name: str,
                      row_padding: int = 10) -> None:
    """The look every list screen shares: whole-row selection, no grid, fixed row heights (Qt
    never measures every row of a large model) and column widths scaled for high-DPI screens,
    each at least as wide as its title in the current language (measured without any row)."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + row_padding)
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    scale = table.logicalDpiX() / 96
    columns = table.model().columnCount() if table.model() is not None else 0
    for column, width in enumerate(widths):
        title = header.sectionSizeFromContents(column).width() if column < columns else 0
        header.resizeSection(column, max(round(width * scale), title))
    table.setAccessibleName(name)


def fit_columns_to_sample(table: QTableView, columns: tuple[int, ...],
                          donors: dict[int, int] | None = None, rows: int = 50,
                          cap: int = 280, donor_min: int = 96,
                          wanted: dict[int, int] | None = None) -> dict[int, int] | None:
    """Widen short columns (staff names, statuses) to the widest text of the first `rows` rows:
    cheap on a model of any size, where Qt's ResizeToContents would read every row.

    The room comes from the table's spare width, then from `donors` ({column: usual width}:
    long free-text columns that elide) down to `donor_min`; with room to spare a donor grows
    back to its usual width. The columns never run past the table's right edge.
    Answers the widths the columns wanted ({column: width}, None while the table is hidden):
    passed back as `wanted` (on a resize: same rows, same font) they are not measured again."""
    header = table.horizontalHeader()
    if not table.isVisible() or header.count() == 0:
        return None  # the viewport has no real width yet
    model, metrics, donors = table.model(), table.fontMetrics(), donors or {}
    sample = min(model.rowCount(), rows)
    if wanted is None:
        wanted = {c: min(cap, 20 + max(map(metrics.horizontalAdvance, {  # each text once
            str(model.index(r, c).data() or "") for r in range(sample)}), default=0))
            for c in columns}
    last = header.logicalIndex(header.count() - 1)
    for column, width in wanted.items():
        if column != last and width > header.sectionSize(column):
            header.resizeSection(column, width)

    def over() -> int:
        shown = sum(header.sectionSize(c) for c in range(header.count()) if c != last)
        return shown + max(wanted.get(last, 0), header.minimumSectionSize()) - (
            table.viewport().width())

    for donor, usual in donors.items():  # room to spare: donors back to their usual width
        if over() < 0 and header.sectionSize(donor) < usual:
            header.resizeSection(donor, min(usual, header.sectionSize(donor) - over()))
    for donor in donors:
        if over() > 0:
            size = header.sectionSize(donor)
            header.resizeSection(donor, max(donor_min, size - over()))
    return wanted


def error_label() -> QLabel:
    """A red, word-wrapped label under a field; hidden while the field is fine."""
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setObjectName("fieldError")
    label.hide()
    return label


def with_error(widget: QWidget, error: QLabel) -> QWidget:
    """A field with its error label right under it, as one cell of a form."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(widget)
    column.addWidget(error)
    return box


def error_text(error: FieldError) -> str:
    """A validation message in the interface language, its placeholders filled in."""
    return QCoreApplication.translate("Validation", error.message).format(**error.values)


def problem_text(problem: BaseException | str) -> str:
    """What went wrong, for a person, in the interface language: a Problem's (or a Text's)
    template and its word-values translated, a ValidationError's field messages; any other
    error under a translated sentence, its own words only as a labelled technical detail.
    Thread-safe (QCoreApplication.translate is), so a worker may call it."""
    if isinstance(problem, Problem):
        return _said(problem.text)
    if isinstance(problem, ValidationError):
        return "\n".join(error_text(e) for e in problem.errors)
    if isinstance(problem, BaseException):
        return _unexpected(problem)
    return _said(problem)


def _said(value: object) -> str:
    if isinstance(value, Technical):
        return QCoreApplication.translate(PROBLEMS, TECHNICAL).format(detail=value)
    if isinstance(value, Text):
        values = {name: _said(v) for name, v in value.values.items()}
        try:
            return QCoreApplication.translate(PROBLEMS, value.template).format(**values)
        except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
            return value.template.format(**values) if values else value.template
    if isinstance(value, CodedEnum):
        return enum_text(value)
    if isinstance(value, (list, tuple)):
        return "\n".join(_said(v) for v in value)
    if isinstance(value, BaseException):
        return problem_text(value)
    return str(value)


def _unexpected(error: BaseException) -> str:
    from desktop_app.documents.templates import TemplateError

    if isinstance(error, TemplateError):  # its faults are translated by pattern, one by one
        from desktop_app.ui.template_editor import problems_text
        return problems_text(error)
    if isinstance(error, OSError):
        return QCoreApplication.translate("Problems", "A file could not be read or written "
                                          "({detail}).").format(detail=_said(technical(error)))
    return QCoreApplication.translate("Problems", "Something went wrong ({detail}).").format(
        detail=_said(Technical(str(error) or type(error).__name__)))


def show_field_error(label: QLabel, error: FieldError | None) -> None:
    label.setText(error_text(error) if error else "")
    label.setVisible(error is not None)


def enum_text(member: CodedEnum | None, empty: str = "") -> str:
    """The translated label of an enum member; `empty` for None."""
    if member is None:
        return empty
    return QCoreApplication.translate(member.context(), member.label)


class EnumCombo(QComboBox, Generic[E]):
    """Every member of a closed list by its translated label; `value()` is the chosen member.

    With `none_text`, a first item stands for "not chosen / any" and `value()` is then None.
    (Item data holds the member's code: Qt turns a str-based enum into a plain string anyway.)
    """

    def __init__(self, enum_cls: type[E], none_text: str | None = None, parent=None):
        super().__init__(parent)
        self.enum_cls: type[E] = enum_cls
        if none_text is not None:
            self.addItem(none_text, None)
        for member in enum_cls:
            self.addItem(enum_text(member), member.value)

    def value(self) -> E | None:
        return self.enum_cls.parse(self.currentData())

    def set_value(self, member: E | None) -> None:
        set_combo_data(self, None if member is None else member.value)


def set_combo_data(combo: QComboBox, data: object) -> None:
    """Select the item holding `data` (the first item when none does)."""
    index = combo.findData(data)
    combo.setCurrentIndex(max(index, 0))


def to_qdatetime(value: datetime) -> QDateTime:
    return QDateTime(QDate(value.year, value.month, value.day),
                     QTime(value.hour, value.minute, value.second))


def from_qdatetime(value: QDateTime) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second())


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _real_locale() -> QLocale | None:
    """The default locale, or None when it is the bare C locale of a minimal system (no LANG),
    whose short formats ("23 11 2026") read as no one writes a date."""
    locale = QLocale()
    if locale.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return None
    return locale


def format_datetime(value: datetime | None) -> str:
    """A timestamp the way the user's locale writes it, short form, to the minute."""
    if value is None:
        return ""
    locale = _real_locale()
    if locale is None:
        return f"{value:%Y-%m-%d %H:%M}"
    # The stored wall-clock time, shown as it is: a QDateTime in local time would ask the
    # system's time zone about each one (~50 µs a row, half the first paint of the case list)
    # and move a time in a daylight-saving gap by an hour.
    stamp = QDateTime(QDate(value.year, value.month, value.day),
                      QTime(value.hour, value.minute, value.second), _UTC)
    return locale.toString(stamp, QLocale.FormatType.ShortFormat)


def format_date(value: date | datetime | None) -> str:
    if value is None:
        return ""
    locale = _real_locale()
    if locale is None:
        return f"{value:%Y-%m-%d}"
    return locale.toString(QDate(value.year, value.month, value.day),
                           QLocale.FormatType.ShortFormat)


def currency_symbol(currency: str) -> str:
    """The sign shown before amounts in `currency` (the code itself when it has none known)."""
    return currency_of(currency).symbol


def format_money(cents: int, currency: str) -> str:
    """An amount as the money inputs show it: the sign first, then the locale's digits with
    grouping and the currency's decimals (¥1,234.50, NT$1,235; ¥1.234,50 in German), whatever
    the locale's own currency pattern, so a figure in a list reads like the one typed in."""
    locale = QLocale()
    locale.setNumberOptions(locale.numberOptions() & ~QLocale.NumberOption.OmitGroupSeparator)
    amount = locale.toString(abs(cents) / 100, "f", currency_of(currency).decimals)
    return ("-" if cents < 0 else "") + currency_symbol(currency) + amount


def format_count(n: int) -> str:
    """A count with the locale's digit grouping (12,345)."""
    return QLocale().toString(n)


def listed(items) -> str:
    """A list in the interface's own punctuation: "Discount, Voucher" / "折扣、代金券"."""
    return QCoreApplication.translate("Typography", ", ").join(items)


def labelled(label: str, value: object) -> str:
    """"Status: open" / "状态：处理中": the colon the language writes."""
    return QCoreApplication.translate("Typography", "{label}: {value}").format(
        label=label, value=value)
