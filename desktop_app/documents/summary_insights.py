"""The summary's satisfaction page: CSAT after recovery and its drivers (only values resting on
enough answers, each with its n), improvements with their effect, and how the warnings decide.

`insights_flowables(insights, language, width)` returns ReportLab flowables for the summary to
place; it knows nothing of the archive. Texts are translated through the .ts catalogues.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table, TableStyle

from desktop_app.documents.charts import font_for
from desktop_app.documents.formatting import is_chinese
from desktop_app.documents.summary_words import short_date
from desktop_app.documents.theme import ACCENT, MUTED, RULE, para, styles
from desktop_app.domain import early_warnings as ew
from desktop_app.domain.labels import QT_TRANSLATE_NOOP as _N
from desktop_app.domain.model import Care, Cause, Channel, Language, RemedyKind, Segment
from desktop_app.domain.satisfaction import (
    MIN_ANSWERS,
    Driver,
    Factor,
    ImprovementStatus,
    Insights,
    Speed,
)
from desktop_app.i18n import label, translate

CONTEXT = "SummaryInsights"
DRIVER_ROWS = 80  # every factor of a busy shop fits; the table runs on over pages
WORDS = {
    "heading": _N("SummaryInsights", "Satisfaction after recovery and what drives it"),
    "overall": _N(
        "SummaryInsights",
        "{start} to {end}: {csat} of {n} scored follow-up answers were 4 or 5 out of 5; "
        "{back} of {asked} customers asked said they will come back."),
    "too_few": _N(
        "SummaryInsights",
        "{start} to {end}: only {n} scored follow-up answers, too few for a percentage."),
    "factor": _N("SummaryInsights", "Factor"),
    "value": _N("SummaryInsights", "Value"),
    "satisfied": _N("SummaryInsights", "Satisfied"),
    "back": _N("SummaryInsights", "Will come back"),
    "answers": _N("SummaryInsights", "Answers"),
    "left_out": _N(
        "SummaryInsights",
        "Values with fewer than {min} scored answers are left out ({hidden} of them)."),
    "improvements": _N("SummaryInsights", "Improvements and their effect"),
    "none": _N("SummaryInsights", "No improvement recorded yet."),
    "title": _N("SummaryInsights", "Improvement"),
    "owner": _N("SummaryInsights", "Owner"),
    "status": _N("SummaryInsights", "Status"),
    "cause": _N("SummaryInsights", "Cause"),
    "before": _N("SummaryInsights", "Before"),
    "after": _N("SummaryInsights", "Since"),
    "rates": _N(
        "SummaryInsights",
        "Before and Since: the cause's complaints a month, with in brackets the number of "
        "complaints the rate rests on."),
    "effect": _N("SummaryInsights", "Effect"),
    "notes": _N("SummaryInsights", "How the warnings decide"),
    "note_rising": _N(
        "SummaryInsights",
        "A cause is rising when the last 30 days brought at least 5 of its complaints and "
        "far more than usual: at its own average over the six 30-day spans before, so many "
        "would come by chance less than once in 100 times (a Poisson test at the 1% level). "
        "A small cause going from 1 to 3 therefore raises no alarm."),
    "note_at_risk": _N(
        "SummaryInsights",
        "A customer is at risk when they complained at least twice in 12 months and a case "
        "is still open; when their last follow-up of the past 90 days scored 1 or 2 out of 5"
        " or said they will not come back; when they are a key or special-care customer "
        "whose open case is past its target; or when they complain again after a case "
        "closed not recovered."),
    "note_promise": _N(
        "SummaryInsights",
        "A promise is overdue when an agreed remedy is not carried out by the date promised,"
        " or when a remedy was given 30 to 90 days ago and nobody has followed it up."),
    "note_dismissed": _N(
        "SummaryInsights",
        "A warning dismissed with a reason stays hidden until the situation gets worse."),
    "note_recurring": _N(
        "SummaryInsights",
        "A cause recurs when it came in each of the last three 30-day spans, at least 6 "
        "times in all, and no improvement addresses it."),
    "note_effect": _N(
        "SummaryInsights",
        "An improvement's effect compares the cause's complaints a month in the 180 days "
        "before it was done with those since; it is judged only after 60 days and when at"
        " least 5 would have come at the old rate. It fell when so few would come by "
        "chance less than once in 20; it is without effect when as many came as before."),
    "note_drivers": _N(
        "SummaryInsights",
        "Satisfied: answers of 4 or 5 out of 5 at the last follow-up of each case. Speed:"
        " acknowledged by the target time or not; received to first closed in calendar "
        "days."),
}
VALUE_LISTS = {Factor.SEGMENT: Segment, Factor.CARE: Care, Factor.CHANNEL: Channel,
               Factor.CAUSE: Cause, Factor.REMEDY: RemedyKind, Factor.ACK_SPEED: Speed,
               Factor.FIX_SPEED: Speed}


Cell = str | tuple[str, ...]  # a table cell: a text, or lines of their own in one cell


class _Words:
    def __init__(self, language: Language):
        self.lang = language
        self.sheet = styles(language)
        self.cell = ParagraphStyle("insight_cell", self.sheet["body"], fontSize=8.5, leading=11,
                                   spaceAfter=0)
        self.right = ParagraphStyle("insight_right", self.cell, alignment=TA_RIGHT)
        self.quiet = ParagraphStyle("insight_quiet", self.cell, textColor=MUTED)
        self.note = ParagraphStyle("insight_note", self.sheet["body"], fontSize=9,
                                   leading=14 if is_chinese(language) else 12, spaceAfter=5)

    def say(self, key: str, **values) -> str:
        return translate(CONTEXT, WORDS[key], self.lang).format(**values)

    def p(self, text: str, style: str = "body") -> Paragraph:
        return para(text, self.note if style == "note" else self.sheet[style], self.lang)

    def table(self, header: list[str], rows: Sequence[Sequence[Cell]], widths: list[float],
              right: tuple[int, ...], groups: tuple[int, ...] = ()) -> Table:
        """A ruled table; a heavier rule above each row of `groups` (a new factor), whose
        first cell is the only one of its group not in grey."""
        def cell(value, style):  # a tuple: lines of their own in one cell
            if isinstance(value, tuple):
                return [para(str(v), style, self.lang) for v in value]
            return para(str(value), style, self.lang)

        lines: list[Sequence[Cell]] = [header, *rows]
        data = [[cell(v, self.right if i in right else self.cell) for i, v in enumerate(row)]
                for row in lines]
        if groups:
            for row in set(range(len(rows))) - set(groups):
                data[row + 1][0] = para(str(rows[row][0]), self.quiet, self.lang)
        table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT", splitInRow=1)
        table.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), self.cell.fontName),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
            *[("LINEABOVE", (0, row + 1), (-1, row + 1), 0.6, ACCENT) for row in groups
              if row > 0]]))
        return table

    def natural(self, texts: list) -> float:
        """The width of the widest of `texts` (or their lines) in a cell, padding included."""
        lines = [t for v in texts for t in (v if isinstance(v, tuple) else (v,))]
        return max(stringWidth(t, font_for(t, self.lang), self.cell.fontSize)
                   for t in lines) + 13


def _share(value: float | None) -> str:
    return "—" if value is None else f"{round(value * 100)}%"


def _value(d: Driver, lang: Language) -> str:
    kind = VALUE_LISTS.get(d.factor)
    return label(kind(d.value), lang) if kind else d.value


def insights_flowables(insights: Insights, language: Language, width: float) -> list[Flowable]:
    """The satisfaction page's flowables, in `language`, for a frame `width` points wide."""
    lang = Language(language)
    w = _Words(lang)
    s, o = insights, insights.overall
    dates = {"start": short_date(s.start, lang),
             "end": short_date(s.end - timedelta(days=1), lang)}  # `end` is the day after
    story: list[Flowable] = [CondPageBreak(60), w.p(w.say("heading"), "heading")]
    if o.rated < MIN_ANSWERS:
        story.append(w.p(w.say("too_few", n=f"{o.rated:,}", **dates)))
    else:
        story.append(w.p(w.say("overall", csat=_share(o.csat), n=f"{o.rated:,}",
                               back=_share(o.recovered), asked=f"{o.asked_return:,}",
                               **dates)))
    shown = [d for d in s.drivers if d.enough][:DRIVER_ROWS]
    if shown:
        # Each factor in black on the first row of its group, in grey on the others (so a page
        # the table runs on to still says which factor its first rows are).
        rows = [[label(d.factor, lang), _value(d, lang), _share(d.csat), _share(d.recovered),
                 f"{d.rated:,}"] for d in shown]
        groups = tuple(i for i, d in enumerate(shown)
                       if i == 0 or shown[i - 1].factor is not d.factor)
        story.append(w.table([w.say(k) for k in ("factor", "value", "satisfied", "back",
                                                  "answers")],
                             rows, [width * f for f in (0.22, 0.36, 0.14, 0.16, 0.12)],
                             (2, 3, 4), groups))
    story += [Spacer(1, 2 * mm),
              w.p(w.say("left_out", min=MIN_ANSWERS, hidden=f"{s.hidden:,}"), "note"),
              w.p(w.say("note_drivers"), "note")]
    story += _improvements(w, s, width)
    # The heading moves to the next page with the notes rather than stand alone at the foot.
    story += [CondPageBreak(45 * mm), w.p(w.say("notes"), "heading")]
    story += [w.p(w.say(key), "note") for key in ("note_at_risk", "note_promise", "note_rising",
                                                   "note_recurring", "note_effect",
                                                   "note_dismissed")]
    return story


