"""The monthly recovery summary as a PDF: a one-minute first page (headline tiles with arrows
against last month, plain sentences, the causes), then the trend, speed, breakdowns,
compensation, staff, open and overdue cases, repeat complainers, improvements, and a notes page
defining every figure. Takes a metrics.Summary, returns PDF bytes; knows nothing of the archive.
"""

from __future__ import annotations

from io import BytesIO

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop_app.documents import charts
from desktop_app.documents import summary_words as w
from desktop_app.documents.fonts import markup
from desktop_app.documents.formatting import format_date, is_chinese
from desktop_app.documents.paragraphs import CJKParagraph
from desktop_app.documents.summary_insights import insights_flowables
from desktop_app.documents.theme import (
    ACCENT,
    LEFT_MARGIN,
    RIGHT_MARGIN,
    RULE,
    TINT,
    build_document,
    page_size,
    para,
    styles,
)
from desktop_app.domain.metrics import DEFINITIONS, MIN_ANSWERS, Summary, pareto
from desktop_app.domain.model import Language
from desktop_app.i18n import label, translate

PARETO_BARS = 8
TABLE_ROWS = 25


class _Page:
    """What every part of the story needs: the summary, its language, styles and width."""

    def __init__(self, summary: Summary, language: Language):
        self.s = summary
        self.lang = w.code(language)
        self.sheet = styles(self.lang)
        self.width = page_size(summary.shop)[0] - LEFT_MARGIN - RIGHT_MARGIN
        base = self.sheet["body"]
        self.cell = ParagraphStyle("cell", base, fontSize=8.5, leading=11, spaceAfter=0)
        self.cell_right = ParagraphStyle("cell_right", self.cell, alignment=TA_RIGHT)
        self.head = ParagraphStyle("cell_head", self.cell, textColor=ACCENT)
        self.head_right = ParagraphStyle("cell_head_right", self.head, alignment=TA_RIGHT)
        self.section = ParagraphStyle("section", self.sheet["heading"], keepWithNext=0)
        chinese = is_chinese(self.lang)
        self.note = ParagraphStyle("note", base, fontSize=9, leading=14 if chinese else 12,
                                   spaceAfter=5)

    def say(self, key: str, **values) -> str:
        return w.say(self.lang, key, **values)

    def p(self, text: str, style: str = "body") -> Paragraph:
        return para(text, self.sheet[style], self.lang)

    def heading(self, key: str) -> list[Flowable]:
        """A section heading that starts a new page when less than 40 mm are left, so it is
        never alone at a page's foot (the theme's keepWithNext would move whole tables)."""
        return [CondPageBreak(40 * mm), CJKParagraph(markup(self.say(key), self.lang),
                                                  self.section)]

    def table(self, header: list[str], rows: list[list[str]], widths: list[float],
              right: tuple[int, ...] = (), total: bool = False) -> Table:
        """A ruled table; every cell is escaped text, numbers right-aligned."""
        def cells(values, left_style, right_style):
            return [para(str(v), right_style if i in right else left_style, self.lang)
                    for i, v in enumerate(values)]
        data = [cells(header, self.head, self.head_right)]
        data += [cells(r, self.cell, self.cell_right) for r in rows]
        table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT", splitInRow=1)
        # Table sets its cells' default font even for Paragraph cells: ours, so the PDF never
        # lists an unembedded Helvetica.
        style = [("FONTNAME", (0, 0), (-1, -1), self.cell.fontName),
                 ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                 ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
                 ("VALIGN", (0, 0), (-1, -1), "TOP"),
                 ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                 ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
        # Text right after a right-aligned figure keeps its distance ("36   78%", not "36 78%").
        style += [("LEFTPADDING", (i + 1, 0), (i + 1, -1), 12) for i in right
                  if i + 1 < len(header) and i + 1 not in right]
        if total:
            style += [("BACKGROUND", (0, -1), (-1, -1), TINT),
                      ("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT)]
        table.setStyle(TableStyle(style))
        return table


def render_summary(summary: Summary, language: Language) -> bytes:
    """The whole report as PDF bytes, in `language` (zh_CN or en)."""
    page = _Page(summary, language)
    title = page.say("title")
    period = w.period_label(summary.period, page.lang)
    story = (_first_page(page) + [PageBreak()] + _speed_pages(page) + _breakdown_pages(page)
             + _case_pages(page) + _insights_page(page) + [PageBreak()] + _notes_page(page))
    buffer = BytesIO()
    build_document(buffer, summary.shop, page.lang, f"{title} {period}", story,
                   later_header=f"{title} · {period}")
    return buffer.getvalue()


def _insights_page(page: _Page) -> list[Flowable]:
    """Satisfaction after recovery and its drivers, improvements' effects and the warning
    rules, on a page of their own (left out when the inputs were read without them)."""
    if page.s.insights is None:
        return []
    return [PageBreak(), *insights_flowables(page.s.insights, page.lang, page.width)]


def _first_page(page: _Page) -> list[Flowable]:
    s, lang = page.s, page.lang
    period = w.period_label(s.period, lang)
    story = [page.p(f"{page.say('title')} · {period}", "title"),
             page.p(page.say("made_on", period=period, date=format_date(s.as_of.date(), lang)),
                    "small"),
             Spacer(1, 5 * mm),
             charts.tiles(w.headline_tiles(s, lang), lang, width=page.width),
             Spacer(1, 2 * mm), page.p(page.say("in_brief"), "heading")]
    story += [CJKParagraph(markup(text, lang), page.sheet["bullet"], bulletText="•")
              for text in w.sentences(s, lang)]
    story += [page.p(page.say("heading_causes"), "heading")]
    if not s.current.received:
        return story + [page.p(page.say("no_complaints_body"))]
    return story + _pareto_chart(page)


def _pareto_chart(page: _Page) -> list[Flowable]:
    """Known causes largest first, undiagnosed ones said below. Up to PARETO_BARS + 1 causes
    stand as columns (a small tail as one "other" column); more lie as rows, every cause
    named in full with its running share, rather than squeezed or lumped into one column
    taller than the causes it follows."""
    rows = [(w.cause_label(c, page.lang), n) for c, n in page.s.current.by_cause if c]
    undiagnosed = dict(page.s.current.by_cause).get(None, 0)
    tail = sum(n for _, n in rows[PARETO_BARS:])
    if len(rows) > PARETO_BARS + 1 and tail <= rows[PARETO_BARS - 1][1]:
        rows = rows[:PARETO_BARS] + [(page.say("other_causes", k=len(rows) - PARETO_BARS),
                                      tail)]
    story: list[Flowable] = []
    if rows and len(rows) <= PARETO_BARS + 1:
        cumulative = [share for _, _, share in pareto(tuple(rows))]
        story.append(charts.vertical_bars([r[0] for r in rows], [r[1] for r in rows], page.lang,
                                          width=page.width, height=62 * mm,
                                          cumulative=cumulative))
    elif rows:
        notes = [page.say("cumulative_share", share=f"{round(share * 100)}%")
                 for _, _, share in pareto(tuple(rows))]
        series = [charts.Series(page.say("col_count"), charts.ACCENT)]
        story.append(charts.horizontal_bars(
            [(label, [n]) for label, n in rows], series, page.lang, width=page.width,
            fmt=lambda v: w.count(int(v)), label_width=150, notes=notes))
    if undiagnosed:
        story.append(page.p(page.say("undiagnosed_note", n=w.count(undiagnosed)), "small"))
    return story


def _speed_pages(page: _Page) -> list[Flowable]:
    s, lang = page.s, page.lang
    months = [w.month_short(m.month, lang, i == 0 or m.month.month == 1)
              for i, m in enumerate(s.trend)]
    story = [page.p(page.say("heading_trend"), "heading"),
             charts.vertical_bars(months, [m.received for m in s.trend], lang, width=page.width,
                                  height=48 * mm, highlight=len(s.trend) - 1, label_lines=1)]
    story += page.heading("heading_times") + _time_charts(page)
    story += page.heading("heading_figures") + [_figures_table(page)]
    return story


def _time_charts(page: _Page) -> list[Flowable]:
    s, lang, cur, prev = page.s, page.lang, page.s.current, page.s.previous
    series = [charts.Series(w.period_label(s.period, lang), charts.ACCENT),
              charts.Series(page.say("series_previous"), charts.LIGHT)]
    ack = [(page.say("row_ack_median"), [cur.ack_hours.median, prev.ack_hours.median]),
           (page.say("row_ack_p90"), [cur.ack_hours.p90, prev.ack_hours.p90])]
    fix = [(page.say("row_resolution_median"),
            [cur.resolution_days.median, prev.resolution_days.median]),
           (page.say("row_resolution_p90"), [cur.resolution_days.p90, prev.resolution_days.p90])]
    if cur.last_resolution_days.n or prev.last_resolution_days.n:
        fix.append((page.say("row_last_close"),
                    [cur.last_resolution_days.median, prev.last_resolution_days.median]))
    if not (cur.ack_hours.n or prev.ack_hours.n or cur.resolution_days.n
            or prev.resolution_days.n):
        return [page.p(page.say("no_times"))]
    hours, days = s.shop.ack_target_hours, s.shop.resolve_target_days
    return [
        charts.horizontal_bars(ack, series, lang, width=page.width,
                               fmt=lambda v: w.hours(v, lang),
                               marker=(hours, page.say("target_marker",
                                                       value=w.hours(hours, lang)))),
        Spacer(1, 3 * mm),
        charts.horizontal_bars(fix, series, lang, width=page.width,
                               fmt=lambda v: w.days(v, lang),
                               marker=(days, page.say("target_marker", value=w.days(days, lang)))),
    ]


def _figures_table(page: _Page) -> Table:
    lang, cur, prev = page.lang, page.s.current, page.s.previous

    def opening(figure):
        return w.pair(figure, lambda v, lg: w.say(lg, "opening_hours", value=w.number(v)), lang)

    rows = [
        ("fig_ack", w.pair(cur.ack_hours, w.hours, lang), w.pair(prev.ack_hours, w.hours, lang)),
        ("fig_ack_open", opening(cur.ack_opening_hours), opening(prev.ack_opening_hours)),
        ("fig_resolution", w.pair(cur.resolution_days, w.days, lang),
         w.pair(prev.resolution_days, w.days, lang)),
        ("fig_resolution_open", opening(cur.resolution_opening_hours),
         opening(prev.resolution_opening_hours)),
        ("fig_last_close", w.days(cur.last_resolution_days.median, lang),
         w.days(prev.last_resolution_days.median, lang)),
        ("fig_ack_target", w.share_text(cur.ack_on_target, lang),
         w.share_text(prev.ack_on_target, lang)),
        ("fig_resolved_target", w.share_text(cur.resolved_on_target, lang),
         w.share_text(prev.resolved_on_target, lang)),
        ("fig_reopen", w.share_text(cur.reopen_rate, lang), w.share_text(prev.reopen_rate, lang)),
        ("fig_resolved", w.share_text(cur.resolved, lang), w.share_text(prev.resolved, lang)),
        ("fig_followed_up", w.share_text(cur.followed_up, lang),
         w.share_text(prev.followed_up, lang)),
        ("fig_csat", w.csat_text(cur.csat, lang), w.csat_text(prev.csat, lang)),
        ("fig_recovered", f"{cur.recovered} / {cur.lost}", f"{prev.recovered} / {prev.lost}"),
        ("fig_repeaters", str(len(page.s.repeaters)), ""),
    ]
    header = [page.say("col_figure"), page.say("col_this"), page.say("col_previous")]
    data = [[page.say(key), now, before] for key, now, before in rows]
    return page.table(header, data, [page.width * 0.44, page.width * 0.28, page.width * 0.28])


def _breakdown_pages(page: _Page) -> list[Flowable]:
    lang, cur = page.lang, page.s.current
    story = page.heading("heading_breakdown")
    if not cur.received:
        story.append(page.p(page.say("no_complaints_body")))
    else:
        gap = 4 * mm
        col = (page.width - 2 * gap) / 3
        parts = [
            ("col_channel", [(label(c, lang), n) for c, n in cur.by_channel]),
            ("col_severity", [(label(c, lang), n) for c, n in cur.by_severity]),
            ("col_product", [(p or page.say("no_product"), n) for p, n in cur.by_product[:10]]),
        ]
        tables = [page.table([page.say(key), page.say("col_count")],
                             [[name, str(n)] for name, n in rows], [col * 0.74, col * 0.26], (1,))
                  for key, rows in parts]
        outer = Table([tables], colWidths=[col + gap, col + gap, col], hAlign="LEFT")
        outer.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), page.cell.fontName),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), gap)]))
        story.append(outer)
    story += page.heading("heading_compensation") + _compensation(page)
    story += page.heading("heading_staff")
    rows = [[st.name or page.say("unassigned"), str(st.cases), w.csat_text(st.csat, lang)]
            for st in cur.staff]
    if rows:
        story.append(page.table([page.say("col_staff"), page.say("col_count"),
                                 page.say("col_csat")], rows,
                                [page.width * 0.4, page.width * 0.14, page.width * 0.46], (1,)))
    else:
        story.append(page.p(page.say("no_complaints_body")))
    return story


