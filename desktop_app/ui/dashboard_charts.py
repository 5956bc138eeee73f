"""The dashboard's bar charts (QtCharts): imported and built when the dashboard is first shown, in
an event-loop turn of their own, so neither the import nor the building stalls the window."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter

ACCENT, LIGHT = QColor("#1F4E5F"), QColor("#9DB8C2")


def chart_view() -> QChartView:
    view = QChartView(QChart())
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(240)
    return view


def fill(view: QChartView, title: str, labels: list[str], values: list[int], *,
         horizontal: bool = False, colour: QColor = ACCENT, labelled: bool = True) -> QBarSet:
    """Replace the chart in `view` by one bar series; returns its bar set (clickable)."""
    chart = QChart()
    chart.setTitle(title)
    chart.legend().hide()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    bars = QBarSet(title)
    bars.append([float(v) for v in values])
    bars.setColor(colour)
    series = QHorizontalBarSeries() if horizontal else QBarSeries()
    series.append(bars)
    series.setLabelsVisible(labelled)
    chart.addSeries(series)
    categories, counts = QBarCategoryAxis(), QValueAxis()
    categories.append(labels or [""])
    categories.setTruncateLabels(False)  # a cause is useless as "…"
    counts.setRange(0, max(values, default=0) * 1.1 or 1)
    counts.applyNiceNumbers()
    counts.setLabelFormat("%d")
    chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft if horizontal
                  else Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(counts, Qt.AlignmentFlag.AlignBottom if horizontal
                  else Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(categories)
    series.attachAxis(counts)
    old = view.chart()
    view.setChart(chart)
    old.deleteLater()
    return bars
