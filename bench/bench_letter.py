"""How long one letter takes once fonts are loaded, against a bare one-paragraph ReportLab PDF.

Prints the median over --runs of: the bare document (Helvetica, one paragraph), each letter kind
in each language (render only), and the whole user action (read the case + render). The target
is under 150 ms per letter; the ratio to the bare document shows what our layout costs.
Usage: python bench/bench_letter.py [--runs 30]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from io import BytesIO
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reportlab.lib.styles import getSampleStyleSheet  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate  # noqa: E402

from desktop_app.archive import Archive  # noqa: E402
from desktop_app.documents.fonts import register_fonts  # noqa: E402
from desktop_app.documents.letters import render_letter  # noqa: E402
from desktop_app.domain.model import (  # noqa: E402
    Channel,
    Expectation,
    Feeling,
    Language,
    LetterKind,
    Severity,
    ShopProfile,
)
from desktop_app.domain.validate import ComplaintInput, CustomerInput  # noqa: E402

TARGET_MS = 150


def median_ms(fn, runs: int) -> float:
    fn()  # warm-up: caches, first-use imports
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def bare_document() -> bytes:
    buffer = BytesIO()
    SimpleDocTemplate(buffer).build([Paragraph("Thank you for your letter.",
                                               getSampleStyleSheet()["Normal"])])
    return buffer.getvalue()


def make_case(archive: Archive) -> int:
    archive.save_shop(ShopProfile(name="晨光咖啡烘焙 Morning Light Café",
                                  address="上海市徐汇区漕溪北路 88 号\n200030",
                                  phone="021-6468 8000", email="hello@morninglight.example"))
    staff = archive.add_staff("李娜")
    complaint = archive.cases.record_complaint(
        CustomerInput(name="王小明", phone="138 0013 8000", address="上海市静安区南京西路 1266 号"),
        ComplaintInput(received_at=archive.now(), channel=Channel.IN_PERSON,
                       description="蛋糕奶油有酸味，孩子吃了一口就不肯再吃。" * 3,
                       feeling=Feeling.UPSET, expectation=Expectation.REFUND,
                       severity=Severity.MEDIUM, received_by=staff.id))
    for kind, cents in (("refund", 26800), ("voucher", 5000)):
        archive.db["remedies"].insert({"complaint_id": complaint.id, "kind": kind,
                                       "description": "", "amount_cents": cents})
    return complaint.id


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    runs = parser.parse_args().runs
    start = time.perf_counter()
    register_fonts()
    print(f"font registration (once per process): {(time.perf_counter() - start) * 1000:.0f} ms")
    bare = median_ms(bare_document, runs)
    print(f"bare one-paragraph ReportLab document: {bare:.1f} ms")
    worst = 0.0
    with tempfile.TemporaryDirectory() as folder:
        archive = Archive.open(Path(folder) / "amends.db")
        complaint_id = make_case(archive)
        for kind in LetterKind:
            for language in Language:
                job = archive.letters.letter_job(complaint_id, kind, language)
                ms = median_ms(lambda j=job: render_letter(j.kind, j.language, j.context,
                                                           j.template), runs)
                action = median_ms(lambda k=kind, lang=language: _action(archive, complaint_id,
                                                                         k, lang), runs)
                worst = max(worst, action)
                print(f"{kind.value:>10} {language.value:<5}  render {ms:6.1f} ms  "
                      f"(x{ms / bare:4.1f} bare)   read case + render {action:6.1f} ms")
        archive.close()
    verdict = "meets" if worst < TARGET_MS else "MISSES"
    print(f"slowest letter: {worst:.1f} ms - {verdict} the {TARGET_MS} ms target")
    return 0 if worst < TARGET_MS else 1


def _action(archive: Archive, complaint_id: int, kind: LetterKind, language: Language) -> bytes:
    job = archive.letters.letter_job(complaint_id, kind, language)
    return render_letter(job.kind, job.language, job.context, job.template)


if __name__ == "__main__":
    sys.exit(main())