def _compensation(page: _Page) -> list[Flowable]:
    s, lang, rows = page.s, page.lang, page.s.current.compensation
    if not rows:
        return [page.p(page.say("none_compensation"))]
    series = [charts.Series(page.say("series_value"), charts.LIGHT),
              charts.Series(page.say("series_cost"), charts.ACCENT)]
    bars = [(label(r.kind, lang), [r.amount_cents / 100, r.cost_cents / 100]) for r in rows]
    chart = charts.horizontal_bars(bars, series, lang, width=page.width,
                                   fmt=lambda v: w.money(round(v * 100), s, lang))
    data = [[label(r.kind, lang), str(r.count), w.money(r.amount_cents, s, lang),
             w.money(r.cost_cents, s, lang)] for r in rows]
    cur = s.current
    data.append([page.say("total"), str(sum(r.count for r in rows)),
                 w.money(cur.compensation_amount, s, lang),
                 w.money(cur.compensation_cost, s, lang)])
    header = [page.say(k) for k in ("col_kind", "col_given", "col_value", "col_cost")]
    widths = [page.width * x for x in (0.4, 0.16, 0.22, 0.22)]
    return [chart, Spacer(1, 3 * mm), page.table(header, data, widths, (1, 2, 3), total=True)]


def _case_pages(page: _Page) -> list[Flowable]:
    s, lang = page.s, page.lang
    story = page.heading("heading_open")
    buckets = [translate("Metric", name, lang) for name, _ in s.open_by_age]
    story.append(page.table(buckets, [[str(n) for _, n in s.open_by_age]],
                            [page.width / len(buckets)] * len(buckets),
                            tuple(range(len(buckets)))))
    story += page.heading("heading_overdue")
    story += _open_table(page, s.overdue) if s.overdue else [page.p(page.say("none_overdue"))]
    story += page.heading("heading_repeaters")
    if s.repeaters:
        rows = [[r.name, str(r.complaints), str(r.open_cases),
                 w.short_date(r.last_received_at.date(), lang)] for r in s.repeaters[:TABLE_ROWS]]
        header = [page.say(k) for k in ("col_customer", "col_complaints", "col_open",
                                        "col_last")]
        story.append(page.table(header, rows, [page.width * x for x in (0.4, 0.18, 0.14, 0.28)],
                                (1, 2)))
        story += _more(page, len(s.repeaters), "and_more_customers")
    else:
        story.append(page.p(page.say("none_repeaters")))
    story += page.heading("heading_improvements")
    if s.improvements:
        story += _improvements(page)
    else:
        story.append(page.p(page.say("none_improvements")))
    return story


