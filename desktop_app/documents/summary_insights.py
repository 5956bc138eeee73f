"""The summary's satisfaction page: CSAT after recovery and its drivers (only values resting on
enough answers, each with its n), improvements with their effect, and how the warnings decide.

`insights_flowables(insights, language, width)` returns ReportLab flowables for the summary to
place; it knows nothing of the archive. Texts are translated through the .ts catalogues.
"""

from __future__ import annotations

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Table, TableStyle

from desktop_app.documents.theme import ACCENT, RULE, para, styles
from desktop_app.domain import early_warnings as ew
from desktop_app.domain.labels import QT_TRANSLATE_NOOP as _N
from desktop_app.domain.model import Care, Cause, Channel, Language, RemedyKind, Segment
from desktop_app.domain.satisfaction import MIN_ANSWERS, Driver, Factor, Insights, Speed
from desktop_app.i18n import label, translate

CONTEXT = "SummaryInsights"
DRIVER_ROWS = 30
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
    "due": _N("SummaryInsights", "Due"),
    "status": _N("SummaryInsights", "Status"),
    "cause": _N("SummaryInsights", "Cause"),
    "before": _N("SummaryInsights", "Before (a month)"),
    "after": _N("SummaryInsights", "Since (a month)"),
    "effect": _N("SummaryInsights", "Effect"),
    "notes": _N("SummaryInsights", "How the warnings decide"),
    "note_rising": _N(
        "SummaryInsights",
        "A cause is rising when the last 30 days brought at least 5 of its complaints "
        "and, at its average over the six 30-day spans before, so many would come by "
        "chance less than once in 100 (a Poisson test at the 1% level)."),
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


class _Words:
    def __init__(self, language: Language):
        self.lang = language
        self.sheet = styles(language)
        self.cell = ParagraphStyle("insight_cell", self.sheet["body"], fontSize=8.5, leading=11,
                                   spaceAfter=0)
        self.right = ParagraphStyle("insight_right", self.cell, alignment=TA_RIGHT)

    def say(self, key: str, **values) -> str:
        return translate(CONTEXT, WORDS[key], self.lang).format(**values)

    def p(self, text: str, style: str = "body") -> Paragraph:
        return para(text, self.sheet[style], self.lang)

    def table(self, header: list[str], rows: list[list[str]], widths: list[float],
              right: tuple[int, ...]) -> Table:
        data = [[para(str(v), self.right if i in right else self.cell, self.lang)
                 for i, v in enumerate(row)] for row in [header, *rows]]
        table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
        table.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), self.cell.fontName),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return table


def _share(value: float | None) -> str:
    return "—" if value is None else f"{round(value * 100)}%"


def _value(d: Driver, lang: Language) -> str:
    kind = VALUE_LISTS.get(d.factor)
    return label(kind(d.value), lang) if kind else d.value


def insights_flowables(insights: Insights, language: Language, width: float) -> list[Flowable]:
    """The satisfaction page's flowables, in `language`, for a frame `width` points wide."""
    lang = "en" if str(language) == "en" else str(language)
    w = _Words(lang)
    s, o = insights, insights.overall
    dates = {"start": s.start.isoformat(), "end": s.end.isoformat()}
    story: list[Flowable] = [CondPageBreak(60), w.p(w.say("heading"), "heading")]
    if o.rated < MIN_ANSWERS:
        story.append(w.p(w.say("too_few", n=o.rated, **dates)))
    else:
        story.append(w.p(w.say("overall", csat=_share(o.csat), n=o.rated,
                               back=_share(o.recovered), asked=o.asked_return, **dates)))
    shown = [d for d in s.drivers if d.enough][:DRIVER_ROWS]
    if shown:
        rows = [[label(d.factor, lang), _value(d, lang), _share(d.csat), _share(d.recovered),
                 f"{d.rated:,}"] for d in shown]
        story.append(w.table([w.say(k) for k in ("factor", "value", "satisfied", "back",
                                                  "answers")],
                             rows, [width * f for f in (0.22, 0.36, 0.14, 0.16, 0.12)],
                             (2, 3, 4)))
    story.append(w.p(w.say("left_out", min=MIN_ANSWERS, hidden=s.hidden), "small"))
    story += _improvements(w, s, width) + [w.p(w.say("notes"), "heading")]
    story += [w.p(w.say(key), "small") for key in ("note_drivers", "note_rising",
                                                    "note_recurring", "note_effect")]
    return story


def _improvements(w: _Words, s: Insights, width: float) -> list[Flowable]:
    story: list[Flowable] = [w.p(w.say("improvements"), "heading")]
    if not s.improvements:
        return story + [w.p(w.say("none"))]
    rows = []
    for action, cause, effect, _warning in s.improvements:
        verdict = effect.verdict if effect is not None else "not_done"
        rows.append([action.title, action.owner, action.due_on.isoformat() if action.due_on
                     else "", label(action.status, w.lang), label(Cause(cause), w.lang),
                     f"{effect.before_rate:.1f}" if effect else "",
                     f"{effect.after_rate:.1f}" if effect else "",
                     translate("EarlyWarning", ew.EFFECT_WORDS[verdict], w.lang)])
    header = [w.say(k) for k in ("title", "owner", "due", "status", "cause", "before", "after",
                                 "effect")]
    widths = [width * f for f in (0.24, 0.1, 0.11, 0.09, 0.12, 0.09, 0.09, 0.16)]
    return story + [w.table(header, rows, widths, (5, 6))]