def _improvements(w: _Words, s: Insights, width: float) -> list[Flowable]:
    story: list[Flowable] = [w.p(w.say("improvements"), "heading")]
    if not s.improvements:
        return story + [w.p(w.say("none"))]
    rows: list[list[Cell]] = []
    for action, cause, effect, _warning in s.improvements:
        verdict = effect.verdict if effect is not None else "not_done"
        # The rate with the count it rests on, so "2.0" from 2 complaints is read as little.
        # A done improvement with the day it was done, any other with the day it is due.
        day = action.done_on if action.status is ImprovementStatus.DONE else action.due_on
        status = label(action.status, w.lang)
        rows.append([action.title, action.owner, (status, day.isoformat()) if day else status,
                     label(Cause(cause), w.lang),
                     f"{effect.before_rate:.1f} ({effect.before_count})" if effect else "",
                     f"{effect.after_rate:.1f} ({effect.after_count})" if effect else "",
                     translate("EarlyWarning", ew.EFFECT_WORDS[verdict], w.lang)])
    header = [w.say(k) for k in ("title", "owner", "status", "cause", "before", "after",
                                 "effect")]
    return story + [w.table(header, rows, _improvement_widths(w, header, rows, width), (4, 5)),
                    Spacer(1, 2 * mm), w.p(w.say("rates"), "note")]


def _improvement_widths(w: _Words, header: list[str], rows: Sequence[Sequence[Cell]],
                        width: float) -> list[float]:
    """Owner, status with its day and the two rates as wide as their longest entry (a name or
    a date broken over lines is hard to read); title, cause and effect share the rest."""
    fixed = {c: min(w.natural([header[c], *(r[c] for r in rows)]), width * 0.16)
             for c in (1, 2, 4, 5)}
    rest = width - sum(fixed.values())
    shares = {0: 0.44, 3: 0.26, 6: 0.30}
    return [fixed[c] if c in fixed else rest * shares[c] for c in range(len(header))]