def _improvements(page: _Page) -> list[Flowable]:
    """Each distinct improvement once, with the cases it came from (the same change is often
    written on several complaints of one cause)."""
    grouped: dict[str, list] = {}
    for item in page.s.improvements:
        grouped.setdefault(item.text.strip(), []).append(item)
    rows = []
    for text, items in list(grouped.items())[:TABLE_ROWS]:
        causes = list(dict.fromkeys(w.cause_label(i.cause, page.lang) for i in items))
        refs = [i.ref for i in items]
        rows.append([text, _first(causes, 2), _first(refs, 3)])
    header = [page.say(k) for k in ("col_improvement", "col_cause", "col_ref")]
    table = page.table(header, rows, [page.width * x for x in (0.5, 0.2, 0.3)])
    return [table] + _more(page, len(grouped), "and_more_changes")


def _first(items: list[str], shown: int) -> str:
    """'a, b +4': the first few items and how many more."""
    more = f" +{len(items) - shown}" if len(items) > shown else ""
    return ", ".join(items[:shown]) + more


def _open_table(page: _Page, cases) -> list[Flowable]:
    lang, as_of = page.lang, page.s.as_of
    rows = [[c.ref, w.short_date(c.received_at.date(), lang).replace(" ", "\u00a0"),
             c.customer_name,
             label(c.status, lang), w.cause_label(c.cause, lang), c.staff_name,
             page.say("days_old", n=(as_of - c.received_at).days)] for c in cases[:TABLE_ROWS]]
    header = [page.say(k) for k in ("col_ref", "col_received", "col_customer", "col_status",
                                    "col_cause", "col_staff", "col_age")]
    return [page.table(header, rows, _fitted_widths(page, [header, *rows]), (6,))] + _more(
        page, len(cases))


