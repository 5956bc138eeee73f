"""Charts of the monthly summary as ReportLab drawings: vertical bars (Pareto with its cumulative
line, the 12-month trend), horizontal grouped bars (times against target, compensation) and the
headline tiles with drawn ▲▼ arrows (shapes, so no font needs the glyphs).

Labels are set in the Chinese face whenever the report is Chinese or the label holds Han
characters (a product or colleague's name in an English report), so nothing prints as boxes.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop_app.documents.fonts import CJK, LATIN, LATIN_BOLD, register_fonts
from desktop_app.documents.formatting import is_chinese
from desktop_app.documents.theme import ACCENT, MUTED, RULE, TINT
from desktop_app.domain.model import Language

LIGHT = colors.HexColor("#9DB8C2")
LINE = colors.HexColor("#C8553D")
GOOD = colors.HexColor("#2E7D4F")
BAD = colors.HexColor("#B3261E")
TEXT = colors.HexColor("#222222")


def font_for(text: str, language: Language, bold: bool = False) -> str:
    """The face that has every glyph of `text` in a report of `language`."""
    register_fonts()
    if is_chinese(language) or any(ord(ch) >= 0x2E80 for ch in text):
        return CJK
    return LATIN_BOLD if bold else LATIN


# Where a Chinese label may break: after these marks, or before an opening bracket. Between
# other Han characters only when nothing else fits, so "推诿" never splits in two.
_BREAK_AFTER = "、，/）)"
_BREAK_BEFORE = "（("


def _tokens(text: str) -> list[str]:
    tokens, current = [], ""
    for ch in text:
        if ch in _BREAK_BEFORE and current.strip():
            tokens.append(current)
            current = ""
        current += ch
        if ch in _BREAK_AFTER or ch == " ":
            tokens.append(current)
            current = ""
    return [t for t in [*tokens, current] if t]


def wrap(text: str, font: str, size: float, width: float, max_lines: int = 3) -> list[str]:
    """Lines of `text` no wider than `width`: between words and after Chinese punctuation;
    a Han run too long for a line is split between characters, never leaving one alone."""
    tokens: list[str] = []
    for token in _tokens(text):
        if stringWidth(token.strip(), font, size) <= width or not any(
                ord(ch) >= 0x2E80 for ch in token):
            tokens.append(token)
            continue
        per_line = max(2, int(width // max(stringWidth("中", font, size), 1)))
        chunks = [token[i:i + per_line] for i in range(0, len(token), per_line)]
        if len(chunks) > 1 and len(chunks[-1].strip()) == 1:  # no orphan character
            chunks[-2], chunks[-1] = chunks[-2][:-1], chunks[-2][-1] + chunks[-1]
        tokens += chunks
    lines, line = [], ""
    for token in tokens:
        if line and stringWidth((line + token).rstrip(), font, size) > width:
            lines.append(line.rstrip())
            line = token.lstrip()
        else:
            line += token
    lines.append(line.rstrip())
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = lines[-1][:-1] + "…"
    return lines


def _drawing(width: float, height: float, language: Language) -> Drawing:
    """An empty drawing whose initial font is ours: the default (Helvetica) would be listed in
    the PDF without being embedded."""
    d = Drawing(width, height)
    d.initialFontName = font_for("", language)
    return d


def _label(d: Drawing, x: float, y: float, text: str, language: Language, size: float = 7,
           anchor: str = "middle", colour=MUTED, bold: bool = False) -> None:
    d.add(String(x, y, text, fontName=font_for(text, language, bold), fontSize=size,
                 fillColor=colour, textAnchor=anchor))


def nice_ceiling(value: float, ticks: int = 4) -> float:
    """A round axis maximum at or above `value` that splits into `ticks` round steps."""
    if value <= 0:
        return ticks
    raw = value / ticks
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    return step * ticks


def _count(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:,.1f}"


def vertical_bars(labels: Sequence[str], values: Sequence[float], language: Language, *,
                  width: float, height: float, cumulative: Sequence[float] | None = None,
                  highlight: int | None = None, label_lines: int = 4) -> Drawing:
    """Bars with their value on top; with `cumulative` (0–1) a Pareto line on a % axis at the
    right; `highlight` draws one bar dark and the others light (the report's month in a trend)."""
    d = _drawing(width, height, language)
    left, right, bottom, top = 26, 30 if cumulative else 6, 10 + 8.5 * label_lines, 12
    plot_w, plot_h = width - left - right, height - bottom - top
    top_value = nice_ceiling(max(values, default=0))
    for i in range(5):
        y = bottom + plot_h * i / 4
        d.add(Line(left, y, left + plot_w, y, strokeColor=RULE, strokeWidth=0.3 if i else 0.8))
        _label(d, left - 4, y - 2.5, _count(top_value * i / 4), language, anchor="end")
    slot = plot_w / max(len(values), 1)
    bar_w = min(slot * 0.64, 34)
    for i, (text, value) in enumerate(zip(labels, values, strict=True)):
        cx = left + slot * (i + 0.5)
        h = plot_h * value / top_value
        fill = ACCENT if highlight is None or i == highlight else LIGHT
        d.add(Rect(cx - bar_w / 2, bottom, bar_w, h, fillColor=fill, strokeColor=None))
        _label(d, cx, bottom + h + 2.5, _count(value), language, size=7, colour=TEXT)
        font = font_for(text, language)
        size = _fitting_size(text, font, 6.8, slot - 3)
        for n, line in enumerate(wrap(text, font, size, slot - 3, label_lines)):
            _label(d, cx, bottom - 9 - n * 8.5, line, language, size=size, colour=TEXT)
    if cumulative:
        _pareto_line(d, cumulative, language, left, bottom, slot, plot_w, plot_h)
    return d


def _fitting_size(text: str, font: str, size: float, width: float) -> float:
    """`size`, or smaller (down to 5 pt) so the longest word fits `width` unbroken."""
    longest = max((stringWidth(word, font, size) for word in text.split(" ")), default=0)
    return size if longest <= width else max(6.0, size * width / longest)


def _pareto_line(d: Drawing, cumulative: Sequence[float], language: Language, left: float,
                 bottom: float, slot: float, plot_w: float, plot_h: float) -> None:
    x_right = left + plot_w
    for i in range(5):
        _label(d, x_right + 4, bottom + plot_h * i / 4 - 2.5, f"{25 * i}%", language,
               anchor="start", colour=LINE)
    y80 = bottom + plot_h * 0.8
    d.add(Line(left, y80, x_right, y80, strokeColor=LINE, strokeWidth=0.4,
               strokeDashArray=[2, 2]))
    _label(d, left + 2, y80 + 2, "80%", language, size=6, anchor="start", colour=LINE)
    points = []
    for i, share in enumerate(cumulative):
        points += [left + slot * (i + 0.5), bottom + plot_h * share]
    d.add(PolyLine(points, strokeColor=LINE, strokeWidth=1.2))
    for x, y in zip(points[::2], points[1::2], strict=True):
        d.add(Circle(x, y, 1.8, fillColor=LINE, strokeColor=colors.white, strokeWidth=0.5))


@dataclass(frozen=True)
class Series:
    name: str
    colour: object


def horizontal_bars(rows: Sequence[tuple[str, Sequence[float | None]]], series: Sequence[Series],
                    language: Language, *, width: float, fmt: Callable[[float], str],
                    label_width: float = 120, marker: tuple[float, str] | None = None,
                    notes: Sequence[str] = ()) -> Drawing:
    """One group of bars per row (one bar per series), value printed at the bar's end, a legend
    on top and an optional dashed `marker` line (a target) with its caption; `notes` adds a
    word after each row's first figure (e.g. a Pareto's cumulative share)."""
    bar_h, gap = 7.5, 7
    group_h = bar_h * len(series) + gap
    legend_h, bottom = 16, 4
    height = legend_h + bottom + group_h * max(len(rows), 1)
    d = _drawing(width, height, language)
    values = [v for _, vs in rows for v in vs if v is not None]
    # Room at the right for the longest figure (with its note), so none runs off the page.
    longest = max((stringWidth(f"{fmt(v)}   {note}", font_for(note, language), 7)
                   for v, note in zip(values, notes, strict=False)), default=0)
    plot_x, plot_w = label_width, width - label_width - max(48, longest + 8)
    scale_max = max(values + ([marker[0]] if marker else []), default=0) or 1
    x = 0
    for s in series:
        d.add(Rect(x, height - 9, 7, 7, fillColor=s.colour, strokeColor=None))
        _label(d, x + 10, height - 8, s.name, language, anchor="start", colour=TEXT)
        x += 18 + stringWidth(s.name, font_for(s.name, language), 7)
    if marker:  # under the bars and their figures, so no figure is struck through
        mx = plot_x + plot_w * marker[0] / scale_max
        d.add(Line(mx, bottom, mx, height - legend_h + 2, strokeColor=LINE, strokeWidth=0.8,
                   strokeDashArray=[2, 2]))
        _label(d, mx, height - legend_h + 4, marker[1], language, size=6.5, colour=LINE)
    y = height - legend_h
    for row_index, (text, vs) in enumerate(rows):
        y -= group_h
        font = font_for(text, language)
        lines = wrap(text, font, 7.5, label_width - 6, 2)
        mid = y + gap / 2 + bar_h * len(series) / 2
        for n, line in enumerate(lines):
            _label(d, 0, mid + 4.5 * (len(lines) - 1) - 9 * n - 2.5, line, language, size=7.5,
                   anchor="start", colour=TEXT)
        for k, (s, v) in enumerate(zip(series, vs, strict=True)):
            by = y + gap / 2 + bar_h * (len(series) - 1 - k)
            w = 0 if v is None else plot_w * v / scale_max
            d.add(Rect(plot_x, by + 0.5, max(w, 0.01), bar_h - 1, fillColor=s.colour,
                       strokeColor=None))
            figure = "—" if v is None else fmt(v)
            if k == 0 and row_index < len(notes) and notes[row_index]:
                figure += "   " + notes[row_index]
            figure_w = stringWidth(figure, font_for(figure, language), 7)
            d.add(Rect(plot_x + w + 1.5, by, figure_w + 3, bar_h, fillColor=colors.white,
                       strokeColor=None))
            _label(d, plot_x + w + 3, by + 2, figure, language, anchor="start", colour=TEXT)
    d.add(Line(plot_x, bottom, plot_x, height - legend_h, strokeColor=RULE, strokeWidth=0.8))
    return d


@dataclass(frozen=True)
class Tile:
    """One headline figure: its value, and a comparison line with an arrow."""

    title: str
    value: str
    note: str = ""
    direction: int = 0  # 1 up, -1 down, 0 level or no comparison
    good: bool | None = None  # whether the change is good news (None: neither)


def tiles(items: Sequence[Tile], language: Language, *, width: float, columns: int = 4,
          tile_h: float = 64) -> Drawing:
    """Headline tiles in a grid, each with a drawn triangle showing the change on last month."""
    rows = math.ceil(len(items) / columns)
    gap = 6
    tile_w = (width - gap * (columns - 1)) / columns
    d = _drawing(width, rows * tile_h + (rows - 1) * gap, language)
    for i, tile in enumerate(items):
        x = (i % columns) * (tile_w + gap)
        y = d.height - (i // columns + 1) * tile_h - (i // columns) * gap
        d.add(Rect(x, y, tile_w, tile_h, fillColor=TINT, strokeColor=None))
        d.add(Rect(x, y + tile_h - 2, tile_w, 2, fillColor=ACCENT, strokeColor=None))
        for n, line in enumerate(wrap(tile.title, font_for(tile.title, language), 7.5,
                                      tile_w - 12, 2)):
            _label(d, x + 6, y + tile_h - 13 - n * 9, line, language, size=7.5, anchor="start")
        size = 18 if stringWidth(tile.value, font_for(tile.value, language, True), 18) < \
            tile_w - 12 else 11
        _label(d, x + 6, y + 20, tile.value, language, size=size, anchor="start", colour=ACCENT,
               bold=True)
        colour = MUTED if tile.good is None else GOOD if tile.good else BAD
        note_x = x + 6
        if tile.direction:
            _arrow(d, x + 10, y + 9.5, tile.direction, colour)
            note_x += 11
        lines = wrap(tile.note, font_for(tile.note, language), 6.5, x + tile_w - 4 - note_x, 1)
        _label(d, note_x, y + 7, lines[0], language, size=6.5, anchor="start", colour=colour)
    return d


def _arrow(d: Drawing, cx: float, cy: float, direction: int, colour) -> None:
    """A filled ▲ (direction 1) or ▼ (-1), 7 points wide, centred on (cx, cy)."""
    h = 3.2 * direction
    d.add(Polygon([cx - 3.5, cy - h, cx + 3.5, cy - h, cx, cy + h], fillColor=colour,
                  strokeColor=None))
