"""Pieces the case sheet, the job tag and the intake form are built from: section headings,
label/value grids, ruled tables, tick boxes and writing lines, all in the shared theme.

Every Table here sets FONTNAME to an embedded font (Table's default would be Helvetica) and may
split inside a row, so no user text, however long, can fail the layout.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Table, TableStyle

from desktop_app.documents.theme import ACCENT, MUTED, RULE, para, styles
from desktop_app.domain.model import Language

GUTTER = 6 * mm


class Styles:
    """The cell, label and heading styles of one language, derived from the theme's sheet."""

    def __init__(self, language: Language):
        self.lang = language
        self.sheet = styles(language)
        base = self.sheet["body"]
        chinese = base.wordWrap == "CJK"
        self.cell = ParagraphStyle("form_cell", base, fontSize=9, leading=12.5 if chinese else 11.5,
                                   spaceAfter=0)
        self.cell_right = ParagraphStyle("form_cell_right", self.cell, alignment=TA_RIGHT)
        self.label = ParagraphStyle("form_label", self.cell, fontSize=7.5,
                                    leading=10 if chinese else 9.5, textColor=MUTED)
        self.head = ParagraphStyle("form_head", self.label, textColor=ACCENT)
        self.head_right = ParagraphStyle("form_head_right", self.head, alignment=TA_RIGHT)
        self.prose = ParagraphStyle("form_text", base, fontSize=9.5,
                                   leading=15 if chinese else 12.5, spaceAfter=0)
        self.section = ParagraphStyle("form_section", self.sheet["heading"], fontSize=11,
                                      leading=15, spaceBefore=9, spaceAfter=3)

    def p(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        return para(text, style or self.cell, self.lang)


def heading(st: Styles, text: str) -> list[Flowable]:
    """A section heading with a hairline under it, moved to the next page rather than left
    alone at the foot of one."""
    table = Table([[st.p(text, st.section)]], colWidths=None, hAlign="LEFT")
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), st.cell.fontName),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.6, ACCENT),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    table.spaceBefore, table.spaceAfter = 2.5 * mm, 1.5 * mm
    return [CondPageBreak(28 * mm), table]


def _base_style(st: Styles) -> list[tuple]:
    return [("FONTNAME", (0, 0), (-1, -1), st.cell.fontName),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]


def field_grid(st: Styles, pairs: Sequence[tuple[str, str]], width: float,
               columns: int = 2) -> Table:
    """Label above value, `columns` fields per row on a common grid."""
    cell_width = (width - GUTTER * (columns - 1)) / columns
    cells = [[st.p(label, st.label), st.p(value)] for label, value in pairs]
    rows = []
    for start in range(0, len(cells), columns):
        chunk: list[Any] = cells[start:start + columns]
        chunk += [""] * (columns - len(chunk))  # an empty cell; a list would hold flowables
        rows.append(chunk)
    widths = []
    for index in range(columns):
        widths.append(cell_width + (GUTTER if index < columns - 1 else 0))
    table = Table(rows, colWidths=widths, hAlign="LEFT", splitInRow=1)
    table.setStyle(TableStyle(_base_style(st) + [("TOPPADDING", (0, 0), (-1, -1), 1.5)]))
    return table


