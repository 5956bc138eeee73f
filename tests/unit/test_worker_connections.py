"""A worker's signals outlive the screen that started the job: a lambda over `self` connected to
them is called after the screen is deleted (a RuntimeError in the event loop, as the Backups
dialog closed mid-listing did). Bound methods are disconnected by Qt when their object goes."""

from __future__ import annotations

import re
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "desktop_app" / "ui"
# `signals = run_job(...)` / `run_pdf_job(...)` is how every screen holds a job's signals.
_LAMBDA_OVER_SELF = re.compile(
    r"signals\.(finished|failed|progress)\.connect\(\s*lambda[^\n]*\bself\b")


def test_no_screen_connects_a_lambda_over_itself_to_a_workers_signals():
    found = [f"{path.name}:{source[:m.start()].count(chr(10)) + 1}"
             for path in sorted(UI.glob("*.py"))
             for source in [path.read_text(encoding="utf-8")]
             for m in _LAMBDA_OVER_SELF.finditer(source)]
    assert found == []


def test_the_check_finds_the_pattern_it_forbids():
    assert _LAMBDA_OVER_SELF.search(
        "signals.failed.connect(lambda text: self._backed_up(Failure(text)))")
    assert not _LAMBDA_OVER_SELF.search("signals.failed.connect(self._backup_failed)")