def _fitted_widths(page: _Page, rows: list[list[str]]) -> list[float]:
    """Each column as wide as its longest entry, so no cell wraps when the page has room;
    when it has not, every column gives up the same share of its width."""
    def width(text: str) -> float:
        return stringWidth(text, charts.font_for(text, page.lang), page.cell.fontSize) + 7

    # A name typed at any length may wrap, but takes no more than a third of the line.
    natural = [min(max(width(str(row[c])) for row in rows), page.width / 3)
               for c in range(len(rows[0]))]
    scale = page.width / sum(natural)
    if scale >= 1:
        spare = page.width - sum(natural)
        return [n + spare / len(natural) for n in natural]
    return [n * scale for n in natural]


def _more(page: _Page, total: int, key: str = "and_more") -> list[Flowable]:
    """'… and N more' in the measure word of what is counted (件 cases, 位 customers)."""
    if total <= TABLE_ROWS:
        return []
    return [Spacer(1, 1 * mm), page.p(page.say(key, n=total - TABLE_ROWS), "small")]


def _notes_page(page: _Page) -> list[Flowable]:
    s, lang = page.s, page.lang
    story = [page.p(page.say("heading_notes"), "heading"),
             CJKParagraph(markup(page.say("notes_setup", hours=s.shop.ack_target_hours,
                                       days=s.shop.resolve_target_days,
                                       opening=str(s.opening_hours), min=MIN_ANSWERS), lang),
                       page.note)]
    for definition in DEFINITIONS:
        title = translate("Metric", definition.title, lang)
        text = translate("Metric", definition.text, lang)
        story.append(Paragraph(f"<font color='#1F4E5F'>{markup(title, lang)}</font><br/>"
                               f"{markup(text, lang)}", page.note))
    return story
