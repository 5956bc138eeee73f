"""The monthly summary's own words: its texts per language (resources/reports/summary.LANG.json),
figures written as a reader expects them, the headline tiles and the sentences of page one.

Kept apart from the layout in summary.py so the dashboard can show the very same wording.
"""

from __future__ import annotations

import json
from datetime import timedelta
from functools import cache

from desktop_app.documents.charts import Tile
from desktop_app.documents.formatting import format_date, format_money, is_chinese
from desktop_app.domain.metrics import MIN_ANSWERS, Share, Summary, TimeFigure, pareto
from desktop_app.domain.model import Cause, Language
from desktop_app.domain.reporting import Period
from desktop_app.i18n import label
from desktop_app.paths import resource

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def code(language: Language | str) -> Language:
    """zh_TW, zh_CN or en: the languages the summary is written in."""
    if not is_chinese(language):
        return Language.EN
    return Language.ZH_TW if str(language) == "zh_TW" else Language.ZH_CN


@cache
def texts(language: Language) -> dict[str, str]:
    path = resource("reports", f"summary.{code(language)}.json")
    return json.loads(path.read_text(encoding="utf-8"))


def say(language: Language, key: str, **values: object) -> str:
    return texts(code(language))[key].format(**values)


def period_label(period: Period, language: Language) -> str:
    """October 2026 / 2026年10月; a range as its first and last day."""
    if period.is_month:
        if is_chinese(language):
            return f"{period.start.year}年{period.start.month}月"
        return f"{_MONTHS[period.start.month - 1]} {period.start.year}"
    last = period.end - timedelta(days=1)
    return f"{format_date(period.start, language)} – {format_date(last, language)}"


def month_short(month, language: Language, with_year: bool) -> str:
    if is_chinese(language):
        return f"{month.year}年{month.month}月" if with_year else f"{month.month}月"
    name = _MONTHS[month.month - 1][:3]
    return f"{name} {month.year}" if with_year else name


def percent(share: Share, language: Language) -> str:
    return say(language, "no_value") if share.value is None else f"{round(share.value * 100)}%"


def share_text(share: Share, language: Language) -> str:
    if share.value is None:
        return say(language, "no_value")
    return say(language, "share_of", share=percent(share, language), part=share.part,
               whole=share.whole)


def csat_text(share: Share, language: Language) -> str:
    """A satisfaction figure, or "too few answers" when it rests on fewer than five."""
    if share.whole == 0:
        return say(language, "no_value")
    if share.too_few:
        return f"{say(language, 'too_few')} (n = {share.whole})"
    return share_text(share, language)


def number(value: float | None) -> str:
    """One decimal under ten (3.5 h), whole numbers above (27 h); no trailing .0."""
    if value is None:
        return "—"
    text = f"{value:.1f}" if value < 10 else f"{value:,.0f}"
    return text[:-2] if text.endswith(".0") else text


def count(value: int) -> str:
    return f"{value:,}"


def short_date(day, language: Language) -> str:
    """9 Dec 2021 / 2021-12-09: dates in table cells."""
    if is_chinese(language):
        return day.isoformat()
    return f"{day.day} {_MONTHS[day.month - 1][:3]} {day.year}"


def hours(value: float | None, language: Language) -> str:
    return "—" if value is None else say(language, "hours", value=number(value))


def days(value: float | None, language: Language) -> str:
    return "—" if value is None else say(language, "days", value=number(value))


def pair(figure: TimeFigure, unit, language: Language) -> str:
    """'3.5 h / 20 h': median and 90th percentile."""
    if not figure.n:
        return "—"
    return f"{unit(figure.median, language)} / {unit(figure.p90, language)}"


def cause_label(cause: Cause | None, language: Language) -> str:
    return label(cause, code(language)) if cause else say(language, "not_diagnosed")


def money(cents: int, summary: Summary, language: Language) -> str:
    return format_money(cents, summary.shop.currency, code(language))


# Headline tiles -------------------------------------------------------------------------------


def _compare(now: float | None, before: float | None, lower_is_better: bool,
             digits: int = 0) -> tuple[int, bool | None]:
    """Arrow direction and whether it is good news, judged on the figures as printed."""
    if now is None or before is None or round(now, digits) == round(before, digits):
        return 0, None
    up = now > before
    return (1 if up else -1), (up != lower_is_better)


