"""The demo café's watch list shows every kind of early warning, and one dismissed with a reason."""

from __future__ import annotations

from datetime import datetime

from desktop_app.archive import Archive
from desktop_app.demo import fill_demo_shop
from desktop_app.domain.early_warnings import WarningKind


def test_the_demo_watch_list_has_every_kind_of_warning_and_a_dismissal(tmp_path):
    archive = Archive.open(tmp_path / "amends.db", clock=lambda: datetime(2026, 11, 23, 9, 30))
    try:
        fill_demo_shop(archive)
        warnings = archive.intelligence.warnings()
        assert {w.kind for w in warnings} == set(WarningKind)
        rising = [w.cause.value for w in warnings if w.kind is WarningKind.CAUSE_RISING]
        assert rising == ["delivery_stock"]
        no_effect = [w.cause.value for w in warnings
                     if w.kind is WarningKind.IMPROVEMENT_NO_EFFECT]
        assert no_effect == ["waiting"]
        verdicts = {cause: effect.verdict for _, cause, effect, _ in
                    archive.intelligence.improvement_effects() if effect is not None}
        assert verdicts["product_quality"] == "fell" and verdicts["detail"] == "too_early"
        (dismissal,) = archive.intelligence.dismissals()
        assert dismissal["reason"] and dismissal["kind"] == "customer_at_risk"
    finally:
        archive.close()