def ruled_table(st: Styles, header: Sequence[str], rows: Sequence[Sequence[object]],
                widths: Sequence[float], right: tuple[int, ...] = (),
                total: Sequence[str] | None = None) -> Table:
    """Header in accent, hairlines between rows; str cells are escaped, flowables kept."""
    def cell(value: object, index: int, left: ParagraphStyle, right_style: ParagraphStyle):
        if isinstance(value, (Flowable, list)):
            return value
        return st.p(str(value), right_style if index in right else left)

    data = [[cell(v, i, st.head, st.head_right) for i, v in enumerate(header)]]
    data += [[cell(v, i, st.cell, st.cell_right) for i, v in enumerate(r)] for r in rows]
    style = _base_style(st) + [
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("RIGHTPADDING", (-1, 0), (-1, -1), 0)]
    if total is not None:
        data.append([cell(v, i, st.cell, st.cell_right) for i, v in enumerate(total)])
        style += [("LINEABOVE", (0, -1), (-1, -1), 0.6, ACCENT),
                  ("LINEBELOW", (0, -1), (-1, -1), 0.6, ACCENT)]
    table = Table(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT", splitInRow=1)
    table.setStyle(TableStyle(style))
    return table


class TickBox(Flowable):
    """A square to tick by hand, or drawn ticked (a check mark stroked, not a font glyph)."""

    def __init__(self, size: float = 3.2 * mm, ticked: bool = False):
        super().__init__()
        self.size, self.ticked = size, ticked
        self.width = self.height = size

    def wrap(self, _available_width, _available_height):
        return self.size, self.size

    def draw(self) -> None:
        canvas, s = self.canv, self.size
        canvas.setLineWidth(0.7)
        canvas.setStrokeColor(ACCENT if self.ticked else MUTED)
        canvas.rect(0, 0, s, s, stroke=1, fill=0)
        if self.ticked:
            canvas.setLineWidth(1.2)
            canvas.setLineCap(1)
            canvas.lines([(s * 0.2, s * 0.52, s * 0.42, s * 0.25),
                          (s * 0.42, s * 0.25, s * 0.82, s * 0.8)])


def option_grid(st: Styles, labels: Sequence[str], width: float, columns: int,
                ticked: Sequence[bool] = (), padding: float = 2.5, fit: bool = False) -> Table:
    """Tick boxes with their labels, filled row by row on `columns` equal columns; with `fit`,
    each column as wide as its longest label, the widest taking what is left."""
    box = 3.2 * mm
    label_widths = [width / columns - box - 2 * mm] * columns
    if fit:
        label_widths = _fitted(st, labels, width, columns, box + 2 * mm + 4)
    cells = []
    for index, text in enumerate(labels):
        cells += [TickBox(box, index < len(ticked) and ticked[index]), st.p(text)]
    per_row = columns * 2
    rows = [cells[i:i + per_row] for i in range(0, len(cells), per_row)]
    rows[-1] += [""] * (per_row - len(rows[-1]))
    widths = [w for label_width in label_widths for w in (box + 2 * mm, label_width)]
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    # The box sits on the label's first line: its top a little under the cell top.
    offset = (st.cell.leading - box) / 2 + 0.6
    table.setStyle(TableStyle(_base_style(st) + [
        ("TOPPADDING", (0, 0), (-1, -1), padding), ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
    ] + [("TOPPADDING", (c, 0), (c, -1), padding + offset) for c in range(0, per_row, 2)]))
    return table


def _fitted(st: Styles, labels: Sequence[str], width: float, columns: int, extra: float
            ) -> list[float]:
    natural = [max((stringWidth(text, st.cell.fontName, st.cell.fontSize) + 4
                    for text in labels[c::columns]), default=0) for c in range(columns)]
    room = width - extra * columns
    if sum(natural) <= room:  # spread the spare room evenly
        return [n + (room - sum(natural)) / columns for n in natural]
    widest = natural.index(max(natural))
    rest = room - (sum(natural) - natural[widest])
    return [rest if c == widest else n for c, n in enumerate(natural)]


def writing_lines(st: Styles, label: str, width: float, lines: int = 1,
                  label_width: float = 38 * mm, height: float = 8 * mm,
                  label_style: ParagraphStyle | None = None) -> Table:
    """A label and `lines` ruled lines to write on; the label sits on the first line."""
    rows = [[st.p(label, label_style or st.label) if i == 0 else "", ""] for i in range(lines)]
    table = Table(rows, colWidths=[label_width, width - label_width],
                  rowHeights=[height] * lines, hAlign="LEFT")
    table.setStyle(TableStyle(_base_style(st) + [
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LINEBELOW", (1, 0), (1, -1), 0.4, RULE),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (0, -1), 0.8)]  # the label's baseline on the line
        # A label of two lines hangs from the first writing line instead of climbing above.
        + ([("SPAN", (0, 0), (0, -1)), ("VALIGN", (0, 0), (0, -1), "TOP"),
            ("TOPPADDING", (0, 0), (0, -1), height - (label_style or st.label).leading - 0.8)]
           if lines > 1 else [])))
    return table