def headline_tiles(summary: Summary, language: Language) -> list[Tile]:
    cur, prev, shop = summary.current, summary.previous, summary.shop
    lang = language
    has_prev = prev.received > 0

    def vs(text: str) -> str:
        return say(lang, "vs_previous", previous=text) if has_prev else say(lang, "no_previous")

    def share_tile(title: str, now: Share, before: Share) -> Tile:
        direction, good = _compare(_pct(now), _pct(before) if has_prev else None, False)
        return Tile(title, percent(now, lang), vs(percent(before, lang)), direction, good)

    received_dir, received_good = _compare(cur.received, prev.received if has_prev else None,
                                           True)
    res_dir, res_good = _compare(cur.resolution_days.median, prev.resolution_days.median, True,
                                 1)
    if cur.csat.too_few:
        csat = Tile(say(lang, "tile_csat"), say(lang, "no_value"),
                    say(lang, "too_few") + f" (n = {cur.csat.whole})")
    else:
        before = None if prev.csat.too_few else _pct(prev.csat)
        direction, good = _compare(_pct(cur.csat), before, False)
        note = vs(percent(prev.csat, lang)) if before is not None else say(
            lang, "answers_note", n=count(cur.csat.whole))
        csat = Tile(say(lang, "tile_csat"), percent(cur.csat, lang), note, direction, good)
    overdue = len(summary.overdue)
    return [
        Tile(say(lang, "tile_received"), count(cur.received), vs(count(prev.received)),
             received_dir, received_good),
        share_tile(say(lang, "tile_ack", hours=shop.ack_target_hours), cur.ack_on_target,
                   prev.ack_on_target),
        share_tile(say(lang, "tile_resolved", days=shop.resolve_target_days),
                   cur.resolved_on_target, prev.resolved_on_target),
        Tile(say(lang, "tile_resolution_time"), days(cur.resolution_days.median, lang),
             vs(days(prev.resolution_days.median, lang)), res_dir, res_good),
        csat,
        Tile(say(lang, "tile_recovered"), f"{count(cur.recovered)} : {count(cur.lost)}",
             vs(f"{count(prev.recovered)} : {count(prev.lost)}")),
        Tile(say(lang, "tile_compensation"), money(cur.compensation_cost, summary, lang),
             say(lang, "value_note", amount=money(cur.compensation_amount, summary, lang))),
        Tile(say(lang, "tile_open"), count(len(summary.open_cases)),
             say(lang, "overdue_note", n=count(overdue)), 0, False if overdue else None),
    ]


def _pct(share: Share) -> float | None:
    return None if share.value is None else share.value * 100


# Sentences of page one -------------------------------------------------------------------


def sentences(summary: Summary, language: Language) -> list[str]:
    """Two to four plain sentences an owner reads in a minute, generated from the figures."""
    cur, prev, lang = summary.current, summary.previous, language
    period = period_label(summary.period, lang)
    found = [_received_sentence(cur.received, prev.received, period, lang)]
    if cur.received:
        found.append(_cause_sentence(summary, lang))
        found = [f for f in found if f]
        found.append(_csat_sentence(cur.csat, lang))
    overdue = summary.overdue
    if not overdue:
        found.append(say(lang, "sentence_overdue_none"))
    else:
        oldest = format_date(overdue[0].received_at.date(), code(lang))
        key = "sentence_overdue_one" if len(overdue) == 1 else "sentence_overdue"
        found.append(say(lang, key, n=count(len(overdue)), date=oldest))
    return found


def _received_sentence(n: int, previous: int, period: str, lang: Language) -> str:
    if n == 0:
        return say(lang, "sentence_received_none", period=period)
    if n == 1:
        return say(lang, "sentence_received_one", period=period, previous=previous)
    key = ("sentence_received_same" if n == previous else
           "sentence_received_up" if n > previous else "sentence_received_down")
    return say(lang, key, n=count(n), period=period, previous=count(previous),
               diff=count(abs(n - previous)))


def _cause_sentence(summary: Summary, lang: Language) -> str:
    """The top cause and the share of the top three, among complaints with a known cause."""
    known = tuple((c, n) for c, n in summary.current.by_cause if c is not None)
    parts = []
    if known:
        rows = pareto(known)
        cause, n, _ = rows[0]
        k = min(3, len(rows))
        parts.append(say(lang, "sentence_top_cause", cause=cause_label(cause, lang), n=count(n),
                         total=count(sum(x for _, x in known)), k=k,
                         share=f"{round(rows[k - 1][2] * 100)}%"))
    rise = summary.biggest_rise
    if rise:
        parts.append(say(lang, "sentence_rise", cause=cause_label(rise[0], lang),
                         before=count(rise[1]), now=count(rise[2])))
    return (" " if code(lang) == "en" else "").join(parts)


def _csat_sentence(csat: Share, lang: Language) -> str:
    if csat.whole == 0:
        return say(lang, "sentence_csat_none")
    if csat.whole < MIN_ANSWERS:
        return say(lang, "sentence_csat_few", n=csat.whole)
    return say(lang, "sentence_csat", part=count(csat.part), n=count(csat.whole),
               share=percent(csat, lang))
